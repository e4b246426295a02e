"""Bad input: every message appears under its own field, the dialog stays, nothing is saved."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from tests.ui.conftest import Questions, choose, click, new_case, run_setup, type_into
from ui.case_dialog import NewCaseDialog
from ui.main_window import MainWindow
from ui.person_dialog import PersonDialog
from ui.setup_wizard import SetupWizard
from ui.shell import Shell
from ui.signal_dialog import SignalDialog


@pytest.fixture
def main(qtbot: QtBot, make_shell: Callable[..., Shell]) -> MainWindow:
    main, _ = run_setup(qtbot, make_shell())
    new_case(qtbot, main, "Gezin A")
    return main


def open_signal_dialog(qtbot: QtBot, main: MainWindow) -> SignalDialog:
    click(qtbot, main.case_view.add_signal_button)
    dialog = main.case_view.active_dialog
    assert isinstance(dialog, SignalDialog) and dialog.isVisible()
    return dialog


def test_signal_faults_appear_at_their_fields_and_nothing_is_saved(
    qtbot: QtBot, main: MainWindow
) -> None:
    dialog = open_signal_dialog(qtbot, main)
    dialog.observed_by.clear()
    type_into(qtbot, dialog.observed_time, "25:70")
    type_into(qtbot, dialog.interpretation, "Een vermoeden, geen feit.")
    click(qtbot, dialog.save_button)

    assert dialog.isVisible()
    assert dialog.errors.messages() == {
        "observed_time": "Schrijf het tijdstip als uu:mm, bijvoorbeeld 14:05, of laat het leeg.",
        "observed_by": "Vul in wie het signaal heeft gezien of gehoord.",
        "source": "Kies de bron van het signaal.",
        "form": "Kies de vorm van geweld, of 'Nog niet duidelijk'.",
        "facts": "Beschrijf de feiten: wat is er gezien of gehoord?",
    }
    field = dialog.errors.fields["facts"]
    assert field.error.isVisible() and field.isAncestorOf(field.error)
    assert dialog.interpretation.toPlainText() == "Een vermoeden, geen feit."  # input kept
    assert main.vault.signals.for_case(main.case_view.case.id) == []  # type: ignore[union-attr]

    dialog.observed_time.setText("")
    type_into(qtbot, dialog.observed_by, "Anna de Vries")
    dialog.source.setCurrentIndex(dialog.source.findData("own_observation"))
    click(qtbot, dialog.save_button)
    assert set(dialog.errors.messages()) == {"form", "facts"}
    assert main.vault.signals.for_case(main.case_view.case.id) == []  # type: ignore[union-attr]


def test_a_fault_only_the_core_finds_lands_at_its_field(qtbot: QtBot, main: MainWindow) -> None:
    dialog = open_signal_dialog(qtbot, main)
    dialog.source.setCurrentIndex(dialog.source.findData("own_observation"))
    dialog.form.setCurrentIndex(dialog.form.findData("neglect"))
    dialog.facts.setPlainText("x" * 20_001)
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert dialog.errors.messages() == {"facts": "Te lang: hoogstens 20000 tekens."}
    assert main.vault.signals.for_case(main.case_view.case.id) == []  # type: ignore[union-attr]


def test_person_faults_appear_at_their_fields(qtbot: QtBot, main: MainWindow) -> None:
    click(qtbot, main.case_view.add_person_button)
    dialog = main.case_view.active_dialog
    assert isinstance(dialog, PersonDialog)
    type_into(qtbot, dialog.bsn, "123456789")
    type_into(qtbot, dialog.date_of_birth, "31-02-2019")
    click(qtbot, dialog.save_button)
    messages = dialog.errors.messages()
    assert messages["role"] == "Kies de rol van deze betrokkene."
    assert messages["name"] == "Vul de naam in."
    assert messages["date_of_birth"] == "Die dag bestaat niet: februari 2019 heeft 28 dagen."
    assert messages["bsn"].startswith("Dit is geen geldig BSN")
    assert "elfproef" in messages["bsn"]

    dialog.date_of_birth.setText("03-05-1890")
    dialog.bsn.setText("111 222 333")
    dialog.role.setCurrentIndex(dialog.role.findData("child"))
    type_into(qtbot, dialog.name, "Sanne Bakker")
    click(qtbot, dialog.save_button)
    assert dialog.errors.messages() == {
        "date_of_birth": "Controleer de geboortedatum: die ligt vóór 1900."
    }
    assert main.case_view.persons.rowCount() == 0

    dialog.date_of_birth.setText("3-5-2018")
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    person = main.case_view.persons.persons[0]
    assert (person.bsn, person.date_of_birth) == ("111222333", date(2018, 5, 3))


def test_a_case_needs_a_title(qtbot: QtBot, main: MainWindow) -> None:
    main.new_case_action.trigger()
    dialog = main.active_dialog
    assert isinstance(dialog, NewCaseDialog)
    type_into(qtbot, dialog.title, "   ")
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert dialog.errors.messages() == {
        "title": "Geef de casus een titel, zonder namen (bijvoorbeeld 'Gezin A')."
    }
    assert main.case_list.model.rowCount() == 1


def test_cancel_with_unsaved_input_asks_first(
    qtbot: QtBot, main: MainWindow, questions: Questions
) -> None:
    dialog = open_signal_dialog(qtbot, main)
    click(qtbot, dialog.buttons.buttons()[1])  # Annuleren, nothing typed: no question
    assert not dialog.isVisible() and questions.asked == []

    dialog = open_signal_dialog(qtbot, main)
    type_into(qtbot, dialog.facts, "Half ingevuld")
    questions.answers.append(False)
    dialog.reject()
    assert dialog.isVisible()
    assert questions.asked == [
        "U hebt iets ingevuld dat nog niet is opgeslagen. Wilt u dat weggooien?"
    ]
    questions.answers.append(True)
    dialog.reject()
    assert not dialog.isVisible()
    assert main.vault.signals.for_case(main.case_view.case.id) == []  # type: ignore[union-attr]


def test_setup_faults_appear_at_their_fields(
    qtbot: QtBot, make_shell: Callable[..., Shell]
) -> None:
    shell = make_shell()
    shell.start()
    wizard = shell.wizard
    assert isinstance(wizard, SetupWizard)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    click(qtbot, next_button)
    type_into(qtbot, wizard.user_page.phone, "bel mij")
    click(qtbot, next_button)
    assert wizard.currentId() == SetupWizard.USER_PAGE
    assert wizard.user_page.errors.messages() == {
        "display_name": "Vul de naam in zoals die in het dossier komt.",
        "phone": "Een telefoonnummer bevat alleen cijfers, spaties en +.",
        "profession_group": "Kies een beroepsgroep uit de lijst.",
    }
    type_into(qtbot, wizard.user_page.display_name, "Anna de Vries")
    choose(wizard.user_page.group, "algemeen")
    wizard.user_page.phone.setText("+31 20 123 4567")
    click(qtbot, next_button)
    assert wizard.currentId() == SetupWizard.PASSPHRASE_PAGE

    page = wizard.passphrase_page
    type_into(qtbot, page.input.passphrase, "kort")
    assert page.input.passphrase_field.hint.text().startswith("Te kort")
    type_into(qtbot, page.input.repeat, "anders")
    click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
    assert wizard.currentId() == SetupWizard.PASSPHRASE_PAGE
    assert page.errors.messages() == {
        "passphrase": "Te kort: gebruik minstens 12 tekens, bijvoorbeeld vier woorden.",
        "passphrase_repeat": "De twee wachtzinnen zijn niet gelijk.",
    }
    assert not shell.location.exists()
