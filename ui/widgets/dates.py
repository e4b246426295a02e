"""Date inputs: a calendar field for a date that must be given, a typed one when it may be left
empty. Whether a date may lie ahead is the core's rule; its message appears at the field."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QLineEdit

from app.timeutil import today
from ui.text import date_text, read_date

DATE_FORMAT = "dd-MM-yyyy"


def date_edit(day: date | None = None) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setDate(QDate(day or today()))
    edit.setMaximumWidth(160)
    return edit


def date_of(edit: QDateEdit) -> date:
    return edit.date().toPython()  # type: ignore[return-value]


def optional_date_line(day: date | None = None, placeholder: str = "dd-mm-jjjj") -> QLineEdit:
    line = QLineEdit(date_text(day) if day else "")
    line.setPlaceholderText(placeholder)
    line.setMaximumWidth(160)
    return line


def optional_date_of(line: QLineEdit) -> tuple[date | None, bool]:
    """The typed date (None when empty) and whether the text could be read."""
    text = line.text().strip()
    if not text:
        return None, True
    day = read_date(text)
    return day, day is not None


def past_date_edit(value: date | None = None) -> QDateEdit:
    """A calendar for something that happened: not after today. A value that already lies
    ahead is kept, so the core says what is wrong rather than the box silently changing it."""
    shown = value or today()
    edit = date_edit(shown)
    edit.setMaximumDate(QDate(max(today(), shown)))
    return edit
