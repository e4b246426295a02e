"""The practice manager's registrations through the real window: Praktijk > Jaaroverzicht and
Praktijk > Registratielijst on a fresh vault, printed (from the print button and from the
print preview, each logged with its purpose), saved unencrypted after the check (the
jaaroverzicht) or encrypted (the registratielijst), and read back; and the print path that
offers no "print to file"."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from app.domain.enums import ConsulteeKind, PersonRole
from app.domain.models import CaseDraft, PersonDraft
from app.export.document import Document
from app.export.encryption import open_encrypted
from app.timeutil import today
from app.vault.audit import AuditEvent
from app.vault.vault import Vault
from tests.entry_values import consultation, decision, kindcheck, report_registration, signal
from tests.support import require_tool
from tests.ui import case_session as session
from tests.ui.conftest import Questions, click, run_setup
from tests.ui.report.conftest import pdf_text
from ui.document_renderer import new_printer
from ui.main_window import MainWindow
from ui.report import printing
from ui.report.annual_dialog import AnnualOverviewDialog
from ui.report.dossier_dialog import DossierDialog
from ui.report.registration_list_dialog import RegistrationListDialog
from ui.shell import Shell

YEAR = today().year
SAVE_TIMEOUT_MS = 30_000


def a_practice_year(vault: Vault) -> int:
    case = vault.cases.create(CaseDraft("Familie Nguyễn"))
    vault.persons.add(case.id, PersonDraft(PersonRole.CHILD, "Nguyễn Thị Lan"))
    vault.signals.add(case.id, signal("Lan zegt dat papa haar slaat.", date(YEAR, 1, 5)))
    vault.entries.add(case.id, kindcheck(checked_on=date(YEAR, 1, 6)))
    vault.entries.add(
        case.id, consultation(held_on=date(YEAR, 1, 8), consultee_kind=ConsulteeKind.VEILIG_THUIS)
    )
    made = vault.entries.add(case.id, decision(decided_on=date(YEAR, 1, 12)))
    report = vault.reports.register(
        case.id,
        report_registration(
            made.id, made_on=date(YEAR, 1, 13), organisation="Veilig Thuis Utrecht"
        ),
    )
    vault.reports.add_reference(report.entry.id, "VT-2031-555")
    return case.id


@pytest.fixture
def main(qtbot: QtBot, make_shell: Callable[..., Shell]) -> MainWindow:
    shell = make_shell()
    window, _code = run_setup(qtbot, shell)
    a_practice_year(window.vault)
    return window


def prints_and_exports(vault: Vault) -> list[tuple[AuditEvent, int | None, str]]:
    return [
        (row.event, row.case_id, row.detail)
        for row in vault.audit.entries(limit=50)
        if row.event in (AuditEvent.PRINT, AuditEvent.EXPORT)
    ]


def test_the_jaaroverzicht_printed_twice_and_saved_as_pdf_and_csv(
    qtbot: QtBot,
    main: MainWindow,
    paper: Path,
    export_folder: Path,
    questions: Questions,
    system_temp: Path,
) -> None:
    require_tool("pdftotext")
    require_tool("pdftoppm")
    main.annual_action.trigger()
    dialog = main.active_dialog
    assert isinstance(dialog, AnnualOverviewDialog)
    shown = dialog.overview.toPlainText()
    assert "Vormen van geweld" in shown and "Vergelijking met eerdere jaren" in shown
    assert "Nguy" not in shown and "slaat" not in shown

    with qtbot.waitSignal(dialog.printed):
        click(qtbot, dialog.print_button)
    printed = pdf_text(paper.read_bytes())
    assert f"Jaaroverzicht {YEAR}" in printed and "Kindcheck" in printed
    paper.unlink()

    preview = dialog.open_print_preview()
    qtbot.waitUntil(preview.isVisible)
    qtbot.waitUntil(lambda: preview.preview.pageCount() >= 2)
    click(qtbot, preview.next_button)
    pages = preview.preview.pageCount()
    assert preview.page_label.text() == f"Pagina 2 van {pages}"
    assert preview.previous_button.isEnabled()
    with qtbot.waitSignal(dialog.printed):
        click(qtbot, preview.print_button)
    qtbot.waitUntil(lambda: not preview.isVisible())
    assert paper.exists()

    dialog.export_panel.folder.setText(str(export_folder))
    click(qtbot, dialog.plain_pdf_button)
    qtbot.waitUntil(lambda: not dialog.saving, timeout=SAVE_TIMEOUT_MS)
    assert dialog.plain_saved.isVisible(), dialog.plain_error.text()
    click(qtbot, dialog.plain_csv_button)
    qtbot.waitUntil(lambda: not dialog.saving, timeout=SAVE_TIMEOUT_MS)
    qtbot.waitUntil(
        lambda: dialog.last_plain_path is not None and dialog.last_plain_path.suffix == ".csv"
    )
    (pdf_file,) = export_folder.glob("jaaroverzicht-*.pdf")
    (csv_file,) = export_folder.glob("jaaroverzicht-*.csv")
    text = pdf_text(pdf_file.read_bytes())
    for words in (
        "Meldingen per Veilig Thuis-organisatie",
        "Veilig Thuis Utrecht",
        "Mediaan: 7 dagen",
    ):
        assert words in text
    assert "Nguy" not in text and "VT-2031-555" not in text
    pages = subprocess.run(
        ["pdftoppm", "-r", "40", "-png", str(pdf_file), str(export_folder / "page")],
        check=True,
        capture_output=True,
    )
    assert pages.returncode == 0 and len(list(export_folder.glob("page-*.png"))) >= 2
    rows = list(csv.reader(io.StringIO(csv_file.read_text("utf-8-sig")), delimiter=";"))
    assert ["Meldingen per maand", "januari", "1"] in rows
    assert ["Kindcheck", "gedaan", "1"] in rows

    assert prints_and_exports(main.vault)[:4] == [
        (AuditEvent.EXPORT, None, f"jaaroverzicht;year={YEAR};format=csv;unencrypted"),
        (AuditEvent.EXPORT, None, f"jaaroverzicht;year={YEAR};format=pdf;unencrypted"),
        (AuditEvent.PRINT, None, f"jaaroverzicht;year={YEAR}"),
        (AuditEvent.PRINT, None, f"jaaroverzicht;year={YEAR}"),
    ]
    dialog.reject()


def test_a_jaaroverzicht_that_meets_a_client_is_not_saved_unencrypted(
    qtbot: QtBot, main: MainWindow, export_folder: Path, system_temp: Path
) -> None:
    main.vault.cases.create(CaseDraft("Kindcheck"))  # a title that is a word of the overview
    main.annual_action.trigger()
    dialog = main.active_dialog
    assert isinstance(dialog, AnnualOverviewDialog)
    dialog.export_panel.folder.setText(str(export_folder))
    click(qtbot, dialog.plain_pdf_button)
    qtbot.waitUntil(dialog.plain_error.isVisible, timeout=SAVE_TIMEOUT_MS)
    assert "versleuteld op" in dialog.plain_error.text()
    assert list(export_folder.iterdir()) == []
    dialog.reject()


def test_the_registratielijst_printed_from_the_preview_and_saved_as_encrypted_csv(
    qtbot: QtBot,
    main: MainWindow,
    paper: Path,
    export_folder: Path,
    questions: Questions,
    system_temp: Path,
) -> None:
    require_tool("pdftotext")
    case_id = main.vault.cases.summaries()[0].id
    main.registrations_action.trigger()
    dialog = main.active_dialog
    assert isinstance(dialog, RegistrationListDialog)
    dialog.first.set_date(date(YEAR, 1, 1))
    dialog.last.set_date(date(YEAR, 1, 31))
    assert dialog.table.rowCount() == 2
    cells = [dialog.table.item(1, c).text() for c in range(8)]
    assert cells[1:] == [
        "Melding",
        "Veilig Thuis Utrecht",
        "Beveiligd meldformulier van de regionale Veilig Thuis",
        str(case_id),
        "Anna de Vries",
        "VT-2031-555",
        "nee",
    ]

    preview = dialog.open_print_preview()
    assert preview is not None
    qtbot.waitUntil(preview.isVisible)
    with qtbot.waitSignal(dialog.printed):
        click(qtbot, preview.print_button)
    printed = pdf_text(paper.read_bytes())
    assert "Registratielijst" in printed and "VT-2031-555" in printed and "Nguy" not in printed

    click(qtbot, dialog.csv_choice)
    saved, passphrase_dialog = session.export_from(qtbot, dialog, export_folder)  # type: ignore[arg-type]
    assert saved.path.name.startswith("registratielijst-") and saved.path.suffix == ".pdf"
    with open_encrypted(saved.path.read_bytes(), saved.passphrase) as pdf:
        data = pdf.attachments["registratielijst.csv"].get_file().read_bytes()
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert [r[1] for r in rows[1:]] == ["Adviesvraag", "Melding"]
    session.close_passphrase(qtbot, passphrase_dialog, questions.answers)

    period = f"registratielijst;from={YEAR}-01-01;to={YEAR}-01-31"
    assert prints_and_exports(main.vault)[:2] == [
        (AuditEvent.EXPORT, None, f"{period};format=csv"),
        (AuditEvent.PRINT, None, period),
    ]
    dialog.reject()
    assert list(system_temp.iterdir()) == []


def test_a_backwards_period_is_refused_at_its_field(qtbot: QtBot, main: MainWindow) -> None:
    main.registrations_action.trigger()
    dialog = main.active_dialog
    assert isinstance(dialog, RegistrationListDialog)
    dialog.first.line.selectAll()
    qtbot.keyClicks(dialog.first.line, f"01-03-{YEAR}")
    dialog.last.line.selectAll()
    qtbot.keyClicks(dialog.last.line, f"01-02-{YEAR}")
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.last.line.setFocus()
    qtbot.keyClick(dialog.last.line, Qt.Key.Key_Tab)  # leaving the day checks the period
    assert "voor de eerste dag" in dialog.last_field.error_text()
    assert not dialog.print_button.isEnabled() and dialog.export_panel.export is None
    dialog.reject()


# -- the print path offers no file ------------------------------------------------------------


def _printer_choices(dialog: QWidget) -> list[str]:
    return [
        combo.itemText(i) for combo in dialog.findChildren(QComboBox) for i in range(combo.count())
    ]


@pytest.mark.skipif(sys.platform != "linux", reason="Qt's own print dialog is Linux's")
def test_the_print_dialog_does_not_offer_print_to_file(qtbot: QtBot) -> None:
    printer = new_printer()
    plain = QPrintDialog(printer)  # Qt's default, to show the test can see the choice
    qtbot.addWidget(plain)
    plain.show()
    qtbot.waitUntil(plain.isVisible)
    assert any("File" in text or "PDF" in text for text in _printer_choices(plain))
    plain.done(0)

    our_printer = new_printer()  # a dialog does not own its printer
    ours = printing.print_dialog(our_printer, None, "Afdrukken")
    qtbot.addWidget(ours)
    assert not ours.testOption(QPrintDialog.PrintDialogOption.PrintToFile)
    ours.show()
    qtbot.waitUntil(ours.isVisible)
    assert not any("File" in text or "PDF" in text for text in _printer_choices(ours))
    ours.done(0)


def test_a_printer_given_a_file_name_is_refused_and_nothing_is_logged(
    qtbot: QtBot, main: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "afdruk.pdf"
    told: list[str] = []

    def to_a_file(printer: QPrinter, parent: QWidget, title: str) -> bool:
        printer.setOutputFileName(str(target))
        return True

    monkeypatch.setattr(printing, "choose_printer", to_a_file)
    monkeypatch.setattr(printing, "tell", lambda parent, text: told.append(text))
    main.registrations_action.trigger()
    dialog = main.active_dialog
    assert isinstance(dialog, RegistrationListDialog)
    with qtbot.assertNotEmitted(dialog.printed):
        click(qtbot, dialog.print_button)
    assert not target.exists() and len(told) == 1 and "niet versleuteld" in told[0]
    assert all(event != AuditEvent.PRINT for event, _c, _d in prints_and_exports(main.vault))
    dialog.reject()


def test_a_printer_that_saves_a_pdf_is_refused_by_name_and_nothing_is_logged(
    qtbot: QtBot, main: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    sent: list[object] = []
    monkeypatch.setattr(printing, "choose_printer", lambda *args: True)
    monkeypatch.setattr(QPrinter, "printerName", lambda self: "Microsoft Print to PDF")
    monkeypatch.setattr(printing, "send_to_printer", lambda *args: sent.append(args) or 1)
    monkeypatch.setattr(printing, "tell", lambda parent, text: told.append(text))
    main.registrations_action.trigger()
    dialog = main.active_dialog
    assert isinstance(dialog, RegistrationListDialog)
    with qtbot.assertNotEmitted(dialog.printed):
        click(qtbot, dialog.print_button)
    assert sent == [] and len(told) == 1
    assert "\u201cMicrosoft Print to PDF\u201d" in told[0] and "op papier" in told[0]
    assert all(event != AuditEvent.PRINT for event, _c, _d in prints_and_exports(main.vault))
    dialog.reject()


def test_a_printer_that_takes_no_pages_is_told_and_nothing_is_logged(
    qtbot: QtBot, main: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No printer installed: Qt's painter does not start on it and no page goes out."""
    told: list[str] = []
    monkeypatch.setattr(printing, "choose_printer", lambda *args: True)
    monkeypatch.setattr(printing, "tell", lambda parent, text: told.append(text))
    main.registrations_action.trigger()
    dialog = main.active_dialog
    assert isinstance(dialog, RegistrationListDialog)
    sent: list[int] = []
    real_send = printing.send_to_printer

    def no_printer(document: Document, printer: QPrinter) -> int:
        printer.setPrinterName("")  # none at all, as on a computer without printers
        printer.setOutputFormat(QPrinter.OutputFormat.NativeFormat)
        sent.append(real_send(document, printer))
        return sent[-1]

    monkeypatch.setattr(printing, "send_to_printer", no_printer)
    with qtbot.assertNotEmitted(dialog.printed):
        click(qtbot, dialog.print_button)
    assert sent == [0] and len(told) == 1 and "niets afgedrukt" in told[0]
    assert all(event != AuditEvent.PRINT for event, _c, _d in prints_and_exports(main.vault))
    dialog.reject()


def test_a_dossier_printed_from_its_preview_is_logged_with_its_purpose(
    qtbot: QtBot,
    make_shell: Callable[..., Shell],
    paper: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tests.ui.test_case_wiring import decided_to_report

    told: list[str] = []
    monkeypatch.setattr(printing, "tell", lambda parent, text: told.append(text))
    _, window = decided_to_report(qtbot, make_shell)
    case_id = window.case_view.case.id  # type: ignore[union-attr]
    window.dossier_action.trigger()
    dossier = window.case_view.active_dialog
    assert isinstance(dossier, DossierDialog)
    preview = dossier.open_print_preview()
    qtbot.waitUntil(preview.isVisible)
    with qtbot.assertNotEmitted(dossier.printed):
        click(qtbot, preview.print_button)  # no purpose chosen yet: said, not printed
    assert told and not paper.exists() and preview.isVisible()
    click(qtbot, dossier.access_request)
    with qtbot.waitSignal(dossier.printed):
        click(qtbot, preview.print_button)
    assert paper.exists()
    (row,) = window.vault.audit.entries(case_id=case_id, limit=1)
    assert (row.event, row.detail) == (AuditEvent.PRINT, "dossier-inzage")
