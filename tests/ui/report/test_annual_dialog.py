"""The jaaroverzicht: the core's counts per month and year, nothing of a case, printable as the
core's document, and each print logged by the caller."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.case_documents.exports import annual_overview, record_annual_overview_printed
from app.domain.enums import CloseReason, ViolenceForm
from app.export.annual import annual_overview_document
from app.export.document import Document
from app.store.annual import AnnualFigures, WeighingOutcome, YearFigures, YearTotals
from app.vault.audit import AuditEvent
from app.vault.vault import Vault
from tests.entry_values import case_with_signal, decision, report_registration
from tests.support import require_tool
from tests.ui.conftest import click
from tests.ui.report.conftest import pdf_text
from ui.report import printing
from ui.report.annual_dialog import AnnualOverviewDialog
from ui.report.printing import PrintPreview


def annual(months: YearFigures) -> AnnualFigures:
    """The figures of a year with only its months counted."""
    return AnnualFigures(
        months,
        reports_per_organisation=(("Veilig Thuis Utrecht", months.report_total),),
        cases_opened=0,
        cases_closed=0,
        close_reasons=tuple((reason, 0) for reason in CloseReason),
        violence_forms=tuple((form, 0) for form in ViolenceForm),
        weighing_outcomes=tuple((outcome, 0) for outcome in WeighingOutcome),
        kindchecks=0,
        kindchecks_at_risk=0,
        days_to_decision=(),
        earlier_years=(
            YearTotals(months.year, months.advice_request_total, months.report_total, 0, 0),
        ),
    )


EARLIER = annual(
    YearFigures(2025, (1, 0, 0, 2, 0, 0, 0, 1, 0, 0, 0, 0), (0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0))
)
LATER = annual(YearFigures(2026, (0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3), (1,) * 12, 2))
PRACTICE = "Huisartsenpraktijk De Linde"
PRINTED_AT = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


def document_for(year: int) -> Document:
    figures = {f.year: f for f in (EARLIER, LATER)}[year]
    return annual_overview_document(figures, PRACTICE, PRINTED_AT, "Anna de Vries")


def test_the_newest_year_is_shown_with_totals(qtbot: QtBot) -> None:
    dialog = AnnualOverviewDialog([EARLIER, LATER], document_for)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.year.currentText() == "2026"
    assert dialog.table.item(1, 0).text() == "1"
    assert dialog.table.item(12, 0).text() == "4" and dialog.table.item(12, 1).text() == "12"
    assert dialog.unregistered.isVisible() and ": 2." in dialog.unregistered.text()
    dialog.year.setCurrentIndex(1)
    assert dialog.table.item(3, 0).text() == "2"
    assert dialog.table.item(12, 0).text() == "4" and dialog.table.item(12, 1).text() == "2"
    assert not dialog.unregistered.isVisible()
    preview = dialog.open_print_preview()
    assert isinstance(preview, PrintPreview)
    preview.done(0)


def test_the_printed_overview_holds_counts_and_dates_only(qtbot: QtBot) -> None:
    dialog = AnnualOverviewDialog([EARLIER, LATER], document_for)
    qtbot.addWidget(dialog)
    dialog.year.setCurrentIndex(1)
    text = dialog.document().plain_text()
    assert "Jaaroverzicht 2025" in text
    assert "April | 2 | 0" in text
    assert "Totaal | 4 | 2" in text
    assert "5 januari 2026" in text and PRACTICE in text


def test_printing_sends_the_cores_document_and_the_print_is_logged(
    qtbot: QtBot, vault: Vault, paper: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    require_tool("pdftotext")
    case_id = case_with_signal(vault, title="Gezin Geheim")
    made = vault.entries.add(case_id, decision(decided_on=date(2024, 2, 20)))
    vault.reports.register(case_id, report_registration(made.id, made_on=date(2024, 2, 21)))
    years = [vault.annual.annual_figures(year) for year in vault.annual.years()]
    dialog = AnnualOverviewDialog(years, lambda year: annual_overview(vault, year))
    qtbot.addWidget(dialog)
    dialog.printed.connect(lambda year: record_annual_overview_printed(vault, year))
    with qtbot.waitSignal(dialog.printed) as printed:
        click(qtbot, dialog.print_button)
    assert printed.args == [2024]
    text = pdf_text(paper.read_bytes())
    assert "Jaaroverzicht 2024" in text and "Gezin Geheim" not in text
    (row,) = vault.audit.entries(limit=1)
    logged = (row.event, row.case_id, row.detail)
    assert logged == (AuditEvent.PRINT, None, "jaaroverzicht;year=2024")

    monkeypatch.setattr(printing, "choose_printer", lambda *args: False)
    with qtbot.assertNotEmitted(dialog.printed):
        click(qtbot, dialog.print_button)


def test_without_figures_nothing_can_be_printed(qtbot: QtBot) -> None:
    dialog = AnnualOverviewDialog([], document_for)
    qtbot.addWidget(dialog)
    assert not dialog.print_button.isEnabled() and not dialog.preview_button.isEnabled()


def test_counts_must_be_twelve_months() -> None:
    with pytest.raises(ValueError):
        YearFigures(2026, (1, 2), (0,) * 12)
    with pytest.raises(ValueError):
        YearFigures(2026, (0,) * 12, (-1,) + (0,) * 11)
