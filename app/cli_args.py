"""Argument types the administrator's commands share."""

from __future__ import annotations

import argparse
from datetime import date

from app.domain.dates import read_typed_date


def day(text: str) -> date:
    """A date as the window reads one (20-11-2026, 2026-11-20, ...); a fault in Dutch."""
    typed = read_typed_date(text)
    if typed.value is None:
        fault = typed.fault.format() if typed.fault is not None else "Vul een datum in."
        raise argparse.ArgumentTypeError(f"'{text}': {fault}")
    return typed.value
