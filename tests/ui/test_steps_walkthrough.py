"""One case through the five meldcode steps and its follow-up, as a user walks it: through the
real dialogs and their fields. Afterwards the vault holds every entry, with its versions and
its rows in the audit log, and the derived progress says where the case stands."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from pytestqt.qtbot import QtBot

from app.domain.entries import (
    Consultation,
    Conversation,
    Decision,
    FollowUp,
    KindCheck,
    StepSkip,
)
from app.domain.enums import (
    CasePhase,
    ChangeKind,
    ChildTalk,
    ClientTalk,
    ConsulteeKind,
    DependantSafety,
    EntryKind,
    FollowUpCheck,
    FollowUpOutcome,
    Step,
    StepStatus,
)
from app.timeutil import today
from tests.ui.conftest import (
    Questions,
    add_person,
    add_signal,
    card_button,
    choose,
    click,
    go_to,
    new_case,
    open_from,
    run_setup,
    save,
    type_into,
)
from ui.shell import Shell
from ui.steps.entry_cards import EntryAction, EntryHistoryDialog
from ui.steps.follow_up_dialogs import CheckResultDialog, RescheduleDialog
from ui.steps.step_dialogs import (
    ConsultationDialog,
    ConversationDialog,
    DecisionDialog,
    KindCheckDialog,
    StepSkipDialog,
)


def test_a_case_walks_all_five_steps_and_its_follow_up(
    qtbot: QtBot, make_shell: Callable[..., Shell], questions: Questions
) -> None:
    main, _ = run_setup(qtbot, make_shell())
    vault = main.vault
    view = main.case_view
    case_id = new_case(qtbot, main, "Gezin Jansen")
    add_person(qtbot, main, "Mira Jansen", "client")
    add_signal(qtbot, main, "Moeder heeft een blauw oog en zegt dat ze is gevallen.")

    # Step 1 waits for the kindcheck: the client is an adult.
    progress = vault.steps.progress(case_id)
    assert progress.current_step is Step.SIGNALS and progress.kindcheck_required
    assert "Nu aan de beurt" in view.step_bar.buttons[Step.SIGNALS].text()
    assert "kindcheck" in view.signals_page.header.state.text()
    page = go_to(qtbot, main, Step.SIGNALS)
    view.signals_page.show_tab(view.signals_page.kindcheck_box)
    dialog = open_from(qtbot, main, view.kindcheck_button, KindCheckDialog)
    dialog.children_count.selectAll()  # as a Tab into the field does
    qtbot.keyClicks(dialog.children_count, "2")
    type_into(qtbot, dialog.children_ages, "4, 9")
    choose(dialog.safety, DependantSafety.NOT_AT_STAKE.value)
    type_into(qtbot, dialog.notes, "Kinderen logeren bij oma als het thuis onrustig is.")
    save(qtbot, dialog)
    assert questions.asked == []  # no children at risk: no case of their own is offered
    assert view.signals_page.tabs.tabText(2) == "Kindcheck ✓"

    # Step 2: on via the page's own "next" button.
    assert "Verder: Stap 2" in page.header.next_button.text()
    click(qtbot, page.header.next_button)
    assert view.current_page is Step.CONSULTATION
    dialog = open_from(qtbot, main, view.consultation_button, ConsultationDialog)
    choose(dialog.consultee_kind, ConsulteeKind.DESIGNATED_CONSULTEE.value)
    type_into(qtbot, dialog.consultee, "Bram Smit")
    click(qtbot, dialog.client_named.yes)
    type_into(qtbot, dialog.advice, "Bespreek het met moeder en vraag zo nodig VT om advies.")
    type_into(qtbot, dialog.next_step, "Gesprek met moeder deze week.")
    save(qtbot, dialog)

    # Step 3: the reason is required where a conversation did not happen.
    go_to(qtbot, main, Step.CONVERSATION)
    dialog = open_from(qtbot, main, view.conversation_button, ConversationDialog)
    choose(dialog.client_talk, ClientTalk.HELD.value)
    choose(dialog.child_talk, ChildTalk.NOT_HELD.value)
    assert dialog.fields["child_reason"].isVisible()
    assert not dialog.fields["client_reason"].isVisible()
    type_into(qtbot, dialog.present, "Moeder en de huisarts")
    type_into(qtbot, dialog.said, "Het blauwe oog en de zorgen over thuis besproken.")
    type_into(qtbot, dialog.reaction, "Moeder was opgelucht en wil hulp.")
    click(qtbot, dialog.save_button)
    assert dialog.errors.messages() == {
        "child_reason": "Geef aan waarom u niet met het kind heeft gesproken. Alleen de "
        "leeftijd of een beperking is daarvoor geen reden."
    }
    type_into(qtbot, dialog.child_reason, "De kinderen waren die dag niet mee.")
    save(qtbot, dialog)

    # Step 4: weighed on paper, so skipped here with a reason (the weging in the window is
    # walked in test_case_end_to_end).
    weighing = go_to(qtbot, main, Step.WEIGHING)
    assert view.assess_button.isVisible() and view.assess_button.isEnabled()
    assert not view.weighing_page.notice.isVisible()
    assert "Nu aan de beurt" in view.step_bar.buttons[Step.WEIGHING].text()
    dialog = open_from(qtbot, main, view.skip_weighing_button, StepSkipDialog)
    type_into(qtbot, dialog.reason, "Gewogen met het kader van de artsen op papier.")
    save(qtbot, dialog)
    assert "Overgeslagen" in weighing.header.state.text()

    # Step 5: both decisions, with reasons, the help agreed and whether the client was told.
    go_to(qtbot, main, Step.DECISION)
    dialog = open_from(qtbot, main, view.decision_button, DecisionDialog)
    click(qtbot, dialog.report_to_vt.yes)
    type_into(qtbot, dialog.report_reasons, "Structurele onveiligheid.")
    click(qtbot, dialog.offer_help.yes)
    type_into(qtbot, dialog.help_reasons, "Moeder wil hulp.")
    row = dialog.help_agreed._rows[0]
    type_into(qtbot, row.what, "Gesprekken bij het buurtteam")
    type_into(qtbot, row.by_whom, "Buurtteam Oost")
    type_into(qtbot, row.until, (today() + timedelta(days=90)).strftime("%d-%m-%Y"))
    click(qtbot, dialog.client_informed.yes)
    save(qtbot, dialog)

    progress = vault.steps.progress(case_id)
    assert progress.phase is CasePhase.FOLLOW_UP
    assert [s.status for s in progress.steps] == [
        StepStatus.DONE,
        StepStatus.DONE,
        StepStatus.DONE,
        StepStatus.SKIPPED,
        StepStatus.DONE,
    ]
    assert "Loopt" in view.step_bar.buttons[None].text()

    # The follow-up: the decision planned three checks; the feedback of VT comes in.
    follow_up = go_to(qtbot, main, None)
    checks = vault.follow_ups.for_case(case_id)
    assert [c.value.check for c in checks] == [
        FollowUpCheck.VT_FEEDBACK,
        FollowUpCheck.SAFETY_3_MONTHS,
        FollowUpCheck.SAFETY_12_MONTHS,
    ]
    assert len(follow_up.list.cards) == 3
    feedback, three_months = checks[0], checks[1]
    click(qtbot, card_button(follow_up, feedback.id, EntryAction.RECORD_RESULT))
    dialog = view.active_dialog
    assert isinstance(dialog, CheckResultDialog)
    choose(dialog.outcome, FollowUpOutcome.SAFE.value)
    type_into(qtbot, dialog.findings, "VT heeft een veiligheidsplan gemaakt met moeder.")
    save(qtbot, dialog)

    click(qtbot, card_button(follow_up, three_months.id, EntryAction.RESCHEDULE))
    dialog = view.active_dialog
    assert isinstance(dialog, RescheduleDialog)
    later = three_months.value.due_on + timedelta(days=14)  # type: ignore[operator]
    dialog.due_on.set_date(later)
    type_into(qtbot, dialog.change_reason, "Moeder is dan terug van vakantie.")
    save(qtbot, dialog)

    # A correction of step 2, with its reason; the history is one click away.
    consultation_page = go_to(qtbot, main, Step.CONSULTATION)
    consultation = vault.entries.for_case(case_id, EntryKind.CONSULTATION)[0]
    click(qtbot, card_button(consultation_page, consultation.id, EntryAction.CORRECT))
    dialog = view.active_dialog
    assert isinstance(dialog, ConsultationDialog)
    assert dialog.consultee.text() == "Bram Smit"  # starts from what was recorded
    dialog.next_step.setPlainText("Gesprek met moeder en vader samen.")
    click(qtbot, dialog.save_button)
    assert dialog.errors.messages() == {"change_reason": "Geef aan waarom u dit corrigeert."}
    type_into(qtbot, dialog.change_reason, "Vader was er ook bij.")
    save(qtbot, dialog)
    click(qtbot, card_button(consultation_page, consultation.id, EntryAction.HISTORY))
    history = view.active_dialog
    assert isinstance(history, EntryHistoryDialog) and len(history.version_frames) == 2
    history.reject()

    # What the vault holds now.
    entries = {e.kind: e for e in vault.entries.for_case(case_id)}
    check = entries[EntryKind.KINDCHECK].value
    assert isinstance(check, KindCheck)
    assert (check.children_count, check.children_ages) == (2, (4, 9))
    assert check.safety is DependantSafety.NOT_AT_STAKE
    recorded = entries[EntryKind.CONSULTATION]
    assert isinstance(recorded.value, Consultation)
    assert [v.change for v in recorded.versions] == [ChangeKind.CREATED, ChangeKind.CORRECTED]
    assert recorded.versions[1].change_reason == "Vader was er ook bij."
    assert recorded.value.client_named is True
    assert recorded.value.next_step == "Gesprek met moeder en vader samen."
    talk = entries[EntryKind.CONVERSATION].value
    assert isinstance(talk, Conversation) and talk.child_reason.startswith("De kinderen")
    skipped = entries[EntryKind.STEP_SKIP].value
    assert isinstance(skipped, StepSkip) and skipped.step is Step.WEIGHING
    decided = entries[EntryKind.DECISION].value
    assert isinstance(decided, Decision)
    assert decided.report_to_vt and decided.offer_help and decided.client_informed
    assert decided.help_agreed[0].by_whom == "Buurtteam Oost"
    assert decided.help_agreed[0].until == today() + timedelta(days=90)
    done = vault.entries.get_as(feedback.id, FollowUp)
    assert [v.change for v in done.versions] == [ChangeKind.CREATED, ChangeKind.RESULT_RECORDED]
    assert done.value.outcome is FollowUpOutcome.SAFE and done.value.done_on == today()
    moved = vault.entries.get_as(three_months.id, FollowUp)
    assert moved.value.due_on == later
    assert moved.current.change is ChangeKind.RESCHEDULED
    assert moved.current.change_reason == "Moeder is dan terug van vakantie."

    rows = vault.db.execute(
        "SELECT event, detail FROM audit_log WHERE case_id = ? AND object_type = 'entry'"
        " ORDER BY seq",
        (case_id,),
    )
    logged = [(str(r[0]), str(r[1]).split(";")[0]) for r in rows]
    for kind in ("kindcheck", "consultation", "conversation", "step_skip", "decision"):
        assert ("create", f"kind={kind}") in logged
    assert ("correct", "kind=consultation") in logged
    assert logged.count(("create", "kind=follow_up")) == 3
    assert logged.count(("update", "kind=follow_up")) == 2  # the result and the new date
    # Drafts: every save dropped its draft; none is left behind.
    assert vault.drafts.mine() == []
