"""Rendering a `Document` to PDF bytes with reportlab, entirely in memory.

The font is Bitstream Vera, which reportlab ships inside its own package; it is registered from
there at run time, so the project carries no font files. Vera covers Dutch and the Latin-1
letters plus a few more (ł ş š ž č ğ İ ...). A letter it lacks is written as its base letter
(ő as o) rather than as an empty box; the JSON inside the export keeps the exact spelling.

The document is built twice: once to count the pages, once to print "Pagina n van N". The
header and footer sit in the margins, so both passes lay out the same pages.
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import reportlab
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app.errors import MeldcodeError
from app.export import document as doc
from app.i18n import QT_TRANSLATE_NOOP, Message

FONT = "MeldcodeSans"
FONT_BOLD = "MeldcodeSans-Bold"
FONT_ITALIC = "MeldcodeSans-Italic"
FONT_BOLD_ITALIC = "MeldcodeSans-BoldItalic"
_FONT_FILES = {
    FONT: "Vera.ttf",
    FONT_BOLD: "VeraBd.ttf",
    FONT_ITALIC: "VeraIt.ttf",
    FONT_BOLD_ITALIC: "VeraBI.ttf",
}

MARGIN_X = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm
FRAME_PADDING = 6  # reportlab's default inner padding of a frame; header and footer match it
INK = colors.HexColor("#1d1d1f")
GREY = colors.HexColor("#5f6368")
RULE = colors.HexColor("#c8ccd2")
SHADE = colors.HexColor("#eef0f3")
WITHHELD_SHADE = colors.HexColor("#f4efe2")
WITHHELD_RULE = colors.HexColor("#8a6d1f")
WARNING_INK = colors.HexColor("#9b1c1c")

PageHook = Callable[[int, int], None]


def reportlab_font_folder() -> Path:
    return Path(reportlab.__file__).resolve().parent / "fonts"


@cache
def register_fonts() -> frozenset[int]:
    """Register the Vera family once; returns the code points the regular face can show."""
    folder = reportlab_font_folder()
    for name, file_name in _FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / file_name)))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
    )
    face = pdfmetrics.getFont(FONT).face
    return frozenset(face.charToGlyph)


def printable(text: str) -> str:
    """`text` with every letter the font cannot show replaced by its nearest plain form."""
    covered = register_fonts()
    if all(ord(ch) in covered for ch in text):
        return text
    out: list[str] = []
    for ch in text:
        if ord(ch) in covered or ch in "\n\t":
            out.append(ch)
            continue
        for candidate in (
            unicodedata.normalize("NFKC", ch),
            "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c)),
        ):
            if candidate and all(ord(c) in covered for c in candidate):
                out.append(candidate)
                break
        else:
            out.append("?")
    return "".join(out)


def _markup(text: str) -> str:
    """Plain text as reportlab paragraph markup: escaped, line breaks kept."""
    return escape(printable(text)).replace("\n", "<br/>")


@cache
def _styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle(
        "body", fontName=FONT, fontSize=9.5, leading=13, textColor=INK, alignment=TA_LEFT
    )
    return {
        "title": ParagraphStyle(
            "title", parent=body, fontName=FONT_BOLD, fontSize=16, leading=20, spaceAfter=4 * mm
        ),
        "h1": ParagraphStyle(
            "h1",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=12,
            leading=15,
            spaceBefore=5 * mm,
            spaceAfter=2 * mm,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=10,
            leading=13,
            spaceBefore=3 * mm,
            spaceAfter=1.5 * mm,
        ),
        "h3": ParagraphStyle(
            "h3",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=9.5,
            leading=12,
            textColor=GREY,
            spaceBefore=2 * mm,
            spaceAfter=1 * mm,
        ),
        "body": ParagraphStyle("body-spaced", parent=body, spaceAfter=2 * mm),
        "note": ParagraphStyle(
            "note", parent=body, fontSize=8.5, leading=11.5, textColor=GREY, spaceAfter=2 * mm
        ),
        "warning": ParagraphStyle(
            "warning", parent=body, fontName=FONT_BOLD, textColor=WARNING_INK, spaceAfter=2 * mm
        ),
        "cell": ParagraphStyle("cell", parent=body, fontSize=9, leading=12),
        "key": ParagraphStyle("key", parent=body, fontSize=9, leading=12, textColor=GREY),
        "head": ParagraphStyle("head", parent=body, fontName=FONT_BOLD, fontSize=9, leading=12),
        "bullet": ParagraphStyle("bullet", parent=body, leftIndent=5 * mm, bulletIndent=1 * mm),
        "withheld-title": ParagraphStyle(
            "withheld-title", parent=body, fontName=FONT_BOLD, textColor=WITHHELD_RULE
        ),
    }


def _frame_width() -> float:
    return float(A4[0] - 2 * MARGIN_X - 2 * FRAME_PADDING)


def _cells_table(
    rows: list[list[Flowable]], widths: list[float], style: list[tuple[Any, ...]], header: bool
) -> Table:
    table = Table(
        rows, colWidths=widths, repeatRows=1 if header else 0, splitInRow=1, hAlign="LEFT"
    )
    table.setStyle(TableStyle(style))
    return table


def _key_values(block: doc.KeyValues) -> Table:
    styles = _styles()
    width = _frame_width()
    rows: list[list[Flowable]] = [
        [Paragraph(_markup(key), styles["key"]), Paragraph(_markup(value or "—"), styles["cell"])]
        for key, value in block.rows
    ]
    return _cells_table(
        rows,
        [width * 0.3, width * 0.7],
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ],
        header=False,
    )


def _table(block: doc.Table) -> Table:
    styles = _styles()
    columns = len(block.header)
    weights = list(block.widths) if len(block.widths) == columns else [1.0] * columns
    width = _frame_width()
    widths = [width * w / sum(weights) for w in weights]
    rows: list[list[Flowable]] = [
        [Paragraph(_markup(text), styles["head"]) for text in block.header]
    ]
    rows.extend(
        [Paragraph(_markup(text or "—"), styles["cell"]) for text in row] for row in block.rows
    )
    return _cells_table(
        rows,
        widths,
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ],
        header=True,
    )


def _withheld(block: doc.Withheld) -> Table:
    styles = _styles()
    cell = [
        Paragraph(_markup(block.title), styles["withheld-title"]),
        Paragraph(_markup(block.text), styles["cell"]),
    ]
    return _cells_table(
        [[cell]],
        [_frame_width()],
        [
            ("BACKGROUND", (0, 0), (-1, -1), WITHHELD_SHADE),
            ("LINEBEFORE", (0, 0), (0, -1), 3, WITHHELD_RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ],
        header=False,
    )


def _flowables(document: doc.Document) -> list[Flowable]:
    styles = _styles()
    story: list[Flowable] = [Paragraph(_markup(document.title), styles["title"])]
    # Headings, and the notes right under them, wait for the next real block and are kept on
    # one page with it: no heading ends a page alone.
    waiting: list[Flowable] = []
    for block in document.blocks:
        flowable: Flowable
        match block:
            case doc.Heading(text=text, level=level):
                waiting.append(Paragraph(_markup(text), styles[f"h{min(max(level, 1), 3)}"]))
                continue
            case doc.Paragraph(text=text, tone=tone):
                style = {doc.Tone.NOTE: "note", doc.Tone.WARNING: "warning"}.get(tone, "body")
                flowable = Paragraph(_markup(text), styles[style])
                if waiting and tone == doc.Tone.NOTE:
                    waiting.append(flowable)
                    continue
            case doc.KeyValues():
                flowable = _key_values(block)
            case doc.Table():
                flowable = _table(block)
            case doc.BulletList(items=items):
                flowable = KeepTogether(
                    [Paragraph(_markup(item), styles["bullet"], bulletText="•") for item in items]
                )
            case doc.BarChart():
                # Imported here: the chart module is only needed by documents with a chart.
                from app.export.chart import bar_chart_drawing

                flowable = bar_chart_drawing(block, _frame_width(), FONT)
            case doc.Withheld():
                flowable = _withheld(block)
        story.append(KeepTogether([*waiting, flowable]) if waiting else flowable)
        waiting = []
        story.append(Spacer(0, 2 * mm))
    story.extend(waiting)
    return story


class DocumentRenderFailed(MeldcodeError):
    """reportlab failed; its own message may quote the text it was laying out, so it is dropped."""

    def __init__(self) -> None:
        super().__init__(
            Message(
                "errors",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Het document kon niet worden opgemaakt. Er is niets opgeslagen; probeer het "
                    "opnieuw of meld deze fout.",
                ),
            )
        )


class _PageHookRaised(Exception):
    """Carries a page hook's exception through reportlab, which re-creates what it passes on."""


