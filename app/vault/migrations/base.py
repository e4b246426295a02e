"""What a migration is: one numbered step from the schema before it to the schema after it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.vault.database import Database


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    apply: Callable[[Database], None]


def sql_migration(version: int, description: str, script: str) -> Migration:
    """A migration that is one SQL script (it runs inside the migration's transaction)."""

    def apply(db: Database) -> None:
        for statement in split_statements(script):
            db.execute(statement)

    return Migration(version, description, apply)


def split_statements(script: str) -> list[str]:
    """Statements of a script, keeping trigger bodies (which hold ';') whole."""
    statements: list[str] = []
    current: list[str] = []
    in_trigger = False
    for line in script.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("--"):
            continue
        current.append(line)
        upper = stripped.upper()
        if upper.startswith("CREATE TRIGGER"):
            in_trigger = True
        if in_trigger:
            if upper.startswith("END;"):
                in_trigger = False
                statements.append("\n".join(current))
                current = []
        elif stripped.endswith(";"):
            statements.append("\n".join(current))
            current = []
    if current:
        statements.append("\n".join(current))
    return statements
