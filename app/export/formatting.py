"""Dates, times and small words as a Dutch document writes them ("3 maart 2026", "ja").

Documents are always Dutch (Veilig Thuis is Dutch), so these are not translated.
"""

from __future__ import annotations

from datetime import date, datetime, time

from app.domain.dates import MONTH_NAMES

DASH = "—"


def month_name(month: int) -> str:
    """ "maart" for 3."""
    return MONTH_NAMES[month - 1]


def dutch_date(day: date | None) -> str:
    if day is None:
        return DASH
    return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


def dutch_time(moment: time | None) -> str:
    return DASH if moment is None else moment.strftime("%H:%M")


def dutch_moment(moment: datetime) -> str:
    """A stored (UTC) moment in the computer's own time zone: "3 maart 2026, 14:05"."""
    local = moment.astimezone() if moment.tzinfo is not None else moment
    return f"{dutch_date(local.date())}, {local.strftime('%H:%M')}"


def short_moment(moment: datetime) -> str:
    """Compact for tables: "03-03-2026 14:05"."""
    local = moment.astimezone() if moment.tzinfo is not None else moment
    return local.strftime("%d-%m-%Y %H:%M")


def age_on(born: date, day: date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def birth_date_with_age(born: date | None, day: date) -> str:
    if born is None:
        return DASH
    return f"{dutch_date(born)} ({age_on(born, day)} jaar)"


def yes_no(value: bool | None, unknown: str = "nog niet bekend") -> str:
    if value is None:
        return unknown
    return "ja" if value else "nee"


def counted(count: int, singular: str, plural: str) -> str:
    return f"{count} {singular if count == 1 else plural}"
