"""One SQLCipher connection, opened with the raw data key, shared under a lock.

SQLCipher is required: the connection is refused when `PRAGMA cipher_version` is empty, which
is what plain SQLite answers. Errors of the database library are turned into `VaultError`s
with a Dutch explanation here, so no traceback of the library reaches a user.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from app.errors import (
    DiskFull,
    PlainSqliteRefused,
    StorageFailed,
    VaultDamaged,
    VaultError,
    is_disk_full,
)
from app.vault.backend import SQLITE, SqliteDialect

try:
    import sqlcipher3
    from sqlcipher3 import dbapi2
except ImportError:  # pragma: no cover - exercised by the refusal test in a subprocess
    sqlcipher3 = None
    dbapi2 = None

Row = Any
# Durability first (FULL sync on every commit in WAL mode), temporary tables in memory only.
SESSION_PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA foreign_keys = ON",
    "PRAGMA secure_delete = ON",
    # 64 MiB of decrypted pages in memory: lists and searches then decrypt each page once.
    "PRAGMA cache_size = -65536",
)
Params = Sequence[Any] | dict[str, Any]


def require_sqlcipher() -> Any:
    if sqlcipher3 is None:
        raise PlainSqliteRefused()
    return sqlcipher3


# Below this much free space an I/O error is taken for a full disk: SQLite reports a full disk
# met while growing its shared-memory file (at unlock) as a plain "disk I/O error".
NEARLY_FULL_BYTES = 256 * 1024


def translate(exc: Exception, path: Path | None = None) -> VaultError:
    """The VaultError a user should see for a database library error at `path`."""
    text = str(exc).lower()
    if is_disk_full(exc) or ("i/o error" in text and _nearly_full(path)):
        return DiskFull()
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return VaultDamaged()
    return StorageFailed()


def _nearly_full(path: Path | None) -> bool:
    if path is None:
        return False
    try:
        return shutil.disk_usage(path.parent).free < NEARLY_FULL_BYTES
    except OSError:
        return False


class Database:
    """The vault's connection. All access goes through one re-entrant lock."""

    def __init__(self, path: Path, data_key: bytes) -> None:
        module = require_sqlcipher()
        try:
            conn = module.connect(
                str(path), isolation_level=None, check_same_thread=False, timeout=10
            )
        except module.Error as exc:
            raise translate(exc, path) from exc
        try:
            # Before the key: SQLCipher's own log would otherwise write to stderr.
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
            version = conn.execute("PRAGMA cipher_version").fetchone()
            if not version or not version[0]:
                raise PlainSqliteRefused()
            conn.execute("PRAGMA cipher_compatibility = 4")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            for pragma in SESSION_PRAGMAS:
                conn.execute(pragma).fetchall()
        except module.Error as exc:
            conn.close()
            raise translate(exc, path) from exc
        except BaseException:
            conn.close()
            raise
        self._adopt(path, conn, module.Row)

    def _adopt(self, path: Path, conn: Any, row_factory: Any) -> None:
        """Take over an opened, configured connection (the benchmark adopts plain SQLite)."""
        self.path = path
        self._lock = threading.RLock()
        self._depth = 0
        self._before_commit: list[Callable[[], None]] = []
        conn.row_factory = row_factory
        self._conn: Any = conn
        if os.name == "posix" and path.exists():
            path.chmod(0o600)

    @property
    def cipher_version(self) -> str:
        return str(self.scalar("PRAGMA cipher_version"))

    def execute(self, sql: str, params: Params = ()) -> list[Row]:
        with self._lock:
            try:
                return list(self._conn.execute(sql, params).fetchall())
            except dbapi2.IntegrityError:
                raise
            except dbapi2.Error as exc:
                raise translate(exc, self.path) from exc

    def insert(self, sql: str, params: Params = ()) -> int:
        with self._lock:
            try:
                cursor = self._conn.execute(sql, params)
                return int(cursor.lastrowid)
            except dbapi2.IntegrityError:
                raise
            except dbapi2.Error as exc:
                raise translate(exc, self.path) from exc

    def executemany(self, sql: str, rows: Sequence[Params]) -> None:
        with self._lock:
            try:
                self._conn.executemany(sql, rows)
            except dbapi2.Error as exc:
                raise translate(exc, self.path) from exc

    def executescript(self, script: str) -> None:
        with self._lock:
            try:
                self._conn.executescript(script)
            except dbapi2.Error as exc:
                raise translate(exc, self.path) from exc

    def one(self, sql: str, params: Params = ()) -> Row | None:
        rows = self.execute(sql, params)
        return rows[0] if rows else None

    def scalar(self, sql: str, params: Params = ()) -> Any:
        row = self.one(sql, params)
        return None if row is None else row[0]

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All or nothing. Nested use becomes a savepoint inside the outer transaction."""
        with self._lock:
            depth = self._depth
            name = f"sp{depth}"
            try:
                self._conn.execute("BEGIN IMMEDIATE" if depth == 0 else f"SAVEPOINT {name}")
            except dbapi2.Error as exc:
                raise translate(exc, self.path) from exc
            self._depth += 1
            try:
                yield
                if depth == 0:
                    for hook in self._before_commit:
                        hook()
            except BaseException as exc:
                self._depth -= 1
                self._undo(depth, name)
                if isinstance(exc, dbapi2.Error) and not isinstance(exc, dbapi2.IntegrityError):
                    raise translate(exc, self.path) from exc
                raise
            self._depth -= 1
            try:
                self._conn.execute("COMMIT" if depth == 0 else f"RELEASE {name}")
            except dbapi2.Error as exc:
                self._undo(depth, name)
                raise translate(exc, self.path) from exc

    def _undo(self, depth: int, name: str) -> None:
        """Roll back what this level wrote, keeping the error that caused it.

        On a full disk (and some I/O errors) SQLite has already rolled the whole transaction
        back by itself; an explicit ROLLBACK then fails with "no transaction is active", and
        that second error used to replace the cause. So the undo only runs when a
        transaction is still open, and its own failure is never what the caller sees.
        """
        with contextlib.suppress(dbapi2.Error):
            if not self._conn.in_transaction:
                return
            if depth == 0:
                self._conn.execute("ROLLBACK")
            else:
                self._conn.execute(f"ROLLBACK TO {name}")
                self._conn.execute(f"RELEASE {name}")

    def before_commit(self, hook: Callable[[], None]) -> None:
        """Run `hook` at the end of each outermost transaction, inside it: what it writes
        (derived data kept in step with the change) commits or rolls back with the change."""
        self._before_commit.append(hook)

    @property
    def in_transaction(self) -> bool:
        return self._depth > 0

    @property
    def dialect(self) -> SqliteDialect:
        return SQLITE

    def next_id(self, table: str) -> int | None:
        """None: the vault binds no value to its row, so SQLite gives the id at the insert
        (an `id` of NULL in an INTEGER PRIMARY KEY), as it always has."""
        return None

    def page_problems(self) -> list[str]:
        """Pages whose HMAC fails (SQLCipher's check: damage or tampering). Empty means sound.

        Reads every page once; this is the check run at each unlock.
        """
        return [str(row[0]) for row in self.execute("PRAGMA cipher_integrity_check")]

    def integrity_problems(self) -> list[str]:
        """The page check, then SQLite's own structural check (slower: for `verify`)."""
        problems = self.page_problems()
        if not problems:
            result = [str(row[0]) for row in self.execute("PRAGMA integrity_check")]
            problems = [] if result == ["ok"] else result
        return problems

    def export_copy(self, target: Path, data_key: bytes, schema_version: int) -> None:
        """A consistent encrypted copy under the same key (SQLCipher's sqlcipher_export)."""
        with self._lock:
            try:
                self._conn.execute(
                    f"ATTACH DATABASE ? AS snapshot KEY \"x'{data_key.hex()}'\"", (str(target),)
                )
                try:
                    self._conn.execute("SELECT sqlcipher_export('snapshot')").fetchall()
                    self._conn.execute(f"PRAGMA snapshot.user_version = {int(schema_version)}")
                finally:
                    self._conn.execute("DETACH DATABASE snapshot")
            except dbapi2.Error as exc:
                raise translate(exc, self.path) from exc

    def checkpoint(self) -> None:
        # A busy checkpoint is retried by SQLite at the next commit or close.
        with self._lock, contextlib.suppress(dbapi2.Error):
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()

    def close(self, checkpoint: bool = True) -> None:
        """`checkpoint=False` for a second, reading connection: the owner's checkpoint counts."""
        with self._lock:
            if self._conn is None:
                return
            if checkpoint:
                self.checkpoint()
            self._conn.close()
            self._conn = None

    @property
    def closed(self) -> bool:
        return self._conn is None
