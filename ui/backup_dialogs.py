"""Making a backup and putting one back; both run in a worker with a progress bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget

from app.errors import BackupInvalid, BackupMissing, MeldcodeError, VaultTooNew
from app.vault import backup as backup_file
from app.vault.location import VaultLocation
from app.vault.vault import Vault
from ui.text import error_text
from ui.widgets.fields import ErrorField
from ui.worker_dialog import WorkerDialog
from ui.workers import Reporter

RECOVERY_CODE_PLACEHOLDER = "XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX"


def suggested_backup_path() -> Path:
    """A neutral name in the user's documents: the date only, nothing about any case."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder or Path.home()) / backup_file.dated_name()


def with_backup_suffix(path: Path) -> Path:
    if path.suffix == backup_file.SUFFIX:
        return path
    return path.with_name(path.name + backup_file.SUFFIX)


def path_row(line: QLineEdit, button: QPushButton) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(line, 1)
    layout.addWidget(button)
    row.setFocusProxy(line)
    return row


def recovery_code_line() -> QLineEdit:
    line = QLineEdit()
    line.setPlaceholderText(RECOVERY_CODE_PLACEHOLDER)
    line.setFont(QFont("monospace"))
    line.setMinimumWidth(380)
    return line


class BackupDialog(WorkerDialog):
    done = Signal(object)  # the Path written

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(
            parent,
            self.tr("Reservekopie maken"),
            self.tr(
                "Een reservekopie is één versleuteld bestand met de hele kluis. Terugzetten kan "
                "met de herstelcode, ook op een andere computer. Bewaar reservekopieën buiten "
                "deze computer, bijvoorbeeld op een externe schijf van de praktijk."
            ),
            self.tr("Reservekopie maken"),
        )
        self.vault = vault
        self.destination = QLineEdit(str(suggested_backup_path()))
        self.destination.setMinimumWidth(420)
        browse = QPushButton(self.tr("Bladeren…"))
        browse.clicked.connect(self.browse)
        self.add_field(
            self.tr("Bestand:"), "destination", ErrorField(path_row(self.destination, browse))
        )

    def browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Reservekopie opslaan als"),
            self.destination.text(),
            self.tr("Reservekopie (*.mwbackup)"),
        )
        if chosen:
            self.destination.setText(str(with_backup_suffix(Path(chosen))))

    def submit(self) -> None:
        text = self.destination.text().strip()
        if not text:
            self.errors.set("destination", self.tr("Kies waar de reservekopie komt."))
            return
        destination, vault = with_backup_suffix(Path(text)), self.vault

        def make(report: Reporter) -> Path:
            return vault.backup(destination, report.progress)

        self.run(make, self.tr("Reservekopie maken…"), self._written, with_progress=True)

    def _written(self, path: Path) -> None:
        self.accept()
        self.done.emit(path)


class RestoreDialog(WorkerDialog):
    restored = Signal(object)  # the BackupHeader

    def __init__(self, location: VaultLocation, parent: QWidget | None = None) -> None:
        super().__init__(
            parent,
            self.tr("Reservekopie terugzetten"),
            self.tr(
                "Kies een reservekopie en typ de herstelcode die bij die kluis hoort. De kluis "
                "die nu op deze computer staat, wordt niet verwijderd maar bewaard in de map "
                "'vervangen'."
            ),
            self.tr("Terugzetten"),
        )
        self.location = location
        self.source = QLineEdit()
        self.source.setMinimumWidth(420)
        browse = QPushButton(self.tr("Kiezen…"))
        browse.clicked.connect(self.browse)
        self.code = recovery_code_line()
        self.add_field(
            self.tr("Reservekopie:"), "source", ErrorField(path_row(self.source, browse))
        )
        self.add_field(self.tr("Herstelcode:"), "recovery_code", ErrorField(self.code))

    def browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Reservekopie kiezen"),
            str(suggested_backup_path().parent),
            self.tr("Reservekopie (*.mwbackup)"),
        )
        if chosen:
            self.source.setText(chosen)

    def submit(self) -> None:
        source, code = self.source.text().strip(), self.code.text()
        self.errors.clear()
        if not source:
            self.errors.set("source", self.tr("Kies de reservekopie die u wilt terugzetten."))
        if not code.strip():
            self.errors.set("recovery_code", self.tr("Vul de herstelcode in."))
        if not source or not code.strip():
            return
        location = self.location

        def restore(report: Reporter) -> backup_file.BackupHeader:
            return backup_file.restore_backup(Path(source), code, location, report.progress)

        self.run(
            restore,
            self.tr("Reservekopie controleren en terugzetten…"),
            self._restored,
            with_progress=True,
        )

    def _restored(self, header: backup_file.BackupHeader) -> None:
        self.code.clear()
        self.accept()
        self.restored.emit(header)

    def failed(self, error: MeldcodeError) -> None:
        if isinstance(error, BackupInvalid | BackupMissing | VaultTooNew):
            self.errors.set("source", error_text(error))
        else:
            super().failed(error)
