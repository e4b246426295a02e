"""Schema 10: the case list's first page read from one index.

The list without words shows the latest activity first. `cases_listed` holds, in that order,
what a row of the list shows and what the visibility rule and the status filter ask (who opened
the case, its status), so the first page reads a few index pages instead of one table page per
case (scattered over the table in a large vault, each decrypted on the way). It takes the place
of schema 8's `cases_by_updated`, whose columns it begins with.
"""

from app.vault.migrations.base import sql_migration

MIGRATION = sql_migration(
    10,
    "de lijst van casussen gelezen uit één index",
    """
CREATE INDEX cases_listed ON cases(updated_at, id, status, opened_by, opened_at, title);
DROP INDEX cases_by_updated;
""",
)
