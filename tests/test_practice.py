"""Practice mode: a separate, encrypted, clearly flagged training vault with fictional cases."""

import sqlite3
from pathlib import Path

import pytest

from app.crypto.device_secret import DeviceSecretStore
from app.domain.enums import CasePhase, Step
from app.domain.models import CaseDraft
from app.practice import PRACTICE_PASSPHRASE, open_practice_vault, reset_practice_vault
from app.vault.holders import slot_holders
from app.vault.location import main_location, practice_location
from app.vault.vault import Vault
from tests.support import InMemoryKeyring, plaintext_hits


def test_the_practice_vault_is_flagged_and_holds_only_fictional_cases(tmp_path: Path) -> None:
    with open_practice_vault(tmp_path) as vault:
        assert vault.is_practice
        summaries = vault.cases.summaries()
        assert len(summaries) == 4
        assert all("(fictief)" in s.title for s in summaries)
        names = [p.name for s in summaries for p in vault.persons.for_case(s.id)]
        assert names and all("(fictief)" in name for name in names)
        assert vault.verify().sound


def test_its_examples_cover_different_steps_and_the_follow_up(tmp_path: Path) -> None:
    with open_practice_vault(tmp_path) as vault:
        progress = vault.steps.progress_many()
        current = {p.current_step for p in progress.values()}
        assert {Step.SIGNALS, Step.CONSULTATION, Step.CONVERSATION, Step.DECISION} <= current
        assert any(p.revisited for p in progress.values())
        today = vault.today.overview(stuck_after_days=14)
        assert today.stuck_cases and today.awaiting_feedback and today.radar
        assert vault.annual.advice_requests_per_year()
        assert any(vault.cases.links(case_id) for case_id in progress)
        assert len(vault.contacts.find()) == 5
        assert all(p.phase is CasePhase.STEPS for p in progress.values())


def test_it_is_encrypted_and_opens_anywhere_with_the_documented_passphrase(
    tmp_path: Path, memory_keyring: InMemoryKeyring
) -> None:
    open_practice_vault(tmp_path).lock()
    location = practice_location(tmp_path)
    assert location != main_location(tmp_path)
    assert [h.device_bound for h in slot_holders(location)] == [False]
    assert memory_keyring.items == {}
    plain = sqlite3.connect(location.db_path)
    with pytest.raises(sqlite3.DatabaseError):
        plain.execute("SELECT * FROM sqlite_master").fetchall()
    plain.close()
    assert plaintext_hits(["Oefencasus", "Proefmans", "fictief"], location.folder) == []
    another_computer = DeviceSecretStore(InMemoryKeyring())
    with Vault.unlock(location, 1, PRACTICE_PASSPHRASE, another_computer) as again:
        assert again.is_practice and len(again.cases.summaries()) == 4


def test_opening_twice_keeps_the_work_and_reset_starts_over(tmp_path: Path) -> None:
    with open_practice_vault(tmp_path) as vault:
        first = vault.vault_id
        vault.cases.create(CaseDraft("Mijn eigen oefening"))
    with open_practice_vault(tmp_path) as vault:
        assert vault.vault_id == first and len(vault.cases.summaries()) == 5
    with reset_practice_vault(tmp_path) as fresh:
        assert fresh.vault_id != first and len(fresh.cases.summaries()) == 4


def test_an_ordinary_vault_is_not_flagged(vault: Vault) -> None:
    assert not vault.is_practice
