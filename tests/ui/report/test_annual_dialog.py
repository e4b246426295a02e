"""The jaaroverzicht: counts per month and year, nothing of a case, printable."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtPrintSupport import QPrintPreviewDialog
from pytestqt.qtbot import QtBot

from ui.report.annual_dialog import AnnualOverviewDialog, YearCounts, annual_document

EARLIER = YearCounts(
    2025, (1, 0, 0, 2, 0, 0, 0, 1, 0, 0, 0, 0), (0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0)
)
LATER = YearCounts(2026, (0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3), (1,) * 12)


def test_the_newest_year_is_shown_with_totals(qtbot: QtBot) -> None:
    dialog = AnnualOverviewDialog([EARLIER, LATER], "Huisartsenpraktijk De Linde")
    qtbot.addWidget(dialog)
    assert dialog.year.currentText() == "2026"
    assert dialog.table.item(1, 0).text() == "1"
    assert dialog.table.item(12, 0).text() == "4" and dialog.table.item(12, 1).text() == "12"
    dialog.year.setCurrentIndex(1)
    assert dialog.table.item(3, 0).text() == "2"
    assert dialog.table.item(12, 0).text() == "4" and dialog.table.item(12, 1).text() == "2"
    preview = dialog.open_print_preview()
    assert isinstance(preview, QPrintPreviewDialog)
    preview.done(0)


def test_the_printed_overview_holds_counts_and_dates_only() -> None:
    text = annual_document(EARLIER, "Huisartsenpraktijk De Linde", date(2026, 1, 5)).plain_text()
    assert "Jaaroverzicht 2025: adviesvragen en meldingen aan Veilig Thuis" in text
    assert "april | 2 | 0" in text
    assert "Totaal | 4 | 2" in text
    assert "Afgedrukt op: 5 januari 2026" in text


def test_without_figures_nothing_can_be_printed(qtbot: QtBot) -> None:
    dialog = AnnualOverviewDialog([])
    qtbot.addWidget(dialog)
    assert not dialog.print_button.isEnabled() and not dialog.preview_button.isEnabled()


def test_counts_must_be_twelve_months() -> None:
    with pytest.raises(ValueError):
        YearCounts(2026, (1, 2), (0,) * 12)
