"""A secret on the clipboard for a short while only.

The guard puts a text on the clipboard and takes it off again after a time, or sooner when
asked (its dialog closes, the vault is locked, the program ends), but only while the
clipboard still holds that text: what the user copied since is theirs and stays. To
recognise its text the guard keeps a SHA-256 digest of it, never the text itself.

The guard belongs to the application, not to the dialog that made it, so a dialog deleted
without closing (its parent went first) still leaves a guard to clear the clipboard; it
deletes itself once it has nothing left to guard. Clipboard managers are asked not to keep
the text (the hints KDE and Windows honour).
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QCoreApplication, QMimeData, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication

CLEAR_AFTER_MS = 30_000
_MANAGER_HINTS = {
    # KDE's Klipper and others: do not keep this in the clipboard history.
    "x-kde-passwordManagerHint": b"secret",
    # Windows: leave it out of the clipboard history and cloud clipboard.
    'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"': b"\0",
}


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8")).digest()


class ClipboardGuard(QObject):
    """Emits `changed` when the guarded text leaves the clipboard (cleared or replaced)."""

    changed = Signal()

    def __init__(self, clear_after_ms: int = CLEAR_AFTER_MS) -> None:
        super().__init__(QCoreApplication.instance())
        self._digest: bytes | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(clear_after_ms)
        self._timer.timeout.connect(self.clear_if_ours)
        self._clipboard().dataChanged.connect(self._clipboard_changed)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.clear_if_ours)

    @staticmethod
    def _clipboard() -> QClipboard:
        return QGuiApplication.clipboard()

    def put(self, text: str) -> None:
        mime = QMimeData()
        mime.setText(text)
        for kind, value in _MANAGER_HINTS.items():
            mime.setData(kind, value)
        self._digest = _digest(text)
        self._clipboard().setMimeData(mime, QClipboard.Mode.Clipboard)
        self._timer.start()

    @property
    def guarding(self) -> bool:
        """Our text is (still) on the clipboard and will be cleared."""
        return self._digest is not None

    def remaining_ms(self) -> int:
        return max(0, self._timer.remainingTime()) if self.guarding else 0

    def holds_ours(self) -> bool:
        return self._digest is not None and _digest(self._clipboard().text()) == self._digest

    def clear_if_ours(self) -> None:
        if self.holds_ours():
            self._clipboard().clear(QClipboard.Mode.Clipboard)
        self._let_go()

    def release(self) -> None:
        """Clear now if still ours, and go: the dialog that owned this guard is closing."""
        self.clear_if_ours()
        self.deleteLater()

    def _clipboard_changed(self) -> None:
        if self._digest is not None and not self.holds_ours():
            self._let_go()

    def _let_go(self) -> None:
        was_guarding = self._digest is not None
        self._digest = None
        self._timer.stop()
        if was_guarding:
            self.changed.emit()
