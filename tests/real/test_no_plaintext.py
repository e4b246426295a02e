"""After a session that stores marker strings, none of them is readable anywhere on disk."""

import sqlite3
import tempfile
from datetime import date
from pathlib import Path

import pytest

from app import logs
from app.crypto.device_secret import DeviceSecretStore
from app.domain.enums import PersonRole
from app.domain.models import CaseDraft, PersonDraft, SignalDraft, UserDraft
from app.paths import app_dirs
from app.store.search import CaseQuery
from app.vault.location import main_location
from app.vault.vault import Vault
from tests.support import MARKERS, TEST_PASSPHRASE, plaintext_hits

NAME, BSN, WORD = MARKERS


@pytest.fixture
def private_tempdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "systeem-temp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def store_markers(vault: Vault) -> None:
    case = vault.cases.create(CaseDraft("Gezin Noord"))
    vault.persons.add(case.id, PersonDraft(PersonRole.CHILD, NAME, date(2017, 2, 3), BSN))
    for i in range(40):
        signal = vault.signals.add(
            case.id,
            SignalDraft(
                date.today(),
                None,
                "Anna de Vries",
                "told_by_child",
                "physical_abuse",
                f"{NAME} vertelt over {WORD} ({i}); BSN {BSN}",
                f"vermoeden van {WORD}",
            ),
        )
    vault.signals.correct(
        signal.id,
        SignalDraft(
            date.today(),
            None,
            "Anna de Vries",
            "told_by_child",
            "neglect",
            f"{WORD} gecorrigeerd",
            "",
        ),
        f"correctie over {NAME}",
    )
    vault.search.find(CaseQuery(text=NAME))


def test_markers_stay_inside_the_encryption(
    private_tempdir: Path, isolated_home: Path, device_store: DeviceSecretStore
) -> None:
    dirs = app_dirs().ensure()
    logs.configure(dirs.logs)
    location = main_location(dirs.data)
    vault, _ = Vault.create(location, UserDraft("Anna de Vries"), TEST_PASSPHRASE, device_store)
    store_markers(vault)
    wal = location.db_path.with_name(location.db_path.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0, "the WAL must be checked while it holds data"
    open_hits = plaintext_hits(MARKERS, *location.sidecars(location.db_path), location.db_path)
    backup = vault.backup(dirs.data / "kopie.mwbackup")
    vault.lock()
    after_hits = plaintext_hits(
        MARKERS, dirs.data, dirs.config, dirs.logs, dirs.cache, private_tempdir, backup
    )
    assert open_hits == [] and after_hits == []
    assert (dirs.logs / logs.LOG_FILE).exists()


def test_plain_sqlite_sees_no_database(
    isolated_home: Path, device_store: DeviceSecretStore
) -> None:

    location = main_location(app_dirs().ensure().data)
    vault, _ = Vault.create(location, UserDraft("Anna"), TEST_PASSPHRASE, device_store)
    store_markers(vault)
    vault.lock()
    connection = sqlite3.connect(location.db_path)
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        connection.execute("SELECT name FROM sqlite_master").fetchall()
    connection.close()
