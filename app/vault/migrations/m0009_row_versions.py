"""Schema 9: a case and a person carry `row_version`, raised with every change in place.

A change names the version it was based on; when the row has moved on since (another window,
or on the practice server another computer), the change is refused in Dutch and nothing is
overwritten. The practice server's tables have the same column (`app.server.schema`), so the
stores write this check once for both. Rows from before start at version 1.
"""

from app.vault.migrations.base import sql_migration

MIGRATION = sql_migration(
    9,
    "casussen en betrokkenen krijgen een versienummer tegen stil overschrijven",
    """
ALTER TABLE cases ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE persons ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
""",
)
