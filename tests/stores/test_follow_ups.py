"""Follow-up after a decision: checks planned by the decision, moved, done, lapsing."""

from datetime import date, timedelta

import pytest

from app.domain.entries import Decision, FollowUp
from app.domain.enums import ChangeKind, FollowUpCheck, FollowUpOutcome
from app.domain.follow_up import add_months, checks_after, suggested_due_date
from app.errors import CheckAlreadyDone, EntryWithdrawn, ValidationError
from app.timeutil import today
from app.vault.vault import Vault
from tests.entry_values import case_with_signal, decision, follow_up
from tests.stores.conftest import Backend


def planned(vault: Vault, case_id: int) -> dict[FollowUpCheck, date | None]:
    return {e.value.check: e.value.due_on for e in vault.follow_ups.for_case(case_id)}


def test_month_arithmetic_keeps_the_day_or_takes_the_month_end() -> None:
    assert add_months(date(2024, 1, 15), 3) == date(2024, 4, 15)
    assert add_months(date(2024, 11, 30), 3) == date(2025, 2, 28)
    assert add_months(date(2023, 12, 31), 2) == date(2024, 2, 29)
    assert add_months(date(2024, 5, 1), 12) == date(2025, 5, 1)


def test_which_checks_a_decision_asks_for() -> None:
    day = date(2024, 5, 1)
    both = decision(decided_on=day)
    assert checks_after(both) == [
        FollowUpCheck.VT_FEEDBACK,
        FollowUpCheck.SAFETY_3_MONTHS,
        FollowUpCheck.SAFETY_12_MONTHS,
    ]
    help_only = decision(report_to_vt=False, offer_help=True)
    assert checks_after(help_only) == [
        FollowUpCheck.SAFETY_3_MONTHS,
        FollowUpCheck.SAFETY_12_MONTHS,
    ]
    neither = Decision(day, False, "Geen vermoeden", False, "Niet nodig")
    assert checks_after(neither) == []
    assert suggested_due_date(FollowUpCheck.VT_FEEDBACK, day) == date(2024, 5, 15)
    assert suggested_due_date(FollowUpCheck.SAFETY_3_MONTHS, day) == date(2024, 8, 1)
    assert suggested_due_date(FollowUpCheck.SAFETY_12_MONTHS, day) == date(2025, 5, 1)


def test_a_report_plans_vt_feedback_and_the_3_and_12_month_checks(backend: Backend) -> None:
    vault = backend.store
    case_id = case_with_signal(vault)
    day = today() - timedelta(days=3)
    made = vault.entries.add(case_id, decision(decided_on=day))
    assert planned(vault, case_id) == {
        FollowUpCheck.VT_FEEDBACK: day + timedelta(weeks=2),
        FollowUpCheck.SAFETY_3_MONTHS: add_months(day, 3),
        FollowUpCheck.SAFETY_12_MONTHS: add_months(day, 12),
    }
    assert {e.value.decision_id for e in vault.follow_ups.for_case(case_id)} == {made.id}


def test_no_report_and_no_help_plans_nothing(backend: Backend) -> None:
    vault = backend.store
    case_id = case_with_signal(vault)
    vault.entries.add(case_id, decision(report_to_vt=False, offer_help=False, help_agreed=()))
    assert planned(vault, case_id) == {}


def test_a_corrected_decision_lets_checks_lapse_and_plans_new_ones(backend: Backend) -> None:
    vault = backend.store
    case_id = case_with_signal(vault)
    made = vault.entries.add(case_id, decision(report_to_vt=False))
    assert set(planned(vault, case_id)) == {
        FollowUpCheck.SAFETY_3_MONTHS,
        FollowUpCheck.SAFETY_12_MONTHS,
    }
    vault.entries.correct(made.id, decision(report_to_vt=True), "Toch gemeld na overleg")
    assert set(planned(vault, case_id)) == {
        FollowUpCheck.VT_FEEDBACK,
        FollowUpCheck.SAFETY_3_MONTHS,
        FollowUpCheck.SAFETY_12_MONTHS,
    }
    vault.entries.correct(
        made.id,
        decision(report_to_vt=False, offer_help=False, help_agreed=()),
        "Geen vermoeden meer",
    )
    assert planned(vault, case_id) == {}
    lapsed = vault.entries.for_case(case_id, include_withdrawn=True)
    assert {e.current.change for e in lapsed if isinstance(e.value, FollowUp)} == {
        ChangeKind.LAPSED
    }


