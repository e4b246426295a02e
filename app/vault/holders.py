"""Who may unlock a vault, read from its key file without a key.

Kept apart from `app.vault.vault` so the unlock window can list the users without importing
the database engine, the stores and the key derivation before it is shown.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.crypto.keyslots import KeyFile
from app.errors import KeyFileDamaged, VaultMissing
from app.vault.location import VaultLocation


@dataclass(frozen=True)
class SlotHolder:
    """A user as the unlock window lists them, read from the key file (no key needed)."""

    user_id: int
    display_name: str
    device_bound: bool


def read_key_file(location: VaultLocation) -> KeyFile:
    if not location.keys_path.exists():
        if location.db_path.exists():
            raise KeyFileDamaged()
        raise VaultMissing()
    try:
        return KeyFile.load(location.keys_path)
    except OSError as exc:
        raise KeyFileDamaged() from exc


def slot_holders(location: VaultLocation) -> list[SlotHolder]:
    return [
        SlotHolder(slot.user_id, slot.display_name, slot.device_bound)
        for slot in read_key_file(location).user_slots
        if slot.user_id is not None
    ]


def user_attempt_key(user_id: int) -> str:
    return f"user:{user_id}"
