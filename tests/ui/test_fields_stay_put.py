"""Fields never jump under the pointer: a note or message that comes or goes after a choice
(or while typing) leaves the next field exactly where it was."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QWidget, QWizard
from pytestqt.qtbot import QtBot

from app.domain.models import CaseDraft
from app.framework.library import load_library
from app.vault.vault import Vault
from tests.ui.assessment.conftest import choose, open_dialog
from tests.ui.conftest import Questions, click, type_into
from tests.ui.conftest import choose as choose_item
from ui.assessment.dialog import AssessmentDialog
from ui.setup_wizard import SetupWizard
from ui.shell import Shell
from ui.signal_dialog import SignalDialog
from ui.steps.step_dialogs import ConsultationDialog


@pytest.fixture(autouse=True)
def no_questions(questions: Questions) -> Questions:
    questions.answers.extend([True] * 5)
    return questions


@pytest.fixture
def case_id(vault: Vault) -> int:
    return vault.cases.create(CaseDraft("Gezin A")).id


def place(widget: QWidget) -> QPoint:
    """Where the widget is in its window: what the pointer aims at."""
    return widget.mapTo(widget.window(), QPoint(0, 0))


def shown(qtbot: QtBot, dialog: QWidget) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)


def settle(qtbot: QtBot, widget: QWidget) -> None:
    """Let the layout catch up with what was shown or hidden."""
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    parent: QWidget | None = widget
    while parent is not None:
        if parent.layout() is not None:
            parent.layout().activate()
        parent = parent.parentWidget()
    QApplication.processEvents()


def choose_by_keyboard(qtbot: QtBot, combo: QComboBox, value: str) -> None:
    """Down-arrow through a closed list until `value` is chosen, as a keyboard user does."""
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    target = combo.findData(value)
    assert target >= 0
    while combo.currentIndex() != target:
        key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
        QTest.keyClick(combo, key)


def assert_stays(qtbot: QtBot, widget: QWidget, action: Callable[[], None]) -> None:
    settle(qtbot, widget)
    before = place(widget)
    action()
    settle(qtbot, widget)
    assert place(widget) == before


def test_choosing_the_form_of_violence_does_not_move_the_facts(
    qtbot: QtBot, vault: Vault, case_id: int
) -> None:
    dialog = SignalDialog(vault, case_id)
    shown(qtbot, dialog)
    click(qtbot, dialog.save_button)  # nothing filled in: messages at every field
    assert "form" in dialog.errors.messages()

    def choose_form() -> None:
        choose_by_keyboard(qtbot, dialog.form, "neglect")

    assert_stays(qtbot, dialog.facts, choose_form)
    assert "form" not in dialog.errors.messages()  # the message went, its room stayed

    # Typing a date that cannot be read and leaving it: the message takes reserved room.
    def bad_date() -> None:
        dialog.observed_on.setText("")
        dialog.observed_on.line.setFocus()
        qtbot.waitUntil(dialog.observed_on.line.hasFocus)
        type_into(qtbot, dialog.observed_on, "27")
        QTest.keyClick(dialog.observed_on.line, Qt.Key.Key_Tab)

    assert_stays(qtbot, dialog.observed_time, bad_date)
    assert "observed_on" in dialog.errors.messages()


def test_the_veilig_thuis_note_of_a_consultation_moves_nothing(
    qtbot: QtBot, vault: Vault, case_id: int
) -> None:
    dialog = ConsultationDialog(vault, case_id)
    shown(qtbot, dialog)
    assert not dialog.advice_mark.isVisible()

    def choose_vt() -> None:
        choose_by_keyboard(qtbot, dialog.consultee_kind, "veilig_thuis")

    assert_stays(qtbot, dialog.consultee, choose_vt)
    assert dialog.advice_mark.isVisible()


def test_the_weging_note_appears_below_the_reason(qtbot: QtBot) -> None:
    library = load_library()
    dialog = open_dialog(qtbot, AssessmentDialog(library, library.get("kinderopvang")))
    page = dialog.question_page
    choose(qtbot, dialog, "staff")
    type_into(qtbot, page.reason, "Een collega zag een invalkracht een kind hard vastpakken.")
    click(qtbot, dialog.next_button)
    assert not page.answer_notice.isVisibleTo(dialog)

    assert_stays(qtbot, page.reason, lambda: choose(qtbot, dialog, "yes"))
    assert page.answer_notice.isVisibleTo(dialog)
    assert place(page.answer_notice).y() > place(page.reason).y()


def test_the_repeated_passphrase_stays_while_the_first_is_typed(
    qtbot: QtBot, make_shell: Callable[..., Shell]
) -> None:
    shell = make_shell()
    shell.start()
    wizard = shell.wizard
    assert isinstance(wizard, SetupWizard)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    click(qtbot, next_button)
    type_into(qtbot, wizard.user_page.display_name, "Anna de Vries")
    choose_item(wizard.user_page.group, "algemeen")
    click(qtbot, next_button)
    page = wizard.passphrase_page
    repeat = page.input.repeat

    assert_stays(
        qtbot, repeat, lambda: type_into(qtbot, page.input.passphrase, "kort")
    )  # "Te kort: …"
    assert_stays(
        qtbot, repeat, lambda: type_into(qtbot, page.input.passphrase, " maar nu veel langer")
    )
    type_into(qtbot, repeat, "anders")
    click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
    assert "passphrase_repeat" in page.errors.messages()
    check = page.input.show_text
    assert_stays(qtbot, check, lambda: type_into(qtbot, repeat, "x"))
    assert "passphrase_repeat" not in page.errors.messages()
