"""Crash reports that can be shared: where it went wrong, not what the user had typed.

A report names the exception type and the chain of (file, line, function); it leaves out the
exception's message and every local variable, since either can hold case data. Messages of our
own `MeldcodeError`s are written by us and are kept.
"""

from __future__ import annotations

import sys
import traceback
from pathlib import Path
from types import TracebackType

from app import __version__
from app.errors import MeldcodeError


def _short_path(filename: str) -> str:
    path = Path(filename)
    parts = path.parts
    for anchor in ("app", "ui", "site-packages"):
        if anchor in parts:
            return "/".join(parts[parts.index(anchor) :])
    return path.name


def crash_report(
    exc_type: type[BaseException],
    exc: BaseException | None,
    tb: TracebackType | None,
    extra: dict[str, str] | None = None,
) -> str:
    import platform  # with a report to write, not with every start

    lines = [
        "Meldcode Werkplek - foutrapport",
        f"versie: {__version__}",
        f"python: {platform.python_version()} ({sys.platform}, {platform.machine()})",
    ]
    for key, value in (extra or {}).items():
        lines.append(f"{key}: {value}")
    lines.append(f"fout: {exc_type.__module__}.{exc_type.__qualname__}")
    if isinstance(exc, MeldcodeError):
        lines.append(f"melding: {exc.message.format()}")
    lines.append("plaats (binnenste laatst):")
    for frame in traceback.extract_tb(tb):
        lines.append(f"  {_short_path(frame.filename)}:{frame.lineno} in {frame.name}")
    cause = exc.__cause__ if exc is not None else None
    if cause is not None:
        lines.append(f"oorzaak: {type(cause).__module__}.{type(cause).__qualname__}")
    return "\n".join(lines)
