"""A user's first day: set up, a case with people and signals, lock, unlock, all still there."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.domain.enums import Step
from app.vault.holders import slot_holders
from tests.support import TEST_PASSPHRASE
from tests.ui.conftest import (
    add_person,
    add_signal,
    go_to,
    new_case,
    press_at_window,
    read_to_the_end,
    run_setup,
    unlock,
    wait_for_case,
)
from ui.case_dialog import NewCaseDialog
from ui.shell import Shell
from ui.unlock_window import UnlockWindow


def test_first_run_case_signals_lock_unlock_keeps_everything(
    qtbot: QtBot, make_shell: Callable[..., Shell]
) -> None:
    shell = make_shell()
    main, code = run_setup(qtbot, shell)
    assert re.fullmatch(r"([0-9A-Z]{5}-){5}[0-9A-Z]{5}", code)
    assert [h.display_name for h in slot_holders(shell.location)] == ["Anna de Vries"]
    assert shell.wizard is None and main.isVisible()
    assert "Anna de Vries" in main.user_label.text()

    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    qtbot.keyClick(main, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(main.active_dialog, NewCaseDialog)
    main.active_dialog.reject()

    case_id = new_case(qtbot, main, "Gezin A")
    assert main.case_view.case is not None and main.case_view.case.id == case_id
    assert main.case_view.title.text() == "Gezin A"
    add_person(qtbot, main, "Sanne Bakker", "child", bsn="111222333")
    yesterday = date.today() - timedelta(days=1)
    add_signal(qtbot, main, "Blauwe plek op de linkerarm.", observed_on=yesterday)
    add_signal(
        qtbot,
        main,
        "Kind zegt dat het thuis niet mag eten.",
        observed_time="00:00",
        source="told_by_child",
        interpretation="Mogelijk verwaarlozing.",
    )
    facts_in_order = [card.view.facts.text() for card in main.case_view.timeline.cards]
    assert facts_in_order == [
        "Kind zegt dat het thuis niet mag eten.",
        "Blauwe plek op de linkerarm.",
    ]
    model = main.case_list.model
    qtbot.waitUntil(lambda: model.index(0, 1).data() == "2 · Consultatie")
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == "Gezin A"

    vault = shell.vault
    assert vault is not None
    with qtbot.waitSignal(shell.locked):
        press_at_window(main, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not vault.is_open
    assert isinstance(shell.unlock_window, UnlockWindow) and shell.unlock_window.isVisible()

    main = unlock(qtbot, shell, TEST_PASSPHRASE)
    main.case_list.select(case_id)
    wait_for_case(qtbot, main, case_id)
    view = main.case_view
    assert view.title.text() == "Gezin A"
    assert [p.name for p in view.persons.persons] == ["Sanne Bakker"]
    assert view.persons.item(0, 3).text() == "••••••333"
    go_to(qtbot, main, Step.SIGNALS)
    read_to_the_end(qtbot, view.timeline)
    cards = view.timeline.cards
    assert [c.view.facts.text() for c in cards] == facts_in_order
    assert cards[0].view.interpretation is not None
    assert cards[0].view.interpretation.text() == "Mogelijk verwaarlozing."
    assert cards[1].view.interpretation is None
