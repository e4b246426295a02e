"""Keyed hashes of what was written, so a rewritten signal, entry or weging is found.

The audit row of every write to a signal or a step entry (a weging is one) carries a MAC of
that object's rows as they stood right after the write: its own row and all its versions. The
newest such row per object must match what the vault holds now, so `verify` finds a version
that was rewritten, added or removed behind the program's back, even when the audit chain
itself is whole (a rewrite does not touch the log).

Objects written before content hashes existed are covered by one baseline row, written at the
migration: a MAC over every object's rows up to the highest row ids of that moment. It shows
that those rows are unchanged since the migration; it cannot show what happened before it.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from app.store.backend import StoreDatabase


@dataclass(frozen=True)
class ContentKind:
    object_type: str
    table: str
    columns: tuple[str, ...]
    versions: str
    owner: str
    version_columns: tuple[str, ...]
    # Columns a later schema step added, with their default: hashed only where a version holds
    # something else, so what was written before the step keeps the hash it was logged with.
    later_version_columns: tuple[tuple[str, object], ...] = ()

    @property
    def version_select(self) -> str:
        return ", ".join((*self.version_columns, *(n for n, _ in self.later_version_columns)))

    def version_parts(self, version: Any) -> list[object]:
        fixed = len(self.version_columns)
        parts: list[object] = list(version[:fixed])
        for (name, default), value in zip(self.later_version_columns, version[fixed:], strict=True):
            if value != default:
                parts.append([name, value])
        return parts


# Column lists are fixed here (not `SELECT *`) so a later schema step that adds a column does
# not change the hash of what was written before it.
KINDS: tuple[ContentKind, ...] = (
    ContentKind(
        "signal",
        "signals",
        ("id", "case_id", "created_at", "created_by"),
        "signal_versions",
        "signal_id",
        (
            "id",
            "signal_id",
            "version",
            "observed_on",
            "observed_time",
            "observed_by",
            "source",
            "form",
            "facts",
            "interpretation",
            "recorded_at",
            "recorded_by",
            "correction_reason",
        ),
        (("signs", "[]"),),
    ),
    ContentKind(
        "entry",
        "case_entries",
        ("id", "case_id", "kind", "created_at", "created_by"),
        "case_entry_versions",
        "entry_id",
        (
            "id",
            "entry_id",
            "version",
            "change",
            "change_reason",
            "payload",
            "recorded_at",
            "recorded_by",
        ),
    ),
)
BY_TYPE = {kind.object_type: kind for kind in KINDS}
BASELINE = "content_baseline"


def content_key(audit_key: bytes) -> bytes:
    return hmac.new(audit_key, b"meldcode-werkplek/content", hashlib.sha256).digest()


def _mac(key: bytes, parts: Iterable[object]) -> bytes:
    raw = json.dumps(list(parts), separators=(",", ":"), ensure_ascii=False, default=_as_text)
    return hmac.new(key, raw.encode("utf-8"), hashlib.sha256).digest()


def _as_text(value: object) -> str:
    """What the practice server returns beside the vault's texts: sealed columns as bytes,
    moments and days as Python values. Hashed as they are stored (a sealed value as its
    ciphertext), so a stored byte changed behind the program's back shows."""
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).hex()
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(f"no text form for {type(value).__name__}")


def object_mac(key: bytes, kind: ContentKind, row: Any, versions: list[Any]) -> bytes:
    return _mac(key, [kind.object_type, list(row), [kind.version_parts(v) for v in versions]])


def mac_of(db: StoreDatabase, key: bytes, object_type: str, object_id: int) -> bytes | None:
    """The MAC of one object as it is now; None for a type that carries none."""
    kind = BY_TYPE.get(object_type)
    if kind is None:
        return None
    row = db.one(f"SELECT {', '.join(kind.columns)} FROM {kind.table} WHERE id = ?", (object_id,))
    versions = db.execute(
        f"SELECT {kind.version_select} FROM {kind.versions}"
        f" WHERE {kind.owner} = ? ORDER BY version, id",
        (object_id,),
    )
    return object_mac(key, kind, [] if row is None else row, versions)


