"""Roles enforced in the core, on both stores: the praktijkmanager reads no case contents,
cases are visible to their owner and whom they are shared with (or to all, as a practice
setting), and a colleague given a first passphrase chooses their own before anything else."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from app.domain.enums import ConsulteeKind, EntryKind
from app.domain.models import CaseDraft
from app.domain.roles import CaseVisibility, WorkRole
from app.errors import AccessDenied, RecordNotFound, ValidationError
from app.store.access_log import LogFilter
from app.store.search import CaseQuery
from app.vault.audit import AuditEvent
from tests.entry_values import case_with_signal, consultation, decision, signal
from tests.stores.conftest import Backend

OWN = "mijn eigen wachtzin voortaan"


def unlock_first_time(backend: Backend, user_id: int) -> Any:
    """Unlock with the first passphrase and choose one's own, as the program makes one do."""
    store = backend.act_as(user_id)
    assert store.user.must_change_passphrase
    with pytest.raises(AccessDenied):
        store.cases.summaries()
    backend.change_passphrase(OWN)
    assert not store.user.must_change_passphrase
    return store


def events(store: Any, event: AuditEvent) -> list[tuple[int | None, int | None]]:
    return [(e.user_id, e.case_id) for e in store.audit.entries() if e.event == event]


def test_the_first_user_is_professional_and_beheerder(backend: Backend) -> None:
    vault = backend.store
    assert vault.user.work_role is WorkRole.PROFESSIONAL and vault.user.is_admin
    assert vault.user.role == "huisarts"  # the job title as typed stays
    assert vault.case_visibility is CaseVisibility.OWN_AND_SHARED


def test_the_practice_manager_gets_no_case_contents_from_the_core(
    backend: Backend,
) -> None:
    vault = backend.store
    case_id = case_with_signal(vault)
    vault.entries.add(case_id, consultation(consultee_kind=ConsulteeKind.VEILIG_THUIS))
    person = vault.persons.for_case(case_id)
    signal = vault.signals.for_case(case_id)[0]
    entry = vault.entries.for_case(case_id)[0]
    manager = backend.add_colleague(
        "Mila Manager", WorkRole.PRACTICE_MANAGER, first_passphrase=True
    )
    as_manager = unlock_first_time(backend, manager.id)
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
    backend: Backend,
) -> None:
    vault = backend.store
    case_id = case_with_signal(vault)
    bram = backend.add_colleague("Bram Jansen", WorkRole.PROFESSIONAL, first_passphrase=True)
    as_bram = unlock_first_time(backend, bram.id)
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
    as_anna = backend.act_as(1)
    as_anna.share_case(case_id, bram.id)
    assert [u.id for u in as_anna.shared_with(case_id)] == [bram.id]
    assert (1, case_id) in events(as_anna, AuditEvent.CASE_SHARED)
    # Anna does not see Bram's own case either.
    assert [s.id for s in as_anna.cases.summaries()] == [case_id]
    as_bram = backend.act_as(bram.id)
    assert as_bram.cases.open(case_id).id == case_id
    assert {s.id for s in as_bram.cases.summaries()} == {case_id, own.id}
    assert as_bram.entries.add(case_id, consultation()).created_by == bram.id
    as_anna = backend.act_as(1)
    as_anna.unshare_case(case_id, bram.id)
    assert (1, case_id) in events(as_anna, AuditEvent.CASE_UNSHARED)
    as_bram = backend.act_as(bram.id)
    with pytest.raises(AccessDenied):
        as_bram.cases.open(case_id)


def test_all_cases_visible_to_every_professional_is_a_practice_setting(
    backend: Backend,
) -> None:
    vault = backend.store
    case_id = case_with_signal(vault)
    bram = backend.add_colleague("Bram Jansen", WorkRole.PROFESSIONAL, first_passphrase=True)
    manager = backend.add_colleague(
        "Mila Manager", WorkRole.PRACTICE_MANAGER, first_passphrase=True
    )
    vault.set_case_visibility(CaseVisibility.ALL)
    as_bram = unlock_first_time(backend, bram.id)
    assert [s.id for s in as_bram.cases.summaries()] == [case_id]
    assert as_bram.cases.open(case_id).id == case_id
    with pytest.raises(AccessDenied):  # only a beheerder changes the practice setting
        as_bram.set_case_visibility(CaseVisibility.OWN_AND_SHARED)
    as_manager = unlock_first_time(backend, manager.id)
    assert as_manager.cases.summaries() == []
    with pytest.raises(AccessDenied):
        as_manager.cases.open(case_id)


