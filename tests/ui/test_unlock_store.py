"""The unlock window says which store opens: the vault on this computer, or the practice server
the policy names, where the user logs in with their login."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from pytestqt.qtbot import QtBot

from app.server_address import ServerPlace, server_place
from app.settings import Settings
from app.vault.location import VaultLocation
from app.vault.vault import Vault
from tests.postgres_server import free_port
from tests.support import TEST_PASSPHRASE
from tests.ui.conftest import WORKER_TIMEOUT_MS, click
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


def test_the_practice_server_of_the_policy_is_named_and_asks_for_a_login(
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
    # The users are on the server: the user types their login instead of choosing a name.
    assert not window.user.isVisible() and window.login.isVisible()

    window.passphrase.setText(TEST_PASSPHRASE)
    click(qtbot, window.unlock_button)
    assert window.errors.messages() == {"login": "Vul uw inlognaam in."}
    assert shell.vault is None and shell.main_window is None


def test_a_server_that_cannot_be_reached_is_said_in_dutch(
    qtbot: QtBot, location: VaultLocation, make_shell: Callable[..., Shell]
) -> None:
    nobody = f"postgresql://programma@127.0.0.1:{free_port()}/meldcode"
    shell = make_shell(settings=replace(Settings(), practice_server=nobody))
    shell.start()
    window = shell.unlock_window
    assert isinstance(window, UnlockWindow)
    qtbot.keyClicks(window.login, "anna")
    qtbot.keyClicks(window.passphrase, TEST_PASSPHRASE)
    click(qtbot, window.unlock_button)
    qtbot.waitUntil(window.banner.isVisible, timeout=WORKER_TIMEOUT_MS)
    assert "De praktijkserver is niet bereikbaar" in window.banner.text.text()
    assert window.login.text() == "anna" and window.unlock_button.isEnabled()
    assert shell.vault is None and not location.exists()


def test_a_server_address_is_read_without_the_database_driver() -> None:
    assert server_place(SERVER) == ServerPlace("server.praktijk.local", 5432, "meldcode")
    assert server_place("postgres://[2001:db8::5]/praktijk") == ServerPlace(
        "2001:db8::5", None, "praktijk"
    )
    assert server_place("https://server.praktijk.local/meldcode") is None
    assert server_place("postgresql://server:99999999/meldcode") is None
    assert server_place("postgresql:///meldcode") is None
