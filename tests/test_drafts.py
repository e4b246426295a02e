"""Drafts inside the vault: unsaved input survives an automatic lock, per user, case and form."""

import pytest

from app.crypto.device_secret import DeviceSecretStore
from app.domain.models import CaseDraft, UserDraft
from app.errors import AccessDenied, RecordNotFound, ValidationError
from app.store.drafts import MAX_PAYLOAD_CHARS
from app.vault.audit import AuditEvent
from app.vault.location import VaultLocation
from app.vault.vault import Vault
from tests.support import TEST_PASSPHRASE, plaintext_hits

FORM = {"held_on": "2024-05-01", "advice": "Marieke Verhoeven-Testmarker bellen", "named": False}


def test_a_draft_survives_lock_and_unlock(vault: Vault, location: VaultLocation) -> None:
    case = vault.cases.create(CaseDraft("Gezin A"))
    saved = vault.drafts.save(case.id, "consultation", FORM)
    assert saved.payload == FORM
    vault.lock()
    assert plaintext_hits(["Testmarker"], location.folder) == []
    with Vault.unlock(location, 1, TEST_PASSPHRASE, DeviceSecretStore()) as again:
        assert [(d.case_id, d.form) for d in again.drafts.mine()] == [(case.id, "consultation")]
        draft = again.drafts.load(case.id, "consultation")
        assert draft is not None and draft.payload == FORM
        assert again.drafts.discard(case.id, "consultation")
        assert again.drafts.load(case.id, "consultation") is None
        assert not again.drafts.discard(case.id, "consultation")
        events = [e.event for e in again.audit.entries(case_id=case.id)]
        assert AuditEvent.DRAFT_SAVED in events and AuditEvent.DRAFT_DISCARDED in events


def test_one_draft_per_user_case_and_form(vault: Vault, location: VaultLocation) -> None:
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
    store = DeviceSecretStore()
    bram = vault.add_user(UserDraft("Bram"), "bram zijn wachtzin!", "bram zijn wachtzin!", store)
    vault.lock()
    with Vault.unlock(location, bram.id, "bram zijn wachtzin!", store) as as_bram:
        as_bram.change_passphrase("bram kiest zijn eigen", "bram kiest zijn eigen", store)
        assert as_bram.drafts.mine() == []
        with pytest.raises(AccessDenied):  # Anna's case is not shared with Bram
            as_bram.drafts.load(a.id, "signal")
    with Vault.unlock(location, 1, TEST_PASSPHRASE, store) as as_anna:
        as_anna.share_case(a.id, bram.id)
    with Vault.unlock(location, bram.id, "bram kiest zijn eigen", store) as as_bram:
        assert as_bram.drafts.load(a.id, "signal") is None


def test_bad_drafts_are_refused(vault: Vault) -> None:
    with pytest.raises(RecordNotFound):
        vault.drafts.save(99, "signal", {})
    with pytest.raises(ValueError):
        vault.drafts.save(None, "Geen Naam!", {})
    with pytest.raises(TypeError):
        vault.drafts.save(None, "signal", {"when": object()})
    with pytest.raises(ValidationError):
        vault.drafts.save(None, "signal", {"facts": "x" * MAX_PAYLOAD_CHARS})
    assert vault.drafts.mine() == []
