"""Reading a date as a Dutch professional types or pastes it: day first.

What was typed is read exactly or refused with a message that says what is wrong; nothing is
guessed (no month or year filled in, no two-digit year widened, no day moved to the next
month). Accepted: 20-11-2026, 3-5-2026 (also with / . or spaces), 20112026, 20 november 2026
(also "20 nov 2026"), and 2026-11-20 as a program writes it.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from app.i18n import QT_TRANSLATE_NOOP, Message

CTX = "validation"

MONTH_NAMES = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
# The usual Dutch abbreviations, and the first three letters of every month.
_MONTH_WORDS = {name: number for number, name in enumerate(MONTH_NAMES, start=1)}
_MONTH_WORDS.update({name[:3]: number for number, name in enumerate(MONTH_NAMES, start=1)})
_MONTH_WORDS.update({"mrt": 3, "sept": 9})

_PARTS = re.compile(r"[\s\-/.,]+")
_DIGITS = re.compile(r"[0-9]+")
_WORD = re.compile(r"[^\W\d_]+")

FORMAT_HINT = QT_TRANSLATE_NOOP(
    "validation", "Schrijf de datum als dd-mm-jjjj, bijvoorbeeld 20-11-2026."
)


@dataclass(frozen=True)
class TypedDate:
    """A typed text read as a date: the date, or the reason it could not be read. An empty
    text is neither (the caller decides whether a date is required)."""

    value: date | None = None
    fault: Message | None = None


def _fault(text: str, **params: object) -> TypedDate:
    return TypedDate(None, Message(CTX, text, params))


def read_typed_date(text: str) -> TypedDate:
    cleaned = text.strip()
    if not cleaned:
        return TypedDate()
    parts = [part for part in _PARTS.split(cleaned) if part]
    if not all(_DIGITS.fullmatch(p) or _WORD.fullmatch(p) for p in parts):
        return _fault(FORMAT_HINT)
    if len(parts) == 1 and _DIGITS.fullmatch(parts[0]) and len(parts[0]) == 8:
        # Typed without separators: ddmmjjjj.
        digits = parts[0]
        parts = [digits[:2], digits[2:4], digits[4:]]
    if len(parts) == 3 and len(parts[0]) == 4 and parts[0].isdigit():
        # A program's own way, year first (2026-11-20): unambiguous, so read it.
        parts = [parts[2], parts[1], parts[0]]
    if len(parts) == 1 and parts[0].isdigit() and len(parts[0]) <= 2:
        return _fault(
            QT_TRANSLATE_NOOP(
                "validation",
                "Vul ook maand en jaar in, bijvoorbeeld 20-11-2026.",
            )
        )
    if len(parts) == 2:
        return _fault(
            QT_TRANSLATE_NOOP("validation", "Vul ook het jaar in, bijvoorbeeld 20-11-2026.")
        )
    if len(parts) != 3:
        return _fault(FORMAT_HINT)
    day_text, month_text, year_text = parts
    if not (day_text.isdigit() and year_text.isdigit()):
        return _fault(FORMAT_HINT)
    month = _month(month_text)
    if month is None:
        return _fault(FORMAT_HINT)
    if len(year_text) != 4:
        return _fault(
            QT_TRANSLATE_NOOP(
                "validation", "Schrijf het jaar met vier cijfers, bijvoorbeeld 20-11-2026."
            )
        )
    if len(day_text) > 2:
        return _fault(FORMAT_HINT)
    year, day = int(year_text), int(day_text)
    if not 1 <= month <= 12:
        return _fault(
            QT_TRANSLATE_NOOP("validation", "Maand {month} bestaat niet: kies 1 tot en met 12."),
            month=month,
        )
    if year < 1:
        return _fault(QT_TRANSLATE_NOOP("validation", "Jaar 0000 bestaat niet."))
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        return _fault(
            QT_TRANSLATE_NOOP(
                "validation", "Die dag bestaat niet: {month} {year} heeft {days} dagen."
            ),
            month=MONTH_NAMES[month - 1],
            year=year,
            days=days,
        )
    return TypedDate(date(year, month, day))


def _month(text: str) -> int | None:
    if text.isdigit():
        return int(text) if len(text) <= 2 else None
    return _MONTH_WORDS.get(text.casefold())
