"""The same schema and the same store code on plain SQLite, as the benchmark's yardstick.

Only the benchmark may open an unencrypted database: the program itself refuses to (see
app/vault/database.py). The data here is generated and fictional.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.crypto.keyslots import KeyFile
from app.domain.models import UserDraft
from app.store.users import insert_user
from app.vault.database import SESSION_PRAGMAS, Database
from app.vault.location import VaultLocation
from app.vault.schema import migrate
from app.vault.vault import Vault


class PlainDatabase(Database):
    def __init__(self, path: Path) -> None:  # deliberately skips the key and the cipher check
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        for pragma in SESSION_PRAGMAS:
            conn.execute(pragma).fetchall()
        self._adopt(path, conn, sqlite3.Row)


def plain_vault(folder: Path, user: UserDraft) -> Vault:
    """A `Vault` with every store of the program, over an unencrypted database."""
    db = PlainDatabase(folder / "plain.db")
    migrate(db)
    with db.transaction():
        db.execute("INSERT INTO meta (key, value) VALUES ('vault_id', 'plain')")
        inserted = insert_user(db, user)
    return Vault(VaultLocation(folder / "plain"), KeyFile("plain"), db, bytes(32), inserted)
