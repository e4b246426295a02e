"""The administrator command line, run as a separate process like an administrator would."""

import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from app.crypto.device_secret import DeviceSecretStore
from app.domain.models import CaseDraft, SignalDraft, UserDraft
from app.vault.location import main_location
from app.vault.vault import Vault
from tests.support import TEST_PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent


class PassphraseOnly(DeviceSecretStore):
    def available(self) -> bool:
        return False


def cli(
    *args: str, stdin: str = "", env_home: Path | None = None
) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    # A keyring the program does not trust: the vault below uses a passphrase-only slot.
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    if env_home is not None:
        env["MELDCODE_HOME"] = str(env_home)
    return subprocess.run(
        [sys.executable, "-m", "ui", *args],
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


@pytest.fixture
def data_dir(tmp_path: Path) -> tuple[Path, str]:
    folder = tmp_path / "data"
    vault, code = Vault.create(
        main_location(folder), UserDraft("Anna de Vries"), TEST_PASSPHRASE, PassphraseOnly()
    )
    with vault:
        case = vault.cases.create(CaseDraft("Gezin A"))
        vault.signals.add(
            case.id, SignalDraft(date.today(), None, "Anna", "own_observation", "neglect", "feit")
        )
    return folder, code


def test_help_lists_the_administrator_commands() -> None:
    result = cli("--help")
    assert result.returncode == 0
    for word in ("--self-test", "verify", "backup", "restore"):
        assert word in result.stdout


def test_self_test_passes_headless(tmp_path: Path) -> None:
    result = cli("--self-test", env_home=tmp_path / "home")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Zelftest geslaagd" in result.stdout
    assert "AES-256" in result.stdout
    # The practice server's driver with its own libpq (the frozen build must carry it).
    assert re.search(r"^psycopg 3\.\S+, libpq \d+\.\d+ \((binary|c)\)$", result.stdout, re.M)


def test_verify_reports_a_sound_vault(data_dir: tuple[Path, str]) -> None:
    folder, _ = data_dir
    result = cli("--data-dir", str(folder), "verify", stdin=TEST_PASSPHRASE + "\n")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "in orde" in result.stdout


def test_verify_reports_a_broken_audit_chain(data_dir: tuple[Path, str]) -> None:
    folder, _ = data_dir
    with Vault.unlock(main_location(folder), 1, TEST_PASSPHRASE, PassphraseOnly()) as vault:
        vault.db.execute("DROP TRIGGER audit_log_append_only_update")
        vault.db.execute("UPDATE audit_log SET user_id = 7 WHERE seq = 2")
    result = cli("--data-dir", str(folder), "verify", stdin=TEST_PASSPHRASE + "\n")
    assert result.returncode == 1
    assert "logboek: regel 2: edited" in result.stdout
    assert "NIET in orde" in result.stdout


def test_wrong_passphrase_is_a_dutch_message_not_a_traceback(data_dir: tuple[Path, str]) -> None:
    folder, _ = data_dir
    result = cli("--data-dir", str(folder), "verify", stdin="fout\n")
    assert result.returncode == 2
    assert "wachtzin klopt niet" in result.stderr
    assert "Traceback" not in result.stderr


def test_backup_and_restore_elsewhere(data_dir: tuple[Path, str], tmp_path: Path) -> None:
    folder, code = data_dir
    target = tmp_path / "usb" / "kopie"
    result = cli("--data-dir", str(folder), "backup", str(target), stdin=TEST_PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr
    written = target.with_name("kopie.mwbackup")
    assert written.exists()
    elsewhere = tmp_path / "andere-pc"
    result = cli("--data-dir", str(elsewhere), "restore", str(written), stdin=code + "\n")
    assert result.returncode == 0, result.stderr
    with Vault.unlock_with_recovery(main_location(elsewhere), code, 1) as vault:
        # The recovery code only restores access: a new passphrase first, then the cases.
        vault.change_passphrase(
            "nieuwe wachtzin op de andere pc", "nieuwe wachtzin op de andere pc", PassphraseOnly()
        )
        assert [s.title for s in vault.cases.summaries()] == ["Gezin A"]


def test_restore_with_a_wrong_code_changes_nothing(
    data_dir: tuple[Path, str], tmp_path: Path
) -> None:
    folder, _ = data_dir
    assert (
        cli(
            "--data-dir",
            str(folder),
            "backup",
            str(tmp_path / "k.mwbackup"),
            stdin=TEST_PASSPHRASE + "\n",
        ).returncode
        == 0
    )
    result = cli(
        "--data-dir",
        str(tmp_path / "leeg"),
        "restore",
        str(tmp_path / "k.mwbackup"),
        stdin="00000-00000-00000-00000-00000-00000\n",
    )
    assert result.returncode == 2
    assert "herstelcode" in result.stderr.lower()
    assert not main_location(tmp_path / "leeg").db_path.exists()
