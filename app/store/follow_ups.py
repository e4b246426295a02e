"""Follow-up checks after a decision: moving a planned date, recording what a check found.

The checks themselves are step entries (kind FOLLOW_UP): a decision plans them (see
`app.store.entries`) and the user may plan more with `vault.entries.add(case_id, FollowUp(...))`.
Both operations here add a version, so the planned date and the result keep their history.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import cast

from app.domain.entries import Entry, FollowUp
from app.domain.entry_validation import validate_follow_up
from app.domain.enums import ChangeKind, EntryKind, FollowUpOutcome
from app.domain.validation import TEXT_MAX, FieldErrors, msg, optional_text
from app.errors import CheckAlreadyDone, EntryWithdrawn
from app.i18n import QT_TRANSLATE_NOOP
from app.store.base import Session
from app.store.entries import EntryStore
from app.timeutil import now_iso


class FollowUpStore:
    def __init__(self, session: Session, entries: EntryStore) -> None:
        self._s = session
        self._entries = entries

    def for_case(self, case_id: int) -> list[Entry[FollowUp]]:
        """The case's checks that still count, the earliest planned first."""
        checks = [
            cast(Entry[FollowUp], e) for e in self._entries.for_case(case_id, EntryKind.FOLLOW_UP)
        ]
        return sorted(checks, key=lambda e: (e.value.due_on or date.max, e.id))

    def reschedule(self, entry_id: int, due_on: date | None, reason: str = "") -> Entry[FollowUp]:
        """Move a planned check to another date (which may lie ahead); the reason is optional."""
        errors = FieldErrors()
        cleaned_reason = optional_text(errors, "change_reason", reason, TEXT_MAX)
        errors.raise_if_any()
        with self._s.db.transaction():
            entry = self._open_check(entry_id)
            if due_on is not None and due_on == entry.value.due_on:
                errors.add(
                    "due_on",
                    msg(
                        QT_TRANSLATE_NOOP(
                            "validation", "Kies een andere datum dan de datum die al gepland is."
                        )
                    ),
                )
                errors.raise_if_any()
            value = validate_follow_up(replace(entry.value, due_on=due_on))
            self._entries.append_version(
                entry, value, ChangeKind.RESCHEDULED, cleaned_reason or None, now_iso()
            )
        return self._entries.get_as(entry_id, FollowUp)

    def record_result(
        self,
        entry_id: int,
        done_on: date | None,
        outcome: FollowUpOutcome | None,
        findings: str,
    ) -> Entry[FollowUp]:
        """What the check found. A wrong result is put right with `vault.entries.correct`."""
        with self._s.db.transaction():
            entry = self._open_check(entry_id)
            value = validate_follow_up(
                replace(entry.value, done_on=done_on, outcome=outcome, findings=findings),
                result_required=True,
            )
            self._entries.append_version(entry, value, ChangeKind.RESULT_RECORDED, None, now_iso())
        return self._entries.get_as(entry_id, FollowUp)

    def _open_check(self, entry_id: int) -> Entry[FollowUp]:
        entry = self._entries.get_as(entry_id, FollowUp)
        if entry.withdrawn:
            raise EntryWithdrawn()
        if entry.value.is_done:
            raise CheckAlreadyDone()
        return entry
