"""Python's cyclic garbage collector, run on the main thread only.

CPython collects in whichever thread crosses the allocation threshold. A job on the thread
pool (unlocking, making the practice vault, an export) allocates a lot, so it would often be
that thread, and a collection there frees the main thread's Qt objects that sit in reference
cycles: the parts of a window dropped at locking. Qt then crashes later, on the main thread,
far from the cause. So the automatic collector is off while the program runs, and a timer
on the main thread collects instead, with the thresholds Python would have used.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_INTERVAL_MS = 200


class MainThreadCollector(QObject):
    """Create on the main thread; `stop` gives the collector back to Python."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start()

    def collect_due(self) -> int:
        """Collect the oldest generation whose count passed its threshold, as Python would;
        the number of objects found unreachable."""
        counts = gc.get_count()
        generation = -1
        for index, (count, threshold) in enumerate(zip(counts, self._thresholds, strict=True)):
            if threshold and count > threshold:
                generation = index
            else:
                break
        return gc.collect(generation) if generation >= 0 else 0

    def stop(self) -> None:
        self._timer.stop()
        if self._was_enabled:
            gc.enable()


def set_aside_survivors() -> None:
    """Leave every object alive now out of the collections to come (`gc.freeze`), until
    `take_back_survivors`. Called once the main window is made: the program's modules, classes
    and that window, some 50,000 objects, made each full collection hold the window thread
    13-23 ms (3-11 ms without them, with a case of 500 signals open)."""
    gc.freeze()


def take_back_survivors() -> None:
    """At locking: what was set aside is collected again, so that the cycles of the window
    that goes, and the case data they hold, are freed."""
    gc.unfreeze()
