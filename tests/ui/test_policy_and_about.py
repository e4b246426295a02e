"""A refused policy is said at start; Help > Over shows the installation and copies it."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app import __version__
from app.crypto.device_secret import NoDeviceSecret
from app.settings import Settings, load_settings, may_create_vault
from tests.ui.conftest import click, new_case, run_setup
from ui.about_dialog import AboutDialog
from ui.keyring_required import KeyringRequiredWindow
from ui.setup_wizard import SetupWizard
from ui.shell import Shell


def test_a_broken_policy_is_said_at_start_and_locks_everything(
    qtbot: QtBot, tmp_path: Path, make_shell: Callable[..., Shell]
) -> None:
    (tmp_path / "policy.json").write_bytes(b'{"locked": {"auto_lock_minutes": 99999}}')
    settings = load_settings()
    shell = make_shell(settings=settings)
    shell.start()
    box = shell.policy_notice
    qtbot.waitUntil(box.isVisible)
    assert isinstance(box, QMessageBox)
    assert "het beleid van uw beheerder is onleesbaar" in box.text().lower()
    assert "neem contact op met uw beheerder" in box.text()
    assert settings.auto_lock_minutes == 1 and settings.is_locked("profession_group")
    box.accept()


def test_no_notice_without_a_policy(qtbot: QtBot, make_shell: Callable[..., Shell]) -> None:
    shell = make_shell(settings=load_settings())
    shell.start()
    assert not hasattr(shell, "policy_notice")


def test_about_shows_the_installation_and_copies_it_without_case_data(
    qtbot: QtBot, tmp_path: Path, make_shell: Callable[..., Shell]
) -> None:
    (tmp_path / "policy.json").write_text(
        json.dumps({"locked": {"auto_lock_minutes": 10, "language": "nl"}}), encoding="utf-8"
    )
    shell = make_shell(settings=load_settings())
    main, _ = run_setup(qtbot, shell)
    new_case(qtbot, main, "Casus Testmarker-Over")
    main.about()
    dialog = main.active_dialog
    assert isinstance(dialog, AboutDialog)
    text = dialog.details.toPlainText()
    assert f"Versie: {__version__}" in text
    assert "Vastgezet door de beheerder: auto_lock_minutes, language" in text
    assert f"Beleid gelezen uit: {tmp_path / 'policy.json'}" in text
    assert "Logmap: " in text and "Gegevensmap: " in text
    assert "Sleutelhanger: tests.support.InMemoryKeyring" in text
    assert "Afwegingskaders: algemeen " in text and "Praktijkserver: geen" in text
    assert "Testmarker" not in text
    click(qtbot, dialog.copy_button)
    assert QApplication.clipboard().text() == text
    dialog.reject()


def test_no_vault_without_a_keyring_when_the_policy_forbids_it(
    qtbot: QtBot, tmp_path: Path, make_shell: Callable[..., Shell]
) -> None:
    (tmp_path / "policy.json").write_text(
        json.dumps({"locked": {"allow_passphrase_only_without_keyring": False}}), encoding="utf-8"
    )
    shell = make_shell(settings=load_settings())
    shell.device_store = NoDeviceSecret()
    shell.start()
    assert shell.wizard is None
    window = shell.window
    assert isinstance(window, KeyringRequiredWindow)
    qtbot.waitUntil(window.isVisible)
    assert "beheerder" in window.message.text() and "sleutelbos" not in window.message.text()
    assert "staat een kluis zonder sleutelbos niet toe" in window.message.details()


def test_a_keyring_or_the_policys_consent_lets_setup_start(
    qtbot: QtBot, tmp_path: Path, make_shell: Callable[..., Shell]
) -> None:
    shell = make_shell(settings=load_settings())  # no policy: passphrase-only is allowed
    shell.device_store = NoDeviceSecret()
    shell.start()
    assert isinstance(shell.window, SetupWizard)
    assert may_create_vault(Settings(allow_passphrase_only_without_keyring=False), True)
    assert not may_create_vault(Settings(allow_passphrase_only_without_keyring=False), False)
