"""The document model (`app.export.document`) drawn by Qt: a live preview and printed pages.

The PDF of a report or dossier is rendered by reportlab (`app.export.pdf`); the screen preview
and Qt's print preview and printer use this renderer. Both walk the same blocks in the same
order, with the same fonts (resources/fonts), sizes,
colours, A4 margins, the confidential line on every page and "Pagina n van N" below.

The blocks become a QTextDocument through QTextCursor calls: text is inserted as plain text,
never parsed as markup. For paper the document is laid out once at a fixed 96 dpi, so the
pages are the same on every printer; the painter is scaled to the device. A heading, with
the notes right below it, is moved to the next page rather than left alone at the bottom.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPalette,
    QPen,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextImageFormat,
    QTextLength,
    QTextListFormat,
    QTextTable,
    QTextTableCellFormat,
    QTextTableFormat,
)
from PySide6.QtPrintSupport import QPrinter
from reportlab.lib.colors import Color

from app.export import document as doc
from app.export import fonts, pdf
from ui.document_chart import chart_height, chart_image

LAYOUT_DPI = 96.0
POINTS_PER_INCH = 72.0
MM_PER_INCH = 25.4
DASH = "—"
KEEP_WITH_NEXT = 1  # QTextBlock.userState of a heading or a note that waits for its block
MAX_LAYOUT_PASSES = 8
LINE_HEIGHT_PERCENT = 100


def mm(value: float) -> float:
    """Millimetres in layout pixels (96 dpi)."""
    return value / MM_PER_INCH * LAYOUT_DPI


def pt(value: float) -> float:
    """Points in layout pixels (96 dpi)."""
    return value / POINTS_PER_INCH * LAYOUT_DPI


# The page of app.export.pdf, in layout pixels.
MARGIN_X = mm(20) + pt(pdf.FRAME_PADDING)
MARGIN_TOP = mm(24) + pt(pdf.FRAME_PADDING)
MARGIN_BOTTOM = mm(20) + pt(pdf.FRAME_PADDING)
HEADER_BASELINE = mm(13)
HEADER_RULE = mm(15)
FOOTER_RULE_FROM_BOTTOM = mm(14)
FOOTER_BASELINE_FROM_BOTTOM = mm(10)


def _colour(colour: Color) -> str:
    """reportlab's colour as "#rrggbb" (a string: QColor is mutable)."""
    return "#" + str(colour.hexval())[2:]


INK = _colour(pdf.INK)
GREY = _colour(pdf.GREY)
RULE = _colour(pdf.RULE)
SHADE = _colour(pdf.SHADE)
WITHHELD_SHADE = _colour(pdf.WITHHELD_SHADE)
WITHHELD_RULE = _colour(pdf.WITHHELD_RULE)
WARNING_INK = _colour(pdf.WARNING_INK)


@cache
def font_family() -> str:
    """The PDF's main face from resources/fonts; the other faces of the PDF's fallback chain
    are loaded too, so Qt's own fallback finds them. Qt's default when none can be loaded."""
    family = ""
    for face in fonts.CHAIN:
        for name in filter(None, (face.regular, face.bold)):
            font_id = QFontDatabase.addApplicationFont(str(fonts.font_folder() / name))
            families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            family = family or (families[0] if families else "")
    return family or QFont().family()


@dataclass(frozen=True)
class _Style:
    size: float
    bold: bool = False
    colour: str = INK
    space_before: float = 0.0  # layout pixels
    space_after: float = 0.0


def _styles() -> dict[str, _Style]:
    return {
        "title": _Style(16, bold=True, space_after=mm(4)),
        "h1": _Style(12, bold=True, space_before=mm(5), space_after=mm(2)),
        "h2": _Style(10, bold=True, space_before=mm(3), space_after=mm(1.5)),
        "h3": _Style(9.5, bold=True, colour=GREY, space_before=mm(2), space_after=mm(1)),
        "body": _Style(9.5, space_after=mm(2)),
        "note": _Style(8.5, colour=GREY, space_after=mm(2)),
        "warning": _Style(9.5, bold=True, colour=WARNING_INK, space_after=mm(2)),
        "cell": _Style(9),
        "key": _Style(9, colour=GREY),
        "head": _Style(9, bold=True),
        "withheld-title": _Style(9.5, bold=True, colour=WITHHELD_RULE),
    }


