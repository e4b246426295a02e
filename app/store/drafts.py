"""Drafts: unsaved form input kept inside the vault (or, sealed, on the practice server), so an
automatic lock loses nothing.

One draft per (user, case, form): `form` is the UI's own name for the form (for example
"consultation" or "signal-correction-17"), `case_id` is None for a form outside a case. The
payload is whatever JSON the form needs to fill itself in again. The UI saves when the vault
is about to lock (or on its own rhythm) and discards after a real save; each save and discard
is in the audit log, so a draft is not meant to be written on every keystroke.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from app.domain.models import Draft
from app.domain.validation import msg
from app.errors import ChangedElsewhere, RecordNotFound, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.store.backend import opened
from app.store.base import Session, parse_moment
from app.timeutil import now_iso
from app.vault.audit import AuditEvent

MAX_PAYLOAD_CHARS = 5_000_000
_FORM_NAME = re.compile(r"[a-z0-9][a-z0-9_.:-]{0,63}")


@dataclass(frozen=True)
class DraftInfo:
    """A draft as the "you have unsaved input" list shows it: where, not what."""

    case_id: int | None
    form: str
    saved_at: datetime


def _check_form(form: str) -> None:
    # The form name is the UI's key, not user input; a wrong one is a programming error.
    if not _FORM_NAME.fullmatch(form):
        raise ValueError("a draft's form name is lower-case letters, digits and _ . : -")


def _case_clause(case_id: int | None) -> tuple[str, tuple[object, ...]]:
    return ("case_id IS NULL", ()) if case_id is None else ("case_id = ?", (case_id,))


class LocalKeeper(Protocol):
    """Keeps a draft on this computer while the practice server cannot be reached
    (`app.server.offline.OfflineDrafts`)."""

    def keep(
        self,
        case_id: int | None,
        form: str,
        payload: Mapping[str, Any],
        seen_version: int | None = None,
    ) -> object: ...


class DraftStore:
    def __init__(self, session: Session) -> None:
        self._s = session
        # On the practice server, set by the window: where a draft goes while the server is gone.
        self.fallback: LocalKeeper | None = None

    def save(
        self,
        case_id: int | None,
        form: str,
        payload: Mapping[str, Any],
        seen_version: int | None = None,
    ) -> Draft:
        """Keep (or replace) the current user's draft of this form.

        `seen_version` is the `row_version` of the draft this input was based on (None: replace
        whatever is kept). When the draft was saved or thrown away since (the same user on
        another computer of the practice server, or in another window), nothing is written and
        `ChangedElsewhere` says so in Dutch."""
        self._require(case_id)
        _check_form(form)
        text = json.dumps(dict(payload), ensure_ascii=False)
        if not _storable(text):
            # A lone surrogate from a broken paste: JSON's escapes keep it exactly, so the
            # draft comes back as it was typed and the form itself then refuses it.
            text = json.dumps(dict(payload), ensure_ascii=True)
        if len(text) > MAX_PAYLOAD_CHARS:
            raise ValidationError(
                {
                    "payload": msg(
                        QT_TRANSLATE_NOOP(
                            "validation", "Er staat te veel tekst in dit formulier om te bewaren."
                        )
                    )
                }
            )
        user = self._s.user.id
        clause, params = _case_clause(case_id)
        seal = self._s.sealer.seal
        with self._s.db.transaction():
            if (
                case_id is not None
                and self._s.db.scalar("SELECT 1 FROM cases WHERE id = ?", (case_id,)) is None
            ):
                raise RecordNotFound()
            kept = self._s.db.scalar(
                f"SELECT id FROM drafts WHERE user_id = ? AND form = ? AND {clause}",
                (user, form, *params),
            )
            if kept is not None:
                draft_id = int(kept)
                returned = self._s.db.execute(
                    "UPDATE drafts SET payload = ?, saved_at = ?, row_version = row_version + 1"
                    " WHERE id = ? AND row_version = coalesce(?, row_version) RETURNING id",
                    (seal("drafts", "payload", draft_id, text), now_iso(), draft_id, seen_version),
                )
            elif seen_version is not None:
                # Based on a draft that is gone: saved for real or thrown away elsewhere.
                raise ChangedElsewhere()
            else:
                new_id = self._s.db.next_id("drafts")
                # Another computer may keep this draft first: then nothing is written here.
                returned = self._s.db.execute(
                    "INSERT INTO drafts (id, user_id, case_id, form, payload, saved_at)"
                    " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id",
                    (
                        new_id,
                        user,
                        case_id,
                        form,
                        seal("drafts", "payload", new_id, text),
                        now_iso(),
                    ),
                )
            if not returned:
                raise ChangedElsewhere()
            draft_id = int(returned[0][0])
            self._s.audit.append(
                AuditEvent.DRAFT_SAVED,
                user_id=user,
                case_id=case_id,
                object_type="draft",
                object_id=draft_id,
            )
        loaded = self.load(case_id, form)
        assert loaded is not None
        return loaded

    def load(self, case_id: int | None, form: str) -> Draft | None:
        self._require(case_id)
        _check_form(form)
        clause, params = _case_clause(case_id)
        row = self._s.db.one(
            "SELECT id, payload, saved_at, row_version FROM drafts"
            f" WHERE user_id = ? AND form = ? AND {clause}",
            (self._s.user.id, form, *params),
        )
        if row is None:
            return None
        saved = parse_moment(row[2])
        assert saved is not None
        text = opened(self._s.sealer, "drafts", "payload", int(row[0]), row[1])
        return Draft(case_id, form, json.loads(text), saved, int(row[3]))

    def discard(self, case_id: int | None, form: str) -> bool:
        """Drop the draft (after a real save, or when the user throws it away)."""
        _check_form(form)
        clause, params = _case_clause(case_id)
        user = self._s.user.id
        with self._s.db.transaction():
            draft_id = self._s.db.scalar(
                f"SELECT id FROM drafts WHERE user_id = ? AND form = ? AND {clause}",
                (user, form, *params),
            )
            if draft_id is None:
                return False
            self._s.db.execute("DELETE FROM drafts WHERE id = ?", (draft_id,))
            self._s.audit.append(
                AuditEvent.DRAFT_DISCARDED,
                user_id=user,
                case_id=case_id,
                object_type="draft",
                object_id=int(draft_id),
            )
        return True

    def _require(self, case_id: int | None) -> None:
        if case_id is None:
            self._s.access.require_case_work()
        else:
            self._s.access.require_case(case_id)

    def mine(self) -> list[DraftInfo]:
        """The current user's drafts, newest first: to offer them back after unlocking."""
        rows = self._s.db.execute(
            "SELECT case_id, form, saved_at FROM drafts WHERE user_id = ?"
            " ORDER BY saved_at DESC, id DESC",
            (self._s.user.id,),
        )
        infos = []
        for r in rows:
            saved = parse_moment(r[2])
            assert saved is not None
            infos.append(DraftInfo(r[0], str(r[1]), saved))
        return infos


def _storable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
