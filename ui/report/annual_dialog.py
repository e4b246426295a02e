"""The jaaroverzicht a practice keeps: adviesvragen and meldingen to Veilig Thuis per month.

Counts and dates only, never anything of a case, so it may be printed as it is. The figures
are the core's (`YearFigures`, one per year from `vault.annual.figures`); the printed page is
the core's document too (`app.case_documents.exports.annual_overview`), built when it is
printed so it says who printed it and when. The dialog shows, previews and prints; the caller
logs a print (`record_annual_overview_printed`) when `printed` says one was sent.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.export.document import Document
from app.store.annual import MONTHS, YearFigures
from ui.report import printing
from ui.widgets.labels import warning, wrapped

# The year's overview as a printable document, e.g. `lambda year: annual_overview(vault, year)`.
DocumentForYear = Callable[[int], Document]


class AnnualOverviewDialog(QDialog):
    printed = Signal(int)  # the year whose overview was sent to the printer

    def __init__(
        self,
        years: Sequence[YearFigures],
        document_for: DocumentForYear,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Jaaroverzicht"))
        self.years = sorted(years, key=lambda figures: figures.year, reverse=True)
        self.document_for = document_for
        self.year = QComboBox()
        for figures in self.years:
            self.year.addItem(str(figures.year), figures.year)
        self.year.currentIndexChanged.connect(self.show_year)
        self.table = QTableWidget(MONTHS + 1, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Adviesvragen"), self.tr("Meldingen")])
        locale = QLocale()
        self.table.setVerticalHeaderLabels(
            [locale.standaloneMonthName(month) for month in range(1, MONTHS + 1)]
            + [self.tr("Totaal")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
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
        buttons.addButton(self.tr("Sluiten"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Jaar:"), self.year)
        layout = QVBoxLayout(self)
        layout.addWidget(
            wrapped(
                self.tr(
                    "Het aantal adviesvragen en meldingen aan Veilig Thuis per maand. Alleen "
                    "aantallen: dit overzicht mag u afdrukken en laten zien."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.unregistered)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.resize(520, 620)
        has_years = bool(self.years)
        self.empty.setVisible(not has_years)
        self.table.setVisible(has_years)
        self.unregistered.hide()
        self.preview_button.setEnabled(has_years)
        self.print_button.setEnabled(has_years)
        if has_years:
            self.show_year()

    def figures(self) -> YearFigures:
        return self.years[max(0, self.year.currentIndex())]

    def show_year(self) -> None:
        figures = self.figures()
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

    def document(self) -> Document:
        return self.document_for(self.figures().year)

    def open_print_preview(self) -> QDialog:
        return printing.print_preview(self.document, self, self.tr("Afdrukvoorbeeld jaaroverzicht"))

    def print_directly(self) -> bool:
        year = self.figures().year
        if not printing.print_directly(self.document(), self, self.tr("Jaaroverzicht afdrukken")):
            return False
        self.printed.emit(year)
        return True
