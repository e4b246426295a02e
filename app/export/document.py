"""A small, toolkit-free model of a printable document.

The report and the dossier are built as a `Document` of blocks; `app.export.pdf` renders it with
reportlab, and the UI can walk the same blocks into Qt's print preview. Text is plain (no
markup): each renderer escapes it for its own toolkit. Anything withheld never enters the
model; a `Withheld` block stands in its place.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Tone(StrEnum):
    NORMAL = "normal"
    NOTE = "note"  # an explanation for the reader, set apart (smaller, grey)
    WARNING = "warning"  # must not be missed (e.g. acute unsafety)


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1  # 1 section, 2 subsection, 3 one item within a subsection


@dataclass(frozen=True)
class Paragraph:
    text: str
    tone: Tone = Tone.NORMAL


@dataclass(frozen=True)
class KeyValues:
    """A two-column table of labels and values; an empty value is shown as a dash."""

    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Table:
    """A table with a header row; `widths` are relative column widths."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...] = ()


@dataclass(frozen=True)
class BulletList:
    items: tuple[str, ...]


@dataclass(frozen=True)
class BarChart:
    """Bars of counts per category, one coloured bar per series, with a legend."""

    categories: tuple[str, ...]
    series: tuple[tuple[str, tuple[int, ...]], ...]  # (name, one count per category)
    description: str  # what the chart shows, in words (also its text for a reader of the text)


@dataclass(frozen=True)
class Withheld:
    """In place of content that is not handed over, e.g. to protect others."""

    title: str
    text: str


Block = Heading | Paragraph | KeyValues | Table | BulletList | BarChart | Withheld


@dataclass(frozen=True)
class Document:
    header_line: str  # on every page, e.g. "Vertrouwelijk — melding aan Veilig Thuis"
    title: str
    blocks: tuple[Block, ...]

    def plain_text(self) -> str:
        """Every text of the document, one piece a line: for tests and a text preview."""
        parts: list[str] = [self.header_line, self.title]
        for block in self.blocks:
            match block:
                case Heading(text=text) | Paragraph(text=text):
                    parts.append(text)
                case KeyValues(rows=rows):
                    parts.extend(f"{key}: {value}" for key, value in rows)
                case Table(header=header, rows=rows):
                    parts.append(" | ".join(header))
                    parts.extend(" | ".join(row) for row in rows)
                case BulletList(items=items):
                    parts.extend(items)
                case BarChart(categories=categories, series=series, description=description):
                    parts.append(description)
                    parts.append(" | ".join(categories))
                    parts.extend(
                        " | ".join((name, *(str(v) for v in values))) for name, values in series
                    )
                case Withheld(title=title, text=text):
                    parts.extend((title, text))
        return "\n".join(parts)
