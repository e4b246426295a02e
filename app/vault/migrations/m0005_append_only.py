"""Schema 5: append-only without exceptions, and the content of every write in the log.

- Every append-only table (signals and their versions, step entries and their versions, the
  audit log) gets its protections from `app.vault.protections`: the UPDATE and DELETE triggers
  of schemas 1 and 2 are recreated under uniform names, and a BEFORE INSERT trigger refuses an
  insert whose key already exists, which is how `INSERT OR REPLACE`, `REPLACE INTO` and an
  UPSERT got past them.
- `audit_log.content_mac`: the keyed hash of the signal or entry a write left behind
  (`app.vault.content`). Rows already in the log keep NULL there and their MAC is unchanged.
- The hashes need the vault's key, which a migration does not hold, so this step only leaves
  the mark 'pending'; the unlock right after it records one baseline row over all content
  written before (`AuditLog.seal_content_baseline`).
"""

from app.vault import content, protections
from app.vault.database import Database
from app.vault.migrations.base import Migration


def apply(db: Database) -> None:
    db.execute("ALTER TABLE audit_log ADD COLUMN content_mac BLOB")
    protections.install(db)
    db.execute(
        "INSERT OR REPLACE INTO meta (key, value) VALUES (?, 'pending')", (content.BASELINE,)
    )


MIGRATION = Migration(
    5, "alleen toevoegen, zonder uitzondering; inhoud van elke wijziging in het logboek", apply
)
