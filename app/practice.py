"""Practice mode (oefenmodus): a separate training vault with fictional example cases.

It lives in its own folder (`app.vault.location.practice_location`) and is marked in its meta
(`Vault.is_practice`), so the UI can say on every screen that this is practice.

How its key is handled, and why: the practice vault is a real SQLCipher vault like any other
(one code path, no plain SQLite anywhere), with a single passphrase-only key slot whose
passphrase is fixed and written here, `PRACTICE_PASSPHRASE`. It is not bound to the device,
so it opens without the operating system's keyring, on any computer and for any colleague,
without asking anything: a new colleague clicks "Oefenen" and is in. A device-bound slot was
not chosen: the keyring is per operating-system account, so on a shared practice computer one
colleague's practice vault would not open for the next, and without a keyring not at all.
Everyone practises as the one user "Oefengebruiker". That is safe only
because the vault holds fictional cases; its encryption protects nothing secret, since the
passphrase is public. The UI therefore marks it clearly, and its recovery code is thrown
away: a practice vault that is lost or muddled is simply made again (`reset_practice_vault`).
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from app.crypto.device_secret import NoDeviceSecret
from app.domain.models import UserDraft
from app.errors import KeyFileDamaged
from app.practice_cases import fill_practice_vault
from app.vault.holders import slot_holders
from app.vault.location import VaultLocation, practice_location
from app.vault.vault import Vault

PRACTICE_PASSPHRASE = "oefenkluis zonder echte gegevens"
PRACTICE_USER = UserDraft("Oefengebruiker", "oefenaccount")


def open_practice_vault(data_dir: Path) -> Vault:
    """The practice vault of this data folder, unlocked; made with its examples when missing."""
    location = practice_location(data_dir)
    if not location.exists():
        return _create(location)
    holders = slot_holders(location)
    if not holders:
        raise KeyFileDamaged()  # the UI offers `reset_practice_vault`
    return Vault.unlock(location, holders[0].user_id, PRACTICE_PASSPHRASE, NoDeviceSecret())


def reset_practice_vault(data_dir: Path) -> Vault:
    """Throw the practice vault away and make a fresh one with the examples."""
    location = practice_location(data_dir)
    for path in (
        location.db_path,
        *location.sidecars(location.db_path),
        location.keys_path,
        location.attempts_path,
    ):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
    return _create(location)


def _create(location: VaultLocation) -> Vault:
    vault, _recovery_code = Vault.create(
        location, PRACTICE_USER, PRACTICE_PASSPHRASE, NoDeviceSecret(), practice=True
    )
    try:
        fill_practice_vault(vault)
    except BaseException:
        vault.lock()
        raise
    return vault
