"""A full disk on every write path: the Dutch "schijf vol" message, and nothing half-written.

The real test puts the vault on a small tmpfs and fills it (mounting needs root or
password-less sudo; without either it is skipped). The simulated one limits the database's
page count, which reaches the same SQLITE_FULL path inside SQLite, and runs everywhere.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from app.crypto.device_secret import DeviceSecretStore
from app.domain.models import CaseDraft, SignalDraft, UserDraft
from app.errors import DiskFull, WrongPassphrase
from app.framework.assessment import start_assessment
from app.framework.library import load_library
from app.vault.location import VaultLocation
from app.vault.vault import Vault
from tests.support import TEST_PASSPHRASE

BIG = "Feit " * 3800  # just under the field's limit: needs new pages on every write


def signal_draft(facts: str = BIG) -> SignalDraft:
    return SignalDraft(date(2026, 3, 4), None, "Anna de Vries", "own_observation", "neglect", facts)


def counts(vault: Vault) -> tuple[int, ...]:
    return tuple(
        int(vault.db.scalar(f"SELECT count(*) FROM {table}"))
        for table in ("cases", "signals", "signal_versions", "case_entry_versions", "audit_log")
    )


def test_simulated_full_database_gives_schijf_vol_and_keeps_nothing(
    vault: Vault,
) -> None:
    case = vault.cases.create(CaseDraft("Gezin A"))
    signal = vault.signals.add(case.id, signal_draft("Eerste feit"))
    before = counts(vault)
    # No free page left to reuse (a schema step that drops an index leaves some): then each
    # write below needs a new page, and the limit stops it.
    vault.db.execute("VACUUM")
    assert vault.db.scalar("PRAGMA freelist_count") == 0
    pages = vault.db.scalar("PRAGMA page_count")
    vault.db.execute(f"PRAGMA max_page_count = {int(pages)}")
    kader = load_library().get("algemeen", "1.0")
    writes = [
        lambda: vault.signals.add(case.id, signal_draft()),
        lambda: vault.signals.correct(signal.id, signal_draft(), "Aangevuld"),
        lambda: vault.assessments.record(
            case.id, start_assessment(kader).answer("yes", BIG[:4000])
        ),
    ]
    for write in writes:
        with pytest.raises(DiskFull) as raised:
            write()
        assert "schijf is vol" in raised.value.message.format()
        assert counts(vault) == before
        assert not vault.db.in_transaction
    vault.db.execute("PRAGMA max_page_count = 1073741823")
    vault.signals.add(case.id, signal_draft())
    assert vault.verify().sound


class PassphraseOnly(DeviceSecretStore):
    def available(self) -> bool:
        return False


def _as_root() -> list[str] | None:
    """How to run mount: directly as root, through password-less sudo, or not at all."""
    if os.name != "posix" or shutil.which("mount") is None:
        return None
    if os.geteuid() == 0:
        return []
    if (
        shutil.which("sudo")
        and subprocess.run(["sudo", "-n", "true"], capture_output=True, check=False).returncode == 0
    ):
        return ["sudo", "-n"]
    return None


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    # Mounting needs root; where it cannot be had the simulated test above still runs.
    prefix = _as_root()
    if prefix is None:
        pytest.skip("mounting a tmpfs needs root or password-less sudo")
    mount_point = tmp_path / "schijf"
    mount_point.mkdir()
    uid, gid = os.getuid(), os.getgid()
    options = f"size=6m,mode=0700,uid={uid},gid={gid}"
    done = subprocess.run(
        [*prefix, "mount", "-t", "tmpfs", "-o", options, "tmpfs", str(mount_point)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip("this machine does not allow mounting a tmpfs")
    try:
        yield mount_point
    finally:
        subprocess.run([*prefix, "umount", "-l", str(mount_point)], check=False)


def fill(disk: Path) -> Path:
    """Take every free byte of `disk`; returns the filler file (delete it to make room)."""
    filler = disk / f"vulling-{len(list(disk.glob('vulling-*')))}"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for size in (1 << 16, 4096, 1):
            with contextlib.suppress(OSError):
                while True:
                    os.write(fd, b"\0" * size)
    finally:
        os.close(fd)
    return filler


def make_room(disk: Path) -> None:
    for filler in disk.glob("vulling-*"):
        filler.unlink()


def test_full_disk_on_every_write_path(small_disk: Path, tmp_path: Path) -> None:
    location = VaultLocation(small_disk / "kluis")
    vault, _ = Vault.create(location, UserDraft("Anna de Vries"), TEST_PASSPHRASE, PassphraseOnly())
    case = vault.cases.create(CaseDraft("Gezin A"))
    vault.signals.add(case.id, signal_draft("Eerste feit"))
    fill(small_disk)

    # Adding a signal.
    before = counts(vault)
    for _ in range(3):
        with pytest.raises(DiskFull):
            vault.signals.add(case.id, signal_draft())
        assert counts(vault) == before and not vault.db.in_transaction

    # Changing the passphrase rewrites the key file: the old file stays whole.
    keys_before = location.keys_path.read_bytes()
    with pytest.raises(DiskFull):
        vault.change_passphrase(
            "een heel andere wachtzin 42", "een heel andere wachtzin 42", PassphraseOnly()
        )
    assert location.keys_path.read_bytes() == keys_before

    # A backup: no partial file is left behind.
    with pytest.raises(DiskFull):
        vault.backup(small_disk / "kopie.mwbackup")
    assert not list(small_disk.glob("kopie*")) and not list(small_disk.glob(".tmp-*"))
    assert not list(location.folder.glob(".tmp-*"))
    vault.lock()

    # Unlocking: the log's unlock row cannot be written; the vault stays shut, explained.
    fill(small_disk)
    with pytest.raises(DiskFull) as raised:
        Vault.unlock(location, 1, TEST_PASSPHRASE, PassphraseOnly())
    assert "schijf is vol" in raised.value.message.format()

    # A wrong passphrase on a full disk is still just a wrong passphrase.
    with pytest.raises(WrongPassphrase):
        Vault.unlock(location, 1, "dit is niet de wachtzin", PassphraseOnly())

    make_room(small_disk)
    with Vault.unlock(location, 1, TEST_PASSPHRASE, PassphraseOnly()) as again:
        assert counts(again)[:4] == before[:4]
        report = again.verify()
        assert report.sound, report
