"""Failed unlock attempts: a growing wait between tries, remembered across restarts.

The file beside the vault holds, per key slot, only how many attempts failed and when; no
secret. At the next successful unlock those attempts are written into the audit log (which is
inside the vault and so cannot be written while it is locked) and the count starts again.
"""

from __future__ import annotations

import contextlib
import json
from datetime import datetime
from pathlib import Path

from app.errors import VaultError
from app.fileio import write_atomically
from app.timeutil import from_iso, to_iso, utc_now

FREE_ATTEMPTS = 2
MAX_DELAY_SECONDS = 300


def delay_after(failures: int) -> int:
    """Seconds to wait after `failures` failures in a row: 0, 0, 2, 4, 8, ... up to 5 minutes."""
    if failures <= FREE_ATTEMPTS:
        return 0
    return min(int(2 ** (failures - FREE_ATTEMPTS)), MAX_DELAY_SECONDS)


class AttemptTracker:
    def __init__(self, path: Path) -> None:
        self.path = path

    def _load(self) -> dict[str, list[str]]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(data, dict):
            return {}
        return {str(k): [str(t) for t in v] for k, v in data.items() if isinstance(v, list)}

    def _save(self, data: dict[str, list[str]]) -> None:
        # A full disk must not turn a wrong passphrase into a crash.
        with contextlib.suppress(VaultError):
            write_atomically(self.path, json.dumps(data).encode("utf-8"))

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
