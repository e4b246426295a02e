"""A case walked through the steps, read back the same on the vault and on the practice server:
its progress and timeline, Vandaag's sections, where it stands in the case list, and the search
window with its snippets and filters. Every expectation below is written once, for both."""

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime, time, timedelta

from app.domain.enums import (
    CasePhase,
    CaseStatus,
    FollowUpCheck,
    FollowUpOutcome,
    MatchSource,
    PersonRole,
    Step,
    ViolenceForm,
)
from app.domain.models import CaseDraft, PersonDraft
from app.store.search import CaseQuery
from app.timeutil import clock_at, today
from tests.entry_values import consultation, conversation, decision, follow_up, kindcheck, signal
from tests.stores.conftest import Backend

TODAY = today()


@contextmanager
def days_ago(days: int) -> Iterator[None]:
    day = TODAY - timedelta(days=days)
    with clock_at(datetime.combine(day, time(11, 0)).astimezone()):
        yield


def test_a_case_walked_through_the_steps_reads_the_same_on_both(backend: Backend) -> None:
    store = backend.store
    with days_ago(50):
        case = store.cases.create(CaseDraft("Gezin Stapvoets"))
        store.persons.add(case.id, PersonDraft(PersonRole.CLIENT, "Mira Stapvoets"))
        store.signals.add(case.id, signal("Moeder vertelt over ruzie thuis."))
    # An adult client: the kindcheck is asked for before step 1 counts as done.
    assert store.steps.progress(case.id).current_step is Step.SIGNALS
    with days_ago(48):
        store.entries.add(case.id, kindcheck())
    assert store.steps.progress(case.id).current_step is Step.CONSULTATION
    with days_ago(45):
        store.entries.add(case.id, consultation())
    assert store.steps.progress(case.id).current_step is Step.CONVERSATION
    with days_ago(44):
        store.entries.add(case.id, conversation())
    with days_ago(40):
        made = store.entries.add(case.id, decision())
    progress = store.steps.progress(case.id)
    assert progress.phase is CasePhase.FOLLOW_UP and progress.current_step is None
    assert not progress.radar and not progress.help_not_safe
    timeline = store.steps.timeline(case.id)
    # The steps newest first (the kindcheck is part of step 1), then the checks the decision
    # planned (no step: follow-up), whose days lie ahead of the rest.
    recorded = [i.step for i in timeline if i.step is not None]
    assert recorded == [
        Step.DECISION,
        Step.CONVERSATION,
        Step.CONSULTATION,
        Step.SIGNALS,
        Step.SIGNALS,
    ]
    assert {i.entry.kind.value for i in timeline if i.step is None and i.entry} == {"follow_up"}

    # The decision planned VT's feedback (overdue now) and awaits it.
    overview = store.today.overview(stuck_after_days=14)
    assert [(d.case_id, d.case_title, d.check, d.days_overdue) for d in overview.due_checks] == [
        (case.id, "Gezin Stapvoets", FollowUpCheck.VT_FEEDBACK, 26)
    ]
    assert [(a.case_id, a.decision_id, a.days_waiting) for a in overview.awaiting_feedback] == [
        (case.id, made.id, 40)
    ]
    # A check planned by hand shows with its description, opened.
    planned = store.entries.add(
        case.id, follow_up(due_on=TODAY, description="Bellen met de school van Mira")
    )
    due = {d.entry_id: d for d in store.today.overview(stuck_after_days=14).due_checks}
    assert due[planned.id].description == "Bellen met de school van Mira"
    assert due[planned.id].days_overdue == 0

    # New worries after the report: the radar asks to report again.
    store.signals.add(case.id, signal("Weer een blauwe plek."))
    assert store.steps.progress(case.id).radar
    assert [r.case_id for r in store.today.overview(stuck_after_days=14).radar] == [case.id]
    feedback = next(d for d in due.values() if d.check is FollowUpCheck.VT_FEEDBACK)
    store.follow_ups.record_result(feedback.entry_id, TODAY, FollowUpOutcome.UNCLEAR, "Loopt.")
    after = store.today.overview(stuck_after_days=14)
    assert after.awaiting_feedback == []
    assert [d.entry_id for d in after.due_checks] == [planned.id]

    # The case list reads the kept stand: the same as derived now.
    (hit,) = store.search.find(CaseQuery())
    assert (hit.case_id, hit.title, hit.status) == (case.id, "Gezin Stapvoets", CaseStatus.OPEN)
    derived = store.steps.progress(case.id)
    assert hit.progress.phase is derived.phase
    assert hit.progress.current_step is derived.current_step
    assert hit.progress.radar
    assert store.steps.derived_problems() == []

    # Closing takes the case off Vandaag.
    store.cases.close(case.id, "Afgerond")
    closed = store.today.overview(stuck_after_days=14)
    assert closed.due_checks == [] and closed.radar == []
    (hit,) = store.search.find(CaseQuery())
    assert hit.progress.phase is CasePhase.CLOSED and hit.status is CaseStatus.CLOSED
    assert store.steps.derived_problems() == []


