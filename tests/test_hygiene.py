"""Process and file hygiene: no core dumps, private log and folders, a wait that stays."""

from __future__ import annotations

import logging
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import logs
from app.crypto.device_secret import DeviceSecretStore
from app.crypto.keyslots import KeyFile
from app.domain.models import UserDraft
from app.errors import UnlockThrottled, WrongPassphrase
from app.fileio import make_private_dir, write_atomically
from app.vault.attempts import FREE_ATTEMPTS
from app.vault.location import VaultLocation, main_location
from app.vault.vault import Vault
from tests.support import TEST_PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent
posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


@pytest.fixture(autouse=True)
def usual_umask() -> Iterator[None]:
    """The common default, so a mode the program did not set would show."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# The program's own entry, then what the process looks like: core limit and dumpable flag.
PROBE = """
import ctypes, json, resource, sys
from ui import launcher
code = launcher.main(["--data-dir", sys.argv[1], "users"])
dumpable = ctypes.CDLL(None).prctl(3, 0, 0, 0, 0) if sys.platform.startswith("linux") else None
print(json.dumps([code, list(resource.getrlimit(resource.RLIMIT_CORE)), dumpable]))
"""


@posix_only
def test_the_program_starts_without_core_dumps(tmp_path: Path) -> None:
    import json

    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / "leeg")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    code, core_limit, dumpable = json.loads(done.stdout.strip().splitlines()[-1])
    assert code == 2  # no vault there: an explained error, not a crash
    assert core_limit == [0, 0]
    if sys.platform.startswith("linux"):
        assert dumpable == 0


@pytest.fixture
def restored_logging() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    for handler in handlers:
        root.addHandler(handler)
    root.setLevel(level)


@posix_only
def test_the_log_file_and_its_rotations_are_private(tmp_path: Path, restored_logging: None) -> None:
    path = logs.configure(tmp_path / "nieuw" / "logs")
    logs.get_logger("test").info("unlock ok")
    assert mode(path) == 0o600
    assert mode(tmp_path / "nieuw") == 0o700 and mode(path.parent) == 0o700
    handler = logging.getLogger().handlers[0]
    assert isinstance(handler, logs.PrivateRotatingFileHandler)
    handler.doRollover()
    logs.get_logger("test").info("lock ok")
    rotated = path.with_name(path.name + ".1")
    assert rotated.exists() and mode(rotated) == 0o600 and mode(path) == 0o600


def test_the_log_moves_on_past_its_size_and_keeps_three_old_files(
    tmp_path: Path, restored_logging: None
) -> None:
    path = tmp_path / "meldcode-werkplek.log"
    handler = logs.PrivateRotatingFileHandler(path, max_bytes=200, backups=3)
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger = logging.getLogger("meldcode.rotation-test")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        for number in range(40):
            logger.warning("regel %02d van het logboek", number)
    finally:
        logger.removeHandler(handler)
        handler.close()
    kept = sorted(p.name for p in tmp_path.iterdir())
    assert kept == [path.name, *(f"{path.name}.{n}" for n in (1, 2, 3))]
    for file in tmp_path.iterdir():
        assert 0 < file.stat().st_size <= 200, file.name
    lines = [
        line
        for name in (f"{path.name}.3", f"{path.name}.2", f"{path.name}.1", path.name)
        for line in (tmp_path / name).read_text(encoding="utf-8").splitlines()
    ]
    # Oldest first, nothing lost between the kept files, the newest line in the log itself.
    numbers = [int(line.split()[1]) for line in lines]
    assert numbers == list(range(numbers[0], 40))


@posix_only
def test_an_existing_log_file_is_made_private(tmp_path: Path, restored_logging: None) -> None:
    folder = tmp_path / "logs"
    folder.mkdir()
    (folder / logs.LOG_FILE).write_text("oud\n")
    (folder / logs.LOG_FILE).chmod(0o644)
    logs.configure(folder)
    assert mode(folder / logs.LOG_FILE) == 0o600


@posix_only
def test_every_folder_the_program_makes_is_private(tmp_path: Path) -> None:
    location = VaultLocation(tmp_path / "a" / "b" / "kluis")
    location.prepare()
    for folder in (tmp_path / "a", tmp_path / "a" / "b", location.folder):
        assert mode(folder) == 0o700, folder
    # A folder that exists (one the user chose) keeps its own rights.
    chosen = tmp_path / "usb"
    chosen.mkdir(mode=0o755)
    chosen.chmod(0o755)
    write_atomically(chosen / "nieuw" / "kopie.mwbackup", b"x")
    assert mode(chosen) == 0o755
    assert mode(chosen / "nieuw") == 0o700
    make_private_dir(chosen)
    assert mode(chosen) == 0o755


class PassphraseOnly(DeviceSecretStore):
    def available(self) -> bool:
        return False


@posix_only
def test_the_cli_restore_makes_private_folders(tmp_path: Path) -> None:
    vault, code = Vault.create(
        main_location(tmp_path / "data"),
        UserDraft("Anna de Vries"),
        TEST_PASSPHRASE,
        PassphraseOnly(),
    )
    with vault:
        backup = vault.backup(tmp_path / "kopie.mwbackup")
    for target in (tmp_path / "nieuw" / "data", tmp_path / "data"):
        env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")
        done = subprocess.run(
            [sys.executable, "-m", "ui", "--data-dir", str(target), "restore", str(backup)],
            cwd=ROOT,
            input=code + "\n",
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        location = main_location(target)
        assert mode(location.folder) == 0o700 and mode(target) == 0o700
        for made in location.replaced_dir.rglob("*"):
            if made.is_dir():
                assert mode(made) == 0o700, made
    assert mode(main_location(tmp_path / "data").replaced_dir) == 0o700


def test_deleting_the_attempts_file_keeps_the_wait(vault: Vault, location: VaultLocation) -> None:
    vault.lock()
    store = DeviceSecretStore()
    for _ in range(FREE_ATTEMPTS + 1):
        with pytest.raises(WrongPassphrase):
            Vault.unlock(location, 1, "niet de goede wachtzin", store)
    with pytest.raises(UnlockThrottled):
        Vault.unlock(location, 1, TEST_PASSPHRASE, store)
    location.attempts_path.unlink()
    with pytest.raises(UnlockThrottled) as raised:
        Vault.unlock(location, 1, TEST_PASSPHRASE, store)
    assert raised.value.seconds > 0
    # The key file holds the count; it does not hold a secret of the attempts.
    attempts = KeyFile.load(location.keys_path).attempts
    assert attempts is not None and len(attempts["user:1"]) == FREE_ATTEMPTS + 1


def test_failed_attempts_are_logged_once_and_then_forgotten_in_both_places(
    vault: Vault, location: VaultLocation
) -> None:
    vault.lock()
    store = DeviceSecretStore()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(location, 1, "niet de goede wachtzin", store)
    location.attempts_path.unlink()
    with Vault.unlock(location, 1, TEST_PASSPHRASE, store) as again:
        failed = [e for e in again.audit.entries() if e.event == "unlock_failed"]
        assert len(failed) == 1
    assert KeyFile.load(location.keys_path).attempts == {}
