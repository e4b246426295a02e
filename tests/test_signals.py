"""The vault's own guard on the signal log: its SQLite triggers keep every version as it was
(the signal log on both stores is tested in tests/stores/test_signals.py)."""

from __future__ import annotations

import pytest

from app.domain.models import CaseDraft
from app.vault.vault import Vault
from tests.entry_values import signal_draft as draft


def test_versions_cannot_be_overwritten_or_removed(vault: Vault) -> None:
    import sqlcipher3

    case = vault.cases.create(CaseDraft("Gezin A"))
    vault.signals.add(case.id, draft())
    with pytest.raises(sqlcipher3.IntegrityError):
        vault.db.execute("UPDATE signal_versions SET facts = 'weg'")
    with pytest.raises(sqlcipher3.IntegrityError):
        vault.db.execute("DELETE FROM signal_versions")
