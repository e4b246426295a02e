"""Praktijk > Gebruikers on the practice server: a colleague brought over from a vault by
`server import-vault` has no login yet, and a beheerder gives one with a first passphrase."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from app.crypto.device_secret import DeviceSecretStore
from app.server.database import ServerDatabase as StoreConnection
from app.server.practice import PracticeServer
from app.vault.location import VaultLocation
from tests.server.conftest import (  # noqa: F401 - fixtures of the real PostgreSQL
    ServerDatabase,
    postgres_server,
    postgres_url,
    program_password,
    server_db,
)
from tests.server.test_import_vault import (
    ADMIN_LOGIN,
    COLLEAGUE,
    do_import,
    fill_vault,
    start_server,
    unlock,
)
from tests.ui.conftest import click, type_into
from ui.users_dialog import LoginDialog, PassphraseDialog, UsersDialog

pytestmark = pytest.mark.real_components

FIRST = "een eerste wachtzin voor Bram"


def _status(users: UsersDialog, name: str) -> str:
    table = users.table
    (row,) = [r for r in range(table.rowCount()) if table.item(r, 0).text() == name]
    return table.item(row, 3).text()


def _texts(widget: QWidget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel)]


def test_a_colleague_from_a_vault_gets_a_login_in_the_users_window(
    qtbot: QtBot,
    location: VaultLocation,
    device_store: DeviceSecretStore,
    server_db: ServerDatabase,  # noqa: F811 - the fixture
) -> None:
    filled = fill_vault(location, device_store)
    start_server(server_db)
    result, _ = do_import(server_db.program_url, filled)
    (bram_id,) = [u.server_user_id for u in result.users if u.created]
    server = unlock(server_db.program_url)
    try:
        users = UsersDialog(server, device_store)
        qtbot.addWidget(users)
        users.show()
        assert _status(users, COLLEAGUE) == "Nog geen inlognaam"
        # On the server one logs in: the window speaks of no vault.
        assert not [t for t in _texts(users) if "kluis" in t]
        assert any("aanmelden" in t for t in _texts(users))
        assert _status(users, "Anna de Vries") == "Actief"
        users.select_user(server.user.id)
        assert users.login_button.isVisible() and not users.login_button.isEnabled()
        users.select_user(bram_id)
        # A first passphrase alone opens nothing without a login: that button waits.
        assert users.login_button.isEnabled() and not users.reset_button.isEnabled()

        click(qtbot, users.login_button)
        dialog = users.child
        assert isinstance(dialog, LoginDialog) and dialog.isVisible()
        assert COLLEAGUE in dialog.intro.text()
        # A login in use is refused at its field, and nothing is given.
        type_into(qtbot, dialog.login, ADMIN_LOGIN)
        type_into(qtbot, dialog.passphrase.passphrase, FIRST)
        type_into(qtbot, dialog.passphrase.repeat, FIRST)
        click(qtbot, dialog.save_button)
        assert dialog.isVisible()
        assert "al in gebruik" in dialog.fields["login"].error.text()
        assert server.login_of(bram_id) == ""
        dialog.login.clear()
        type_into(qtbot, dialog.login, "bram")
        click(qtbot, dialog.save_button)
        qtbot.waitUntil(lambda: not dialog.isVisible())
        assert server.login_of(bram_id) == "bram"
        (row,) = [r for r in range(users.table.rowCount()) if users.users[r].id == bram_id]
        assert users.table.item(row, UsersDialog.LOGIN_COLUMN).text() == "bram"
        assert not users.table.isColumnHidden(UsersDialog.LOGIN_COLUMN)
        assert _status(users, COLLEAGUE) == "Moet eigen wachtzin kiezen"
        assert "bram" in users.message.text()
        users.select_user(bram_id)
        assert not users.login_button.isEnabled() and users.reset_button.isEnabled()
        click(qtbot, users.reset_button)
        assert isinstance(users.child, PassphraseDialog)
        assert not [t for t in _texts(users.child) if "kluis" in t]
        users.child.reject()
    finally:
        server.lock()
    # Bram opens the server with his login and the first passphrase.
    bram = PracticeServer.unlock(StoreConnection.connect(server_db.program_url), "bram", FIRST)
    assert bram.user.id == bram_id and bram.user.must_change_passphrase
    bram.lock()
