"""The vault's side of the store seam (`app.store.backend`): SQLite's spelling of the few SQL
fragments that differ, and ids for new rows."""

from __future__ import annotations

import json
from collections.abc import Collection
from typing import Any

from app.store.backend import check_name


class SqliteDialect:
    name = "sqlite"

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


SQLITE = SqliteDialect()


def next_id(db: Any, table: str) -> int:
    """The id SQLite would give the next row of `table` (an INTEGER PRIMARY KEY without
    AUTOINCREMENT takes the highest id plus one); inside the writing transaction no other
    connection can take it first."""
    check_name(table)
    return int(db.scalar(f"SELECT coalesce(max(id), 0) + 1 FROM {table}"))
