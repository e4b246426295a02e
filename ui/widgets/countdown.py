"""The wait after failed attempts: counts down each second, then says it is over."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal


class Countdown(QObject):
    tick = Signal(int)  # seconds left, also once at the start
    done = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._left = 0
        self._timer = QTimer(self)
        # A coarse timer may fire a little early; the vault counts whole seconds.
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._step)

    def start(self, seconds: int) -> None:
        self._left = max(0, seconds)
        if self._left == 0:
            self._timer.stop()
            self.done.emit()
            return
        self._timer.start()
        self.tick.emit(self._left)

    def stop(self) -> None:
        self._timer.stop()
        self._left = 0

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    @property
    def seconds_left(self) -> int:
        return self._left

    def _step(self) -> None:
        self._left -= 1
        if self._left <= 0:
            self.stop()
            self.done.emit()
        else:
            self.tick.emit(self._left)
