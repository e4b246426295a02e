"""Writes resources/fonts/printable.txt: the code points the documents' fonts draw, as ranges.

Run after a font in resources/fonts changes: `python -m tests.tools.font_coverage`. The fields
refuse what no font draws from this file (`app.domain.printable`); a test checks that it still
says what the fonts say.
"""

from __future__ import annotations

from app.domain.printable import COVERAGE_FILE
from app.export import fonts

HEADER = (
    "# The code points the fonts of the documents draw (resources/fonts), as ranges in hex.\n"
    "# Written by `python -m tests.tools.font_coverage`; read by app/domain/printable.py.\n"
)


def coverage_text() -> str:
    lines = [f"{first:04X}-{last:04X}" for first, last in fonts.coverage()]
    return HEADER + "\n".join(lines) + "\n"


if __name__ == "__main__":
    target = fonts.font_folder() / COVERAGE_FILE
    target.write_text(coverage_text(), encoding="ascii")
    print(f"{target}: {len(fonts.coverage())} ranges")
