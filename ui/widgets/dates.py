"""The one date box of the program: a line to type (or paste) a date in, and a calendar.

What is typed stays as typed: the box never completes, moves or replaces a part of it. The
core reads it (`app.domain.dates`) and says, in Dutch at the field, what it cannot read: on
leaving the box and again on saving. Tab goes to the next field; the calendar button is for
the mouse only, so it is not a stop on the way. Whether a date may lie ahead, or how far
back, is the core's rule.
"""

from __future__ import annotations

import re
from contextlib import suppress
from datetime import date

from PySide6.QtCore import QDate, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QWidget,
)

from app.domain.dates import read_typed_date
from app.timeutil import today
from ui.text import date_text, message_text

DATE_WIDTH = 130
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class DateField(QWidget):
    """`date()` is the typed date or None (empty or unreadable); `fault()` says why a
    non-empty text could not be read. `edited` fires on every change by the user."""

    edited = Signal()
    left = Signal()

    def __init__(
        self,
        day: date | None = None,
        placeholder: str = "",
        parent: QWidget | None = None,
        *,
        check_on_leave: bool = True,
    ) -> None:
        super().__init__(parent)
        # A form says what it cannot read when the box is left; a filter bar says it at once.
        self.check_on_leave = check_on_leave
        self.line = QLineEdit(date_text(day) if day else "")
        self.line.setPlaceholderText(placeholder or self.tr("dd-mm-jjjj"))
        self.line.setMaximumWidth(DATE_WIDTH)
        self.line.setAccessibleName(self.tr("Datum, als dd-mm-jjjj"))
        self.calendar_button = QToolButton()
        self.calendar_button.setArrowType(Qt.ArrowType.DownArrow)
        self.calendar_button.setToolTip(self.tr("Kies in de kalender"))
        self.calendar_button.setAccessibleName(self.tr("Kalender"))
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.calendar_button.clicked.connect(self.show_calendar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.line)
        layout.addWidget(self.calendar_button)
        layout.addStretch(1)
        self.setFocusProxy(self.line)
        self.line.textEdited.connect(lambda _: self.edited.emit())
        self.line.editingFinished.connect(self.left.emit)
        self.calendar: QCalendarWidget | None = None

    # -- value ------------------------------------------------------------------------------

    def text(self) -> str:
        return self.line.text()

    def date(self) -> date | None:
        return read_typed_date(self.line.text()).value

    def fault(self) -> str:
        """Why the typed text is not a date ("" when it is one, or when nothing is typed)."""
        fault = read_typed_date(self.line.text()).fault
        return message_text(fault) if fault is not None else ""

    def set_date(self, day: date | None) -> None:
        self.line.setText(date_text(day) if day else "")

    def setText(self, text: str) -> None:
        self.line.setText(text)

    def clear(self) -> None:
        self.line.clear()

    def state(self) -> str:
        """The text as typed: a draft keeps even a half-typed date."""
        return self.line.text()

    def set_state(self, state: object) -> None:
        text = str(state)
        if _ISO_DATE.fullmatch(text):
            # Drafts written before this box held the date the ISO way.
            with suppress(ValueError):
                text = date_text(date.fromisoformat(text))
        self.line.setText(text)

    # -- calendar ---------------------------------------------------------------------------

    def show_calendar(self) -> None:
        calendar = QCalendarWidget(self)
        calendar.setWindowFlags(Qt.WindowType.Popup)
        calendar.setGridVisible(True)
        calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        calendar.setSelectedDate(QDate(self.date() or today()))
        calendar.clicked.connect(self._chosen)
        calendar.activated.connect(self._chosen)
        calendar.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        calendar.move(self.line.mapToGlobal(QPoint(0, self.line.height())))
        self.calendar = calendar
        calendar.show()
        calendar.setFocus()

    def _chosen(self, day: QDate) -> None:
        self.line.setText(date_text(day.toPython()))  # type: ignore[arg-type]
        self.edited.emit()
        if self.calendar is not None:
            self.calendar.close()
            self.calendar = None
        self.line.setFocus(Qt.FocusReason.PopupFocusReason)


def date_edit(day: date | None = None) -> DateField:
    """A date that must be given; a new form starts at today, typed out, to change or keep."""
    return DateField(day or today())


def past_date_edit(value: date | None = None) -> DateField:
    """A date of something that happened; the core refuses one that lies ahead."""
    return date_edit(value)


def optional_date_line(
    day: date | None = None, placeholder: str = "", *, check_on_leave: bool = True
) -> DateField:
    """A date that may be left empty."""
    return DateField(day, placeholder, check_on_leave=check_on_leave)


def date_of(field: DateField) -> date | None:
    return field.date()


def optional_date_of(field: DateField) -> tuple[date | None, bool]:
    """The typed date (None when empty) and whether the text could be read."""
    typed = read_typed_date(field.text())
    return typed.value, typed.fault is None


def date_faults(fields: dict[str, QWidget]) -> dict[str, str]:
    """For each date box among `fields` whose text cannot be read: what is wrong."""
    return {
        name: field.fault()
        for name, field in fields.items()
        if isinstance(field, DateField) and field.fault()
    }
