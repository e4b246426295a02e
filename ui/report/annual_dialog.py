"""The jaaroverzicht a practice keeps: adviesvragen and meldingen to Veilig Thuis per month.

Counts and dates only, never anything of a case, so it may be printed as it is. The figures
come from the core (`YearCounts`, one per year); this dialog shows and prints them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QLocale, Qt
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

from app.export.document import Document, KeyValues, Paragraph, Table, Tone
from app.export.formatting import dutch_date
from app.timeutil import today
from ui.report import printing
from ui.widgets.labels import wrapped

MONTHS = 12


@dataclass(frozen=True)
class YearCounts:
    """One year's figures, January first."""

    year: int
    advice_requests: tuple[int, ...]
    reports: tuple[int, ...]

    def __post_init__(self) -> None:
        for counts in (self.advice_requests, self.reports):
            if len(counts) != MONTHS or any(count < 0 for count in counts):
                raise ValueError("twelve counts of zero or more")


def month_name(month: int) -> str:
    """The Dutch name of a month, as the documents write it ("maart")."""
    return dutch_date(date(2000, month, 1)).split(" ")[1]


def annual_document(counts: YearCounts, practice: str, printed_on: date) -> Document:
    """The overview on paper; always Dutch, like every document the program prints."""
    rows = tuple(
        (month_name(month), str(advice), str(report))
        for month, advice, report in zip(
            range(1, MONTHS + 1), counts.advice_requests, counts.reports, strict=True
        )
    )
    total = ("Totaal", str(sum(counts.advice_requests)), str(sum(counts.reports)))
    return Document(
        header_line=f"Jaaroverzicht meldcode {counts.year}",
        title=f"Jaaroverzicht {counts.year}: adviesvragen en meldingen aan Veilig Thuis",
        blocks=(
            Paragraph(
                "Aantallen per maand. Dit overzicht bevat geen gegevens uit casussen.", Tone.NOTE
            ),
            KeyValues(
                (
                    ("Praktijk of organisatie", practice),
                    ("Jaar", str(counts.year)),
                    ("Afgedrukt op", dutch_date(printed_on)),
                )
            ),
            Table(
                header=("Maand", "Adviesvragen", "Meldingen"),
                rows=(*rows, total),
                widths=(2.0, 1.5, 1.5),
            ),
        ),
    )


class AnnualOverviewDialog(QDialog):
    def __init__(
        self, years: Sequence[YearCounts], practice: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Jaaroverzicht"))
        self.years = sorted(years, key=lambda counts: counts.year, reverse=True)
        self.practice = practice
        self.year = QComboBox()
        for counts in self.years:
            self.year.addItem(str(counts.year), counts.year)
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
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.resize(520, 620)
        has_years = bool(self.years)
        self.empty.setVisible(not has_years)
        self.table.setVisible(has_years)
        self.preview_button.setEnabled(has_years)
        self.print_button.setEnabled(has_years)
        if has_years:
            self.show_year()

    def counts(self) -> YearCounts:
        return self.years[max(0, self.year.currentIndex())]

    def show_year(self) -> None:
        counts = self.counts()
        columns = (counts.advice_requests, counts.reports)
        for column, values in enumerate(columns):
            for row, value in enumerate((*values, sum(values))):
                cell = QTableWidgetItem(str(value))
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, cell)

    def document(self) -> Document:
        return annual_document(self.counts(), self.practice, today())

    def open_print_preview(self) -> QDialog:
        return printing.print_preview(self.document, self, self.tr("Afdrukvoorbeeld jaaroverzicht"))

    def print_directly(self) -> bool:
        return printing.print_directly(self.document(), self, self.tr("Jaaroverzicht afdrukken"))
