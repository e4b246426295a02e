"""The forms of violence that need their own care are shown where they matter: when the form
is chosen on a signal (in room kept free, so no field moves), in steps 2 and 3, and with each
question of the weging."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from app.domain.enums import ViolenceForm
from app.framework.library import load_library
from app.vault.vault import Vault
from tests.entry_values import case_with_signal, signal
from tests.ui.conftest import Questions, choose, click, fill_signal
from ui.assessment.dialog import AssessmentDialog
from ui.signal_dialog import SignalDialog
from ui.signs_dialog import SignsDialog
from ui.steps.step_dialogs import ConsultationDialog, ConversationDialog
from ui.violence_notes import case_forms, notes_for


def honour_case(vault: Vault) -> int:
    case_id = case_with_signal(vault)
    vault.signals.add(
        case_id,
        replace(
            signal("Zus vertelt dat broer haar volgt."),
            form=ViolenceForm.HONOUR_RELATED_VIOLENCE,
        ),
    )
    return case_id


def test_choosing_a_form_shows_its_care_and_moves_no_field(
    qtbot: QtBot, vault: Vault, questions: Questions
) -> None:
    dialog = SignalDialog(vault, case_with_signal(vault))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.form_care.text() == ""
    before = {
        name: w.mapTo(dialog, w.rect().topLeft())
        for name, w in (("facts", dialog.facts), ("interpretation", dialog.interpretation))
    }
    choose(dialog.form, ViolenceForm.HONOUR_RELATED_VIOLENCE.value)
    qtbot.waitUntil(lambda: dialog.form_care.isVisible() and bool(dialog.form_care.text()))
    assert "niet eerst met de familie" in dialog.form_care.text()
    assert "Bron: Movisie" in dialog.form_care.text()
    after = {
        name: w.mapTo(dialog, w.rect().topLeft())
        for name, w in (("facts", dialog.facts), ("interpretation", dialog.interpretation))
    }
    assert after == before
    choose(dialog.form, ViolenceForm.NEGLECT.value)
    assert dialog.form_care.text() == ""
    questions.answers = [True]  # leave without saving
    dialog.reject()


def test_steps_two_and_three_name_what_the_form_asks(
    qtbot: QtBot, vault: Vault, questions: Questions
) -> None:
    case_id = honour_case(vault)
    consultation = ConsultationDialog(vault, case_id)
    qtbot.addWidget(consultation)
    assert "Eergerelateerd geweld" in consultation.form_notes
    assert "risico in te schatten" in consultation.intro.text()
    conversation = ConversationDialog(vault, case_id)
    qtbot.addWidget(conversation)
    assert "niet met de familie of de ouders" in conversation.intro.text()
    # A case without such a form gets the plain introduction.
    plain = ConsultationDialog(vault, case_with_signal(vault, "Gezin B"))
    qtbot.addWidget(plain)
    assert plain.form_notes == "" and "Let op" not in plain.intro.text()


def test_the_weging_guidance_names_what_the_form_asks(
    qtbot: QtBot, vault: Vault, questions: Questions
) -> None:
    library = load_library()
    case_id = honour_case(vault)
    dialog = AssessmentDialog(library, library.get("algemeen"))
    qtbot.addWidget(dialog)
    dialog.set_case_notes(notes_for(case_forms(vault, case_id), "weighing"))
    guidance = dialog.question_page.guidance.toPlainText()
    assert guidance.startswith(library.get("algemeen").questions["suspicion"].guidance)
    assert "Eergerelateerd geweld" in guidance and "escaleren" in guidance


def test_signs_chosen_from_the_list_are_cited_in_the_signal(
    qtbot: QtBot, vault: Vault, questions: Questions, monkeypatch: pytest.MonkeyPatch
) -> None:
    case_id = case_with_signal(vault)
    dialog = SignalDialog(vault, case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    fill_signal(qtbot, dialog, "Oma zegt dat haar neef haar pinpas heeft.", form="elder_abuse")
    assert dialog.signs_button.isEnabled()
    shown: list[list[str]] = []

    def tick_two(picker: SignsDialog) -> int:
        items = [picker.list.item(i) for i in range(picker.list.count())]
        shown.append([item.text() for item in items])
        for item in [i for i in items if i.flags() & Qt.ItemFlag.ItemIsUserCheckable][-3:-1]:
            item.setCheckState(Qt.CheckState.Checked)
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(SignsDialog, "exec", tick_two)
    click(qtbot, dialog.signs_button)
    assert "Oudere" in shown[0]  # the age groups head their lists
    assert dialog.signs == ("elder_abuse/oudere/om-o3", "elder_abuse/oudere/om-o4")
    assert "Rekeningen blijven onbetaald" in dialog.signs_text.text()
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible(), dialog.errors.messages()
    (stored,) = [s for s in vault.signals.for_case(case_id) if s.current.signs]
    assert stored.current.facts.startswith("Oma zegt")
    assert stored.current.signs == dialog.signs

    # Another form with the same signs: refused at the field, nothing stored.
    again = SignalDialog(vault, case_id)
    qtbot.addWidget(again)
    again.show()
    fill_signal(qtbot, again, "Nog een keer.", form="neglect")
    again.signs = ("elder_abuse/oudere/om-o3",)
    click(qtbot, again.save_button)
    assert again.isVisible() and "signs" in again.errors.messages()
    assert len(vault.signals.for_case(case_id)) == 2
    questions.answers = [True]
    again.reject()


def test_cited_signs_are_part_of_the_input_a_lock_keeps(
    qtbot: QtBot, vault: Vault, questions: Questions
) -> None:
    dialog = SignalDialog(vault, case_with_signal(vault))
    qtbot.addWidget(dialog)
    choose(dialog.form, ViolenceForm.ELDER_ABUSE.value)
    assert not dialog.has_unsaved_input() or dialog.form_state()["signs"] == []
    dialog.signs = ("elder_abuse/oudere/om-o1",)
    state = dialog.form_state()
    assert state["signs"] == ["elder_abuse/oudere/om-o1"] and dialog.has_unsaved_input()
    again = SignalDialog(vault, case_with_signal(vault, "Gezin B"))
    qtbot.addWidget(again)
    again.restore_state(state)
    assert again.signs == ("elder_abuse/oudere/om-o1",)
    assert again.form.currentData() == ViolenceForm.ELDER_ABUSE.value
    assert "Blauwe plekken, breuken" in again.signs_text.text()
    questions.answers = [True, True]
