"""The vault's side of the store seam (`app.store.backend`): SQLite's spelling of the few SQL
fragments that differ."""

from __future__ import annotations

import json
from collections.abc import Collection

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
