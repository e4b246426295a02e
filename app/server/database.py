"""The practice server's side of the store seam (`app.store.backend`): one psycopg connection
as the stores use it, PostgreSQL's spelling of the fragments that differ, sealing on the client.

The stores write `?` for a parameter; here that becomes psycopg's `%s` (and a literal `%`
becomes `%%`), outside quoted text only. Transactions nest as savepoints, like the vault's.
psycopg's errors become the program's own, in Dutch: a connection that is gone or a server that
is down is `ServerUnreachable`, anything else the server cannot do is `ServerFailed`. A broken
rule of the record (an append-only table, a unique row) is a defect of the program and is let
through as it is, as the vault lets SQLite's integrity errors through.
"""

from __future__ import annotations

import select
import threading
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

import psycopg
from psycopg import errors as pg_errors
from psycopg import pq

from app.errors import (
    SealedFieldMismatch,
    ServerFailed,
    ServerUnreachable,
    VaultClosed,
    VaultError,
)
from app.server import connection, schema
from app.server.fields import FieldCodec, Place
from app.store.backend import Params, Row, check_name

# What the program's own rules refuse: let through to the caller as a defect, not explained.
_DEFECTS = (pg_errors.IntegrityError, pg_errors.InsufficientPrivilege)


class PostgresDialect:
    name = "postgresql"
    decision_column = True

    def id_table(self) -> str:
        return "(SELECT unnest(?::bigint[]) AS id)"

    def id_param(self, ids: Collection[int]) -> object:
        return sorted(int(i) for i in ids)

    def json_text(self, column: str, key: str) -> str:
        check_name(column)
        check_name(key)
        return f"({column}::jsonb ->> '{key}')"

    def truth(self, value: bool) -> str:
        return "TRUE" if value else "FALSE"

    def order_text(self, expression: str) -> str:
        return f"lower({expression})"

    def join_in_order(self) -> str:
        return "JOIN"


POSTGRES = PostgresDialect()


@lru_cache(maxsize=1024)
def to_psycopg(sql: str) -> str:
    """`?` placeholders as `%s`, a literal `%` as `%%`; quoted text and names stay as written."""
    out: list[str] = []
    quote: str | None = None
    for char in sql:
        if quote is not None:
            if char == quote:
                quote = None
            out.append("%%" if char == "%" else char)
        elif char in ("'", '"'):
            quote = char
            out.append(char)
        elif char == "?":
            out.append("%s")
        elif char == "%":
            out.append("%%")
        else:
            out.append(char)
    return "".join(out)


def translate(exc: psycopg.Error, conn: psycopg.Connection[Any]) -> VaultError:
    if conn.closed or conn.broken or isinstance(exc, psycopg.InterfaceError):
        return ServerUnreachable()
    state = exc.sqlstate or ""
    # 08: connection exceptions; 57P: the server shutting down or restarting.
    if state.startswith(("08", "57P")) or (isinstance(exc, psycopg.OperationalError) and not state):
        return ServerUnreachable()
    return ServerFailed()


def _gone(conn: psycopg.Connection[Any]) -> bool:
    """Whether an idle connection is lost: known broken, or hung up by the server meanwhile
    (a restart), so that the next statement is not the one to find out. An idle session
    connection listens to nothing, so anything to read on its socket is the server's goodbye
    (or, rarely, a notice; a new connection then costs no more than a moment)."""
    if conn.closed or conn.broken:
        return True
    try:
        readable, _, _ = select.select([conn.fileno()], [], [], 0)
    except (OSError, ValueError):
        return True
    return bool(readable) or conn.pgconn.status != pq.ConnStatus.OK


