"""The mouse wheel scrolls the form; it never changes a choice or a number on its way.

Qt lets the wheel change a drop-down list's choice, or a spin box's number, when the pointer
merely passes over it while the form is scrolled. A fact then changes without a click: in a
hand test, a signal's source in the melding went from "Eigen waarneming" to "Verteld door een
ouder" while the form was scrolled, and was sent so. A drop-down list made here never takes
the wheel (a click or a key chooses), and a spin box only once the user is in it (clicked or
tabbed into); otherwise the wheel scrolls the form around them.

Every drop-down list and spin box of the program is made here (a test keeps it so). A style
for the whole program could do the same, but Qt asks a style's hints thousands of times while
a window is built, and one written in Python held the first window 8 ms longer.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QSpinBox,
    QWidget,
)


class _CalmWheel(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget):
            return False
        if isinstance(watched, QAbstractSpinBox) and watched.hasFocus():
            return False  # the user is in the box: the wheel is their way to change it
        # Not for the field: the form around it scrolls, as under any other field. (Qt
        # passes a wheel event on to the parents only as the platform delivers it, not when
        # it is sent on, so it goes to the scroll area itself.)
        area = watched.parentWidget()
        while area is not None and not isinstance(area, QAbstractScrollArea):
            area = area.parentWidget()
        if area is not None:
            QApplication.sendEvent(area.viewport(), event)
        return True


_CALM: list[_CalmWheel] = []


def _calm(widget: QWidget) -> None:
    if not _CALM:
        _CALM.append(_CalmWheel(QApplication.instance()))
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel gives it no focus
    widget.installEventFilter(_CALM[0])


def choice_box(parent: QWidget | None = None) -> QComboBox:
    """A drop-down list that the wheel never changes."""
    box = QComboBox(parent)
    _calm(box)
    return box


def number_box(parent: QWidget | None = None) -> QSpinBox:
    """A spin box that the wheel changes only once the user is in it."""
    box = QSpinBox(parent)
    _calm(box)
    return box
