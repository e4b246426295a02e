"""Which cases have a signal of a given form of violence, answered on this computer.

The server keeps each signal's form sealed, and a keyed token per form would not keep it blind:
it would show which signals share a form, and with a handful of forms of very different
frequency that names them. So the form filter is answered from an index on this computer: each
signal's newest form beside its case, in a SQLCipher file in the data folder under a key derived
from the practice's data key (a copy of the folder shows nothing without a passphrase of the
practice), or in memory for a session without a folder (the command line, the bench).

It also keeps when each case last changed (the server's `cases.updated_at`, which is clear),
so it hands the search the cases of a form in the list's own order, the newest first, a window
at a time: the server then reads as many cases for a page of the form filter at 100,000 cases
as at 1,000, as the vault's filter does (`app.store.search`).

The index follows the audit chain. Every write of a signal appends a row naming it, and the
chain's head is taken in turn until its transaction commits, so the chain's order is the order
of commits: when the index has taken in everything up to row `seq`, the signals and cases
named after it are all it can have missed (every write that changes a case's `updated_at` logs
its case in the same transaction). It keeps the last row it took in with that row's MAC; a
server whose row there differs (another server, one restored from a backup) or an index that
does not open makes it start again from all signals. It is a cache: nothing is lost when it
goes.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from app.crypto.keyslots import subkey
from app.errors import VaultError
from app.store.backend import Sealer, StoreDatabase
from app.vault.database import Database
from app.vault.location import remove_with_sidecars

PURPOSE = "form-index"
# A change to the tables below changes this number; an index of another is made again.
LAYOUT = 2
_TABLES = (
    "CREATE TABLE signal_forms (signal_id INTEGER PRIMARY KEY, case_id INTEGER NOT NULL,"
    " form TEXT NOT NULL)",
    "CREATE INDEX signal_forms_by_case ON signal_forms (case_id, form)",
    # The moment in microseconds since 1970 (UTC), ordered as the server orders its moments.
    "CREATE TABLE case_changes (case_id INTEGER PRIMARY KEY, updated_us INTEGER NOT NULL)",
    "CREATE INDEX case_changes_newest ON case_changes (updated_us, case_id)",
    "CREATE TABLE taken_in (id INTEGER PRIMARY KEY CHECK (id = 1), seq INTEGER NOT NULL,"
    " mac BLOB NOT NULL)",
    f"PRAGMA user_version = {LAYOUT}",
)
_NEWEST = (
    "SELECT s.id, s.case_id, v.id, v.form FROM signals s JOIN signal_versions v"
    " ON v.signal_id = s.id WHERE v.version ="
    " (SELECT max(w.version) FROM signal_versions w WHERE w.signal_id = s.id)"
)
_CHANGES = "SELECT c.id, c.updated_at FROM cases c"
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)

Form = tuple[int, int, str]  # signal id, case id, form


def index_file(folder: Path, practice_id: str) -> Path:
    """Where this computer keeps the practice's form index: named after the practice's id (a
    random id, nothing of a case), so the index of another practice is never opened for it."""
    return folder / f"vormen-{''.join(c for c in practice_id if c.isalnum())}.db"


def _microseconds(moment: object) -> int:
    assert isinstance(moment, datetime) and moment.tzinfo is not None
    return (moment - _EPOCH) // timedelta(microseconds=1)


class FormIndex:
    """Each signal's newest form and each case's last change, kept on this computer and
    brought up to date with the audit chain before each answer."""

    def __init__(self, db: StoreDatabase, sealer: Sealer, data_key: bytes) -> None:
        self._db = db
        self._sealer = sealer
        self._key = subkey(data_key, PURPOSE)
        self._local: Database | None = None
        self._path: Path | None = None
        # One catch-up at a time: two would race to set how far the index has come.
        self._lock = threading.Lock()

    def keep_in(self, path: Path) -> None:
        """Keep the index in the file `path` from now on (the window gives its data folder)."""
        with self._lock:
            self._close()
            path.parent.mkdir(parents=True, exist_ok=True)
            self._path = path

    def close(self) -> None:
        with self._lock:
            self._close()

    def newest_cases(self, form: str, window: int) -> list[int]:
        """Of the cases with a signal whose newest version names `form`, the `window` changed
        last, in the case list's order (`updated_at`, then the id, both descending)."""
        with self._lock:
            local = self._caught_up()
            rows = local.execute(
                "SELECT o.case_id FROM case_changes o WHERE EXISTS (SELECT 1 FROM signal_forms f"
                " WHERE f.case_id = o.case_id AND f.form = ?)"
                " ORDER BY o.updated_us DESC, o.case_id DESC LIMIT ?",
                (form, int(window)),
            )
        return [int(r[0]) for r in rows]

    # -- keeping up with the server ------------------------------------------------------

    def _caught_up(self) -> Database:
        local = self._opened()
        head = self._db.one("SELECT seq, mac FROM audit_log ORDER BY seq DESC LIMIT 1")
        if head is None:
            return local
        seq, mac = int(head[0]), bytes(head[1])
        taken = local.one("SELECT seq, mac FROM taken_in WHERE id = 1")
        if taken is not None and int(taken[0]) == seq and bytes(taken[1]) == mac:
            return local
        if taken is not None and self._still_there(int(taken[0]), bytes(taken[1])):
            named = self._db.execute(
                "SELECT object_type, object_id, case_id FROM audit_log WHERE seq > ? AND seq <= ?"
                " AND (case_id IS NOT NULL OR object_type = 'signal')",
                (int(taken[0]), seq),
            )
            signal_ids = {int(r[1]) for r in named if r[0] == "signal" and r[1] is not None}
            forms = self._newest_of(sorted(signal_ids))
            changes = self._changes_of(sorted({int(r[2]) for r in named if r[2] is not None}))
            fresh = False
        else:
            forms = self._opened_forms(self._db.execute(_NEWEST))
            changes = self._db.execute(_CHANGES)
            fresh = True
        with local.transaction():
            if fresh:
                local.execute("DELETE FROM signal_forms")
                local.execute("DELETE FROM case_changes")
            local.executemany(
                "INSERT OR REPLACE INTO signal_forms (signal_id, case_id, form) VALUES (?, ?, ?)",
                forms,
            )
            local.executemany(
                "INSERT OR REPLACE INTO case_changes (case_id, updated_us) VALUES (?, ?)",
                [(int(r[0]), _microseconds(r[1])) for r in changes],
            )
            local.execute(
                "INSERT OR REPLACE INTO taken_in (id, seq, mac) VALUES (1, ?, ?)", (seq, mac)
            )
        return local

    def _still_there(self, seq: int, mac: bytes) -> bool:
        found = self._db.one("SELECT mac FROM audit_log WHERE seq = ?", (seq,))
        return found is not None and bytes(found[0]) == mac

    def _newest_of(self, signal_ids: list[int]) -> list[Form]:
        if not signal_ids:
            return []
        dialect = self._db.dialect
        return self._opened_forms(
            self._db.execute(
                f"{_NEWEST} AND s.id IN (SELECT id FROM {dialect.id_table()} f)",
                [dialect.id_param(signal_ids)],
            )
        )

    def _changes_of(self, case_ids: list[int]) -> list[Any]:
        if not case_ids:
            return []
        dialect = self._db.dialect
        return self._db.execute(
            f"{_CHANGES} WHERE c.id IN (SELECT id FROM {dialect.id_table()} f)",
            [dialect.id_param(case_ids)],
        )

    def _opened_forms(self, rows: Iterable[Any]) -> list[Form]:
        forms = []
        for r in rows:
            form = self._sealer.open("signal_versions", "form", int(r[2]), r[3])
            if form is not None:
                forms.append((int(r[0]), int(r[1]), form))
        return forms

    # -- the file ------------------------------------------------------------------------

    def _opened(self) -> Database:
        if self._local is None:
            self._local = self._open()
        return self._local

    def _open(self) -> Database:
        if self._path is None:
            return self._made(Database(Path(":memory:"), self._key))
        try:
            local = Database(self._path, self._key)
            if local.scalar("PRAGMA user_version") == LAYOUT:
                return local
            local.close()
        except VaultError:
            pass
        # Not this layout, not this key, or damaged: a cache, so it is made again.
        remove_with_sidecars(self._path)
        return self._made(Database(self._path, self._key))

    @staticmethod
    def _made(local: Database) -> Database:
        with local.transaction():
            for statement in _TABLES:
                local.execute(statement)
        return local

    def _close(self) -> None:
        if self._local is not None:
            self._local.close()
            self._local = None
