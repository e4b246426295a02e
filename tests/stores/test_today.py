"""Vandaag: due checks, cases stuck in a step, reports awaiting VT feedback, the VT radar."""

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, time, timedelta

from app.domain.enums import FollowUpAlert, FollowUpCheck, FollowUpOutcome, Step
from app.domain.models import CaseDraft
from app.timeutil import clock_at, today
from tests.entry_values import case_with_signal, consultation, decision, signal
from tests.stores.conftest import Backend

TODAY = today()


@contextmanager
def days_ago(days: int) -> Iterator[None]:
    day = TODAY - timedelta(days=days)
    with clock_at(datetime.combine(day, time(11, 0)).astimezone()):
        yield


def test_a_fresh_vault_has_nothing_for_today(backend: Backend) -> None:
    vault = backend.store
    overview = vault.today.overview(stuck_after_days=14)
    assert overview.is_empty and overview.day == TODAY


def test_cases_stuck_in_a_step_longer_than_the_setting(backend: Backend) -> None:
    vault = backend.store
    with days_ago(30):
        stuck = case_with_signal(vault, "Gezin Stil")
    with days_ago(14):
        at_limit = case_with_signal(vault, "Gezin Grens")
    with days_ago(40):
        moving = case_with_signal(vault, "Gezin Bezig")
    with days_ago(2):
        vault.entries.add(moving, consultation())
    found = vault.today.overview(stuck_after_days=14).stuck_cases
    assert [(s.case_id, s.case_title, s.step, s.days) for s in found] == [
        (stuck, "Gezin Stil", Step.CONSULTATION, 30)
    ]
    assert at_limit not in {s.case_id for s in found}
    assert {s.case_id for s in vault.today.overview(stuck_after_days=1).stuck_cases} == {
        stuck,
        at_limit,
        moving,
    }


def test_due_checks_and_reports_waiting_for_feedback(backend: Backend) -> None:
    vault = backend.store
    with days_ago(40):
        reported = case_with_signal(vault, "Gezin Melding")
        made = vault.entries.add(reported, decision())
    overview = vault.today.overview(stuck_after_days=14)
    assert [(d.case_id, d.check, d.days_overdue) for d in overview.due_checks] == [
        (reported, FollowUpCheck.VT_FEEDBACK, 26)
    ]
    assert [(a.case_id, a.decision_id, a.days_waiting) for a in overview.awaiting_feedback] == [
        (reported, made.id, 40)
    ]
    assert overview.stuck_cases == []
    feedback = overview.due_checks[0]
    vault.follow_ups.record_result(
        feedback.entry_id, TODAY, FollowUpOutcome.UNCLEAR, "VT doet onderzoek."
    )
    after = vault.today.overview(stuck_after_days=14)
    assert after.due_checks == [] and after.awaiting_feedback == []
    three_months = next(
        c
        for c in vault.follow_ups.for_case(reported)
        if c.value.check == FollowUpCheck.SAFETY_3_MONTHS
    )
    vault.follow_ups.reschedule(three_months.id, TODAY)
    assert [d.days_overdue for d in vault.today.overview(14).due_checks] == [0]
    assert vault.today.due_checks(TODAY - timedelta(days=1)) == []


def test_the_radar_asks_to_report_again_after_new_signals(backend: Backend) -> None:
    vault = backend.store
    with days_ago(60):
        reported = case_with_signal(vault, "Gezin Radar")
        vault.entries.add(reported, decision())
    with days_ago(100):
        helped = case_with_signal(vault, "Gezin Hulp")
        vault.entries.add(helped, decision(report_to_vt=False, client_informed=None))
    assert vault.today.overview(14).radar == []
    with days_ago(1):
        vault.signals.add(reported, signal("Opnieuw letsel gezien."))
    check = next(
        c
        for c in vault.follow_ups.for_case(helped)
        if c.value.check == FollowUpCheck.SAFETY_3_MONTHS
    )
    vault.follow_ups.record_result(check.id, TODAY, FollowUpOutcome.UNSAFE, "Weer ruzie thuis.")
    radar = vault.today.overview(14).radar
    assert [(r.case_id, r.case_title, r.alert) for r in radar] == [
        (reported, "Gezin Radar", FollowUpAlert.REPORT_AGAIN),
        (helped, "Gezin Hulp", FollowUpAlert.RECONSIDER_REPORT),
    ]


def test_closed_cases_are_left_out(backend: Backend) -> None:
    vault = backend.store
    with days_ago(60):
        case_id = case_with_signal(vault)
        vault.entries.add(case_id, decision())
    with days_ago(30):
        vault.cases.create(CaseDraft("Gezin Leeg"))
    assert not vault.today.overview(14).is_empty
    vault.cases.close(case_id, "Overgedragen aan Veilig Thuis")
    remaining = vault.today.overview(14)
    assert remaining.due_checks == [] and remaining.awaiting_feedback == []
    assert [s.case_title for s in remaining.stuck_cases] == ["Gezin Leeg"]
    assert remaining.stuck_cases[0].step is Step.SIGNALS
