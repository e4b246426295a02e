"""Backup and restore from the menu: a worker with a progress bar, faults at their fields."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.support import plaintext_hits
from tests.ui.conftest import WORKER_TIMEOUT_MS, click, new_case, run_setup, unlock
from ui.backup_dialogs import BackupDialog, RestoreDialog, suggested_backup_path
from ui.shell import Shell

TITLE = "Marieke Verhoeven-Testmarker"  # a title no one should use, but if they did...


def test_backup_then_restore_brings_back_the_vault_as_it_was(
    qtbot: QtBot, make_shell: Callable[..., Shell], tmp_path: Path
) -> None:
    shell = make_shell()
    main, code = run_setup(qtbot, shell)
    new_case(qtbot, main, TITLE)

    main.backup_action.trigger()
    dialog = main.active_dialog
    assert isinstance(dialog, BackupDialog)
    suggested = Path(dialog.destination.text())
    assert suggested.name == suggested_backup_path().name
    assert suggested.name.startswith("meldcode-reservekopie-") and suggested.suffix == ".mwbackup"
    dialog.destination.setText(str(tmp_path / "kopie"))  # the suffix is added
    with qtbot.waitSignal(dialog.done, timeout=WORKER_TIMEOUT_MS) as done:
        click(qtbot, dialog.action_button)
    written = done.args[0]
    assert written == tmp_path / "kopie.mwbackup" and written.stat().st_size > 0
    assert plaintext_hits([TITLE], written) == []
    assert "Reservekopie gemaakt" in main.statusBar().currentMessage()

    new_case(qtbot, main, "Gezin na de reservekopie")
    assert main.case_list.model.rowCount() == 2

    main.restore_action.trigger()  # locks first: the vault's files are replaced
    assert shell.vault is None and shell.unlock_window is not None
    restore = shell.unlock_window.active_dialog
    assert isinstance(restore, RestoreDialog) and restore.isVisible()

    click(qtbot, restore.action_button)
    assert restore.errors.messages() == {
        "source": "Kies de reservekopie die u wilt terugzetten.",
        "recovery_code": "Vul de herstelcode in.",
    }
    restore.source.setText(str(tmp_path / "bestaat-niet.mwbackup"))
    restore.code.setText(code)
    click(qtbot, restore.action_button)
    qtbot.waitUntil(lambda: bool(restore.errors.messages()), timeout=WORKER_TIMEOUT_MS)
    assert "bestaat-niet.mwbackup is er niet" in restore.errors.messages()["source"]

    restore.source.setText(str(written))
    restore.code.setText("00000-00000-00000-00000-00000-00000")
    click(qtbot, restore.action_button)
    qtbot.waitUntil(lambda: bool(restore.errors.messages()), timeout=WORKER_TIMEOUT_MS)
    assert "past niet bij deze kluis" in restore.errors.messages()["recovery_code"]

    qtbot.waitUntil(restore.action_button.isEnabled, timeout=WORKER_TIMEOUT_MS)
    restore.code.setText(code)
    with qtbot.waitSignal(restore.restored, timeout=WORKER_TIMEOUT_MS):
        click(qtbot, restore.action_button)
    assert not restore.isVisible()
    assert "teruggezet" in shell.unlock_window.notice.text()
    assert any(shell.location.replaced_dir.iterdir())  # the replaced vault is kept

    main = unlock(qtbot, shell)
    model = main.case_list.model
    assert [model.index(row, 0).data() for row in range(model.rowCount())] == [TITLE]


def test_a_failing_backup_is_explained_in_the_dialog(
    qtbot: QtBot, make_shell: Callable[..., Shell], tmp_path: Path
) -> None:
    main, _ = run_setup(qtbot, make_shell())
    main.backup_action.trigger()
    dialog = main.active_dialog
    assert isinstance(dialog, BackupDialog)
    blocker = tmp_path / "een-bestand"
    blocker.write_text("geen map", encoding="utf-8")
    dialog.destination.setText(str(blocker / "kopie.mwbackup"))  # a folder that cannot exist
    click(qtbot, dialog.action_button)
    qtbot.waitUntil(lambda: bool(dialog.errors.messages()), timeout=WORKER_TIMEOUT_MS)
    assert dialog.isVisible()
    assert dialog.errors.messages()[""].startswith("Opslaan is niet gelukt")