def test_the_search_window_finds_ranks_and_shows_snippets_on_both(backend: Backend) -> None:
    store = backend.store
    by_title = store.cases.create(CaseDraft("Gezin Zeeuwenhoek"))
    by_name = store.cases.create(CaseDraft("Gezin B"))
    store.persons.add(by_name.id, PersonDraft(PersonRole.CHILD, "Noor Zeeuwenhoek"))
    by_signal = store.cases.create(CaseDraft("Gezin C"))
    store.signals.add(
        by_signal.id,
        signal("Op het schoolplein vertelde Noor over haar oom uit Zeeuwenhoek en de riem."),
    )
    unrelated = store.cases.create(CaseDraft("Gezin Anders"))
    store.signals.add(unrelated.id, replace(signal(), form=ViolenceForm.NEGLECT))

    hits = store.search.find(CaseQuery("zeeuwenh"))
    assert [h.case_id for h in hits] == [by_title.id, by_name.id, by_signal.id]
    assert [h.matched_in for h in hits] == [
        (MatchSource.CASE,),
        (MatchSource.PERSON,),
        (MatchSource.SIGNAL,),
    ]
    assert [h.title for h in hits] == ["Gezin Zeeuwenhoek", "Gezin B", "Gezin C"]
    assert hits[0].snippet == "Gezin Zeeuwenhoek"
    assert hits[1].snippet == "Noor Zeeuwenhoek"
    assert "uit Zeeuwenhoek en de riem" in hits[2].snippet
    # Accents and case aside; every word must be found in one source.
    assert [h.case_id for h in store.search.find(CaseQuery("NOÖR zeeuw"))] == [
        by_name.id,
        by_signal.id,
    ]
    assert [h.case_id for h in store.search.find(CaseQuery("schoolplein riem"))] == [by_signal.id]
    assert store.search.find(CaseQuery("zeeuwenhoek onbekendwoord")) == []

    # Filters: the form of violence of the newest signal, the status, the step.
    neglect = store.search.find(CaseQuery(form=ViolenceForm.NEGLECT))
    assert [h.case_id for h in neglect] == [unrelated.id]
    physical = store.search.find(CaseQuery("zeeuwenhoek", form=ViolenceForm.PHYSICAL_ABUSE))
    assert [h.case_id for h in physical] == [by_signal.id]
    store.cases.close(by_name.id, "Geen zorgen")
    assert [h.case_id for h in store.search.find(CaseQuery("zeeuw", status=CaseStatus.OPEN))] == [
        by_title.id,
        by_signal.id,
    ]
    # Without a signal a case is in step 1; with one, step 2 is next.
    assert [h.case_id for h in store.search.find(CaseQuery(step=Step.SIGNALS))] == [by_title.id]
    in_step_two = store.search.find(CaseQuery(step=Step.CONSULTATION))
    assert {h.case_id for h in in_step_two} == {by_signal.id, unrelated.id}
    closed = store.search.find(CaseQuery(phase=CasePhase.CLOSED))
    assert [h.case_id for h in closed] == [by_name.id]
    store.entries.add(by_signal.id, consultation())
    assert [h.case_id for h in store.search.find(CaseQuery(step=Step.CONVERSATION))] == [
        by_signal.id
    ]
