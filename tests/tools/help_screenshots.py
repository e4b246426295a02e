"""Developer tool: PNG grabs of the handleiding window and the first-use tour.

    python -m tests.tools.help_screenshots OUTDIR [LANGUAGE]
    xvfb-run -a env QT_QPA_PLATFORM=xcb python -m tests.tools.help_screenshots OUTDIR

No vault is needed: the guide holds no case data, and its pictures are fictional.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from tests.tools.screenshots import save
from ui.application import install_translators
from ui.help.tour import FirstUseTour
from ui.help.window import HelpWindow


def main(outdir: Path, language: str = "nl") -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    _translators = install_translators(app, language)
    outdir.mkdir(parents=True, exist_ok=True)
    guide = HelpWindow()
    guide.resize(1000, 700)
    guide.show()
    guide.show_section("melding")
    save(guide, outdir, "handleiding.png")
    guide.search.setText("herstelcode" if language == "nl" else "recovery code")
    save(guide, outdir, "handleiding-zoeken.png")
    guide.close()
    tour = FirstUseTour()
    tour.show()
    save(tour, outdir, "rondleiding.png")
    tour.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]), *sys.argv[2:3])
