"""The dossier on paper: withheld parts are absent from the preview, the pages and the PDF;
saving encrypted is the default; printing directly is possible and drawn by the Qt renderer."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pikepdf
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.case_documents.exports import DossierPurpose
from app.export.dossier import WITHHELD_TITLE, DossierContent, DossierSection, PartRef
from app.export.exporter import Progress
from tests.export import samples
from tests.export.conftest import contains_as_text, decrypted_plain_bytes, run_tool
from tests.support import require_tool
from tests.ui.conftest import click
from tests.ui.report.conftest import (
    SHORT_CLEAR_MS,
    decrypted_text,
    dossier_export,
    open_passphrase_dialog,
    pdf_text,
    qt_pdf,
)
from ui.document_renderer import PagedDocument
from ui.report import printing
from ui.report.dossier_dialog import DossierDialog
from ui.report.printing import PrintPreview

NEIGHBOUR_SECRETS = (samples.WITHHELD_PERSON, "Geertruida", "geschreeuw", "Kerkstraat 14")


@pytest.fixture
def dialog(qtbot: QtBot) -> DossierDialog:
    shown = DossierDialog(samples.dossier(), export=dossier_export, clear_after_ms=SHORT_CLEAR_MS)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def withhold_the_neighbour(dialog: DossierDialog) -> None:
    dialog.item_for(DossierSection.PERSONS, 13).setCheckState(0, Qt.CheckState.Unchecked)
    dialog.item_for(DossierSection.SIGNALS, 22).setCheckState(0, Qt.CheckState.Unchecked)


def test_withheld_parts_leave_the_preview(qtbot: QtBot, dialog: DossierDialog) -> None:
    assert samples.WITHHELD_PERSON in dialog.preview.toPlainText()  # control
    assert dialog.withheld_label.text() == "Het hele dossier wordt opgenomen."
    withhold_the_neighbour(dialog)
    assert dialog.withheld() == samples.WITHHOLD_NEIGHBOUR
    assert dialog.withheld_label.text().startswith("Niet verstrekt: 2 onderdelen.")
    qtbot.waitUntil(lambda: WITHHELD_TITLE in dialog.preview.toPlainText())
    text = dialog.preview.toPlainText()
    for secret in NEIGHBOUR_SECRETS:
        assert secret not in text, secret
    assert "Betrokkene 3 is niet in deze afdruk opgenomen." in text
    assert samples.CHILD_NAME in text and samples.FACTS in text


def test_a_whole_part_is_withheld_when_nothing_of_it_is_ticked(dialog: DossierDialog) -> None:
    consultations = dialog.item_for(DossierSection.CONSULTATIONS)
    consultations.setCheckState(0, Qt.CheckState.Unchecked)  # unticks both consultations
    dialog.item_for(DossierSection.AUDIT).setCheckState(0, Qt.CheckState.Unchecked)
    assert dialog.withheld() == {
        PartRef(DossierSection.CONSULTATIONS),
        PartRef(DossierSection.AUDIT),
    }
    text = dialog.document().plain_text()
    assert "Jeroen Bakker" not in text and "namens Pieter Jansen" not in text
    assert text.count("Dit onderdeel is niet in deze afdruk opgenomen.") == 2


def test_the_print_preview_draws_the_pages_without_the_withheld_parts(
    qtbot: QtBot, dialog: DossierDialog
) -> None:
    require_tool("pdftotext")
    withhold_the_neighbour(dialog)
    preview = dialog.open_print_preview()
    assert isinstance(preview, PrintPreview) and preview.isVisible()
    preview.done(0)
    assert dialog.previews.dialog is None

    data, pages = qt_pdf(dialog.document())
    assert pages == PagedDocument(dialog.document()).page_count >= 3
    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert len(pdf.pages) == pages
    text = pdf_text(data)
    assert text.count("Vertrouwelijk — dossier meldcode") == pages
    assert re.findall(r"Pagina (\d+) van (\d+)", text) == [
        (str(n), str(pages)) for n in range(1, pages + 1)
    ]
    assert samples.CHILD_NAME in text and text.count(WITHHELD_TITLE) == 2
    for secret in NEIGHBOUR_SECRETS:
        assert secret not in text, secret
    image = PagedDocument(dialog.document()).page_image(0, dpi=60)
    dark = sum(
        image.pixelColor(x, y).lightness() < 128
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
    )
    assert dark > 200  # text was drawn on the first page


def test_saved_encrypted_by_default_without_the_withheld_parts(
    qtbot: QtBot, dialog: DossierDialog, export_folder: Path, system_temp: Path
) -> None:
    require_tool("qpdf")
    require_tool("pdftotext")
    assert dialog.save_choice.isChecked() and dialog.output.currentWidget() is dialog.export_panel
    withhold_the_neighbour(dialog)
    click(qtbot, dialog.access_request)
    dialog.export_panel.folder.setText(str(export_folder))
    with qtbot.waitSignal(dialog.exported, timeout=20_000) as exported:
        click(qtbot, dialog.export_panel.export_button)
    path = exported.args[0]
    qtbot.waitUntil(lambda: not dialog.export_panel.running)
    passphrase = open_passphrase_dialog(qtbot, dialog).passphrase_text
    assert re.fullmatch(r"dossier-\d{4}-\d{2}-\d{2}\.pdf", path.name)
    assert list(export_folder.iterdir()) == [path] and list(system_temp.iterdir()) == []
    assert run_tool("qpdf", "--requires-password", str(path)).returncode == 0
    shown = run_tool("qpdf", "--show-encryption", f"--password={passphrase}", str(path))
    assert re.search(r"^R = 6$", shown.stdout, re.MULTILINE), shown.stderr
    text = decrypted_text(path, passphrase)
    assert samples.CHILD_NAME in text and text.count(WITHHELD_TITLE) == 2
    raw = decrypted_plain_bytes(path, passphrase)
    for secret in NEIGHBOUR_SECRETS:
        assert secret not in text, secret
        assert not contains_as_text(raw, secret), secret
    dialog.done(0)  # closing takes the passphrase dialog along
    assert dialog.export_panel.passphrase_dialog is None


def test_printing_directly_warns_and_prints_what_is_ticked(
    qtbot: QtBot, dialog: DossierDialog, paper: Path
) -> None:
    require_tool("pdftotext")
    click(qtbot, dialog.print_choice)
    assert dialog.output.currentIndex() == dialog.PRINT
    assert "op papier staan alle namen en gegevens leesbaar" in dialog.print_note.text()
    withhold_the_neighbour(dialog)
    click(qtbot, dialog.own_file)
    with qtbot.waitSignal(dialog.printed) as printed:
        click(qtbot, dialog.print_button)
    assert printed.args == [DossierPurpose.FILE]
    text = pdf_text(paper.read_bytes())
    assert samples.CHILD_NAME in text
    for secret in NEIGHBOUR_SECRETS:
        assert secret not in text, secret


def test_cancelling_the_print_dialog_prints_nothing(
    qtbot: QtBot, dialog: DossierDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(printing, "choose_printer", lambda *args: False)
    click(qtbot, dialog.print_choice)
    click(qtbot, dialog.own_file)
    with qtbot.assertNotEmitted(dialog.printed):
        click(qtbot, dialog.print_button)
    assert not dialog.printed_label.isVisible()


def test_nothing_leaves_before_its_purpose_is_chosen_and_the_export_gets_it(
    qtbot: QtBot, export_folder: Path, system_temp: Path
) -> None:
    asked: list[DossierPurpose] = []

    def export(
        content: DossierContent,
        purpose: DossierPurpose,
        passphrase: str,
        folder: Path,
        progress: Progress,
    ) -> Path:
        asked.append(purpose)
        return dossier_export(content, purpose, passphrase, folder, progress)

    dialog = DossierDialog(samples.dossier(), export=export, clear_after_ms=SHORT_CLEAR_MS)
    qtbot.addWidget(dialog)
    dialog.show()
    panel = dialog.export_panel
    assert not panel.export_button.isEnabled() and not dialog.print_button.isEnabled()
    assert dialog.purpose() is None and "Kies eerst waarvoor" in dialog.purpose_field.hint.text()
    click(qtbot, dialog.access_request)
    assert panel.export_button.isEnabled() and dialog.print_button.isEnabled()
    panel.folder.setText(str(export_folder))
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        click(qtbot, panel.export_button)
    qtbot.waitUntil(lambda: not panel.running)
    assert asked == [DossierPurpose.ACCESS_REQUEST]
    dialog.done(0)
