"""Shown instead of setup when the policy requires a keyring and this system has none."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from ui.widgets.notice import DetailedNotice


class KeyringRequiredWindow(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyringRequired")
        self.setWindowTitle(self.tr("Meldcode Werkplek"))
        self.message = DetailedNotice(
            self.tr(
                "Er kan op deze computer nog geen kluis worden aangemaakt. Uw beheerder wil dat "
                "de computer een extra geheim voor de kluis bewaart, en deze computer kan dat nu "
                "niet. Neem contact op met uw beheerder."
            ),
            self.tr(
                "Technisch: het beleid staat een kluis zonder sleutelbos niet toe, en dit "
                "systeem heeft geen bruikbare sleutelbos. Op Windows en macOS is de sleutelbos "
                "er altijd (Referentiebeheer, Sleutelhanger); op Linux is het de sleutelbos van "
                "de desktop (bijvoorbeeld GNOME Keyring of KWallet, via Secret Service)."
            ),
        )
        close = QPushButton(self.tr("Sluiten"))
        close.clicked.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(close)
        self.resize(520, 220)
