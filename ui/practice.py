"""Practice mode (oefenmodus) made visible: a banner in the main window, and the word in the
title of every window while the practice vault is open, so it is never taken for the real one.

The titles are marked by an application-wide event filter rather than by each dialog: a dialog
written later, or a question box, is marked without knowing about practice mode.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

PRACTICE_STYLE = (
    "QFrame#practiceBanner { background: #ffcc33; border-bottom: 3px solid #b38600; }"
    " QLabel { color: #2b1d00; font-weight: bold; }"
)
_TITLE_EVENTS = (QEvent.Type.Show, QEvent.Type.WindowTitleChange)


def practice_mark() -> str:
    return QCoreApplication.translate("practice", "OEFENMODUS")


def practice_banner_text() -> str:
    return QCoreApplication.translate(
        "practice", "OEFENMODUS — fictieve casussen, voer geen echte gegevens in"
    )


def marked_title(title: str) -> str:
    mark = practice_mark()
    if mark in title:
        return title
    return f"{title} — {mark}" if title else mark


class PracticeBanner(QFrame):
    leave_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("practiceBanner")
        self.setStyleSheet(PRACTICE_STYLE)
        self.text = QLabel(practice_banner_text())
        self.text.setObjectName("practiceBannerText")
        self.text.setWordWrap(True)
        font = QFont(self.text.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.text.setFont(font)
        self.leave_button = QPushButton(QCoreApplication.translate("practice", "Oefenen stoppen"))
        self.leave_button.clicked.connect(self.leave_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.leave_button)


class PracticeTitles(QObject):
    """While started, every window that is shown or retitled gets the practice mark."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._watching = False

    def start(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and not self._watching:
            app.installEventFilter(self)
            self._watching = True

    def stop(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and self._watching:
            app.removeEventFilter(self)
        self._watching = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() in _TITLE_EVENTS
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and practice_mark() not in watched.windowTitle()
        ):
            watched.setWindowTitle(marked_title(watched.windowTitle()))
        return False
