"""Schema 13: the day each step happened, beside its version (`case_entry_versions.event_on`).

The jaaroverzicht and the registratielijst read the steps of one year or period. The practice
server keeps this day in the clear beside the sealed payload; the vault now keeps it the same
way, so both stores read the same rows with the same SQL and open only those payloads.

A real column, written by the program with every version (the entry's main date, as the
timeline places it), rather than a column generated from the payload: the day is then defined
once, in the domain, for both stores, and the same INSERT serves both. Versions written before
this step get their day here, from their payload by kind; the append-only protections are
dropped for that one UPDATE and recreated at once, inside this step's transaction.
"""

from app.vault import protections
from app.vault.database import Database
from app.vault.migrations.base import Migration

# The main date of each kind's payload as schema 13 found it; kinds without one (a skipped
# step, a weging) keep NULL. A follow-up is placed on the day it was done, else when it is due.
_BACKFILL = """
UPDATE case_entry_versions SET event_on = (
    SELECT CASE e.kind
        WHEN 'kindcheck' THEN json_extract(case_entry_versions.payload, '$.checked_on')
        WHEN 'consultation' THEN json_extract(case_entry_versions.payload, '$.held_on')
        WHEN 'conversation' THEN json_extract(case_entry_versions.payload, '$.held_on')
        WHEN 'decision' THEN json_extract(case_entry_versions.payload, '$.decided_on')
        WHEN 'report' THEN json_extract(case_entry_versions.payload, '$.made_on')
        WHEN 'follow_up' THEN coalesce(
            json_extract(case_entry_versions.payload, '$.done_on'),
            json_extract(case_entry_versions.payload, '$.due_on'))
    END
    FROM case_entries e WHERE e.id = case_entry_versions.entry_id)
"""


def apply(db: Database) -> None:
    db.execute("ALTER TABLE case_entry_versions ADD COLUMN event_on TEXT")
    db.execute("DROP TRIGGER IF EXISTS case_entry_versions_never_change")
    db.execute(_BACKFILL)
    protections.install(db)
    # No index on the day: the steps are found by kind (`case_entries_by_kind`) and their
    # current version by (entry_id, version); the day then spares opening the other years'
    # payloads. An index the planner passes over would only cost every write a page.


MIGRATION = Migration(13, "de dag van elke stap naast de stap zelf", apply)
