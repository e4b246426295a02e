"""Shown instead of setup when the policy requires a keyring and this system has none."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from ui.widgets.labels import warning, wrapped


class KeyringRequiredWindow(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyringRequired")
        self.setWindowTitle(self.tr("Meldcode Werkplek"))
        self.message = warning(
            self.tr(
                "Uw beheerder staat een kluis zonder sleutelbos niet toe, en dit systeem heeft "
                "geen bruikbare sleutelbos. Er kan daarom geen kluis worden aangemaakt; neem "
                "contact op met uw beheerder."
            )
        )
        hint = wrapped(
            self.tr(
                "Op Windows en macOS is de sleutelbos er altijd; op Linux is het de sleutelbos "
                "van de desktop (bijvoorbeeld GNOME Keyring of KWallet)."
            )
        )
        close = QPushButton(self.tr("Sluiten"))
        close.clicked.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(hint)
        layout.addStretch(1)
        layout.addWidget(close)
        self.resize(520, 220)
