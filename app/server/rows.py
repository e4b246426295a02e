"""Changing a row in place on the practice server without overwriting a colleague's change.

Two computers may open the same case, person, contact or draft. Every such row carries
`row_version`; a change names the version it was based on, and the server applies it only when
the row still has that version (the check and the write are one statement, so two saves at the
same moment cannot both pass). A change based on an older version is refused with a Dutch
message and nothing is written: the colleague's change stays, and the user sees it first.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import psycopg
from psycopg import sql

from app.errors import ChangedElsewhere, RecordNotFound
from app.server.schema import SCHEMA, VERSIONED

_IDENTIFIER = re.compile(r"[a-z][a-z0-9_]*")
Connection = psycopg.Connection[Any]


def update_checked(
    conn: Connection, table: str, row_id: int, seen_version: int, values: Mapping[str, Any]
) -> int:
    """Write `values` into the row if it is still at `seen_version`; returns the new version.

    `ChangedElsewhere` when someone changed it since, `RecordNotFound` when it is gone.
    """
    if table not in VERSIONED:
        raise ValueError("table without row versions")
    if not values or not all(_IDENTIFIER.fullmatch(c) and c != "row_version" for c in values):
        raise ValueError("columns are named by the program")
    assignments = sql.SQL(", ").join(
        sql.SQL("{} = {}").format(sql.Identifier(column), sql.Placeholder()) for column in values
    )
    statement = sql.SQL(
        "UPDATE {} SET {}, row_version = row_version + 1"
        " WHERE id = %s AND row_version = %s RETURNING row_version"
    ).format(sql.Identifier(SCHEMA, table), assignments)
    row = conn.execute(statement, (*values.values(), row_id, seen_version)).fetchone()
    if row is not None:
        return int(row[0])
    exists = conn.execute(
        sql.SQL("SELECT 1 FROM {} WHERE id = %s").format(sql.Identifier(SCHEMA, table)),
        (row_id,),
    ).fetchone()
    if exists is None:
        raise RecordNotFound()
    raise ChangedElsewhere()
