"""Roles enforced in the core: the praktijkmanager reads no case contents, cases are visible
to their owner and whom they are shared with (or to all, as a practice setting), users are
managed by a beheerder, and the recovery code does not let anyone act as someone else."""

from __future__ import annotations

from datetime import date

import pytest

from app.crypto.device_secret import DeviceSecretStore
from app.domain.enums import ConsulteeKind, EntryKind
from app.domain.models import CaseDraft, UserDraft
from app.domain.roles import CaseVisibility, WorkRole
from app.errors import AccessDenied, RecordNotFound, ValidationError
from app.store.access_log import LogFilter
from app.store.search import CaseQuery
from app.vault.audit import AuditEvent
from app.vault.holders import slot_holders
from app.vault.location import VaultLocation
from app.vault.vault import Vault
from tests.entry_values import case_with_signal, consultation, decision, signal
from tests.support import TEST_PASSPHRASE

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
    vault.change_passphrase(OWN, OWN, store)
    assert not vault.user.must_change_passphrase
    return vault


def events(vault: Vault, event: AuditEvent) -> list[tuple[int | None, int | None]]:
    return [(e.user_id, e.case_id) for e in vault.audit.entries() if e.event == event]


def test_the_first_user_is_professional_and_beheerder(vault: Vault) -> None:
    assert vault.user.work_role is WorkRole.PROFESSIONAL and vault.user.is_admin
    assert vault.user.role == "huisarts"  # the job title as typed stays
    assert vault.case_visibility is CaseVisibility.OWN_AND_SHARED


def test_the_practice_manager_gets_no_case_contents_from_the_core(
    vault: Vault, location: VaultLocation, device_store: DeviceSecretStore
) -> None:
    case_id = case_with_signal(vault)
    vault.entries.add(case_id, consultation(consultee_kind=ConsulteeKind.VEILIG_THUIS))
    person = vault.persons.for_case(case_id)
    signal = vault.signals.for_case(case_id)[0]
    entry = vault.entries.for_case(case_id)[0]
    manager = add(vault, "Mila Manager", WorkRole.PRACTICE_MANAGER, device_store)
    vault.lock()
    with unlock_first_time(location, manager.id, device_store) as as_manager:
        refused = [
            lambda: as_manager.cases.open(case_id),
            lambda: as_manager.cases.get(case_id),
            lambda: as_manager.persons.for_case(case_id),
            lambda: as_manager.signals.for_case(case_id),
            lambda: as_manager.signals.get(signal.id),
            lambda: as_manager.entries.for_case(case_id),
            lambda: as_manager.entries.get(entry.id),
            lambda: as_manager.assessments.for_case(case_id),
            lambda: as_manager.reports.for_case(case_id),
            lambda: as_manager.steps.timeline(case_id),
            lambda: as_manager.drafts.load(case_id, "signal"),
            lambda: as_manager.cases.create(CaseDraft("Nieuw")),
            lambda: as_manager.share_case(case_id, manager.id),
        ]
        if person:
            refused.append(lambda: as_manager.persons.get(person[0].id))
        for attempt in refused:
            with pytest.raises(AccessDenied) as raised:
                attempt()
            assert "praktijkmanager" in raised.value.message.format()
        # Lists show nothing of the cases; counts, users and the log are there.
        assert as_manager.cases.summaries() == []
        assert as_manager.search.find(CaseQuery()) == []
        assert as_manager.today.overview(14).is_empty
        assert as_manager.annual.advice_requests(date.today().year) == 1
        assert as_manager.annual.figures(date.today().year).advice_request_total == 1
        # The jaaroverzicht and the registratielijst are hers to print: counts and dates.
        year = date.today().year
        assert as_manager.annual.annual_figures(year).year == year
        listed = as_manager.registrations.between(date(year, 1, 1), date(year, 12, 31))
        assert [r.case_id for r in listed] == [case_id]
        assert [u.display_name for u in as_manager.users()] == ["Anna de Vries", "Mila Manager"]
        logged = as_manager.access_log.page(LogFilter(event=AuditEvent.ACCESS_DENIED.value))
        assert {(r.user_name, r.case_id) for r in logged} >= {("Mila Manager", case_id)}
        assert all(r.work_role is WorkRole.PRACTICE_MANAGER for r in logged)
        assert (manager.id, case_id) in events(as_manager, AuditEvent.ACCESS_DENIED)


