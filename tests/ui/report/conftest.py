"""Fixtures for the melding and dossier windows: fictional content (tests/export/samples), the
real Veilig Thuis list, a clean system temp folder, and readers for what was exported."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QGuiApplication, QPageSize, QPdfWriter
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.case_documents.exports import DossierPurpose
from app.export.document import Document
from app.export.dossier import DossierContent
from app.export.exporter import Progress, export_dossier, export_report
from app.export.report_content import LeftOut, ReportContent
from app.export.veilig_thuis import VeiligThuisList, load_default
from tests.export import samples
from tests.export.conftest import decrypted_plain_bytes, system_temp  # noqa: F401 - fixture
from tests.ui.conftest import Questions
from ui.document_renderer import print_document
from ui.report import printing
from ui.report.composer import ReportComposerDialog
from ui.report.passphrase_dialog import PassphraseDialog

REGION = "utrecht"
DECISION_ID = 7  # the decision to report the melding carries out
SHORT_CLEAR_MS = 400


@pytest.fixture
def listing() -> VeiligThuisList:
    return load_default()


@pytest.fixture
def content() -> ReportContent:
    """A melding of the sample case with nothing left out by the case builder."""
    return samples.report(left_out=LeftOut())


@pytest.fixture(autouse=True)
def no_modal_questions(questions: Questions) -> Questions:
    """A question box would block the test (also when a window is closed at teardown)."""
    return questions


@pytest.fixture(autouse=True)
def empty_clipboard(qapp: QApplication) -> Iterator[None]:
    QGuiApplication.clipboard().clear()
    yield
    QGuiApplication.clipboard().clear()


def report_export(
    content: ReportContent, passphrase: str, folder: Path, progress: Progress
) -> Path:
    """The composer's export without a vault (its dialog is tested here, not the audit log)."""
    return export_report(content, passphrase, folder, progress=progress)


def dossier_export(
    content: DossierContent,
    purpose: DossierPurpose,
    passphrase: str,
    folder: Path,
    progress: Progress,
) -> Path:
    return export_dossier(content, passphrase, folder, progress=progress)


@pytest.fixture
def composer(
    qtbot: QtBot, content: ReportContent, listing: VeiligThuisList
) -> ReportComposerDialog:
    dialog = ReportComposerDialog(
        content,
        listing,
        REGION,
        export=report_export,
        decision_id=DECISION_ID,
        clear_after_ms=SHORT_CLEAR_MS,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def qt_pdf(document: Document) -> tuple[bytes, int]:
    """The document as the print path draws it (the Qt renderer), into a PDF in memory."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(300)
    pages = print_document(document, writer)
    del writer  # ends the PDF
    buffer.close()
    return bytes(data.data()), pages


def pdf_text(data: bytes) -> str:
    """poppler's text of an unencrypted PDF held in memory (read from stdin, no file)."""
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "fd://0", "-"],
        input=data,
        capture_output=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.decode("utf-8")


@pytest.fixture
def paper(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Printing goes into this PDF file, which stands in for the paper: the user picks a
    printer (no dialog, no file name), and what is sent to it is drawn into the file by the
    same renderer."""
    printed_file = tmp_path / "printer-output.pdf"

    def pick_a_printer(printer: QPrinter, parent: QWidget, title: str) -> bool:
        return True

    def onto_paper(document: Document, printer: QPrinter) -> int:
        assert not printer.outputFileName()
        data, pages = qt_pdf(document)
        printed_file.write_bytes(data)
        return pages

    monkeypatch.setattr(printing, "choose_printer", pick_a_printer)
    monkeypatch.setattr(printing, "send_to_printer", onto_paper)
    return printed_file


def decrypted_text(path: Path, passphrase: str) -> str:
    """The text of an encrypted export: decrypted in memory by pikepdf, read by pdftotext."""
    return pdf_text(decrypted_plain_bytes(path, passphrase))


def open_passphrase_dialog(qtbot: QtBot, host: object) -> PassphraseDialog:
    panel = host.export_panel  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: panel.passphrase_dialog is not None, timeout=20_000)
    dialog = panel.passphrase_dialog
    assert isinstance(dialog, PassphraseDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog
