"""The vault's side of the store seam (`app.store.backend`): SQLite's spelling of the few SQL
fragments that differ, and its full-text index as the stores' search index."""

from __future__ import annotations

import json
import re
from collections.abc import Collection

from app.store.backend import SearchSource, StoreDatabase, check_name

_WORD = re.compile(r"\w+")


class SqliteDialect:
    name = "sqlite"
    decision_column = False

    def id_table(self) -> str:
        return "(SELECT value AS id FROM json_each(?))"

    def id_param(self, ids: Collection[int]) -> object:
        return json.dumps(sorted(int(i) for i in ids))

    def json_text(self, column: str, key: str) -> str:
        check_name(column)
        check_name(key)
        return f"json_extract({column}, '$.{key}')"

    def truth(self, value: bool) -> str:
        return "1" if value else "0"

    def order_text(self, expression: str) -> str:
        return f"{expression} COLLATE NOCASE"

    def join_in_order(self) -> str:
        return "CROSS JOIN"


SQLITE = SqliteDialect()


def fts_match(words: str) -> str | None:
    """FTS5 query for "all these words, each as a word beginning"; None without words."""
    found = _WORD.findall(words)
    return " ".join(f'"{word}"*' for word in found) if found else None


class FtsSearchIndex:
    """The vault's `search_index` (FTS5, schema 2): its triggers keep it in the transaction of
    every write of a title, a name or a signal version, so a store has nothing to hand it."""

    def __init__(self, db: StoreDatabase) -> None:
        self._db = db

    def keep(
        self, source: SearchSource, source_id: int, case_id: int, text: str, field: str
    ) -> None:
        return None

    def matching_case_ids(self, words: str) -> set[int] | None:
        match = fts_match(words)
        if match is None:
            return None
        rows = self._db.execute(
            "SELECT DISTINCT case_id FROM search_index WHERE search_index MATCH ?", (match,)
        )
        return {int(row[0]) for row in rows}

    def hits(self, words: str, window: int) -> tuple[str, list[object]] | None:
        match = fts_match(words)
        if match is None:
            return None
        return (
            # The newest matches (rowids grow with each record), then per case the best:
            # in its title, else a person's name, else a signal's text (the rowid's kind,
            # schema 2: the record's id * 4 + 1, 2, 3).
            "best AS (SELECT rowid, case_id, source FROM search_index"
            f" WHERE search_index MATCH ? ORDER BY rowid DESC LIMIT {int(window)}),"
            " hits AS (SELECT case_id, min(rowid % 4) AS rank, rowid AS best,"
            " group_concat(source) AS sources FROM best GROUP BY case_id)",
            [match],
        )

    def more_than(self, words: str, count: int) -> bool:
        match = fts_match(words)
        if match is None:
            return False
        found = self._db.scalar(
            "SELECT count(*) FROM (SELECT 1 FROM search_index WHERE search_index MATCH ?"
            f" LIMIT {int(count) + 1})",
            (match,),
        )
        return int(found) > count

    def texts(self, keys: Collection[int]) -> dict[int, str]:
        if not keys:
            return {}
        rows = self._db.execute(
            "SELECT rowid, text FROM search_index WHERE rowid IN (SELECT value FROM json_each(?))",
            (json.dumps(sorted(keys)),),
        )
        return {int(r[0]): str(r[1]) for r in rows}

    def form_window(self, form: str, window: int) -> tuple[str, list[object], bool]:
        return (
            "EXISTS (SELECT 1 FROM signals s JOIN signal_versions v ON v.signal_id = s.id"
            " WHERE s.case_id = c.id AND v.form = ? AND v.version ="
            " (SELECT max(w.version) FROM signal_versions w WHERE w.signal_id = s.id))",
            [form],
            True,
        )
