"""The crash path: an unexpected error is logged without case data and shown as a report.

`run_gui` installs the hook; tests never do, so there an unexpected error fails the test.
The report (see `app.crash`) names types and places only, so it may go to the clipboard.
An expected error (`MeldcodeError`) that reaches the hook is no crash: its Dutch explanation
is shown instead.
"""

from __future__ import annotations

import sys
import threading
from types import TracebackType

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication

from app.crash import crash_report
from app.errors import MeldcodeError
from app.logs import get_logger
from ui.text import error_text

log = get_logger("crash")


def handle_exception(
    exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None
) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc or exc_type(), tb)
        return
    if isinstance(exc, MeldcodeError):
        log.warning("error shown: %s", exc_type.__name__)
        if _on_main_thread():
            from PySide6.QtWidgets import QMessageBox

            window = QApplication.activeWindow()
            QMessageBox.warning(window, QApplication.applicationDisplayName(), error_text(exc))
        return
    report = crash_report(exc_type, exc, tb)
    log.error("unexpected error\n%s", report)
    if _on_main_thread():
        # The dialog's module is read now: the hook is installed before the first window,
        # the dialog's widgets are not needed until something goes wrong.
        from ui.crash_dialog import CrashDialog

        dialog = CrashDialog(report, QApplication.activeWindow())
        dialog.exec()


def _on_main_thread() -> bool:
    app = QApplication.instance()
    return app is not None and QThread.currentThread() is app.thread()


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    # A plain Python thread has no window to show; the log keeps its report.
    log.error(
        "unexpected error in a thread\n%s",
        crash_report(args.exc_type, args.exc_value, args.exc_traceback),
    )


def install_crash_hook() -> None:
    sys.excepthook = handle_exception
    threading.excepthook = _thread_hook


def report_crash(exc: BaseException) -> None:
    """Send an exception caught elsewhere (a worker's) down the same path as an uncaught one."""
    sys.excepthook(type(exc), exc, exc.__traceback__)
