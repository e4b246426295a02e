"""Which characters the program's documents can print, known when a text is typed.

The melding and the dossier draw every character with the fonts in resources/fonts; a
character none of them has cannot be printed, and replacing it would change what was entered.
Such a character is refused at its field when the text is saved (`validation.exact_text`), so
a case never holds text that blocks its own melding or dossier later. The fonts' coverage is
kept beside them as ranges of code points (`printable.txt`), so this check needs no font
library; `app.export.fonts` reads the same fonts, and a test holds the two to each other.
"""

from __future__ import annotations

import bisect
import unicodedata
from functools import cache

from app.paths import resources_dir

COVERAGE_FILE = "printable.txt"

# Characters that lay out text rather than show a glyph: a line break is a new line; the
# others are handled by shaping and bidi (joiners, direction marks, variation selectors).
BIDI_CONTROLS = frozenset(
    chr(c) for c in (0x200E, 0x200F, 0x061C, *range(0x202A, 0x202F), *range(0x2066, 0x206A))
)
LAYOUT_CHARACTERS = (
    frozenset("\n\t\r")
    | frozenset(chr(c) for c in (0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF))
    | BIDI_CONTROLS
)
VARIATION_SELECTORS = range(0xFE00, 0xFE10)


def needs_no_glyph(ch: str) -> bool:
    return ch in LAYOUT_CHARACTERS or ord(ch) in VARIATION_SELECTORS


@cache
def covered_ranges() -> tuple[list[int], list[int]]:
    """The covered code points as sorted, separate ranges: their starts and their ends."""
    starts: list[int] = []
    ends: list[int] = []
    text = (resources_dir() / "fonts" / COVERAGE_FILE).read_text(encoding="ascii")
    for raw in text.splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            first, _, last = line.partition("-")
            starts.append(int(first, 16))
            ends.append(int(last or first, 16))
    return starts, ends


def covered(code: int) -> bool:
    """Whether a font of the documents has a glyph for code point `code`."""
    starts, ends = covered_ranges()
    at = bisect.bisect_right(starts, code) - 1
    return at >= 0 and code <= ends[at]


@cache  # a text holds few distinct characters, asked again at every save
def printable(ch: str) -> bool:
    """A private-use character has no agreed meaning, so no glyph for it can be the one
    entered; unassigned code points and lone surrogates are none at all."""
    if needs_no_glyph(ch):
        return True
    if unicodedata.category(ch) in ("Co", "Cn", "Cs"):
        return False
    return covered(ord(ch))


def first_unprintable(text: str) -> str | None:
    """The first character of `text` no font of the documents can draw, or None."""
    return next((ch for ch in text if not printable(ch)), None)
