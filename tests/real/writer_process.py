"""Writes signals until it is killed, printing `ack N` after each save has returned.

Run by tests/real/test_crash_safety.py as a separate process: the parent kills it with
SIGKILL in the middle of writing and then checks what the vault holds.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from app.crypto import kdf
from app.crypto.device_secret import DeviceSecretStore
from app.domain.models import CaseDraft, SignalDraft
from app.vault.location import VaultLocation
from app.vault.vault import Vault


class PassphraseOnly(DeviceSecretStore):
    def available(self) -> bool:
        return False


def main(folder: str, passphrase: str) -> None:
    with kdf.calibration_profile(kdf.CalibrationProfile(0.001, 1024, 1)):
        vault = Vault.unlock(VaultLocation(Path(folder)), 1, passphrase, PassphraseOnly())
    case = vault.cases.create(CaseDraft("Schrijftest"))
    number = 0
    while True:
        number += 1
        vault.signals.add(
            case.id,
            SignalDraft(
                date.today(), None, "Schrijver", "own_observation", "neglect", f"bevestigd-{number}"
            ),
        )
        print(f"ack {number}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
