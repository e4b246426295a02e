"""Meldingen registered in the case: made when, to which Veilig Thuis, how; later VT's
dossiernummer and its feedback.

A registration is a step entry of kind REPORT (see `ReportRegistration`): corrected and
withdrawn like every entry, with who and when. It carries out one decision to report, and the
follow-up checks that decision planned are planned again from the day of the melding (see
`app.store.entries`). VT's feedback is the result of the decision's VT-feedback check:
recording it here completes that check, so the feedback is kept in one place and Vandaag
stops waiting for it. New signals after a melding (the VT radar) lead to a new round, a new
decision and a new registration; an earlier registration is never reused.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from app.domain.entries import Decision, Entry, FollowUp, ReportRegistration
from app.domain.enums import ChangeKind, FollowUpCheck, FollowUpOutcome
from app.domain.follow_up import suggested_due_date
from app.domain.validation import NAME_MAX, FieldErrors, msg, required_text
from app.errors import CheckAlreadyDone, EntryWithdrawn
from app.i18n import QT_TRANSLATE_NOOP
from app.store.base import Session
from app.store.entries import EntryStore
from app.store.follow_ups import FollowUpStore
from app.timeutil import now_iso


@dataclass(frozen=True)
class RegisteredReport:
    """A registration with the check that holds VT's feedback (None if it has none)."""

    entry: Entry[ReportRegistration]
    feedback_check: Entry[FollowUp] | None

    @property
    def value(self) -> ReportRegistration:
        return self.entry.value

    @property
    def feedback_received(self) -> bool:
        return self.feedback_check is not None and self.feedback_check.value.is_done

    @property
    def feedback_on(self) -> date | None:
        return self.feedback_check.value.done_on if self.feedback_check else None

    @property
    def feedback(self) -> str:
        return self.feedback_check.value.findings if self.feedback_check else ""


class ReportStore:
    def __init__(self, session: Session, entries: EntryStore, follow_ups: FollowUpStore) -> None:
        self._s = session
        self._entries = entries
        self._follow_ups = follow_ups

    def register(self, case_id: int, value: ReportRegistration) -> RegisteredReport:
        """Register a melding; the decision's checks are planned again from its date."""
        return self._with_feedback(self._entries.add(case_id, value))

    def add_reference(self, entry_id: int, reference: str) -> RegisteredReport:
        """VT's dossiernummer, when VT gives it; a wrong one is put right with a correction."""
        errors = FieldErrors()
        cleaned = required_text(
            errors,
            "vt_reference",
            reference,
            QT_TRANSLATE_NOOP("validation", "Vul het dossiernummer van Veilig Thuis in."),
            NAME_MAX,
        )
        errors.raise_if_any()
        with self._s.db.transaction():
            entry = self._open_report(entry_id)
            if entry.value.vt_reference == cleaned:
                return self._with_feedback(entry)
            self._entries.append_version(
                entry,
                replace(entry.value, vt_reference=cleaned),
                ChangeKind.VT_REFERENCE_ADDED,
                None,
                now_iso(),
            )
        return self.get(entry_id)

    def record_feedback(
        self,
        entry_id: int,
        received_on: date | None,
        outcome: FollowUpOutcome | None,
        feedback: str,
        *,
        reference: str | None = None,
    ) -> RegisteredReport:
        """VT's feedback after its safety assessment: completes the VT-feedback check. With
        `reference`, VT's dossiernummer is added in the same transaction: both or neither.

        Faults are reported all at once, at the check's fields (done_on, outcome, findings)
        and at vt_reference.
        """
        errors = FieldErrors()
        with self._s.db.transaction():
            if reference is not None:
                errors.collect(self.add_reference, entry_id, reference)
            report = self._open_report(entry_id)
            made_on = report.value.made_on
            if received_on is not None and made_on is not None and received_on < made_on:
                errors.add(
                    "done_on",
                    msg(
                        QT_TRANSLATE_NOOP(
                            "validation",
                            "De terugkoppeling kan niet van vóór de melding zijn.",
                        )
                    ),
                )
            check = self._feedback_check(report)
            if check is None:
                assert report.value.decision_id is not None and made_on is not None
                check = self._entries.add(
                    report.case_id,
                    FollowUp(
                        FollowUpCheck.VT_FEEDBACK,
                        suggested_due_date(FollowUpCheck.VT_FEEDBACK, made_on),
                        report.value.decision_id,
                    ),
                )
            elif check.value.is_done:
                raise CheckAlreadyDone()
            errors.collect(self._follow_ups.record_result, check.id, received_on, outcome, feedback)
            errors.raise_if_any()  # inside the transaction: nothing of it is kept
        return self.get(entry_id)

    def get(self, entry_id: int) -> RegisteredReport:
        return self._with_feedback(self._entries.get_as(entry_id, ReportRegistration))

    def for_case(self, case_id: int) -> list[RegisteredReport]:
        """The case's meldingen that count, in the order they were registered."""
        return [self._with_feedback(e) for e in self._entries.of_kind(case_id, ReportRegistration)]

    def for_decision(self, decision_id: int) -> RegisteredReport | None:
        decision = self._entries.get_as(decision_id, Decision)
        report = self._entries.report_for_decision(decision)
        return None if report is None else self._with_feedback(report)

    def decision_to_carry_out(self, case_id: int) -> Entry[Decision] | None:
        """The decision a melding made now carries out: the case's newest decision, when it
        is to report to Veilig Thuis and no melding is registered for it yet (else None: a
        new melding needs a new decision first)."""
        decisions = self._entries.of_kind(case_id, Decision)
        if not decisions:
            return None
        newest = decisions[-1]
        if not newest.value.report_to_vt or self._entries.report_for_decision(newest):
            return None
        return newest

    def _open_report(self, entry_id: int) -> Entry[ReportRegistration]:
        entry = self._entries.get_as(entry_id, ReportRegistration)
        if entry.withdrawn:
            raise EntryWithdrawn()
        return entry

    def _feedback_check(self, report: Entry[ReportRegistration]) -> Entry[FollowUp] | None:
        """The decision's VT-feedback check that still counts (the newest, if ever several)."""
        checks = [
            c
            for c in self._follow_ups.for_case(report.case_id)
            if c.value.check == FollowUpCheck.VT_FEEDBACK
            and c.value.decision_id == report.value.decision_id
        ]
        return max(checks, key=lambda c: c.id) if checks else None

    def _with_feedback(self, entry: Entry[ReportRegistration]) -> RegisteredReport:
        return RegisteredReport(entry, None if entry.withdrawn else self._feedback_check(entry))
