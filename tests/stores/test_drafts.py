"""Drafts inside the store, on both stores: unsaved input survives an automatic lock, per user,
case and form, and is kept nowhere in the clear."""

from __future__ import annotations

import pytest

from app.domain.models import CaseDraft
from app.errors import AccessDenied, RecordNotFound, ValidationError
from app.store.drafts import MAX_PAYLOAD_CHARS
from app.vault.audit import AuditEvent
from tests.stores.conftest import Backend

FORM = {"held_on": "2024-05-01", "advice": "Marieke Verhoeven-Testmarker bellen", "named": False}


def test_a_draft_survives_lock_and_unlock(backend: Backend) -> None:
    vault = backend.store
    case = vault.cases.create(CaseDraft("Gezin A"))
    saved = vault.drafts.save(case.id, "consultation", FORM)
    assert saved.payload == FORM
    assert backend.locked_plaintext(["Testmarker"]) == set()
    again = backend.act_as(vault.user.id)
    assert [(d.case_id, d.form) for d in again.drafts.mine()] == [(case.id, "consultation")]
    draft = again.drafts.load(case.id, "consultation")
    assert draft is not None and draft.payload == FORM
    assert again.drafts.discard(case.id, "consultation")
    assert again.drafts.load(case.id, "consultation") is None
    assert not again.drafts.discard(case.id, "consultation")
    events = [e.event for e in again.audit.entries(case_id=case.id)]
    assert AuditEvent.DRAFT_SAVED in events and AuditEvent.DRAFT_DISCARDED in events


def test_one_draft_per_user_case_and_form(backend: Backend) -> None:
    vault = backend.store
    a = vault.cases.create(CaseDraft("Gezin A"))
    vault.drafts.save(a.id, "signal", {"facts": "eerste"})
    vault.drafts.save(a.id, "signal", {"facts": "tweede"})
    vault.drafts.save(None, "signal", {"facts": "zonder casus"})
    vault.drafts.save(a.id, "conversation", {"said": "x"})
    first = vault.drafts.load(a.id, "signal")
    assert first is not None and first.payload == {"facts": "tweede"}
    loose = vault.drafts.load(None, "signal")
    assert loose is not None and loose.payload == {"facts": "zonder casus"}
    assert len(vault.drafts.mine()) == 3
    bram = backend.add_colleague("Bram", first_passphrase=True)
    as_bram = backend.act_as(bram.id)
    backend.change_passphrase("bram kiest zijn eigen")
    assert as_bram.drafts.mine() == []
    with pytest.raises(AccessDenied):  # Anna's case is not shared with Bram
        as_bram.drafts.load(a.id, "signal")
    as_anna = backend.act_as(1)
    as_anna.share_case(a.id, bram.id)
    as_bram = backend.act_as(bram.id)
    assert as_bram.drafts.load(a.id, "signal") is None


def test_bad_drafts_are_refused(backend: Backend) -> None:
    vault = backend.store
    with pytest.raises(RecordNotFound):
        vault.drafts.save(99, "signal", {})
    with pytest.raises(ValueError):
        vault.drafts.save(None, "Geen Naam!", {})
    with pytest.raises(TypeError):
        vault.drafts.save(None, "signal", {"when": object()})
    with pytest.raises(ValidationError):
        vault.drafts.save(None, "signal", {"facts": "x" * MAX_PAYLOAD_CHARS})
    assert vault.drafts.mine() == []