def test_a_done_check_does_not_lapse_and_a_hand_planned_one_stays(backend: Backend) -> None:
    vault = backend.store
    case_id = case_with_signal(vault)
    made = vault.entries.add(case_id, decision())
    extra = vault.entries.add(case_id, follow_up(decision_id=made.id))
    feedback = next(
        e for e in vault.follow_ups.for_case(case_id) if e.value.check == FollowUpCheck.VT_FEEDBACK
    )
    vault.follow_ups.record_result(feedback.id, today(), FollowUpOutcome.SAFE, "VT belde terug.")
    vault.entries.withdraw(made.id, "Verkeerde casus")
    assert {e.id for e in vault.follow_ups.for_case(case_id)} == {feedback.id, extra.id}


def test_rescheduling_keeps_the_earlier_date_in_the_history(backend: Backend) -> None:
    vault = backend.store
    case_id = case_with_signal(vault)
    vault.entries.add(case_id, decision())
    check = vault.follow_ups.for_case(case_id)[0]
    later = today() + timedelta(days=60)
    moved = vault.follow_ups.reschedule(check.id, later, "Cliënt met vakantie")
    assert [v.value.due_on for v in moved.versions] == [check.value.due_on, later]
    assert moved.current.change is ChangeKind.RESCHEDULED
    assert moved.current.change_reason == "Cliënt met vakantie"
    with pytest.raises(ValidationError) as exc:
        vault.follow_ups.reschedule(check.id, later)
    assert set(exc.value.field_errors) == {"due_on"}
    with pytest.raises(ValidationError) as exc:
        vault.follow_ups.reschedule(check.id, None)
    assert set(exc.value.field_errors) == {"due_on"}


def test_recording_what_a_check_found(backend: Backend) -> None:
    vault = backend.store
    case_id = case_with_signal(vault)
    vault.entries.add(case_id, decision())
    check = vault.follow_ups.for_case(case_id)[0]
    with pytest.raises(ValidationError) as exc:
        vault.follow_ups.record_result(check.id, None, None, "")
    assert set(exc.value.field_errors) == {"done_on", "outcome", "findings"}
    with pytest.raises(ValidationError) as exc:
        vault.follow_ups.record_result(
            check.id, today() + timedelta(days=1), FollowUpOutcome.SAFE, "Rustig"
        )
    assert set(exc.value.field_errors) == {"done_on"}
    done = vault.follow_ups.record_result(check.id, today(), FollowUpOutcome.SAFE, "Rustig thuis")
    assert done.value.is_done and done.current.change is ChangeKind.RESULT_RECORDED
    assert done.value.outcome is FollowUpOutcome.SAFE
    with pytest.raises(CheckAlreadyDone):
        vault.follow_ups.record_result(check.id, today(), FollowUpOutcome.UNSAFE, "Toch niet")
    with pytest.raises(CheckAlreadyDone):
        vault.follow_ups.reschedule(check.id, today() + timedelta(days=5))


def test_a_withdrawn_check_cannot_be_done(backend: Backend) -> None:
    vault = backend.store
    case_id = case_with_signal(vault)
    extra = vault.entries.add(case_id, follow_up())
    vault.entries.withdraw(extra.id, "Dubbel gepland")
    with pytest.raises(EntryWithdrawn):
        vault.follow_ups.record_result(extra.id, today(), FollowUpOutcome.SAFE, "x")
