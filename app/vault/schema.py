"""Bringing a vault's schema up to date: a backup first, then each step in its own transaction."""

from __future__ import annotations

from collections.abc import Callable

from app import __version__
from app.errors import VaultTooNew
from app.timeutil import now_iso
from app.vault.database import Database
from app.vault.migrations import LATEST_VERSION, MIGRATIONS
from app.vault.migrations.base import Migration


def schema_version(db: Database) -> int:
    return int(db.scalar("PRAGMA user_version") or 0)


def pending_migrations(db: Database) -> list[Migration]:
    found = schema_version(db)
    if found > LATEST_VERSION:
        raise VaultTooNew(found, LATEST_VERSION)
    return [m for m in MIGRATIONS if m.version > found]


def migrate(
    db: Database,
    backup_before: Callable[[int], object] | None = None,
    target: int = LATEST_VERSION,
) -> list[int]:
    """Apply pending steps up to `target`; returns the versions applied.

    `backup_before(current_version)` runs once before the first step on a vault that holds
    data (version > 0): if it raises, nothing is migrated.
    """
    steps = [m for m in pending_migrations(db) if m.version <= target]
    if not steps:
        return []
    if schema_version(db) > 0 and backup_before is not None:
        backup_before(schema_version(db))
    applied = []
    for step in steps:
        with db.transaction():
            step.apply(db)
            db.execute(
                "INSERT INTO schema_history (version, description, applied_at, app_version)"
                " VALUES (?, ?, ?, ?)",
                (step.version, step.description, now_iso(), __version__),
            )
            db.execute(f"PRAGMA user_version = {int(step.version)}")
        applied.append(step.version)
    return applied
