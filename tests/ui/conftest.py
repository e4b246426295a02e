"""Fixtures for the window tests: a shell on this test's own vault folder, and helpers that
drive the windows the way a user does (type, click, wait for the worker)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from app.crypto.device_secret import DeviceSecretStore
from app.domain.enums import Step
from app.framework.library import GENERAL_GROUP_ID
from app.settings import Settings
from app.vault.location import VaultLocation
from tests.export.conftest import system_temp  # noqa: F401 - a fixture for the window tests
from tests.support import TEST_PASSPHRASE
from ui.case_dialog import NewCaseDialog
from ui.collector import MainThreadCollector
from ui.edit_dialog import EditDialog
from ui.main_window import MainWindow
from ui.person_dialog import PersonDialog
from ui.setup_wizard import SetupWizard
from ui.shell import Shell
from ui.signal_dialog import SignalDialog
from ui.steps.entry_cards import EntryAction, EntryList
from ui.steps.pages import StepPage
from ui.widgets import ask
from ui.widgets.card_column import CardColumn
from ui.widgets.dates import DateField

HOUR_MS = 3_600_000
D = TypeVar("D", bound=QDialog)
WORKER_TIMEOUT_MS = 15_000


@pytest.fixture(scope="package", autouse=True)
def collect_on_the_main_thread(qapp: QApplication) -> Iterator[None]:
    """As in the program (ui/application.py): workers never run the cyclic collector."""
    collector = MainThreadCollector()
    yield
    collector.stop()


@pytest.fixture(autouse=True)
def no_leftover_workers() -> Iterator[None]:
    yield
    QThreadPool.globalInstance().waitForDone(WORKER_TIMEOUT_MS)


class Questions:
    """Stands in for the user at yes/no questions: records them, answers from `answers`."""

    def __init__(self) -> None:
        self.asked: list[str] = []
        self.answers: list[bool] = []

    def __call__(self, parent: QWidget | None, title: str, question: str, *_: str) -> bool:
        self.asked.append(question)
        return self.answers.pop(0) if self.answers else False


@pytest.fixture
def export_folder(tmp_path: Path) -> Path:
    """Where the user saves exports in these tests: outside the (patched) system temp folder."""
    folder = tmp_path / "documenten"
    folder.mkdir()
    return folder


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> Questions:
    questions = Questions()
    monkeypatch.setattr(ask, "ask", questions)
    return questions


@pytest.fixture
def make_shell(
    qtbot: QtBot, location: VaultLocation, device_store: DeviceSecretStore
) -> Iterator[Callable[..., Shell]]:
    shells: list[Shell] = []

    def make(idle_ms: int = HOUR_MS, settings: Settings | None = None) -> Shell:
        shell = Shell(settings or Settings(), location, device_store=device_store, idle_ms=idle_ms)
        shells.append(shell)
        return shell

    yield make
    for shell in shells:
        shell.shutdown()
        if shell.window is not None:
            shell.window.close()
            shell.window.deleteLater()


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def press_at_window(
    widget: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """A key pressed in `widget` as the platform delivers it: to its window first (shortcuts,
    then the window's focus widget). qtbot's keys go to the widget itself, past the window,
    where the program watches the user's input (`ui.window_input`)."""
    widget.setFocus()
    window = widget.window().windowHandle()
    assert window is not None
    QTest.keyClick(window, key, modifier)


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    if isinstance(widget, DateField):
        widget = widget.line
    qtbot.keyClicks(widget, text)


def run_setup(
    qtbot: QtBot,
    shell: Shell,
    name: str = "Anna de Vries",
    passphrase: str = TEST_PASSPHRASE,
) -> tuple[MainWindow, str]:
    """Walk through the first-run wizard; returns the main window and the recovery code shown."""
    shell.start()
    wizard = shell.wizard
    assert isinstance(wizard, SetupWizard)
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    type_into(qtbot, wizard.user_page.display_name, name)
    type_into(qtbot, wizard.user_page.role, "huisarts")
    type_into(qtbot, wizard.user_page.phone, "020 123 4567")
    if not wizard.user_page.group_id():
        choose(wizard.user_page.group, GENERAL_GROUP_ID)
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    assert wizard.currentId() == SetupWizard.PASSPHRASE_PAGE
    type_into(qtbot, wizard.passphrase_page.input.passphrase, passphrase)
    type_into(qtbot, wizard.passphrase_page.input.repeat, passphrase)
    click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
    qtbot.waitUntil(
        lambda: wizard.currentId() == SetupWizard.RECOVERY_PAGE, timeout=WORKER_TIMEOUT_MS
    )
    code = wizard.recovery_page.code
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    wizard.recovery_page.noted.setChecked(True)
    with qtbot.waitSignal(shell.entered) as entered:
        click(qtbot, finish)
    main = entered.args[0]
    assert isinstance(main, MainWindow)
    # The first-use tour comes up once after setup; this user skips it.
    tour = shell.tour
    assert tour is not None and tour.isVisible()
    click(qtbot, tour.skip_button)
    assert shell.tour is None
    wait_for_case_list(qtbot, main)
    return main, code


def wait_for_case_list(qtbot: QtBot, main: MainWindow) -> None:
    """The case list's first search (in the worker) is back."""
    qtbot.waitUntil(lambda: bool(main.case_list.count.text()), timeout=WORKER_TIMEOUT_MS)


def unlock(qtbot: QtBot, shell: Shell, passphrase: str = TEST_PASSPHRASE) -> MainWindow:
    window = shell.unlock_window
    assert window is not None
    window.passphrase.setText(passphrase)
    with qtbot.waitSignal(shell.entered, timeout=WORKER_TIMEOUT_MS) as entered:
        click(qtbot, window.unlock_button)
    main = entered.args[0]
    assert isinstance(main, MainWindow)
    wait_for_case_list(qtbot, main)
    return main


def new_case(qtbot: QtBot, main: MainWindow, title: str) -> int:
    main.new_case_action.trigger()
    dialog = main.active_dialog
    assert isinstance(dialog, NewCaseDialog)
    type_into(qtbot, dialog.title, title)
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    assert dialog.created_case is not None
    case_id = dialog.created_case.id
    wait_for_case(qtbot, main, case_id)
    # The list searches in the worker; the new case shows there once that search is back.
    qtbot.waitUntil(lambda: main.case_list.model.row_of(case_id) is not None)
    return case_id


def wait_for_case(qtbot: QtBot, main: MainWindow, case_id: int | None = None) -> None:
    """The window reads a case in the worker: wait until it (or, without `case_id`, the
    case last asked for) is the one in sight."""

    def shown() -> bool:
        view = main._case_view
        return (
            view is not None
            and main.right.currentWidget() is view
            and view.case is not None
            and (case_id is None or view.case.id == case_id)
            and not main._reading
        )

    qtbot.waitUntil(shown, timeout=WORKER_TIMEOUT_MS)


def open_case(qtbot: QtBot, main: MainWindow, case_id: int) -> None:
    """Open a case as the list or Vandaag does, and wait until it is in sight."""
    main.open_case(case_id)
    wait_for_case(qtbot, main, case_id)


def fill_signal(
    qtbot: QtBot,
    dialog: SignalDialog,
    facts: str,
    observed_on: date | None = None,
    observed_time: str = "",
    source: str = "own_observation",
    form: str = "neglect",
    interpretation: str = "",
) -> None:
    if observed_on is not None:
        dialog.observed_on.set_date(observed_on)
    if observed_time:
        dialog.observed_time.setText(observed_time)
    dialog.source.setCurrentIndex(dialog.source.findData(source))
    dialog.form.setCurrentIndex(dialog.form.findData(form))
    type_into(qtbot, dialog.facts, facts)
    if interpretation:
        type_into(qtbot, dialog.interpretation, interpretation)


def add_signal(qtbot: QtBot, main: MainWindow, facts: str, **kwargs: object) -> None:
    click(qtbot, main.case_view.add_signal_button)
    dialog = main.case_view.active_dialog
    assert isinstance(dialog, SignalDialog)
    fill_signal(qtbot, dialog, facts, **kwargs)  # type: ignore[arg-type]
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible(), dialog.errors.messages()


def add_person(qtbot: QtBot, main: MainWindow, name: str, role: str, bsn: str = "") -> None:
    click(qtbot, main.case_view.add_person_button)
    dialog = main.case_view.active_dialog
    assert isinstance(dialog, PersonDialog)
    dialog.role.setCurrentIndex(dialog.role.findData(role))
    type_into(qtbot, dialog.name, name)
    type_into(qtbot, dialog.bsn, bsn)
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible(), dialog.errors.messages()


def visible_texts() -> list[str]:
    """Every label, field and table cell text in every window of the program that still exists."""
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTableView, QTableWidget

    texts: list[str] = []
    for window in QApplication.topLevelWidgets():
        for label in window.findChildren(QLabel):
            texts.append(label.text())
        for line in window.findChildren(QLineEdit):
            texts.append(line.text())
        for box in window.findChildren(QPlainTextEdit):
            texts.append(box.toPlainText())
        for table in window.findChildren(QTableWidget):
            texts += [
                table.item(r, c).text()
                for r in range(table.rowCount())
                for c in range(table.columnCount())
                if table.item(r, c) is not None
            ]
        for view in window.findChildren(QTableView):
            model = view.model()
            if model is None:
                continue
            texts += [
                str(model.index(r, c).data())
                for r in range(model.rowCount())
                for c in range(model.columnCount())
            ]
    return texts


def choose(combo: QComboBox, value: object) -> None:
    """Pick an entry of a combo box by its data, as a user's choice does (with `activated`)."""
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def open_from(qtbot: QtBot, main: MainWindow, button: QAbstractButton, kind: type[D]) -> D:
    """Click a button of the case view and return the dialog it opened."""
    click(qtbot, button)
    dialog = main.case_view.active_dialog
    assert isinstance(dialog, kind), dialog
    assert dialog.isVisible()
    return dialog


def save(qtbot: QtBot, dialog: EditDialog) -> None:
    """Click Opslaan and expect the dialog to close (its faults are shown otherwise)."""
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible(), dialog.errors.messages()


def go_to(qtbot: QtBot, main: MainWindow, page: Step | None) -> StepPage:
    click(qtbot, main.case_view.step_bar.buttons[page])
    shown = main.case_view.page_stack.currentWidget()
    assert isinstance(shown, StepPage) and shown.page == page
    return shown


def read_to_the_end(qtbot: QtBot, column: CardColumn) -> None:
    """Scroll a column in sight down as a reader does until every card is built (a column
    builds only some screens ahead of where it is read)."""
    bar = column.verticalScrollBar()
    while column.pending:
        before, end = column.pending, bar.maximum()
        bar.setValue(end)
        # More is built, or what was built comes into the scroll range: scrolled on.
        qtbot.waitUntil(lambda b=before, e=end: column.pending < b or bar.maximum() > e)


def card_button(page: StepPage, entry_id: int, action: EntryAction) -> QAbstractButton:
    for entry_list in page.findChildren(EntryList):
        entry_list.build_all()  # a list out of sight builds its cards in later turns
        for card in entry_list.cards:
            if card.entry_id == entry_id:
                return card.buttons[action]
    raise AssertionError(f"no card for entry {entry_id}")
