"""Meldingen registered in the case: they plan the follow-up, VT's feedback completes it."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

import psycopg
import pytest
from sqlcipher3 import dbapi2

from app.domain.entries import FollowUp, ReportRegistration
from app.domain.enums import (
    ChangeKind,
    EntryKind,
    FollowUpCheck,
    FollowUpOutcome,
    ReportChannel,
    Step,
)
from app.domain.follow_up import add_months
from app.domain.payload import to_payload
from app.errors import (
    CheckAlreadyDone,
    DecisionCarriedOut,
    EntryWithdrawn,
    MeldcodeError,
    ValidationError,
)
from app.framework.terms import Entry
from app.timeutil import clock_at, today
from app.vault.audit import AuditEvent
from app.vault.vault import Vault
from tests.entry_values import (
    case_with_signal,
    consultation,
    conversation,
    decision,
    report_registration,
    signal,
    walked,
)
from tests.stores.conftest import Backend


def due_dates(vault: Vault, case_id: int) -> dict[FollowUpCheck, date | None]:
    return {c.value.check: c.value.due_on for c in vault.follow_ups.for_case(case_id)}


def decided(vault: Vault, day: date, **changes: object) -> tuple[int, int]:
    case_id = case_with_signal(vault)
    made = vault.entries.add(case_id, decision(decided_on=day, **changes))
    return case_id, made.id


def test_a_melding_plans_the_decisions_checks_again_from_its_own_day(backend: Backend) -> None:
    vault = backend.store
    decided_on = today() - timedelta(days=20)
    made_on = today() - timedelta(days=10)
    case_id, decision_id = decided(vault, decided_on)
    assert due_dates(vault, case_id)[FollowUpCheck.VT_FEEDBACK] == decided_on + timedelta(weeks=2)

    report = vault.reports.register(case_id, report_registration(decision_id, made_on=made_on))
    assert report.value.organisation == "Veilig Thuis Utrecht"
    assert report.entry.step is None and report.entry.occurred_on == made_on
    assert due_dates(vault, case_id) == {
        FollowUpCheck.VT_FEEDBACK: made_on + timedelta(weeks=2),
        FollowUpCheck.SAFETY_3_MONTHS: add_months(made_on, 3),
        FollowUpCheck.SAFETY_12_MONTHS: add_months(made_on, 12),
    }
    checks = vault.follow_ups.for_case(case_id)
    assert len(checks) == 3  # planned again, never planned twice
    assert all(c.versions[-1].change is ChangeKind.REPLANNED for c in checks)
    assert [e.event for e in vault.audit.entries(case_id=case_id, limit=1)] == [AuditEvent.UPDATE]
    registered = [
        e
        for e in vault.audit.entries(case_id=case_id)
        if (e.object_type, e.object_id) == ("entry", report.entry.id)
    ]
    assert [e.event for e in registered] == [AuditEvent.CREATE]


def test_a_date_moved_by_hand_or_a_check_already_done_keeps_its_date(backend: Backend) -> None:
    vault = backend.store
    decided_on = today() - timedelta(days=30)
    case_id, decision_id = decided(vault, decided_on)
    checks = {c.value.check: c for c in vault.follow_ups.for_case(case_id)}
    moved = decided_on + timedelta(days=40)
    vault.follow_ups.reschedule(checks[FollowUpCheck.SAFETY_3_MONTHS].id, moved, "Vakantie")
    vault.follow_ups.record_result(
        checks[FollowUpCheck.VT_FEEDBACK].id, today(), FollowUpOutcome.UNCLEAR, "Gebeld"
    )
    vault.reports.register(case_id, report_registration(decision_id, made_on=today()))
    dates = due_dates(vault, case_id)
    assert dates[FollowUpCheck.SAFETY_3_MONTHS] == moved
    assert dates[FollowUpCheck.VT_FEEDBACK] == decided_on + timedelta(weeks=2)
    assert dates[FollowUpCheck.SAFETY_12_MONTHS] == add_months(today(), 12)


def test_vts_feedback_completes_the_vt_feedback_check(backend: Backend) -> None:
    vault = backend.store
    case_id, decision_id = decided(vault, today() - timedelta(days=20))
    report = vault.reports.register(
        case_id, report_registration(decision_id, made_on=today() - timedelta(days=19))
    )
    assert [a.decision_id for a in vault.today.overview(14).awaiting_feedback] == [decision_id]
    assert not report.feedback_received

    with pytest.raises(ValidationError) as raised:
        vault.reports.record_feedback(
            report.entry.id, today() - timedelta(days=25), FollowUpOutcome.SAFE, "Te vroeg"
        )
    assert set(raised.value.field_errors) == {"done_on"}
    with pytest.raises(ValidationError) as raised:
        vault.reports.record_feedback(report.entry.id, None, None, "")
    assert set(raised.value.field_errors) == {"done_on", "outcome", "findings"}

    done = vault.reports.record_feedback(
        report.entry.id, today(), FollowUpOutcome.UNCLEAR, "VT doet onderzoek; gezin in beeld."
    )
    assert done.feedback_received and done.feedback_on == today()
    assert done.feedback == "VT doet onderzoek; gezin in beeld."
    check = done.feedback_check
    assert check is not None and check.value.check is FollowUpCheck.VT_FEEDBACK
    assert check.versions[-1].change is ChangeKind.RESULT_RECORDED
    assert vault.today.overview(14).awaiting_feedback == []
    with pytest.raises(CheckAlreadyDone):
        vault.reports.record_feedback(report.entry.id, today(), FollowUpOutcome.SAFE, "Nog eens")

    with_reference = vault.reports.add_reference(report.entry.id, "  VT-2026-0042 ")
    assert with_reference.value.vt_reference == "VT-2026-0042"
    assert with_reference.entry.versions[-1].change is ChangeKind.VT_REFERENCE_ADDED
    with pytest.raises(ValidationError):
        vault.reports.add_reference(report.entry.id, " ")


def test_the_dossiernummer_goes_with_the_feedback_both_or_neither(backend: Backend) -> None:
    vault = backend.store
    case_id, decision_id = decided(vault, today() - timedelta(days=5))
    report = vault.reports.register(case_id, report_registration(decision_id))
    versions = len(report.entry.versions)

    with pytest.raises(ValidationError) as raised:
        vault.reports.record_feedback(report.entry.id, today(), None, "", reference="x" * 201)
    assert set(raised.value.field_errors) == {"vt_reference", "outcome", "findings"}
    with pytest.raises(ValidationError) as raised:
        vault.reports.record_feedback(report.entry.id, today(), None, "", reference="VT-7")
    assert set(raised.value.field_errors) == {"outcome", "findings"}
    kept = vault.reports.get(report.entry.id)
    assert kept.value.vt_reference == "" and len(kept.entry.versions) == versions
    assert not kept.feedback_received

    done = vault.reports.record_feedback(
        report.entry.id, today(), FollowUpOutcome.SAFE, "Gezin in beeld.", reference=" VT-7 "
    )
    assert done.value.vt_reference == "VT-7" and done.feedback == "Gezin in beeld."
    assert done.entry.versions[-1].change is ChangeKind.VT_REFERENCE_ADDED


def test_feedback_after_the_check_was_withdrawn_plans_a_new_one(backend: Backend) -> None:
    vault = backend.store
    case_id, decision_id = decided(vault, today() - timedelta(days=3))
    report = vault.reports.register(case_id, report_registration(decision_id))
    assert report.feedback_check is not None
    vault.entries.withdraw(report.feedback_check.id, "Per ongeluk ingetrokken")
    assert vault.reports.get(report.entry.id).feedback_check is None
    done = vault.reports.record_feedback(report.entry.id, today(), FollowUpOutcome.SAFE, "Veilig")
    assert done.feedback_received and done.feedback_check is not None
    assert done.feedback_check.id != report.feedback_check.id


def test_what_a_registration_must_hold(backend: Backend) -> None:
    vault = backend.store
    case_id, decision_id = decided(vault, today())
    empty = ReportRegistration(None, None, "", None)
    with pytest.raises(ValidationError) as raised:
        vault.reports.register(case_id, empty)
    assert set(raised.value.field_errors) == {"decision_id", "made_on", "region_id", "channel"}

    later = report_registration(decision_id, made_on=today() + timedelta(days=1))
    other = report_registration(decision_id, channel=ReportChannel.OTHER, phoned_first=None)
    unknown = report_registration(decision_id, region_id="atlantis")
    for value, fields in (
        (later, {"made_on"}),
        (other, {"channel_detail", "phoned_first"}),
        (unknown, {"region_id"}),
    ):
        with pytest.raises(ValidationError) as raised:
            vault.reports.register(case_id, value)
        assert set(raised.value.field_errors) == fields

    by_phone = vault.reports.register(
        case_id,
        report_registration(
            decision_id, channel=ReportChannel.PHONE, phoned_first=False, channel_detail="x"
        ),
    )
    assert by_phone.value.phoned_first is None and by_phone.value.channel_detail == ""


def test_a_melding_carries_out_one_decision_to_report_of_its_own_case(backend: Backend) -> None:
    vault = backend.store
    case_id, decision_id = decided(vault, today())
    _other_case, foreign_decision = decided(vault, today())
    _help_case, help_only = decided(vault, today(), report_to_vt=False)
    for decision_ref in (foreign_decision, help_only, 99_999):
        with pytest.raises(ValidationError) as raised:
            vault.reports.register(case_id, report_registration(decision_ref))
        assert set(raised.value.field_errors) == {"decision_id"}
    vault.reports.register(case_id, report_registration(decision_id))
    with pytest.raises(ValidationError) as raised:
        vault.reports.register(case_id, report_registration(decision_id))
    assert "nieuwe beslissing" in raised.value.field_errors["decision_id"].format()


def test_corrections_and_withdrawal_plan_again_and_guard_the_decision(backend: Backend) -> None:
    vault = backend.store
    decided_on = today() - timedelta(days=30)
    case_id, decision_id = decided(vault, decided_on)
    report = vault.reports.register(
        case_id, report_registration(decision_id, made_on=today() - timedelta(days=20))
    )
    corrected_day = today() - timedelta(days=15)
    corrected = vault.entries.correct(
        report.entry.id,
        report_registration(decision_id, made_on=corrected_day),
        "Datum verkeerd overgenomen",
    )
    assert isinstance(corrected.value, ReportRegistration)
    assert corrected.value.organisation == "Veilig Thuis Utrecht"
    assert due_dates(vault, case_id)[FollowUpCheck.SAFETY_3_MONTHS] == add_months(corrected_day, 3)

    with pytest.raises(DecisionCarriedOut):
        vault.entries.withdraw(decision_id, "Toch niet")
    with pytest.raises(ValidationError) as raised:
        vault.entries.correct(decision_id, decision(decided_on=decided_on, report_to_vt=False), "x")
    assert "report_to_vt" in raised.value.field_errors

    vault.entries.withdraw(report.entry.id, "Niet verstuurd")
    assert vault.reports.for_case(case_id) == []
    assert due_dates(vault, case_id)[FollowUpCheck.SAFETY_3_MONTHS] == add_months(decided_on, 3)
    with pytest.raises(EntryWithdrawn):
        vault.reports.add_reference(report.entry.id, "VT-1")
    vault.entries.withdraw(decision_id, "Nu wel intrekken")
    assert vault.follow_ups.for_case(case_id) == []


def test_new_signals_after_a_melding_lead_to_a_new_registration(vault: Vault) -> None:
    # The vault's own (the jaaroverzicht, its triggers); on the server not yet.

    def moment(days: int) -> datetime:
        return datetime(2024, 5, 1, 10, 0, tzinfo=UTC) + timedelta(days=days)

    with clock_at(moment(0)):
        case_id = case_with_signal(vault)
        vault.entries.add(case_id, consultation(held_on=moment(0).date()))
        vault.entries.add(case_id, conversation(held_on=moment(0).date()))
        vault.assessments.record(case_id, walked())
        first = vault.entries.add(case_id, decision(decided_on=moment(0).date()))
        vault.reports.register(case_id, report_registration(first.id, made_on=moment(0).date()))
    with clock_at(moment(40)):
        vault.signals.add(case_id, signal("Weer een blauwe plek.", moment(40).date()))
    progress = vault.steps.progress(case_id)
    assert progress.radar and progress.round == 2
    with clock_at(moment(41)):
        vault.entries.add(case_id, consultation(held_on=moment(41).date()))
        vault.entries.add(case_id, conversation(held_on=moment(41).date()))
        vault.assessments.record(case_id, walked((("new_signals", "yes"),), start=Entry.FOLLOW_UP))
        second = vault.entries.add(case_id, decision(decided_on=moment(41).date()))
        vault.reports.register(case_id, report_registration(second.id, made_on=moment(41).date()))
    progress = vault.steps.progress(case_id)
    assert not progress.radar and progress.state(Step.DECISION).done_at == moment(41)
    reports = vault.reports.for_case(case_id)
    assert [r.value.decision_id for r in reports] == [first.id, second.id]
    feedback_checks = [
        c for c in vault.follow_ups.for_case(case_id) if c.value.check is FollowUpCheck.VT_FEEDBACK
    ]
    assert sorted(c.value.decision_id for c in feedback_checks) == [first.id, second.id]
    assert vault.annual.reports_per_year() == {2024: 2}


def test_the_decision_a_new_melding_carries_out_is_the_newest_unreported_one(
    vault: Vault,
) -> None:
    case_id = case_with_signal(vault)
    assert vault.reports.decision_to_carry_out(case_id) is None
    helping = vault.entries.add(case_id, decision(report_to_vt=False, client_informed=None))
    assert vault.reports.decision_to_carry_out(case_id) is None
    reporting = vault.entries.add(case_id, decision())
    found = vault.reports.decision_to_carry_out(case_id)
    assert found is not None and found.id == reporting.id != helping.id
    vault.reports.register(case_id, report_registration(reporting.id))
    assert vault.reports.decision_to_carry_out(case_id) is None  # carried out already


def test_the_database_refuses_a_melding_without_its_decision(vault: Vault) -> None:
    # The vault's own trigger, written to by hand.
    case_id, decision_id = decided(vault, today())
    report = vault.reports.register(case_id, report_registration(decision_id))
    with pytest.raises(Exception, match="names its decision"):
        vault.db.execute(
            "INSERT INTO case_entry_versions (entry_id, version, change, payload, recorded_at,"
            " recorded_by) VALUES (?, 2, 'corrected', ?, '2024-01-01T00:00:00+00:00', 1)",
            (report.entry.id, '{"made_on": "2024-01-01", "region_id": "utrecht"}'),
        )


def _write_report_version(
    store: Any, entry_id: int, version: int, payload: str, event_on: str | None, **extra: object
) -> None:
    """A version of a melding written by hand, past the store's rules, as the program role."""
    db, seal = store.db, store.sealer.seal
    with db.transaction():
        version_id = db.next_id("case_entry_versions")
        columns = {
            "id": version_id,
            "entry_id": entry_id,
            "version": version,
            "change": "corrected",
            "change_reason": seal("case_entry_versions", "change_reason", version_id, "x"),
            "payload": seal("case_entry_versions", "payload", version_id, payload),
            "event_on": event_on,
            "recorded_at": "2024-01-01T00:00:00+00:00",
            "recorded_by": store.user.id,
            **extra,
        }
        db.execute(
            f"INSERT INTO case_entry_versions ({', '.join(columns)})"
            f" VALUES ({', '.join('?' * len(columns))})",
            list(columns.values()),
        )


