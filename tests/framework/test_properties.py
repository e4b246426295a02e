"""Property tests over every shipped kader: random walks with random reasons.

- A yes (or anything that counts as yes, such as education's 'twijfel') at the unsafety
  question, at the new-signals question or at the staff-member question: the outcome reports.
- A no at the suspicion question: the check closes without a report.
- No report only ever follows 'no suspicion' or 'the help leads to lasting safety'.
- Whatever the path, the record survives JSON and replays to the same check.

They run over every shipped version of every kader, not only the newest.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.framework.assessment import Assessment, AssessmentRecord, replay, start_assessment
from app.framework.library import FrameworkLibrary, load_library
from app.framework.model import Framework
from app.framework.terms import Entry, Meaning, Norm, QuestionRole
from tests.support import printable_characters

LIBRARY: FrameworkLibrary = load_library()
# Every version of every kader: a stored weging is replayed under its own version, so an older
# version must stay as safe as the newest.
SHIPPED = [(f"{k.id}@{k.version}", entry) for k in LIBRARY.frameworks for entry in k.entries]
YES_MEANS_REPORT = {QuestionRole.UNSAFETY, QuestionRole.NEW_SIGNALS, QuestionRole.STAFF_OFFENCE}
NO_MEANS_CLOSE = {QuestionRole.SUSPICION, QuestionRole.STAFF_OFFENCE}
REASONS = st.text(printable_characters(), min_size=1, max_size=80).filter(
    lambda text: text.strip() != ""
)


def framework_of(key: str) -> Framework:
    framework_id, version = key.split("@")
    return LIBRARY.get(framework_id, version)


def random_walk(data: st.DataObject, framework_id: str, entry: Entry) -> Assessment:
    assessment = start_assessment(framework_of(framework_id), entry)
    while assessment.current_question is not None:
        answer = data.draw(st.sampled_from(assessment.current_question.answers))
        assessment = assessment.answer(answer.id, data.draw(REASONS))
    return assessment


def passed(assessment: Assessment, roles: set[QuestionRole], meaning: Meaning) -> bool:
    return any(p.question.role in roles and p.answer.meaning is meaning for p in assessment.path())


@pytest.mark.parametrize(("framework_id", "entry"), SHIPPED, ids=str)
@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_yes_at_unsafety_always_reports(
    data: st.DataObject, framework_id: str, entry: Entry
) -> None:
    assessment = random_walk(data, framework_id, entry)
    assert assessment.outcome is not None
    if passed(assessment, YES_MEANS_REPORT, Meaning.YES):
        assert assessment.outcome.reports
        assert assessment.outcome.report_to


@pytest.mark.parametrize(("framework_id", "entry"), SHIPPED, ids=str)
@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_no_at_suspicion_closes_without_report(
    data: st.DataObject, framework_id: str, entry: Entry
) -> None:
    assessment = random_walk(data, framework_id, entry)
    assert assessment.outcome is not None
    if passed(assessment, NO_MEANS_CLOSE, Meaning.NO):
        assert not assessment.outcome.reports
        assert assessment.outcome.norm is Norm.NO_SUSPICION


@pytest.mark.parametrize(("framework_id", "entry"), SHIPPED, ids=str)
@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_no_report_only_without_suspicion_or_with_lasting_safety(
    data: st.DataObject, framework_id: str, entry: Entry
) -> None:
    assessment = random_walk(data, framework_id, entry)
    assert assessment.outcome is not None
    if not assessment.outcome.reports:
        last = assessment.path()[-1]
        assert (last.question.role in NO_MEANS_CLOSE and last.answer.meaning is Meaning.NO) or (
            last.question.role is QuestionRole.HELP_EFFECTIVE and last.answer.meaning is Meaning.YES
        )
        assert assessment.outcome.norm in {Norm.NO_SUSPICION, Norm.HELP_LEADS_TO_SAFETY}


@pytest.mark.parametrize(("framework_id", "entry"), SHIPPED, ids=str)
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_any_path_survives_the_record_and_replays(
    data: st.DataObject, framework_id: str, entry: Entry
) -> None:
    assessment = random_walk(data, framework_id, entry)
    cut = data.draw(st.integers(min_value=0, max_value=len(assessment.steps)))
    partial = assessment
    for _ in range(len(assessment.steps) - cut):
        partial = partial.back()
    record = AssessmentRecord.from_json(partial.record().to_json())
    assert replay(framework_of(framework_id), record) == partial