def test_an_aandachtsfunctionaris_gets_access_to_a_consulted_case(
    backend: Backend,
) -> None:
    vault = backend.store
    case_id = case_with_signal(vault)
    consultee = backend.add_colleague(
        "Aad Functionaris", WorkRole.DESIGNATED_CONSULTEE, first_passphrase=True
    )
    vault.entries.add(case_id, consultation())
    vault.share_case(case_id, consultee.id)
    manager = backend.add_colleague(
        "Mila Manager", WorkRole.PRACTICE_MANAGER, first_passphrase=True
    )
    with pytest.raises(AccessDenied):  # a case is never shared with the manager
        vault.share_case(case_id, manager.id)
    as_consultee = unlock_first_time(backend, consultee.id)
    assert [e.kind for e in as_consultee.entries.for_case(case_id)] == [EntryKind.CONSULTATION]


def test_a_forgotten_passphrase_is_replaced_by_a_beheerder_and_the_colleague_chooses_again(
    backend: Backend,
) -> None:
    bram = backend.add_colleague("Bram Jansen", WorkRole.PROFESSIONAL, first_passphrase=True)
    unlock_first_time(backend, bram.id)
    as_anna = backend.act_as(1)
    backend.reset_passphrase(bram.id)
    assert (1, None) in events(as_anna, AuditEvent.PASSPHRASE_RESET)
    unlock_first_time(backend, bram.id)


def test_vandaag_counts_only_the_cases_a_colleague_may_see(
    backend: Backend,
) -> None:
    vault = backend.store
    # Anna's radar cases, with rows enough that Vandaag counts them in the vault (first=1).
    annas = []
    for n in range(3):
        annas.append(case_with_signal(vault, f"Gezin Anna {n}"))
        vault.entries.add(annas[-1], decision())
        vault.signals.add(annas[-1], signal("Nieuwe zorg na de melding."))
    bram = backend.add_colleague("Bram Jansen", WorkRole.PROFESSIONAL, first_passphrase=True)
    assert vault.today.overview(14, first=1).count("report_again") == 3
    as_bram = unlock_first_time(backend, bram.id)
    own = []
    for n in range(2):
        own.append(case_with_signal(as_bram, f"Gezin Bram {n}"))
        as_bram.entries.add(own[-1], decision())
        as_bram.signals.add(own[-1], signal("Nieuwe zorg na de melding."))
    for first in (1, 100):  # counted in the vault, and from the rows read
        overview = as_bram.today.overview(14, first=first)
        assert {r.case_id for r in overview.radar} <= set(own)
        assert overview.count("report_again") == 2
    # A case shared with him is his to see in Vandaag too, under its own name.
    backend.act_as(1).share_case(annas[0], bram.id)
    as_bram = backend.act_as(bram.id)
    for first in (1, 100):
        overview = as_bram.today.overview(14, first=first)
        assert {r.case_id for r in overview.radar} <= {*own, annas[0]}
        assert overview.count("report_again") == 3
    titles = {r.case_id: r.case_title for r in as_bram.today.overview(14).radar}
    assert titles[annas[0]] == "Gezin Anna 0"


def test_a_second_colleague_of_the_same_name_is_refused_at_the_name(backend: Backend) -> None:
    """Two of one name could not be told apart in the unlock list, the log or `--user`."""
    sara = backend.add_colleague("Sara Smit")
    for same in ("Sara Smit", "sara  smit", " SARA SMIT "):
        with pytest.raises(ValidationError) as refused:
            backend.add_colleague(same)
        assert list(refused.value.field_errors) == ["display_name"]
        assert "\u201cSara Smit\u201d" in str(refused.value)  # the colleague as known
    # Switched off, she keeps her name: the log still names her.
    backend.store.deactivate_user(sara.id)
    with pytest.raises(ValidationError):
        backend.add_colleague("Sara Smit")
    assert backend.add_colleague("Sara J. Smit").display_name == "Sara J. Smit"
