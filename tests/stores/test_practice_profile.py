"""The practice's name and Veilig Thuis region: stored with its cases (on both stores), checked,
both or neither."""

from __future__ import annotations

import pytest

from app.case_documents.report_builder import reporter_for
from app.errors import ValidationError
from app.export.veilig_thuis import load_default
from app.practice_profile import PracticeProfile, practice_profile, save_practice_profile
from app.vault.audit import AuditEvent
from tests.stores.conftest import Backend


def test_a_new_store_has_no_practice_details(backend: Backend) -> None:
    vault = backend.store
    assert practice_profile(vault) == PracticeProfile("", "")


def test_the_details_are_stored_and_name_the_melder_practice(backend: Backend) -> None:
    vault = backend.store
    saved = save_practice_profile(
        vault, PracticeProfile("  Huisartsenpraktijk De Linde ", "utrecht"), load_default()
    )
    assert saved == PracticeProfile("Huisartsenpraktijk De Linde", "utrecht")
    assert practice_profile(vault) == saved
    assert reporter_for(vault).practice == "Huisartsenpraktijk De Linde"
    changes = [e.detail for e in vault.audit.entries() if e.event == AuditEvent.UPDATE]
    assert changes[:2] == ["setting=veilig_thuis_region", "setting=practice_name"]  # newest first

    # Saving the same again writes nothing new into the audit log.
    before = len(vault.audit.entries())
    save_practice_profile(vault, saved, load_default())
    assert len(vault.audit.entries()) == before


def test_an_unknown_region_or_a_long_name_is_refused_and_nothing_is_stored(
    backend: Backend,
) -> None:
    vault = backend.store
    with pytest.raises(ValidationError) as refused:
        save_practice_profile(vault, PracticeProfile("x" * 201, "atlantis"), load_default())
    assert set(refused.value.field_errors) == {"name", "region_id"}
    assert practice_profile(vault) == PracticeProfile("", "")
