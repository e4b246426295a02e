"""Two answers to one question (yes or no, named or anonymous), neither chosen at first.

Unlike a check box, "not answered yet" stays visible: the core then says at the field that
the question needs an answer.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QRadioButton, QWidget


class ChoicePair(QWidget):
    changed = Signal()

    def __init__(self, yes: str, no: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.yes = QRadioButton(yes)
        self.no = QRadioButton(no)
        self._group = QButtonGroup(self)
        self._group.addButton(self.yes)
        self._group.addButton(self.no)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.yes)
        layout.addWidget(self.no)
        layout.addStretch(1)
        self.setFocusProxy(self.yes)
        self.yes.toggled.connect(lambda _: self.changed.emit())
        self.no.toggled.connect(lambda _: self.changed.emit())

    def value(self) -> bool | None:
        if self.yes.isChecked():
            return True
        if self.no.isChecked():
            return False
        return None

    def set_value(self, value: bool | None) -> None:
        if value is None:
            # An exclusive group never lets its last checked button go; step out of it briefly.
            self._group.setExclusive(False)
            self.yes.setChecked(False)
            self.no.setChecked(False)
            self._group.setExclusive(True)
        else:
            (self.yes if value else self.no).setChecked(True)

    def state(self) -> Any:
        return self.value()

    def set_state(self, state: Any) -> None:
        self.set_value(None if state is None else bool(state))
