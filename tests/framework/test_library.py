"""The kaders the program knows: which is the default for a group, and the exact version."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.framework import terms
from app.framework.library import (
    GENERAL_GROUP_ID,
    FrameworkLibrary,
    FrameworkUnavailable,
    load_library,
)
from app.framework.loader import framework_folder, framework_schema
from app.framework.profession import profession_group_choices

MINIMAL = Path(__file__).resolve().parent / "good" / "minimal.toml"


@pytest.fixture(scope="module")
def library() -> FrameworkLibrary:
    return load_library()


@pytest.mark.parametrize(
    ("group_id", "framework_id"),
    [
        ("artsen", "artsen"),
        ("kinderopvang", "kinderopvang"),
        ("onderwijs", "onderwijs"),
        ("jeugdgezondheidszorg", "jeugdgezondheidszorg"),
        ("verloskunde", "verloskunde"),
        ("paramedici", "paramedici"),
        (GENERAL_GROUP_ID, "algemeen"),
        ("", "algemeen"),
    ],
)
def test_the_default_kader_of_a_group(
    library: FrameworkLibrary, group_id: str, framework_id: str
) -> None:
    framework = library.default_for_group(group_id)
    assert framework is not None and framework.id == framework_id


def test_an_unknown_group_gets_no_silent_substitute(library: FrameworkLibrary) -> None:
    assert library.default_for_group("bestaat_niet") is None


def test_the_default_is_the_newest_version(tmp_path: Path) -> None:
    shutil.copy(MINIMAL, tmp_path / "v1.toml")
    text = MINIMAL.read_text(encoding="utf-8")
    (tmp_path / "v10.toml").write_text(text.replace('"1.0"', '"1.10"'), encoding="utf-8")
    (tmp_path / "v2.toml").write_text(text.replace('"1.0"', '"1.2"'), encoding="utf-8")
    library = load_library(tmp_path)

    default = library.default_for_group("testgroep")

    assert default is not None and default.version == "1.10"  # numeric, not text, order
    assert [c.version for c in profession_group_choices(library)] == ["1.10"]


def test_asking_for_an_unknown_kader_is_refused_in_dutch(library: FrameworkLibrary) -> None:
    with pytest.raises(FrameworkUnavailable) as refused:
        library.get("bestaat_niet")
    assert "niet beschikbaar" in str(refused.value)


@pytest.mark.parametrize(
    ("schema_path", "vocabulary"),
    [
        (("$defs", "question", "properties", "role", "enum"), terms.QuestionRole),
        (("$defs", "answer", "properties", "means", "enum"), terms.Meaning),
        (("$defs", "outcome", "properties", "report", "enum"), terms.ReportDecision),
        (("$defs", "outcome", "properties", "help", "enum"), terms.HelpDecision),
        (("$defs", "outcome", "properties", "norm", "enum"), terms.Norm),
        (("$defs", "outcome", "properties", "report_to", "items", "enum"), terms.Recipient),
        (("$defs", "action", "enum"), terms.Action),
        (("properties", "entries", "properties"), terms.Entry),
    ],
)
def test_the_schema_and_the_code_know_the_same_values(
    schema_path: tuple[str, ...], vocabulary: type[terms.FrameworkTerm]
) -> None:
    node: object = framework_schema()
    for key in schema_path:
        assert isinstance(node, dict)
        node = node[key]
    assert isinstance(node, list | dict)
    assert set(node) == {member.value for member in vocabulary}


def test_every_term_has_a_dutch_label() -> None:
    for vocabulary in (
        terms.Entry,
        terms.QuestionRole,
        terms.Meaning,
        terms.ReportDecision,
        terms.HelpDecision,
        terms.Recipient,
        terms.Norm,
        terms.Action,
    ):
        for member in vocabulary:
            assert member.label.strip(), member


def test_the_schema_file_is_a_valid_json_schema() -> None:
    from jsonschema import Draft202012Validator

    Draft202012Validator.check_schema(dict(framework_schema()))


def test_every_question_shows_its_answers_in_one_order(library: FrameworkLibrary) -> None:
    """Yes (and what counts as yes) before no, on every question of every kader version,
    whatever order the file lists them in."""
    for framework in library.frameworks:
        for question in framework.questions.values():
            shown = question.shown_answers
            assert sorted(a.id for a in shown) == sorted(a.id for a in question.answers)
            meanings = [a.meaning for a in shown]
            if None in meanings:
                assert shown == question.answers  # a route keeps the file's order
                continue
            first_no = meanings.index(terms.Meaning.NO)
            assert terms.Meaning.YES not in meanings[first_no:], (framework.id, question.id)
            assert shown[0].label in {"Ja", "Twijfel"} or shown[0].label.startswith("Ja"), (
                framework.id,
                question.id,
            )


@pytest.mark.parametrize(
    ("group_id", "framework_id"),
    [
        ("tandartsen", "artsen"),
        ("orthopedagogen", "psychosociaal"),
        ("psychotherapeuten", "psychosociaal"),
        ("maatschappelijk_werkers", "psychosociaal"),
        ("thuiszorg", "verpleegkundigen"),
        ("wijkteams", "maatschappelijke_ondersteuning"),
        ("reclassering", "justitie"),
        ("psychosociaal", "psychosociaal"),
        ("verpleegkundigen", "verpleegkundigen"),
        ("jeugdhulp", "jeugdhulp"),
        ("maatschappelijke_ondersteuning", "maatschappelijke_ondersteuning"),
        ("justitie", "justitie"),
    ],
)
def test_a_group_finds_its_kader_by_its_own_name(
    library: FrameworkLibrary, group_id: str, framework_id: str
) -> None:
    framework = library.default_for_group(group_id)
    assert framework is not None and framework.id == framework_id
    assert framework == library.get(framework_id)  # the newest version of the kader
    choices = {c.id: c for c in profession_group_choices(library)}
    assert group_id in choices and choices[group_id].version == framework.version


def test_every_shipped_pointer_leads_to_a_loaded_kader(library: FrameworkLibrary) -> None:
    from app.framework.groups import load_group_pointers

    shipped = load_group_pointers()
    assert shipped and library.pointers == shipped
    own = {k.group.id for k in library.frameworks}
    for pointer in shipped:
        assert pointer.id not in own and pointer.remark
        assert library.get(pointer.framework_id)


def test_a_pointer_to_a_missing_kader_is_not_offered(tmp_path: Path) -> None:
    from app.framework.groups import GroupPointer

    folder = tmp_path / "kaders"
    folder.mkdir()
    shutil.copy(MINIMAL, folder)
    shutil.copy(framework_folder() / "kader.schema.json", folder)
    pointers = [GroupPointer("a", "A", "minimaal"), GroupPointer("b", "B", "weg")]
    library = load_library(folder, pointers)
    assert [p.id for p in library.pointers] == ["a"]
    assert library.default_for_group("b") is None
    assert {c.id for c in profession_group_choices(library)} == {"testgroep", "a"}


@pytest.mark.parametrize(
    ("text", "fault"),
    [
        ("format = 2\ngroups = []", "format"),
        ('format = 1\n[[groups]]\nid = "X"\nname = "x"\nkader = "artsen"', "bad id"),
        ('format = 1\n[[groups]]\nid = "x"\nname = " "\nkader = "artsen"', "name"),
        ('format = 1\n[[groups]]\nid = "x"\nname = "x"\nkader = "a"\nwho = 1', "unknown"),
        (
            'format = 1\n[[groups]]\nid = "x"\nname = "x"\nkader = "a"\n'
            '[[groups]]\nid = "x"\nname = "y"\nkader = "a"',
            "twice",
        ),
    ],
)
def test_a_broken_pointers_file_is_refused(tmp_path: Path, text: str, fault: str) -> None:
    from app.framework.groups import GroupPointersRefused, load_group_pointers

    path = tmp_path / "beroepsgroepen.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(GroupPointersRefused, match=fault):
        load_group_pointers(path)
