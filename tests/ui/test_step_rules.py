"""The rules of the steps as the windows apply them: reasons required at their fields, dates of
things that happened not ahead, a kindcheck that opens a linked case, the radar's prompt,
closing with a reason, and the hooks for the afwegingskader and the melding."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot

from app.domain.enums import (
    CaseStatus,
    ChildTalk,
    ClientTalk,
    CloseReason,
    ConsulteeKind,
    DependantSafety,
    EntryKind,
    LinkRelation,
    Step,
    StepStatus,
)
from app.domain.models import PersonDraft
from app.timeutil import today
from tests.entry_values import consultation, conversation, decision, skip
from tests.ui.conftest import (
    Questions,
    add_signal,
    card_button,
    choose,
    click,
    go_to,
    new_case,
    open_case,
    open_from,
    run_setup,
    save,
    type_into,
    wait_for_case,
)
from ui.case_view import CaseView
from ui.main_window import MainWindow
from ui.shell import Shell
from ui.steps.case_dialogs import ChildrenCaseDialog, CloseCaseDialog, WithdrawDialog
from ui.steps.entry_cards import EntryAction
from ui.steps.follow_up_dialogs import CheckResultDialog, PlanCheckDialog
from ui.steps.step_dialogs import (
    ConsultationDialog,
    ConversationDialog,
    DecisionDialog,
    KindCheckDialog,
    StepSkipDialog,
)

TOMORROW = today() + timedelta(days=1)


@pytest.fixture
def main(qtbot: QtBot, make_shell: Callable[..., Shell]) -> MainWindow:
    main, _ = run_setup(qtbot, make_shell())
    return main


def case_with_signal(qtbot: QtBot, main: MainWindow, title: str = "Gezin A") -> int:
    case_id = new_case(qtbot, main, title)
    add_signal(qtbot, main, "Blauwe plek op de arm.")
    return case_id


def decided_case(qtbot: QtBot, main: MainWindow) -> int:
    """A case taken to a decision to report through the core, then opened in the window."""
    case_id = case_with_signal(qtbot, main)
    vault = main.vault
    vault.entries.add(case_id, consultation())
    vault.entries.add(case_id, conversation())
    vault.entries.add(case_id, skip(Step.WEIGHING, "Op papier gewogen."))
    vault.entries.add(case_id, decision())
    open_case(qtbot, main, case_id)
    return case_id


def test_reasons_are_required_at_their_fields(
    qtbot: QtBot, main: MainWindow, questions: Questions
) -> None:
    case_id = case_with_signal(qtbot, main)
    view, vault = main.case_view, main.vault

    go_to(qtbot, main, Step.CONVERSATION)
    dialog = open_from(qtbot, main, view.conversation_button, ConversationDialog)
    choose(dialog.client_talk, ClientTalk.NOT_HELD.value)
    choose(dialog.child_talk, ChildTalk.NO_CHILD.value)
    click(qtbot, dialog.save_button)
    assert dialog.errors.messages() == {
        "client_reason": "Geef aan waarom er geen gesprek met de cliënt is geweest."
    }
    assert dialog.fields["client_reason"].error.isVisible()
    type_into(qtbot, dialog.client_reason, "Moeder kwam niet op de afspraak.")
    save(qtbot, dialog)
    talk = vault.entries.for_case(case_id, EntryKind.CONVERSATION)[0].value
    assert talk.client_reason == "Moeder kwam niet op de afspraak."  # type: ignore[union-attr]

    go_to(qtbot, main, Step.CONSULTATION)
    dialog = open_from(qtbot, main, view.skip_consultation_button, StepSkipDialog)
    click(qtbot, dialog.save_button)
    assert dialog.errors.messages() == {"reason": "Geef aan waarom u deze stap overslaat."}
    type_into(qtbot, dialog.reason, "Acuut gevaar: direct gemeld.")
    save(qtbot, dialog)
    skipped = vault.entries.for_case(case_id, EntryKind.STEP_SKIP)[0]

    go_to(qtbot, main, Step.DECISION)
    dialog = open_from(qtbot, main, view.decision_button, DecisionDialog)
    assert not dialog.fields["client_informed"].isVisible()  # only asked for a report
    click(qtbot, dialog.report_to_vt.yes)
    assert dialog.fields["client_informed"].isVisible()
    click(qtbot, dialog.client_informed.no)
    click(qtbot, dialog.offer_help.no)
    click(qtbot, dialog.save_button)
    assert dialog.errors.messages() == {
        "report_reasons": "Geef de redenen van uw beslissing over melden.",
        "help_reasons": "Geef de redenen van uw beslissing over hulp.",
        "client_informed_note": "Geef aan waarom de cliënt niet vooraf is ingelicht.",
    }
    type_into(qtbot, dialog.report_reasons, "Acute onveiligheid.")
    type_into(qtbot, dialog.help_reasons, "Veilig Thuis neemt het over.")
    type_into(qtbot, dialog.client_informed_note, "Vertellen brengt moeder in gevaar.")
    save(qtbot, dialog)

    # Withdrawing needs a reason too; the entry then stays visible, marked, in its step.
    page = go_to(qtbot, main, Step.CONSULTATION)
    click(qtbot, card_button(page, skipped.id, EntryAction.WITHDRAW))
    withdraw = view.active_dialog
    assert isinstance(withdraw, WithdrawDialog)
    click(qtbot, withdraw.save_button)
    assert withdraw.errors.messages() == {"change_reason": "Geef aan waarom u dit intrekt."}
    type_into(qtbot, withdraw.reason, "Toch overlegd met de aandachtsfunctionaris.")
    save(qtbot, withdraw)
    card = page.list.card(skipped.id)
    assert card.badges["withdrawn"].text() == "ingetrokken"
    assert set(card.buttons) == {EntryAction.HISTORY}
    assert vault.entries.get(skipped.id).withdrawn
    # The step counts as open again: the skip no longer stands in for a consultation.
    assert vault.steps.progress(case_id).state(Step.CONSULTATION).status is StepStatus.OPEN


def test_withdrawing_an_entry_rebuilds_its_card_only_and_the_list_stays_where_it_is_read(
    qtbot: QtBot, main: MainWindow
) -> None:
    case_id = case_with_signal(qtbot, main)
    vault = main.vault
    consulted = [vault.entries.add(case_id, consultation(advice=f"Advies {n}.")) for n in range(12)]
    open_case(qtbot, main, case_id)
    page = go_to(qtbot, main, Step.CONSULTATION)
    middle = consulted[6]
    button = card_button(page, middle.id, EntryAction.WITHDRAW)  # builds every card
    before = {card.entry_id: card for card in page.list.cards}
    bar = page.list.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    # Read to the foot: a column shorter for a turn would scroll the reader up.
    bar.setValue(bar.maximum())
    read_at = bar.value()
    height_before = before[middle.id].height()

    click(qtbot, button)
    withdraw = main.case_view.active_dialog
    assert isinstance(withdraw, WithdrawDialog)
    type_into(qtbot, withdraw.reason, "Dubbel vastgelegd.")
    save(qtbot, withdraw)
    qtbot.waitUntil(lambda: page.list.pending == 0)
    after = {card.entry_id: card for card in page.list.cards}
    assert after.keys() == before.keys()
    assert [i for i in after if after[i] is not before[i]] == [middle.id]
    assert after[middle.id].badges["withdrawn"].text() == "ingetrokken"
    # Moved up by no more than the withdrawn card became shorter.
    qtbot.waitUntil(lambda: after[middle.id].height() > 0)
    assert read_at - bar.value() <= max(0, height_before - after[middle.id].height())


def test_dates_of_what_happened_cannot_lie_ahead_planned_dates_may(
    qtbot: QtBot, main: MainWindow
) -> None:
    case_id = case_with_signal(qtbot, main)
    view, vault = main.case_view, main.vault

    go_to(qtbot, main, Step.CONSULTATION)
    dialog = open_from(qtbot, main, view.consultation_button, ConsultationDialog)
    dialog.held_on.set_date(TOMORROW)
    choose(dialog.consultee_kind, ConsulteeKind.COLLEAGUE.value)
    click(qtbot, dialog.client_named.no)
    type_into(qtbot, dialog.advice, "Afwachten.")
    type_into(qtbot, dialog.next_step, "Opnieuw kijken.")
    click(qtbot, dialog.save_button)
    assert dialog.errors.messages() == {
        "held_on": "De datum van de consultatie kan niet in de toekomst liggen."
    }
    assert vault.entries.for_case(case_id, EntryKind.CONSULTATION) == []
    dialog.held_on.set_date(today())
    save(qtbot, dialog)

    go_to(qtbot, main, Step.SIGNALS)
    dialog = open_from(qtbot, main, view.kindcheck_button, KindCheckDialog)
    dialog.checked_on.set_date(TOMORROW)
    click(qtbot, dialog.save_button)
    assert dialog.errors.messages() == {
        "checked_on": "De datum van de kindcheck kan niet in de toekomst liggen."
    }
    dialog.done(0)

    go_to(qtbot, main, Step.DECISION)
    dialog = open_from(qtbot, main, view.decision_button, DecisionDialog)
    dialog.decided_on.set_date(TOMORROW)
    click(qtbot, dialog.save_button)
    assert dialog.errors.messages()["decided_on"] == (
        "De datum van de beslissing kan niet in de toekomst liggen."
    )
    dialog.done(0)

    follow_up = go_to(qtbot, main, None)
    dialog = open_from(qtbot, main, view.plan_check_button, PlanCheckDialog)
    dialog.due_on.set_date(today() + timedelta(days=60))  # planned: may lie ahead
    type_into(qtbot, dialog.description, "Navragen bij school hoe het gaat.")
    save(qtbot, dialog)
    check = vault.follow_ups.for_case(case_id)[0]
    assert check.value.due_on == today() + timedelta(days=60)
    click(qtbot, card_button(follow_up, check.id, EntryAction.RECORD_RESULT))
    result = view.active_dialog
    assert isinstance(result, CheckResultDialog)
    result.done_on.set_date(TOMORROW)
    click(qtbot, result.save_button)
    assert result.errors.messages() == {
        "done_on": "De datum van de controle kan niet in de toekomst liggen.",
        "outcome": "Kies de uitkomst van de controle.",
        "findings": "Beschrijf wat u bij de controle vond.",
    }


def test_a_kindcheck_that_finds_children_at_risk_opens_a_linked_case(
    qtbot: QtBot, main: MainWindow, questions: Questions
) -> None:
    case_id = case_with_signal(qtbot, main, "Mevrouw K.")
    main.vault.persons.add(case_id, PersonDraft("client", "Karin de Wit"))
    main.case_view.reload()
    view = main.case_view

    go_to(qtbot, main, Step.SIGNALS)
    dialog = open_from(qtbot, main, view.kindcheck_button, KindCheckDialog)
    dialog.children_count.setValue(2)
    type_into(qtbot, dialog.children_ages, "3 6")
    choose(dialog.safety, DependantSafety.AT_STAKE.value)
    questions.answers.append(True)
    click(qtbot, dialog.save_button)
    assert questions.asked == [
        "De kindcheck vond kinderen van wie de veiligheid in het geding is. Wilt u voor hen "
        "een eigen casus openen, gekoppeld aan deze casus?"
    ]
    children = view.active_dialog
    assert isinstance(children, ChildrenCaseDialog)
    assert children.title.text() == "Kinderen van Mevrouw K."
    children.title.setText("Kinderen van mevrouw K.")
    save(qtbot, children)
    assert children.created_case is not None
    new_id = children.created_case.id

    links = main.vault.cases.links(case_id)
    assert [(link.linked_case_id, link.relation) for link in links] == [
        (new_id, LinkRelation.CHILDREN_CASE)
    ]
    assert [b.text() for b in view.link_buttons] == [
        "Casus voor de kinderen: Kinderen van mevrouw K."
    ]
    check = main.vault.entries.for_case(case_id, EntryKind.KINDCHECK)[0]
    card = view.signals_page.kindchecks.card(check.id)
    assert EntryAction.CHILDREN_CASE not in card.buttons  # once per kindcheck

    click(qtbot, view.link_buttons[0])
    wait_for_case(qtbot, main, new_id)
    assert [b.text() for b in view.link_buttons] == ["Geopend na de kindcheck in casus: Mevrouw K."]
    click(qtbot, view.link_buttons[0])
    wait_for_case(qtbot, main, case_id)


def test_a_kindcheck_offer_declined_stays_on_the_card(
    qtbot: QtBot, main: MainWindow, questions: Questions
) -> None:
    case_id = case_with_signal(qtbot, main, "Meneer P.")
    main.vault.persons.add(case_id, PersonDraft("client", "Piet Proef"))
    main.case_view.reload()
    view = main.case_view
    go_to(qtbot, main, Step.SIGNALS)
    dialog = open_from(qtbot, main, view.kindcheck_button, KindCheckDialog)
    click(qtbot, dialog.pregnancy)
    choose(dialog.safety, DependantSafety.AT_STAKE.value)
    questions.answers.append(False)
    save(qtbot, dialog)
    assert len(questions.asked) == 1 and view.active_dialog is None
    check = main.vault.entries.for_case(case_id, EntryKind.KINDCHECK)[0]
    click(qtbot, card_button(view.signals_page, check.id, EntryAction.CHILDREN_CASE))
    assert isinstance(view.active_dialog, ChildrenCaseDialog)


def test_new_signals_after_a_report_prompt_a_new_report(qtbot: QtBot, main: MainWindow) -> None:
    case_id = decided_case(qtbot, main)
    view = main.case_view
    assert view.current_page is None  # a decided case opens at its follow-up
    assert not view.radar_banner.isVisible()

    add_signal(qtbot, main, "Moeder belt: vader is weer thuis en heeft gedreigd.")
    progress = main.vault.steps.progress(case_id)
    assert progress.radar and progress.round == 2
    assert view.radar_banner.isVisible()
    assert view.radar_text.text().startswith(
        "Nieuwe signalen van onveiligheid na uw melding. Meld opnieuw bij Veilig Thuis"
    )
    assert "Nieuwe zorgen" in view.step_bar.buttons[None].text()
    assert "ronde 2" in view.status.text()
    qtbot.waitUntil(lambda: main.case_list.model.index(0, 1).data() == "! 1 · Signalen")


def test_closing_needs_a_reason_and_a_closed_case_can_be_reopened(
    qtbot: QtBot, main: MainWindow, questions: Questions
) -> None:
    case_id = case_with_signal(qtbot, main)
    view, vault = main.case_view, main.vault
    dialog = open_from(qtbot, main, view.close_button, CloseCaseDialog)
    click(qtbot, dialog.save_button)
    assert dialog.errors.messages() == {"close_code": "Kies waarom de casus wordt gesloten."}
    choose(dialog.code, CloseReason.OTHER.value)
    click(qtbot, dialog.save_button)
    assert dialog.errors.messages() == {"close_reason": "Geef aan waarom de casus wordt gesloten."}
    assert vault.cases.get(case_id).status is CaseStatus.OPEN
    choose(dialog.code, CloseReason.NO_SUSPICION.value)
    type_into(qtbot, dialog.reason, "De plek kwam van een val op het schoolplein.")
    save(qtbot, dialog)

    case = vault.cases.get(case_id)
    assert case.status is CaseStatus.CLOSED and case.close_code is CloseReason.NO_SUSPICION
    assert view.closed_banner.isVisible()
    assert "Geen vermoeden (meer): De plek kwam van een val" in view.closed_banner.text()
    assert not view.add_signal_button.isEnabled() and not view.close_button.isVisible()
    assert view.reopen_button.isVisible()

    questions.answers.append(True)
    click(qtbot, view.reopen_button)
    assert vault.cases.get(case_id).status is CaseStatus.OPEN
    assert not view.closed_banner.isVisible() and view.add_signal_button.isEnabled()
    events = [
        str(r[0])
        for r in vault.db.execute(
            "SELECT event FROM audit_log WHERE case_id = ? AND event IN ('close', 'reopen')"
            " ORDER BY seq",
            (case_id,),
        )
    ]
    assert events == ["close", "reopen"]


def test_hooks_for_the_afwegingskader_and_the_melding_show_only_when_connected(
    qtbot: QtBot, main: MainWindow
) -> None:
    case_id = decided_case(qtbot, main)
    # The main window connects them; a case view on its own offers neither.
    go_to(qtbot, main, Step.WEIGHING)
    assert main.case_view.assess_button.isVisible()
    view = CaseView(main.vault)
    qtbot.addWidget(view)
    view.show()
    view.show_case(case_id)
    view.show_page(Step.WEIGHING)
    assert not view.assess_button.isVisible()
    view.show_page(Step.DECISION)
    assert not view.report_button.isVisible() and not view.dossier_button.isVisible()

    started: list[int] = []
    composed: list[int] = []
    printed: list[int] = []
    view.start_assessment.connect(started.append)
    view.compose_report.connect(composed.append)
    view.print_dossier.connect(printed.append)
    view.show_page(Step.WEIGHING)
    qtbot.waitUntil(view.assess_button.isVisible)
    click(qtbot, view.assess_button)
    view.show_page(Step.DECISION)
    assert view.report_button.isVisible() and view.report_button.isEnabled()
    click(qtbot, view.report_button)
    click(qtbot, view.dossier_button)
    assert started == composed == printed == [case_id]

    view.start_assessment.disconnect(started.append)
    view.compose_report.disconnect(composed.append)
    qtbot.waitUntil(lambda: not view.report_button.isVisible())
    view.show_page(Step.WEIGHING)
    assert not view.assess_button.isVisible()
