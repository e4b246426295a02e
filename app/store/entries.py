"""Step entries: one versioned store for every kind (kindcheck, consultation, conversation,
skipped step, weging, decision, follow-up check, melding).

An entry is never overwritten or deleted. A correction, a new date, a result or a withdrawal
adds a version with who, when, what kind of change and (where the user gives one) the reason;
the schema's triggers refuse any UPDATE or DELETE. Every write is one transaction with its
audit row. A decision plans its follow-up checks in the same transaction, and a corrected or
withdrawn decision lets the checks it no longer asks for lapse. The melding that carries out
a decision plans them again from its own date (VT's feedback and the safety checks count from
the day VT was told), unless the user moved a date by hand.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import replace
from typing import Any, TypeVar, cast

from app.domain.entries import (
    KIND_OF,
    VALUE_TYPES,
    Consultation,
    Decision,
    Entry,
    EntryValue,
    EntryVersion,
    FollowUp,
    ReportRegistration,
    kind_of,
    main_date,
)
from app.domain.entry_validation import validate_entry, validate_reason
from app.domain.enums import ChangeKind, EntryKind, FollowUpCheck
from app.domain.follow_up import checks_after, suggested_due_date
from app.domain.payload import from_payload, to_payload
from app.domain.validation import FieldErrors, msg
from app.domain.weighing import RecordedAssessment, stored_assessment
from app.errors import (
    AssessmentNotCorrectable,
    DecisionCarriedOut,
    EntryWithdrawn,
    RecordNotFound,
    ValidationError,
)
from app.export.veilig_thuis import VeiligThuisList, load_default
from app.i18n import QT_TRANSLATE_NOOP
from app.store.backend import Sealer, opened
from app.store.base import Session, parse_moment, touch_case
from app.timeutil import now_iso
from app.vault.audit import AuditEvent

V = TypeVar("V", bound=EntryValue)

_SELECT = (
    "SELECT e.id, e.case_id, e.kind, e.created_at, e.created_by, v.version, v.change,"
    " v.change_reason, v.payload, v.recorded_at, v.recorded_by, u.display_name, v.id"
    " FROM case_entries e JOIN case_entry_versions v ON v.entry_id = e.id"
    " JOIN users u ON u.id = v.recorded_by"
)
_EVENTS = {
    ChangeKind.CREATED: AuditEvent.CREATE,
    ChangeKind.CORRECTED: AuditEvent.CORRECT,
    ChangeKind.WITHDRAWN: AuditEvent.WITHDRAW,
}
# Checks a decision plans by itself; a hand-planned check (OTHER) never lapses.
_PLANNED_CHECKS = frozenset(
    {FollowUpCheck.VT_FEEDBACK, FollowUpCheck.SAFETY_3_MONTHS, FollowUpCheck.SAFETY_12_MONTHS}
)


def _value(kind: EntryKind, payload: str) -> EntryValue:
    if kind is EntryKind.ASSESSMENT:
        # A damaged weging is refused in Dutch, never read with decisions it did not reach.
        return stored_assessment(payload)
    return from_payload(VALUE_TYPES[kind], json.loads(payload))


def entry_payload(sealer: Sealer, version_id: int, stored: object) -> str:
    """An entry version's payload (JSON) as written: sealed on the server, bound to its row."""
    return opened(sealer, "case_entry_versions", "payload", version_id, stored)


def entries_from_rows(rows: Iterable[Any], sealer: Sealer) -> list[Entry[EntryValue]]:
    """Rows of `_SELECT`, ordered by entry then version, folded into entries."""
    grouped: dict[int, tuple[Any, list[EntryVersion[EntryValue]]]] = {}
    for row in rows:
        first, versions = grouped.setdefault(int(row[0]), (row, []))
        recorded_at = parse_moment(row[9])
        assert recorded_at is not None
        version_id, recorded_by = int(row[12]), int(row[10])
        versions.append(
            EntryVersion(
                version=int(row[5]),
                value=_value(EntryKind(first[2]), entry_payload(sealer, version_id, row[8])),
                change=ChangeKind(row[6]),
                change_reason=sealer.open(
                    "case_entry_versions", "change_reason", version_id, row[7]
                ),
                recorded_at=recorded_at,
                recorded_by=recorded_by,
                recorded_by_name=opened(sealer, "users", "display_name", recorded_by, row[11]),
            )
        )
    entries = []
    for first, versions in grouped.values():
        created = parse_moment(first[3])
        assert created is not None
        entries.append(
            Entry(
                id=int(first[0]),
                case_id=int(first[1]),
                kind=EntryKind(first[2]),
                created_at=created,
                created_by=int(first[4]),
                versions=tuple(versions),
            )
        )
    return entries