def _char_format(style: _Style) -> QTextCharFormat:
    fmt = QTextCharFormat()
    font = QFont(font_family())
    font.setPointSizeF(style.size)
    font.setBold(style.bold)
    fmt.setFont(font)
    fmt.setForeground(QBrush(QColor(style.colour)))
    return fmt


def _block_format(style: _Style) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setTopMargin(style.space_before)
    fmt.setBottomMargin(style.space_after)
    # The PDF's leading is about 1.37 times the font size, as a Noto Sans line is.
    fmt.setLineHeight(
        LINE_HEIGHT_PERCENT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
    )
    return fmt


def _one_line(text: str) -> str:
    """Line breaks inside one paragraph or cell stay line breaks, not new blocks."""
    return text.replace("\r\n", "\n").replace("\n", "\u2028")


class _Writer:
    """Appends blocks at the end of a QTextDocument."""

    def __init__(self, document: QTextDocument) -> None:
        self.cursor = QTextCursor(document)
        self.styles = _styles()
        self._reuse_block = True  # the empty block at the start, or after a table
        self._charts = 0

    def paragraph(self, text: str, style_name: str, keep_with_next: bool = False) -> None:
        style = self.styles[style_name]
        self._new_block(_block_format(style), _char_format(style))
        self.cursor.insertText(_one_line(text), _char_format(style))
        self.cursor.block().setUserState(KEEP_WITH_NEXT if keep_with_next else 0)

    def bullets(self, items: tuple[str, ...]) -> None:
        style = self.styles["body"]
        list_format = QTextListFormat()
        list_format.setStyle(QTextListFormat.Style.ListDisc)
        list_format.setIndent(1)
        text_list = None
        for item in items:
            block_format = _block_format(style)
            block_format.setBottomMargin(mm(0.5))
            self._new_block(block_format, _char_format(style))
            if text_list is None:
                text_list = self.cursor.createList(list_format)
            else:
                text_list.add(self.cursor.block())
            self.cursor.insertText(_one_line(item), _char_format(style))

    def key_values(self, rows: tuple[tuple[str, str], ...]) -> None:
        table = self._table(len(rows), 2, (30.0, 70.0), header_rows=0, padding=pt(3))
        for row, (key, value) in enumerate(rows):
            self._cell(table, row, 0, key, "key")
            self._cell(table, row, 1, value or DASH, "cell")
        self._after_table()

    def table(self, block: doc.Table) -> None:
        columns = len(block.header)
        weights = list(block.widths) if len(block.widths) == columns else [1.0] * columns
        percentages = tuple(100.0 * w / sum(weights) for w in weights)
        table = self._table(len(block.rows) + 1, columns, percentages, header_rows=1, padding=pt(3))
        for column, text in enumerate(block.header):
            self._cell(table, 0, column, text, "head", background=SHADE)
        for row, values in enumerate(block.rows, start=1):
            for column, text in enumerate(values):
                self._cell(table, row, column, text or DASH, "cell")
        self._after_table()

    def chart(self, block: doc.BarChart) -> None:
        """The chart as an image held by the document itself (no file, no URL outside it)."""
        width = mm(210) - 2 * MARGIN_X
        self._charts += 1
        name = f"meldcode-chart-{self._charts}"
        image = chart_image(block, width, font_family())
        document = self.cursor.document()
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
        style = self.styles["body"]
        self._new_block(_block_format(style), _char_format(style))
        fmt = QTextImageFormat()
        fmt.setName(name)
        fmt.setWidth(width)
        fmt.setHeight(chart_height())
        self.cursor.insertImage(fmt)

    def withheld(self, block: doc.Withheld) -> None:
        table = self._table(1, 1, (100.0,), header_rows=0, padding=pt(6))
        cell = table.cellAt(0, 0)
        cell_format = cell.format().toTableCellFormat()
        cell_format.setBackground(QBrush(QColor(WITHHELD_SHADE)))
        cell_format.setLeftBorder(pt(3))
        cell_format.setLeftBorderBrush(QBrush(QColor(WITHHELD_RULE)))
        cell_format.setLeftBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        cell_format.setBottomBorder(0)
        cell_format.setLeftPadding(pt(8))
        cell.setFormat(cell_format)
        cursor = cell.firstCursorPosition()
        title, text = self.styles["withheld-title"], self.styles["cell"]
        cursor.insertText(_one_line(block.title), _char_format(title))
        cursor.insertBlock(QTextBlockFormat(), _char_format(text))
        cursor.insertText(_one_line(block.text), _char_format(text))
        self._after_table()

    # -- helpers ---------------------------------------------------------------------------

    def _new_block(self, block_format: QTextBlockFormat, char_format: QTextCharFormat) -> None:
        self.cursor.movePosition(QTextCursor.MoveOperation.End)
        if self._reuse_block:
            self.cursor.setBlockFormat(block_format)
            self.cursor.setBlockCharFormat(char_format)
            self._reuse_block = False
        else:
            self.cursor.insertBlock(block_format, char_format)

    def spacer(self) -> None:
        """The PDF's 2 mm after each block: an empty block of that height."""
        tiny = QTextCharFormat()
        tiny.setFont(_font(1))
        spacer = QTextBlockFormat()
        spacer.setBottomMargin(max(0.0, mm(2) - QFontMetricsF(tiny.font()).height()))
        self._new_block(spacer, tiny)

    def _table(
        self,
        rows: int,
        columns: int,
        percentages: tuple[float, ...],
        *,
        header_rows: int,
        padding: float,
    ) -> QTextTable:
        self.cursor.movePosition(QTextCursor.MoveOperation.End)
        fmt = QTextTableFormat()
        fmt.setBorder(0)
        fmt.setBorderCollapse(True)
        fmt.setCellSpacing(0)
        fmt.setCellPadding(padding)
        fmt.setMargin(0)
        fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        fmt.setColumnWidthConstraints(
            [QTextLength(QTextLength.Type.PercentageLength, p) for p in percentages]
        )
        fmt.setHeaderRowCount(header_rows)
        table = self.cursor.insertTable(rows, columns, fmt)
        for row in range(rows):
            for column in range(columns):
                cell = table.cellAt(row, column)
                cell_format = cell.format().toTableCellFormat()
                cell_format.setBottomBorder(pt(0.4))
                cell_format.setBottomBorderBrush(QBrush(QColor(RULE)))
                cell_format.setBottomBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
                cell_format.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignTop)
                cell.setFormat(cell_format)
        return table

    def _cell(
        self,
        table: QTextTable,
        row: int,
        column: int,
        text: str,
        style_name: str,
        background: str | None = None,
    ) -> None:
        cell = table.cellAt(row, column)
        if background is not None:
            cell_format: QTextTableCellFormat = cell.format().toTableCellFormat()
            cell_format.setBackground(QBrush(QColor(background)))
            cell.setFormat(cell_format)
        cursor = cell.firstCursorPosition()
        fmt = _block_format(self.styles[style_name])
        cursor.setBlockFormat(fmt)
        cursor.insertText(_one_line(text), _char_format(self.styles[style_name]))

    def _after_table(self) -> None:
        # Qt always puts an empty block after a table; the next block takes it over.
        self.cursor.movePosition(QTextCursor.MoveOperation.End)
        self._reuse_block = True


