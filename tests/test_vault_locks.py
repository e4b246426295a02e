"""One vault, safely shared on one computer: key file changes never overwrite each other, and
a vault open in one program is not opened in a second (and a crashed program leaves no lock)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.crypto.device_secret import NoDeviceSecret
from app.crypto.keyslots import KeyFile, KeySlot, update_key_file
from app.domain.models import UserDraft
from app.errors import VaultInUse
from app.vault.holders import slot_holders
from app.vault.location import VaultLocation
from app.vault.session_lock import INFO_NAME, computer_name
from app.vault.vault import Vault
from tests.support import TEST_PASSPHRASE

ROOT = Path(__file__).resolve().parents[1]
CHANGES_PER_PROCESS = 25


def python(script: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(script), *args],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


@pytest.fixture
def shared_vault(location: VaultLocation) -> VaultLocation:
    """A passphrase-only vault (so another process opens it), locked again."""
    vault, _ = Vault.create(location, UserDraft("Anna de Vries"), TEST_PASSPHRASE, NoDeviceSecret())
    vault.lock()
    return location


ADD_SLOTS = """
    import sys
    from dataclasses import replace
    from pathlib import Path
    from app.crypto.keyslots import KeyFile, update_key_file

    path, first_id, go = Path(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])
    template = KeyFile.load(path).recovery_slot
    print("ready", flush=True)
    while not go.exists():
        pass
    for user_id in range(first_id, first_id + int(sys.argv[4])):
        slot = replace(template, slot_id=f"s{user_id}", kind="user", user_id=user_id,
                       display_name=f"Collega {user_id}")
        update_key_file(path, KeyFile.load(path).vault_id, lambda keys: keys.put(slot))
    print("done", flush=True)
"""


def test_two_programs_changing_the_key_file_at_once_lose_nothing(
    shared_vault: VaultLocation, tmp_path: Path
) -> None:
    go = tmp_path / "go"
    keys = str(shared_vault.keys_path)
    count = str(CHANGES_PER_PROCESS)
    racers = [python(ADD_SLOTS, keys, str(first), str(go), count) for first in (100, 200)]
    for racer in racers:
        assert racer.stdout is not None and racer.stdout.readline().strip() == "ready"
    go.touch()
    for racer in racers:
        _, errors = racer.communicate(timeout=120)
        assert racer.returncode == 0, errors
    held = {h.user_id for h in slot_holders(shared_vault)}
    expected = (
        {1}
        | set(range(100, 100 + CHANGES_PER_PROCESS))
        | set(range(200, 200 + CHANGES_PER_PROCESS))
    )
    assert held == expected
    assert KeyFile.load(shared_vault.keys_path).recovery_slot is not None


def test_a_change_builds_on_the_key_file_on_disk_not_on_the_copy_in_memory(
    shared_vault: VaultLocation,
) -> None:
    """A adds Bram while B (with the key file read earlier) changes Anna's passphrase."""
    store = NoDeviceSecret()
    vault = Vault.unlock(shared_vault, 1, TEST_PASSPHRASE, store)
    template = KeyFile.load(shared_vault.keys_path).user_slots[0]
    bram_slot = KeySlot("bram", "user", template.kdf_params, template.nonce, b"x", False, 7, "Bram")
    update_key_file(shared_vault.keys_path, vault.vault_id, lambda keys: keys.put(bram_slot))
    vault.change_passphrase("een heel andere wachtzin", "een heel andere wachtzin", store)
    vault.lock()
    assert {h.display_name for h in slot_holders(shared_vault)} == {"Anna de Vries", "Bram"}
    Vault.unlock(shared_vault, 1, "een heel andere wachtzin", store).lock()


HOLD_OPEN = """
    import sys
    from pathlib import Path
    from app.crypto.device_secret import NoDeviceSecret
    from app.vault.location import VaultLocation
    from app.vault.vault import Vault

    vault = Vault.unlock(VaultLocation(Path(sys.argv[1])), 1, sys.argv[2], NoDeviceSecret())
    print("open", flush=True)
    sys.stdin.readline()
    vault.lock()
    print("locked", flush=True)
"""


def test_a_second_program_is_told_who_has_the_vault_open_and_may_retry(
    shared_vault: VaultLocation,
) -> None:
    first = python(HOLD_OPEN, str(shared_vault.folder), TEST_PASSPHRASE)
    try:
        assert first.stdout is not None and first.stdout.readline().strip() == "open"
        with pytest.raises(VaultInUse) as in_use:
            Vault.unlock(shared_vault, 1, TEST_PASSPHRASE, NoDeviceSecret())
        text = in_use.value.message.format()
        assert "Anna de Vries" in text and computer_name() in text and "sinds" in text
        assert (shared_vault.folder / INFO_NAME).exists()
        # The first program locks: the second's retry works.
        assert first.stdin is not None
        first.stdin.write("\n")
        first.stdin.flush()
        assert first.stdout.readline().strip() == "locked"
    finally:
        first.communicate(timeout=60)
    Vault.unlock(shared_vault, 1, TEST_PASSPHRASE, NoDeviceSecret()).lock()
    assert not (shared_vault.folder / INFO_NAME).exists()


def test_a_crashed_program_leaves_no_lock_behind(shared_vault: VaultLocation) -> None:
    first = python(HOLD_OPEN, str(shared_vault.folder), TEST_PASSPHRASE)
    assert first.stdout is not None and first.stdout.readline().strip() == "open"
    first.kill()  # no lock(), no clean-up: as a crash or a power cut
    first.communicate(timeout=60)
    assert (shared_vault.folder / INFO_NAME).exists()  # stale, and harmless
    with Vault.unlock(shared_vault, 1, TEST_PASSPHRASE, NoDeviceSecret()) as vault:
        assert vault.is_open


def test_the_same_program_cannot_open_the_vault_twice(shared_vault: VaultLocation) -> None:
    first = Vault.unlock(shared_vault, 1, TEST_PASSPHRASE, NoDeviceSecret())
    try:
        with pytest.raises(VaultInUse):
            Vault.unlock(shared_vault, 1, TEST_PASSPHRASE, NoDeviceSecret())
    finally:
        first.lock()


def test_a_wrong_passphrase_does_not_keep_the_vault_taken(shared_vault: VaultLocation) -> None:
    from app.errors import WrongPassphrase

    with pytest.raises(WrongPassphrase):
        Vault.unlock(shared_vault, 1, "niet de goede wachtzin hoor", NoDeviceSecret())
    Vault.unlock(shared_vault, 1, TEST_PASSPHRASE, NoDeviceSecret()).lock()


def test_a_backup_is_not_restored_over_a_vault_that_is_open(
    shared_vault: VaultLocation, tmp_path: Path
) -> None:
    from app.vault.backup import restore_backup

    with Vault.unlock(shared_vault, 1, TEST_PASSPHRASE, NoDeviceSecret()) as vault:
        code = vault.renew_recovery_code()
        backup = vault.backup(tmp_path / "kopie.mwbackup")
        with pytest.raises(VaultInUse):
            restore_backup(backup, code, shared_vault)
    restore_backup(backup, code, shared_vault)
