"""Showing that work is under way: a bar that moves, with a line saying what happens."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from ui.widgets.labels import grow_to_fit


class BusyIndicator(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.label = QLabel()
        self.label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self.hide()

    def start(self, text: str) -> None:
        """Indeterminate until `progress` gives numbers."""
        self.label.setText(text)
        self.bar.setRange(0, 0)
        self.show()
        grow_to_fit(self)

    def set_text(self, text: str) -> None:
        self.label.setText(text)

    def progress(self, done: int, total: int) -> None:
        if total <= 0:
            return
        self.bar.setRange(0, 1000)
        self.bar.setValue(int(1000 * done / total))

    def stop(self) -> None:
        self.bar.setRange(0, 1)
        self.hide()