def text_document(document: doc.Document) -> QTextDocument:
    """The document's title and blocks as a QTextDocument (the header line goes on pages)."""
    result = QTextDocument()
    result.setDocumentMargin(0)
    default = QFont(font_family())
    default.setPointSizeF(9.5)
    result.setDefaultFont(default)
    writer = _Writer(result)
    writer.paragraph(document.title, "title")
    waiting = False  # a heading (and its notes) waits for the next real block
    for block in document.blocks:
        match block:
            case doc.Heading(text=text, level=level):
                writer.paragraph(text, f"h{min(max(level, 1), 3)}", keep_with_next=True)
                waiting = True
                continue
            case doc.Paragraph(text=text, tone=tone):
                style = {doc.Tone.NOTE: "note", doc.Tone.WARNING: "warning"}.get(tone, "body")
                keep = waiting and tone == doc.Tone.NOTE
                writer.paragraph(text, style, keep_with_next=keep)
                if keep:
                    continue
            case doc.KeyValues(rows=rows):
                writer.key_values(rows)
            case doc.Table():
                writer.table(block)
            case doc.BulletList(items=items):
                writer.bullets(items)
            case doc.BarChart():
                writer.chart(block)
            case doc.Withheld():
                writer.withheld(block)
        writer.spacer()
        waiting = False
    return result


