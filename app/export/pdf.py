"""Rendering a `Document` to PDF bytes with reportlab, entirely in memory.

The fonts are the open-licensed ones in resources/fonts, used as a fallback chain
(`app.export.fonts`): every character is drawn with the first font that has it, right-to-left
text is shaped and put in visual order, and a character no font has stops the export before
anything is laid out (`CharacterNotPrintable`), naming the field and the code point.

The document is laid out once. The page decoration waits until the last page is known: each
finished page is kept, and "Pagina n van N" is drawn on all of them when the document is saved.
"""

from __future__ import annotations

import copy
import io
from collections.abc import Callable, Iterator
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.paragraph import cleanBlockQuotedText

from app.errors import MeldcodeError
from app.export import document as doc
from app.export import fonts
from app.export.bidi_text import BidiParagraph
from app.i18n import QT_TRANSLATE_NOOP, Message

FONT = fonts.REGULAR
FONT_BOLD = fonts.BOLD

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


class CharacterNotPrintable(MeldcodeError):
    """A character no font of the documents has: the export stops before anything is written.

    The message names where (labels of the document, never its contents) and the code point.
    """

    def __init__(self, where: str, character: str) -> None:
        self.where = where
        self.code_point = f"U+{ord(character):04X}"
        super().__init__(
            Message(
                "errors",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Het document kan niet worden gemaakt: {where} staat een teken dat geen "
                    "lettertype van het programma kan afdrukken ({code}). Er is niets "
                    "opgeslagen. Pas de tekst aan en probeer het opnieuw.",
                ),
                {"where": where, "code": self.code_point},
            )
        )


# Where a text stands: its section, item and field (each may be empty); worded by `_where`
# only for the text that is refused, not for every text of the document.
Place = tuple[str, str, str]


def _where(place: Place) -> str:
    parts = [f"“{part}”" for part in place if part]
    return "in " + ", ".join(parts) if parts else "in de tekst"


def _texts(document: doc.Document) -> Iterator[tuple[Place, str]]:
    """Every text of the document with where it stands, in labels the document gives itself.

    Values are never part of "where": a level-1 heading is always our own wording, a level-2
    heading contributes only its number part ("Signaal 3" of "Signaal 3: 4 maart 2026"), and a
    row is named by its label.
    """
    section = ""
    item = ""

    def place(field: str = "") -> Place:
        return section, item, field

    yield place("kopregel"), document.header_line
    yield place("titel"), document.title
    for block in document.blocks:
        match block:
            case doc.Heading(text=text, level=level):
                yield place(), text
                if level <= 1:
                    section, item = text, ""
                elif level == 2:
                    item = text.split(":", 1)[0] if ":" in text else text
            case doc.Paragraph(text=text):
                yield place(), text
            case doc.KeyValues(rows=rows):
                for key, value in rows:
                    yield place(), key
                    yield place(key), value
            case doc.Table(header=header, rows=rows):
                for label in header:
                    yield place(), label
                for row in rows:
                    for label, value in zip(header, row, strict=False):
                        yield place(label), value
            case doc.BulletList(items=items):
                for text in items:
                    yield place(), text
            case doc.Withheld(title=title, text=text):
                yield place(), title
                yield place(), text


def check_printable(document: doc.Document) -> None:
    """Raise `CharacterNotPrintable` for the first character no font can draw."""
    for where, text in _texts(document):
        missing = fonts.first_unprintable(text)
        if missing is not None:
            raise CharacterNotPrintable(_where(where), missing)


def _markup(text: str, bold: bool = False) -> str:
    """Plain text as reportlab paragraph markup: escaped, each piece in the first font that
    has its characters, line breaks kept."""
    out: list[str] = []
    for index, piece in fonts.runs(text):
        fonts.register(index)
        body = escape(piece).replace("\n", "<br/>")
        out.append(
            body if index == 0 else f'<font face="{fonts.font_name(index, bold)}">{body}</font>'
        )
    return "".join(out)


_BOLD_STYLES = frozenset({"title", "h1", "h2", "h3", "warning", "head", "withheld-title"})


