"""The same schema, store code and SQLite engine without encryption: the bench's yardstick.

The plain side is SQLCipher's own build opened without `PRAGMA key` (so the same SQLite
version and options), not Python's built-in sqlite3, which is another SQLite. Only the bench
opens an unencrypted database: the program itself refuses to (see app/vault/database.py).
The data here is generated and fictional.
"""

from __future__ import annotations

from pathlib import Path

from app.crypto.keyslots import KeyFile
from app.domain.models import UserDraft
from app.store.users import get_user, insert_user
from app.vault.database import SESSION_PRAGMAS, Database, require_sqlcipher
from app.vault.location import VaultLocation
from app.vault.schema import migrate
from app.vault.vault import Vault


class PlainDatabase(Database):
    def __init__(self, path: Path) -> None:  # deliberately without the key and its check
        module = require_sqlcipher()
        conn = module.connect(str(path), isolation_level=None, check_same_thread=False, timeout=10)
        for pragma in SESSION_PRAGMAS:
            conn.execute(pragma).fetchall()
        self._adopt(path, conn, module.Row)


def plain_vault(path: Path, user: UserDraft) -> Vault:
    """A new `Vault` with every store of the program, over an unencrypted database."""
    db = PlainDatabase(path)
    migrate(db)
    with db.transaction():
        db.execute("INSERT INTO meta (key, value) VALUES ('vault_id', 'plain')")
        inserted = insert_user(db, user)
    return Vault(VaultLocation(path.parent / "plain"), KeyFile("plain"), db, bytes(32), inserted)


def open_plain(path: Path, user_id: int = 1) -> Vault:
    """The plain database opened again, as an unlock opens the vault (migrating when needed)."""
    db = PlainDatabase(path)
    migrate(db)
    user = get_user(db, user_id)
    return Vault(VaultLocation(path.parent / "plain"), KeyFile("plain"), db, bytes(32), user)