def _layout_device() -> QImage:
    """A paint device of exactly LAYOUT_DPI, so the layout is the same for every printer."""
    image = QImage(1, 1, QImage.Format.Format_RGB32)
    dots_per_metre = round(LAYOUT_DPI / MM_PER_INCH * 1000)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    return image


class PagedDocument:
    """A document laid out on pages of `page_size` (layout pixels; A4 unless told)."""

    def __init__(self, document: doc.Document, page_size: QSizeF | None = None) -> None:
        self.document = document
        self.page_size = page_size or a4_size()
        self._device = _layout_device()
        self.text = text_document(document)
        self.text.documentLayout().setPaintDevice(self._device)
        self.body = QSizeF(
            self.page_size.width() - 2 * MARGIN_X,
            self.page_size.height() - MARGIN_TOP - MARGIN_BOTTOM,
        )
        self.text.setPageSize(self.body)
        self._keep_headings_with_their_block()

    @property
    def page_count(self) -> int:
        return max(1, self.text.pageCount())

    def _page_of(self, y: float) -> int:
        return int(y // self.body.height())

    def _keep_headings_with_their_block(self) -> None:
        """Move a heading (with the notes under it) to the next page when the block it
        introduces would not start, or (if it fits on a page) not end, on the same page."""
        for _ in range(MAX_LAYOUT_PASSES):
            block = self.text.begin()
            chain_start = None
            moved = False
            while block.isValid() and not moved:
                if block.userState() == KEEP_WITH_NEXT:
                    chain_start = chain_start if chain_start is not None else block
                elif chain_start is not None:
                    moved = self._break_before_if_split(chain_start, self._unit_rect(block))
                    chain_start = None
                block = block.next()
            if not moved:
                return

    def _unit_rect(self, block: QTextBlock) -> QRectF:
        """Where a block lies; for a cell, where its whole table lies."""
        layout = self.text.documentLayout()
        table = QTextCursor(block).currentTable()
        if table is not None:
            return layout.frameBoundingRect(table)
        return layout.blockBoundingRect(block)

    def _break_before_if_split(self, chain_start: QTextBlock, unit: QRectF) -> bool:
        fmt = chain_start.blockFormat()
        if fmt.pageBreakPolicy() != QTextFormat.PageBreakFlag.PageBreak_Auto:
            return False
        top = self.text.documentLayout().blockBoundingRect(chain_start).top()
        fits_on_a_page = unit.bottom() - top <= self.body.height()
        end = unit.bottom() - 1 if fits_on_a_page else unit.top() + 1
        if self._page_of(end) <= self._page_of(top):
            return False
        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        QTextCursor(chain_start).setBlockFormat(fmt)
        return True

    def paint_page(self, painter: QPainter, index: int) -> None:
        """Page `index` (from 0) in layout pixels; the caller scales the painter."""
        width, height = self.page_size.width(), self.page_size.height()
        left, right = MARGIN_X, width - MARGIN_X
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        # A font's points become device pixels at the device's resolution; the painter is
        # already scaled from layout pixels, so the size is given as if the device were 96 dpi.
        points = LAYOUT_DPI / max(1, painter.device().logicalDpiY())
        painter.setFont(_font(8.5 * points, bold=True))
        painter.setPen(QColor(WARNING_INK))
        painter.drawText(QPointF(left, HEADER_BASELINE), self.document.header_line)
        painter.setPen(QPen(QColor(RULE), pt(0.5)))
        painter.drawLine(QPointF(left, HEADER_RULE), QPointF(right, HEADER_RULE))
        footer_rule = height - FOOTER_RULE_FROM_BOTTOM
        painter.drawLine(QPointF(left, footer_rule), QPointF(right, footer_rule))
        painter.setFont(_font(8 * points))
        painter.setPen(QColor(GREY))
        numbering = f"Pagina {index + 1} van {self.page_count}"
        baseline = height - FOOTER_BASELINE_FROM_BOTTOM
        text_width = painter.fontMetrics().horizontalAdvance(numbering)
        painter.drawText(QPointF(right - text_width, baseline), numbering)

        top = index * self.body.height()
        painter.translate(left, MARGIN_TOP - top)
        clip = QRectF(0, top, self.body.width(), self.body.height())
        painter.setClipRect(clip)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = clip
        context.palette.setColor(QPalette.ColorRole.Text, QColor(INK))
        self.text.documentLayout().draw(painter, context)
        painter.restore()

    def print_to(self, device: QPagedPaintDevice) -> int:
        """Every page on a printer or PDF writer, from the paper's corner; returns the count."""
        if isinstance(device, QPrinter):
            device.setFullPage(True)
        painter = QPainter()
        if not painter.begin(device):
            return 0
        try:
            scale = _scale(device, self.page_size)
            for index in range(self.page_count):
                if index:
                    device.newPage()
                painter.save()
                painter.scale(scale, scale)
                self.paint_page(painter, index)
                painter.restore()
        finally:
            painter.end()
        return self.page_count

    def page_image(self, index: int, dpi: float = 100) -> QImage:
        """One page as a picture (tests, screenshots)."""
        factor = dpi / LAYOUT_DPI
        image = QImage(
            round(self.page_size.width() * factor),
            round(self.page_size.height() * factor),
            QImage.Format.Format_RGB32,
        )
        dots_per_metre = round(dpi / MM_PER_INCH * 1000)
        image.setDotsPerMeterX(dots_per_metre)
        image.setDotsPerMeterY(dots_per_metre)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.scale(factor, factor)
        self.paint_page(painter, index)
        painter.end()
        return image


def _font(size: float, bold: bool = False) -> QFont:
    font = QFont(font_family())
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


def _scale(device: QPaintDevice, page_size: QSizeF) -> float:
    """Device pixels per layout pixel, so the page fills the paper's width."""
    return device.width() / page_size.width()


def a4_size() -> QSizeF:
    return QSizeF(mm(210), mm(297))


def new_printer() -> QPrinter:
    """A4, portrait, full page: our margins are the PDF's, drawn by `PagedDocument`."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    printer.setFullPage(True)
    printer.setDocName("")  # a print queue shows the name to anyone at the printer
    return printer


def print_document(document: doc.Document, device: QPagedPaintDevice) -> int:
    return PagedDocument(document, _paper_size(device)).print_to(device)


def _paper_size(device: QPaintDevice) -> QSizeF:
    """The device's paper in layout pixels (A4 unless the user chose other paper)."""
    dpi_x, dpi_y = device.logicalDpiX(), device.logicalDpiY()
    if dpi_x <= 0 or dpi_y <= 0:
        return a4_size()
    if isinstance(device, QPrinter):
        rect = device.pageLayout().fullRectPoints()
        return QSizeF(pt(rect.width()), pt(rect.height()))
    return QSizeF(device.width() * LAYOUT_DPI / dpi_x, device.height() * LAYOUT_DPI / dpi_y)
