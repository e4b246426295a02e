"""One program at a time on a vault: a lock beside it, held while the vault is unlocked.

The lock is an operating-system lock on `meldcode.lock`, held open for the whole session, so a
program that crashes (or a computer that goes off) leaves nothing stuck: the system drops the
lock with the program. Beside it, `meldcode.lock.info` says who has the vault open, on which
computer and since when, so the second program can say so; it holds no case data, and it is
only read when the lock is taken: a stale info file means nothing.
"""

from __future__ import annotations

import contextlib
import json
import platform
from datetime import datetime
from pathlib import Path

from app.errors import VaultInUse
from app.fileio import write_atomically
from app.filelock import HeldLock, LockBusy
from app.timeutil import now_iso

LOCK_NAME = "meldcode.lock"
INFO_NAME = "meldcode.lock.info"


def computer_name() -> str:
    return platform.node() or "?"


class SessionLock:
    def __init__(self, lock: HeldLock, info_path: Path) -> None:
        self._lock = lock
        self._info_path = info_path

    @classmethod
    def acquire(cls, folder: Path, holder: str) -> SessionLock:
        """Take the vault for this program, or raise `VaultInUse` naming who has it."""
        info_path = folder / INFO_NAME
        try:
            lock = HeldLock(folder / LOCK_NAME, wait=None)
        except LockBusy:
            raise _in_use(info_path) from None
        except OSError:
            # A folder we cannot lock in (read-only media): opening stays possible, as before.
            return cls(_NoLock(), info_path)
        info = {"holder": holder, "computer": computer_name(), "since": now_iso()}
        with contextlib.suppress(Exception):
            write_atomically(info_path, json.dumps(info, ensure_ascii=False).encode("utf-8"))
        return cls(lock, info_path)

    def release(self) -> None:
        if not self._lock.held:
            return
        with contextlib.suppress(OSError):
            self._info_path.unlink()
        self._lock.release()


class _NoLock(HeldLock):
    def __init__(self) -> None:
        self._stream = None


def _in_use(info_path: Path) -> VaultInUse:
    try:
        info = json.loads(info_path.read_text(encoding="utf-8"))
        since = datetime.fromisoformat(str(info["since"])).astimezone()
        return VaultInUse(
            str(info.get("holder", "")),
            str(info.get("computer", "")),
            since.strftime("%d-%m-%Y %H:%M"),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return VaultInUse("", "", "")