def test_the_database_refuses_a_melding_without_its_decision_on_both(backend: Backend) -> None:
    # The server reads the decision and the day beside the sealed payload; the vault in it. A
    # refusal is a defect of the program, let through by both as their integrity error (the
    # crash path), never turned into a message of the program's own.
    store = backend.store
    case_id, decision_id = decided(store, today())
    report = store.reports.register(case_id, report_registration(decision_id))
    refused = (dbapi2.IntegrityError, psycopg.IntegrityError)
    on_server = backend.kind == "server"
    without_decision = json.dumps({"made_on": "2024-01-01", "region_id": "utrecht"})
    with pytest.raises(refused, match="names its decision") as caught:
        _write_report_version(store, report.entry.id, 2, without_decision, "2024-01-01")
    assert not isinstance(caught.value, MeldcodeError)
    complete = json.dumps(to_payload(replace(report.value, made_on=date(2024, 1, 1))))
    with pytest.raises(refused, match="names its decision"):  # no day
        _write_report_version(
            store,
            report.entry.id,
            2,
            json.dumps({"decision_id": decision_id, "region_id": "utrecht"}),
            None,
            **({"decision_id": decision_id} if on_server else {}),
        )
    if on_server:
        # A decision of another case, or an entry that is no decision, is no decision of this
        # melding either.
        _, elsewhere = decided(store, today())
        for wrong in (elsewhere, report.entry.id):
            with pytest.raises(refused, match="names its decision"):
                _write_report_version(
                    store, report.entry.id, 2, complete, "2024-01-01", decision_id=wrong
                )
    _write_report_version(
        store,
        report.entry.id,
        2,
        complete,
        "2024-01-01",
        **({"decision_id": decision_id} if on_server else {}),
    )
    assert store.reports.get(report.entry.id).value.made_on == date(2024, 1, 1)


def test_planned_checks_refer_to_the_decision_the_melding_carries_out(backend: Backend) -> None:
    vault = backend.store
    case_id, decision_id = decided(vault, today())
    vault.reports.register(case_id, report_registration(decision_id))
    entries = vault.entries.for_case(case_id, EntryKind.FOLLOW_UP)
    assert entries and all(
        isinstance(e.value, FollowUp) and e.value.decision_id == decision_id for e in entries
    )
    assert vault.reports.for_decision(decision_id) is not None
