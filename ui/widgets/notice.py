"""A notice in plain words, with its technical side behind a "Details" button.

What happened, what the user can do and whom to ask are in the text itself; the technical
terms (keyring, device secret, key file) stay in the details, for the beheerder.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ui.widgets.labels import WARNING_STYLE, wrapped
from ui.widgets.tones import Look


class DetailedNotice(QWidget):
    def __init__(
        self, text: str = "", details: str = "", look: Look = WARNING_STYLE, compact: bool = False
    ) -> None:
        super().__init__()
        self.text_label = wrapped(text)
        self.text_label.setWordWrap(not compact)
        self.details_label = wrapped(details)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_label.hide()
        self.details_button = QPushButton(self.tr("Details"))
        self.details_button.setCheckable(True)
        self.details_button.setFlat(True)
        self.details_button.setAccessibleName(self.tr("Technische details tonen"))
        self.details_button.toggled.connect(self.details_label.setVisible)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.text_label, 1)
        row.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.details_label)
        look.on(self.text_label)
        self.set_details(details)

    def text(self) -> str:
        return self.text_label.text()

    def details(self) -> str:
        return self.details_label.text()

    def set_text(self, text: str, look: Look | None = None) -> None:
        self.text_label.setText(text)
        if look is not None:
            look.on(self.text_label)

    def set_details(self, details: str) -> None:
        self.details_label.setText(details)
        self.details_button.setVisible(bool(details))
        if not details:
            self.details_button.setChecked(False)
