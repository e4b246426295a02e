"""The audit log (NEN 7513 style): who did what, when, to which case, hash-chained.

Rows are append-only (triggers refuse UPDATE and DELETE). Each row's MAC covers its own fields
and the MAC of the row before it, under a key derived from the vault's data key, and the last
link is kept in `audit_head`, so an edited, removed, reordered or cut-off row is found by
`verify`. Rows hold event codes and ids only, never case content.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from app.errors import AuditLogDamaged
from app.i18n import QT_TRANSLATE_NOOP
from app.store.backend import PLAIN, Sealer, StoreDatabase
from app.timeutil import from_iso, now_iso, to_iso
from app.vault import content

GENESIS = bytes(32)


class AuditEvent(StrEnum):
    VAULT_CREATED = "vault_created"
    UNLOCK = "unlock"
    UNLOCK_FAILED = "unlock_failed"
    UNLOCK_RECOVERY = "unlock_recovery"
    LOCK = "lock"
    OPEN = "open"
    CREATE = "create"
    UPDATE = "update"
    CORRECT = "correct"
    CLOSE = "close"
    REOPEN = "reopen"
    EXPORT = "export"
    PRINT = "print"
    BACKUP = "backup"
    RESTORE = "restore"
    MIGRATE = "migrate"
    PASSPHRASE_CHANGED = "passphrase_changed"
    USER_ADDED = "user_added"
    VERIFY = "verify"
    WITHDRAW = "withdraw"
    LINK = "link"
    DRAFT_SAVED = "draft_saved"
    DRAFT_DISCARDED = "draft_discarded"
    CONTENT_BASELINE = "content_baseline"
    ACCESS_DENIED = "access_denied"
    USER_CHANGED = "user_changed"
    USER_DEACTIVATED = "user_deactivated"
    USER_REACTIVATED = "user_reactivated"
    PASSPHRASE_RESET = "passphrase_reset"
    CASE_SHARED = "case_shared"
    CASE_UNSHARED = "case_unshared"
    SEARCH = "search"
    LOG_VIEWED = "log_viewed"
    VAULT_IMPORTED = "vault_imported"

    @property
    def label(self) -> str:
        return EVENT_LABELS.get(self, self.value)


EVENT_LABELS: dict[AuditEvent, str] = {
    AuditEvent.VAULT_CREATED: QT_TRANSLATE_NOOP("labels", "Kluis aangemaakt"),
    AuditEvent.UNLOCK: QT_TRANSLATE_NOOP("labels", "Ontgrendeld"),
    AuditEvent.UNLOCK_FAILED: QT_TRANSLATE_NOOP("labels", "Mislukte ontgrendelpoging"),
    AuditEvent.UNLOCK_RECOVERY: QT_TRANSLATE_NOOP("labels", "Ontgrendeld met herstelcode"),
    AuditEvent.LOCK: QT_TRANSLATE_NOOP("labels", "Vergrendeld"),
    AuditEvent.OPEN: QT_TRANSLATE_NOOP("labels", "Geopend"),
    AuditEvent.CREATE: QT_TRANSLATE_NOOP("labels", "Aangemaakt"),
    AuditEvent.UPDATE: QT_TRANSLATE_NOOP("labels", "Gewijzigd"),
    AuditEvent.CORRECT: QT_TRANSLATE_NOOP("labels", "Gecorrigeerd"),
    AuditEvent.CLOSE: QT_TRANSLATE_NOOP("labels", "Gesloten"),
    AuditEvent.REOPEN: QT_TRANSLATE_NOOP("labels", "Heropend"),
    AuditEvent.EXPORT: QT_TRANSLATE_NOOP("labels", "Geëxporteerd"),
    AuditEvent.PRINT: QT_TRANSLATE_NOOP("labels", "Afgedrukt"),
    AuditEvent.BACKUP: QT_TRANSLATE_NOOP("labels", "Reservekopie gemaakt"),
    AuditEvent.RESTORE: QT_TRANSLATE_NOOP("labels", "Reservekopie teruggezet"),
    AuditEvent.MIGRATE: QT_TRANSLATE_NOOP("labels", "Kluis bijgewerkt"),
    AuditEvent.PASSPHRASE_CHANGED: QT_TRANSLATE_NOOP("labels", "Wachtzin gewijzigd"),
    AuditEvent.USER_ADDED: QT_TRANSLATE_NOOP("labels", "Gebruiker toegevoegd"),
    AuditEvent.VERIFY: QT_TRANSLATE_NOOP("labels", "Kluis gecontroleerd"),
    AuditEvent.WITHDRAW: QT_TRANSLATE_NOOP("labels", "Ingetrokken"),
    AuditEvent.LINK: QT_TRANSLATE_NOOP("labels", "Casussen gekoppeld"),
    AuditEvent.DRAFT_SAVED: QT_TRANSLATE_NOOP("labels", "Concept bewaard"),
    AuditEvent.DRAFT_DISCARDED: QT_TRANSLATE_NOOP("labels", "Concept verwijderd"),
    AuditEvent.CONTENT_BASELINE: QT_TRANSLATE_NOOP("labels", "Bestaande inhoud vastgelegd"),
    AuditEvent.ACCESS_DENIED: QT_TRANSLATE_NOOP("labels", "Toegang geweigerd"),
    AuditEvent.USER_CHANGED: QT_TRANSLATE_NOOP("labels", "Gebruiker gewijzigd"),
    AuditEvent.USER_DEACTIVATED: QT_TRANSLATE_NOOP("labels", "Gebruiker uitgeschakeld"),
    AuditEvent.USER_REACTIVATED: QT_TRANSLATE_NOOP("labels", "Gebruiker ingeschakeld"),
    AuditEvent.PASSPHRASE_RESET: QT_TRANSLATE_NOOP("labels", "Nieuwe eerste wachtzin gegeven"),
    AuditEvent.CASE_SHARED: QT_TRANSLATE_NOOP("labels", "Casus gedeeld"),
    AuditEvent.CASE_UNSHARED: QT_TRANSLATE_NOOP("labels", "Delen van casus gestopt"),
    AuditEvent.SEARCH: QT_TRANSLATE_NOOP("labels", "Gezocht"),
    AuditEvent.LOG_VIEWED: QT_TRANSLATE_NOOP("labels", "Logboek ingezien"),
    AuditEvent.VAULT_IMPORTED: QT_TRANSLATE_NOOP("labels", "Kluis overgezet naar de server"),
}


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: datetime
    event: str
    user_id: int | None
    on_behalf_of: int | None
    case_id: int | None
    object_type: str | None
    object_id: int | None
    detail: str


class ProblemKind(StrEnum):
    EDITED = "edited"
    MISSING = "missing"
    OUT_OF_ORDER = "out_of_order"
    TRUNCATED = "truncated"
    HEAD_DAMAGED = "head_damaged"
    # The vault's log is older or shorter than the head kept outside it (key file).
    BEHIND_KNOWN_HEAD = "behind_known_head"


@dataclass(frozen=True)
class AuditProblem:
    seq: int
    kind: ProblemKind


_FIELDS = "seq, at, event, user_id, on_behalf_of, case_id, object_type, object_id, detail"


def _canonical(row: tuple[object, ...]) -> bytes:
    return json.dumps(list(row), separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def _mac(
    key: bytes, prev_mac: bytes, row: tuple[object, ...], content_mac: bytes | None = None
) -> bytes:
    # The sequence number is left out on purpose: order is carried by the chain alone, so
    # rows swapped whole still verify one by one and are reported as out of order.
    # Rows from before content hashes have none, and their MAC stays what it was.
    fields = row[1:] if content_mac is None else (*row[1:], content_mac.hex())
    return hmac.new(key, prev_mac + _canonical(fields), hashlib.sha256).digest()


def _head(row: object) -> tuple[int, bytes]:
    """The head's sequence and MAC, or AuditLogDamaged when they are not what was written."""
    try:
        seq, mac = row[0], row[1]  # type: ignore[index]
    except (TypeError, IndexError) as exc:
        raise AuditLogDamaged() from exc
    if not isinstance(seq, int) or isinstance(seq, bool) or seq < 0:
        raise AuditLogDamaged()
    if not isinstance(mac, bytes) or len(mac) != len(GENESIS):
        raise AuditLogDamaged()
    return seq, mac


