"""Time in one place, so stored timestamps share one format (UTC, ISO 8601, milliseconds).

`clock_at` sets the clock for the code running inside it. Tests use it to let weeks pass, and
the practice vault uses it to give its fictional example cases a believable history.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, date, datetime

_fixed_now: ContextVar[datetime | None] = ContextVar("fixed_now", default=None)


def utc_now() -> datetime:
    fixed = _fixed_now.get()
    return fixed if fixed is not None else datetime.now(UTC)


def now_iso() -> str:
    return to_iso(utc_now())


def to_iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="milliseconds")


def from_iso(text: str) -> datetime:
    return datetime.fromisoformat(text)


def today() -> date:
    return utc_now().astimezone().date()


@contextmanager
def clock_at(moment: datetime) -> Iterator[None]:
    """Inside this block the program's clock reads `moment` (timezone-aware)."""
    if moment.tzinfo is None:
        raise ValueError("clock_at needs a timezone-aware moment")
    token = _fixed_now.set(moment.astimezone(UTC))
    try:
        yield
    finally:
        _fixed_now.reset(token)