class EntryStore:
    def __init__(self, session: Session) -> None:
        self._s = session

    # -- writing -------------------------------------------------------------------------

    def add(self, case_id: int, value: V) -> Entry[V]:
        self._s.access.require_case(case_id)
        clean = validate_entry(value)
        at = now_iso()
        with self._s.db.transaction():
            if self._s.db.scalar("SELECT 1 FROM cases WHERE id = ?", (case_id,)) is None:
                raise RecordNotFound()
            clean = self._resolve_references(case_id, clean, None)
            entry_id = self._create(case_id, clean, at)
            self._after_change(self.get(entry_id), None)
        return cast(Entry[V], self.get(entry_id))

    def correct(self, entry_id: int, value: V, reason: str) -> Entry[V]:
        """A new version with corrected content; the earlier versions stay as they were."""
        self._s.access.require_case_of("case_entries", entry_id)
        errors = FieldErrors()
        clean = errors.collect(validate_entry, value)
        cleaned_reason = errors.collect(
            validate_reason,
            reason,
            QT_TRANSLATE_NOOP("validation", "Geef aan waarom u dit corrigeert."),
        )
        errors.raise_if_any()
        assert clean is not None and cleaned_reason is not None
        at = now_iso()
        with self._s.db.transaction():
            entry = self._writable(entry_id)
            if kind_of(clean) != entry.kind:
                raise TypeError("a correction keeps the kind of its entry")
            if isinstance(clean, RecordedAssessment):
                raise AssessmentNotCorrectable()
            clean = self._resolve_references(entry.case_id, clean, entry)
            if clean == entry.value:
                raise ValidationError(
                    {
                        "change_reason": msg(
                            QT_TRANSLATE_NOOP("validation", "De correctie verandert niets.")
                        )
                    }
                )
            self.append_version(entry, clean, ChangeKind.CORRECTED, cleaned_reason, at)
            self._after_change(self.get(entry_id), entry.value)
        return cast(Entry[V], self.get(entry_id))

    def withdraw(self, entry_id: int, reason: str) -> Entry[EntryValue]:
        """Take an entry back (recorded by mistake, wrong case); it stays in the history."""
        self._s.access.require_case_of("case_entries", entry_id)
        cleaned = validate_reason(
            reason, QT_TRANSLATE_NOOP("validation", "Geef aan waarom u dit intrekt.")
        )
        at = now_iso()
        with self._s.db.transaction():
            entry = self._writable(entry_id)
            if isinstance(entry.value, Decision) and self.report_for_decision(entry) is not None:
                raise DecisionCarriedOut()
            self.append_version(entry, entry.value, ChangeKind.WITHDRAWN, cleaned, at)
            self._after_change(self.get(entry_id), entry.value)
        return self.get(entry_id)

    def _after_change(self, entry: Entry[EntryValue], before: EntryValue | None) -> None:
        """Keep the planned checks in line with a decision or melding just written."""
        if isinstance(entry.value, Decision):
            self._plan_checks(entry)
        elif isinstance(entry.value, ReportRegistration):
            decision_ids = {entry.value.decision_id}
            if isinstance(before, ReportRegistration):
                decision_ids.add(before.decision_id)
            for decision_id in sorted(d for d in decision_ids if d is not None):
                self._plan_checks(self.get(decision_id))

    def _create(self, case_id: int, value: EntryValue, at: str) -> int:
        entry_id = self._s.db.insert(
            "INSERT INTO case_entries (case_id, kind, created_at, created_by) VALUES (?, ?, ?, ?)",
            (case_id, kind_of(value).value, at, self._s.user.id),
        )
        self._insert_version(case_id, entry_id, 1, value, ChangeKind.CREATED, None, at)
        return entry_id

    def append_version(
        self,
        entry: Entry[Any],
        value: EntryValue,
        change: ChangeKind,
        reason: str | None,
        at: str,
    ) -> None:
        """The entry's next version and its audit row; the caller holds the transaction."""
        version = entry.current.version + 1
        self._insert_version(entry.case_id, entry.id, version, value, change, reason, at)

    def _insert_version(
        self,
        case_id: int,
        entry_id: int,
        version: int,
        value: EntryValue,
        change: ChangeKind,
        reason: str | None,
        at: str,
    ) -> None:
        version_id = self._s.db.next_id("case_entry_versions")
        seal = self._s.sealer.seal
        payload = json.dumps(to_payload(value), ensure_ascii=False)
        # The day of the step, in the clear on both stores (no more than the server may see):
        # the year's and the period's registrations are read by it without opening payloads.
        day = main_date(value)
        columns = (
            "id, entry_id, version, change, change_reason, payload, event_on, recorded_at,"
            " recorded_by"
        )
        params: list[object] = [
            version_id,
            entry_id,
            version,
            change.value,
            seal("case_entry_versions", "change_reason", version_id, reason),
            seal("case_entry_versions", "payload", version_id, payload),
            day.isoformat() if day is not None else None,
            at,
            self._s.user.id,
        ]
        if self._s.db.dialect.decision_column:
            columns += ", decision_id"
            params.append(value.decision_id if isinstance(value, ReportRegistration) else None)
        self._s.db.execute(
            f"INSERT INTO case_entry_versions ({columns}) VALUES ({', '.join('?' * len(params))})",
            params,
        )
        touch_case(self._s, case_id, at)
        event = _EVENTS.get(change, AuditEvent.UPDATE)
        self._s.audit.append(
            event,
            user_id=self._s.user.id,
            case_id=case_id,
            object_type="entry",
            object_id=entry_id,
            detail=f"kind={kind_of(value).value};change={change.value};version={version}",
        )

    # -- reading -------------------------------------------------------------------------

    def get(self, entry_id: int) -> Entry[EntryValue]:
        self._s.access.require_case_of("case_entries", entry_id)
        found = entries_from_rows(
            self._s.db.execute(f"{_SELECT} WHERE e.id = ? ORDER BY v.version", (entry_id,)),
            self._s.sealer,
        )
        if not found:
            raise RecordNotFound()
        return found[0]

    def get_as(self, entry_id: int, cls: type[V]) -> Entry[V]:
        """The entry, known to hold a value of `cls` (a RecordNotFound otherwise)."""
        entry = self.get(entry_id)
        if not isinstance(entry.value, cls):
            raise RecordNotFound()
        return cast(Entry[V], entry)

    def for_case(
        self, case_id: int, kind: EntryKind | None = None, *, include_withdrawn: bool = False
    ) -> list[Entry[EntryValue]]:
        """The case's entries in the order they were recorded."""
        self._s.access.require_case(case_id)
        sql = f"{_SELECT} WHERE e.case_id = ?"
        params: list[object] = [case_id]
        if kind is not None:
            sql += " AND e.kind = ?"
            params.append(kind.value)
        entries = entries_from_rows(
            self._s.db.execute(f"{sql} ORDER BY e.id, v.version", params), self._s.sealer
        )
        return [e for e in entries if include_withdrawn or not e.withdrawn]

    def of_kind(
        self, case_id: int, cls: type[V], *, include_withdrawn: bool = False
    ) -> list[Entry[V]]:
        """The case's entries of the kind that holds `cls`, typed as such, in recorded order."""
        found = self.for_case(
            case_id, KIND_OF[cast(type[EntryValue], cls)], include_withdrawn=include_withdrawn
        )
        return [cast(Entry[V], e) for e in found]

    # -- rules ---------------------------------------------------------------------------

    def _writable(self, entry_id: int) -> Entry[EntryValue]:
        entry = self.get(entry_id)
        if entry.withdrawn:
            raise EntryWithdrawn()
        return entry

    def _resolve_references(
        self, case_id: int, value: EntryValue, entry: Entry[EntryValue] | None
    ) -> EntryValue:
        """Check what a value refers to in the vault; fill in what the vault decides.

        `entry` is the entry being corrected, or None for a new one.
        """
        if isinstance(value, Consultation) and value.contact_id is not None:
            found = self._s.db.scalar("SELECT 1 FROM contacts WHERE id = ?", (value.contact_id,))
            if found is None:
                raise ValidationError(
                    {
                        "contact_id": msg(
                            QT_TRANSLATE_NOOP(
                                "validation", "Deze contactpersoon staat niet (meer) in de lijst."
                            )
                        )
                    }
                )
        if isinstance(value, Decision):
            self._check_decision(case_id, value, entry)
        if isinstance(value, ReportRegistration):
            return self._resolve_report(case_id, value, entry)
        return value

    def _check_decision(
        self, case_id: int, value: Decision, entry: Entry[EntryValue] | None
    ) -> None:
        errors = FieldErrors()
        if value.assessment_id is not None:
            weging = self._active_in_case(value.assessment_id, case_id, RecordedAssessment)
            if weging is None:
                errors.add(
                    "assessment_id",
                    msg(
                        QT_TRANSLATE_NOOP(
                            "validation", "Deze weging hoort niet (meer) bij deze casus."
                        )
                    ),
                )
        if entry is not None and not value.report_to_vt and self.report_for_decision(entry):
            errors.add(
                "report_to_vt",
                msg(
                    QT_TRANSLATE_NOOP(
                        "validation",
                        "Bij deze beslissing is al een melding geregistreerd. Trek eerst de "
                        "melding in als er niet gemeld is.",
                    )
                ),
            )
        errors.raise_if_any()

    def _resolve_report(
        self, case_id: int, value: ReportRegistration, entry: Entry[EntryValue] | None
    ) -> ReportRegistration:
        errors = FieldErrors()
        assert value.decision_id is not None  # validation requires it
        decision = self._active_in_case(value.decision_id, case_id, Decision)
        if decision is None or not decision.value.report_to_vt:
            errors.add(
                "decision_id",
                msg(
                    QT_TRANSLATE_NOOP(
                        "validation",
                        "Kies een beslissing om te melden uit deze casus; de melding voert die "
                        "beslissing uit.",
                    )
                ),
            )
        else:
            other = self.report_for_decision(decision)
            if other is not None and (entry is None or other.id != entry.id):
                errors.add(
                    "decision_id",
                    msg(
                        QT_TRANSLATE_NOOP(
                            "validation",
                            "Bij deze beslissing is al een melding geregistreerd. Zijn er nieuwe "
                            "signalen, leg dan eerst een nieuwe beslissing vast.",
                        )
                    ),
                )
        organisation = _organisation(value, entry, load_default())
        if organisation is None:
            errors.add(
                "region_id",
                msg(
                    QT_TRANSLATE_NOOP(
                        "validation", "Deze regio staat niet in de lijst van Veilig Thuis."
                    )
                ),
            )
        errors.raise_if_any()
        assert organisation is not None
        return replace(value, organisation=organisation)

    def _active_in_case(self, entry_id: int, case_id: int, cls: type[V]) -> Entry[V] | None:
        try:
            found = self.get_as(entry_id, cls)
        except RecordNotFound:
            return None
        return None if found.withdrawn or found.case_id != case_id else found

    def report_for_decision(self, decision: Entry[Any]) -> Entry[ReportRegistration] | None:
        """The registered melding that carries out this decision, if any."""
        for report in self.of_kind(decision.case_id, ReportRegistration):
            if report.value.decision_id == decision.id:
                return report
        return None

    def _plan_checks(self, decision: Entry[EntryValue]) -> None:
        """Bring the decision's planned checks in line with what the decision now asks for.

        The checks count from the day of the melding once it is registered, else from the
        decision; a check the user moved or completed keeps its date.
        """
        value = decision.value
        assert isinstance(value, Decision) and value.decided_on is not None
        wanted = [] if decision.withdrawn else checks_after(value)
        report = None if decision.withdrawn else self.report_for_decision(decision)
        start = value.decided_on
        if report is not None and report.value.made_on is not None:
            start = report.value.made_on
        at = now_iso()
        planned = [
            e
            for e in self.of_kind(decision.case_id, FollowUp)
            if e.value.decision_id == decision.id
        ]
        for entry in planned:
            check = entry.value
            if check.check not in _PLANNED_CHECKS or check.is_done:
                continue
            if check.check not in wanted:
                self.append_version(entry, check, ChangeKind.LAPSED, None, at)
                continue
            due_on = suggested_due_date(check.check, start)
            moved_by_hand = any(v.change is ChangeKind.RESCHEDULED for v in entry.versions)
            if due_on != check.due_on and not moved_by_hand:
                self.append_version(
                    entry, replace(check, due_on=due_on), ChangeKind.REPLANNED, None, at
                )
        present = {e.value.check for e in planned}
        for check_kind in wanted:
            if check_kind in present:
                continue
            due_on = suggested_due_date(check_kind, start)
            self._create(decision.case_id, FollowUp(check_kind, due_on, decision.id), at)


def _organisation(
    value: ReportRegistration, entry: Entry[EntryValue] | None, listing: VeiligThuisList
) -> str | None:
    """The name of the organisation that received the melding, as it was called that day.

    A correction that keeps the region keeps the name recorded at the time, even when the
    region has merged since.
    """
    before = None if entry is None else entry.value
    if isinstance(before, ReportRegistration) and before.region_id == value.region_id:
        return before.organisation
    try:
        return listing.organisation_for_region(value.region_id).organisation
    except KeyError:
        return None
