"""The window on the practice server, driven as a user would: log in, work, see what a
colleague at another computer records, and keep what was typed while the server was gone."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.domain.enums import ViolenceForm
from app.domain.models import CaseDraft
from app.settings import Settings, data_folder
from tests.entry_values import signal
from tests.server.conftest import PASSPHRASE, Practice, practice  # noqa: F401 - fixture
from tests.ui.conftest import (
    WORKER_TIMEOUT_MS,
    click,
    fill_signal,
    type_into,
    wait_for_case_list,
)
from ui.case_dialog import NewCaseDialog
from ui.main_window import OFFLINE_FOLDER, MainWindow
from ui.shell import Shell
from ui.signal_dialog import SignalDialog
from ui.unlock_window import UnlockWindow

pytestmark = pytest.mark.real_components

MARKER = "Zwanenburg-Quispel zag een blauwe plek"
# The follower notices a server gone or back within its wait and retry (seconds).
NOTICE_MS = 20_000


def _held(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()] if folder.exists() else []


def test_two_computers_and_a_server_that_goes_and_comes_back(
    qtbot: QtBot,
    practice: Practice,  # noqa: F811 - the fixture
    make_shell: Callable[..., Shell],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The administrator hands out the program's password in PostgreSQL's own password file;
    # the policy's address has none.
    monkeypatch.setenv("PGPASSFILE", str(practice.write_passfile(tmp_path / "pgpass")))
    settings = replace(Settings(), practice_server=practice.address)
    shell = make_shell(settings=settings)
    shell.start()
    window = shell.unlock_window
    assert isinstance(window, UnlockWindow)
    qtbot.keyClicks(window.login, "anna")
    qtbot.keyClicks(window.passphrase, PASSPHRASE)
    with qtbot.waitSignal(shell.entered, timeout=WORKER_TIMEOUT_MS) as entered:
        click(qtbot, window.unlock_button)
    main = entered.args[0]
    assert isinstance(main, MainWindow) and main.vault.on_server
    wait_for_case_list(qtbot, main)
    file_menu = main.menuBar().actions()[0].menu()
    assert main.backup_action not in file_menu.actions()  # the server's backups: pg_dump
    main.new_case_action.trigger()
    dialog = main.active_dialog
    assert isinstance(dialog, NewCaseDialog)
    type_into(qtbot, dialog.title, "Gezin Server")
    click(qtbot, dialog.save_button)
    assert dialog.created_case is not None
    case_id = dialog.created_case.id
    # The first case of a session waits for the kaders, read in the worker.
    qtbot.waitUntil(
        lambda: main._case_view is not None and main.case_view.case is not None,
        timeout=WORKER_TIMEOUT_MS,
    )
    assert main.case_view.case.id == case_id

    # A colleague at another computer records a case: it appears here by itself.
    other = practice.session()
    theirs = other.cases.create(CaseDraft("Gezin van de andere computer")).id
    qtbot.waitUntil(lambda: main.case_list.model.row_of(theirs) is not None, timeout=NOTICE_MS)

    # The colleague records a signal of neglect there; the form filter here finds that case
    # alone, from this computer's index of forms, kept encrypted in the data folder.
    other.signals.add(theirs, replace(signal(), form=ViolenceForm.NEGLECT))
    click(qtbot, main.case_list.filters_button)
    forms = main.case_list.filters.form
    forms.setCurrentIndex(forms.findData(ViolenceForm.NEGLECT.value))
    qtbot.waitUntil(
        lambda: main.case_list.model.rowCount() == 1 and main.case_list.model.row_of(theirs) == 0,
        timeout=WORKER_TIMEOUT_MS,
    )
    (index,) = data_folder(settings).glob("vormen-*.db")
    assert ViolenceForm.NEGLECT.value.encode() not in index.read_bytes()
    main.case_list.filters.reset()
    qtbot.waitUntil(lambda: main.case_list.model.row_of(case_id) is not None, timeout=NOTICE_MS)

    # The server goes while a signal is being typed: the save is refused in Dutch, what was
    # typed stays in the form and is kept, sealed, on this computer.
    practice.server.stop(mode="immediate")
    qtbot.waitUntil(main.server_state.isVisible, timeout=NOTICE_MS)
    click(qtbot, main.case_view.add_signal_button)
    dialog = main.case_view.active_dialog
    assert isinstance(dialog, SignalDialog)
    fill_signal(qtbot, dialog, MARKER)
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert "praktijkserver is nu niet bereikbaar" in dialog.errors.messages()[""]
    assert dialog.facts.toPlainText() == MARKER
    held = _held(data_folder(settings) / OFFLINE_FOLDER)
    assert len(held) == 1
    assert MARKER.encode() not in held[0].read_bytes()

    # Back: the status line says so, the kept input goes to the server as a draft, and a
    # second click saves the signal for real.
    practice.server.restart()
    qtbot.waitUntil(lambda: not main.server_state.isVisible(), timeout=NOTICE_MS)
    qtbot.waitUntil(lambda: not _held(data_folder(settings) / OFFLINE_FOLDER), timeout=NOTICE_MS)
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible(), dialog.errors.messages()
    colleague = practice.session()
    assert [s.current.facts for s in colleague.signals.for_case(case_id)] == [MARKER]
    colleague.lock()
    other.lock()
