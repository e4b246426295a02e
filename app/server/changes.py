"""Hearing what the other computers of the practice change, as it is committed.

Every audit row announces itself on the channel `meldcode_changes` when its transaction
commits (the chain trigger in `app.server.schema`): ids, the event and the object, never case
data. A listener holds its own connection, apart from the session's, so waiting for news never
holds up the session's own work; the window refreshes what it shows from the stores when news
comes (and within a few seconds at most, since a lost listener is said, not hidden).

What this computer's own session commits is not news to its window, which shows its own saves
already: PostgreSQL names the server process that sent each announcement, and a listener given
the session's (`own_pid`, asked at each announcement since the session may have reconnected)
passes those by.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import psycopg

from app.errors import ServerUnreachable
from app.server import connection
from app.server.schema import CHANGES_CHANNEL
from app.vault.audit import AuditEvent

# Reading is logged like every access (a case opened, a search, the log looked at, an export),
# but it shows the other computers nothing new. Refreshing on it would make windows that
# refresh (and so search, and log that, again) answer each other, or themselves, without end.
READING_EVENTS = frozenset(
    {
        AuditEvent.OPEN,
        AuditEvent.SEARCH,
        AuditEvent.LOG_VIEWED,
        AuditEvent.EXPORT,
        AuditEvent.PRINT,
        AuditEvent.UNLOCK,
        AuditEvent.UNLOCK_FAILED,
        AuditEvent.UNLOCK_RECOVERY,
        AuditEvent.LOCK,
        AuditEvent.VERIFY,
        AuditEvent.ACCESS_DENIED,
        AuditEvent.BACKUP,
    }
)


@dataclass(frozen=True)
class Change:
    """One committed audit row, as announced: where something changed, not what."""

    seq: int
    event: str
    case_id: int | None
    object_type: str | None
    object_id: int | None


def parse_change(payload: str) -> Change | None:
    """The announcement's fields; None for a payload this version does not know."""
    try:
        data = json.loads(payload)
        return Change(
            int(data["seq"]),
            str(data["event"]),
            _maybe_int(data.get("case_id")),
            None if data.get("object_type") is None else str(data["object_type"]),
            _maybe_int(data.get("object_id")),
        )
    except (ValueError, TypeError, KeyError):
        return None


def _maybe_int(value: Any) -> int | None:
    return None if value is None else int(value)


OwnPid = Callable[[], int | None]


class ChangeListener:
    """Listens on its own connection; `wait` returns what others committed meanwhile."""

    def __init__(self, conn: psycopg.Connection[Any], own_pid: OwnPid | None = None) -> None:
        """`own_pid` gives the server process of this computer's writing session (None: none),
        whose announcements are passed by."""
        self._conn = conn
        self._own_pid = own_pid
        with connection.reachable():
            conn.execute(f"LISTEN {CHANGES_CHANNEL}")

    @classmethod
    def connect(cls, url: str, own_pid: OwnPid | None = None) -> ChangeListener:
        return cls(connection.connect(url), own_pid)

    def wait(self, timeout: float, *, most: int = 1000) -> list[Change]:
        """The changes announced within `timeout` seconds (reading left out): returns as soon
        as one came (with any that came with it), or empty when none did. `ServerUnreachable`
        when the connection was lost: the caller then reads everything again once the server
        is back."""
        changes: list[Change] = []
        if self._conn.closed or self._conn.broken:
            raise ServerUnreachable()
        with connection.reachable():
            for notice in self._conn.notifies(timeout=timeout, stop_after=1):
                changes += self._news(notice)
            # What came in the same moment, without waiting again.
            for notice in self._conn.notifies(timeout=0, stop_after=most):
                changes += self._news(notice)
        return changes

    def _news(self, notice: psycopg.Notify) -> list[Change]:
        if self._own_pid is not None and notice.pid == self._own_pid():
            return []
        return _known([notice.payload])

    def close(self) -> None:
        self._conn.close()


def _known(payloads: list[str]) -> list[Change]:
    """The announced changes that may alter what a window shows (see `READING_EVENTS`)."""
    return [
        c for c in map(parse_change, payloads) if c is not None and c.event not in READING_EVENTS
    ]


# How long one wait on the server lasts (the longest a stop waits), and how long between two
# tries while the server cannot be reached.
WAIT_SECONDS = 1.0
RETRY_SECONDS = 3.0


def follow_changes(
    url: str,
    stop: threading.Event,
    on_changes: Callable[[list[Change]], None],
    on_reachable: Callable[[bool], None],
    own_pid: OwnPid | None = None,
) -> None:
    """Listen until `stop` is set: `on_changes` with what the other computers committed
    (not this session's own, see `own_pid` at `ChangeListener`),
    `on_reachable(False)` when the server is lost and `on_reachable(True)` once it is back
    (then whatever was missed meanwhile must be read again: announcements are not kept)."""
    listener: ChangeListener | None = None
    reachable = True
    try:
        while not stop.is_set():
            try:
                if listener is None:
                    listener = ChangeListener.connect(url, own_pid)
                    if not reachable:
                        reachable = True
                        on_reachable(True)
                changes = listener.wait(WAIT_SECONDS)
            except ServerUnreachable:
                if listener is not None:
                    listener.close()
                    listener = None
                if reachable:
                    reachable = False
                    on_reachable(False)
                stop.wait(RETRY_SECONDS)
                continue
            if changes:
                on_changes(changes)
    finally:
        if listener is not None:
            listener.close()
