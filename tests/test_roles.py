"""The vault's own side of users and roles: its key slots (who may unlock it, named outside it)
and its recovery code, which only restores access. Roles in the stores, on both stores:
tests/stores/test_roles.py."""

from __future__ import annotations

import pytest

from app.crypto.device_secret import DeviceSecretStore
from app.domain.models import UserDraft
from app.domain.roles import WorkRole
from app.errors import AccessDenied, ValidationError
from app.store.access_log import LogFilter
from app.vault.audit import AuditEvent
from app.vault.holders import slot_holders
from app.vault.location import VaultLocation
from app.vault.vault import Vault
from tests.entry_values import case_with_signal

FIRST = "eerste wachtzin van de beheerder"
OWN = "mijn eigen wachtzin voortaan"


def add(vault: Vault, name: str, role: WorkRole, store: DeviceSecretStore, admin: bool = False):
    draft = UserDraft(name, "", "", role.value, is_admin=admin)
    return vault.add_user(draft, FIRST, FIRST, store)


def unlock_first_time(location: VaultLocation, user_id: int, store: DeviceSecretStore) -> Vault:
    """Unlock with the first passphrase and choose one's own, as the program makes one do."""
    vault = Vault.unlock(location, user_id, FIRST, store)
    assert vault.user.must_change_passphrase
    with pytest.raises(AccessDenied):
        vault.cases.summaries()
    # The first passphrase again is not one's own: the beheerder knows it too.
    with pytest.raises(ValidationError) as kept:
        vault.change_passphrase(FIRST, FIRST, store)
    assert list(kept.value.field_errors) == ["passphrase"]
    assert "beheerder" in str(kept.value)
    assert vault.user.must_change_passphrase
    vault.change_passphrase(OWN, OWN, store)
    assert not vault.user.must_change_passphrase
    return vault


def events(vault: Vault, event: AuditEvent) -> list[tuple[int | None, int | None]]:
    return [(e.user_id, e.case_id) for e in vault.audit.entries() if e.event == event]


def test_only_a_beheerder_manages_users_and_one_always_stays(
    vault: Vault, location: VaultLocation, device_store: DeviceSecretStore
) -> None:
    bram = add(vault, "Bram Jansen", WorkRole.PROFESSIONAL, device_store)
    with pytest.raises(ValidationError) as invalid:
        vault.add_user(UserDraft("X", work_role="baas"), FIRST, FIRST, device_store)
    assert "work_role" in invalid.value.field_errors
    with pytest.raises(AccessDenied):
        vault.deactivate_user(vault.user.id)  # the last beheerder
    vault.lock()
    with unlock_first_time(location, bram.id, device_store) as as_bram:
        for attempt in (
            lambda: as_bram.add_user(UserDraft("Y"), FIRST, FIRST, device_store),
            lambda: as_bram.deactivate_user(1),
            lambda: as_bram.reset_passphrase(1, FIRST, FIRST, device_store),
            lambda: as_bram.update_user(bram.id, UserDraft("Bram Jansen", is_admin=True)),
        ):
            with pytest.raises(AccessDenied):
                attempt()
        # Bram may change his own name and phone.
        renamed = as_bram.update_user(bram.id, UserDraft("Bram J. Jansen", phone="06 1234"))
        assert renamed.display_name == "Bram J. Jansen"
    assert "Bram J. Jansen" in [h.display_name for h in slot_holders(location)]


def test_deactivated_users_stay_named_but_cannot_unlock_until_given_a_new_first_passphrase(
    vault: Vault, location: VaultLocation, device_store: DeviceSecretStore
) -> None:
    bram = add(vault, "Bram Jansen", WorkRole.PROFESSIONAL, device_store)
    gone = vault.deactivate_user(bram.id)
    assert not gone.active
    assert [u.display_name for u in vault.users()] == ["Anna de Vries", "Bram Jansen"]
    assert bram.id not in [h.user_id for h in slot_holders(location)]
    assert (1, None) in events(vault, AuditEvent.USER_DEACTIVATED)
    vault.reset_passphrase(bram.id, FIRST, FIRST, device_store)
    vault.lock()
    with unlock_first_time(location, bram.id, device_store) as as_bram:
        assert as_bram.user.active


def test_the_recovery_code_only_restores_access_and_is_logged_as_such(
    vault: Vault, location: VaultLocation, recovery_code: str, device_store: DeviceSecretStore
) -> None:
    case_id = case_with_signal(vault)
    vault.lock()
    recovered = Vault.unlock_with_recovery(location, recovery_code, 1)
    for attempt in (
        lambda: recovered.cases.open(case_id),
        recovered.cases.summaries,
        lambda: recovered.add_user(UserDraft("Z"), FIRST, FIRST, device_store),
        lambda: recovered.access_log.page(LogFilter()),
        recovered.renew_recovery_code,
    ):
        with pytest.raises(AccessDenied) as raised:
            attempt()
        assert "herstelcode" in raised.value.message.format()
    recovered.change_passphrase(OWN, OWN, device_store)
    assert recovered.cases.open(case_id).id == case_id
    log = recovered.audit.entries()
    assert next(e.event for e in log if e.event.startswith("unlock")) == AuditEvent.UNLOCK_RECOVERY
    assert any(e.detail == "after_recovery" for e in log if e.event == "passphrase_changed")
    recovered.lock()


def test_a_colleague_renamed_to_anothers_name_is_refused(
    vault: Vault, device_store: DeviceSecretStore
) -> None:
    bram = add(vault, "Bram Jansen", WorkRole.PROFESSIONAL, device_store)
    with pytest.raises(ValidationError) as refused:
        vault.update_user(bram.id, UserDraft(vault.user.display_name, "", ""))
    assert list(refused.value.field_errors) == ["display_name"]
    # Keeping one's own name, in other capitals, is no clash.
    assert (
        vault.update_user(bram.id, UserDraft("bram jansen", "", "")).display_name == "bram jansen"
    )
