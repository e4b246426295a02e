"""The crash report's window, read when there is a crash to show (not with the first window)."""

from __future__ import annotations

from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class CrashDialog(QDialog):
    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Er ging iets mis"))
        self.resize(620, 420)
        intro = QLabel(
            self.tr(
                "Meldcode Werkplek is op een onverwachte fout gestuit. Wat al was opgeslagen, "
                "staat veilig in de versleutelde kluis.\n\nHet rapport hieronder zegt alleen "
                "wáár het misging; het bevat geen gegevens uit uw casussen. U kunt het kopiëren "
                "en naar uw beheerder of de makers sturen."
            )
        )
        intro.setWordWrap(True)
        self.report_view = QPlainTextEdit(report)
        self.report_view.setAccessibleName(self.tr("Foutrapport"))
        self.report_view.setReadOnly(True)
        self.report_view.setFont(QFont("monospace"))
        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(self.tr("Rapport kopiëren"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(self.tr("Sluiten"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        self.copy_button.clicked.connect(self.copy_report)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.report_view)
        layout.addWidget(buttons)

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report_view.toPlainText())
