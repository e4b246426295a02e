"""Auto-lock: any keyboard or mouse input anywhere in the program restarts an idle timer.

Input is watched at the program's windows (`ui.window_input`). The same watch sees the lock key
(Ctrl+L) where the menu's shortcut cannot: while a dialog blocks the main window, Qt does not
fire that window's shortcuts.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QInputEvent, QKeyEvent, QKeySequence

from ui.window_input import stop_watching_input, watch_input

LOCK_KEYS = QKeySequence("Ctrl+L")

USER_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        # A key that fires a shortcut reaches the window as this only.
        QEvent.Type.ShortcutOverride,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class IdleWatcher(QObject):
    """Emits `idle` after `interval_ms` without user input, and `lock_key` on Ctrl+L, while
    started."""

    idle = Signal()
    lock_key = Signal()

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        # A coarse timer may fire 5% early: three minutes on a one-hour setting.
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._timed_out)
        self._watching = False

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    def set_interval(self, interval_ms: int) -> None:
        self._timer.setInterval(interval_ms)
        if self._watching:
            self._timer.start()

    def remaining_ms(self) -> int:
        return self._timer.remainingTime()

    def start(self) -> None:
        if not self._watching:
            watch_input(self)
            self._watching = True
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        if self._watching:
            stop_watching_input(self)
        self._watching = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Every event of a window passes here (its paint requests too): the class test first,
        # as asking an event's type makes a Python enum each time.
        if not isinstance(event, QInputEvent) or event.type() not in USER_INPUT:
            return False
        self._timer.start()
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and QKeySequence(event.keyCombination()) == LOCK_KEYS
        ):
            self.lock_key.emit()
            return True
        return False

    def _timed_out(self) -> None:
        if self._watching:
            self.idle.emit()
