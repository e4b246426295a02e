"""Developer tool: the handleiding's pictures, from the README screenshots, made smaller.

    python -m tests.tools.guide_pictures

Run it after making the screenshots again (tests.tools.screenshots and friends, into
resources/screenshots/). The guide shows its pictures 560 pixels wide; they are kept at 840
(room for 150% scaling) so the installed program stays small. All data in them is fictional.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage

from app.paths import resources_dir
from ui.help.guide import SECTIONS

WIDTH = 840


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    source = resources_dir() / "screenshots"
    target = resources_dir() / "handleiding"
    target.mkdir(exist_ok=True)
    names = sorted({b.picture for s in SECTIONS for b in s.blocks if b.kind == "img"})
    for name in names:
        image = QImage(str(source / name))
        if image.isNull():
            print(f"ontbreekt: {source / name}", file=sys.stderr)
            return 1
        if image.width() > WIDTH:
            image = image.scaledToWidth(WIDTH, Qt.TransformationMode.SmoothTransformation)
        image.save(str(target / name))
    for stale in target.glob("*.png"):
        if stale.name not in names:
            stale.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
