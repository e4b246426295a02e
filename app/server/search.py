"""Search on the practice server through the blind index (see `app.server.fields`).

Each searchable source (a case's title, a person's name, a signal's current text) owns a set
of tokens in `meldcode.search_tokens`, rewritten in the same transaction as the source itself.
A case matches when one of its sources holds a token for every searched word, as the vault's
FTS index matches one row. The server answers with case ids only; the caller opens the hits and
checks them against the text (cut prefixes may match a word that was not meant).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import psycopg

from app.server.fields import BlindIndex
from app.store.backend import SearchSource, StoreDatabase

Source = SearchSource
Connection = psycopg.Connection[Any]

_FORGET = "DELETE FROM meldcode.search_tokens WHERE source = %s AND source_id = %s"
_KEEP = (
    "INSERT INTO meldcode.search_tokens (source, source_id, case_id, token) VALUES (%s, %s, %s, %s)"
)
_MATCH = (
    "SELECT DISTINCT case_id FROM meldcode.search_tokens WHERE token = ANY(%s)"
    " GROUP BY source, source_id, case_id HAVING count(DISTINCT token) = %s"
)


def _store_sql(sql: str) -> str:
    # The same statement as the stores write it (`?`), for `ServerDatabase`.
    return sql.replace("%s", "?")


def replace_tokens(
    conn: Connection,
    index: BlindIndex,
    source: Source,
    source_id: int,
    case_id: int,
    text: str,
    field: str = "text",
) -> None:
    """The source's tokens become those of `text` (a lone surrogate: ValidationError at
    `field`, before anything is written)."""
    tokens = index.tokens(text, field)
    with conn.transaction():
        conn.execute(_FORGET, (source, source_id))
        if tokens:
            with conn.cursor() as cur:
                cur.executemany(
                    _KEEP, [(source, source_id, case_id, token) for token in sorted(tokens)]
                )


def matching_cases(conn: Connection, index: BlindIndex, text: str) -> set[int] | None:
    """Ids of the cases with a source holding every searched word (as a word beginning);
    None when the text has no word long enough to search for."""
    wanted = index.query(text)
    if not wanted:
        return None
    rows = conn.execute(_MATCH, (wanted, len(wanted))).fetchall()
    return {int(row[0]) for row in rows}


class BlindSearchIndex:
    """The server's side of the stores' search index (`app.store.backend.SearchIndex`): the
    tokens of a source are rewritten through the store's own connection, so they change in the
    transaction of the write they belong to, and are gone with it when it is undone."""

    def __init__(self, db: StoreDatabase, index: BlindIndex) -> None:
        self._db = db
        self._index = index

    def keep(self, source: Source, source_id: int, case_id: int, text: str, field: str) -> None:
        tokens = self._index.tokens(text, field)
        with self._db.transaction():
            self._db.execute(_store_sql(_FORGET), (source, source_id))
            if tokens:
                self._db.executemany(
                    _store_sql(_KEEP),
                    [(source, source_id, case_id, token) for token in sorted(tokens)],
                )

    def keep_new(self, sources: Iterable[tuple[Source, int, int, str, str]]) -> None:
        """The tokens of many sources that have none yet (rows written in this transaction),
        as (source, id, case id, text, field), in one statement."""
        rows = [
            (source, source_id, case_id, token)
            for source, source_id, case_id, text, field in sources
            for token in sorted(self._index.tokens(text, field))
        ]
        if rows:
            self._db.executemany(_store_sql(_KEEP), rows)

    def matching_case_ids(self, words: str) -> set[int] | None:
        wanted = self._index.query(words)
        if not wanted:
            return None
        rows = self._db.execute(_store_sql(_MATCH), (wanted, len(wanted)))
        return {int(row[0]) for row in rows}
