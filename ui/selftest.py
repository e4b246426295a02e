"""The window half of `--self-test`: proves that Qt, its platform plugin and our catalogue load.

Run after the headless core check (app.selftest). It opens the first-run window on a
throw-away data folder, waits until it is on screen, grabs it, and checks that the English
catalogue is bundled. In the frozen program this is what finds a missing Qt plugin or resource.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QTranslator
from PySide6.QtWidgets import QApplication

from app.paths import resources_dir
from app.settings import Settings
from app.vault.location import main_location
from ui.application import APP_NAME
from ui.shell import Shell

WINDOW_TIMEOUT_MS = 15_000


def run_gui_self_test(say: Callable[[str], None] = print) -> bool:
    app = QApplication.instance() or QApplication([APP_NAME])
    catalogue = QTranslator()
    if not catalogue.load("meldcode_en", str(resources_dir() / "translations")):
        say("FOUT: de Engelse vertaling (meldcode_en.qm) ontbreekt")
        return False
    folder = Path(tempfile.mkdtemp(prefix="meldcode-selftest-gui-"))
    shell = Shell(Settings(), main_location(folder / "data"), config_dir=folder / "config")
    try:
        started = time.perf_counter()
        shell.start()
        deadline = QDeadlineTimer(WINDOW_TIMEOUT_MS)
        while not (shell.window is not None and shell.window.isVisible()):
            if deadline.hasExpired():
                say("FOUT: het venster verscheen niet")
                return False
            QCoreApplication.processEvents()
        QCoreApplication.processEvents()
        picture = shell.window.grab()
        if picture.isNull() or picture.width() < 200:
            say("FOUT: het venster kon niet worden getekend")
            return False
        elapsed = (time.perf_counter() - started) * 1000
        say(
            f"venster: '{shell.window.windowTitle()}' getoond in {elapsed:.0f} ms "
            f"({app.platformName()}, {picture.width()}x{picture.height()})"
        )
        return True
    finally:
        shell.shutdown()
        if shell.window is not None:
            shell.window.close()
        QCoreApplication.processEvents()
        shutil.rmtree(folder, ignore_errors=True)
