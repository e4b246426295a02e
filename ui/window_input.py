"""What the user does, seen where it enters the program: at its top-level windows.

Keys, the mouse, the wheel, touch and tablet reach a top-level window before any widget in it,
so a filter on each window sees all the user does and little else. A filter on the application
meets every event of every widget as well: opening another case after reading five hundred
signals hides some 6,000 widgets, an event each, and a filter written in Python costs about a
microsecond an event (the idle clock and F1 together held that turn some 15 ms).

A key that fires a shortcut reaches the window as its ShortcutOverride only. A window that comes
later is watched from when the focus moves (a window typed in has the focus, and one clicked is
made active first), or a modal one from when it blocks the windows watched before it. A popup
that never takes the focus (a menu opened with the mouse) is not watched: the click that opened
it was.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget


class _Windows(QObject):
    """Puts every watcher's filter on every top-level window, those of now and those to come."""

    def __init__(self, app: QGuiApplication) -> None:
        super().__init__(app)
        self._watchers: list[QObject] = []
        app.focusWindowChanged.connect(self._install)
        app.focusObjectChanged.connect(self._install)

    def add(self, watcher: QObject) -> None:
        if watcher not in self._watchers:
            self._watchers.append(watcher)
        self._install()

    def remove(self, watcher: QObject) -> None:
        if watcher in self._watchers:
            self._watchers.remove(watcher)
        for window in QGuiApplication.topLevelWindows():
            window.removeEventFilter(watcher)

    def _install(self, *_: object) -> None:
        self._watchers = [w for w in self._watchers if shiboken6.isValid(w)]
        for window in QGuiApplication.topLevelWindows():
            # Qt keeps one entry per filter: installing again is harmless.
            window.installEventFilter(self)
            for watcher in self._watchers:
                window.installEventFilter(watcher)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A modal window shown blocks those under it before it takes any input.
        if event.type() == QEvent.Type.WindowBlocked:
            self._install()
        return False


_WINDOWS: list[_Windows] = []


def watch_input(watcher: QObject) -> None:
    """`watcher.eventFilter` sees the user's input in every window of the program; its
    `watched` is the window (a QWindow: see `widget_of`)."""
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return
    if not _WINDOWS:
        _WINDOWS.append(_Windows(app))
    _WINDOWS[0].add(watcher)


def stop_watching_input(watcher: QObject) -> None:
    if _WINDOWS:
        _WINDOWS[0].remove(watcher)


def widget_of(window: QObject) -> QWidget | None:
    """The top-level widget shown in a window (None: not one of the program's widgets)."""
    return next((w for w in QApplication.topLevelWidgets() if w.windowHandle() is window), None)
