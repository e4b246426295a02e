"""Schema 12: the log's index on the case alone goes; the one on (case, seq) answers the same.

An index on `case_id` holds the rowid (`seq`) beside it, so `audit_by_case` was the same
ordering as `audit_by_case_seq` (schema 7). Each row the log gains was written into both; on
the encrypted vault every page an addition dirties is encrypted and MACed at commit, and a
new row of an older case lands in the middle of both indexes.
"""

from app.vault.migrations.base import sql_migration

MIGRATION = sql_migration(
    12,
    "dubbele index van het logboek verwijderd",
    """
DROP INDEX IF EXISTS audit_by_case;
""",
)
