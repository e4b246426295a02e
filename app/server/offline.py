"""What was typed while the practice server could not be reached, kept on this computer until
it can be.

A form that is saved, or kept at locking, while the server is gone would otherwise be lost. It
goes into a file in this computer's own data folder, sealed with AES-256-GCM under a key
derived from the practice's data key (so a copy of the folder shows nothing without a
passphrase of the practice) and bound to the practice, the user and the file's random name (a
file renamed or moved to another user's folder does not open). The name says nothing of the
case. When the server is back, `send` keeps each as the user's draft of its form on the server,
with the version the form was based on: a draft that moved on elsewhere meanwhile is never
overwritten; the file stays and is reported. Then the file goes.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.crypto.keyslots import subkey
from app.errors import ChangedElsewhere, RecordNotFound
from app.fileio import write_atomically
from app.store.drafts import DraftStore

PURPOSE = "offline-drafts"
SUFFIX = ".concept"
_NONCE_BYTES = 12


@dataclass(frozen=True)
class OfflineDraft:
    name: str  # the file's random name, without suffix
    case_id: int | None
    form: str
    payload: dict[str, Any]
    seen_version: int | None
    kept_at: datetime


@dataclass
class Sent:
    """What `send` did: kept on the server, or left here because the draft there moved on
    (or its case is gone)."""

    sent: list[OfflineDraft] = field(default_factory=list)
    left: list[OfflineDraft] = field(default_factory=list)


class OfflineDrafts:
    def __init__(self, folder: Path, data_key: bytes, practice_id: str, user_id: int) -> None:
        self._folder = folder / f"gebruiker-{int(user_id)}"
        self._key = subkey(data_key, PURPOSE)
        self._practice = practice_id
        self._user = int(user_id)

    def keep(
        self,
        case_id: int | None,
        form: str,
        payload: Mapping[str, Any],
        seen_version: int | None = None,
    ) -> OfflineDraft:
        name = secrets.token_hex(16)
        draft = OfflineDraft(name, case_id, form, dict(payload), seen_version, datetime.now(UTC))
        # ASCII escapes keep every character exactly, a lone surrogate from a paste included.
        plain = json.dumps(
            {
                "case_id": case_id,
                "form": form,
                "payload": draft.payload,
                "seen_version": seen_version,
                "kept_at": draft.kept_at.isoformat(),
            },
            ensure_ascii=True,
        ).encode("ascii")
        nonce = os.urandom(_NONCE_BYTES)
        write_atomically(
            self._path(name), nonce + self._aead().encrypt(nonce, plain, self._aad(name))
        )
        return draft

    def waiting(self) -> list[OfflineDraft]:
        """The drafts kept here, oldest first; a file that does not open (damaged, or not
        this user's) is left alone and not shown."""
        if not self._folder.is_dir():
            return []
        found = []
        for path in self._folder.glob(f"*{SUFFIX}"):
            draft = self._read(path)
            if draft is not None:
                found.append(draft)
        return sorted(found, key=lambda d: d.kept_at)

    def send(self, drafts: DraftStore) -> Sent:
        """Keep every waiting draft on the server. `ServerUnreachable` (the server went again)
        stops it; what was not sent yet stays here for the next time."""
        result = Sent()
        for draft in self.waiting():
            try:
                drafts.save(draft.case_id, draft.form, draft.payload, draft.seen_version)
            except (ChangedElsewhere, RecordNotFound):
                result.left.append(draft)
                continue
            self.remove(draft)
            result.sent.append(draft)
        return result

    def remove(self, draft: OfflineDraft) -> None:
        with contextlib.suppress(FileNotFoundError):
            self._path(draft.name).unlink()

    def _read(self, path: Path) -> OfflineDraft | None:
        from cryptography.exceptions import InvalidTag

        name = path.name.removesuffix(SUFFIX)
        try:
            sealed = path.read_bytes()
            plain = self._aead().decrypt(
                sealed[:_NONCE_BYTES], sealed[_NONCE_BYTES:], self._aad(name)
            )
            data = json.loads(plain)
            return OfflineDraft(
                name,
                None if data["case_id"] is None else int(data["case_id"]),
                str(data["form"]),
                dict(data["payload"]),
                None if data["seen_version"] is None else int(data["seen_version"]),
                datetime.fromisoformat(data["kept_at"]),
            )
        except (OSError, InvalidTag, ValueError, KeyError, TypeError):
            return None

    def _path(self, name: str) -> Path:
        return self._folder / f"{name}{SUFFIX}"

    def _aad(self, name: str) -> bytes:
        return f"{PURPOSE}|{self._practice}|{self._user}|{name}".encode()

    def _aead(self) -> Any:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        return AESGCM(self._key)
