"""Search on the practice server through the blind index (see `app.server.fields`).

Each searchable source (a case's title, a person's name, a signal's current text) owns a set
of tokens in `meldcode.search_tokens`, rewritten in the same transaction as the source itself.
A case matches when one of its sources holds a token for every searched word, as the vault's
FTS index matches one row. The server answers with case ids only; the caller opens the hits and
checks them against the text (cut prefixes may match a word that was not meant).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import Any

import psycopg

from app.server.fields import BlindIndex
from app.server.form_index import FormIndex
from app.store.backend import (
    Sealer,
    SearchSource,
    StoreDatabase,
    opened,
    signal_search_text,
)

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
# A source's key, as the vault's index numbers its rows (schema 2): the row's id * 4 + its kind.
_KEY_OF_T = "t.source_id * 4 + CASE t.source WHEN 'case' THEN 1 WHEN 'person' THEN 2 ELSE 3 END"


def _newest(wanted: list[bytes]) -> tuple[str, list[object]]:
    """The sources holding every searched word, as FROM ... WHERE: the first word's rows (read
    newest first through their index, server step 5), each joined to the same source's row of
    every other word (the primary key finds it; a source holds a token once). Laterally, so
    each row is looked up as the first word's rows come: a plain join let the planner, which
    takes two words for independent, read both words' rows whole and sort them (10.8 against
    1.9 ms for 'blauwe plek' at 10,000 cases)."""
    joins = "".join(
        f" CROSS JOIN LATERAL (SELECT 1 FROM meldcode.search_tokens u{i} WHERE"
        f" u{i}.source = t.source AND u{i}.source_id = t.source_id AND u{i}.token = ?"
        f" LIMIT 1) u{i}"
        for i in range(1, len(wanted))
    )
    return f"FROM meldcode.search_tokens t{joins} WHERE t.token = ?", [*wanted[1:], wanted[0]]


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

    def __init__(
        self,
        db: StoreDatabase,
        index: BlindIndex,
        sealer: Sealer,
        forms: FormIndex,
    ) -> None:
        self._db = db
        self._index = index
        # Opens the texts of the sources a search window shows (`texts`).
        self._sealer = sealer
        self._forms = forms

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

    def hits(self, words: str, window: int) -> tuple[str, list[object]] | None:
        wanted = self._index.query(words)
        if not wanted:
            return None
        sources, params = _newest(wanted)
        return (
            # The vault's order (`app.vault.backend.FtsSearchIndex.hits`): the newest sources
            # by key, then per case the best kind and that source's key.
            f"best AS (SELECT t.source, t.case_id, {_KEY_OF_T} AS key {sources}"
            f" ORDER BY key DESC LIMIT {int(window)}),"
            " hits AS (SELECT case_id, min(key % 4) AS rank,"
            " (array_agg(key ORDER BY key % 4, key DESC))[1] AS best,"
            " string_agg(source, ',') AS sources FROM best GROUP BY case_id)",
            params,
        )

    def more_than(self, words: str, count: int) -> bool:
        wanted = self._index.query(words)
        if not wanted:
            return False
        sources, params = _newest(wanted)
        found = self._db.scalar(
            f"SELECT count(*) FROM (SELECT 1 {sources} LIMIT {int(count) + 1}) m", params
        )
        return int(found) > count

    def texts(self, keys: Collection[int]) -> dict[int, str]:
        by_kind: dict[int, list[int]] = {1: [], 2: [], 3: []}
        for key in keys:
            by_kind.setdefault(key % 4, []).append(key // 4)
        ids = self._db.dialect.id_table()
        found: dict[int, str] = {}
        seal = self._sealer
        if by_kind[1]:
            for r in self._db.execute(
                f"SELECT c.id, c.title FROM cases c JOIN {ids} f ON f.id = c.id",
                (self._db.dialect.id_param(by_kind[1]),),
            ):
                found[int(r[0]) * 4 + 1] = opened(seal, "cases", "title", int(r[0]), r[1])
        if by_kind[2]:
            for r in self._db.execute(
                f"SELECT p.id, p.name FROM persons p JOIN {ids} f ON f.id = p.id",
                (self._db.dialect.id_param(by_kind[2]),),
            ):
                found[int(r[0]) * 4 + 2] = opened(seal, "persons", "name", int(r[0]), r[1])
        if by_kind[3]:
            for r in self._db.execute(
                "SELECT v.signal_id, v.id, v.facts, v.interpretation, v.observed_by"
                f" FROM signal_versions v JOIN {ids} f ON f.id = v.signal_id"
                " WHERE v.version = (SELECT max(w.version) FROM signal_versions w"
                "  WHERE w.signal_id = v.signal_id)",
                (self._db.dialect.id_param(by_kind[3]),),
            ):
                version_id = int(r[1])
                facts, interpretation, observed_by = (
                    opened(seal, "signal_versions", column, version_id, stored)
                    for column, stored in zip(
                        ("facts", "interpretation", "observed_by"), r[2:5], strict=True
                    )
                )
                found[int(r[0]) * 4 + 3] = signal_search_text(facts, interpretation, observed_by)
        return found

    def form_window(self, form: str, window: int) -> tuple[str, list[object], bool]:
        newest = self._forms.newest_cases(form, window + 1)
        dialect = self._db.dialect
        return (
            f"c.id IN (SELECT id FROM {dialect.id_table()} f)",
            [dialect.id_param(newest[:window])],
            len(newest) <= window,
        )