@dataclass(frozen=True)
class NewRow:
    """A row about to be added (`AuditLog.append_all`); `at` None: now. `event` is one of
    `AuditEvent`, or an event name a newer program wrote, kept as it was."""

    event: AuditEvent | str
    user_id: int | None
    case_id: int | None = None
    object_type: str | None = None
    object_id: int | None = None
    detail: str = ""
    on_behalf_of: int | None = None
    at: str | None = None
    content_mac: bytes | None = None


@dataclass(frozen=True)
class Head:
    """The log's last link: kept in the vault, and also outside it (key file, backups)."""

    seq: int
    mac: bytes


class AuditLog:
    """The chain as the vault keeps it; the practice server's log (`app.server.audit`) is this
    same code with the head taken and kept by the database, and the detail sealed."""

    def __init__(self, db: StoreDatabase, key: bytes, sealer: Sealer = PLAIN) -> None:
        self._db = db
        self._key = key
        self._sealer = sealer
        self._content_key = content.content_key(key)

    def head(self) -> Head:
        """The last link as the vault holds it (sequence 0 for an empty log)."""
        row = self._db.one("SELECT seq, mac FROM audit_head WHERE id = 1")
        if row is None:
            return Head(0, GENESIS)
        return Head(*_head(row))

    def holds(self, head: Head) -> bool:
        """Whether the log has the row `head` names, with that MAC (not older, not forked)."""
        if head.seq == 0:
            return True
        mac = self._db.scalar("SELECT mac FROM audit_log WHERE seq = ?", (head.seq,))
        return isinstance(mac, bytes) and hmac.compare_digest(mac, head.mac)

    def content_mac(self, object_type: str, object_id: int) -> bytes | None:
        return content.mac_of(self._db, self._content_key, object_type, object_id)

    def seal_content_baseline(self, user_id: int | None) -> int | None:
        """Record the baseline of content written before content hashes, once.

        The schema step that brought content hashes leaves a 'pending' mark; the MAC needs the
        key, which migrations do not have, so the first unlock after it writes the row.
        """
        with self._db.transaction():
            mark = self._db.scalar("SELECT value FROM meta WHERE key = ?", (content.BASELINE,))
            if mark != "pending":
                return None
            limits = content.bounds(self._db)
            snapshots = {
                kind.object_type: content.snapshot(self._db, kind) for kind in content.KINDS
            }
            seq = self.append(
                AuditEvent.CONTENT_BASELINE,
                user_id=user_id,
                detail=json.dumps({content.BASELINE: limits}, sort_keys=True),
                content_mac=content.baseline_mac(self._content_key, snapshots, limits),
            )
            self._db.execute(
                "UPDATE meta SET value = ? WHERE key = ?", (str(seq), content.BASELINE)
            )
        return seq

    def append(
        self,
        event: AuditEvent,
        *,
        user_id: int | None,
        case_id: int | None = None,
        object_type: str | None = None,
        object_id: int | None = None,
        detail: str = "",
        on_behalf_of: int | None = None,
        at: str | None = None,
        content_mac: bytes | None = None,
    ) -> int:
        """Add one row; joins the caller's transaction, so the event and the change are one.

        A row about a signal or a step entry carries the MAC of that object's content as it
        stands now, inside this same transaction (see `app.vault.content`).
        """
        row = NewRow(
            event, user_id, case_id, object_type, object_id, detail, on_behalf_of, at, content_mac
        )
        return self.append_all([row])[1]

    def append_all(self, rows: Sequence[NewRow]) -> tuple[int, int]:
        """Add rows in their order, each as `append` writes it, with one lock on the head and
        one statement; joins the caller's transaction. The first and last sequence written
        ((0, 0) for no rows)."""
        if not rows:
            return 0, 0
        with self._db.transaction():
            head = self._locked_head()
            seq, prev_mac = head.seq, head.mac
            stored: list[tuple[object, ...]] = []
            for new in rows:
                seq += 1
                content_mac = new.content_mac
                if (
                    content_mac is None
                    and new.object_type is not None
                    and new.object_id is not None
                ):
                    content_mac = self.content_mac(new.object_type, new.object_id)
                row = (
                    seq,
                    new.at or now_iso(),
                    str(new.event),
                    new.user_id,
                    new.on_behalf_of,
                    new.case_id,
                    new.object_type,
                    new.object_id,
                    new.detail,
                )
                mac = _mac(self._key, prev_mac, row, content_mac)
                sealed = self._sealer.seal("audit_log", "detail", seq, new.detail)
                stored.append((*row[:8], sealed, prev_mac, mac, content_mac))
                prev_mac = mac
            sql = (
                f"INSERT INTO audit_log ({_FIELDS}, prev_mac, mac, content_mac)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"
            )
            if len(stored) == 1:
                self._db.execute(sql, stored[0])
            else:
                self._db.executemany(sql, stored)
            self._keep_head(seq, prev_mac)
        return seq - len(rows) + 1, seq

    def _locked_head(self) -> Head:
        """The head a new row follows. The vault's writing transaction already holds the
        file's write lock, so no other writer can move it in between."""
        return self.head()

    def _keep_head(self, seq: int, mac: bytes) -> None:
        self._db.execute(
            "INSERT INTO audit_head (id, seq, mac) VALUES (1, ?, ?)"
            " ON CONFLICT(id) DO UPDATE SET seq = excluded.seq, mac = excluded.mac",
            (seq, mac),
        )

    def _fields(self, row: Any) -> tuple[Any, ...]:
        """A stored row's nine chained fields as they were when its MAC was made."""
        at = row[1]
        return (
            *row[:1],
            to_iso(at) if isinstance(at, datetime) else at,
            *row[2:8],
            self._detail(int(row[0]), row[8]),
        )

    def _detail(self, seq: int, stored: object) -> str | None:
        return self._sealer.open("audit_log", "detail", seq, stored)

    def detail_of(self, seq: int, stored: object) -> str:
        """The detail of row `seq` as read from its `detail` column (opened on the server)."""
        return str(self._detail(seq, stored) or "")

    def entries(self, case_id: int | None = None, limit: int | None = None) -> list[AuditEntry]:
        sql = f"SELECT {_FIELDS} FROM audit_log"
        params: list[object] = []
        if case_id is not None:
            sql += " WHERE case_id = ?"
            params.append(case_id)
        sql += " ORDER BY seq DESC"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [
            AuditEntry(
                seq=int(r[0]),
                at=from_iso(str(r[1])),
                event=str(r[2]),
                user_id=r[3],
                on_behalf_of=r[4],
                case_id=r[5],
                object_type=r[6],
                object_id=r[7],
                detail=str(r[8]),
            )
            for r in map(self._fields, self._db.execute(sql, params))
        ]

    def verify(self) -> list[AuditProblem]:
        """Every break in the chain; an empty list means the log is whole."""
        rows = self._db.execute(
            f"SELECT {_FIELDS}, prev_mac, mac, content_mac FROM audit_log ORDER BY seq"
        )
        problems: list[AuditProblem] = []
        own_macs = {_blob(r[10]) for r in rows}
        expected_prev, expected_seq = GENESIS, 1
        for r in rows:
            fields = self._fields(r)
            seq, prev_mac, mac = int(r[0]), _blob(r[9]), _blob(r[10])
            content_mac = None if r[11] is None else _blob(r[11])
            if not hmac.compare_digest(_mac(self._key, prev_mac, fields, content_mac), mac):
                problems.append(AuditProblem(seq, ProblemKind.EDITED))
            elif seq != expected_seq:
                problems.append(AuditProblem(seq, ProblemKind.MISSING))
            elif not hmac.compare_digest(prev_mac, expected_prev):
                kind = ProblemKind.OUT_OF_ORDER if prev_mac in own_macs else ProblemKind.MISSING
                problems.append(AuditProblem(seq, kind))
            expected_prev, expected_seq = mac, seq + 1
        last_seq = int(rows[-1][0]) if rows else 0
        try:
            head = self.head()
        except AuditLogDamaged:
            problems.append(AuditProblem(last_seq, ProblemKind.HEAD_DAMAGED))
            return problems
        if head.seq != last_seq or not hmac.compare_digest(head.mac, expected_prev):
            problems.append(AuditProblem(head.seq, ProblemKind.TRUNCATED))
        return problems

    def verify_content(self) -> list[content.ContentProblem]:
        """Each signal and entry against the newest content MAC its audit rows recorded."""
        recorded: dict[tuple[str, int], bytes] = {}
        baseline: tuple[dict[str, int], bytes] | None = None
        for seq, object_type, object_id, event, stored, mac in self._db.execute(
            "SELECT seq, object_type, object_id, event, detail, content_mac FROM audit_log"
            " WHERE content_mac IS NOT NULL ORDER BY seq"
        ):
            if object_type is not None and object_id is not None:
                recorded[(str(object_type), int(object_id))] = _blob(mac)
            elif event == AuditEvent.CONTENT_BASELINE:
                try:
                    limits = json.loads(self.detail_of(int(seq), stored))[content.BASELINE]
                    baseline = ({str(k): int(v) for k, v in limits.items()}, _blob(mac))
                except (ValueError, TypeError, AttributeError):
                    baseline = ({}, b"")
        return content.check(self._db, self._content_key, recorded, baseline)


def _blob(value: object) -> bytes:
    """A stored MAC as bytes; anything else (a damaged row) becomes bytes that never match."""
    return value if isinstance(value, bytes) else b"\x00"
