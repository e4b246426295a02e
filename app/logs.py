"""The program's own log: events and faults, never case data.

Log lines name what happened by code and id ("unlock ok", "export failed: DiskFull"). Exception
messages are not logged, because a library's message can quote a value it was given; a crash is
logged by type and place only (see `app.crash`).
"""

from __future__ import annotations

import io
import logging
import os
from pathlib import Path

from app.fileio import make_private_dir

LOGGER_NAME = "meldcode"
LOG_FILE = "meldcode-werkplek.log"


def get_logger(name: str = "") -> logging.Logger:
    return logging.getLogger(f"{LOGGER_NAME}.{name}" if name else LOGGER_NAME)


class PrivateRotatingFileHandler(logging.FileHandler):
    """A log that moves to `<name>.1` once it would pass `max_bytes` (the older ones to .2 up
    to `backups`), and whose every file, the rotated ones included, is the owner's alone (0600).

    On `logging.FileHandler` rather than `logging.handlers.RotatingFileHandler`: that module
    brings sockets, pickling and queues into every start (some 15 ms before the first window).
    """

    def __init__(self, path: Path, *, max_bytes: int, backups: int) -> None:
        self.max_bytes = max_bytes
        self.backups = backups
        super().__init__(path, mode="a", encoding="utf-8")

    def _open(self) -> io.TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        if os.name == "posix":
            os.fchmod(fd, 0o600)
        return open(fd, "a", encoding=self.encoding, errors=self.errors)

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._would_pass_limit(record):
                self.doRollover()
        except Exception:
            self.handleError(record)
            return
        super().emit(record)

    def _would_pass_limit(self, record: logging.LogRecord) -> bool:
        if self.max_bytes <= 0:
            return False
        if self.stream is None:
            self.stream = self._open()
        written = self.stream.seek(0, os.SEEK_END)
        return written > 0 and written + len(self.format(record) + self.terminator) > self.max_bytes

    def doRollover(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None
        name = self.baseFilename
        for number in range(self.backups - 1, 0, -1):
            if os.path.exists(f"{name}.{number}"):
                os.replace(f"{name}.{number}", f"{name}.{number + 1}")
        if self.backups > 0 and os.path.exists(name):
            os.replace(name, f"{name}.1")
        self.stream = self._open()


def configure(log_dir: Path, level: int = logging.INFO) -> Path:
    make_private_dir(log_dir)
    path = log_dir / LOG_FILE
    handler = PrivateRotatingFileHandler(path, max_bytes=1_000_000, backups=3)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    # Other libraries log at WARNING at most; their debug output may echo values.
    root.setLevel(logging.WARNING)
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    get_logger().setLevel(level)
    return path
