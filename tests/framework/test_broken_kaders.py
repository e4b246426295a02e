"""Each validation rule proven by a fixture that breaks it, and refused with a Dutch message
that names the file and the fault. tests/framework/good/minimal.toml is the kader they all
start from; it must load, or the broken ones prove nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.framework.faults import FaultKind, FrameworkRefused
from app.framework.library import load_library
from app.framework.loader import load_framework

HERE = Path(__file__).resolve().parent
BROKEN = HERE / "broken"
MINIMAL = HERE / "good" / "minimal.toml"

# file -> (the fault it must be refused for, words its message must contain)
EXPECTED: dict[str, tuple[FaultKind, tuple[str, ...]]] = {
    "not_utf8.toml": (FaultKind.UNREADABLE, ("kan niet worden gelezen",)),
    "not_toml.toml": (FaultKind.NOT_TOML, ("geen geldig TOML-bestand", "regel 7")),
    "schema_unknown_field.toml": (
        FaultKind.SCHEMA,
        ("questions[help_possible]", "onbekend veld 'colour'"),
    ),
    "schema_bad_report_value.toml": (
        FaultKind.SCHEMA,
        ("outcomes[report_no_help].report", "'misschien'"),
    ),
    "missing_outcome_fields.toml": (
        FaultKind.SCHEMA,
        ("outcomes[report_no_help]", "ontbreekt het verplichte veld 'help'"),
    ),
    "empty_question_text.toml": (
        FaultKind.SCHEMA,
        ("questions[help_possible].text", "mag niet leeg zijn"),
    ),
    "bad_date.toml": (FaultKind.BAD_DATE, ("2019-02-30", "bestaat niet")),
    "duplicate_id.toml": (FaultKind.DUPLICATE_ID, ("'unsafety'", "meer dan één")),
    "bad_entry.toml": (FaultKind.BAD_ENTRY, ("'no_suspicion'", "geen vraag")),
    "dangling_transition.toml": (
        FaultKind.DANGLING_TRANSITION,
        ("vraag 'unsafety'", "'help_offered'", "bestaat niet"),
    ),
    "cycle.toml": (FaultKind.CYCLE, ("kringloop", "unsafety → help_possible → unsafety")),
    "unreachable_question.toml": (FaultKind.UNREACHABLE_QUESTION, ("vraag 'forgotten'",)),
    "unreachable_outcome.toml": (FaultKind.UNREACHABLE_OUTCOME, ("uitkomst 'orphan'",)),
    "meaning_missing.toml": (FaultKind.MEANING_MISSING, ("vraag 'unsafety'", "'means'")),
    "role_answers_incomplete.toml": (
        FaultKind.ROLE_ANSWERS_INCOMPLETE,
        ("vraag 'suspicion'", "als nee telt"),
    ),
    "role_missing.toml": (FaultKind.ROLE_MISSING, ("rol 'unsafety'",)),
    "path_without_suspicion.toml": (
        FaultKind.PATH_WITHOUT_SUSPICION,
        ("uitkomst 'no_suspicion'", "vermoeden"),
    ),
    "no_report_after_unsafety_yes.toml": (
        FaultKind.NO_REPORT_AFTER_YES,
        ("antwoord 'yes' op vraag 'unsafety'", "meldt niet"),
    ),
    "doubt_at_unsafety_without_report.toml": (
        FaultKind.NO_REPORT_AFTER_YES,
        ("antwoord 'doubt' op vraag 'unsafety'", "meldt niet"),
    ),
    "staff_route_silent_no_report.toml": (
        FaultKind.NO_REPORT_AFTER_YES,
        ("vraag 'staff_offence'", "meldt niet"),
    ),
    "report_after_no_suspicion.toml": (
        FaultKind.REPORT_AFTER_NO,
        ("antwoord 'no' op vraag 'suspicion'", "uitkomst 'report_no_help' meldt"),
    ),
    "norm_contradicts_report.toml": (
        FaultKind.OUTCOME_INCONSISTENT,
        ("uitkomst 'help_and_monitor'", "norm 'help_refused'"),
    ),
    "report_without_recipients.toml": (
        FaultKind.OUTCOME_INCONSISTENT,
        ("uitkomst 'report_no_help'", "'report_to'"),
    ),
    "weigh_with_veilig_thuis_elsewhere.toml": (
        FaultKind.OUTCOME_INCONSISTENT,
        ("uitkomst 'report_unsafety'", "niet aan Veilig Thuis"),
    ),
}


def test_the_kader_they_start_from_is_sound() -> None:
    assert load_framework(MINIMAL).id == "minimaal"


def test_every_broken_fixture_is_listed() -> None:
    assert sorted(p.name for p in BROKEN.glob("*.toml")) == sorted(EXPECTED)


@pytest.mark.parametrize("file_name", sorted(EXPECTED))
def test_broken_kader_is_refused_naming_file_and_fault(file_name: str) -> None:
    kind, words = EXPECTED[file_name]
    with pytest.raises(FrameworkRefused) as refused:
        load_framework(BROKEN / file_name)
    assert refused.value.file_name == file_name
    assert kind in refused.value.kinds
    fault = next(f for f in refused.value.faults if f.kind is kind)
    text = fault.message.format()
    assert text.startswith(f"Afwegingskader {file_name}")
    for word in words:
        assert word in text
    assert fault.message.context == "afwegingskader"
    assert str(refused.value) == refused.value.faults[0].message.format()


def test_a_folder_keeps_the_good_kaders_and_reports_the_broken(tmp_path: Path) -> None:
    shutil.copy(MINIMAL, tmp_path / "minimal.toml")
    for name in ("cycle.toml", "no_report_after_unsafety_yes.toml", "not_toml.toml"):
        shutil.copy(BROKEN / name, tmp_path / name)
    (tmp_path / "README.txt").write_text("geen kader", encoding="utf-8")

    library = load_library(tmp_path)

    assert [k.id for k in library.frameworks] == ["minimaal"]
    assert sorted(r.file_name for r in library.refused) == [
        "cycle.toml",
        "no_report_after_unsafety_yes.toml",
        "not_toml.toml",
    ]


def test_a_second_file_with_the_same_kader_and_version_is_refused(tmp_path: Path) -> None:
    shutil.copy(MINIMAL, tmp_path / "a.toml")
    shutil.copy(MINIMAL, tmp_path / "b.toml")

    library = load_library(tmp_path)

    assert len(library.frameworks) == 1
    (refused,) = library.refused
    assert refused.file_name == "b.toml"
    assert refused.kinds == {FaultKind.DUPLICATE_FRAMEWORK}
    assert "a.toml" in str(refused)


def test_a_bare_toml_date_is_accepted(tmp_path: Path) -> None:
    text = MINIMAL.read_text(encoding="utf-8").replace('date = "2026-11-22"', "date = 2026-11-22")
    (tmp_path / "bare_date.toml").write_text(text, encoding="utf-8")
    assert load_framework(tmp_path / "bare_date.toml").date.isoformat() == "2026-11-22"
