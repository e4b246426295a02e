"""Auto-lock: after the idle time the views are emptied, the connection closed, the unlock
window shown; any input restarts the clock."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QWindow
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.conftest import (
    Questions,
    add_person,
    add_signal,
    click,
    new_case,
    press_at_window,
    run_setup,
    type_into,
    visible_texts,
)
from ui.help.keys import HelpKeys
from ui.help.window import HelpWindow
from ui.idle import IdleWatcher
from ui.shell import Shell
from ui.signal_dialog import SignalDialog

IDLE_MS = 400
TITLE = "Gezin Auto-lock"
NAME = "Marieke Verhoeven-Testmarker"
FACTS = "Zichtbare brandwond op de hand"
DRAFT = "Nog niet opgeslagen waarneming"


def test_idle_time_locks_clears_the_views_and_closes_the_vault(
    qtbot: QtBot, make_shell: Callable[..., Shell], questions: Questions
) -> None:
    shell = make_shell(idle_ms=60 * 60 * 1000)
    main, _ = run_setup(qtbot, shell)
    new_case(qtbot, main, TITLE)
    add_person(qtbot, main, NAME, "child")
    add_signal(qtbot, main, FACTS)
    click(qtbot, main.case_view.add_signal_button)
    dialog = main.case_view.active_dialog
    assert isinstance(dialog, SignalDialog)
    type_into(qtbot, dialog.facts, DRAFT)
    shown = " ".join(visible_texts())
    assert all(text in shown for text in (TITLE, NAME, FACTS, DRAFT))

    vault = shell.vault
    assert vault is not None and vault.is_open
    case_list, case_view = main.case_list, main.case_view
    shell.idle.set_interval(IDLE_MS)
    with qtbot.waitSignal(shell.locked, timeout=10 * IDLE_MS):
        pass

    assert not vault.is_open
    assert shell.vault is None and shell.main_window is None
    assert shell.unlock_window is not None and shell.unlock_window.isVisible()
    assert "vergrendeld" in shell.unlock_window.notice.text()
    assert not main.isVisible() and not dialog.isVisible()
    assert questions.asked == []  # locking never waits for an answer
    assert case_list.model.rowCount() == 0
    assert case_view.case is None and case_view.title.text() == ""
    assert case_view.persons.rowCount() == 0 and case_view.timeline.cards == []
    assert case_view.snapshot is None and main.today.model.rowCount() == 0
    assert all(not page.header.state.text() for page in case_view.pages.values())
    shown = " ".join(visible_texts())
    assert not any(text in shown for text in (TITLE, NAME, FACTS, DRAFT))


def test_input_at_any_window_restarts_the_idle_clock(
    qtbot: QtBot, make_shell: Callable[..., Shell]
) -> None:
    """Keys, a key that fires a shortcut, and the mouse, sent the way the platform sends them
    (to the window first), in the main window, in the handleiding and in a dialog opened
    later."""
    shell = make_shell(idle_ms=60_000)
    main, _ = run_setup(qtbot, shell)

    def restarted_by(act: Callable[[], object]) -> bool:
        qtbot.waitUntil(lambda: shell.idle.remaining_ms() < 59_800, timeout=3_000)
        act()
        return shell.idle.remaining_ms() > 59_800

    assert restarted_by(lambda: press_at_window(main.case_list.search, Qt.Key.Key_A))
    assert main.case_list.search.text() == "a"
    # Ctrl+T is the menu's (Vandaag): the window sees only that the shortcut may fire.
    main.case_list.search.clear()
    assert restarted_by(
        lambda: press_at_window(
            main.case_list.search, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier
        )
    )
    assert main.case_list.search.text() == "" and main.today.isVisible()
    window = main.windowHandle()
    assert restarted_by(lambda: QTest.mouseMove(window, QPoint(30, 30)))
    assert restarted_by(lambda: QTest.mouseMove(window, QPoint(60, 40)))
    # A window that comes later, not modal: the handleiding, opened with F1.
    press_at_window(main.case_list.search, Qt.Key.Key_F1)
    guide = next(w for w in QApplication.topLevelWidgets() if isinstance(w, HelpWindow))
    qtbot.waitUntil(guide.isActiveWindow)
    assert restarted_by(lambda: press_at_window(guide.search, Qt.Key.Key_K))
    assert guide.search.text() == "k"
    guide.close()
    # A window that did not exist when the watch began.
    new_case(qtbot, main, TITLE)
    click(qtbot, main.case_view.add_signal_button)
    dialog = main.case_view.active_dialog
    assert isinstance(dialog, SignalDialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    assert restarted_by(lambda: press_at_window(dialog.facts, Qt.Key.Key_B))
    assert dialog.facts.toPlainText() == "b"
    dialog.facts.clear()
    dialog.reject()
    assert shell.vault is not None


def test_the_input_watch_meets_no_widget_events(qtbot: QtBot) -> None:
    """The idle clock and F1 watch the windows, not the application: hiding a case's five
    hundred cards (some 6,000 widgets, an event each) passed every event through both, at
    about a microsecond an event each."""
    seen: list[object] = []

    class CountingIdle(IdleWatcher):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            seen.append(watched)
            return super().eventFilter(watched, event)

    class CountingHelp(HelpKeys):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            seen.append(watched)
            return super().eventFilter(watched, event)

    window = QWidget()
    qtbot.addWidget(window)
    line = QLineEdit(window)
    holder = QWidget(window)
    labels = [QLabel(str(n), holder) for n in range(200)]
    window.show()
    qtbot.waitExposed(window)
    idle = CountingIdle(60_000, window)
    idle.start()
    CountingHelp(window)
    seen.clear()
    holder.hide()
    assert not any(label.isVisible() for label in labels)
    press_at_window(line, Qt.Key.Key_A)
    idle.stop()
    assert line.text() == "a" and window.windowHandle() in seen
    assert all(isinstance(watched, QWindow) for watched in seen)


def test_ctrl_l_locks_from_inside_a_dialog(qtbot: QtBot, make_shell: Callable[..., Shell]) -> None:
    shell = make_shell()
    main, _ = run_setup(qtbot, shell)
    new_case(qtbot, main, TITLE)
    click(qtbot, main.case_view.add_signal_button)
    dialog = main.case_view.active_dialog
    assert isinstance(dialog, SignalDialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    with qtbot.waitSignal(shell.locked):
        press_at_window(dialog.facts, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert shell.vault is None
    assert not any(
        isinstance(w, SignalDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
    )
