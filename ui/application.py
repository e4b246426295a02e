"""Starting the desktop program: Qt, the log, the language, the crash path, the first window."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, QThreadPool, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app import __version__
from app.crypto.device_secret import DeviceSecretStore
from app.logs import configure, get_logger
from app.paths import app_dirs, resources_dir
from app.settings import data_folder, load_settings
from app.vault.location import main_location
from ui.collector import MainThreadCollector
from ui.crash import install_crash_hook
from ui.shell import Shell
from ui.widgets.tones import Appearance

APP_NAME = "Meldcode Werkplek"
log = get_logger("gui")


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Our catalogue when English is chosen; Qt's own for its standard buttons and dialogs.

    Dutch is the source language of our texts, so Dutch needs only Qt's catalogue. The
    translators are returned so the caller keeps them alive.
    """
    installed = []
    qt_catalogue = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_catalogue.load(f"qtbase_{language}", qt_folder):
        app.installTranslator(qt_catalogue)
        installed.append(qt_catalogue)
    if language != "nl":
        ours = QTranslator(app)
        if ours.load(f"meldcode_{language}", str(resources_dir() / "translations")):
            app.installTranslator(ours)
            installed.append(ours)
        else:
            log.warning("translation missing language=%s", language)
    english = language == "en"
    QLocale.setDefault(QLocale(QLocale.Language.English if english else QLocale.Language.Dutch))
    return installed


@dataclass
class Started:
    """The program up to its first window; the translators and the appearance are kept here
    so they live as long as the program."""

    app: QApplication
    shell: Shell
    keep: list[QObject]


def start_gui(argv: Sequence[str], *, device_store: DeviceSecretStore | None = None) -> Started:
    """Everything before the event loop: the same path for the program and for the bench,
    which times the first window from here (`bench/window.py unlock`)."""
    app = QApplication([sys.argv[0] if sys.argv else APP_NAME, *argv])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "meldcode-werkplek-256.png")))
    dirs = app_dirs().ensure()
    configure(dirs.logs)
    settings = load_settings(dirs.config)
    translators = install_translators(app, settings.language)
    appearance = Appearance(app)  # parented to the app; follows light and dark
    collector = MainThreadCollector(app)
    install_crash_hook()
    log.info(
        "start version=%s language=%s translators=%d policy=%s",
        __version__,
        settings.language,
        len(translators),
        "refused" if settings.policy_fault else (settings.policy_source or "none"),
    )
    data_dir = data_folder(settings)
    shell = Shell(
        settings,
        main_location(data_dir),
        device_store=device_store,
        config_dir=dirs.config,
        data_dir=data_dir,
    )
    app.aboutToQuit.connect(shell.shutdown)
    shell.start()
    return Started(app, shell, [*translators, appearance, collector])


def run_gui(argv: Sequence[str]) -> int:
    started = start_gui(argv)
    code = started.app.exec()
    started.shell.shutdown()
    # A job still running (a backup at closing time) finishes before Python tears down.
    QThreadPool.globalInstance().waitForDone()
    return code
