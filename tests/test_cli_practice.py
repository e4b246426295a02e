"""The practice's commands from a fresh vault: users with roles, first passphrases, the log."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from app.domain.models import UserDraft
from app.export.access_log import CSV_NAME
from app.export.encryption import open_encrypted
from app.vault.location import main_location
from app.vault.vault import Vault
from tests.support import TEST_PASSPHRASE
from tests.test_cli import PassphraseOnly, cli

FIRST = "eerste wachtzin voor mila"
OWN = "mila haar eigen wachtzin"
FILE = "wachtzin voor het logbestand"


def lines(*secrets: str) -> str:
    return "".join(f"{secret}\n" for secret in secrets)


@pytest.fixture
def fresh_vault(tmp_path: Path) -> Path:
    """A vault as setup leaves it: one user, hulpverlener and beheerder, nothing else."""
    folder = tmp_path / "data"
    Vault.create(
        main_location(folder), UserDraft("Anna de Vries"), TEST_PASSPHRASE, PassphraseOnly()
    )[0].lock()
    return folder


def test_users_and_the_log_from_the_command_line(fresh_vault: Path, tmp_path: Path) -> None:
    folder = fresh_vault
    base = ("--data-dir", str(folder))
    added = cli(
        *base,
        "gebruikers",
        "toevoegen",
        "Mila Manager",
        "--rol",
        "praktijkmanager",
        "--user",
        "1",
        stdin=lines(TEST_PASSPHRASE, FIRST, FIRST),
    )
    assert added.returncode == 0, added.stderr
    assert "2\tMila Manager\tpraktijkmanager, moet eigen wachtzin kiezen" in added.stdout

    # With the first passphrase Mila can do nothing but choose her own.
    refused = cli(
        *base,
        "logboek",
        "--format",
        "csv",
        "--out",
        str(tmp_path / "x"),
        "--user",
        "Mila Manager",
        stdin=lines(FIRST, FILE),
    )
    assert refused.returncode == 2 and "eerste wachtzin" in refused.stderr
    changed = cli(
        *base, "gebruikers", "wachtzin", "--user", "Mila Manager", stdin=lines(FIRST, OWN, OWN)
    )
    assert changed.returncode == 0, changed.stderr

    listed = cli(*base, "gebruikers", "lijst", "--user", "1", stdin=lines(TEST_PASSPHRASE))
    assert listed.stdout.splitlines() == [
        "1\tAnna de Vries\thulpverlener, beheerder",
        "2\tMila Manager\tpraktijkmanager",
    ]

    out = tmp_path / "export" / "logboek-anna"
    exported = cli(
        *base,
        "logboek",
        "--gebruiker",
        "Anna de Vries",
        "--format",
        "csv",
        "--out",
        str(out),
        "--user",
        "Mila Manager",
        stdin=lines(OWN, FILE),
    )
    assert exported.returncode == 0, exported.stderr
    written = out.with_name("logboek-anna.pdf")
    assert list(written.parent.iterdir()) == [written]
    with open_encrypted(written.read_bytes(), FILE) as pdf:
        text = pdf.attachments[CSV_NAME].get_file().read_bytes().decode("utf-8-sig")
    table = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert {row[2] for row in table[1:]} == {"Anna de Vries"}
    assert "Gebruiker toegevoegd" in {row[5] for row in table[1:]}

    off = cli(
        *base,
        "gebruikers",
        "uitschakelen",
        "Mila Manager",
        "--user",
        "1",
        stdin=lines(TEST_PASSPHRASE),
    )
    assert off.returncode == 0 and "uitgeschakeld" in off.stdout
    gone = cli(
        *base,
        "logboek",
        "--format",
        "pdf",
        "--out",
        str(tmp_path / "y"),
        "--user",
        "Mila Manager",
        stdin=lines(OWN, FILE),
    )
    assert gone.returncode != 0
    again = cli(
        *base,
        "gebruikers",
        "nieuwe-wachtzin",
        "2",
        "--user",
        "1",
        stdin=lines(TEST_PASSPHRASE, FIRST, FIRST),
    )
    assert again.returncode == 0 and "moet eigen wachtzin kiezen" in again.stdout

    with Vault.unlock(main_location(folder), 1, TEST_PASSPHRASE, PassphraseOnly()) as vault:
        events = [(e.event, e.user_id) for e in vault.audit.entries()]
    assert ("export", 2) in events and ("user_deactivated", 1) in events
    assert ("passphrase_reset", 1) in events and ("user_reactivated", 1) in events
