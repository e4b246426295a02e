"""Creating, unlocking and locking the vault, with its key slots and failure paths."""

import sqlite3
from pathlib import Path

import pytest

from app.crypto.device_secret import SERVICE, DeviceSecretStore
from app.domain.models import CaseDraft, UserDraft
from app.errors import (
    DeviceSecretMissing,
    KeyFileDamaged,
    PlainSqliteRefused,
    UnlockThrottled,
    VaultAlreadyExists,
    VaultClosed,
    VaultDamaged,
    VaultMissing,
    WrongPassphrase,
    WrongRecoveryCode,
)
from app.vault import database as database_module
from app.vault.attempts import delay_after
from app.vault.audit import AuditEvent
from app.vault.holders import read_key_file, slot_holders
from app.vault.location import VaultLocation
from app.vault.vault import Vault
from tests.support import TEST_PASSPHRASE, InMemoryKeyring


class NoKeyring(DeviceSecretStore):
    def available(self) -> bool:
        return False


def unlock(location: VaultLocation, passphrase: str = TEST_PASSPHRASE, user_id: int = 1) -> Vault:
    return Vault.unlock(location, user_id, passphrase, DeviceSecretStore())


def test_create_then_lock_then_unlock_keeps_the_data(vault: Vault, location: VaultLocation) -> None:
    case = vault.cases.create(CaseDraft("Gezin A"))
    vault.lock()
    assert not vault.is_open
    with pytest.raises(VaultClosed):
        vault.cases.get(case.id)
    with unlock(location) as again:
        assert again.cases.get(case.id).title == "Gezin A"
        assert again.user.display_name == "Anna de Vries"
        assert again.device_bound


def test_second_create_in_the_same_place_is_refused(vault: Vault, location: VaultLocation) -> None:
    with pytest.raises(VaultAlreadyExists):
        Vault.create(location, UserDraft("B"), TEST_PASSPHRASE, DeviceSecretStore())


def test_missing_vault_is_reported(tmp_path: Path) -> None:
    with pytest.raises(VaultMissing):
        unlock(VaultLocation(tmp_path / "leeg"))


def test_device_secret_lives_in_the_keyring_not_on_disk(
    vault: Vault, location: VaultLocation, memory_keyring: InMemoryKeyring
) -> None:
    stored = memory_keyring.get_password(SERVICE, vault.vault_id)
    assert stored
    for path in location.folder.rglob("*"):
        if path.is_file():
            assert stored.encode() not in path.read_bytes()


def test_wrong_passphrase_grows_the_wait_and_is_audited(
    vault: Vault, location: VaultLocation
) -> None:
    vault.lock()
    delays = []
    for _ in range(3):
        with pytest.raises(WrongPassphrase) as exc:
            unlock(location, "verkeerde wachtzin")
        delays.append(exc.value.delay_seconds)
    assert delays == [delay_after(1), delay_after(2), delay_after(3)]
    assert delays[-1] > 0
    assert "seconden" in exc.value.message.format()
    with pytest.raises(UnlockThrottled):
        unlock(location)


def test_failed_attempts_reach_the_audit_log_at_next_unlock(
    vault: Vault, location: VaultLocation
) -> None:
    vault.lock()
    for _ in range(2):
        with pytest.raises(WrongPassphrase):
            unlock(location, "verkeerde wachtzin")
    with unlock(location) as again:
        events = [e.event for e in again.audit.entries(limit=3)]
        assert events == [AuditEvent.UNLOCK, AuditEvent.UNLOCK_FAILED, AuditEvent.UNLOCK_FAILED]
        assert again.audit.verify() == []
    with unlock(location) as third:
        assert third.audit.entries(limit=2)[1].event == AuditEvent.LOCK


def test_copied_vault_does_not_open_on_another_computer(
    vault: Vault, location: VaultLocation, memory_keyring: InMemoryKeyring
) -> None:
    vault.lock()
    memory_keyring.items.clear()  # another computer: its keyring does not hold the secret
    with pytest.raises(DeviceSecretMissing):
        unlock(location)
    other = DeviceSecretStore(InMemoryKeyring())
    with pytest.raises(DeviceSecretMissing):
        Vault.unlock(location, 1, TEST_PASSPHRASE, other)


def test_recovery_code_opens_anywhere_and_a_new_passphrase_binds_to_the_new_device(
    vault_and_code: tuple[Vault, str], location: VaultLocation, memory_keyring: InMemoryKeyring
) -> None:
    vault, code = vault_and_code
    vault.lock()
    memory_keyring.items.clear()
    with Vault.unlock_with_recovery(location, code.lower().replace("-", " "), 1) as recovered:
        assert recovered.recovered
        recovered.change_passphrase(
            "nieuwe wachtzin op nieuwe pc", "nieuwe wachtzin op nieuwe pc", DeviceSecretStore()
        )
        assert not recovered.recovered
    with unlock(location, "nieuwe wachtzin op nieuwe pc") as again:
        events = [e.event for e in again.audit.entries()]
        assert AuditEvent.UNLOCK_RECOVERY in events
        assert AuditEvent.PASSPHRASE_CHANGED in events


def test_wrong_recovery_code_is_refused(vault: Vault, location: VaultLocation) -> None:
    vault.lock()
    with pytest.raises(WrongRecoveryCode):
        Vault.unlock_with_recovery(location, "00000-00000-00000-00000-00000-00000", 1)
    with pytest.raises(WrongRecoveryCode):
        Vault.unlock_with_recovery(location, "niet eens een code", 1)