@cache
def _shaped(style_name: str) -> ParagraphStyle:
    """The style for text whose glyphs HarfBuzz must place (combining marks, joiners)."""
    return ParagraphStyle(f"{style_name}-shaped", parent=_styles()[style_name], shaping=1)


class _Paragraph(Paragraph):  # type: ignore[misc]
    """reportlab's paragraph, broken into lines once per width.

    A paragraph is asked its size several times at the same width with nothing changed in
    between: inside a heading's KeepTogether, again when that group is placed, and in a table
    cell once more as the cell is drawn. reportlab breaks the lines anew each time; the result
    is the same, so it is kept. A split (which drops or replaces `blPara`) starts afresh."""

    _wrapped: tuple[float, Any, float] | None = None

    def wrap(self, width: float, height: float) -> tuple[float, float]:
        kept = self._wrapped
        if kept is not None and kept[0] == width and getattr(self, "blPara", None) is kept[1]:
            self.width = width
            self.height = kept[2]
            return width, kept[2]
        used, needed = super().wrap(width, height)
        lines = getattr(self, "blPara", None)
        # Kept only for a real layout (reportlab answers a width too narrow without one).
        self._wrapped = (width, lines, needed) if lines is not None and used == width else None
        return used, needed


def _paragraph(text: str, style_name: str, **kwargs: Any) -> Flowable:
    """Plain `text` as a flowable in a style of `_styles()`; text with right-to-left letters
    is laid out by `BidiParagraph` (a bullet is then written before the text)."""
    bold = style_name in _BOLD_STYLES
    if fonts.direction(text) is not None:
        bullet = kwargs.get("bulletText")
        return BidiParagraph(f"{bullet} {text}" if bullet else text, _styles()[style_name], bold)
    style = _shaped(style_name) if fonts.needs_shaping(text) else _styles()[style_name]
    if not kwargs:
        parsed = _parsed_plain(text, style)
        if parsed is not None:
            return _Paragraph(parsed[0], style, frags=parsed[1])
    return _Paragraph(_markup(text, bold), style, **kwargs)


# Text with none of these, all in the main face, is markup as it stands: reportlab's parser
# would make it one fragment of the style's font with the text (its white space tidied).
_MARKUP_CHARACTERS = frozenset("&<>\n")


def _parsed_plain(text: str, style: ParagraphStyle) -> tuple[str, list[Any]] | None:
    """What reportlab's parser makes of plain text (most paragraphs): the tidied text and its
    one fragment, made without the parser; None for text that needs it."""
    if not fonts.plain(text) or _MARKUP_CHARACTERS.intersection(text):
        return None
    cleaned: str = cleanBlockQuotedText(text)
    if not cleaned:
        return None
    return cleaned, [_text_fragment(style).clone(text=cleaned)]


@cache
def _text_fragment(style: ParagraphStyle) -> Any:
    """The fragment reportlab's parser makes of a word in `style`, to be copied with another
    text."""
    fragments = Paragraph("x", style).frags
    if len(fragments) != 1 or fragments[0].text != "x":
        raise RuntimeError("reportlab parses a word in more than one fragment")
    return fragments[0]


@cache
def _styles() -> dict[str, ParagraphStyle]:
    fonts.register(0)
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


class _Table(Table):  # type: ignore[misc]
    """reportlab's table, measured once per width while it fits whole.

    A table is measured again with nothing changed: once inside its heading's KeepTogether
    (with unlimited height), again when the group is placed. When the first measurement took
    every row and the table fits in the height now offered, measuring again gives the same
    rows and positions, so it is skipped. Less room (a split) measures anew."""

    _measured: float | None = None

    def _calc(self, width: float, height: float) -> None:
        if (
            self._measured == width
            and getattr(self, "_hmax", None) == self._nrows
            and self._height <= height
        ):
            return
        self._measured = None
        super()._calc(width, height)
        self._measured = width


def _cells_table(
    rows: list[list[Any]], widths: list[float], style: list[tuple[Any, ...]], header: bool
) -> Table:
    table = _Table(
        rows, colWidths=widths, repeatRows=1 if header else 0, splitInRow=1, hAlign="LEFT"
    )
    table.setStyle(TableStyle(style))
    return table


