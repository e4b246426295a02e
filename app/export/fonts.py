"""The fonts of the documents: a fallback chain over the open-licensed fonts in resources/fonts.

Each character is drawn with the first font of `CHAIN` that has a glyph for it; a character no
font has is refused before anything is laid out (`first_unprintable`), never replaced. Fonts are
registered with reportlab when first needed, so a document in Dutch never loads the Chinese font.

Arabic, Persian and Hebrew are shaped by HarfBuzz (reportlab's own shaping, through uharfbuzz)
and put in visual order by the Unicode bidi algorithm (python-bidi; `app.export.bidi_text`).
A shaped glyph often has no character of its own (a medial Arabic form, a ligature); each font's
ToUnicode map then names the characters it stands for, so that a reader extracting the text gets
the letters that were entered, not presentation forms or private-use codes.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from app.domain import printable
from app.domain.printable import needs_no_glyph
from app.paths import resources_dir


@dataclass(frozen=True)
class Face:
    regular: str  # file in resources/fonts
    bold: str | None  # None: the regular face stands in for bold
    scripts: str  # what it is in the chain for (README lists the same)


# The order is the fallback order: Latin, Greek and Cyrillic first (most text), then the
# scripts of the clients the domain brief names, then symbols and emoji, Chinese last.
CHAIN: tuple[Face, ...] = (
    Face("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "Latin (Vietnamese too), Greek, Cyrillic"),
    Face("NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf", "Arabic, Persian"),
    Face("NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf", "Hebrew"),
    Face("NotoSansEthiopic-Regular.ttf", "NotoSansEthiopic-Bold.ttf", "Ethiopic (Tigrinya)"),
    Face("NotoSansSymbols2-Regular.ttf", None, "symbols, some emoji"),
    Face("DejaVuSans-Symbols.ttf", None, "emoji as plain glyphs"),
    Face("NotoSansSC-Common.ttf", None, "Chinese (common ideographs), kana"),
)


def font_folder() -> Path:
    return resources_dir() / "fonts"


def font_name(index: int, bold: bool = False) -> str:
    return f"Meldcode{index}{'-Bold' if bold else ''}"


REGULAR = font_name(0)
BOLD = font_name(0, bold=True)


@cache
def _cmap(index: int) -> frozenset[int]:
    """The code points font `index` has glyphs for (registers it with reportlab)."""
    return frozenset(_registered(index, bold=False).face.charToGlyph)


@cache
def _registered(index: int, bold: bool) -> Any:
    from reportlab.pdfbase import pdfmetrics

    face = CHAIN[index]
    file_name = face.bold if bold and face.bold else face.regular
    font = _ExactTextFont(font_name(index, bold), str(font_folder() / file_name))
    pdfmetrics.registerFont(font)
    return font


def register(index: int) -> None:
    """Font `index` (regular and bold) known to reportlab under `font_name(index)`."""
    from reportlab.pdfbase import pdfmetrics

    _registered(index, False)
    _registered(index, True)
    pdfmetrics.registerFontFamily(
        font_name(index),
        normal=font_name(index),
        bold=font_name(index, True),
        italic=font_name(index),
        boldItalic=font_name(index, True),
    )


@cache
def _plain_characters() -> frozenset[str]:
    """Characters the main face draws as they are: no other font, shaping or bidi needed."""
    return frozenset("\n") | frozenset(
        chr(code)
        for code in _cmap(0)
        if not unicodedata.combining(chr(code))
        and unicodedata.bidirectional(chr(code)) not in ("R", "AL", "AN", "NSM")
        and unicodedata.category(chr(code)) not in ("Cf", "Co", "Cn", "Cs", "Mn", "Me")
        and not _arabic_or_hebrew(code)
    )


def plain(text: str) -> bool:
    """Whether `text` is all in the main face with nothing to shape or reorder (most text:
    the fast path)."""
    return _plain_characters().issuperset(text)


@cache
def font_for(ch: str) -> int | None:
    """The index in `CHAIN` of the first font that can draw `ch`, or None. A private-use
    character has no agreed meaning, so no font's glyph for it can be the one entered."""
    code = ord(ch)
    if unicodedata.category(ch) in ("Co", "Cn", "Cs"):
        return None
    for index in range(len(CHAIN)):
        if code in _cmap(index):
            return index
    return None


def first_unprintable(text: str) -> str | None:
    """The first character of `text` no font of the chain can draw, or None (the same
    answer the fields give when the text is saved: `app.domain.printable`)."""
    if plain(text):
        return None
    return printable.first_unprintable(text)


def coverage() -> list[tuple[int, int]]:
    """What the chain's fonts draw, as ranges of code points (first, last): what
    `resources/fonts/printable.txt` holds for the fields' check."""
    codes = sorted(set().union(*(_cmap(index) for index in range(len(CHAIN)))))
    ranges: list[tuple[int, int]] = []
    for code in codes:
        if ranges and code == ranges[-1][1] + 1:
            ranges[-1] = (ranges[-1][0], code)
        else:
            ranges.append((code, code))
    return ranges


