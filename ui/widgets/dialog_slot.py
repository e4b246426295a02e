"""The one dialog a window has open: shown without blocking, forgotten when it closes, and
closed unsaved, its texts wiped, when the vault is locked."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from ui.widgets.labels import wipe_texts


class DialogSlot:
    def __init__(self) -> None:
        self.dialog: QDialog | None = None

    def open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def discard(self) -> None:
        """Close it without saving and without asking: `done` skips the unsaved-input question."""
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            wipe_texts(dialog)
            dialog.done(QDialog.DialogCode.Rejected)
