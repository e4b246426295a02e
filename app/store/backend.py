"""The one seam between the domain stores and where their rows live.

The stores write their SQL once. What differs between the local vault (SQLCipher) and the
practice server (PostgreSQL) sits behind three small things:

- `StoreDatabase`: the connection as the stores use it. Parameters are written `?` in every
  store; the server's implementation turns them into its own. `next_id(table)` gives a row its
  id before the insert, so a sealed value can be bound to the row it belongs to; the vault
  binds nothing to rows and answers None, and the row's id comes from the insert as ever.
- `Dialect`: the few SQL fragments that are spelled differently (a list of ids as one
  parameter, a field of a JSON text, ordering text without regard to case), and whether a
  melding's decision is kept beside the sealed payload for the server's check. Upserts need no
  fragment: `INSERT ... ON CONFLICT (...) DO UPDATE SET x = excluded.x` and `ON CONFLICT DO
  NOTHING` read the same in both, and booleans are written as Python `bool` (SQLite keeps 1/0).
- `Sealer`: what happens to a value that could identify or describe someone on its way to a
  row. The vault is encrypted whole, so it keeps values as they are (`PLAIN`); the server gets
  them sealed on the client, bound to table, column and row (`app.server.fields`).
- `SearchIndex`: words of a case's title, a person's name and a signal's newest text, found
  again by their beginnings. The vault's FTS5 index is kept by its own triggers (schema 2), so
  there a write tells it nothing; the server cannot read the text, so the store hands it the
  text in the transaction of the write and the client keeps keyed tokens of it
  (`app.server.search`). Asking which cases hold some words goes through the same part.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from contextlib import AbstractContextManager
from typing import Any, Literal, Protocol

Row = Any
Params = Sequence[Any] | dict[str, Any]
_NAME = re.compile(r"[a-z][a-z0-9_]*")


def check_name(name: str) -> str:
    """A table, column or key name put into SQL text: the program's own, never a user's."""
    if not _NAME.fullmatch(name):
        raise ValueError("an SQL name is lower case letters, digits and underscores")
    return name


class Dialect(Protocol):
    @property
    def name(self) -> str: ...

    def id_table(self) -> str:
        """A table expression `(SELECT ... AS id)` over one parameter holding a list of ids."""
        ...

    def id_param(self, ids: Collection[int]) -> object:
        """The parameter for `id_table`."""
        ...

    def json_text(self, column: str, key: str) -> str:
        """The text of field `key` of a JSON object held as text in `column`."""
        ...

    def order_text(self, expression: str) -> str:
        """`expression` for ORDER BY, without regard to upper and lower case."""
        ...

    def truth(self, value: bool) -> str:
        """A condition that always holds (or never): SQLite `1`/`0`, PostgreSQL's booleans."""
        ...

    @property
    def decision_column(self) -> bool:
        """Whether an entry version keeps the decision a melding carries out beside its
        payload, in `case_entry_versions.decision_id`: the server's trigger checks a melding
        names its decision and cannot read the sealed payload; the vault's reads the payload."""
        ...

    def join_in_order(self) -> str:
        """A join whose left table leads, so a LIMIT stops early in its index order: SQLite's
        CROSS JOIN keeps the order as written; PostgreSQL's planner chooses by itself."""
        ...


class StoreDatabase(Protocol):
    """A connection as the stores use it: one at a time, all-or-nothing transactions."""

    @property
    def dialect(self) -> Dialect: ...

    def execute(self, sql: str, params: Params = ()) -> list[Row]: ...

    def insert(self, sql: str, params: Params = ()) -> int: ...

    def executemany(self, sql: str, rows: Sequence[Params]) -> None: ...

    def one(self, sql: str, params: Params = ()) -> Row | None: ...

    def scalar(self, sql: str, params: Params = ()) -> Any: ...

    def transaction(self) -> AbstractContextManager[None]: ...

    def before_commit(self, hook: Callable[[], None]) -> None: ...

    @property
    def in_transaction(self) -> bool: ...

    def next_id(self, table: str) -> int | None:
        """A new id for a row of `table`, given before the insert (call it inside the
        transaction that inserts the row), or None where the insert gives it: pass it on as the
        row's `id` either way, and take the id `insert` returns."""
        ...


class Sealer(Protocol):
    """Turns a text into what is kept in a column of a row, and back."""

    @property
    def clear(self) -> bool:
        """Whether SQL can compare what is kept with a value (the vault: the value itself)."""
        ...

    def seal(self, table: str, column: str, row_id: int | None, value: str | None) -> object: ...

    def open(self, table: str, column: str, row_id: int, stored: object) -> str | None: ...


class PlainSealer:
    """The vault's sealer: the vault file is encrypted whole, values are kept as they are."""

    clear = True

    def seal(self, table: str, column: str, row_id: int | None, value: str | None) -> object:
        return value

    def open(self, table: str, column: str, row_id: int, stored: object) -> str | None:
        return None if stored is None else str(stored)


PLAIN = PlainSealer()


def opened(sealer: Sealer, table: str, column: str, row_id: int, stored: object) -> str:
    """A sealed column that always holds a text (never 'no value')."""
    value = sealer.open(table, column, row_id, stored)
    return "" if value is None else value


SearchSource = Literal["case", "person", "signal"]


class SearchIndex(Protocol):
    """The words a case is found by (see the module's note)."""

    def keep(
        self, source: SearchSource, source_id: int, case_id: int, text: str, field: str
    ) -> None:
        """`text` is now what `source` `source_id` of case `case_id` is found by; call it in
        the transaction of the write (a text that cannot be kept: ValidationError at
        `field`, before anything is written)."""
        ...

    def matching_case_ids(self, words: str) -> set[int] | None:
        """The cases with one title, name or signal holding every word of `words`, each as the
        beginning of a word, without regard to case or accents; None when `words` holds no
        word to search for. On the server a hit may be a cut prefix's: the caller checks the
        opened text before showing why a case matched."""
        ...

    def hits(self, words: str, window: int) -> tuple[str, list[object]] | None:
        """CTEs for the search window ending in `hits(case_id, rank, best, sources)`: of the
        `window` newest sources holding every word, per case its best match (`rank` 1 a
        title, 2 a name, 3 a signal's text), that source's key (`best`, for `texts`) and the
        kinds of its matching sources, comma separated; with the parameters, in order. A
        source's key is its row's id * 4 + its rank, on both stores. None without words."""
        ...

    def more_than(self, words: str, count: int) -> bool:
        """Whether more than `count` sources hold every word (the window was too small)."""
        ...

    def texts(self, keys: Collection[int]) -> dict[int, str]:
        """The text each source of `keys` (see `hits`) is found by, opened."""
        ...

    def form_window(self, form: str, window: int) -> tuple[str, list[object], bool]:
        """A condition on `cases c` for the cases with a signal whose newest version names the
        form of violence `form`, its parameters, and whether it holds every such case: the
        vault's does; the server's holds the `window` changed last (the list's order), so a
        page left short asks again with a wider window."""
        ...


def signal_search_text(facts: str, interpretation: str, observed_by: str) -> str:
    """What a signal is found by: its newest version's text, as the vault's index keeps it."""
    return f"{facts} {interpretation} {observed_by}"
