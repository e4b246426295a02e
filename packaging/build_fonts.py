"""Builds `resources/fonts/` from the Noto (and DejaVu) fonts of a Debian machine.

`python3 packaging/build_fonts.py` with fonts-noto-core, fonts-noto-cjk and fonts-dejavu-core
installed. The documents need TrueType outlines (reportlab cannot embed CFF), so the Chinese
face is cut down to the common ideographs and its outlines are converted to quadratic curves;
the emoji face is DejaVu Sans cut down to its symbol and emoji blocks. Every other file is
copied as it is. README's "Fonts in documents" says which files and why.

Every face gets a family name of its own ("Meldcode Noto Sans", "Meldcode DejaVu Sans"): the
print preview registers them with Qt, and under the name of a font the computer has too (the
emoji face was "DejaVu Sans", the window's own font on many Linux desktops) Qt mixed the two,
and the window drew typed text with glyphs of the wrong font. `--rename-only` gives the files
already in resources/fonts their own names without building them again.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "resources" / "fonts"
NOTO = Path("/usr/share/fonts/truetype/noto")
NOTO_CJK = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
CJK_SC_INDEX = 2  # the collection's order: JP, KR, SC, TC, HK
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

COPIED = (
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoNaskhArabic-Regular.ttf",
    "NotoNaskhArabic-Bold.ttf",
    "NotoSansHebrew-Regular.ttf",
    "NotoSansHebrew-Bold.ttf",
    "NotoSansEthiopic-Regular.ttf",
    "NotoSansEthiopic-Bold.ttf",
    "NotoSansSymbols2-Regular.ttf",
)


def _encodable(encoding: str) -> set[int]:
    """Every character of a legacy Chinese character set: the ideographs in daily use."""
    found = set()
    for code in range(0x3000, 0xFFFF):
        try:
            chr(code).encode(encoding)
        except UnicodeEncodeError:
            continue
        found.add(code)
    return found


def _cjk_characters() -> set[int]:
    # GB2312 (simplified, 6,763 hanzi) and Big5 (traditional, 13,060): together the
    # characters of nearly every Chinese name and text; plus kana and CJK punctuation.
    wanted = _encodable("gb2312") | _encodable("big5")
    wanted |= set(range(0x3000, 0x3100)) | set(range(0xFF00, 0xFFF0))
    return wanted


def _to_truetype(font: TTFont) -> None:
    """CFF cubic outlines to TrueType quadratic ones (reportlab embeds only `glyf`)."""
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    font["maxp"] = maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for attr in (
        "maxZones",
        "maxTwilightPoints",
        "maxStorage",
        "maxFunctionDefs",
        "maxInstructionDefs",
        "maxStackElements",
        "maxSizeOfInstructions",
        "maxComponentElements",
        "maxPoints",
        "maxContours",
        "maxCompositePoints",
        "maxCompositeContours",
        "maxComponentDepth",
    ):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    maxp.numGlyphs = len(order)
    font["head"].glyphDataFormat = 0
    font["head"].indexToLocFormat = 0
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font.sfntVersion = "\x00\x01\x00\x00"


def _subset(source: TTFont, characters: set[int]) -> None:
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.hinting = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(characters))
    subsetter.subset(source)


def build_cjk(target: Path) -> None:
    font = TTFont(NOTO_CJK, fontNumber=CJK_SC_INDEX, lazy=False)
    _subset(font, _cjk_characters())
    _to_truetype(font)
    font.save(target)


def build_emoji(target: Path) -> None:
    font = TTFont(DEJAVU, lazy=False)
    ranges = [(0x2190, 0x2BFF), (0x1F000, 0x1FAFF)]
    _subset(font, {c for low, high in ranges for c in range(low, high + 1)})
    font.save(target)


PREFIX = "Meldcode"
# The name table's entries that name the family or the face (OpenType's name IDs): family,
# unique id, full name, PostScript name, typographic family, WWS family.
FAMILY_IDS = (1, 3, 4, 16, 21)
POSTSCRIPT_ID = 6


def own_names(path: Path) -> None:
    """Give the font at `path` a family name no computer's font has: PREFIX before each."""
    font = TTFont(path, lazy=False)
    for record in font["name"].names:
        text = record.toUnicode()
        if record.nameID in FAMILY_IDS and not text.startswith(PREFIX):
            record.string = f"{PREFIX} {text}"
        elif record.nameID == POSTSCRIPT_ID and not text.startswith(PREFIX):
            record.string = f"{PREFIX}{text}"
    font.save(path)


def main() -> int:
    if sys.argv[1:] == ["--rename-only"]:
        for path in sorted(TARGET.glob("*.ttf")):
            own_names(path)
        return 0
    TARGET.mkdir(parents=True, exist_ok=True)
    for path in TARGET.glob("*.ttf"):
        path.unlink()
    for name in COPIED:
        shutil.copyfile(NOTO / name, TARGET / name)
    build_cjk(TARGET / "NotoSansSC-Common.ttf")
    build_emoji(TARGET / "DejaVuSans-Symbols.ttf")
    for path in sorted(TARGET.glob("*.ttf")):
        own_names(path)
        print(f"{path.name:<32} {path.stat().st_size / 1024:>8.0f} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
