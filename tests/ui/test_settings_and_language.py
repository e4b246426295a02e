"""Settings: the user's choices are saved and used; what the administrator locked is shown
disabled. Language: the English catalogue reaches the windows."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.crypto.device_secret import DeviceSecretStore
from app.errors import WrongPassphrase
from app.paths import app_dirs, resources_dir
from app.settings import load_settings
from app.vault.location import VaultLocation
from tests.ui.conftest import Questions, click, run_setup
from ui.settings_dialog import SettingsDialog
from ui.shell import Shell
from ui.text import error_text
from ui.unlock_window import UnlockWindow


def test_settings_are_saved_and_the_idle_time_follows(
    qtbot: QtBot, location: VaultLocation, device_store: DeviceSecretStore
) -> None:
    shell = Shell(load_settings(), location, device_store=device_store)
    try:
        run_setup(qtbot, shell)
        assert shell.idle.interval_ms == 5 * 60_000
        assert shell.main_window is not None
        shell.main_window.settings_action.trigger()
        dialog = shell.main_window.active_dialog
        assert isinstance(dialog, SettingsDialog)
        dialog.auto_lock.setCurrentIndex(dialog.auto_lock.findData(2))
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        dialog.accept()
        assert shell.idle.interval_ms == 2 * 60_000
        saved = load_settings()
        assert (saved.auto_lock_minutes, saved.language) == (2, "en")
    finally:
        shell.shutdown()
        if shell.window is not None:
            shell.window.close()


def test_keys_locked_by_the_administrator_are_shown_disabled(qtbot: QtBot, tmp_path: Path) -> None:
    (tmp_path / "policy.json").write_text(
        json.dumps({"locked": {"auto_lock_minutes": 10}}), encoding="utf-8"
    )
    settings = load_settings()
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    field = dialog.fields["auto_lock_minutes"]
    assert not dialog.auto_lock.isEnabled()
    assert dialog.auto_lock.currentData() == 10
    assert field.hint.text() == "vastgezet door de beheerder"
    assert dialog.language.isEnabled()
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.chosen().auto_lock_minutes == 10 and dialog.chosen().language == "en"
    assert app_dirs().config.joinpath("settings.json").exists() is False


def test_cancel_asks_before_dropping_changed_settings(qtbot: QtBot, questions: Questions) -> None:
    dialog = SettingsDialog(load_settings())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reject()  # nothing changed: closes without a question
    assert questions.asked == [] and not dialog.isVisible()

    dialog.show()
    dialog.stuck_after.setValue(dialog.stuck_after.value() + 7)
    dialog.reject()  # the user answers "back to the settings"
    assert len(questions.asked) == 1 and "niet zijn opgeslagen" in questions.asked[0]
    assert dialog.isVisible() and dialog.stuck_after.value() == load_settings().stuck_after_days + 7
    questions.answers.append(True)
    dialog.reject()
    assert not dialog.isVisible()
    assert load_settings().stuck_after_days != dialog.stuck_after.value()


@pytest.fixture
def english() -> Iterator[None]:
    translator = QTranslator()
    assert translator.load("meldcode_en", str(resources_dir() / "translations"))
    app = QApplication.instance()
    assert app is not None
    app.installTranslator(translator)
    yield
    app.removeTranslator(translator)


def test_the_english_catalogue_reaches_windows_and_core_messages(
    qtbot: QtBot, english: None, make_shell: Callable[..., Shell], vault: object
) -> None:
    window = UnlockWindow(VaultLocation(Path(str(vault.location.folder))), DeviceSecretStore())  # type: ignore[attr-defined]
    qtbot.addWidget(window)
    assert window.unlock_button.text() == "Unlock"
    assert error_text(WrongPassphrase(4)) == (
        "The passphrase is not correct. You can try again in 4 seconds."
    )
    assert QCoreApplication.translate("labels", "Verwaarlozing") == "Neglect"
    click(qtbot, window.unlock_button)
    assert window.passphrase_field.error_text() == "Enter your passphrase."
