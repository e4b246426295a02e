"""The weging's guidance in the window knows step 2; step 3's age-alone warning shows in the
dialog and stays with the record in the case view."""

from __future__ import annotations

from datetime import timedelta

from pytestqt.qtbot import QtBot

from app.domain.entries import Consultation
from app.domain.enums import ChildTalk, ConsulteeKind
from app.domain.models import CaseDraft
from app.framework.library import load_library
from app.timeutil import today
from app.vault.vault import Vault
from tests.entry_values import consultation, conversation
from tests.ui.assessment.conftest import choose, open_dialog
from tests.ui.conftest import Questions, type_into
from tests.ui.conftest import choose as choose_item
from ui.assessment.case_weighing import guidance_for_case
from ui.assessment.dialog import AssessmentDialog
from ui.steps.entry_cards import EntryCard
from ui.steps.step_dialogs import ConversationDialog

ASK_ADVICE = "Vraag Veilig Thuis om advies"


def test_the_doctors_kader_asks_for_advice_only_while_none_was_asked(
    qtbot: QtBot, vault: Vault, questions: Questions
) -> None:
    library = load_library()
    case_id = vault.cases.create(CaseDraft("Gezin A")).id
    doctors = library.get("artsen")
    dialog = open_dialog(qtbot, AssessmentDialog(library, doctors))
    choose(qtbot, dialog, "yes")
    assert ASK_ADVICE in dialog.question_page.answer_notice.text()
    assert "al om advies gevraagd" not in dialog.question_page.answer_notice.text()

    asked_on = today() - timedelta(days=2)
    vault.entries.add(
        case_id,
        consultation(held_on=asked_on, consultee_kind=ConsulteeKind.VEILIG_THUIS, consultee=""),
    )
    context = guidance_for_case(vault, case_id)
    assert context.advice_requested_on == asked_on
    dialog = open_dialog(qtbot, AssessmentDialog(library, doctors, guidance=context))
    choose(qtbot, dialog, "yes")
    notice = dialog.question_page.answer_notice.text()
    assert ASK_ADVICE not in notice
    assert f"Veilig Thuis is al om advies gevraagd: op {asked_on:%d-%m-%Y}" in notice
    assert vault.entries.of_kind(case_id, Consultation)  # the adviesvraag it names


def test_an_age_only_reason_saves_with_its_warning(
    qtbot: QtBot, vault: Vault, questions: Questions
) -> None:
    case_id = vault.cases.create(CaseDraft("Gezin A")).id
    dialog = ConversationDialog(vault, case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    choose_item(dialog.child_talk, ChildTalk.NOT_HELD.value)
    hint = dialog.fields["child_reason"].hint
    plain = hint.styleSheet()
    before = dialog.present.mapTo(dialog, dialog.present.rect().topLeft())
    type_into(qtbot, dialog.child_reason, "te jong")
    assert dialog.age_only() and hint.styleSheet() != plain
    assert dialog.present.mapTo(dialog, dialog.present.rect().topLeft()) == before

    entry = vault.entries.add(
        case_id, conversation(child_talk=ChildTalk.NOT_HELD, child_reason="te jong")
    )
    item = next(i for i in vault.steps.timeline(case_id) if i.entry and i.entry.id == entry.id)
    card = EntryCard(item, {}, [], show_round=False)
    qtbot.addWidget(card)
    assert card.age_warning is not None
    assert "leeftijd alleen is geen reden" in card.age_warning.text()
