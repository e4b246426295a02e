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


def test_a_backup_goes_into_a_folder_named_and_never_over_a_file(
    data_dir: tuple[Path, str], tmp_path: Path
) -> None:
    from app.timeutil import today

    folder, _code = data_dir
    usb = tmp_path / "usb"
    usb.mkdir()
    for _ in range(2):
        result = cli("--data-dir", str(folder), "backup", str(usb), stdin=TEST_PASSPHRASE + "\n")
        assert result.returncode == 0, result.stderr
    stem = f"meldcode-reservekopie-{today().isoformat()}"
    assert sorted(p.name for p in usb.iterdir()) == [f"{stem}-2.mwbackup", f"{stem}.mwbackup"]
    # A file named that is there already is kept: it may be the only good backup.
    kept = usb / f"{stem}.mwbackup"
    before = kept.read_bytes()
    again = cli("--data-dir", str(folder), "backup", str(kept), stdin=TEST_PASSPHRASE + "\n")
    assert again.returncode == 2 and "Er staat al een bestand" in again.stderr
    assert "Traceback" not in again.stderr and kept.read_bytes() == before


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


def test_the_command_lines_own_texts_are_dutch() -> None:
    """argparse's usage, headings and messages about the arguments, not only ours."""
    helped = cli("--help")
    assert helped.returncode == 0
    assert "gebruik:" in helped.stdout and "opties:" in helped.stdout
    assert "toon deze hulp en stop" in helped.stdout
    for english in ("usage:", "options:", "positional arguments", "show this help"):
        assert english not in helped.stdout
    unknown = cli("onzin")
    assert unknown.returncode == 2 and "fout:" in unknown.stderr
    assert "'onzin' kan hier niet; kies uit" in unknown.stderr
    missing = cli("backup")
    assert missing.returncode == 2 and "dit ontbreekt nog: BESTAND" in missing.stderr
    not_a_number = cli("logboek", "--casus", "abc", "--format", "csv", "--out", "x.csv")
    assert "'abc' is hier geen geldige waarde" in not_a_number.stderr
    for shown in (unknown.stderr, missing.stderr, not_a_number.stderr):
        assert "error:" not in shown and "invalid" not in shown and "Traceback" not in shown


def test_a_missing_backup_file_and_an_empty_secret_are_named_for_what_they_are(
    data_dir: tuple[Path, str], tmp_path: Path
) -> None:
    folder, code = data_dir
    missing = tmp_path / "usb" / "kopie.mwbackup"
    result = cli("--data-dir", str(tmp_path / "elders"), "restore", str(missing), stdin=code + "\n")
    assert result.returncode == 2 and "is er niet" in result.stderr
    assert "geen (volledige) reservekopie" not in result.stderr
    # No passphrase piped in: said so, and no failed attempt is counted against the user.
    empty = cli("--data-dir", str(folder), "verify", stdin="")
    assert empty.returncode != 0 and "Er is geen wachtzin gegeven" in empty.stderr
    assert "klopt niet" not in empty.stderr
    sound = cli("--data-dir", str(folder), "verify", stdin=TEST_PASSPHRASE + "\n")
    assert sound.returncode == 0, sound.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Windows and macOS have a screen")
def test_without_a_screen_the_program_says_so_in_dutch(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    env["MELDCODE_HOME"] = str(tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "ui"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "geen scherm" in result.stderr and "--help" in result.stderr
    assert "qt.qpa" not in result.stderr and "Traceback" not in result.stderr
