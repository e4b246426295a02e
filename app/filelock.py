"""Operating-system file locks, the same on Windows, macOS and Linux.

A lock is held on an open file and ends when the file is closed or the program ends, also when
it crashes: nothing is left stuck. On POSIX it is `fcntl.flock` (per open file, so a second
open in the same program conflicts too); on Windows `msvcrt.locking` on the first byte.
"""

from __future__ import annotations

import contextlib
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

# Waiting for another program's short key-file change; far longer than any such change.
WAIT_SECONDS = 30.0
_POLL_SECONDS = 0.05


class LockBusy(Exception):
    """Another program holds the lock (internal: callers turn it into a Dutch error)."""


class HeldLock:
    """An exclusive lock on `path`, held until `release` (or the end of the program)."""

    def __init__(self, path: Path, *, wait: float | None) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._stream: IO[bytes] | None = open(path, "a+b")  # noqa: SIM115 - held for the lock
        deadline = None if wait is None else time.monotonic() + wait
        while True:
            try:
                _lock(self._stream)
                return
            except OSError:
                if deadline is None or time.monotonic() >= deadline:
                    self._stream.close()
                    self._stream = None
                    raise LockBusy() from None
                time.sleep(_POLL_SECONDS)

    def release(self) -> None:
        if self._stream is None:
            return
        stream, self._stream = self._stream, None
        with contextlib.suppress(OSError):
            _unlock(stream)
        stream.close()

    @property
    def held(self) -> bool:
        return self._stream is not None


@contextlib.contextmanager
def exclusive(path: Path, wait: float = WAIT_SECONDS) -> Iterator[HeldLock]:
    """Hold the lock for a short change, waiting up to `wait` seconds for another holder."""
    lock = HeldLock(path, wait=wait)
    try:
        yield lock
    finally:
        lock.release()


if sys.platform == "win32":  # pragma: no cover - Windows only
    import msvcrt

    def _lock(stream: IO[bytes]) -> None:
        stream.seek(0)
        msvcrt.locking(stream.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(stream: IO[bytes]) -> None:
        stream.seek(0)
        msvcrt.locking(stream.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(stream: IO[bytes]) -> None:
        fcntl.flock(stream.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(stream: IO[bytes]) -> None:
        fcntl.flock(stream.fileno(), fcntl.LOCK_UN)
