"""Schema 11: a draft and a contact carry `row_version`, raised with every change in place.

A draft kept on two computers of the practice server (or in two windows) is saved only over
the version it was based on; otherwise the save is refused in Dutch and nothing is
overwritten. Contacts likewise. The practice server's tables have the same column
(`app.server.schema`), so the stores write this check once for both. Rows from before start at
version 1.
"""

from app.vault.migrations.base import sql_migration

MIGRATION = sql_migration(
    11,
    "concepten en contacten krijgen een versienummer tegen stil overschrijven",
    """
ALTER TABLE drafts ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE contacts ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
""",
)
