"""The registratielijst: the adviesvragen and meldingen to Veilig Thuis of a period, one a row.

What a practice manager shows an inspector besides the yearly counts: when, what kind, to which
Veilig Thuis organisation, by which channel, in which case (its number), by which professional,
VT's own reference and whether VT's feedback came. No client name, case title, signal or
advice text comes out of here; the free texts of an entry (what was advised, the channel's
description under "other", who at VT was spoken to) are left out on purpose.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from app.domain.enums import (
    ADVICE_REQUEST_KINDS,
    ConsulteeKind,
    EntryKind,
    FollowUpCheck,
    ReportChannel,
)
from app.i18n import QT_TRANSLATE_NOOP
from app.store.base import Session

_ADVICE_REQUEST_KINDS = json.dumps(sorted(kind.value for kind in ADVICE_REQUEST_KINDS))


class RegistrationKind(StrEnum):
    ADVICE_REQUEST = "advice_request"
    REPORT = "report"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]


_KIND_LABELS = {
    RegistrationKind.ADVICE_REQUEST: QT_TRANSLATE_NOOP("labels", "Adviesvraag"),
    RegistrationKind.REPORT: QT_TRANSLATE_NOOP("labels", "Melding"),
}


@dataclass(frozen=True)
class Registration:
    day: date
    kind: RegistrationKind
    organisation: str  # the Veilig Thuis organisation; for an adviesvraag, whom it went to
    channel: ReportChannel | None  # a melding's channel; an adviesvraag records none
    case_id: int
    professional: str  # who recorded it
    vt_reference: str  # VT's dossiernummer of a melding, "" while VT has given none
    feedback_received: bool | None  # a melding's VT feedback; None for an adviesvraag


class RegistrationList:
    def __init__(self, session: Session) -> None:
        self._s = session

    def between(self, first: date, last: date) -> list[Registration]:
        """Every active adviesvraag and melding dated from `first` to `last`, both included,
        oldest first (then by case number)."""
        rows = [*self._advice_requests(first, last), *self._reports(first, last)]
        return sorted(rows, key=lambda r: (r.day, r.case_id, r.kind.value))

    def _advice_requests(self, first: date, last: date) -> list[Registration]:
        rows = self._s.db.execute(
            "SELECT e.case_id, json_extract(e.payload, '$.held_on'),"
            " json_extract(e.payload, '$.consultee_kind'), u.display_name"
            " FROM current_entries e JOIN users u ON u.id = e.created_by"
            " WHERE e.active AND e.kind = ?"
            " AND json_extract(e.payload, '$.consultee_kind') IN (SELECT value FROM json_each(?))"
            " AND json_extract(e.payload, '$.held_on') BETWEEN ? AND ?",
            [
                EntryKind.CONSULTATION.value,
                _ADVICE_REQUEST_KINDS,
                first.isoformat(),
                last.isoformat(),
            ],
        )
        return [
            Registration(
                day=date.fromisoformat(held_on),
                kind=RegistrationKind.ADVICE_REQUEST,
                organisation=ConsulteeKind(kind).label,
                channel=None,
                case_id=case_id,
                professional=name,
                vt_reference="",
                feedback_received=None,
            )
            for case_id, held_on, kind, name in rows
        ]

    def _reports(self, first: date, last: date) -> list[Registration]:
        rows = self._s.db.execute(
            "SELECT e.case_id, json_extract(e.payload, '$.made_on'),"
            " json_extract(e.payload, '$.organisation'), json_extract(e.payload, '$.region_id'),"
            " json_extract(e.payload, '$.channel'), json_extract(e.payload, '$.vt_reference'),"
            " u.display_name,"
            " EXISTS (SELECT 1 FROM current_entries f WHERE f.active AND f.kind = ?"
            "  AND f.case_id = e.case_id"
            "  AND json_extract(f.payload, '$.check') = ?"
            "  AND json_extract(f.payload, '$.decision_id')"
            "   IS json_extract(e.payload, '$.decision_id')"
            "  AND json_extract(f.payload, '$.done_on') IS NOT NULL)"
            " FROM current_entries e JOIN users u ON u.id = e.created_by"
            " WHERE e.active AND e.kind = ?"
            " AND json_extract(e.payload, '$.made_on') BETWEEN ? AND ?",
            [
                EntryKind.FOLLOW_UP.value,
                FollowUpCheck.VT_FEEDBACK.value,
                EntryKind.REPORT.value,
                first.isoformat(),
                last.isoformat(),
            ],
        )
        return [
            Registration(
                day=date.fromisoformat(made_on),
                kind=RegistrationKind.REPORT,
                organisation=organisation or region_id or "",
                channel=ReportChannel(channel) if channel else None,
                case_id=case_id,
                professional=name,
                vt_reference=reference or "",
                feedback_received=bool(feedback),
            )
            for (
                case_id,
                made_on,
                organisation,
                region_id,
                channel,
                reference,
                name,
                feedback,
            ) in rows
        ]
