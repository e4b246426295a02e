"""Contacts (the sociale kaart) and drafts through the same stores on the vault and on the
practice server: kept exactly as typed, chosen and ordered the same, and an edit based on an
older version refused in Dutch with nothing written."""

from __future__ import annotations

import pytest

from app.domain.enums import ContactRole
from app.domain.models import CaseDraft, ContactDraft
from app.errors import AccessDenied, ChangedElsewhere, RecordNotFound, ValidationError
from app.vault.audit import AuditEvent
from tests.stores.conftest import Backend
from tests.stores.test_cases_persons_signals import EXACT


def contact_events(backend: Backend) -> list[tuple[str, int | None, str]]:
    """Oldest first."""
    return [
        (e.event, e.object_id, e.detail)
        for e in backend.store.audit.entries()
        if e.object_type == "contact"
    ][::-1]


def test_contacts_are_kept_exactly_and_chosen_by_role_and_name(backend: Backend) -> None:
    contacts = backend.store.contacts
    vt = contacts.add(ContactDraft("veilig_thuis", "Veilig Thuis Utrecht", phone="0800 2000"))
    bram = contacts.add(ContactDraft(ContactRole.DESIGNATED_CONSULTEE, "  bram Jansen "))
    anke = contacts.add(
        ContactDraft(
            ContactRole.DESIGNATED_CONSULTEE,
            "Anke de Wit",
            organisation=EXACT[0],
            email="anke@voorbeeld.nl",
            notes=EXACT[3],
        )
    )
    exact = [contacts.add(ContactDraft("police", text)) for text in EXACT]
    assert bram.name == "bram Jansen" and bram.role is ContactRole.DESIGNATED_CONSULTEE
    assert contacts.get(anke.id) == anke
    assert (anke.organisation, anke.notes, anke.email) == (EXACT[0], EXACT[3], "anke@voorbeeld.nl")
    assert [c.name for c in exact] == EXACT
    # By role, then by name without regard to upper and lower case.
    assert [c.id for c in contacts.find(ContactRole.DESIGNATED_CONSULTEE)] == [anke.id, bram.id]
    assert [c.id for c in contacts.find(ContactRole.VEILIG_THUIS)] == [vt.id]
    assert {c.id for c in contacts.find()} == {vt.id, bram.id, anke.id, *(c.id for c in exact)}
    assert [c.role for c in contacts.find()] == sorted(c.role for c in contacts.find())
    assert contact_events(backend).count((AuditEvent.CREATE, vt.id, "")) == 1


def test_contact_fields_are_checked_and_nothing_half_kept(backend: Backend) -> None:
    contacts = backend.store.contacts
    with pytest.raises(ValidationError) as exc:
        contacts.add(ContactDraft("buurvrouw", "", phone="bel me", email="geen-adres"))
    assert set(exc.value.field_errors) == {"role", "name", "phone", "email"}
    with pytest.raises(ValidationError) as exc:
        contacts.add(ContactDraft("police", "Wijkagent \ud800"))
    assert set(exc.value.field_errors) == {"name"}
    assert contacts.find(include_archived=True) == []
    assert contact_events(backend) == []


def test_a_contact_is_changed_and_archived_over_the_version_it_was_based_on(
    backend: Backend,
) -> None:
    contacts = backend.store.contacts
    police = contacts.add(ContactDraft("police", "Wijkagent Noord"))
    assert police.row_version == 1
    updated = contacts.update(
        police.id, ContactDraft("police", "Wijkagent Noord", phone="0900 8844"), police.row_version
    )
    assert (updated.phone, updated.row_version) == ("0900 8844", 2)
    with pytest.raises(ChangedElsewhere) as exc:
        contacts.update(police.id, ContactDraft("police", "Wijkagent Zuid"), police.row_version)
    assert "niets overschreven" in str(exc.value)
    with pytest.raises(ChangedElsewhere):
        contacts.set_archived(police.id, True, police.row_version)
    assert contacts.get(police.id) == updated

    archived = contacts.set_archived(police.id, True, updated.row_version)
    assert archived.archived and archived.row_version == 3
    assert contacts.find() == []
    assert [c.id for c in contacts.find(include_archived=True)] == [police.id]
    assert not contacts.set_archived(police.id, False).archived
    with pytest.raises(RecordNotFound):
        contacts.update(police.id + 9, ContactDraft("police", "x"))
    assert [(e, d) for e, _, d in contact_events(backend)] == [
        (AuditEvent.CREATE, ""),
        (AuditEvent.UPDATE, ""),
        (AuditEvent.UPDATE, "archived"),
        (AuditEvent.UPDATE, "restored"),
    ]


