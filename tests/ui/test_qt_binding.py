"""The Qt binding itself: a release with a known defect that crashes the program is refused."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

EMITS = 2_000


class _Emitter(QObject):
    fired = Signal(int)


def test_emitting_signals_leaves_reference_counts_alone() -> None:
    # PySide6 6.12.0 dropped a reference to True on every emit; after some hundreds the
    # interpreter aborts ("deallocating True"). pyproject.toml excludes that release.
    emitter = _Emitter()
    received: list[int] = []
    emitter.fired.connect(received.append)
    before = sys.getrefcount(True)
    for number in range(EMITS):
        emitter.fired.emit(number)
    assert len(received) == EMITS
    assert sys.getrefcount(True) >= before