@dataclass
class Snapshot:
    """Every object of one kind with its versions, read at once."""

    rows: dict[int, Any]
    versions: dict[int, list[Any]]


def snapshot(db: StoreDatabase, kind: ContentKind) -> Snapshot:
    rows = {int(r[0]): r for r in db.execute(f"SELECT {', '.join(kind.columns)} FROM {kind.table}")}
    versions: dict[int, list[Any]] = {}
    for v in db.execute(
        f"SELECT {kind.version_select} FROM {kind.versions} ORDER BY {kind.owner}, version, id"
    ):
        versions.setdefault(int(v[1]), []).append(v)
    return Snapshot(rows, versions)


def bounds(db: StoreDatabase) -> dict[str, int]:
    """The highest row id of every table the hashes cover: what a baseline covers."""
    found: dict[str, int] = {}
    for kind in KINDS:
        for table in (kind.table, kind.versions):
            found[table] = int(db.scalar(f"SELECT ifnull(max(id), 0) FROM {table}") or 0)
    return found


def baseline_mac(key: bytes, snapshots: dict[str, Snapshot], limits: dict[str, int]) -> bytes:
    """The MAC over every object's rows within `limits` (row ids), in a fixed order."""
    parts: list[object] = [BASELINE]
    for kind in KINDS:
        snap = snapshots[kind.object_type]
        top, top_versions = limits.get(kind.table, 0), limits.get(kind.versions, 0)
        for object_id in sorted(snap.rows):
            if object_id > top:
                continue
            kept = [v for v in snap.versions.get(object_id, []) if int(v[0]) <= top_versions]
            parts.append(object_mac(key, kind, snap.rows[object_id], kept).hex())
        # Versions whose object row is gone still count: their loss must show.
        for owner in sorted(set(snap.versions) - set(snap.rows)):
            kept = [v for v in snap.versions[owner] if int(v[0]) <= top_versions]
            if kept:
                parts.append(object_mac(key, kind, [], kept).hex())
    return _mac(key, parts)


class ContentProblemKind(StrEnum):
    CHANGED = "changed"
    UNRECORDED = "unrecorded"
    MISSING = "missing"
    BASELINE = "baseline"


@dataclass(frozen=True)
class ContentProblem:
    object_type: str
    object_id: int
    kind: ContentProblemKind


def check(
    db: StoreDatabase,
    key: bytes,
    recorded: dict[tuple[str, int], bytes],
    baseline: tuple[dict[str, int], bytes] | None,
) -> list[ContentProblem]:
    """Compare what the vault holds with the newest MAC the log recorded per object.

    `recorded` maps (object type, id) to the newest MAC in the log; `baseline` is the
    migration's row-id limits and MAC, or None when the vault has none.
    """
    problems: list[ContentProblem] = []
    snapshots = {kind.object_type: snapshot(db, kind) for kind in KINDS}
    limits = baseline[0] if baseline else {}
    if baseline is not None and not hmac.compare_digest(
        baseline_mac(key, snapshots, limits), baseline[1]
    ):
        problems.append(ContentProblem(BASELINE, 0, ContentProblemKind.BASELINE))
    for kind in KINDS:
        snap = snapshots[kind.object_type]
        top, top_versions = limits.get(kind.table, 0), limits.get(kind.versions, 0)
        for object_id in sorted(set(snap.rows) | set(snap.versions)):
            versions = snap.versions.get(object_id, [])
            expected = recorded.get((kind.object_type, object_id))
            if expected is None:
                within = object_id <= top and all(int(v[0]) <= top_versions for v in versions)
                if not within:
                    problems.append(
                        ContentProblem(kind.object_type, object_id, ContentProblemKind.UNRECORDED)
                    )
                continue
            now = object_mac(key, kind, snap.rows.get(object_id, []), versions)
            if not hmac.compare_digest(now, expected):
                problems.append(
                    ContentProblem(kind.object_type, object_id, ContentProblemKind.CHANGED)
                )
        for object_type, object_id in sorted(recorded):
            gone = object_id not in snap.rows and object_id not in snap.versions
            if object_type == kind.object_type and gone:
                problems.append(ContentProblem(object_type, object_id, ContentProblemKind.MISSING))
    return problems
