"""Failed unlock attempts: a growing wait between tries, remembered across restarts.

The file beside the vault holds, per key slot, only how many attempts failed and when; no
secret. At the next successful unlock those attempts are written into the audit log (which is
inside the vault and so cannot be written while it is locked) and the count starts again.

The same list is kept in the vault's key file too. Deleting the attempts file then does not
end the wait, and deleting the key file is no way around it either: without it the vault does
not open at all. The two are merged on reading (the longer list wins).
"""

from __future__ import annotations

import contextlib
import json
from datetime import datetime
from pathlib import Path

from app.crypto.keyslots import KeyFile, update_key_file
from app.errors import KeyFileDamaged, VaultError
from app.fileio import write_atomically
from app.timeutil import from_iso, to_iso, utc_now
from app.vault.location import KEYS_NAME

FREE_ATTEMPTS = 2
MAX_DELAY_SECONDS = 300


def delay_after(failures: int) -> int:
    """Seconds to wait after `failures` failures in a row: 0, 0, 2, 4, 8, ... up to 5 minutes."""
    if failures <= FREE_ATTEMPTS:
        return 0
    return min(int(2 ** (failures - FREE_ATTEMPTS)), MAX_DELAY_SECONDS)


class AttemptTracker:
    def __init__(self, path: Path, keys_path: Path | None = None) -> None:
        self.path = path
        # The vault's key file sits beside the attempts file.
        self.keys_path = keys_path or path.with_name(KEYS_NAME)

    def _load(self) -> dict[str, list[str]]:
        data = self._load_file()
        for key, times in self._load_key_file().items():
            if len(times) > len(data.get(key, [])):
                data[key] = times
        return data

    def _load_file(self) -> dict[str, list[str]]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(data, dict):
            return {}
        return {str(k): [str(t) for t in v] for k, v in data.items() if isinstance(v, list)}

    def _key_file(self) -> KeyFile | None:
        if not self.keys_path.exists():
            return None
        try:
            return KeyFile.load(self.keys_path)
        except (OSError, KeyFileDamaged):
            return None

    def _load_key_file(self) -> dict[str, list[str]]:
        key_file = self._key_file()
        return dict(key_file.attempts or {}) if key_file is not None else {}

    def _save(self, data: dict[str, list[str]]) -> None:
        # A full disk must not turn a wrong passphrase into a crash.
        with contextlib.suppress(VaultError):
            write_atomically(self.path, json.dumps(data).encode("utf-8"))
        key_file = self._key_file()
        if key_file is not None:

            def record(current: KeyFile) -> None:
                current.attempts = data

            # Under the key file's lock, so a colleague's slot change in between is kept.
            with contextlib.suppress(VaultError):
                update_key_file(self.keys_path, key_file.vault_id, record)

    def failures(self, key: str) -> list[datetime]:
        return [from_iso(t) for t in self._load().get(key, [])]

    def seconds_to_wait(self, key: str, now: datetime | None = None) -> int:
        failures = self.failures(key)
        if not failures:
            return 0
        ready_at = failures[-1].timestamp() + delay_after(len(failures))
        remaining = ready_at - (now or utc_now()).timestamp()
        return max(0, int(remaining + 0.999))

    def record_failure(self, key: str) -> int:
        """Remember one failure; returns the wait before the next try."""
        data = self._load()
        data.setdefault(key, []).append(to_iso(utc_now()))
        self._save(data)
        return delay_after(len(data[key]))

    def take(self, key: str) -> list[datetime]:
        """The failures to log, forgetting them (called after a successful unlock)."""
        data = self._load()
        taken = data.pop(key, [])
        if taken:
            self._save(data)
        return [from_iso(t) for t in taken]
