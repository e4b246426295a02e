"""The practice's sociale kaart, on both stores: contacts to choose from in step 2."""

from __future__ import annotations

import pytest

from app.domain.enums import ContactRole
from app.domain.models import ContactDraft
from app.errors import RecordNotFound, ValidationError
from app.vault.audit import AuditEvent
from tests.stores.conftest import Backend


def test_contacts_by_role_and_name(backend: Backend) -> None:
    vault = backend.store
    vt = vault.contacts.add(ContactDraft("veilig_thuis", "Veilig Thuis Utrecht", phone="0800 2000"))
    af = vault.contacts.add(ContactDraft(ContactRole.DESIGNATED_CONSULTEE, "  Bram Jansen "))
    vault.contacts.add(ContactDraft(ContactRole.DESIGNATED_CONSULTEE, "Anke de Wit"))
    assert af.name == "Bram Jansen" and af.role is ContactRole.DESIGNATED_CONSULTEE
    assert [c.name for c in vault.contacts.find(ContactRole.DESIGNATED_CONSULTEE)] == [
        "Anke de Wit",
        "Bram Jansen",
    ]
    assert [c.id for c in vault.contacts.find(ContactRole.VEILIG_THUIS)] == [vt.id]
    assert AuditEvent.CREATE in [
        e.event for e in vault.audit.entries() if e.object_type == "contact"
    ]


def test_contact_fields_are_checked(backend: Backend) -> None:
    vault = backend.store
    with pytest.raises(ValidationError) as exc:
        vault.contacts.add(ContactDraft("buurvrouw", "", phone="bel me", email="geen-adres"))
    assert set(exc.value.field_errors) == {"role", "name", "phone", "email"}
    assert vault.contacts.find(include_archived=True) == []


def test_update_and_archive_keep_the_contact_for_old_references(backend: Backend) -> None:
    vault = backend.store
    police = vault.contacts.add(ContactDraft("police", "Wijkagent Noord"))
    updated = vault.contacts.update(
        police.id, ContactDraft("police", "Wijkagent Noord", phone="0900 8844")
    )
    assert updated.phone == "0900 8844"
    vault.contacts.set_archived(police.id, True)
    assert vault.contacts.find() == []
    assert vault.contacts.get(police.id).archived
    assert [c.id for c in vault.contacts.find(include_archived=True)] == [police.id]
    assert not vault.contacts.set_archived(police.id, False).archived
    with pytest.raises(RecordNotFound):
        vault.contacts.update(police.id + 9, ContactDraft("police", "x"))
