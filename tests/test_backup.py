"""Backups: sealed, encrypted, brought back with the recovery code on any computer."""

from pathlib import Path

import pytest

from app.crypto.device_secret import DeviceSecretStore
from app.domain.models import CaseDraft
from app.errors import (
    AccessDenied,
    BackupInvalid,
    BackupMissing,
    DeviceSecretMissing,
    WrongRecoveryCode,
)
from app.vault.audit import AuditEvent
from app.vault.backup import read_header, restore_backup
from app.vault.location import VaultLocation
from app.vault.vault import Vault
from tests.support import MARKERS, TEST_PASSPHRASE, InMemoryKeyring, plaintext_hits


@pytest.fixture
def backup_path(vault: Vault, tmp_path: Path) -> Path:
    case = vault.cases.create(CaseDraft(MARKERS[0]))
    vault.cases.create(CaseDraft("Tweede casus"))
    assert case.id
    return vault.backup(tmp_path / "usb" / "kopie.mwbackup")


def test_backup_is_sealed_and_holds_nothing_readable(backup_path: Path, vault: Vault) -> None:
    header = read_header(backup_path)
    assert header.vault_id == vault.vault_id
    assert header.key_file.recovery_slot is not None
    assert plaintext_hits(MARKERS, backup_path) == []
    assert vault.audit.entries(limit=1)[0].event == AuditEvent.BACKUP
    assert [p.name for p in backup_path.parent.iterdir()] == ["kopie.mwbackup"]


def test_restore_on_another_computer_with_the_recovery_code(
    backup_path: Path, recovery_code: str, tmp_path: Path
) -> None:
    elsewhere = VaultLocation(tmp_path / "andere-pc" / "kluis")
    other_device = DeviceSecretStore(InMemoryKeyring())
    restore_backup(backup_path, recovery_code, elsewhere)
    with pytest.raises(DeviceSecretMissing):
        Vault.unlock(elsewhere, 1, TEST_PASSPHRASE, other_device)
    with Vault.unlock_with_recovery(elsewhere, recovery_code, 1) as vault:
        with pytest.raises(AccessDenied):  # the recovery code restores access, nothing more
            vault.cases.summaries()
        vault.change_passphrase(
            "wachtzin op de nieuwe pc", "wachtzin op de nieuwe pc", other_device
        )
        assert {s.title for s in vault.cases.summaries()} == {MARKERS[0], "Tweede casus"}
    with Vault.unlock(elsewhere, 1, "wachtzin op de nieuwe pc", other_device) as vault:
        assert vault.verify().sound


def test_restore_over_an_existing_vault_keeps_the_old_one_aside(
    backup_path: Path, recovery_code: str, vault: Vault, location: VaultLocation
) -> None:
    vault.cases.create(CaseDraft("Na de reservekopie"))
    vault.lock()
    restore_backup(backup_path, recovery_code, location)
    kept = list(location.replaced_dir.rglob("meldcode.db"))
    assert len(kept) == 1
    with Vault.unlock(location, 1, TEST_PASSPHRASE, DeviceSecretStore()) as again:
        titles = {s.title for s in again.cases.summaries()}
        assert "Na de reservekopie" not in titles and MARKERS[0] in titles


def test_wrong_code_restores_nothing(backup_path: Path, tmp_path: Path) -> None:
    target = VaultLocation(tmp_path / "doel")
    with pytest.raises(WrongRecoveryCode):
        restore_backup(backup_path, "00000-00000-00000-00000-00000-00000", target)
    assert not target.db_path.exists()


def test_tampered_backup_is_refused(backup_path: Path, recovery_code: str, tmp_path: Path) -> None:
    data = bytearray(backup_path.read_bytes())
    data[-100] ^= 0xFF
    tampered = tmp_path / "aangepast.mwbackup"
    tampered.write_bytes(bytes(data))
    with pytest.raises(BackupInvalid):
        restore_backup(tampered, recovery_code, VaultLocation(tmp_path / "doel"))
    truncated = tmp_path / "afgebroken.mwbackup"
    truncated.write_bytes(bytes(data[: len(data) // 2]))
    with pytest.raises(BackupInvalid):
        read_header(truncated)
    with pytest.raises(BackupMissing):  # not there: said so, not called a bad backup
        read_header(tmp_path / "bestaat-niet.mwbackup")
