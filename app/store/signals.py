"""Signals: dated facts, each kept in every version it has had.

A signal is never overwritten. A correction adds a version with its reason; the history stays
visible and the triggers of the schema refuse any UPDATE or DELETE of a version.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from app.domain.enums import SignalSource, ViolenceForm
from app.domain.models import Signal, SignalDraft, SignalVersion
from app.domain.validation import (
    FieldErrors,
    msg,
    validate_correction_reason,
    validate_signal,
)
from app.errors import RecordNotFound
from app.i18n import QT_TRANSLATE_NOOP
from app.store.backend import Sealer, opened, signal_search_text
from app.store.base import Session, parse_date, parse_moment, parse_time, touch_case
from app.timeutil import now_iso
from app.vault.audit import AuditEvent

_SELECT = (
    "SELECT s.id, s.case_id, s.created_at, s.created_by, v.version, v.observed_on,"
    " v.observed_time, v.observed_by, v.source, v.form, v.facts, v.interpretation,"
    " v.recorded_at, v.recorded_by, u.display_name, v.correction_reason, v.signs, v.id"
    " FROM signals s JOIN signal_versions v ON v.signal_id = s.id"
    " JOIN users u ON u.id = v.recorded_by"
)


# The columns of a version that describe what was seen: sealed on the practice server.
SEALED_COLUMNS = (
    "observed_time",
    "observed_by",
    "source",
    "form",
    "facts",
    "interpretation",
    "correction_reason",
    "signs",
)


def _version(row: Any, sealer: Sealer) -> SignalVersion:
    observed_on, recorded_at = parse_date(row[5]), parse_moment(row[12])
    assert observed_on is not None and recorded_at is not None
    version_id = int(row[17])

    def text(column: str, stored: object) -> str | None:
        return sealer.open("signal_versions", column, version_id, stored)

    recorded_by = int(row[13])
    return SignalVersion(
        version=int(row[4]),
        observed_on=observed_on,
        observed_time=parse_time(text("observed_time", row[6])),
        observed_by=text("observed_by", row[7]) or "",
        source=SignalSource(str(text("source", row[8]))),
        form=ViolenceForm(str(text("form", row[9]))),
        facts=text("facts", row[10]) or "",
        interpretation=text("interpretation", row[11]) or "",
        recorded_at=recorded_at,
        recorded_by=recorded_by,
        recorded_by_name=opened(sealer, "users", "display_name", recorded_by, row[14]),
        correction_reason=text("correction_reason", row[15]),
        signs=tuple(json.loads(text("signs", row[16]) or "[]")),
    )


def _signals(rows: Iterable[Any], sealer: Sealer) -> list[Signal]:
    """Rows ordered by signal then version, folded into signals."""
    grouped: dict[int, tuple[Any, list[SignalVersion]]] = {}
    for row in rows:
        entry = grouped.setdefault(int(row[0]), (row, []))
        entry[1].append(_version(row, sealer))
    signals = []
    for first, versions in grouped.values():
        created = parse_moment(first[2])
        assert created is not None
        signals.append(
            Signal(int(first[0]), int(first[1]), created, int(first[3]), tuple(versions))
        )
    return signals


def _same_content(draft: SignalDraft, current: SignalVersion) -> bool:
    return (
        draft.observed_on == current.observed_on
        and draft.observed_time == current.observed_time
        and draft.observed_by == current.observed_by
        and draft.source == current.source.value
        and draft.form == current.form.value
        and draft.facts == current.facts
        and draft.interpretation == current.interpretation
        and draft.signs == current.signs
    )


class SignalStore:
    def __init__(self, session: Session) -> None:
        self._s = session

    def add(self, case_id: int, draft: SignalDraft) -> Signal:
        self._s.access.require_case(case_id)
        clean = validate_signal(draft)
        at = now_iso()
        user = self._s.user.id
        with self._s.db.transaction():
            signal_id = self._s.db.insert(
                "INSERT INTO signals (id, case_id, created_at, created_by) VALUES (?, ?, ?, ?)",
                (self._s.db.next_id("signals"), case_id, at, user),
            )
            self._insert_version(signal_id, case_id, 1, clean, at, None)
            touch_case(self._s, case_id, at)
            self._s.audit.append(
                AuditEvent.CREATE,
                user_id=user,
                case_id=case_id,
                object_type="signal",
                object_id=signal_id,
            )
        return self.get(signal_id)

    def correct(self, signal_id: int, draft: SignalDraft, reason: str) -> Signal:
        """A new version of the signal; the earlier versions stay as they were."""
        self._s.access.require_case_of("signals", signal_id)
        errors = FieldErrors()
        clean = errors.collect(validate_signal, draft)
        cleaned_reason = errors.collect(validate_correction_reason, reason)
        errors.raise_if_any()
        assert clean is not None and cleaned_reason is not None
        at = now_iso()
        with self._s.db.transaction():
            signal = self.get(signal_id)
            if _same_content(clean, signal.current):
                errors.add(
                    "facts",
                    msg(
                        QT_TRANSLATE_NOOP(
                            "validation", "De correctie verandert niets aan het signaal."
                        )
                    ),
                )
                errors.raise_if_any()
            version = signal.current.version + 1
            self._insert_version(signal_id, signal.case_id, version, clean, at, cleaned_reason)
            touch_case(self._s, signal.case_id, at)
            self._s.audit.append(
                AuditEvent.CORRECT,
                user_id=self._s.user.id,
                case_id=signal.case_id,
                object_type="signal",
                object_id=signal_id,
                detail=f"version={version}",
            )
        return self.get(signal_id)

    def _insert_version(
        self,
        signal_id: int,
        case_id: int,
        version: int,
        draft: SignalDraft,
        at: str,
        reason: str | None,
    ) -> None:
        assert draft.observed_on is not None
        version_id = self._s.db.next_id("signal_versions")
        sealed = (
            draft.observed_time.strftime("%H:%M") if draft.observed_time else None,
            draft.observed_by,
            draft.source,
            draft.form,
            draft.facts,
            draft.interpretation,
            reason,
            json.dumps(list(draft.signs)),
        )
        self._s.db.insert(
            "INSERT INTO signal_versions (id, signal_id, version, observed_on, recorded_at,"
            " recorded_by, observed_time, observed_by, source, form, facts, interpretation,"
            " correction_reason, signs) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                version_id,
                signal_id,
                version,
                draft.observed_on.isoformat(),
                at,
                self._s.user.id,
                *(
                    self._s.sealer.seal("signal_versions", column, version_id, value)
                    for column, value in zip(SEALED_COLUMNS, sealed, strict=True)
                ),
            ),
        )
        # The newest version is what the signal is found by.
        self._s.search_index.keep(
            "signal",
            signal_id,
            case_id,
            signal_search_text(draft.facts, draft.interpretation, draft.observed_by),
            "facts",
        )

    def get(self, signal_id: int) -> Signal:
        self._s.access.require_case_of("signals", signal_id)
        found = _signals(
            self._s.db.execute(f"{_SELECT} WHERE s.id = ? ORDER BY v.version", (signal_id,)),
            self._s.sealer,
        )
        if not found:
            raise RecordNotFound()
        return found[0]

    def for_case(self, case_id: int) -> list[Signal]:
        """The timeline: newest observation first; the same moment, newest recorded first."""
        self._s.access.require_case(case_id)
        signals = _signals(
            self._s.db.execute(
                f"{_SELECT} WHERE s.case_id = ? ORDER BY s.id, v.version", (case_id,)
            ),
            self._s.sealer,
        )
        signals.sort(
            key=lambda s: (
                s.current.observed_on,
                s.current.observed_time is not None,
                s.current.observed_time or s.current.recorded_at.time(),
                s.id,
            ),
            reverse=True,
        )
        return signals
