"""Saving a document out of the vault: a folder, the export in a worker, then its passphrase.

The export itself is the core's (`app.export.exporter`): rendered in memory, encrypted, written
atomically under a neutral name. This panel chooses the folder (the user's Documents unless
they pick another; never the temporary folder, which others read and clean up), generates the
passphrase, runs the export through `ui.workers` with a progress bar, and cancels it by
raising `ExportCancelled` from the progress callback, which leaves nothing behind. When the
file is there, its name is shown and the passphrase dialog opens; the panel keeps no passphrase.

Saved again (a melding corrected after its first export): the panel says before the export that
the new file replaces the earlier one, says with the passphrase which file it opens, and then
offers to remove the earlier file. The vault knows only when the earlier export was (its audit
log holds no file names); where that file is, is known only while this session lasts (the host
passes it in), otherwise the user points to it.
"""

from __future__ import annotations

import tempfile
import threading
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import LABELS_CONTEXT
from app.errors import MeldcodeError, ValidationError
from app.export import phone_passphrase
from app.export.exporter import ExportCancelled, ExportStage, Progress
from ui.backup_dialogs import path_row
from ui.report.clipboard_guard import CLEAR_AFTER_MS
from ui.report.passphrase_dialog import PassphraseDialog
from ui.text import error_text, moment_text
from ui.widgets import ask
from ui.widgets.fields import ErrorField, error_label
from ui.widgets.labels import NOTICE_STYLE, warning, wrapped
from ui.workers import Reporter, run_in_background

# The export as the panel runs it: (passphrase, folder, progress) -> the file written.
Export = Callable[[str, Path, Progress], Path]

PERMILLE = 1000
# Share of the bar per stage: rendering takes longest, writing is quick.
_STAGE_SPAN = {
    ExportStage.RENDER: (0, 600),
    ExportStage.ENCRYPT: (600, 800),
    ExportStage.WRITE: (800, 1000),
    ExportStage.DONE: (1000, 1000),
}


