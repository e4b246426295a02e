"""The triggers that make the record append-only, and the check that they are all in place.

A row of these tables is written once and then only read: a change is a new version, a
mistake is withdrawn or corrected by a new row. Three triggers per table keep that promise in
the database itself, for every statement from any connection:

- `BEFORE UPDATE` and `BEFORE DELETE` refuse changing and removing a row;
- `BEFORE INSERT ... WHEN` the row's key already exists refuses replacing it. SQLite's
  conflict clause `REPLACE` (`INSERT OR REPLACE`, `REPLACE INTO`, `UPDATE OR REPLACE`) deletes
  the old row without firing DELETE triggers unless `recursive_triggers` is on, and that
  setting belongs to the connection, not to the file: another program opening the vault would
  not have it. A trigger that looks for the key before the insert works whatever the
  connection's settings, and also stops an UPSERT before its UPDATE part is reached.

`verify` compares the triggers in the vault with this list, text and all, so a protection that
was dropped or replaced by a harmless one is reported.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.vault.database import Database


@dataclass(frozen=True)
class Protected:
    table: str
    noun: str
    # Columns that identify a row besides its rowid (a UNIQUE constraint); may be empty.
    unique: tuple[str, ...] = ()


PROTECTED: tuple[Protected, ...] = (
    Protected("signals", "signals"),
    Protected("signal_versions", "signal versions", ("signal_id", "version")),
    Protected("case_entries", "step entries"),
    Protected("case_entry_versions", "entry versions", ("entry_id", "version")),
    Protected("audit_log", "audit log rows"),
)


def _key_column(table: str) -> str:
    return "seq" if table == "audit_log" else "id"


# The audit log's triggers keep the names schema 1 gave them.
_NAMES = {"audit_log": ("append_only_update", "append_only_delete", "append_only_insert")}


def _triggers(p: Protected) -> dict[str, str]:
    change, vanish, replaced = (
        f"{p.table}_{suffix}"
        for suffix in _NAMES.get(p.table, ("never_change", "never_vanish", "never_replaced"))
    )
    key = _key_column(p.table)
    taken = f"EXISTS (SELECT 1 FROM {p.table} WHERE {key} = NEW.{key})"
    if p.unique:
        match = " AND ".join(f"{c} = NEW.{c}" for c in p.unique)
        taken += f"\n  OR EXISTS (SELECT 1 FROM {p.table} WHERE {match})"
    return {
        change: (
            f"CREATE TRIGGER {change} BEFORE UPDATE ON {p.table}\n"
            f"BEGIN\n    SELECT RAISE(ABORT, '{p.noun} are never changed');\nEND"
        ),
        vanish: (
            f"CREATE TRIGGER {vanish} BEFORE DELETE ON {p.table}\n"
            f"BEGIN\n    SELECT RAISE(ABORT, '{p.noun} are never deleted');\nEND"
        ),
        replaced: (
            f"CREATE TRIGGER {replaced} BEFORE INSERT ON {p.table}\n"
            f"WHEN {taken}\n"
            f"BEGIN\n    SELECT RAISE(ABORT, '{p.noun} are never replaced');\nEND"
        ),
    }


def expected_triggers() -> dict[str, str]:
    """Every protection by name, with the exact statement that creates it."""
    found: dict[str, str] = {}
    for p in PROTECTED:
        found.update(_triggers(p))
    return found


# Names the append-only triggers had before they were gathered here (schemas 1 and 2).
EARLIER_NAMES: tuple[str, ...] = (
    "signal_versions_never_change",
    "signal_versions_never_vanish",
    "case_entries_never_change",
    "case_entries_never_vanish",
    "case_entry_versions_never_change",
    "case_entry_versions_never_vanish",
    "audit_log_append_only_update",
    "audit_log_append_only_delete",
)


def install(db: Database) -> None:
    """(Re)create every protection; runs inside the caller's transaction (a migration)."""
    for name in (*EARLIER_NAMES, *expected_triggers()):
        db.execute(f"DROP TRIGGER IF EXISTS {name}")
    for sql in expected_triggers().values():
        db.execute(sql)


def _normal(sql: str) -> str:
    return " ".join(sql.split()).rstrip(";").strip()


def missing_protections(db: Database) -> list[str]:
    """Names of protections that are absent or not as the schema made them."""
    present = {
        str(row[0]): _normal(str(row[1] or ""))
        for row in db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
    }
    return sorted(
        name for name, sql in expected_triggers().items() if present.get(name) != _normal(sql)
    )
