"""Time in one place, so stored timestamps share one format (UTC, ISO 8601, milliseconds)."""

from __future__ import annotations

from datetime import UTC, date, datetime


def utc_now() -> datetime:
    return datetime.now(UTC)


def now_iso() -> str:
    return to_iso(utc_now())


def to_iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="milliseconds")


def from_iso(text: str) -> datetime:
    return datetime.fromisoformat(text)


def today() -> date:
    return datetime.now().astimezone().date()