def _build(
    document: doc.Document, total_pages: int | None, on_page: PageHook | None
) -> tuple[bytes, int]:
    out = io.BytesIO()
    pages = 0
    raised: list[BaseException] = []

    def decorate(canvas: Any, template: Any) -> None:
        nonlocal pages
        pages = canvas.getPageNumber()
        width, height = A4
        left, right = MARGIN_X + FRAME_PADDING, width - MARGIN_X - FRAME_PADDING
        canvas.saveState()
        canvas.setFont(FONT_BOLD, 8.5)
        canvas.setFillColor(WARNING_INK)
        canvas.drawString(left, height - 13 * mm, printable(document.header_line))
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(left, height - 15 * mm, right, height - 15 * mm)
        canvas.line(left, 14 * mm, right, 14 * mm)
        canvas.setFont(FONT, 8)
        canvas.setFillColor(GREY)
        numbering = f"Pagina {pages}" + (f" van {total_pages}" if total_pages else "")
        canvas.drawRightString(right, 10 * mm, numbering)
        canvas.restoreState()
        if on_page is not None and total_pages:
            try:
                on_page(pages, total_pages)
            except BaseException as exc:
                raised.append(exc)
                raise _PageHookRaised() from None

    template = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title="",
        author="",
        subject="",
        keywords="",
        creator="",
        producer="",
        pageCompression=1,
    )
    failed = False
    try:
        template.build(_flowables(document), onFirstPage=decorate, onLaterPages=decorate)
    except _PageHookRaised:
        raise raised[0] from None
    except Exception:
        failed = True
    if failed:
        # Raised outside the handler, so reportlab's exception is not even its context.
        raise DocumentRenderFailed()
    return out.getvalue(), pages


def render_pdf(document: doc.Document, on_page: PageHook | None = None) -> bytes:
    """The document as unencrypted PDF bytes, kept in memory only.

    `on_page(n, total)` is called as page n of the final pass is laid out; it may raise to
    cancel the export.
    """
    _, total = _build(document, None, None)
    data, _ = _build(document, total, on_page)
    return data