def _cell(text: str, style_name: str, width: float) -> Any:
    """A table cell: the text itself when it fits on one line in the main face (reportlab
    then draws it without laying out a paragraph: most cells, and much faster), else a
    paragraph."""
    style = _styles()[style_name]
    if (
        "\n" not in text
        and fonts.plain(text)
        and stringWidth(text, style.fontName, style.fontSize) <= width
    ):
        return text
    return _paragraph(text, style_name)


def _cell_text_style(style_name: str, first: tuple[int, int], last: tuple[int, int]) -> list[Any]:
    """The table style for cells given as text, matching paragraph style `style_name`."""
    style = _styles()[style_name]
    return [
        ("FONT", first, last, style.fontName, style.fontSize, style.leading),
        ("TEXTCOLOR", first, last, style.textColor),
    ]


def _key_values(block: doc.KeyValues) -> Table:
    width = _frame_width()
    key_room, value_room = width * 0.3 - 2 - 6, width * 0.7 - 2 - 6  # less the paddings
    rows: list[list[Any]] = [
        [_cell(key, "key", key_room), _cell(value or "—", "cell", value_room)]
        for key, value in block.rows
    ]
    return _cells_table(
        rows,
        [width * 0.3, width * 0.7],
        [
            *_cell_text_style("key", (0, 0), (0, -1)),
            *_cell_text_style("cell", (1, 0), (1, -1)),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ],
        header=False,
    )


def _table(block: doc.Table) -> Table:
    columns = len(block.header)
    weights = list(block.widths) if len(block.widths) == columns else [1.0] * columns
    width = _frame_width()
    widths = [width * w / sum(weights) for w in weights]
    rooms = [w - 12 for w in widths]  # less the paddings
    rows: list[list[Any]] = [
        [_cell(text, "head", room) for text, room in zip(block.header, rooms, strict=True)]
    ]
    rows.extend(
        [_cell(text or "—", "cell", room) for text, room in zip(row, rooms, strict=False)]
        for row in block.rows
    )
    return _cells_table(
        rows,
        widths,
        [
            *_cell_text_style("head", (0, 0), (-1, 0)),
            *_cell_text_style("cell", (0, 1), (-1, -1)),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ],
        header=True,
    )


