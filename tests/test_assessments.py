"""The vault's own guard on wegingen: its SQLite triggers refuse a corrected or anonymous one
(the stores' behaviour, on both stores, is in tests/stores/test_assessments.py)."""

from __future__ import annotations

import pytest

from app.domain.enums import ChangeKind
from app.vault.database import Database
from app.vault.vault import Vault
from tests.entry_values import case_with_signal, walked


def test_the_database_itself_refuses_a_corrected_or_anonymous_weging(vault: Vault) -> None:
    case_id = case_with_signal(vault)
    entry = vault.assessments.record(case_id, walked())
    db: Database = vault.db
    insert = (
        "INSERT INTO case_entry_versions (entry_id, version, change, payload, recorded_at,"
        " recorded_by) VALUES (?, 2, ?, ?, '2024-01-01T00:00:00+00:00', 1)"
    )
    with pytest.raises(Exception, match="never corrected"):
        db.execute(insert, (entry.id, ChangeKind.CORRECTED.value, '{"framework_id": "x"}'))
    without_version = '{"framework_id": "algemeen", "framework_version": "", "answers": [1]}'
    with pytest.raises(Exception, match="names its kader"):
        db.execute(insert, (entry.id, ChangeKind.CONTINUED.value, without_version))