class ServerDatabase:
    """The practice's database as the stores use it. All access goes through one lock."""

    def __init__(
        self,
        conn: psycopg.Connection[Any],
        reconnect: Callable[[], psycopg.Connection[Any]] | None = None,
    ) -> None:
        """`reconnect` opens a new connection once the server is back after one was lost."""
        if not conn.autocommit:
            raise ValueError("the server connection works in autocommit mode")
        self._conn = conn
        self._reconnect = reconnect
        # The address it was opened with (None when given a connection): the change listener
        # opens its own connection there.
        self.url: str | None = None
        self._shut = False
        self._lock = threading.RLock()
        self._depth = 0
        self._before_commit: list[Callable[[], None]] = []
        self._configure(conn)

    def _configure(self, conn: psycopg.Connection[Any]) -> None:
        with self._errors():
            conn.execute("SET search_path = meldcode, pg_catalog")
            # Moments come back in UTC, as the vault keeps them.
            conn.execute("SET TIME ZONE 'UTC'")

    @classmethod
    def connect(cls, url: str) -> ServerDatabase:
        db = cls(connection.connect(url), reconnect=lambda: connection.connect(url))
        db.url = url
        return db

    @property
    def connection(self) -> psycopg.Connection[Any]:
        return self._usable()

    def _usable(self) -> psycopg.Connection[Any]:
        """The connection; after one was lost (the server restarted, the network came back),
        a new one, but never inside a transaction: what the lost one held was rolled back, so
        the work must start again from its beginning."""
        conn = self._conn
        if self._shut:
            raise VaultClosed()
        if self._depth == 0 and self._reconnect is not None and _gone(conn):
            conn.close()
            fresh = self._reconnect()  # ServerUnreachable while the server is still gone
            self._conn = fresh
            self._configure(fresh)
        return self._conn

    @property
    def backend_pid(self) -> int | None:
        """The server process of the connection in use now (a new one after a reconnect), by
        which the change listener knows this session's own commits; None when it is gone."""
        conn = self._conn
        try:
            return None if conn.closed or conn.broken else conn.info.backend_pid or None
        except psycopg.Error:  # closed meanwhile, by the session's own thread
            return None

    @property
    def dialect(self) -> PostgresDialect:
        return POSTGRES

    @contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except _DEFECTS:
            raise
        except psycopg.Error as exc:
            raise translate(exc, self._conn) from exc

    def execute(self, sql: str, params: Params = ()) -> list[Row]:
        with self._lock, self._errors():
            cursor = self._usable().execute(to_psycopg(sql), params)
            return list(cursor.fetchall()) if cursor.description is not None else []

    def insert(self, sql: str, params: Params = ()) -> int:
        """An INSERT into a table with an `id` column; returns the new row's id."""
        with self._lock, self._errors():
            row = self._usable().execute(to_psycopg(sql) + " RETURNING id", params).fetchone()
        assert row is not None
        return int(row[0])

    def executemany(self, sql: str, rows: Sequence[Params]) -> None:
        with self._lock, self._errors(), self._usable().cursor() as cursor:
            cursor.executemany(to_psycopg(sql), rows)

    def one(self, sql: str, params: Params = ()) -> Row | None:
        rows = self.execute(sql, params)
        return rows[0] if rows else None

    def scalar(self, sql: str, params: Params = ()) -> Any:
        row = self.one(sql, params)
        return None if row is None else row[0]

    def next_id(self, table: str) -> int:
        with self._lock, self._errors():
            return schema.next_id(self._usable(), table)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All or nothing. Nested use becomes a savepoint inside the outer transaction."""
        with self._lock, self._errors(), self._usable().transaction():
            outermost = self._depth == 0
            self._depth += 1
            try:
                yield
                if outermost:
                    for hook in self._before_commit:
                        hook()
            finally:
                self._depth -= 1

    def before_commit(self, hook: Callable[[], None]) -> None:
        self._before_commit.append(hook)

    @property
    def in_transaction(self) -> bool:
        return self._depth > 0

    def close(self) -> None:
        with self._lock:
            self._shut = True
            self._conn.close()

    @property
    def lost(self) -> bool:
        """The connection broke (server or network gone); the next use tries a new one."""
        return bool(self._conn.closed or self._conn.broken) and not self._shut

    @property
    def closed(self) -> bool:
        """Closed by the program (locked); a lost connection is not closed, it comes back."""
        return self._shut


class FieldSealer:
    """The server's sealer: AES-256-GCM per value, bound to table, column and row."""

    clear = False

    def __init__(self, codec: FieldCodec) -> None:
        self._codec = codec

    def seal(self, table: str, column: str, row_id: int | None, value: str | None) -> object:
        if row_id is None:
            raise ValueError("a sealed value is bound to its row: take the id with next_id")
        return self._codec.seal_text(Place(table, column, row_id), value)

    def open(self, table: str, column: str, row_id: int, stored: object) -> str | None:
        if not isinstance(stored, bytes):
            raise SealedFieldMismatch()
        return self._codec.open_text(Place(table, column, row_id), stored)
