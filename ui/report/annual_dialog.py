"""The jaaroverzicht a practice keeps: adviesvragen and meldingen, and what an inspector asks.

Counts and dates only, never anything of a case, so it may be printed as it is. The figures
are the core's (`AnnualFigures`, one per year from `vault.annual.annual_figures`); the printed
page is the core's document too (`app.case_documents.exports.annual_overview`), built when it
is shown or printed so it says who printed it and when. The dialog shows the months in a table
and the whole overview (with its charts) as it will be printed; it previews, prints, saves it
unencrypted as PDF or CSV through `save_plain` (the core checks first that it holds no
personal data, and logs it), and as an encrypted PDF through `export`. The caller logs a print
(`record_annual_overview_printed`) when `printed` says one was sent, from the print button or
from the print preview alike.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.case_documents.exports import DocumentFormat
from app.errors import MeldcodeError
from app.export.document import Document
from app.export.exporter import Progress
from app.store.annual import MONTHS, AnnualFigures
from ui.document_renderer import text_document
from ui.report import printing
from ui.report.clipboard_guard import CLEAR_AFTER_MS
from ui.report.export_panel import Export, ExportPanel
from ui.text import error_text
from ui.widgets.fields import error_label
from ui.widgets.labels import NOTICE_STYLE, resize_within_screen, warning, wrapped
from ui.widgets.wheel import choice_box
from ui.workers import Reporter, run_in_background

# The year's overview as a printable document, e.g. `lambda year: annual_overview(vault, year)`.
DocumentForYear = Callable[[int], Document]
# Saves a year's overview encrypted: (year, passphrase, folder, progress) -> the file written.
AnnualExport = Callable[[int, str, Path, Progress], Path]
# Saves a year's overview unencrypted after the core's check: (year, format, folder) -> file.
PlainSave = Callable[[int, DocumentFormat, Path], Path]


def annual_export(export: AnnualExport, year: int) -> Export:
    def run(passphrase: str, folder: Path, progress: Progress) -> Path:
        return export(year, passphrase, folder, progress)

    return run


class AnnualOverviewDialog(QDialog):
    printed = Signal(int)  # the year whose overview was sent to the printer

    def __init__(
        self,
        years: Sequence[AnnualFigures],
        document_for: DocumentForYear,
        parent: QWidget | None = None,
        *,
        export: AnnualExport | None = None,
        save_plain: PlainSave | None = None,
        clear_after_ms: int = CLEAR_AFTER_MS,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Jaaroverzicht"))
        self.years = sorted(years, key=lambda figures: figures.year, reverse=True)
        self.document_for = document_for
        self.annual_exporter = export
        self.plain_saver = save_plain
        self.saving = False
        self.last_plain_path: Path | None = None
        self.previews = printing.PreviewSlot()
        self.year = choice_box()
        for figures in self.years:
            self.year.addItem(str(figures.year), figures.year)
        self.year.currentIndexChanged.connect(self.show_year)
        self.table = QTableWidget(MONTHS + 1, 2)
        self.table.setTabKeyNavigation(False)
        self.table.setAccessibleName(self.tr("Adviesvragen en meldingen per maand"))
        self.table.setHorizontalHeaderLabels([self.tr("Adviesvragen"), self.tr("Meldingen")])
        locale = QLocale()
        self.table.setVerticalHeaderLabels(
            [locale.standaloneMonthName(month) for month in range(1, MONTHS + 1)]
            + [self.tr("Totaal")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.overview = QTextBrowser()
        self.overview.setAccessibleName(self.tr("Het hele jaaroverzicht zoals het wordt afgedrukt"))
        self.overview.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.overview, self.tr("Het hele overzicht"))
        self.tabs.addTab(self.table, self.tr("Per maand"))
        self.unregistered = warning()
        self.unregistered.setObjectName("unregisteredReports")
        self.empty = wrapped(self.tr("Er zijn nog geen adviesvragen of meldingen vastgelegd."))

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
        self.export_panel = ExportPanel(
            None,
            self.tr("Opslaan als versleutelde PDF"),
            passphrase_intro=self.tr(
                "Het jaaroverzicht is versleuteld opgeslagen als {name}. Het opent alleen met "
                "deze wachtzin."
            ),
            clear_after_ms=clear_after_ms,
        )
        self.export_panel.running_changed.connect(self._running_changed)
        self.export_panel.setVisible(export is not None)
        self.plain_pdf_button = QPushButton(self.tr("Opslaan als PDF"))
        self.plain_pdf_button.clicked.connect(lambda: self.save_plain(DocumentFormat.PDF))
        self.plain_csv_button = QPushButton(self.tr("Opslaan als CSV"))
        self.plain_csv_button.clicked.connect(lambda: self.save_plain(DocumentFormat.CSV))
        self.plain_saved = wrapped()
        self.plain_saved.setObjectName("plainSaved")
        NOTICE_STYLE.on(self.plain_saved)
        self.plain_saved.hide()
        self.plain_error = error_label()
        plain_row = QHBoxLayout()
        plain_row.addWidget(
            QLabel(self.tr("Zonder versleuteling (alleen aantallen, eerst gecontroleerd):"))
        )
        plain_row.addStretch(1)
        plain_row.addWidget(self.plain_pdf_button)
        plain_row.addWidget(self.plain_csv_button)
        self.plain_box = QWidget()
        plain_layout = QVBoxLayout(self.plain_box)
        plain_layout.setContentsMargins(0, 0, 0, 0)
        plain_layout.addLayout(plain_row)
        plain_layout.addWidget(self.plain_error)
        plain_layout.addWidget(self.plain_saved)
        self.plain_box.setVisible(save_plain is not None)

        form = QFormLayout()
        form.addRow(self.tr("Jaar:"), self.year)
        layout = QVBoxLayout(self)
        layout.addWidget(
            wrapped(
                self.tr(
                    "Adviesvragen en meldingen aan Veilig Thuis, casussen, vormen van geweld, "
                    "wegingen, kindchecks en de vergelijking met eerdere jaren. Alleen "
                    "aantallen: dit overzicht mag u afdrukken en laten zien."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.unregistered)
        layout.addWidget(self.empty)
        layout.addWidget(self.export_panel)
        layout.addWidget(self.plain_box)
        layout.addWidget(buttons)
        resize_within_screen(self, 760, 860)
        has_years = bool(self.years)
        self.empty.setVisible(not has_years)
        self.tabs.setVisible(has_years)
        self.unregistered.hide()
        self.preview_button.setEnabled(has_years)
        self.print_button.setEnabled(has_years)
        self.plain_pdf_button.setEnabled(has_years)
        self.plain_csv_button.setEnabled(has_years)
        self.export_panel.set_ready(has_years)
        if has_years:
            self.show_year()

    def figures(self) -> AnnualFigures:
        return self.years[max(0, self.year.currentIndex())]

    def show_year(self) -> None:
        figures = self.figures().months
        self.overview.setDocument(text_document(self.document()))
        self.plain_saved.hide()
        self.plain_error.hide()
        columns = (
            (*figures.advice_requests, figures.advice_request_total),
            (*figures.reports, figures.report_total),
        )
        for column, values in enumerate(columns):
            for row, value in enumerate(values):
                cell = QTableWidgetItem(str(value))
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, cell)
        # Said here as on paper: a decision to report without its registered melding.
        unregistered = figures.unregistered_report_decisions
        self.unregistered.setText(
            self.tr(
                "Beslissingen om te melden zonder geregistreerde melding: {count}. Die tellen "
                "hier niet als melding; registreer de melding in de casus als die is gedaan."
            ).format(count=unregistered)
        )
        self.unregistered.setVisible(unregistered > 0)
        if self.annual_exporter is not None:
            self.export_panel.export = annual_export(self.annual_exporter, figures.year)

    def document(self) -> Document:
        return self.document_for(self.figures().year)

    def open_print_preview(self) -> QDialog:
        return self.previews.open(
            self.document, self, self.tr("Afdrukvoorbeeld jaaroverzicht"), self.print_directly
        )

    def print_directly(self) -> bool:
        year = self.figures().year
        if not printing.print_directly(self.document(), self, self.tr("Jaaroverzicht afdrukken")):
            return False
        self.printed.emit(year)
        return True

    def save_plain(self, form: DocumentFormat) -> None:
        """Save unencrypted into the folder of the save panel; the core checks it first."""
        if self.plain_saver is None or self.saving or not self.years:
            return
        self.plain_saved.hide()
        self.plain_error.hide()
        folder = self.export_panel.chosen_folder()
        if folder is None:
            return
        saver, year = self.plain_saver, self.figures().year

        def job(_report: Reporter) -> Path:
            return saver(year, form, folder)

        self._running_changed(True)
        self.saving = True
        run_in_background(
            job,
            context=self,
            on_result=self._plain_saved,
            on_error=self._plain_failed,
            on_finished=self._plain_finished,
        )

    def _plain_saved(self, path: Path) -> None:
        self.last_plain_path = path
        self.plain_saved.setText(
            self.tr(
                "Opgeslagen zonder versleuteling als {name} in de map {folder}. De controle "
                "vond geen namen, titels of signalen."
            ).format(name=path.name, folder=path.parent)
        )
        self.plain_saved.show()

    def _plain_failed(self, error: MeldcodeError) -> None:
        self.plain_error.setText(error_text(error))
        self.plain_error.show()

    def _plain_finished(self) -> None:
        self.saving = False
        self._running_changed(False)

    def _running_changed(self, running: bool) -> None:
        for widget in (
            self.year,
            self.preview_button,
            self.print_button,
            self.close_button,
            self.plain_pdf_button,
            self.plain_csv_button,
        ):
            widget.setEnabled(not running)

    def reject(self) -> None:
        if not self.export_panel.running and not self.saving:
            super().reject()

    def done(self, result: int) -> None:
        """Every way out, locking included: stop a save, drop its passphrase, close a preview."""
        self.export_panel.abandon()
        self.previews.close()
        super().done(result)
