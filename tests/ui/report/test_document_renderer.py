"""The Qt renderer of the document model: the same blocks in the same order as the PDF that
reportlab makes, on A4 pages with the confidential line and page numbers, text never read as
markup, and no heading left alone at the bottom of a page."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.export.document import Document, Heading, KeyValues, Paragraph, Table, Tone, Withheld
from app.export.dossier import dossier_document
from app.export.pdf import render_pdf
from app.export.report_document import report_document
from tests.export import samples
from tests.support import require_tool
from tests.ui.report.conftest import pdf_text, qt_pdf
from ui.document_renderer import KEEP_WITH_NEXT, PagedDocument, text_document


def in_order(text: str, pieces: list[str]) -> bool:
    position = 0
    for piece in pieces:
        found = text.find(piece, position)
        if found < 0:
            return False
        position = found + len(piece)
    return True


def test_qt_pages_show_the_blocks_in_the_order_of_the_pdf(qtbot: QtBot) -> None:
    require_tool("pdftotext")
    document = report_document(samples.report())
    headings = [block.text for block in document.blocks if isinstance(block, Heading)]
    assert len(headings) > 15
    qt_text = pdf_text(qt_pdf(document)[0])
    reportlab_text = pdf_text(render_pdf(document))
    assert in_order(reportlab_text, headings)  # control: the same check on reportlab's PDF
    assert in_order(qt_text, headings)
    for value in (samples.FACTS[:40], samples.BSN, "Herhaald letsel over zes weken."):
        assert value in qt_text


def test_every_page_has_the_confidential_line_and_its_number(qtbot: QtBot) -> None:
    require_tool("pdftotext")
    document = dossier_document(samples.dossier(samples.WITHHOLD_NEIGHBOUR))
    data, pages = qt_pdf(document)
    text = pdf_text(data)
    assert pages >= 3
    assert text.count("Vertrouwelijk — dossier meldcode") == pages
    numbers = [line for line in text.splitlines() if line.startswith("Pagina ")]
    assert numbers == [f"Pagina {n} van {pages}" for n in range(1, pages + 1)]


def test_text_is_plain_text_and_empty_values_are_dashes(qtbot: QtBot) -> None:
    document = Document(
        header_line="Vertrouwelijk",
        title="<h1>Titel</h1>",
        blocks=(
            Paragraph("<b>niet vet</b> & <i>niet schuin</i>\ntweede regel", Tone.WARNING),
            KeyValues((("Naam", "Jan <script>"), ("Adres", ""))),
            Table(header=("Nr.", "Wat"), rows=(("1", ""),)),
            Withheld("Niet verstrekt", "Betrokkene 3 is niet opgenomen."),
        ),
    )
    text = text_document(document).toPlainText()
    for literal in ("<h1>Titel</h1>", "<b>niet vet</b> & <i>niet schuin</i>", "Jan <script>"):
        assert literal in text
    assert "tweede regel" in text
    assert text.count("—") == 2  # the empty address and the empty cell
    assert "Niet verstrekt" in text and "Betrokkene 3 is niet opgenomen." in text


def test_no_heading_ends_a_page(qtbot: QtBot) -> None:
    for document in (
        report_document(samples.report()),
        dossier_document(samples.dossier()),
    ):
        paged = PagedDocument(document)
        layout = paged.text.documentLayout()
        height = paged.body.height()
        block = paged.text.begin()
        checked = 0
        while block.isValid() and block.next().isValid():
            if block.userState() == KEEP_WITH_NEXT:
                page = int(layout.blockBoundingRect(block).top() // height)
                following = int(layout.blockBoundingRect(block.next()).top() // height)
                assert following == page, block.text()
                checked += 1
            block = block.next()
        assert checked > 10


def test_the_documents_fonts_leave_the_windows_text_as_it_was(qtbot: QtBot) -> None:
    """The print preview registers the documents' fonts with Qt. Under names of their own
    they never stand in for the window's font: typed text looks the same before and after
    (with the emoji face named "DejaVu Sans", Qt took it for the window's own font and drew
    Arabic with gaps and Cyrillic with wrong glyphs)."""
    from PySide6.QtGui import QFontDatabase, QFontInfo
    from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QVBoxLayout, QWidget

    from app.export import fonts
    from ui.document_renderer import font_family

    def typed() -> QWidget:
        widget = QWidget()
        layout = QVBoxLayout(widget)
        for text in ("أحمد الخطيب Zwartewaalstra", "tolk Арабский", "Zoë e\u0301 café"):
            layout.addWidget(QLabel(text))
            layout.addWidget(QLineEdit(text))
        widget.resize(500, 260)
        qtbot.addWidget(widget)
        return widget

    window_font = QFontInfo(QApplication.font()).family()
    before = typed().grab().toImage()
    assert font_family().startswith("Meldcode ")
    for path in sorted(fonts.font_folder().glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        assert font_id >= 0, path.name
        families = QFontDatabase.applicationFontFamilies(font_id)
        assert families and all(name.startswith("Meldcode ") for name in families), families
    assert QFontInfo(QApplication.font()).family() == window_font
    assert typed().grab().toImage() == before
