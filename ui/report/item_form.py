"""A form for one record of a melding (the melder, a person, a signal, a step): every field an
editor with its own error line, named as the record's dataclass field, so the core's fault
for "persons.0.bsn" lands at field "bsn" of the first person's form.

The form reads its editors back into a copy of the record (`applied_to`). Input it cannot
read (a date or time typed wrongly) is kept as typed, read as empty, and reported by
`unreadable()` with a Dutch message for that field.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date, time
from typing import TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.domain.enums import LabelledEnum
from app.domain.validation import parse_time
from ui.text import label_text, time_text
from ui.widgets.dates import DateField, optional_date_line, past_date_edit
from ui.widgets.fields import ErrorField
from ui.widgets.wheel import choice_box

R = TypeVar("R")
E = TypeVar("E", bound=LabelledEnum)


class ItemForm(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QFormLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.fields: dict[str, ErrorField] = {}
        self._readers: dict[str, Callable[[], object]] = {}
        self._unreadable: dict[str, Callable[[], str]] = {}

    # -- editors ---------------------------------------------------------------------------

    def line(self, name: str, label: str, value: str, hint: str = "") -> QLineEdit:
        editor = QLineEdit(value)
        editor.textChanged.connect(self.changed)
        self._add(name, label, editor, editor.text, hint)
        return editor

    def text(
        self, name: str, label: str, value: str, height: int = 60, hint: str = ""
    ) -> QPlainTextEdit:
        editor = QPlainTextEdit(value)
        editor.setTabChangesFocus(True)
        editor.setMinimumHeight(height)
        editor.setMaximumHeight(height * 3 // 2)
        editor.textChanged.connect(self.changed)
        self._add(name, label, editor, editor.toPlainText, hint)
        return editor

    def date(self, name: str, label: str, value: date) -> DateField:
        editor = past_date_edit(value)
        editor.line.textChanged.connect(self.changed)
        self._add(name, label, editor, editor.date)
        self._unreadable[name] = editor.fault
        return editor

    def optional_date(self, name: str, label: str, value: date | None, hint: str = "") -> DateField:
        editor = optional_date_line(value)
        editor.line.textChanged.connect(self.changed)
        self._add(name, label, editor, editor.date, hint)
        self._unreadable[name] = editor.fault
        return editor

    def time(self, name: str, label: str, value: time | None, hint: str = "") -> QLineEdit:
        editor = QLineEdit(time_text(value) if value else "")
        editor.setPlaceholderText(self.tr("uu:mm"))
        editor.setMaximumWidth(120)
        editor.textChanged.connect(self.changed)
        self._add(name, label, editor, lambda: parse_time(editor.text()), hint)
        self._unreadable[name] = lambda: (
            self.tr("Schrijf het tijdstip als uu:mm, bijvoorbeeld 14:05, of laat het leeg.")
            if editor.text().strip() and parse_time(editor.text()) is None
            else ""
        )
        return editor

    def check(self, name: str, text: str, value: bool) -> QCheckBox:
        editor = QCheckBox(text)
        editor.setChecked(value)
        editor.toggled.connect(self.changed)
        self._add(name, "", editor, editor.isChecked)
        return editor

    def choice(
        self,
        name: str,
        label: str,
        enum: type[E],
        value: E | None,
        *,
        placeholder: str = "",
        missing: str = "",
        fallback: E | None = None,
    ) -> QComboBox:
        """One of a closed list. Without a value the list starts at `placeholder` and reads
        as `fallback` until a choice is made; `missing`, if given, is then its fault."""
        editor = choice_box()
        if value is None:
            editor.addItem(placeholder, "")
        for member in enum:
            editor.addItem(label_text(member), member.value)
        editor.setCurrentIndex(max(0, editor.findData(value.value if value else "")))
        editor.currentIndexChanged.connect(self.changed)

        def read() -> E | None:
            chosen = editor.currentData()
            return enum(chosen) if chosen else fallback

        self._add(name, label, editor, read)
        if missing:
            self._unreadable[name] = lambda: "" if editor.currentData() else missing
        return editor

    def yes_no_unknown(self, name: str, label: str, value: bool | None) -> QComboBox:
        editor = choice_box()
        editor.addItem(self.tr("ja"), True)
        editor.addItem(self.tr("nee"), False)
        editor.addItem(self.tr("nog niet bekend"), None)
        editor.setCurrentIndex(max(0, editor.findData(value)))
        editor.currentIndexChanged.connect(self.changed)
        self._add(name, label, editor, editor.currentData)
        return editor

    # -- reading back ----------------------------------------------------------------------

    def values(self) -> dict[str, object]:
        return {name: read() for name, read in self._readers.items()}

    def applied_to(self, record: R) -> R:
        return dataclasses.replace(record, **self.values())  # type: ignore[type-var]

    def unreadable(self) -> dict[str, str]:
        """Fields whose input could not be read, with what to do about it."""
        return {name: text for name, check in self._unreadable.items() if (text := check())}

    def _add(
        self,
        name: str,
        label: str,
        editor: QWidget,
        read: Callable[[], object],
        hint: str = "",
    ) -> None:
        field = ErrorField(editor, hint)
        self.fields[name] = field
        self._readers[name] = read
        self.layout_.addRow(label, field)
