"""The vault's own guard on step entries: its SQLite triggers keep every entry and version as
it was (step entries on both stores: tests/stores/test_entries.py)."""

from __future__ import annotations

import pytest
import sqlcipher3

from app.vault.vault import Vault
from tests.entry_values import case_with_signal, consultation


def test_versions_and_entries_cannot_be_overwritten_or_removed(vault: Vault) -> None:
    case_id = case_with_signal(vault)
    vault.entries.add(case_id, consultation())
    for sql in (
        "UPDATE case_entry_versions SET payload = '{}'",
        "DELETE FROM case_entry_versions",
        "UPDATE case_entries SET kind = 'decision'",
        "DELETE FROM case_entries",
    ):
        with pytest.raises(sqlcipher3.IntegrityError):
            vault.db.execute(sql)
