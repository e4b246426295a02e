"""The registratielijst: the adviesvragen and meldingen of a period, for the practice manager.

Rows and document are the core's (`vault.registrations.between`,
`app.case_documents.exports.registration_list`): date, kind, Veilig Thuis organisation,
channel, case number, professional, VT's reference and whether feedback came, no client
names. It names professionals and VT's dossiernummers, so it is saved encrypted only: as a PDF,
or as a PDF with the CSV inside (`export`, which logs it). Printing, from the print button or
the preview, emits `printed` with the period; the caller logs it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.case_documents.exports import DocumentFormat, check_period
from app.domain.enums import LABELS_CONTEXT
from app.errors import ValidationError
from app.export.document import Document
from app.export.exporter import Progress
from app.store.registrations import Registration
from app.timeutil import today
from ui.report import printing
from ui.report.clipboard_guard import CLEAR_AFTER_MS
from ui.report.export_panel import Export, ExportPanel
from ui.text import date_text
from ui.widgets.dates import date_edit, date_faults, date_of
from ui.widgets.fields import ErrorField, FieldErrors, error_label
from ui.widgets.labels import resize_within_screen, wrapped

RowsFor = Callable[[date, date], Sequence[Registration]]
DocumentFor = Callable[[date, date], Document]
# (first, last, format, passphrase, folder, progress) -> the encrypted file written.
RegistrationExport = Callable[[date, date, DocumentFormat, str, Path, Progress], Path]


def _label(text: str) -> str:
    return QCoreApplication.translate(LABELS_CONTEXT, text)


class RegistrationListDialog(QDialog):
    printed = Signal(object, object)  # the period (first, last) that was sent to the printer

    def __init__(
        self,
        rows_for: RowsFor,
        document_for: DocumentFor,
        parent: QWidget | None = None,
        *,
        export: RegistrationExport | None = None,
        clear_after_ms: int = CLEAR_AFTER_MS,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Registratielijst"))
        self.rows_for = rows_for
        self.document_for = document_for
        self.list_exporter = export
        self.previews = printing.PreviewSlot()
        self.rows: Sequence[Registration] = ()

        self.first = date_edit(date(today().year, 1, 1))
        self.last = date_edit(today())
        self.first_field = ErrorField(self.first)
        self.last_field = ErrorField(self.last)
        # When a day is left, as every date box checks: not at each key of a half-typed date.
        self.first.left.connect(self.refresh)
        self.last.left.connect(self.refresh)
        self.form_error = error_label()
        self.faults = FieldErrors(
            {"from": self.first_field, "to": self.last_field}, self.form_error
        )

        self.table = QTableWidget(0, 8)
        self.table.setTabKeyNavigation(False)
        self.table.setAccessibleName(self.tr("Adviesvragen en meldingen van de periode"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Datum"),
                self.tr("Soort"),
                self.tr("Veilig Thuis"),
                self.tr("Kanaal"),
                self.tr("Casus"),
                self.tr("Hulpverlener"),
                self.tr("Kenmerk VT"),
                self.tr("Terugkoppeling"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The channel's long names give way (elided, whole in the tooltip), so the reference
        # and the feedback stay in view on a small screen.
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.count = wrapped()
        self.count.setObjectName("registrationCount")

        self.pdf_choice = QRadioButton(self.tr("PDF"))
        self.csv_choice = QRadioButton(self.tr("CSV (in een versleutelde PDF)"))
        self.pdf_choice.setChecked(True)
        self.formats = QButtonGroup(self)
        self.formats.addButton(self.pdf_choice)
        self.formats.addButton(self.csv_choice)
        self.formats.buttonToggled.connect(lambda *_: self._set_export())
        self.export_panel = ExportPanel(
            None,
            self.tr("Versleuteld opslaan"),
            passphrase_intro=self.tr(
                "De registratielijst is versleuteld opgeslagen als {name}. Het opent alleen met "
                "deze wachtzin."
            ),
            clear_after_ms=clear_after_ms,
        )
        self.export_panel.running_changed.connect(self._running_changed)
        self.export_panel.setVisible(export is not None)

        self.preview_button = QPushButton(self.tr("Afdrukvoorbeeld…"))
        self.preview_button.clicked.connect(self.open_print_preview)
        self.print_button = QPushButton(self.tr("Afdrukken…"))
        self.print_button.clicked.connect(self.print_directly)
        buttons = QDialogButtonBox()
        buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(
            self.tr("Sluiten"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.rejected.connect(self.reject)

        period = QHBoxLayout()
        period.addWidget(self.first_field)
        period.addWidget(wrapped(self.tr("tot en met")))
        period.addWidget(self.last_field)
        period.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Periode:"), period)
        formats = QHBoxLayout()
        formats.addWidget(self.pdf_choice)
        formats.addWidget(self.csv_choice)
        formats.addStretch(1)
        form.addRow(self.tr("Opslaan als:"), formats)
        layout = QVBoxLayout(self)
        layout.addWidget(
            wrapped(
                self.tr(
                    "De adviesvragen en meldingen aan Veilig Thuis van een periode, zonder namen "
                    "van cliënten. De lijst noemt wel hulpverleners en kenmerken van Veilig "
                    "Thuis; daarom wordt zij alleen versleuteld opgeslagen."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.form_error)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.export_panel)
        layout.addWidget(buttons)
        resize_within_screen(self, 980, 720)
        self.refresh()

    def period(self) -> tuple[date, date] | None:
        """The period asked for, or None with the fault shown at its field."""
        unreadable = date_faults({"from": self.first, "to": self.last})
        try:
            first, last = check_period(date_of(self.first), date_of(self.last))
        except ValidationError as error:
            self.faults.show(error, unreadable)
            return None
        if unreadable:
            self.faults.show(None, unreadable)
            return None
        self.faults.clear()
        return first, last

    def form(self) -> DocumentFormat:
        return DocumentFormat.CSV if self.csv_choice.isChecked() else DocumentFormat.PDF

    def refresh(self) -> None:
        period = self.period()
        self.rows = () if period is None else self.rows_for(*period)
        self.table.setRowCount(len(self.rows))
        for row, item in enumerate(self.rows):
            feedback = (
                "—"
                if item.feedback_received is None
                else (self.tr("ja") if item.feedback_received else self.tr("nee"))
            )
            cells = (
                date_text(item.day),
                _label(item.kind.label),
                _label(item.organisation),
                _label(item.channel.label) if item.channel is not None else "—",
                str(item.case_id),
                item.professional,
                item.vt_reference or "—",
                feedback,
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                if column == 4:
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, cell)
        self.count.setText(
            self.tr("{count} adviesvragen en meldingen in deze periode.").format(
                count=len(self.rows)
            )
        )
        ready = period is not None
        self.preview_button.setEnabled(ready)
        self.print_button.setEnabled(ready)
        self._set_export()

    def _set_export(self) -> None:
        period = None if self.faults_shown() else (date_of(self.first), date_of(self.last))
        if self.list_exporter is None or period is None:
            self.export_panel.export = None
            return
        exporter, form = self.list_exporter, self.form()
        first, last = period

        def run(passphrase: str, folder: Path, progress: Progress) -> Path:
            return exporter(first, last, form, passphrase, folder, progress)

        export: Export = run
        self.export_panel.export = export

    def faults_shown(self) -> bool:
        return bool(self.first_field.error_text() or self.last_field.error_text())

    def document(self) -> Document:
        return self.document_for(date_of(self.first), date_of(self.last))

    def open_print_preview(self) -> QDialog | None:
        if self.period() is None:
            return None
        return self.previews.open(
            self.document, self, self.tr("Afdrukvoorbeeld registratielijst"), self.print_directly
        )

    def print_directly(self) -> bool:
        period = self.period()
        if period is None:
            return False
        if not printing.print_directly(
            self.document(), self, self.tr("Registratielijst afdrukken")
        ):
            return False
        self.printed.emit(*period)
        return True

    def _running_changed(self, running: bool) -> None:
        for widget in (
            self.first,
            self.last,
            self.pdf_choice,
            self.csv_choice,
            self.preview_button,
            self.print_button,
            self.close_button,
        ):
            widget.setEnabled(not running)

    def reject(self) -> None:
        if not self.export_panel.running:
            super().reject()

    def done(self, result: int) -> None:
        """Every way out, locking included: stop a save, drop its passphrase, close a preview."""
        self.export_panel.abandon()
        self.previews.close()
        super().done(result)
