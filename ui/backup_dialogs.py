"""Making a backup and putting one back; both run in a worker with a progress bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import (
    BackupInvalid,
    MeldcodeError,
    UnlockThrottled,
    VaultTooNew,
    WrongRecoveryCode,
)
from app.timeutil import today
from app.vault import backup as backup_file
from app.vault.location import VaultLocation
from app.vault.vault import Vault
from ui.text import error_text
from ui.widgets.busy import BusyIndicator
from ui.widgets.countdown import Countdown
from ui.widgets.fields import ErrorField, FieldErrors, error_label
from ui.widgets.labels import wrapped
from ui.workers import Reporter, run_in_background


def suggested_backup_path() -> Path:
    """A neutral name in the user's documents: the date only, nothing about any case."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    name = f"meldcode-reservekopie-{today().isoformat()}{backup_file.SUFFIX}"
    return Path(folder or Path.home()) / name


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


class BackupDialog(QDialog):
    done = Signal(object)  # the Path written

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self._working = False
        self.setWindowTitle(self.tr("Reservekopie maken"))
        intro = wrapped(
            self.tr(
                "Een reservekopie is één versleuteld bestand met de hele kluis. Terugzetten kan "
                "met de herstelcode, ook op een andere computer. Bewaar reservekopieën buiten "
                "deze computer, bijvoorbeeld op een externe schijf van de praktijk."
            )
        )
        self.destination = QLineEdit(str(suggested_backup_path()))
        self.destination.setMinimumWidth(420)
        browse = QPushButton(self.tr("Bladeren…"))
        browse.clicked.connect(self.browse)
        self.destination_field = ErrorField(path_row(self.destination, browse))
        self.form_error = error_label()
        self.errors = FieldErrors({"destination": self.destination_field}, self.form_error)
        self.busy = BusyIndicator()
        self.buttons = QDialogButtonBox()
        self.start_button = QPushButton(self.tr("Reservekopie maken"))
        self.start_button.setDefault(True)
        self.buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Bestand:"), self.destination_field)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.form_error)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)

    def browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Reservekopie opslaan als"),
            self.destination.text(),
            self.tr("Reservekopie (*.mwbackup)"),
        )
        if chosen:
            self.destination.setText(str(with_backup_suffix(Path(chosen))))

    def start(self) -> None:
        if self._working:
            return
        text = self.destination.text().strip()
        if not text:
            self.errors.set("destination", self.tr("Kies waar de reservekopie komt."))
            return
        self.errors.clear()
        destination = with_backup_suffix(Path(text))
        vault = self.vault

        def make(report: Reporter) -> Path:
            return vault.backup(destination, report.progress)

        self._set_working(True)
        self.busy.start(self.tr("Reservekopie maken…"))
        run_in_background(
            make,
            context=self,
            on_result=self._written,
            on_error=lambda error: self.errors.show_form_error(error_text(error)),
            on_progress=self.busy.progress,
            on_finished=lambda: self._set_working(False),
        )

    def _written(self, path: Path) -> None:
        self.accept()
        self.done.emit(path)

    def _set_working(self, working: bool) -> None:
        self._working = working
        self.destination.setEnabled(not working)
        self.start_button.setEnabled(not working)
        if not working:
            self.busy.stop()

    def reject(self) -> None:
        if not self._working:
            super().reject()


class RestoreDialog(QDialog):
    restored = Signal(object)  # the BackupHeader

    def __init__(self, location: VaultLocation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.location = location
        self._working = False
        self.setWindowTitle(self.tr("Reservekopie terugzetten"))
        intro = wrapped(
            self.tr(
                "Kies een reservekopie en typ de herstelcode die bij die kluis hoort. De kluis "
                "die nu op deze computer staat, wordt niet verwijderd maar bewaard in de map "
                "'vervangen'."
            )
        )
        self.source = QLineEdit()
        self.source.setMinimumWidth(420)
        browse = QPushButton(self.tr("Kiezen…"))
        browse.clicked.connect(self.browse)
        self.code = QLineEdit()
        self.code.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        self.code.setFont(QFont("monospace"))
        self.fields = {
            "source": ErrorField(path_row(self.source, browse)),
            "recovery_code": ErrorField(self.code),
        }
        self.form_error = error_label()
        self.errors = FieldErrors(self.fields, self.form_error)
        self.busy = BusyIndicator()
        self.buttons = QDialogButtonBox()
        self.start_button = QPushButton(self.tr("Terugzetten"))
        self.start_button.setDefault(True)
        self.buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Reservekopie:"), self.fields["source"])
        form.addRow(self.tr("Herstelcode:"), self.fields["recovery_code"])
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.form_error)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.countdown = Countdown(self)
        self.countdown.tick.connect(lambda _: self.start_button.setEnabled(False))
        self.countdown.done.connect(lambda: self.start_button.setEnabled(not self._working))

    def browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Reservekopie kiezen"),
            str(suggested_backup_path().parent),
            self.tr("Reservekopie (*.mwbackup)"),
        )
        if chosen:
            self.source.setText(chosen)

    def start(self) -> None:
        if self._working or self.countdown.running:
            return
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

        self._set_working(True)
        self.busy.start(self.tr("Reservekopie controleren en terugzetten…"))
        run_in_background(
            restore,
            context=self,
            on_result=self._restored,
            on_error=self._failed,
            on_progress=self.busy.progress,
            on_finished=lambda: self._set_working(False),
        )

    def _restored(self, header: backup_file.BackupHeader) -> None:
        self.code.clear()
        self.accept()
        self.restored.emit(header)

    def _failed(self, error: MeldcodeError) -> None:
        if isinstance(error, WrongRecoveryCode):
            self.errors.set("recovery_code", error_text(error))
            self.countdown.start(error.delay_seconds)
        elif isinstance(error, UnlockThrottled):
            self.errors.set("recovery_code", error_text(error))
            self.countdown.start(error.seconds)
        elif isinstance(error, BackupInvalid | VaultTooNew):
            self.errors.set("source", error_text(error))
        else:
            self.errors.show_form_error(error_text(error))

    def _set_working(self, working: bool) -> None:
        self._working = working
        self.source.setEnabled(not working)
        self.code.setEnabled(not working)
        self.start_button.setEnabled(not working and not self.countdown.running)
        if not working:
            self.busy.stop()

    def reject(self) -> None:
        if not self._working:
            super().reject()
