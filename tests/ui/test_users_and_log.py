"""Through the real windows: a beheerder adds a praktijkmanager and a colleague; the manager
chooses her own passphrase, opens the log, and cannot open a case (the core refuses, the log
shows the attempt); a vault open in another program is named, and a retry works."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.domain.roles import WorkRole
from app.vault.audit import AuditEvent
from tests.support import TEST_PASSPHRASE
from tests.ui.conftest import (
    WORKER_TIMEOUT_MS,
    Questions,
    choose,
    click,
    new_case,
    run_setup,
    type_into,
    wait_for_case_list,
)
from ui.access_log_dialog import AccessLogDialog
from ui.main_window import MainWindow
from ui.recovery_dialog import NewPassphraseDialog
from ui.shell import Shell
from ui.users_dialog import AddUserDialog, PassphraseDialog, UsersDialog

FIRST = "eerste wachtzin van de beheerder"
OWN = "mila kiest haar eigen wachtzin"
ROOT = Path(__file__).resolve().parents[2]


def add_colleague(qtbot: QtBot, users: UsersDialog, name: str, role: WorkRole) -> None:
    click(qtbot, users.add_button)
    dialog = users.child
    assert isinstance(dialog, AddUserDialog) and dialog.isVisible()
    type_into(qtbot, dialog.name, name)
    choose(dialog.role, role.value)
    type_into(qtbot, dialog.passphrase.passphrase, FIRST)
    type_into(qtbot, dialog.passphrase.repeat, FIRST)
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible(), dialog.errors.messages()


def table_rows(users: UsersDialog) -> list[tuple[str, ...]]:
    table = users.table
    return [tuple(table.item(r, c).text() for c in range(4)) for r in range(table.rowCount())]


def unlock_as(qtbot: QtBot, shell: Shell, name: str, passphrase: str) -> None:
    window = shell.unlock_window
    assert window is not None
    window.user.setCurrentIndex(window.user.findText(name))
    window.passphrase.setText(passphrase)
    click(qtbot, window.unlock_button)


def first_unlock(qtbot: QtBot, shell: Shell, name: str) -> NewPassphraseDialog:
    """Unlock as a colleague with the first passphrase: the program asks their own first."""
    unlock_as(qtbot, shell, name, FIRST)
    qtbot.waitUntil(
        lambda: (
            shell.unlock_window is not None
            and shell.unlock_window.findChild(NewPassphraseDialog) is not None
        ),
        timeout=WORKER_TIMEOUT_MS,
    )
    assert shell.unlock_window is not None
    dialog = shell.unlock_window.findChild(NewPassphraseDialog)
    assert isinstance(dialog, NewPassphraseDialog)
    return dialog


def own_passphrase(qtbot: QtBot, shell: Shell, dialog: NewPassphraseDialog) -> MainWindow:
    """Choose one's own passphrase in `dialog`; the main window that then opens."""
    dialog.input.passphrase.setText(OWN)
    dialog.input.repeat.setText(OWN)
    with qtbot.waitSignal(shell.entered, timeout=WORKER_TIMEOUT_MS) as entered:
        click(qtbot, dialog.action_button)
    window = entered.args[0]
    assert isinstance(window, MainWindow)
    return window