def font_indexes(text: str) -> list[int]:
    """The font of each character. A character every font has (a space, a digit, a comma)
    stays with the font before it when that font has it too, so a word and the punctuation
    around it are shaped together by one font."""
    indexes: list[int] = []
    current: int | None = None
    for ch in text:
        if needs_no_glyph(ch):
            index = current if current is not None else 0
        else:
            index = font_for(ch) or 0
            if (
                current is not None
                and index != current
                and _neutral(ch)
                and ord(ch) in _cmap(current)
            ):
                index = current
        indexes.append(index)
        current = index
    return indexes


def runs(text: str) -> Iterator[tuple[int, str]]:
    """`text` cut into (font index, piece) by `font_indexes`."""
    if plain(text):
        yield 0, text
        return
    start = 0
    indexes = font_indexes(text)
    for position in range(1, len(text) + 1):
        if position == len(text) or indexes[position] != indexes[start]:
            yield indexes[start], text[start:position]
            start = position


def _neutral(ch: str) -> bool:
    """A character without a script of its own: space, digit, punctuation, symbol."""
    return unicodedata.category(ch)[0] in "ZNPS" and ord(ch) < 0x2E80


def _arabic_or_hebrew(code: int) -> bool:
    return 0x0590 <= code <= 0x08FF or 0xFB1D <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF


def needs_shaping(text: str) -> bool:
    """Whether HarfBuzz must place the glyphs: joined scripts, marks, joiners."""
    return not plain(text) and any(
        _arabic_or_hebrew(ord(ch)) or unicodedata.combining(ch) or ch in "\u200c\u200d"
        for ch in text
    )


def direction(text: str) -> str | None:
    """None for text without right-to-left letters (no bidi needed), else the paragraph's
    base direction by the bidi algorithm's rule: its first strong letter."""
    if plain(text) or not any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text):
        return None
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return "LTR"
        if kind in ("R", "AL"):
            return "RTL"
    return "LTR"


# -- exact text for shaped glyphs --------------------------------------------------------------


def _is_private(code: int) -> bool:
    return 0xE000 <= code <= 0xF8FF


def _is_presentation_form(code: int) -> bool:
    return 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF


def _exact_text(code: int, private: dict[int, str]) -> str:
    """The characters a code of reportlab's subset stands for."""
    if code in private:
        return private[code]
    ch = chr(code)
    if _is_presentation_form(code):
        # An Arabic presentation form the font maps a shaped glyph to: the letters it shows.
        return unicodedata.normalize("NFKC", ch)
    return ch


