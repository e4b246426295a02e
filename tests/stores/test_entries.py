"""Step entries on both stores: one versioned mechanism, every change kept with who, when and
why."""

from __future__ import annotations

import pytest

from app.domain.entries import Consultation, KindCheck
from app.domain.enums import ChangeKind, EntryKind, Step
from app.domain.models import CaseDraft, ContactDraft
from app.errors import EntryWithdrawn, RecordNotFound, ValidationError
from app.vault.audit import AuditEvent
from tests.entry_values import case_with_signal, consultation, kindcheck, skip
from tests.stores.conftest import Backend


def test_an_entry_is_stored_with_who_and_when_and_its_step(backend: Backend) -> None:
    vault = backend.store
    case_id = case_with_signal(vault)
    entry = vault.entries.add(case_id, consultation())
    assert entry.kind is EntryKind.CONSULTATION and entry.step is Step.CONSULTATION
    assert entry.current.version == 1 and entry.current.change is ChangeKind.CREATED
    assert entry.current.recorded_by_name == "Anna de Vries"
    assert isinstance(entry.value, Consultation) and entry.value.advice
    assert vault.entries.get(entry.id) == entry
    assert vault.entries.add(case_id, skip(Step.WEIGHING)).step is Step.WEIGHING
    assert vault.entries.add(case_id, kindcheck()).step is Step.SIGNALS


def test_correction_adds_a_version_and_keeps_the_old(backend: Backend) -> None:
    vault = backend.store
    case_id = case_with_signal(vault)
    entry = vault.entries.add(case_id, consultation(advice="Eerst afwachten."))
    corrected = vault.entries.correct(
        entry.id, consultation(advice="Direct bellen met VT."), "Advies verkeerd genoteerd"
    )
    assert [v.value.advice for v in corrected.versions] == [
        "Eerst afwachten.",
        "Direct bellen met VT.",
    ]
    assert corrected.current.change is ChangeKind.CORRECTED
    assert corrected.current.change_reason == "Advies verkeerd genoteerd"
    events = [(e.event, e.object_type) for e in vault.audit.entries(case_id=case_id)]
    assert (AuditEvent.CORRECT, "entry") in events
    assert (AuditEvent.CREATE, "entry") in events


def test_correction_needs_a_reason_and_a_change(backend: Backend) -> None:
    vault = backend.store
    case_id = case_with_signal(vault)
    entry = vault.entries.add(case_id, consultation())
    with pytest.raises(ValidationError) as exc:
        vault.entries.correct(entry.id, consultation(advice=""), " ")
    assert set(exc.value.field_errors) == {"advice", "change_reason"}
    with pytest.raises(ValidationError) as exc:
        vault.entries.correct(entry.id, consultation(), "Niets")
    assert "verandert niets" in exc.value.field_errors["change_reason"].format()
    with pytest.raises(TypeError):
        vault.entries.correct(entry.id, kindcheck(), "Ander soort")  # type: ignore[arg-type]
    assert len(vault.entries.get(entry.id).versions) == 1


def test_withdrawn_entries_stay_in_the_history_and_cannot_change(backend: Backend) -> None:
    vault = backend.store
    case_id = case_with_signal(vault)
    entry = vault.entries.add(case_id, consultation())
    with pytest.raises(ValidationError):
        vault.entries.withdraw(entry.id, "")
    withdrawn = vault.entries.withdraw(entry.id, "Verkeerde casus")
    assert withdrawn.withdrawn and withdrawn.current.change is ChangeKind.WITHDRAWN
    assert withdrawn.value == entry.value
    assert vault.entries.for_case(case_id) == []
    assert vault.entries.for_case(case_id, include_withdrawn=True) == [withdrawn]
    with pytest.raises(EntryWithdrawn):
        vault.entries.correct(entry.id, consultation(advice="Anders"), "Toch")
    assert vault.audit.entries(case_id=case_id)[0].event == AuditEvent.WITHDRAW


def test_invalid_entry_saves_nothing(backend: Backend) -> None:
    vault = backend.store
    case_id = case_with_signal(vault)
    audit_rows = len(vault.audit.entries())
    with pytest.raises(ValidationError):
        vault.entries.add(case_id, consultation(advice=""))
    with pytest.raises(RecordNotFound):
        vault.entries.add(case_id + 100, consultation())
    assert vault.db.scalar("SELECT count(*) FROM case_entries") == 0
    assert len(vault.audit.entries()) == audit_rows


def test_a_consultation_can_name_a_contact_of_the_social_map(backend: Backend) -> None:
    vault = backend.store
    case_id = case_with_signal(vault)
    contact = vault.contacts.add(ContactDraft("designated_consultee", "Bram Jansen"))
    entry = vault.entries.add(case_id, consultation(contact_id=contact.id))
    assert isinstance(entry.value, Consultation) and entry.value.contact_id == contact.id
    with pytest.raises(ValidationError) as exc:
        vault.entries.add(case_id, consultation(contact_id=contact.id + 50))
    assert set(exc.value.field_errors) == {"contact_id"}


def test_entries_are_listed_per_case_and_kind_in_recording_order(backend: Backend) -> None:
    vault = backend.store
    case_id = case_with_signal(vault)
    other = vault.cases.create(CaseDraft("Gezin B")).id
    first = vault.entries.add(case_id, consultation(advice="een"))
    vault.entries.add(other, consultation())
    check = vault.entries.add(case_id, kindcheck())
    second = vault.entries.add(case_id, consultation(advice="twee"))
    assert [e.id for e in vault.entries.for_case(case_id)] == [first.id, check.id, second.id]
    kinds = vault.entries.for_case(case_id, EntryKind.KINDCHECK)
    assert [e.id for e in kinds] == [check.id]
    assert isinstance(vault.entries.get_as(check.id, KindCheck).value, KindCheck)
    with pytest.raises(RecordNotFound):
        vault.entries.get_as(check.id, Consultation)


def test_another_user_s_correction_is_recorded_as_theirs(backend: Backend) -> None:
    vault = backend.store
    bram = backend.add_colleague("Bram Jansen")
    case_id = case_with_signal(vault)
    entry = vault.entries.add(case_id, consultation())
    vault.share_case(case_id, bram.id)
    as_bram = backend.act_as(bram.id)
    corrected = as_bram.entries.correct(entry.id, consultation(advice="Anders"), "Aanvulling")
    assert [v.recorded_by_name for v in corrected.versions] == ["Anna de Vries", "Bram Jansen"]
