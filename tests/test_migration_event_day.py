"""Schema 13: every step version written before it gets its day (`event_on`) from its payload,
the same day the program writes with every new version; the append-only protections stay."""

import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from app.domain.entries import main_date
from app.domain.enums import EntryKind
from app.store.entries import _value
from app.store.registrations import RegistrationKind
from app.vault.location import VaultLocation
from app.vault.vault import Vault
from tests.entry_values import case_with_signal, consultation
from tests.test_migrations import FIXTURES, NoKeyring


def test_the_steps_of_an_older_vault_get_their_day(tmp_path: Path) -> None:
    folder = tmp_path / "schema-12"
    shutil.copytree(FIXTURES / "schema-12", folder)
    secrets = json.loads((folder / "fixture.json").read_text(encoding="utf-8"))
    with Vault.unlock(VaultLocation(folder), 1, secrets["passphrase"], NoKeyring()) as vault:
        rows = vault.db.execute(
            "SELECT e.kind, v.payload, v.event_on FROM case_entry_versions v"
            " JOIN case_entries e ON e.id = v.entry_id"
        )
        assert rows
        days = [
            (kind, main_date(_value(EntryKind(kind), payload)), on) for kind, payload, on in rows
        ]
        assert all(
            (day.isoformat() if day is not None else None) == on for _kind, day, on in days
        ), days
        assert {kind for kind, day, _on in days if day is not None} >= {
            "consultation",
            "decision",
            "report",
            "follow_up",
        }
        # The period's melding is found by its day now kept beside it.
        found = vault.registrations.between(date(2024, 1, 1), date(2024, 12, 31))
        assert RegistrationKind.REPORT in {r.kind for r in found}
        assert vault.registrations.between(date(2023, 1, 1), date(2023, 12, 31)) == []
        with pytest.raises(Exception, match="never changed"), vault.db.transaction():
            vault.db.execute("UPDATE case_entry_versions SET event_on = NULL")
        assert vault.verify().sound


def test_a_correction_keeps_the_corrected_day(vault: Vault) -> None:
    case_id = case_with_signal(vault)
    made = vault.entries.add(case_id, consultation(held_on=date(2025, 3, 4)))
    vault.entries.correct(made.id, consultation(held_on=date(2025, 2, 1)), "Datum verkeerd")
    days = [
        r[0]
        for r in vault.db.execute(
            "SELECT event_on FROM case_entry_versions WHERE entry_id = ? ORDER BY version",
            (made.id,),
        )
    ]
    assert days == ["2025-03-04", "2025-02-01"]
