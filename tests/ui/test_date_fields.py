"""Dates by keyboard: what is typed, pasted or left with Tab is exactly the date kept, or a
Dutch message at the field; Tab goes to the next field."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.domain.models import CaseDraft
from app.timeutil import today
from app.vault.vault import Vault
from tests.ui.conftest import Questions, click
from ui.person_dialog import PersonDialog
from ui.signal_dialog import SignalDialog
from ui.steps.step_dialogs import ConsultationDialog

PAST = today() - timedelta(days=14)
PAST_TEXT = PAST.strftime("%d-%m-%Y")


@pytest.fixture(autouse=True)
def no_questions(questions: Questions) -> Questions:
    """Closing a dialog with input asks first; here nobody is there to answer."""
    questions.answers.extend([True] * 5)
    return questions


@pytest.fixture
def case_id(vault: Vault) -> int:
    return vault.cases.create(CaseDraft("Gezin A")).id


def shown(qtbot: QtBot, dialog: QWidget) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)


def focus(qtbot: QtBot, widget: QWidget) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def tab(widget: QWidget) -> None:
    QTest.keyClick(widget, Qt.Key.Key_Tab)


def select_all(widget: QWidget) -> None:
    QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)


def test_day_only_then_tab_says_so_and_the_time_lands_in_the_time_field(
    qtbot: QtBot, vault: Vault, case_id: int
) -> None:
    dialog = SignalDialog(vault, case_id)
    shown(qtbot, dialog)
    line = dialog.observed_on.line
    focus(qtbot, line)
    select_all(line)
    qtbot.keyClicks(line, "27")
    tab(line)
    # Tab went to the next field, not to a part of the date.
    assert focused() is dialog.observed_time
    qtbot.keyClicks(dialog.observed_time, "08:40")
    assert line.text() == "27"
    assert dialog.errors.messages() == {
        "observed_on": "Vul ook maand en jaar in, bijvoorbeeld 20-11-2026."
    }
    assert dialog.observed_time.text() == "08:40"

    # Saving now keeps the dialog open with the message, and stores nothing.
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert dialog.errors.messages()["observed_on"].startswith("Vul ook maand en jaar in")
    assert vault.signals.for_case(case_id) == []

    # Ctrl+A and the whole date: exactly that date, the message goes.
    focus(qtbot, line)
    select_all(line)
    qtbot.keyClicks(line, PAST_TEXT)
    assert line.text() == PAST_TEXT
    assert "observed_on" not in dialog.errors.messages()
    tab(line)
    assert focused() is dialog.observed_time
    assert "observed_on" not in dialog.errors.messages()

    dialog.source.setCurrentIndex(dialog.source.findData("own_observation"))
    dialog.form.setCurrentIndex(dialog.form.findData("neglect"))
    qtbot.keyClicks(dialog.facts, "Kind kwam zonder jas.")
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    (stored,) = vault.signals.for_case(case_id)
    assert (stored.current.observed_on, stored.current.observed_time) == (PAST, time(8, 40))


def test_a_pasted_date_is_read_as_pasted(qtbot: QtBot, vault: Vault, case_id: int) -> None:
    dialog = SignalDialog(vault, case_id)
    shown(qtbot, dialog)
    line = dialog.observed_on.line
    focus(qtbot, line)
    select_all(line)
    clipboard = QGuiApplication.clipboard()
    clipboard.setText(f" {PAST.day} {PAST.strftime('%m')} {PAST.year}\n")
    QTest.keyClick(line, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert dialog.observed_on.date() == PAST
    tab(line)
    assert dialog.errors.messages() == {}
    clipboard.clear()


def test_a_day_that_does_not_exist_says_so(qtbot: QtBot, vault: Vault, case_id: int) -> None:
    dialog = PersonDialog(vault, case_id)
    shown(qtbot, dialog)
    line = dialog.date_of_birth.line
    focus(qtbot, line)
    qtbot.keyClicks(line, "31-02-1985")
    tab(line)
    assert focused() is dialog.bsn
    assert dialog.errors.messages() == {
        "date_of_birth": "Die dag bestaat niet: februari 1985 heeft 28 dagen."
    }
    # The text stays exactly as typed, to be corrected, never replaced.
    assert line.text() == "31-02-1985"


def test_a_typing_error_in_the_year_is_refused_not_stored(
    qtbot: QtBot, vault: Vault, case_id: int
) -> None:
    dialog = SignalDialog(vault, case_id)
    shown(qtbot, dialog)
    dialog.observed_on.setText("20-11-0026")
    dialog.source.setCurrentIndex(dialog.source.findData("own_observation"))
    dialog.form.setCurrentIndex(dialog.form.findData("neglect"))
    qtbot.keyClicks(dialog.facts, "Feit.")
    qtbot.keyClicks(dialog.observed_time, "08:40")
    click(qtbot, dialog.save_button)
    assert dialog.errors.messages() == {
        "observed_on": "Controleer de datum: die ligt vóór 1950.",
    }
    assert vault.signals.for_case(case_id) == []


def test_the_calendar_writes_the_chosen_day_and_tab_skips_its_button(
    qtbot: QtBot, vault: Vault, case_id: int
) -> None:
    dialog = ConsultationDialog(vault, case_id)
    shown(qtbot, dialog)
    field = dialog.held_on
    assert field.calendar_button.focusPolicy() == Qt.FocusPolicy.NoFocus
    click(qtbot, field.calendar_button)
    calendar = field.calendar
    assert calendar is not None and calendar.isVisible()
    calendar.setSelectedDate(PAST)
    calendar.activated.emit(calendar.selectedDate())
    assert field.text() == PAST_TEXT and field.date() == PAST
    assert field.line.hasFocus() or focused() is field.line


def test_a_date_kept_in_a_draft_comes_back_as_typed(
    qtbot: QtBot, vault: Vault, case_id: int
) -> None:
    dialog = SignalDialog(vault, case_id)
    shown(qtbot, dialog)
    dialog.observed_on.setText("27-8")
    state = dialog.form_state()
    assert state["observed_on"] == "27-8"
    dialog.restore_state({"observed_on": "2026-08-24"})  # a draft from before this box
    assert dialog.observed_on.date() == date(2026, 8, 24)
    assert dialog.observed_on.text() == "24-08-2026"
    dialog.restore_state(state)
    assert dialog.observed_on.text() == "27-8"
