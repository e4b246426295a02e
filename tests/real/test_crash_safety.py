"""A kill -9 while signals are being written leaves a sound vault with every saved signal."""

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app.crypto.device_secret import DeviceSecretStore
from app.domain.models import UserDraft
from app.vault.location import VaultLocation
from app.vault.vault import Vault
from tests.support import TEST_PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]


class PassphraseOnly(DeviceSecretStore):
    def available(self) -> bool:
        return False


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
@pytest.mark.parametrize("kill_after", [1, 25, 160])
def test_kill_during_writes_loses_no_acknowledged_signal(tmp_path: Path, kill_after: int) -> None:
    location = VaultLocation(tmp_path / "kluis")
    Vault.create(location, UserDraft("Schrijver"), TEST_PASSPHRASE, PassphraseOnly())[0].lock()
    writer = subprocess.Popen(
        [sys.executable, "-m", "tests.real.writer_process", str(location.folder), TEST_PASSPHRASE],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    acknowledged = 0
    try:
        assert writer.stdout is not None
        for line in writer.stdout:
            acknowledged = int(line.split()[1])
            if acknowledged >= kill_after:
                break
        writer.send_signal(signal.SIGKILL)
    finally:
        writer.wait(timeout=30)
        if writer.stdout is not None:
            writer.stdout.close()
    assert writer.returncode == -signal.SIGKILL
    assert acknowledged >= kill_after

    with Vault.unlock(location, 1, TEST_PASSPHRASE, PassphraseOnly()) as vault:
        assert vault.db.integrity_problems() == []
        assert vault.audit.verify() == []
        stored = {
            s.current.facts
            for case in vault.cases.summaries()
            for s in vault.signals.for_case(case.id)
        }
    expected = {f"bevestigd-{n}" for n in range(1, acknowledged + 1)}
    assert expected <= stored
    assert len(stored) - len(expected) <= 1  # at most the save in flight when killed
