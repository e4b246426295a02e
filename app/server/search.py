"""Search on the practice server through the blind index (see `app.server.fields`).

Each searchable source (a case's title, a person's name, a signal's current text) owns a set
of tokens in `meldcode.search_tokens`, rewritten in the same transaction as the source itself.
A case matches when one of its sources holds a token for every searched word, as the vault's
FTS index matches one row. The server answers with case ids only; the caller opens the hits and
checks them against the text (cut prefixes may match a word that was not meant).
"""

from __future__ import annotations

from typing import Any, Literal

import psycopg

from app.server.fields import BlindIndex

Source = Literal["case", "person", "signal"]
Connection = psycopg.Connection[Any]


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
        conn.execute(
            "DELETE FROM meldcode.search_tokens WHERE source = %s AND source_id = %s",
            (source, source_id),
        )
        if tokens:
            with conn.cursor() as cur:
                cur.executemany(
                    "INSERT INTO meldcode.search_tokens (source, source_id, case_id, token)"
                    " VALUES (%s, %s, %s, %s)",
                    [(source, source_id, case_id, token) for token in sorted(tokens)],
                )


def matching_cases(conn: Connection, index: BlindIndex, text: str) -> set[int] | None:
    """Ids of the cases with a source holding every searched word (as a word beginning);
    None when the text has no word long enough to search for."""
    wanted = index.query(text)
    if not wanted:
        return None
    rows = conn.execute(
        "SELECT DISTINCT case_id FROM meldcode.search_tokens WHERE token = ANY(%s)"
        " GROUP BY source, source_id, case_id HAVING count(DISTINCT token) = %s",
        (wanted, len(wanted)),
    ).fetchall()
    return {int(row[0]) for row in rows}
