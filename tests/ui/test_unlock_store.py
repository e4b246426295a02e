"""The unlock window says which store opens: the vault on this computer, or the practice server
the policy names (which this version cannot open yet, and says so)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from pytestqt.qtbot import QtBot

from app.server_address import ServerPlace, server_place
from app.settings import Settings
from app.vault.location import VaultLocation
from app.vault.vault import Vault
from tests.support import TEST_PASSPHRASE
from tests.ui.conftest import click
from ui.shell import Shell
from ui.unlock_window import UnlockWindow

SERVER = "postgresql://meldcode_programma@server.praktijk.local:5432/meldcode"


def test_the_vault_on_this_computer_is_named_with_its_folder(
    qtbot: QtBot, vault: Vault, make_shell: Callable[..., Shell]
) -> None:
    vault.lock()
    shell = make_shell()
    shell.start()
    window = shell.unlock_window
    assert isinstance(window, UnlockWindow)
    label = window.store_label
    assert label.isVisible()
    assert label.text() == f"Kluis op deze computer: {vault.location.folder}"
    assert label.accessibleName() == "Waar de gegevens staan"
    assert label.accessibleDescription() == label.text()
    assert window.recovery_link.isVisible() and window.restore_link.isVisible()


def test_the_practice_server_of_the_policy_is_named_and_not_faked(
    qtbot: QtBot, location: VaultLocation, make_shell: Callable[..., Shell]
) -> None:
    assert not location.exists()  # no vault here: the server, not the setup wizard
    settings = replace(Settings(), practice_server=SERVER, locked=frozenset({"practice_server"}))
    shell = make_shell(settings=settings)
    shell.start()
    window = shell.unlock_window
    assert isinstance(window, UnlockWindow) and shell.wizard is None
    assert window.store_label.text() == "Praktijkserver: server.praktijk.local, database meldcode"
    assert window.store_label.accessibleName() == "Waar de gegevens staan"
    assert not window.recovery_link.isVisible() and not window.restore_link.isVisible()
    assert not window.user.isEnabled() and window.passphrase.isEnabled()

    window.passphrase.setText(TEST_PASSPHRASE)
    click(qtbot, window.unlock_button)
    assert window.banner.isVisible()
    assert "kan de praktijkserver nog niet openen" in window.banner.text.text()
    assert window.passphrase.text() == ""
    assert shell.vault is None and shell.main_window is None
    assert not location.exists()


def test_a_server_address_is_read_without_the_database_driver() -> None:
    assert server_place(SERVER) == ServerPlace("server.praktijk.local", 5432, "meldcode")
    assert server_place("postgres://[2001:db8::5]/praktijk") == ServerPlace(
        "2001:db8::5", None, "praktijk"
    )
    assert server_place("https://server.praktijk.local/meldcode") is None
    assert server_place("postgresql://server:99999999/meldcode") is None
    assert server_place("postgresql:///meldcode") is None
