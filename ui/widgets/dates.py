"""The date box every form uses for something that happened: a calendar, day first."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit

from app.timeutil import today


def past_date_edit(value: date | None = None) -> QDateEdit:
    """Set to `value` (today when None), not after today. A value that already lies ahead is
    kept, so the core says what is wrong rather than the box silently changing it."""
    shown = value or today()
    editor = QDateEdit()
    editor.setCalendarPopup(True)
    editor.setDisplayFormat("dd-MM-yyyy")
    editor.setMaximumDate(QDate(max(today(), shown)))
    editor.setDate(QDate(shown))
    editor.setMaximumWidth(160)
    return editor
