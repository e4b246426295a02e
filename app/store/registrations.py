"""The registratielijst: the adviesvragen and meldingen to Veilig Thuis of a period, one a row.

What a practice manager shows an inspector besides the yearly counts: when, what kind, to which
Veilig Thuis organisation, by which channel, in which case (its number), by which professional,
VT's own reference and whether VT's feedback came. No client name, case title, signal or
advice text comes out of here; the free texts of an entry (what was advised, the channel's
description under "other", who at VT was spoken to) are left out on purpose.
"""

from __future__ import annotations

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
from app.store.annual import active_entries
from app.store.backend import opened
from app.store.base import Session

_ADVICE_REQUEST_KINDS = frozenset(kind.value for kind in ADVICE_REQUEST_KINDS)


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
        names = self._names()
        low, high = first.isoformat(), last.isoformat()
        found = []
        for entry in active_entries(self._s, EntryKind.CONSULTATION, first=first, last=last):
            held_on, kind = entry.payload.get("held_on"), entry.payload.get("consultee_kind")
            if kind not in _ADVICE_REQUEST_KINDS or not held_on or not low <= held_on <= high:
                continue
            found.append(
                Registration(
                    day=date.fromisoformat(held_on),
                    kind=RegistrationKind.ADVICE_REQUEST,
                    organisation=ConsulteeKind(kind).label,
                    channel=None,
                    case_id=entry.case_id,
                    professional=names.get(entry.created_by, ""),
                    vt_reference="",
                    feedback_received=None,
                )
            )
        return found

    def _reports(self, first: date, last: date) -> list[Registration]:
        low, high = first.isoformat(), last.isoformat()
        reports = [
            entry
            for entry in active_entries(self._s, EntryKind.REPORT, first=first, last=last)
            if entry.payload.get("made_on") and low <= entry.payload["made_on"] <= high
        ]
        if not reports:
            return []
        names = self._names()
        # VT's feedback came when a VT-feedback check of the same case and decision is done.
        cases = {entry.case_id for entry in reports}
        fed_back = {
            (entry.case_id, entry.payload.get("decision_id"))
            for entry in active_entries(self._s, EntryKind.FOLLOW_UP, case_ids=cases)
            if entry.payload.get("check") == FollowUpCheck.VT_FEEDBACK.value
            and entry.payload.get("done_on") is not None
        }
        found = []
        for entry in reports:
            p = entry.payload
            channel = p.get("channel")
            found.append(
                Registration(
                    day=date.fromisoformat(p["made_on"]),
                    kind=RegistrationKind.REPORT,
                    organisation=p.get("organisation") or p.get("region_id") or "",
                    channel=ReportChannel(channel) if channel else None,
                    case_id=entry.case_id,
                    professional=names.get(entry.created_by, ""),
                    vt_reference=p.get("vt_reference") or "",
                    feedback_received=(entry.case_id, p.get("decision_id")) in fed_back,
                )
            )
        return found

    def _names(self) -> dict[int, str]:
        """Every user's display name, opened (sealed on the practice server)."""
        sealer = self._s.sealer
        return {
            int(user_id): opened(sealer, "users", "display_name", int(user_id), stored)
            for user_id, stored in self._s.db.execute("SELECT id, display_name FROM users")
        }