def test_a_colleague_sees_only_own_and_shared_cases_and_opening_another_is_logged(
    vault: Vault, location: VaultLocation, device_store: DeviceSecretStore
) -> None:
    case_id = case_with_signal(vault)
    bram = add(vault, "Bram Jansen", WorkRole.PROFESSIONAL, device_store)
    vault.lock()
    with unlock_first_time(location, bram.id, device_store) as as_bram:
        own = as_bram.cases.create(CaseDraft("Bram zijn casus"))
        assert [s.id for s in as_bram.cases.summaries()] == [own.id]
        assert [h.case_id for h in as_bram.search.find(CaseQuery())] == [own.id]
        with pytest.raises(AccessDenied) as raised:
            as_bram.cases.open(case_id)
        assert "niet met u gedeeld" in raised.value.message.format()
        with pytest.raises(AccessDenied):
            as_bram.entries.add(case_id, consultation())
        with pytest.raises(RecordNotFound):  # a case that does not exist stays "not found"
            as_bram.cases.open(9999)
        assert (bram.id, case_id) in events(as_bram, AuditEvent.ACCESS_DENIED)
        assert as_bram.entries.for_case(own.id) == []
    with Vault.unlock(location, 1, TEST_PASSPHRASE, device_store) as as_anna:
        as_anna.share_case(case_id, bram.id)
        assert [u.id for u in as_anna.shared_with(case_id)] == [bram.id]
        assert (1, case_id) in events(as_anna, AuditEvent.CASE_SHARED)
        # Anna does not see Bram's own case either.
        assert [s.id for s in as_anna.cases.summaries()] == [case_id]
    with Vault.unlock(location, bram.id, OWN, device_store) as as_bram:
        assert as_bram.cases.open(case_id).id == case_id
        assert {s.id for s in as_bram.cases.summaries()} == {case_id, own.id}
        assert as_bram.entries.add(case_id, consultation()).created_by == bram.id
    with Vault.unlock(location, 1, TEST_PASSPHRASE, device_store) as as_anna:
        as_anna.unshare_case(case_id, bram.id)
        assert (1, case_id) in events(as_anna, AuditEvent.CASE_UNSHARED)
    with Vault.unlock(location, bram.id, OWN, device_store) as as_bram, pytest.raises(AccessDenied):
        as_bram.cases.open(case_id)


def test_all_cases_visible_to_every_professional_is_a_practice_setting(
    vault: Vault, location: VaultLocation, device_store: DeviceSecretStore
) -> None:
    case_id = case_with_signal(vault)
    bram = add(vault, "Bram Jansen", WorkRole.PROFESSIONAL, device_store)
    manager = add(vault, "Mila Manager", WorkRole.PRACTICE_MANAGER, device_store)
    vault.set_case_visibility(CaseVisibility.ALL)
    vault.lock()
    with unlock_first_time(location, bram.id, device_store) as as_bram:
        assert [s.id for s in as_bram.cases.summaries()] == [case_id]
        assert as_bram.cases.open(case_id).id == case_id
        with pytest.raises(AccessDenied):  # only a beheerder changes the practice setting
            as_bram.set_case_visibility(CaseVisibility.OWN_AND_SHARED)
    with unlock_first_time(location, manager.id, device_store) as as_manager:
        assert as_manager.cases.summaries() == []
        with pytest.raises(AccessDenied):
            as_manager.cases.open(case_id)


def test_an_aandachtsfunctionaris_gets_access_to_a_consulted_case(
    vault: Vault, location: VaultLocation, device_store: DeviceSecretStore
) -> None:
    case_id = case_with_signal(vault)
    consultee = add(vault, "Aad Functionaris", WorkRole.DESIGNATED_CONSULTEE, device_store)
    vault.entries.add(case_id, consultation())
    vault.share_case(case_id, consultee.id)
    manager = add(vault, "Mila Manager", WorkRole.PRACTICE_MANAGER, device_store)
    with pytest.raises(AccessDenied):  # a case is never shared with the manager
        vault.share_case(case_id, manager.id)
    vault.lock()
    with unlock_first_time(location, consultee.id, device_store) as as_consultee:
        assert [e.kind for e in as_consultee.entries.for_case(case_id)] == [EntryKind.CONSULTATION]


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


def test_a_forgotten_passphrase_is_replaced_by_a_beheerder_and_the_colleague_chooses_again(
    vault: Vault, location: VaultLocation, device_store: DeviceSecretStore
) -> None:
    bram = add(vault, "Bram Jansen", WorkRole.PROFESSIONAL, device_store)
    vault.lock()
    unlock_first_time(location, bram.id, device_store).lock()
    with Vault.unlock(location, 1, TEST_PASSPHRASE, device_store) as as_anna:
        as_anna.reset_passphrase(bram.id, FIRST, FIRST, device_store)
        assert (1, None) in events(as_anna, AuditEvent.PASSPHRASE_RESET)
    unlock_first_time(location, bram.id, device_store).lock()


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


def test_vandaag_counts_only_the_cases_a_colleague_may_see(
    vault: Vault, location: VaultLocation, device_store: DeviceSecretStore
) -> None:
    # Anna's radar cases, with rows enough that Vandaag counts them in the vault (first=1).
    for n in range(3):
        with_report = case_with_signal(vault, f"Gezin Anna {n}")
        vault.entries.add(with_report, decision())
        vault.signals.add(with_report, signal("Nieuwe zorg na de melding."))
    bram = add(vault, "Bram Jansen", WorkRole.PROFESSIONAL, device_store)
    assert vault.today.overview(14, first=1).count("report_again") == 3
    vault.lock()
    with unlock_first_time(location, bram.id, device_store) as as_bram:
        own = []
        for n in range(2):
            own.append(case_with_signal(as_bram, f"Gezin Bram {n}"))
            as_bram.entries.add(own[-1], decision())
            as_bram.signals.add(own[-1], signal("Nieuwe zorg na de melding."))
        for first in (1, 100):  # counted in the vault, and from the rows read
            overview = as_bram.today.overview(14, first=first)
            assert {r.case_id for r in overview.radar} <= set(own)
            assert overview.count("report_again") == 2