def test_a_beheerder_adds_a_manager_who_reads_the_log_but_no_case(
    qtbot: QtBot, make_shell, questions: Questions
) -> None:
    shell = make_shell()
    main, _ = run_setup(qtbot, shell)
    case_id = new_case(qtbot, main, "Gezin Testmarker")

    main.users_action.trigger()
    users = main.active_dialog
    assert isinstance(users, UsersDialog)
    assert table_rows(users) == [("Anna de Vries", "huisarts", "Hulpverlener, Beheerder", "Actief")]
    assert users.login_button.isHidden()  # a vault's users have no login: the server's alone
    assert users.table.isColumnHidden(UsersDialog.LOGIN_COLUMN)
    add_colleague(qtbot, users, "Mila Manager", WorkRole.PRACTICE_MANAGER)
    add_colleague(qtbot, users, "Bram Jansen", WorkRole.PROFESSIONAL)
    assert table_rows(users)[1:] == [
        ("Mila Manager", "", "Praktijkmanager", "Moet eigen wachtzin kiezen"),
        ("Bram Jansen", "", "Hulpverlener", "Moet eigen wachtzin kiezen"),
    ]
    users.select_user(3)
    questions.answers.append(True)
    click(qtbot, users.deactivate_button)
    assert table_rows(users)[2][3] == "Uitgeschakeld"
    click(qtbot, users.reset_button)
    reset = users.child
    assert isinstance(reset, PassphraseDialog) and reset.isVisible()
    type_into(qtbot, reset.passphrase.passphrase, FIRST)
    type_into(qtbot, reset.passphrase.repeat, FIRST)
    click(qtbot, reset.save_button)
    assert table_rows(users)[2][3] == "Moet eigen wachtzin kiezen"
    users.close()

    shell.lock()
    choose_own = first_unlock(qtbot, shell, "Mila Manager")
    assert shell.main_window is None  # no work before her own passphrase
    texts = [label.text() for label in choose_own.findChildren(QLabel)]
    assert any("eerste wachtzin die een beheerder u gaf" in text for text in texts)
    manager = own_passphrase(qtbot, shell, choose_own)
    wait_for_case_list(qtbot, manager)
    assert manager.vault.user.work_role is WorkRole.PRACTICE_MANAGER
    assert manager.case_list.model.row_of(case_id) is None  # no case listed
    assert not manager.new_case_action.isEnabled()
    assert not manager.case_list.new_case_button.isEnabled()

    manager.access_log_action.trigger()
    log = manager.active_dialog
    assert isinstance(log, AccessLogDialog)
    qtbot.waitUntil(lambda: log.model.rowCount() > 0, timeout=WORKER_TIMEOUT_MS)
    log.case_number.setText(str(case_id))
    with qtbot.waitSignal(log.page_loaded, timeout=WORKER_TIMEOUT_MS):
        click(qtbot, log.apply_button)
    shown = [log.model.data(log.model.index(r, 5)) for r in range(log.model.rowCount())]
    assert shown == ["Geopend", "Aangemaakt"]

    # A double click on a row of the case asks the core to open it: refused, and said why.
    index = log.model.index(0, 0)
    rect = log.table.visualRect(index)
    # Qt sees a double click only after the press of the first click.
    qtbot.mouseClick(log.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(log.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: manager.access_notice is not None, timeout=WORKER_TIMEOUT_MS)
    assert manager.access_notice is not None
    assert "praktijkmanager" in manager.access_notice.text()
    assert manager.case_view.case is None
    manager.access_notice.close()

    with qtbot.waitSignal(log.page_loaded, timeout=WORKER_TIMEOUT_MS):
        click(qtbot, log.apply_button)
    first = [log.model.data(log.model.index(0, c)) for c in range(6)]
    assert first[2:] == ["Mila Manager", "Praktijkmanager", str(case_id), "Toegang geweigerd"]
    detail = log.model.index(0, 7)
    assert log.model.data(detail) == "rol: Praktijkmanager"
    assert log.model.data(detail, Qt.ItemDataRole.ToolTipRole) == "rol: Praktijkmanager"
    denied = [
        e for e in manager.vault.audit.entries(case_id) if e.event == AuditEvent.ACCESS_DENIED
    ]
    assert len(denied) == 1 and denied[0].user_id == 2
    log.close()

    # Locked, the window asks again for the one who worked last, among all by name.
    shell.lock()
    unlock = shell.unlock_window
    assert unlock is not None
    names = [unlock.user.itemText(i) for i in range(unlock.user.count())]
    assert names == ["Anna de Vries", "Bram Jansen", "Mila Manager"]
    assert unlock.user.currentText() == "Mila Manager"


HOLD_OPEN = """
    import sys
    from pathlib import Path
    from app.crypto.device_secret import NoDeviceSecret
    from app.vault.location import VaultLocation
    from app.vault.vault import Vault
    vault = Vault.unlock(VaultLocation(Path(sys.argv[1])), 1, sys.argv[2], NoDeviceSecret())
    print("open", flush=True)
    sys.stdin.readline()
    vault.lock()
    print("locked", flush=True)
"""


def test_a_vault_open_in_another_program_is_named_and_retried(
    qtbot: QtBot, make_shell, location
) -> None:
    from app.crypto.device_secret import NoDeviceSecret
    from app.domain.models import UserDraft
    from app.vault.vault import Vault

    Vault.create(location, UserDraft("Anna de Vries"), TEST_PASSPHRASE, NoDeviceSecret())[0].lock()
    other = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(HOLD_OPEN), str(location.folder), TEST_PASSPHRASE],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert other.stdout is not None and other.stdout.readline().strip() == "open"
        shell = make_shell()
        shell.start()
        window = shell.unlock_window
        assert window is not None
        window.passphrase.setText(TEST_PASSPHRASE)
        click(qtbot, window.unlock_button)
        qtbot.waitUntil(window.banner.isVisible, timeout=WORKER_TIMEOUT_MS)
        text = window.banner.text.text()
        assert "al geopend door Anna de Vries" in text and "sinds" in text
        assert window.banner.action.text() == "Opnieuw proberen"
        assert other.stdin is not None
        other.stdin.write("\n")
        other.stdin.flush()
        assert other.stdout.readline().strip() == "locked"
        with qtbot.waitSignal(shell.entered, timeout=WORKER_TIMEOUT_MS):
            click(qtbot, window.banner.action)
    finally:
        other.communicate(timeout=60)


