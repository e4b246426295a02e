"""Help > Over: the version, the folders, the policy and the kaders, with a button to copy them.

Nothing of a case is shown here, so the text may go to a helpdesk as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.about import about_lines, about_text
from app.crypto.device_secret import DeviceSecretStore
from app.framework.library import FrameworkLibrary
from app.settings import Settings


class AboutDialog(QDialog):
    def __init__(
        self,
        settings: Settings,
        library: FrameworkLibrary,
        parent: QWidget | None = None,
        *,
        device_store: DeviceSecretStore | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("Over Meldcode Werkplek"))
        store = device_store or DeviceSecretStore()
        lines = about_lines(settings, keyring_name=store.backend_name, library=library)
        self.text = about_text(lines, QCoreApplication.translate)
        intro = QLabel(
            self.tr(
                "Meldcode Werkplek: een versleuteld werkstation voor de meldcode huiselijk geweld "
                "en kindermishandeling. Alle gegevens blijven versleuteld op deze computer. "
                "Hieronder staat wat uw beheerder of helpdesk over deze installatie wil weten; "
                "er staat niets in over een casus."
            )
        )
        intro.setWordWrap(True)
        self.details = QPlainTextEdit(self.text)
        self.details.setAccessibleName(self.tr("Gegevens over deze installatie"))
        self.details.setReadOnly(True)
        self.details.setMinimumSize(560, 260)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Kopiëren"))
        self.copy_button.setObjectName("copyAbout")
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.details)
        layout.addWidget(buttons)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text)
        self.copy_button.setText(self.tr("Gekopieerd"))
