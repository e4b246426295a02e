"""The program's own log: events and faults, never case data.

Log lines name what happened by code and id ("unlock ok", "export failed: DiskFull"). Exception
messages are not logged, because a library's message can quote a value it was given; a crash is
logged by type and place only (see `app.crash`).
"""

from __future__ import annotations

import io
import logging
import logging.handlers
import os
from pathlib import Path

from app.fileio import make_private_dir

LOGGER_NAME = "meldcode"
LOG_FILE = "meldcode-werkplek.log"


def get_logger(name: str = "") -> logging.Logger:
    return logging.getLogger(f"{LOGGER_NAME}.{name}" if name else LOGGER_NAME)


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose every file, the rotated ones included, is the owner's alone (0600)."""

    def _open(self) -> io.TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        if os.name == "posix":
            os.fchmod(fd, 0o600)
        return open(fd, "a", encoding=self.encoding, errors=self.errors)


def configure(log_dir: Path, level: int = logging.INFO) -> Path:
    make_private_dir(log_dir)
    path = log_dir / LOG_FILE
    handler = PrivateRotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    # Other libraries log at WARNING at most; their debug output may echo values.
    root.setLevel(logging.WARNING)
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    get_logger().setLevel(level)
    return path
