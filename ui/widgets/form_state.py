"""What a form's inputs hold, as plain JSON values, and putting it back: the payload of a draft.

A draft is kept inside the vault when the program locks mid-edit; on reopening the form the
same values go back into the same inputs. Each input is read by its kind; a composite input
(a yes/no pair, the list of help agreements) offers `state()` and `set_state()` itself.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Protocol, runtime_checkable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)


@runtime_checkable
class StatefulInput(Protocol):
    def state(self) -> Any: ...

    def set_state(self, state: Any) -> None: ...


def read_state(widget: QWidget) -> Any:
    """The input's value as JSON; None for a widget that holds no input."""
    if isinstance(widget, StatefulInput):
        return widget.state()
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QDateEdit):
        return widget.date().toPython().isoformat()  # type: ignore[union-attr]
    if isinstance(widget, QSpinBox):
        return widget.value()
    if isinstance(widget, QAbstractButton) and widget.isCheckable():
        return widget.isChecked()
    return None


def write_state(widget: QWidget, value: Any) -> None:
    """Put a value from `read_state` back; a value that no longer fits is left out."""
    if value is None:
        return
    if isinstance(widget, StatefulInput):
        widget.set_state(value)
    elif isinstance(widget, QLineEdit):
        widget.setText(str(value))
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(str(value))
    elif isinstance(widget, QComboBox):
        index = widget.findData(value)
        if index >= 0:
            widget.setCurrentIndex(index)
    elif isinstance(widget, QDateEdit):
        try:
            widget.setDate(QDate(date.fromisoformat(str(value))))
        except ValueError:
            return
    elif isinstance(widget, QSpinBox):
        widget.setValue(int(value))
    elif isinstance(widget, QAbstractButton) and widget.isCheckable():
        widget.setChecked(bool(value))