def _to_unicode_cmap(name: str, subset: list[int], private: dict[int, str]) -> bytes:
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
        f"/CMapName /{name} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        "<00> <FF>",
        "endcodespacerange",
    ]
    pairs = [
        f"<{index:02X}> <{_exact_text(code, private).encode('utf-16-be').hex().upper()}>"
        for index, code in enumerate(subset)
    ]
    for start in range(0, len(pairs), 100):
        chunk = pairs[start : start + 100]
        lines.append(f"{len(chunk)} beginbfchar")
        lines.extend(chunk)
        lines.append("endbfchar")
    lines += [
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(lines).encode("ascii")


def _glyph_texts(font: Any) -> dict[int, str]:
    cached = getattr(font, "_meldcode_glyph_texts", None)
    if cached is None:
        cached = font._meldcode_glyph_texts = _find_glyph_texts(font)
    return cached


def _has_own_character(face: Any, gid: int) -> bool:
    return any(not _is_private(code) for code in face.glyphToChar.get(gid, ()))


def learn_glyphs(font_name_: str, text: str) -> None:
    """Shape `text` as reportlab will and remember, for every glyph without a character of
    its own, the characters it stands for (for the font's ToUnicode map)."""
    from reportlab.pdfbase import pdfmetrics

    font = pdfmetrics.getFont(font_name_)
    _record_clusters(font, _glyph_texts(font), text)


def _record_clusters(font: Any, found: dict[int, str], text: str) -> None:
    import uharfbuzz

    hb_font = getattr(font, "_meldcode_hb_font", None)
    if hb_font is None:
        hb_font = font._meldcode_hb_font = uharfbuzz.Font(font.hbFace)
    buffer = uharfbuzz.Buffer()
    buffer.cluster_level = uharfbuzz.BufferClusterLevel.MONOTONE_CHARACTERS
    buffer.add_str(text)
    buffer.guess_segment_properties()
    uharfbuzz.shape(hb_font, buffer, {"kern": True, "liga": True, "dlig": True})
    infos = buffer.glyph_infos
    starts = [*sorted({info.cluster for info in infos}), len(text)]
    for info in infos:
        end = starts[starts.index(info.cluster) + 1]
        cluster = text[info.cluster : end].replace("\u0640", "")
        if cluster and not _has_own_character(font.face, info.codepoint):
            # A right-to-left run is drawn in visual order; a reader restores logical order by
            # reversing it character by character, so a ligature's letters are given reversed.
            found.setdefault(
                info.codepoint, cluster[::-1] if direction(cluster) == "RTL" else cluster
            )


def _find_glyph_texts(font: Any) -> dict[int, str]:
    """For the glyphs HarfBuzz substitutes in joined scripts (contextual forms, ligatures):
    which characters each stands for, found by shaping every letter in every position."""
    face = font.face
    letters = [
        chr(code)
        for code in face.charToGlyph
        if _arabic_or_hebrew(code) and not (0xFB50 <= code <= 0xFEFF)
    ]
    found: dict[int, str] = {}

    def shape(text: str) -> None:
        _record_clusters(font, found, text)

    for code in face.charToGlyph:
        # Shaped text may take another glyph for a digit or a stop: each stands for its own
        # character.
        if code < 0x0590 or 0x2000 <= code < 0x2100:
            shape(chr(code))
            if letters:
                # ... and in Arabic or Hebrew text, where the font may take its own glyph.
                shape("\u0628" + chr(code) + "\u0628")
                shape("\u05d1" + chr(code) + "\u05d1")
    tatweel = "\u0640"
    for letter in letters:
        for text in (letter, tatweel + letter, letter + tatweel, tatweel + letter + tatweel):
            shape(text)
    lam = "\u0644"
    for alef in "\u0627\u0622\u0623\u0625\u0671":
        shape(lam + alef)
        shape(tatweel + lam + alef)
    return found


def _make_font_class() -> type:
    from reportlab.pdfbase import ttfonts

    class ExactTextFont(ttfonts.TTFont):  # type: ignore[misc]
        """reportlab's TrueType font whose ToUnicode map gives the entered characters for
        shaped glyphs (reportlab itself writes presentation forms or private-use codes)."""

        def splitString(self, text: str, doc: Any, encoding: str = "utf-8") -> Any:
            """reportlab's split into subset codes, kept per document for text drawn again
            (a label on every signal, a name in every row): once each character has its
            code, the same text always gives the same codes."""
            state = self.state.get(doc)
            known = getattr(state, "_meldcode_split", None)
            if known is not None:
                found = known.get(text)
                if found is not None:
                    return found
            result = super().splitString(text, doc, encoding)
            state = self.state[doc]
            if known is None:
                known = state._meldcode_split = {}
            known[str(text)] = result
            return result

        def addObjects(self, doc: Any) -> None:
            state = self.state.get(doc)
            subsets = [list(subset) for subset in state.subsets] if state else []
            super().addObjects(doc)
            # Always our own map: reportlab's writes a character beyond U+FFFF (an emoji) as
            # five hex digits, which readers cut short.
            codes = {code for subset in subsets for code in subset}
            glyph_texts = _glyph_texts(self) if any(map(_is_private, codes)) else {}
            private = {
                code: glyph_texts[self.face.charToGlyph[code]]
                for code in codes
                if _is_private(code) and self.face.charToGlyph.get(code) in glyph_texts
            }
            for number, subset in enumerate(subsets):
                base = b"".join(
                    (ttfonts.SUBSETN(number), b"+", self.face.name, self.face.subfontNameX)
                ).decode("pdfdoc")
                stream = doc.idToObject.get("toUnicodeCMap:" + base)
                if stream is not None:
                    stream.content = _to_unicode_cmap(base, subset, private)

    return ExactTextFont


def _ExactTextFont(name: str, path: str) -> Any:
    return _font_class()(name, path)


@cache
def _font_class() -> type:
    return _make_font_class()


# -- bidi ----------------------------------------------------------------------------------


def bidi_levels(text: str, base: str) -> list[int]:
    """The embedding level of each character of one paragraph (no line breaks) by the Unicode
    bidi algorithm (python-bidi): even is left to right, odd right to left. `base` is the
    paragraph's direction, "LTR" or "RTL"."""
    from bidi import algorithm

    storage = algorithm.get_empty_storage()
    level = 1 if base == "RTL" else 0
    storage["base_level"] = level
    storage["base_dir"] = ("L", "R")[level]
    algorithm.get_embedding_levels(text, storage)
    for index, char in enumerate(storage["chars"]):
        char["index"] = index
    algorithm.explicit_embed_and_overrides(storage, False)
    algorithm.resolve_weak_types(storage, False)
    algorithm.resolve_neutral_types(storage, False)
    algorithm.resolve_implicit_levels(storage, False)
    levels = [level] * len(text)
    for char in storage["chars"]:
        levels[char["index"]] = char["level"]
    return levels
