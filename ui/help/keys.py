"""F1 anywhere in the program: kept apart from the handleiding itself, which is read only when
F1 is first pressed (the first window should not wait for the guide's text)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence

from ui.window_input import watch_input, widget_of


class HelpKeys(QObject):
    """F1 anywhere in the program opens the handleiding at the chapter for what is in front."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        watch_input(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Every event of a window passes here: the class test first, as asking an event's
        # type makes a Python enum each time.
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and QKeySequence(event.keyCombination()).matches(
                QKeySequence(QKeySequence.StandardKey.HelpContents)
            )
            == QKeySequence.SequenceMatch.ExactMatch
        ):
            from ui.help.window import HelpWindow, open_help

            window = widget_of(watched)
            if window is None or isinstance(window, HelpWindow):
                return False
            open_help(near=window)
            return True
        return False
