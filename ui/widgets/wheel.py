"""The mouse wheel scrolls the form; it never changes a choice or a number on its way.

Qt lets the wheel change a drop-down list's choice, or a spin box's number, when the pointer
merely passes over it while the form is scrolled. A fact then changes without a click: in a
hand test, a signal's source in the melding went from "Eigen waarneming" to "Verteld door een
ouder" while the form was scrolled, and was sent so. Now a closed drop-down list never takes
the wheel, and a spin box only once the user is in it (clicked or tabbed into); out of focus
the wheel scrolls the form around them.

The program's style puts this on every such field as it is first shown (`polish`), so no
field of any window is left out.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QProxyStyle,
    QStyle,
    QStyleHintReturn,
    QStyleOption,
    QWidget,
)


class _InFocusOnly(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Wheel
            and isinstance(watched, QWidget)
            and not watched.hasFocus()
        ):
            # Not for the field: the form around it scrolls, as under any other field. (Qt
            # passes a wheel event on to the parents only as the platform delivers it, not
            # when it is sent on, so it goes to the scroll area itself.)
            area = watched.parentWidget()
            while area is not None and not isinstance(area, QAbstractScrollArea):
                area = area.parentWidget()
            if area is not None:
                QApplication.sendEvent(area.viewport(), event)
            return True
        return False


class CalmWheelStyle(QProxyStyle):
    """The platform's style; a closed drop-down list never takes the wheel, a spin box only
    in focus, and out of focus both pass it to the form."""

    def __init__(self) -> None:
        super().__init__()
        self._filter = _InFocusOnly(self)

    def styleHint(
        self,
        hint: QStyle.StyleHint,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
        returnData: QStyleHintReturn | None = None,  # noqa: N803
    ) -> int:
        if hint == QStyle.StyleHint.SH_ComboBox_AllowWheelScrolling:
            return 0
        return super().styleHint(hint, option, widget, returnData)

    def polish(self, target: object) -> object:  # type: ignore[override]
        if isinstance(target, QComboBox | QAbstractSpinBox):
            target.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel gives no focus
            target.installEventFilter(self._filter)
        return super().polish(target)  # type: ignore[arg-type]


def calm_the_wheel(app: QApplication) -> None:
    """For every drop-down list and spin box of the program (the application's style)."""
    if not isinstance(app.style(), CalmWheelStyle):
        app.setStyle(CalmWheelStyle())