def test_a_case_is_shared_with_the_aandachtsfunctionaris_from_the_case(
    qtbot: QtBot, make_shell, device_store
) -> None:
    from app.domain.models import UserDraft
    from ui.share_dialog import ShareCaseDialog

    shell = make_shell()
    main, _ = run_setup(qtbot, shell)
    case_id = new_case(qtbot, main, "Gezin Testmarker")
    draft = UserDraft("Sanne Bakker", "", "", WorkRole.DESIGNATED_CONSULTEE.value)
    sanne = main.vault.add_user(draft, FIRST, FIRST, device_store)
    click(qtbot, main.case_view.share_button)
    dialog = main.case_view.active_dialog
    assert isinstance(dialog, ShareCaseDialog)
    assert [box.text() for box in dialog.boxes.values()] == ["Sanne Bakker (Aandachtsfunctionaris)"]
    dialog.boxes[sanne.id].setChecked(True)
    dialog.apply()
    assert not dialog.isVisible()
    assert [u.id for u in main.vault.shared_with(case_id)] == [sanne.id]
    shared = [e for e in main.vault.audit.entries(case_id) if e.event == AuditEvent.CASE_SHARED]
    assert [(e.user_id, e.object_id) for e in shared] == [(1, sanne.id)]


def test_a_colleague_who_may_not_read_the_log_is_told_why_and_cannot_save_it(
    qtbot: QtBot, make_shell, device_store
) -> None:
    from app.domain.models import UserDraft

    shell = make_shell()
    main, _ = run_setup(qtbot, shell)
    draft = UserDraft("Sanne Bakker", "", "", WorkRole.DESIGNATED_CONSULTEE.value)
    main.vault.add_user(draft, FIRST, FIRST, device_store)
    shell.lock()
    sanne = own_passphrase(qtbot, shell, first_unlock(qtbot, shell, "Sanne Bakker"))

    sanne.access_log_action.trigger()
    log = sanne.active_dialog
    assert isinstance(log, AccessLogDialog)
    qtbot.waitUntil(lambda: log.refused, timeout=WORKER_TIMEOUT_MS)
    qtbot.waitUntil(lambda: not log._loading, timeout=WORKER_TIMEOUT_MS)
    assert "alleen de praktijkmanager en een beheerder" in log.form_error.text()
    assert not log.export_panel.isEnabled() and not log.apply_button.isEnabled()
    assert log.model.rowCount() == 0
    log.close()
