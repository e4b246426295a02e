"""The program's own log: events and faults, never case data.

Log lines name what happened by code and id ("unlock ok", "export failed: DiskFull"). Exception
messages are not logged, because a library's message can quote a value it was given; a crash is
logged by type and place only (see `app.crash`).
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOGGER_NAME = "meldcode"
LOG_FILE = "meldcode-werkplek.log"


def get_logger(name: str = "") -> logging.Logger:
    return logging.getLogger(f"{LOGGER_NAME}.{name}" if name else LOGGER_NAME)


def configure(log_dir: Path, level: int = logging.INFO) -> Path:
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_FILE
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    # Other libraries log at WARNING at most; their debug output may echo values.
    root.setLevel(logging.WARNING)
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    get_logger().setLevel(level)
    return path