def documents_folder() -> Path:
    """The user's Documents; their home folder when the system has none."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder and Path(folder).is_dir() else Path.home()


def temp_folders() -> list[Path]:
    folders = {Path(tempfile.gettempdir())}
    qt_temp = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.TempLocation)
    if qt_temp:
        folders.add(Path(qt_temp))
    return [folder.resolve() for folder in folders]


def in_temp_folder(folder: Path) -> bool:
    resolved = folder.resolve()
    return any(resolved == temp or temp in resolved.parents for temp in temp_folders())


def overall_permille(stage: ExportStage, fraction: float) -> int:
    low, high = _STAGE_SPAN[stage]
    return low + round((high - low) * min(1.0, max(0.0, fraction)))


def export_job(
    export: Export, passphrase: str, folder: Path, cancel: threading.Event
) -> Callable[[Reporter], Path]:
    """The work for the worker thread; `cancel` is set from the main thread."""

    def job(report: Reporter) -> Path:
        def progress(stage: ExportStage, fraction: float) -> None:
            if cancel.is_set():
                raise ExportCancelled()
            report.stage(stage.value)
            report.progress(overall_permille(stage, fraction), PERMILLE)

        return export(passphrase, folder, progress)

    return job


class ExportPanel(QWidget):
    exported = Signal(object)  # the Path written
    removed = Signal(object)  # an earlier file the user chose to remove
    invalid = Signal(object)  # a ValidationError of the content: the host shows it at its fields
    running_changed = Signal(bool)

    def __init__(
        self,
        export: Export | None,
        action: str,
        parent: QWidget | None = None,
        *,
        passphrase_intro: str = "",
        clear_after_ms: int = CLEAR_AFTER_MS,
    ) -> None:
        super().__init__(parent)
        self._export = export
        self._passphrase_intro = passphrase_intro
        self._clear_after_ms = clear_after_ms
        self._ready = True
        self._cancel: threading.Event | None = None
        self.passphrase_dialog: PassphraseDialog | None = None
        self.last_path: Path | None = None

        self.folder = QLineEdit(str(documents_folder()))
        self.folder.setMinimumWidth(380)
        self.browse_button = QPushButton(self.tr("Map kiezen…"))
        self.browse_button.clicked.connect(self.browse)
        self.folder_field = ErrorField(
            path_row(self.folder, self.browse_button),
            self.tr(
                "Het bestand krijgt een neutrale naam: alleen de soort en de datum, geen namen."
            ),
        )
        self.export_button = QPushButton(action)
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Exporteren afbreken"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.stage = QLabel()
        self.bar = QProgressBar()
        self.bar.setRange(0, PERMILLE)
        self.bar.setTextVisible(False)
        self.stage.hide()
        self.bar.hide()
        self.form_error = error_label()
        self.saved = wrapped()
        self.saved.setObjectName("exportSaved")
        NOTICE_STYLE.on(self.saved)
        self.saved.hide()
        # An earlier export of the same document: when (from the vault), and where (only when
        # it was made in this session).
        self.previous_moments: tuple[datetime, ...] = ()
        self.previous_path: Path | None = None
        self.tracks_replacement = False  # set by `set_previous`: a melding, not a dossier
        self._replaced: Path | None = None
        self.replace_note = warning()
        self.replace_note.setObjectName("replacesEarlier")
        self.replace_note.hide()
        self.find_previous_button = QPushButton(self.tr("Eerder bestand zoeken en verwijderen…"))
        self.find_previous_button.clicked.connect(self.find_previous)
        self.find_previous_button.hide()

        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Opslaan in map:"), self.folder_field)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.replace_note)
        layout.addLayout(form)
        layout.addWidget(self.stage)
        layout.addWidget(self.bar)
        layout.addWidget(self.form_error)
        layout.addWidget(self.saved)
        layout.addWidget(self.find_previous_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(buttons)
        self._refresh()

    @property
    def running(self) -> bool:
        return self._cancel is not None

    @property
    def export(self) -> Export | None:
        return self._export

    @export.setter
    def export(self, export: Export | None) -> None:
        """Set (again) by the host when the content changes; None: nothing to export yet."""
        self._export = export
        self._refresh()

    def set_previous(self, moments: Sequence[datetime], path: Path | None = None) -> None:
        """Earlier exports of this document (newest first), and the newest one's file when
        this session made it."""
        self.tracks_replacement = True
        self.previous_moments = tuple(moments)
        self.previous_path = path
        self._show_replace_note()

    def _show_replace_note(self) -> None:
        if not self.previous_moments and self.previous_path is None:
            self.replace_note.hide()
            return
        when = (
            moment_text(self.previous_moments[0])
            if self.previous_moments
            else self.tr("eerder in deze sessie")
        )
        where = (
            self.tr(" als {name}").format(name=self.previous_path.name)
            if self.previous_path is not None
            else ""
        )
        self.replace_note.setText(
            self.tr(
                "Deze melding is al eerder opgeslagen (laatst op {when}{where}). Een nieuw "
                "bestand vervangt het eerdere: stuur Veilig Thuis alleen het nieuwe. Het nieuwe "
                "bestand krijgt een eigen wachtzin; de wachtzin van het eerdere bestand opent "
                "alleen dat eerdere bestand."
            ).format(when=when, where=where)
        )
        self.replace_note.show()

    def set_ready(self, ready: bool) -> None:
        """Whether the host lets the export start (e.g. the reminder was acknowledged)."""
        self._ready = ready
        self._refresh()

    def browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Map kiezen voor het versleutelde bestand"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)
            self.folder_field.clear_error()

    def chosen_folder(self) -> Path | None:
        """The folder typed or picked, or None with the reason shown at the field."""
        text = self.folder.text().strip()
        if not text:
            self.folder_field.set_error(self.tr("Kies de map waarin het bestand komt."))
            return None
        folder = Path(text).expanduser()
        if not folder.is_dir():
            self.folder_field.set_error(self.tr("Deze map bestaat niet. Kies een andere map."))
            return None
        if in_temp_folder(folder):
            self.folder_field.set_error(
                self.tr(
                    "Kies een andere map: de tijdelijke map van de computer is voor iedereen "
                    "leesbaar en wordt zonder te vragen opgeruimd."
                )
            )
            return None
        return folder

    def start(self) -> None:
        if self.running or not self._ready or self.export is None:
            return
        self.folder_field.clear_error()
        self.form_error.hide()
        self.saved.hide()
        folder = self.chosen_folder()
        if folder is None:
            return
        passphrase = phone_passphrase.generate()
        cancel = threading.Event()
        self._cancel = cancel
        self.bar.setValue(0)
        self.stage.setText(self.tr("Bezig met exporteren…"))
        self._refresh()
        self.running_changed.emit(True)
        run_in_background(
            export_job(self.export, passphrase.text, folder, cancel),
            context=self,
            on_result=lambda path: self._exported(path, passphrase),
            on_error=self._failed,
            on_progress=lambda done, total: self.bar.setValue(round(PERMILLE * done / total)),
            on_stage=self._stage,
            on_finished=self._finished,
        )

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.set()
            self.cancel_button.setEnabled(False)
            self.stage.setText(self.tr("Exporteren wordt afgebroken…"))

    def _stage(self, name: str) -> None:
        if self._cancel is not None and self._cancel.is_set():
            return
        label = ExportStage(name).label
        self.stage.setText(QCoreApplication.translate(LABELS_CONTEXT, label) + "…")

    def _exported(self, path: Path, passphrase: phone_passphrase.PhonePassphrase) -> None:
        self.last_path = path
        replaces = self.tracks_replacement and (
            bool(self.previous_moments) or self.previous_path is not None
        )
        earlier = self.previous_path if self.previous_path != path else None
        intro = self._passphrase_intro.format(name=path.name)
        saved = self.tr("Opgeslagen als {name} in de map {folder}.").format(
            name=path.name, folder=path.parent
        )
        if replaces:
            old = (
                self.tr("Het eerdere bestand {old}").format(old=earlier.name)
                if earlier is not None
                else self.tr("Het eerdere bestand")
            )
            intro += "\n\n" + self.tr(
                "Deze wachtzin hoort alleen bij het nieuwe bestand {name}. {old} opent alleen "
                "met de wachtzin die u toen kreeg; die opent het nieuwe bestand niet."
            ).format(name=path.name, old=old)
            saved += " " + self.tr("Dit bestand vervangt het eerdere.")
        self.saved.setText(saved)
        self.saved.show()
        # From now on this file is the one a next export replaces.
        self._replaced = earlier if earlier is not None and earlier.exists() else None
        self.find_previous_button.setVisible(replaces and self._replaced is None)
        if self.tracks_replacement:
            self.previous_moments = (datetime.now().astimezone(), *self.previous_moments)
            self.previous_path = path
            self._show_replace_note()
        dialog = PassphraseDialog(
            passphrase,
            path.name,
            self.window(),
            intro=intro,
            clear_after_ms=self._clear_after_ms,
        )
        dialog.finished.connect(lambda _: self._passphrase_closed(dialog))
        self.passphrase_dialog = dialog
        dialog.open()
        self.exported.emit(path)

    def _failed(self, error: MeldcodeError) -> None:
        if isinstance(error, ValidationError):
            self.invalid.emit(error)
            return
        self.form_error.setText(error_text(error))
        self.form_error.show()

    def _finished(self) -> None:
        self._cancel = None
        self.stage.hide()
        self.bar.hide()
        self._refresh()
        self.running_changed.emit(False)

    def _refresh(self) -> None:
        running = self.running
        self.export_button.setEnabled(self._ready and self.export is not None and not running)
        self.folder_field.setEnabled(not running)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        self.stage.setVisible(running)
        self.bar.setVisible(running)

    def _passphrase_closed(self, dialog: PassphraseDialog) -> None:
        if self.passphrase_dialog is dialog:
            self.passphrase_dialog = None
        dialog.deleteLater()
        replaced, self._replaced = self._replaced, None
        if replaced is not None and self.last_path is not None:
            self.offer_removal(replaced, self.last_path)

    def offer_removal(self, earlier: Path, new: Path) -> None:
        """Ask to remove the file the new one replaces, so it is not sent by mistake."""
        if ask.ask(
            self,
            self.tr("Eerdere bestand verwijderen?"),
            self.tr(
                "Het nieuwe bestand {new} vervangt het eerdere bestand {old} (in de map "
                "{folder}). Wilt u het eerdere bestand verwijderen, zodat het niet per "
                "vergissing wordt verstuurd?"
            ).format(new=new.name, old=earlier.name, folder=earlier.parent),
            self.tr("Eerdere bestand verwijderen"),
            self.tr("Laten staan"),
        ):
            self.remove_earlier(earlier)

    def remove_earlier(self, earlier: Path) -> None:
        try:
            earlier.unlink()
        except FileNotFoundError:
            pass
        except OSError:
            self.form_error.setText(
                self.tr(
                    "Het eerdere bestand {old} kon niet worden verwijderd. Verwijder het zelf, "
                    "of laat het staan en stuur alleen het nieuwe bestand."
                ).format(old=earlier.name)
            )
            self.form_error.show()
            return
        self.find_previous_button.hide()
        self.saved.setText(
            self.saved.text()
            + " "
            + self.tr("Het eerdere bestand {old} is verwijderd.").format(old=earlier.name)
        )
        self.removed.emit(earlier)

    def find_previous(self) -> None:
        """The earlier file was made in another session: the user points to it."""
        folder = str(self.last_path.parent if self.last_path else self.folder.text())
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Het eerdere bestand kiezen om te verwijderen"),
            folder,
            self.tr("Versleutelde PDF (*.pdf)"),
        )
        if not chosen:
            return
        earlier = Path(chosen)
        if self.last_path is not None and earlier.resolve() == self.last_path.resolve():
            self.form_error.setText(self.tr("Dit is het nieuwe bestand. Kies het eerdere bestand."))
            self.form_error.show()
            return
        if self.last_path is not None:
            self.offer_removal(earlier, self.last_path)

    def close_passphrase(self) -> None:
        """The host closes (or the vault locks): the passphrase goes with it."""
        if self.passphrase_dialog is not None:
            self.passphrase_dialog.done(PassphraseDialog.DialogCode.Rejected)

    def abandon(self) -> None:
        """The host goes away mid-export: stop it; a late result is dropped by the worker."""
        self.cancel()
        self.close_passphrase()
