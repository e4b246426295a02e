"""The weging as the case keeps it (`RecordedAssessment`): the texts as read, enough to show it
when its kader is gone; read back refused when damaged, never as "no report"."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from app.domain.payload import to_payload
from app.domain.weighing import (
    RecordedAssessment,
    recorded_from,
    recorded_outcome,
    stored_assessment,
)
from app.framework.assessment import RecordUnreadable, replay, start_assessment
from app.framework.library import FrameworkLibrary, load_library
from app.framework.terms import Entry, Norm, Recipient, ReportDecision
from tests.framework.paths import all_paths


@pytest.fixture(scope="module")
def library() -> FrameworkLibrary:
    return load_library()


def payload_text(recorded: RecordedAssessment) -> str:
    return json.dumps(to_payload(recorded), ensure_ascii=False)


def test_a_weging_holds_the_texts_the_user_read_and_gives_the_record_back(
    library: FrameworkLibrary,
) -> None:
    childcare = library.get("kinderopvang")
    assessment = (
        start_assessment(childcare)
        .answer("staff", "Collega zag een medewerker een kind hard bij de arm trekken.")
        .answer("yes", "Het kind had blauwe plekken op de bovenarm.")
        .answer("no", "De vertrouwensinspecteur ziet geen strafbaar feit.")
    )
    recorded = recorded_from(replay(childcare, assessment.record()))
    assert (recorded.framework_id, recorded.framework_version) == ("kinderopvang", "2.0")
    assert recorded.framework_date == childcare.date
    assert recorded.framework_title == childcare.title
    assert recorded.group_name == childcare.group.name
    assert recorded.start is Entry.CHECK
    assert [a.question.number for a in recorded.answers] == ["Route", "1", "2"]
    assert recorded.answers[0].question.text == "Waar gaan de signalen over?"
    assert recorded.answers[0].answer_label.startswith("Route 2: geweld of een zedendelict")
    assert recorded.answers[2].reason == "De vertrouwensinspecteur ziet geen strafbaar feit."
    expected = childcare.outcomes["staff_reported_no_police"]
    assert recorded.is_complete and recorded.outcome == recorded_outcome(expected)
    assert recorded.outcome.actions == expected.actions
    assert recorded.outcome.reports and Recipient.POLICE not in recorded.outcome.report_to
    assert recorded.waiting_at is None
    assert recorded.record() == assessment.record()


def test_an_unfinished_weging_names_the_question_still_open(library: FrameworkLibrary) -> None:
    general = library.get("algemeen")
    recorded = recorded_from(start_assessment(general).answer("yes", "Zorgen."))
    assert not recorded.is_complete and recorded.outcome is None
    assert recorded.waiting_at is not None and recorded.waiting_at.number == "2"
    assert recorded.waiting_at.text == general.questions["unsafety"].text


@pytest.mark.parametrize("framework_id", ["algemeen", "kinderopvang", "onderwijs"])
def test_every_path_survives_the_vaults_json_with_its_decisions(
    library: FrameworkLibrary, framework_id: str
) -> None:
    framework = library.get(framework_id)
    for entry in framework.entries:
        for path, outcome in all_paths(framework, entry).items():
            assessment = start_assessment(framework, entry)
            for step in path:
                assessment = assessment.answer(step.split("=")[1], f"Reden bij {step}.")
            recorded = recorded_from(assessment)
            again = stored_assessment(payload_text(recorded))
            assert again == recorded
            assert again.outcome == recorded_outcome(outcome)
            assert replay(framework, again.record()) == assessment


def test_a_damaged_stored_weging_is_refused_in_dutch(library: FrameworkLibrary) -> None:
    general = library.get("algemeen")
    good = to_payload(
        recorded_from(
            start_assessment(general).answer("yes", "Zorgen.").answer("yes", "Acuut gevaar.")
        )
    )
    assert good["outcome"]["report"] == ReportDecision.YES_WEIGH_HELP_WITH_VEILIG_THUIS.value
    damaged = [
        "niet eens json",
        "[1, 2]",
        json.dumps({**good, "start": "ergens"}),
        json.dumps({**good, "answers": [{"question": {"id": "suspicion"}}]}),
        json.dumps({**good, "framework_date": "gisteren"}),
        json.dumps({**good, "outcome": {**good["outcome"], "norm": "geen_idee"}}),
    ]
    for text in damaged:
        with pytest.raises(RecordUnreadable) as refused:
            stored_assessment(text)
        assert "onleesbaar" in str(refused.value)


def test_a_weging_whose_decisions_disagree_is_never_read_as_no_report(
    library: FrameworkLibrary,
) -> None:
    """A stored outcome edited to 'no' while its norm or recipients still report is refused."""
    general = library.get("algemeen")
    good = to_payload(
        recorded_from(
            start_assessment(general).answer("yes", "Zorgen.").answer("yes", "Acuut gevaar.")
        )
    )
    assert good["outcome"]["norm"] == Norm.ACUTE_OR_STRUCTURAL_UNSAFETY.value
    silenced = {**good["outcome"], "report": "no"}
    with pytest.raises(RecordUnreadable):
        stored_assessment(json.dumps({**good, "outcome": silenced}))
    silenced_norm = {**silenced, "norm": Norm.NO_SUSPICION.value}  # recipients still named
    with pytest.raises(RecordUnreadable):
        stored_assessment(json.dumps({**good, "outcome": silenced_norm}))
    read = stored_assessment(json.dumps(good))
    assert read.outcome == recorded_outcome(general.outcomes["report_unsafety"])
    assert read.outcome is not None
    with pytest.raises(RecordUnreadable):
        replace(read.outcome, report=ReportDecision.NO)  # not even built in code
