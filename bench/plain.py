"""The same schema and the same store code on plain SQLite, as the benchmark's yardstick.

Only the benchmark may open an unencrypted database: the program itself refuses to (see
app/vault/database.py). The data here is generated and fictional.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from app.domain.models import User
from app.vault.audit import AuditLog
from app.vault.database import SESSION_PRAGMAS, Database


class PlainDatabase(Database):
    def __init__(self, path: Path) -> None:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        for pragma in SESSION_PRAGMAS:
            conn.execute(pragma).fetchall()
        self._adopt(path, conn, sqlite3.Row)


@dataclass
class BenchSession:
    """What the stores need (see app.store.base.Session), for a database the bench opened."""

    db: Database
    audit: AuditLog
    user: User
