"""The files of one vault, all in one folder."""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

from app.fileio import make_private_dir

DB_NAME = "meldcode.db"
KEYS_NAME = "meldcode.keys"
ATTEMPTS_NAME = "meldcode.attempts"
NEW_DB_NAME = ".meldcode-new.db"


@dataclass(frozen=True)
class VaultLocation:
    folder: Path

    @property
    def db_path(self) -> Path:
        return self.folder / DB_NAME

    @property
    def keys_path(self) -> Path:
        return self.folder / KEYS_NAME

    @property
    def attempts_path(self) -> Path:
        return self.folder / ATTEMPTS_NAME

    @property
    def new_db_path(self) -> Path:
        return self.folder / NEW_DB_NAME

    @property
    def backups_dir(self) -> Path:
        """Automatic backups (before a schema update) go here."""
        return self.folder / "reservekopieen"

    @property
    def replaced_dir(self) -> Path:
        """A vault replaced by a restore is kept here, never deleted by the program."""
        return self.folder / "vervangen"

    def exists(self) -> bool:
        return self.db_path.exists() or self.keys_path.exists()

    def prepare(self) -> None:
        make_private_dir(self.folder)
        if os.name == "posix":
            self.folder.chmod(0o700)

    def sidecars(self, db_path: Path) -> list[Path]:
        return sidecars(db_path)


def sidecars(db_path: Path) -> list[Path]:
    """SQLite's companions of a database file in WAL mode."""
    return [db_path.with_name(db_path.name + suffix) for suffix in ("-wal", "-shm")]


def remove_with_sidecars(db_path: Path) -> None:
    """The database file and its companions gone, whichever of them were there."""
    for path in (db_path, *sidecars(db_path)):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def main_location(data_dir: Path) -> VaultLocation:
    return VaultLocation(data_dir / "kluis")


def practice_location(data_dir: Path) -> VaultLocation:
    """The training vault of practice mode (oefenmodus): fictional cases only."""
    return VaultLocation(data_dir / "oefenkluis")
