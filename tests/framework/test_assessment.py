"""The evaluation API: answers need reasons, checks are values, records replay exactly."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest

from app.errors import ValidationError
from app.framework.assessment import (
    AssessmentComplete,
    AssessmentRecord,
    EntryNotInFramework,
    FrameworkMismatch,
    NothingToGoBackTo,
    QuestionNotOnPath,
    RecordDoesNotFit,
    RecordUnreadable,
    Step,
    replay,
    start_assessment,
)
from app.framework.library import FrameworkLibrary, FrameworkUnavailable, load_library
from app.framework.loader import load_framework
from app.framework.model import Framework
from app.framework.terms import Entry, Norm, ReportDecision

MINIMAL = Path(__file__).resolve().parent / "good" / "minimal.toml"


@pytest.fixture(scope="module")
def library() -> FrameworkLibrary:
    return load_library()


@pytest.fixture(scope="module")
def general(library: FrameworkLibrary) -> Framework:
    return library.get("algemeen")


def test_a_check_starts_at_the_first_question(general: Framework) -> None:
    assessment = start_assessment(general)
    assert assessment.current_question is not None
    assert assessment.current_question.id == "suspicion"
    assert assessment.outcome is None and not assessment.is_complete and not assessment.can_go_back
    assert assessment.path() == ()


def test_every_answer_needs_the_professionals_own_reason(general: Framework) -> None:
    assessment = start_assessment(general)
    for empty in ("", "   ", "\n\t"):
        with pytest.raises(ValidationError) as refused:
            assessment.answer("yes", empty)
        assert set(refused.value.field_errors) == {"reason"}
        assert "reden" in refused.value.field_errors["reason"].format()


def test_an_unknown_answer_and_a_missing_reason_are_named_together(general: Framework) -> None:
    with pytest.raises(ValidationError) as refused:
        start_assessment(general).answer("perhaps", "")
    assert set(refused.value.field_errors) == {"answer", "reason"}
    assert "antwoorden" in refused.value.field_errors["answer"].format()


def test_a_reason_is_kept_trimmed_and_a_too_long_one_is_refused(general: Framework) -> None:
    assessment = start_assessment(general).answer(
        "yes", "  Blauwe plekken, kind vertelt over slaan.  "
    )
    assert assessment.steps[0].reason == "Blauwe plekken, kind vertelt over slaan."
    with pytest.raises(ValidationError) as refused:
        start_assessment(general).answer("yes", "x" * 20_001)
    assert "hoogstens" in refused.value.field_errors["reason"].format()


def test_answering_returns_a_new_check_and_leaves_the_old_one_alone(general: Framework) -> None:
    first = start_assessment(general)
    second = first.answer("yes", "Signalen wijzen op mishandeling.")
    assert first.steps == () and first.current_question is not None
    assert first.current_question.id == "suspicion"
    assert second.current_question is not None and second.current_question.id == "unsafety"
    with pytest.raises(dataclasses.FrozenInstanceError):
        second.steps = ()  # type: ignore[misc]


def test_the_path_shows_each_question_answer_and_reason(general: Framework) -> None:
    assessment = (
        start_assessment(general)
        .answer("yes", "Reden een.")
        .answer("no", "Reden twee.")
        .answer("yes", "Reden drie.")
    )
    assert [(p.question.id, p.answer.id, p.reason) for p in assessment.path()] == [
        ("suspicion", "yes", "Reden een."),
        ("unsafety", "no", "Reden twee."),
        ("help_possible", "yes", "Reden drie."),
    ]
    assert [p.answer.label for p in assessment.path()] == ["Ja", "Nee", "Ja"]


def test_going_back_gives_the_earlier_check_again(general: Framework) -> None:
    at_two = start_assessment(general).answer("yes", "Vermoeden.")
    done = at_two.answer("yes", "Kind durft niet naar huis.")
    assert done.outcome is not None and done.outcome.norm is Norm.ACUTE_OR_STRUCTURAL_UNSAFETY
    assert done.back() == at_two
    assert done.back().back() == start_assessment(general)
    changed = done.back().answer("no", "Bij nader inzien geen acuut gevaar.")
    assert changed.current_question is not None and changed.current_question.id == "help_possible"


def test_going_back_to_a_question_undoes_it_and_all_after_it(general: Framework) -> None:
    assessment = start_assessment(general).answer("yes", "a").answer("no", "b").answer("yes", "c")
    again = assessment.back_to("unsafety")
    assert again.current_question is not None and again.current_question.id == "unsafety"
    assert [s.question_id for s in again.steps] == ["suspicion"]
    with pytest.raises(QuestionNotOnPath):
        assessment.back_to("help_effective")


def test_nothing_to_go_back_to_at_the_start(general: Framework) -> None:
    with pytest.raises(NothingToGoBackTo) as refused:
        start_assessment(general).back()
    assert "terug" in str(refused.value)


def test_a_completed_check_takes_no_more_answers(general: Framework) -> None:
    done = start_assessment(general).answer("no", "Signalen bleken een verklaard ongeluk.")
    assert done.is_complete and done.outcome is not None
    assert done.outcome.report is ReportDecision.NO
    with pytest.raises(AssessmentComplete):
        done.answer("yes", "Toch nog iets.")


def test_the_follow_up_starts_at_the_new_signals_question(general: Framework) -> None:
    assessment = start_assessment(general, Entry.FOLLOW_UP)
    assert (
        assessment.current_question is not None and assessment.current_question.id == "new_signals"
    )


def test_a_kader_without_follow_up_questions_says_so() -> None:
    with pytest.raises(EntryNotInFramework) as refused:
        start_assessment(load_framework(MINIMAL), Entry.FOLLOW_UP)
    assert "minimaal" in str(refused.value) and "follow_up" in str(refused.value)


def test_a_record_round_trips_through_json_and_replays_to_the_same_check(
    library: FrameworkLibrary, general: Framework
) -> None:
    assessment = (
        start_assessment(general).answer("yes", "Vermoeden: ‘blauwe plek’ ë.").answer("no", "Nee.")
    )
    record = assessment.record()
    assert record == AssessmentRecord("algemeen", "1.0", Entry.CHECK, assessment.steps)

    text = record.to_json()
    again = AssessmentRecord.from_json(text)

    assert again == record
    assert replay(general, again) == assessment
    assert library.replay(again) == assessment
    assert AssessmentRecord.from_dict(record.to_dict()) == record


def test_replay_under_another_version_is_refused(general: Framework) -> None:
    record = start_assessment(general).answer("yes", "Reden.").record()
    newer = dataclasses.replace(general, version="1.1")

    with pytest.raises(FrameworkMismatch) as refused:
        replay(newer, record)

    text = str(refused.value)
    assert "versie 1.0" in text and "versie 1.1" in text and "algemeen" in text


def test_replay_under_another_kader_is_refused(
    library: FrameworkLibrary, general: Framework
) -> None:
    record = start_assessment(general).answer("yes", "Reden.").record()
    with pytest.raises(FrameworkMismatch) as refused:
        replay(library.get("artsen"), record)
    assert "'algemeen'" in str(refused.value) and "'artsen'" in str(refused.value)


def test_replay_of_a_version_that_is_no_longer_shipped_is_refused(
    library: FrameworkLibrary,
) -> None:
    record = AssessmentRecord("algemeen", "0.9", Entry.CHECK, ())
    with pytest.raises(FrameworkUnavailable) as refused:
        library.replay(record)
    assert "versie 0.9" in str(refused.value)


def test_a_library_with_two_versions_replays_each_under_its_own(tmp_path: Path) -> None:
    shutil.copy(MINIMAL, tmp_path / "v1.toml")
    newer = MINIMAL.read_text(encoding="utf-8").replace('version = "1.0"', 'version = "1.1"')
    (tmp_path / "v2.toml").write_text(newer, encoding="utf-8")
    library = load_library(tmp_path)
    old = start_assessment(library.get("minimaal", "1.0")).answer("no", "Reden.").record()

    assert library.replay(old).framework.version == "1.0"
    assert library.get("minimaal").version == "1.1"


@pytest.mark.parametrize(
    "steps",
    [
        (Step("unsafety", "yes", "Reden."),),  # skips the first question
        (Step("suspicion", "maybe", "Reden."),),  # an answer the question does not have
        (Step("suspicion", "no", "Reden."), Step("unsafety", "yes", "Reden.")),  # past the end
        (Step("suspicion", "yes", "  "),),  # a step without a reason
    ],
)
def test_a_record_that_does_not_walk_through_its_kader_is_refused(
    general: Framework, steps: tuple[Step, ...]
) -> None:
    record = AssessmentRecord("algemeen", "1.0", Entry.CHECK, steps)
    with pytest.raises(RecordDoesNotFit) as refused:
        replay(general, record)
    assert "stap" in str(refused.value)


@pytest.mark.parametrize(
    "text",
    [
        "niet eens json",
        "[]",
        '{"format": 1}',
        '{"format": 2, "framework_id": "algemeen", "framework_version": "1.0", "entry": "check", '
        '"steps": []}',
        '{"format": 1, "framework_id": "algemeen", "framework_version": "1.0", "entry": "elders", '
        '"steps": []}',
        '{"format": 1, "framework_id": "algemeen", "framework_version": 1, "entry": "check", '
        '"steps": []}',
        '{"format": 1, "framework_id": "algemeen", "framework_version": "1.0", "entry": "check", '
        '"steps": [{"question": "suspicion"}]}',
    ],
)
def test_an_unreadable_record_is_refused_in_dutch(text: str) -> None:
    with pytest.raises(RecordUnreadable) as refused:
        AssessmentRecord.from_json(text)
    assert "onleesbaar" in str(refused.value)


def test_no_error_message_repeats_a_reason(general: Framework) -> None:
    secret = "Marieke Verhoeven-Testmarker vertelde over slaan"
    record = AssessmentRecord("algemeen", "1.0", Entry.CHECK, (Step("suspicion", "nope", secret),))
    with pytest.raises(RecordDoesNotFit) as refused:
        replay(general, record)
    assert secret not in str(refused.value)
    with pytest.raises(FrameworkMismatch) as mismatch:
        replay(dataclasses.replace(general, version="2.0"), record)
    assert secret not in str(mismatch.value)
