"""Make every icon from the one source, resources/icons/meldcode-werkplek.svg.

    .venv/bin/python packaging/icons.py

Writes the PNG sizes (Linux .desktop, the window), the Windows .ico and the macOS .icns beside
the source. The results are committed, so a build needs neither Qt's SVG renderer nor Pillow;
run this again after changing the SVG.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QRectF
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SOURCE = ICONS / "meldcode-werkplek.svg"
PNG_SIZES = (16, 32, 48, 64, 128, 256, 512)
MASTER = 1024


def render(size: int) -> Image.Image:
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE} is geen geldige SVG")
    image = QImage(size, size, QImage.Format.Format_RGBA8888)
    image.fill(0)
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = bytes(image.constBits())
    return Image.frombuffer("RGBA", (size, size), data, "raw", "RGBA", image.bytesPerLine(), 1)


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    master = render(MASTER)
    for size in PNG_SIZES:
        master.resize((size, size), Image.Resampling.LANCZOS).save(
            ICONS / f"meldcode-werkplek-{size}.png", optimize=True
        )
    master.save(
        ICONS / "meldcode-werkplek.ico",
        sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)],
    )
    master.save(ICONS / "meldcode-werkplek.icns")
    for path in sorted(ICONS.iterdir()):
        print(f"{path.name}: {path.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
