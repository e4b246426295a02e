"""A paragraph of text with right-to-left letters: shaped, wrapped, then put in visual order.

reportlab's Paragraph shapes text (HarfBuzz) but applies the bidi algorithm only to unshaped
text in a single font, so text holding Arabic, Persian or Hebrew is laid out here instead:

1. each line of the text (a bidi paragraph of its own) is cut into words in logical order and
   wrapped to the width;
2. each finished line is put in visual order by the Unicode bidi algorithm (python-bidi,
   `fonts.visual_positions`), word by word;
3. each word is shaped by HarfBuzz in the first font that has its letters (reportlab's
   `shapeStr`), which joins Arabic letters and orders the glyphs of a right-to-left word.

Glyphs are drawn in visual order; their ToUnicode entries name the characters entered
(`fonts.ExactTextFont`), so a reader that restores logical order gets the text as entered.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import shapeStr
from reportlab.platypus import Flowable

from app.domain.printable import BIDI_CONTROLS
from app.export import fonts


@dataclass(frozen=True)
class _Segment:
    """Characters of one line with one bidi level and one font, shaped."""

    font: str
    text: Any  # a shaped string (reportlab's ShapedStr) or a plain one
    width: float
    level: int


@dataclass(frozen=True)
class _Line:
    base: str  # "LTR" or "RTL"
    logical: str
    segments: tuple[_Segment, ...]  # left to right

    @property
    def width(self) -> float:
        return sum(segment.width for segment in self.segments)


def _shape(text: str, font: str, size: float, level: int) -> _Segment:
    if level % 2 and fonts.direction(text) is None:
        # Spaces, digits and stops inside right-to-left text: HarfBuzz would lay them out left
        # to right, so they are given in visual order, brackets mirrored.
        text = "".join(_MIRRORED.get(ch, ch) for ch in reversed(text))
    shaped = shapeStr(text, font, size)
    fonts.learn_glyphs(font, text)
    data = getattr(shaped, "__shapeData__", None)
    if data:
        width = sum(item.x_advance for item in data) * size / 1000
    else:
        width = stringWidth(text, font, size)
    return _Segment(font, shaped, width, level)


_MIRRORED = dict(zip("()[]{}<>«»", ")(][}{><»«", strict=True))


def _segments(text: str, levels: list[int], bold: bool, size: float) -> list[_Segment]:
    """`text` (one line, logical order) cut where the bidi level or the font changes."""
    kept = [(ch, level) for ch, level in zip(text, levels, strict=True)]
    kept = [(ch, level) for ch, level in kept if ch not in BIDI_CONTROLS]
    if not kept:
        return []
    chars = "".join(ch for ch, _ in kept)
    indexes = fonts.font_indexes(chars)
    segments: list[_Segment] = []
    start = 0
    for position in range(1, len(kept) + 1):
        if (
            position == len(kept)
            or kept[position][1] != kept[start][1]
            or indexes[position] != indexes[start]
        ):
            fonts.register(indexes[start])
            segments.append(
                _shape(
                    chars[start:position],
                    fonts.font_name(indexes[start], bold),
                    size,
                    kept[start][1],
                )
            )
            start = position
    return segments


def _visual_order(segments: list[_Segment]) -> list[_Segment]:
    """Rule L2 of the bidi algorithm: from the highest level down to the lowest odd one,
    reverse every run of segments at that level or higher."""
    order = list(segments)
    if not order:
        return order
    highest = max(segment.level for segment in order)
    lowest_odd = min((s.level for s in order if s.level % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        result: list[_Segment] = []
        run: list[_Segment] = []
        for segment in order:
            if segment.level >= level:
                run.append(segment)
                continue
            result.extend(reversed(run))
            run = []
            result.append(segment)
        result.extend(reversed(run))
        order = result
    return order


class BidiParagraph(Flowable):  # type: ignore[misc]
    """Plain text with right-to-left letters in a ParagraphStyle (font, size, leading, colour,
    spacing); a line whose paragraph starts right to left is aligned right."""

    def __init__(self, text: str, style: ParagraphStyle, bold: bool) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.bold = bold
        self._lines: list[_Line] | None = None
        # Laid out lines per width: a table asks again and again while it splits a row.
        self._layouts: dict[float, list[_Line]] = {}
        self._last_width: float | None = None

    def getSpaceBefore(self) -> float:
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:
        return float(self.style.spaceAfter)

    def _word_width(self, word: str) -> float:
        width = 0.0
        for index, piece in fonts.runs(word):
            fonts.register(index)
            width += _shape(piece, fonts.font_name(index, self.bold), self.style.fontSize, 0).width
        return width

    def _layout(self, width: float) -> list[_Line]:
        size = self.style.fontSize
        space = stringWidth(" ", fonts.font_name(0, self.bold), size)
        lines: list[_Line] = []
        for paragraph in self.text.split("\n"):
            base = fonts.direction(paragraph) or "LTR"
            levels = fonts.bidi_levels(paragraph, base)
            # Wrapped in logical order at spaces; each line is then ordered on its own.
            spans: list[tuple[int, int]] = []
            start, used, position = 0, 0.0, 0
            for word in paragraph.split(" "):
                end = position + len(word)
                extra = self._word_width(word) if word else 0.0
                if position > start and used + space + extra > width:
                    spans.append((start, position - 1))
                    start, used = position, extra
                else:
                    used += (space if position > start else 0.0) + extra
                if extra > width:
                    # A word wider than the line is cut into pieces that fit.
                    for cut in self._cuts(word, width):
                        spans.append((start, position + cut))
                        start = position + cut
                    used = self._word_width(paragraph[start:end])
                position = end + 1
            spans.append((start, len(paragraph)))
            for first, last in spans:
                text = paragraph[first:last].rstrip(" ")
                segments = _segments(text, levels[first : first + len(text)], self.bold, size)
                lines.append(_Line(base, text, tuple(_visual_order(segments))))
        return lines

    def _cuts(self, word: str, width: float) -> list[int]:
        """Where to cut `word` so each piece but the last fits in `width`."""
        cuts: list[int] = []
        start = 0
        while self._word_width(word[start:]) > width and start < len(word) - 1:
            end = start + 1
            while end < len(word) and self._word_width(word[start : end + 1]) <= width:
                end += 1
            cuts.append(end)
            start = end
        return cuts

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        lines = self._layouts.get(avail_width)
        if lines is None:
            lines = self._layouts[avail_width] = self._layout(avail_width)
        self._lines = lines
        self._last_width = avail_width
        self.width = avail_width
        self.height = len(self._lines) * self.style.leading
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        # A table splitting a row offers its cell's width without the padding, but lays the
        # parts out with the padding: split at the width the text was last laid out for.
        avail_width = self._last_width or avail_width
        self.wrap(avail_width, avail_height)
        assert self._lines is not None
        fitting = int(avail_height // self.style.leading)
        if fitting <= 0 or fitting >= len(self._lines):
            return []
        head, tail = self._lines[:fitting], self._lines[fitting:]
        return [self._part(head, avail_width), self._part(tail, avail_width)]

    def _part(self, lines: list[_Line], width: float) -> BidiParagraph:
        """A part of this paragraph: these lines, laid out again from their own text only
        should it be asked for another width."""
        part = BidiParagraph("\n".join(line.logical for line in lines), self.style, self.bold)
        part._lines = lines
        part._layouts[width] = lines
        return part

    def draw(self) -> None:
        assert self._lines is not None
        canvas = self.canv
        size = self.style.fontSize
        canvas.saveState()
        canvas.setFillColor(self.style.textColor)
        y = self.height - size  # the first baseline, as reportlab's paragraphs place it
        for line in self._lines:
            right = line.base == "RTL" or self.style.alignment == TA_RIGHT
            x = self.width - line.width if right else 0.0
            for segment in line.segments:
                canvas.setFont(segment.font, size)
                canvas.drawString(x, y, segment.text)
                x += segment.width
            y -= self.style.leading
        canvas.restoreState()