def test_without_keyring_the_slot_is_passphrase_only(location: VaultLocation) -> None:
    vault, _ = Vault.create(location, UserDraft("Bram"), TEST_PASSPHRASE, NoKeyring())
    assert not vault.device_bound
    vault.lock()
    with Vault.unlock(location, 1, TEST_PASSPHRASE, NoKeyring()) as again:
        assert again.user.display_name == "Bram"
    assert [h.device_bound for h in slot_holders(location)] == [False]


def test_change_passphrase_rewrites_only_the_slot(vault: Vault, location: VaultLocation) -> None:
    case = vault.cases.create(CaseDraft("Gezin A"))
    before = read_key_file(location)
    vault.change_passphrase(
        "een heel andere wachtzin", "een heel andere wachtzin", DeviceSecretStore()
    )
    vault.lock()
    after = read_key_file(location)
    assert after.recovery_slot == before.recovery_slot
    assert after.slot_for_user(1) != before.slot_for_user(1)
    with pytest.raises(WrongPassphrase):
        unlock(location)
    with unlock(location, "een heel andere wachtzin") as again:
        assert again.cases.get(case.id).title == "Gezin A"


def test_second_user_has_an_own_slot(vault: Vault, location: VaultLocation) -> None:
    store = DeviceSecretStore()
    bram = vault.add_user(
        UserDraft("Bram Jansen", "aandachtsfunctionaris"),
        "bram zijn eigen wachtzin",
        "bram zijn eigen wachtzin",
        store,
    )
    vault.lock()
    assert {h.display_name for h in slot_holders(location)} == {"Anna de Vries", "Bram Jansen"}
    with Vault.unlock(location, bram.id, "bram zijn eigen wachtzin", store) as as_bram:
        assert as_bram.user.display_name == "Bram Jansen"
    with pytest.raises(WrongPassphrase):
        Vault.unlock(location, bram.id, TEST_PASSPHRASE, store)


def test_plain_sqlite_cannot_read_the_vault(vault: Vault, location: VaultLocation) -> None:
    vault.lock()
    plain = sqlite3.connect(location.db_path)
    with pytest.raises(sqlite3.DatabaseError):
        plain.execute("SELECT * FROM sqlite_master").fetchall()
    plain.close()


def test_the_program_refuses_plain_sqlite(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(database_module, "sqlcipher3", sqlite3)
    monkeypatch.setattr(database_module, "dbapi2", sqlite3)
    with pytest.raises(PlainSqliteRefused):
        database_module.Database(tmp_path / "plain.db", b"k" * 32)
    monkeypatch.setattr(database_module, "sqlcipher3", None)
    with pytest.raises(PlainSqliteRefused):
        database_module.Database(tmp_path / "plain.db", b"k" * 32)


def test_damaged_vault_is_detected(vault: Vault, location: VaultLocation) -> None:
    for i in range(30):
        vault.cases.create(CaseDraft(f"Casus {i}"))
    vault.lock()
    data = bytearray(location.db_path.read_bytes())
    page = 4096
    assert len(data) > 3 * page
    data[2 * page + 100 : 2 * page + 140] = bytes(40)
    location.db_path.write_bytes(bytes(data))
    with pytest.raises(VaultDamaged) as exc:
        unlock(location)
    assert "reservekopie" in exc.value.message.format()


def test_damage_unlocking_does_not_read_is_found_by_the_page_check(
    vault: Vault, location: VaultLocation
) -> None:
    for i in range(200):
        vault.cases.create(CaseDraft(f"Casus {i} " + "met een wat langere titel " * 4))
    vault.lock()
    sound = location.db_path.read_bytes()
    page = 4096
    # A page in the middle of the case data that unlocking does not need. Which pages unlock
    # reads depends on where the schema's steps left each table, so the first one from the
    # middle that unlock passes by is taken (one it does read is refused at unlock already).
    for number in range(len(sound) // page // 2, len(sound) // page):
        data = bytearray(sound)
        data[number * page + 100 : number * page + 140] = bytes(40)
        location.db_path.write_bytes(bytes(data))
        try:
            opened = unlock(location)
        except VaultDamaged:
            continue
        with opened:
            problems = opened.check_pages()
            assert problems
            assert not opened.verify().sound
        return
    pytest.fail("every page from the middle on was read at unlock")


def test_missing_key_file_is_explained(vault: Vault, location: VaultLocation) -> None:
    vault.lock()
    location.keys_path.unlink()
    with pytest.raises(KeyFileDamaged):
        unlock(location)


def test_settings_in_the_vault(vault: Vault) -> None:
    assert vault.setting("practice_name") == ""
    vault.set_setting("practice_name", "Huisartsenpraktijk De Linde")
    assert vault.setting("practice_name") == "Huisartsenpraktijk De Linde"


def test_renewed_recovery_code_replaces_the_old(
    vault_and_code: tuple[Vault, str], location: VaultLocation
) -> None:
    vault, old = vault_and_code
    new = vault.renew_recovery_code()
    vault.lock()
    with pytest.raises(WrongRecoveryCode):
        Vault.unlock_with_recovery(location, old, 1)
    with Vault.unlock_with_recovery(location, new, 1):
        pass
