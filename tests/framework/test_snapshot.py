"""The snapshot of a weging: the texts as read, enough to show it when its kader is gone."""

from __future__ import annotations

import json

import pytest

from app.framework.assessment import RecordUnreadable, replay, start_assessment
from app.framework.library import FrameworkLibrary, load_library
from app.framework.snapshot import AssessmentSnapshot
from app.framework.terms import Entry, Norm, Recipient, ReportDecision
from tests.framework.paths import all_paths


@pytest.fixture(scope="module")
def library() -> FrameworkLibrary:
    return load_library()


def test_a_snapshot_holds_the_texts_the_user_read_and_gives_the_record_back(
    library: FrameworkLibrary,
) -> None:
    childcare = library.get("kinderopvang")
    assessment = (
        start_assessment(childcare)
        .answer("staff", "Collega zag een medewerker een kind hard bij de arm trekken.")
        .answer("yes", "Het kind had blauwe plekken op de bovenarm.")
        .answer("no", "De vertrouwensinspecteur ziet geen strafbaar feit.")
    )
    snapshot = AssessmentSnapshot.of(replay(childcare, assessment.record()))
    assert (snapshot.framework_id, snapshot.framework_version) == ("kinderopvang", "1.0")
    assert snapshot.framework_date == childcare.date
    assert snapshot.framework_title == childcare.title
    assert snapshot.group_name == childcare.group.name
    assert snapshot.entry is Entry.CHECK
    assert [s.number for s in snapshot.steps] == ["Route", "1", "2"]
    assert snapshot.steps[0].question == "Waar gaan de signalen over?"
    assert snapshot.steps[0].answer.startswith("Route 2: geweld of een zedendelict")
    assert snapshot.steps[2].reason == "De vertrouwensinspecteur ziet geen strafbaar feit."
    assert (
        snapshot.is_complete and snapshot.outcome == childcare.outcomes["staff_reported_no_police"]
    )
    assert snapshot.outcome.reports and Recipient.POLICE not in snapshot.outcome.report_to
    assert (snapshot.open_number, snapshot.open_question) == ("", "")
    assert snapshot.record() == assessment.record()


def test_an_unfinished_weging_names_the_question_still_open(library: FrameworkLibrary) -> None:
    general = library.get("algemeen")
    snapshot = AssessmentSnapshot.of(start_assessment(general).answer("yes", "Zorgen."))
    assert not snapshot.is_complete and snapshot.outcome is None
    assert snapshot.open_number == "2"
    assert snapshot.open_question == general.questions["unsafety"].text


@pytest.mark.parametrize("framework_id", ["algemeen", "kinderopvang", "onderwijs"])
def test_every_path_survives_json_with_its_decisions(
    library: FrameworkLibrary, framework_id: str
) -> None:
    framework = library.get(framework_id)
    for entry in framework.entries:
        for path, outcome in all_paths(framework, entry).items():
            assessment = start_assessment(framework, entry)
            for step in path:
                assessment = assessment.answer(step.split("=")[1], f"Reden bij {step}.")
            snapshot = AssessmentSnapshot.of(assessment)
            again = AssessmentSnapshot.from_json(snapshot.to_json())
            assert again == snapshot
            assert again.outcome == outcome
            assert replay(framework, again.record()) == assessment


def test_a_damaged_or_foreign_snapshot_is_refused_in_dutch(library: FrameworkLibrary) -> None:
    general = library.get("algemeen")
    good = AssessmentSnapshot.of(
        start_assessment(general).answer("yes", "Zorgen.").answer("yes", "Acuut gevaar.")
    ).to_dict()
    assert good["outcome"]["report"] == ReportDecision.YES_WEIGH_HELP_WITH_VEILIG_THUIS.value
    damaged = [
        "niet eens json",
        "[1, 2]",
        json.dumps({**good, "format": 2}),
        json.dumps({**good, "steps": [{"question_id": "suspicion"}]}),
        json.dumps({**good, "framework_date": "gisteren"}),
        json.dumps({**good, "outcome": {**good["outcome"], "norm": "geen_idee"}}),
    ]
    for text in damaged:
        with pytest.raises(RecordUnreadable) as refused:
            AssessmentSnapshot.from_json(text)
        assert "onleesbaar" in str(refused.value)


def test_a_snapshot_whose_decisions_disagree_is_never_shown_as_no_report(
    library: FrameworkLibrary,
) -> None:
    """A stored outcome edited to 'no' while its norm or recipients still report is refused."""
    general = library.get("algemeen")
    good = AssessmentSnapshot.of(
        start_assessment(general).answer("yes", "Zorgen.").answer("yes", "Acuut gevaar.")
    ).to_dict()
    assert good["outcome"]["norm"] == Norm.ACUTE_OR_STRUCTURAL_UNSAFETY.value
    silenced = {**good["outcome"], "report": "no"}
    with pytest.raises(RecordUnreadable):
        AssessmentSnapshot.from_dict({**good, "outcome": silenced})
    silenced_norm = {**silenced, "norm": Norm.NO_SUSPICION.value}  # recipients still named
    with pytest.raises(RecordUnreadable):
        AssessmentSnapshot.from_dict({**good, "outcome": silenced_norm})
    assert AssessmentSnapshot.from_dict(good).outcome == general.outcomes["report_unsafety"]