def _withheld(block: doc.Withheld) -> Table:
    cell = [
        _paragraph(block.title, "withheld-title"),
        _paragraph(block.text, "cell"),
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
    story: list[Flowable] = [_paragraph(document.title, "title")]
    # Headings, and the notes right under them, wait for the next real block and are kept on
    # one page with it: no heading ends a page alone.
    waiting: list[Flowable] = []
    for block in document.blocks:
        flowable: Flowable
        match block:
            case doc.Heading(text=text, level=level):
                waiting.append(_paragraph(text, f"h{min(max(level, 1), 3)}"))
                continue
            case doc.Paragraph(text=text, tone=tone):
                style = {doc.Tone.NOTE: "note", doc.Tone.WARNING: "warning"}.get(tone, "body")
                flowable = _paragraph(text, style)
                if waiting and tone == doc.Tone.NOTE:
                    waiting.append(flowable)
                    continue
            case doc.KeyValues():
                flowable = _key_values(block)
            case doc.Table():
                flowable = _table(block)
            case doc.BulletList(items=items):
                flowable = KeepTogether(
                    [_paragraph(item, "bullet", bulletText="•") for item in items]
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


# Characters of plain text on a full page, roughly: for the progress of the one layout pass.
_CHARACTERS_PER_PAGE = 3000


def _estimated_pages(document: doc.Document) -> int:
    length = sum(len(text) for _, text in _texts(document))
    return max(1, -(-length // _CHARACTERS_PER_PAGE))


class _NumberedCanvas(Canvas):  # type: ignore[misc]
    """Keeps each finished page until the document is saved, then draws "Pagina n van N"
    on every page: one layout pass, with the total known at the end."""

    def __init__(self, *args: Any, decorate: Callable[[Any, int, int], None], **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._finished_pages: list[dict[str, Any]] = []
        self._decorate = decorate

    def showPage(self) -> None:
        self._finished_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._finished_pages)
        for number, page in enumerate(self._finished_pages, start=1):
            self.__dict__.update(page)
            self._decorate(self, number, total)
            super().showPage()
        self._finished_pages = []
        super().save()


_ATOMIC = (int, float, str, bool, type(None))


class _Frame(Frame):  # type: ignore[misc]
    """reportlab's frame, copied faster: a KeepTogether measures its group on a deep copy of
    the frame, once per group. The frame holds numbers and names, copied as they are (as
    `copy.deepcopy` would), and its few lists, deep-copied."""

    def __deepcopy__(self, memo: dict[int, Any]) -> _Frame:
        copied = self.__class__.__new__(self.__class__)
        memo[id(self)] = copied
        copied.__dict__.update(
            (key, value if type(value) in _ATOMIC else copy.deepcopy(value, memo))
            for key, value in self.__dict__.items()
        )
        return copied


class _DocTemplate(SimpleDocTemplate):  # type: ignore[misc]
    """SimpleDocTemplate with its one frame a `_Frame`: the first page's template, then the
    later pages' one, as SimpleDocTemplate sets them up."""

    def build(self, flowables: list[Flowable], on_page: Any, canvasmaker: Any) -> None:
        self._calc()
        frame = _Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="normal")
        self.addPageTemplates(
            [
                PageTemplate(id="First", frames=frame, onPage=on_page, pagesize=self.pagesize),
                PageTemplate(id="Later", frames=frame, onPage=on_page, pagesize=self.pagesize),
            ]
        )
        super(SimpleDocTemplate, self).build(flowables, canvasmaker=canvasmaker)


def _build(document: doc.Document, on_page: PageHook | None) -> bytes:
    out = io.BytesIO()
    raised: list[BaseException] = []
    estimate = _estimated_pages(document)

    def hook(page: int, total: int) -> None:
        if on_page is None:
            return
        try:
            on_page(page, total)
        except BaseException as exc:
            raised.append(exc)
            raise _PageHookRaised() from None

    def laid_out(canvas: Any, template: Any) -> None:
        page = canvas.getPageNumber()
        hook(page, max(page, estimate))

    def decorate(canvas: Any, page: int, total: int) -> None:
        width, height = A4
        left, right = MARGIN_X + FRAME_PADDING, width - MARGIN_X - FRAME_PADDING
        canvas.saveState()
        canvas.setFont(FONT_BOLD, 8.5)
        canvas.setFillColor(WARNING_INK)
        canvas.drawString(left, height - 13 * mm, document.header_line)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(left, height - 15 * mm, right, height - 15 * mm)
        canvas.line(left, 14 * mm, right, 14 * mm)
        canvas.setFont(FONT, 8)
        canvas.setFillColor(GREY)
        canvas.drawRightString(right, 10 * mm, f"Pagina {page} van {total}")
        canvas.restoreState()
        hook(page, total)

    def canvas_maker(*args: Any, **kwargs: Any) -> _NumberedCanvas:
        return _NumberedCanvas(*args, decorate=decorate, **kwargs)

    template = _DocTemplate(
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
        template.build(_flowables(document), on_page=laid_out, canvasmaker=canvas_maker)
    except _PageHookRaised:
        raise raised[0] from None
    except Exception:
        failed = True
    if failed:
        # Raised outside the handler, so reportlab's exception is not even its context.
        raise DocumentRenderFailed()
    return out.getvalue()


def render_pdf(document: doc.Document, on_page: PageHook | None = None) -> bytes:
    """The document as unencrypted PDF bytes, kept in memory only.

    `on_page(n, total)` is called as page n is laid out (`total` then an estimate) and again
    as it is numbered (the true total); it may raise to cancel the export. A character no font
    can draw raises `CharacterNotPrintable` before anything is laid out.
    """
    check_printable(document)
    return _build(document, on_page)