FORM = {"held_on": "2024-05-01", "advice": EXACT[3], "named": False, "names": EXACT[:3]}


def test_a_draft_is_kept_exactly_per_user_case_and_form(backend: Backend) -> None:
    store = backend.store
    case = store.cases.create(CaseDraft("Gezin A"))
    saved = store.drafts.save(case.id, "consultation", FORM)
    assert saved.payload == FORM and saved.row_version == 1
    assert store.drafts.load(case.id, "consultation") == saved
    store.drafts.save(None, "signal", {"facts": "zonder casus"})
    again = store.drafts.save(case.id, "consultation", {"advice": "tweede"})
    assert again.payload == {"advice": "tweede"} and again.row_version == 2
    assert {(d.case_id, d.form) for d in store.drafts.mine()} == {
        (case.id, "consultation"),
        (None, "signal"),
    }
    # A lone surrogate from a broken paste comes back as it was typed.
    broken = store.drafts.save(case.id, "signal", {"facts": "kapot \ud800 geplakt"})
    assert broken.payload == {"facts": "kapot \ud800 geplakt"}

    colleague = backend.add_colleague("Bram Dekker")
    store = backend.act_as(colleague.id)
    assert store.drafts.mine() == []
    with pytest.raises(AccessDenied):
        store.drafts.load(case.id, "consultation")
    store = backend.act_as(1)
    assert store.drafts.discard(case.id, "consultation")
    assert store.drafts.load(case.id, "consultation") is None
    assert not store.drafts.discard(case.id, "consultation")
    events = [e.event for e in store.audit.entries(case_id=case.id)]
    assert events.count(AuditEvent.DRAFT_SAVED) == 3
    assert events.count(AuditEvent.DRAFT_DISCARDED) == 1
    with pytest.raises(RecordNotFound):
        store.drafts.save(case.id + 100, "signal", {})


def test_two_edits_of_one_draft_end_in_a_dutch_message_not_an_overwrite(
    backend: Backend,
) -> None:
    drafts = backend.store.drafts
    case = backend.store.cases.create(CaseDraft("Gezin A"))
    first = drafts.save(case.id, "conversation", {"said": "eerste"})
    # Another window (or computer) saved it since this one read version 1.
    drafts.save(case.id, "conversation", {"said": "van elders"}, first.row_version)
    with pytest.raises(ChangedElsewhere) as exc:
        drafts.save(case.id, "conversation", {"said": "van hier"}, first.row_version)
    assert "Een collega heeft dit intussen" in str(exc.value)
    kept = drafts.load(case.id, "conversation")
    assert kept is not None and kept.payload == {"said": "van elders"} and kept.row_version == 2

    # Saved for real (and thrown away) elsewhere: a draft based on it is not brought back.
    assert drafts.discard(case.id, "conversation")
    with pytest.raises(ChangedElsewhere):
        drafts.save(case.id, "conversation", {"said": "van hier"}, kept.row_version)
    assert drafts.load(case.id, "conversation") is None
    saved = [e for e in backend.store.audit.entries(case_id=case.id) if e.object_type == "draft"]
    assert [e.event for e in reversed(saved)] == [
        AuditEvent.DRAFT_SAVED,
        AuditEvent.DRAFT_SAVED,
        AuditEvent.DRAFT_DISCARDED,
    ]
