"""The crash path: logged and shown without case data; never installed by the tests."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from ui import crash
from ui.crash_dialog import CrashDialog

SECRET = "Marieke Verhoeven-Testmarker"


def test_the_hook_is_not_installed_in_tests() -> None:
    assert sys.excepthook is not crash.handle_exception


def test_an_unexpected_error_is_logged_and_shown_without_its_message(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    shown: list[CrashDialog] = []
    monkeypatch.setattr(CrashDialog, "exec", lambda self: shown.append(self) or 0)
    try:
        raise ValueError(SECRET)
    except ValueError as exc:
        with caplog.at_level(logging.ERROR, logger="meldcode"):
            crash.handle_exception(type(exc), exc, exc.__traceback__)
    assert len(shown) == 1
    report = shown[0].report_view.toPlainText()
    assert "builtins.ValueError" in report
    assert "test_crash_path.py" in report
    assert SECRET not in report
    assert SECRET not in caplog.text and "builtins.ValueError" in caplog.text
    qtbot.addWidget(shown[0])

    shown[0].copy_button.click()
    assert QGuiApplication.clipboard().text() == report


def test_an_expected_error_that_reaches_the_hook_is_explained_not_reported(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from app.errors import DiskFull

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    monkeypatch.setattr(CrashDialog, "exec", lambda self: pytest.fail("no crash report"))
    error = DiskFull()
    crash.handle_exception(DiskFull, error, None)
    assert warnings == [error.message.text]
