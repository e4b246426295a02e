"""The weging dialog, driven as a user drives it: answers clicked, reasons typed, back and forth,
the result page, the kader chooser, and nothing lost without asking."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from app.domain.weighing import recorded_from, recorded_outcome
from app.errors import DiskFull
from app.framework.assessment import Assessment, AssessmentRecord, start_assessment
from app.framework.library import FrameworkLibrary, FrameworkUnavailable
from app.framework.terms import Entry
from tests.ui.assessment.conftest import choose, give, open_dialog
from tests.ui.conftest import Questions, click, type_into
from ui.assessment.dialog import AssessmentDialog

CALL_VT = "Bel Veilig Thuis: 0800-2000 (gratis, dag en nacht)."
CALL_112 = "Is er direct gevaar? Bel dan eerst 112."


def test_a_general_weging_back_and_forth_to_a_report(
    qtbot: QtBot, library: FrameworkLibrary
) -> None:
    general = library.get("algemeen")
    dialog = open_dialog(qtbot, AssessmentDialog(library, general, case_title="Gezin A"))
    page = dialog.question_page
    assert dialog.windowTitle() == "Afwegingskader: Gezin A"
    assert dialog.framework_title.text() == general.title
    assert "versie 1.0" in dialog.framework_line.text()
    assert general.group.name in dialog.framework_line.text()
    assert (
        page.number.text() == "Vraag 1" and page.text.text() == general.questions["suspicion"].text
    )
    assert page.guidance.toPlainText() == general.questions["suspicion"].guidance

    give(qtbot, dialog, "yes", "Blauwe plekken op de arm; Noor vertelt over slaan.")
    give(qtbot, dialog, "no", "Geen direct gevaar; vader is uit huis.")
    give(qtbot, dialog, "yes", "Ik kan opvoedsteun via het wijkteam regelen.")
    assert page.number.text() == "Vraag 4"
    type_into(qtbot, page.reason, "Nog niet besproken")

    click(qtbot, dialog.back_button)
    assert page.number.text() == "Vraag 3"
    assert page.answer_id() == "yes"
    assert page.reason_text() == "Ik kan opvoedsteun via het wijkteam regelen."
    click(qtbot, dialog.back_button)
    assert page.number.text() == "Vraag 2" and page.answer_id() == "no"
    # The same answer again: the later question comes back with its reason, and so does the
    # text typed at question 4 before going back.
    click(qtbot, dialog.next_button)
    assert page.number.text() == "Vraag 3" and page.answer_id() == "yes"
    click(qtbot, dialog.next_button)
    assert page.number.text() == "Vraag 4" and page.reason_text() == "Nog niet besproken"

    # Change an earlier answer through the path overview: question 2 becomes yes.
    assert dialog.path.answered_ids() == ["suspicion", "unsafety", "help_possible"]
    dialog.path.select("unsafety")
    click(qtbot, dialog.path.jump_button)
    assert page.number.text() == "Vraag 2"
    choose(qtbot, dialog, "yes")
    page.reason.clear()
    type_into(qtbot, page.reason, "Moeder zegt dat vader vannacht weer dreigde.")
    click(qtbot, dialog.next_button)

    assert dialog.pages.currentWidget() is dialog.result_page
    assert dialog.outcome == general.outcomes["report_unsafety"]
    panel = dialog.outcome_panel
    assert panel.urgent.isVisibleTo(dialog)
    assert panel.urgent.text().index(CALL_112) < panel.urgent.text().index(CALL_VT)
    assert panel.report.text() == "Ja, en de vragen 3-5 samen met Veilig Thuis doorlopen"
    assert panel.recipients.text() == "Veilig Thuis"
    assert panel.help.text() == "Ja"
    assert panel.norm.text().startswith("Acute of structurele onveiligheid")
    assert panel.text.text() == general.outcomes["report_unsafety"].text

    record = dialog.record()
    assert record is not None
    assert [(s.question_id, s.answer_id) for s in record.steps] == [
        ("suspicion", "yes"),
        ("unsafety", "yes"),
    ]
    assert record.steps[1].reason == "Moeder zegt dat vader vannacht weer dreigde."
    replayed = library.replay(AssessmentRecord.from_json(record.to_json()))
    assert replayed.outcome == dialog.outcome

    # Reopening question 2 from the result and answering no again finds question 3's reason.
    dialog.path.select("unsafety")
    click(qtbot, dialog.path.jump_button)
    choose(qtbot, dialog, "no")
    click(qtbot, dialog.next_button)
    assert page.reason_text() == "Ik kan opvoedsteun via het wijkteam regelen."
    click(qtbot, dialog.back_button)
    choose(qtbot, dialog, "yes")
    click(qtbot, dialog.next_button)

    assert dialog.save_button.isVisible() and not dialog.next_button.isVisible()
    with qtbot.waitSignal(dialog.completed) as completed:
        click(qtbot, dialog.save_button)
    assert completed.args == [dialog.record()]
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()


def test_a_childcare_weging_starts_with_the_route_and_can_change_it(
    qtbot: QtBot, library: FrameworkLibrary
) -> None:
    childcare = library.get("kinderopvang")
    dialog = open_dialog(qtbot, AssessmentDialog(library, childcare))
    page = dialog.question_page
    assert page.number.text() == "Route"
    assert [b.text() for b in page.answer_group.buttons()] == [
        a.label for a in childcare.questions["route"].answers
    ]
    give(
        qtbot, dialog, "staff", "Een collega zag een invalkracht een kind hard bij de arm grijpen."
    )
    assert page.text.text() == childcare.questions["staff_offence"].text
    assert not page.answer_notice.isVisibleTo(dialog)
    choose(qtbot, dialog, "yes")
    assert page.answer_notice.isVisibleTo(dialog)
    assert "Meld de aanwijzing direct aan de houder" in page.answer_notice.text()
    give(qtbot, dialog, "yes", "Blauwe plekken op de bovenarm, het kind huilde bij de invalkracht.")
    give(qtbot, dialog, "yes", "De vertrouwensinspecteur ziet een redelijk vermoeden.")

    panel = dialog.outcome_panel
    assert dialog.outcome == childcare.outcomes["staff_report_police"]
    assert panel.report.text() == "Ja"
    assert panel.recipients.text() == (
        "de houder, de vertrouwensinspecteur (overleg) en de politie (aangifte)"
    )
    assert "aangifte bij de politie" in panel.urgent.text()
    assert "0800-2000" not in panel.urgent.text()  # this route reports to the houder, not VT

    # The situation turns out to be the home: back to the route question.
    dialog.path.select("route")
    click(qtbot, dialog.path.jump_button)
    assert page.answer_id() == "staff"
    give(qtbot, dialog, "home", "Het kind vertelt over klappen thuis.")
    give(qtbot, dialog, "yes", "Meerdere signalen, besproken met de aandachtsfunctionaris.")
    give(qtbot, dialog, "yes", "Het kind durft niet naar huis.")
    assert dialog.outcome == childcare.outcomes["report_unsafety"]
    assert CALL_112 in panel.urgent.text() and CALL_VT in panel.urgent.text()
    assert panel.recipients.text() == "Veilig Thuis"
    record = dialog.record()
    assert record is not None and record.steps[0].answer_id == "home"
    assert library.replay(record).outcome == childcare.outcomes["report_unsafety"]


def test_an_empty_reason_is_named_at_its_field_and_nothing_moves(
    qtbot: QtBot, library: FrameworkLibrary
) -> None:
    dialog = open_dialog(qtbot, AssessmentDialog(library, library.get("algemeen")))
    page = dialog.question_page
    choose(qtbot, dialog, "yes")
    for reason in ("", "   \n "):
        page.reason.setPlainText(reason)
        click(qtbot, dialog.next_button)
        assert dialog.assessment is not None and dialog.assessment.steps == ()
        assert page.number.text() == "Vraag 1"
        assert "reden" in page.reason_field.error_text()
        assert page.reason_field.error.isVisibleTo(dialog)
    assert dialog.focusWidget() is page.reason
    type_into(qtbot, page.reason, "Signalen besproken")
    assert page.reason_field.error_text() == ""

    other = open_dialog(qtbot, AssessmentDialog(library, library.get("algemeen")))
    type_into(qtbot, other.question_page.reason, "Een reden zonder antwoord")
    click(qtbot, other.next_button)
    assert "Kies een van de antwoorden" in other.question_page.answer_field.error_text()
    assert other.question_page.reason_field.error_text() == ""
    choose(qtbot, other, "no")
    assert other.question_page.answer_field.error_text() == ""


def test_enter_goes_on_only_with_an_answer_and_a_reason(
    qtbot: QtBot, library: FrameworkLibrary
) -> None:
    dialog = open_dialog(qtbot, AssessmentDialog(library, library.get("algemeen")))
    page = dialog.question_page
    yes = page.answer_button("yes")
    choose(qtbot, dialog, "yes")
    qtbot.keyClick(yes, Qt.Key.Key_Return)
    assert dialog.assessment is not None and dialog.assessment.steps == ()
    assert not dialog.next_button.isDefault()
    assert dialog.errors.messages() == {}  # Enter is not a click on Next: no error shown
    type_into(qtbot, page.reason, "Zorgen over de basiszorg")
    assert dialog.next_button.isDefault()
    page.answer_button("yes").setFocus()
    qtbot.keyClick(page.answer_button("yes"), Qt.Key.Key_Return)
    assert len(dialog.assessment.steps) == 1 and page.number.text() == "Vraag 2"
    # Enter on a focused button presses that button, not Next.
    dialog.back_button.setFocus()
    qtbot.keyClick(dialog.back_button, Qt.Key.Key_Return)
    assert page.number.text() == "Vraag 1"


def test_cancelling_after_answers_asks_first(
    qtbot: QtBot, library: FrameworkLibrary, questions: Questions
) -> None:
    untouched = open_dialog(qtbot, AssessmentDialog(library, library.get("algemeen")))
    untouched.reject()
    assert questions.asked == [] and not untouched.isVisible()

    dialog = open_dialog(qtbot, AssessmentDialog(library, library.get("algemeen")))
    give(qtbot, dialog, "yes", "Signalen wijzen op mishandeling.")
    questions.answers = [False]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(questions.asked) == 1 and "weggooien" in questions.asked[0]
    assert dialog.isVisible() and dialog.assessment is not None
    assert len(dialog.assessment.steps) == 1
    questions.answers = [True]
    dialog.reject()
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected

    typed = open_dialog(qtbot, AssessmentDialog(library, library.get("algemeen")))
    type_into(qtbot, typed.question_page.reason, "Alleen een reden")
    typed.reject()
    assert len(questions.asked) == 3 and typed.isVisible()


def test_another_kader_is_chosen_on_purpose_and_shown_as_such(
    qtbot: QtBot, library: FrameworkLibrary, questions: Questions
) -> None:
    own = library.get("onderwijs")
    dialog = open_dialog(qtbot, AssessmentDialog(library, own))
    assert not dialog.other_framework_note.isVisibleTo(dialog)
    assert not dialog.chose_other_framework
    give(qtbot, dialog, "home", "Leerling vertelt over geweld thuis.")
    choose(qtbot, dialog, "yes")
    type_into(qtbot, dialog.question_page.reason, "Vermoeden na gesprek")
    click(qtbot, dialog.choose_button)
    # Enter on the kader in use: back at the question, the typed input kept, nothing answered.
    qtbot.keyClick(dialog.chooser.list, Qt.Key.Key_Return)
    assert dialog.pages.currentWidget() is dialog.question_page
    assert dialog.question_page.answer_id() == "yes"
    assert dialog.question_page.reason_text() == "Vermoeden na gesprek"
    assert dialog.assessment is not None and len(dialog.assessment.steps) == 1
    click(qtbot, dialog.choose_button)
    assert dialog.pages.currentWidget() is dialog.chooser
    assert "(uw beroepsgroep)" in dialog.chooser.list.currentItem().text()
    dialog.chooser.select(library.get("kinderopvang").key)
    questions.answers = [False]
    click(qtbot, dialog.chooser.choose_button)
    assert "opnieuw" in questions.asked[0]
    assert dialog.assessment is not None and dialog.assessment.framework == own
    assert len(dialog.assessment.steps) == 1

    click(qtbot, dialog.choose_button)
    dialog.chooser.select(library.get("kinderopvang").key)
    questions.answers = [True]
    click(qtbot, dialog.chooser.choose_button)
    assert dialog.assessment.framework == library.get("kinderopvang")
    assert dialog.assessment.steps == ()
    assert dialog.pages.currentWidget() is dialog.question_page
    assert dialog.question_page.answer_id() == ""  # nothing carried over from the other kader
    assert dialog.framework_title.text() == library.get("kinderopvang").title
    assert dialog.other_framework_note.isVisibleTo(dialog)
    assert own.group.name in dialog.other_framework_note.text()
    assert "vastgelegd" in dialog.other_framework_note.text()
    assert dialog.chose_other_framework
    give(qtbot, dialog, "staff", "Aanwijzing tegen een pedagogisch medewerker.")
    record = dialog.record()
    assert record is not None and record.framework_id == "kinderopvang"


def test_a_broken_kader_file_leaves_the_others_usable_and_is_named(
    qtbot: QtBot, library_with_a_broken_file: FrameworkLibrary
) -> None:
    library = library_with_a_broken_file
    assert library.default_for_group("artsen") is None
    dialog = open_dialog(
        qtbot, AssessmentDialog(library, library.default_for_group("artsen"), case_title="X")
    )
    chooser = dialog.chooser
    assert dialog.pages.currentWidget() is chooser and dialog.assessment is None
    assert chooser.missing.isVisibleTo(dialog)
    assert not chooser.back_button.isVisibleTo(dialog)
    assert chooser.list.count() == len(library.newest()) == 11
    refused = chooser.refused.text()
    assert "artsen.toml" in refused and "kringloop" in refused
    assert "eigen-kader.toml" in refused and "geen geldig TOML-bestand" in refused
    assert not dialog.next_button.isEnabled() and not dialog.back_button.isEnabled()
    chooser.select(library.get("algemeen").key)
    click(qtbot, chooser.choose_button)
    assert dialog.assessment is not None and dialog.assessment.framework.id == "algemeen"
    assert dialog.chose_other_framework
    give(qtbot, dialog, "no", "Geen vermoeden na het gesprek met de ouders.")
    assert dialog.outcome is not None and not dialog.outcome.reports
    assert dialog.outcome_panel.report.text() == "Nee"
    assert not dialog.outcome_panel.recipients.isVisibleTo(dialog)
    assert not dialog.outcome_panel.urgent.isVisibleTo(dialog)


def test_a_stored_weging_is_resumed_where_it_stopped(
    qtbot: QtBot, library: FrameworkLibrary
) -> None:
    general = library.get("algemeen")
    stored = (
        start_assessment(general)
        .answer("yes", "Signalen.")
        .answer("no", "Niet acuut.")
        .answer("yes", "Hulp via het wijkteam.")
        .answer("yes", "Ouders doen mee.")
    )
    dialog = open_dialog(qtbot, AssessmentDialog(library, None, record=stored.record()))
    page = dialog.question_page
    assert page.number.text() == "Vraag 5"
    assert dialog.path.answered_ids() == [
        "suspicion",
        "unsafety",
        "help_possible",
        "help_accepted",
    ]
    dialog.reject()  # nothing changed: no question
    assert not dialog.isVisible()

    finished = stored.answer("yes", "Veilig na drie maanden.")
    again = open_dialog(qtbot, AssessmentDialog(library, general, record=finished.record()))
    assert again.pages.currentWidget() is again.result_page
    assert again.outcome == general.outcomes["help_and_monitor"]
    click(qtbot, again.back_button)
    assert again.question_page.number.text() == "Vraag 5"
    assert again.question_page.answer_id() == "yes"
    assert again.question_page.reason_text() == "Veilig na drie maanden."

    follow_up = start_assessment(general, Entry.FOLLOW_UP).answer("yes", "Nieuwe blauwe plek.")
    resumed = open_dialog(qtbot, AssessmentDialog(library, general, record=follow_up.record()))
    assert resumed.entry is Entry.FOLLOW_UP
    assert "Vervolg na melding of hulp" in resumed.framework_line.text()

    gone = AssessmentRecord("algemeen", "0.9", Entry.CHECK, stored.record().steps)
    with pytest.raises(FrameworkUnavailable):
        AssessmentDialog(library, general, record=gone)


def test_an_unfinished_weging_can_be_kept_open_and_a_storage_fault_is_shown(
    qtbot: QtBot, library: FrameworkLibrary, questions: Questions
) -> None:
    stored: list[Assessment] = []
    dialog = open_dialog(
        qtbot, AssessmentDialog(library, library.get("algemeen"), store=stored.append)
    )
    assert not dialog.keep_open_button.isEnabled()
    give(qtbot, dialog, "yes", "Signalen.")
    give(qtbot, dialog, "no", "Niet acuut.")
    type_into(qtbot, dialog.question_page.reason, "Half af")
    questions.answers = [False]
    click(qtbot, dialog.keep_open_button)
    assert dialog.isVisible() and stored == []
    questions.answers = [True]
    with qtbot.waitSignal(dialog.kept_open) as kept:
        click(qtbot, dialog.keep_open_button)
    assert len(stored) == 1 and len(stored[0].steps) == 2
    assert kept.args == [stored[0].record()]
    assert not dialog.isVisible()

    def full_disk(_: Assessment) -> None:
        raise DiskFull

    failing = open_dialog(
        qtbot, AssessmentDialog(library, library.get("algemeen"), store=full_disk)
    )
    give(qtbot, failing, "no", "Geen vermoeden.")
    with qtbot.assertNotEmitted(failing.completed):
        click(qtbot, failing.save_button)
    assert failing.isVisible()
    assert "schijf is vol" in failing.errors.messages()[""]
    assert failing.record() is not None and len(failing.record().steps) == 1  # type: ignore[union-attr]


def test_what_the_file_keeps_reads_as_the_dialog_showed_it(
    qtbot: QtBot, library: FrameworkLibrary
) -> None:
    dialog = open_dialog(qtbot, AssessmentDialog(library, library.get("verloskunde")))
    give(qtbot, dialog, "yes", "Zwangere vertelt over schoppen tegen de buik.")
    give(qtbot, dialog, "yes", "Partner dreigt opnieuw.")
    assert dialog.assessment is not None and dialog.outcome is not None
    kept = recorded_from(dialog.assessment)  # what vault.assessments.record stores
    assert kept.record() == dialog.record()
    assert kept.outcome == recorded_outcome(dialog.outcome)
    assert kept.answers[0].question.text == dialog.path.list.item(0).toolTip()


def test_tab_follows_the_screen_and_the_path_is_reopened_by_keyboard(
    qtbot: QtBot, library: FrameworkLibrary
) -> None:
    dialog = open_dialog(qtbot, AssessmentDialog(library, library.get("algemeen")))
    give(qtbot, dialog, "yes", "Signalen.")
    page = dialog.question_page
    reachable = []
    widget = dialog.choose_button.nextInFocusChain()
    while widget is not dialog.choose_button:
        if widget.isVisibleTo(dialog) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            reachable.append(widget)
        widget = widget.nextInFocusChain()
    answers = page.answer_group.buttons()
    expected = [
        dialog.path.list,
        dialog.path.jump_button,
        "answers",  # Tab enters the answers once; the arrow keys move between them
        page.reason,
        page.guidance,
        dialog.back_button,
        dialog.keep_open_button,
        dialog.next_button,
    ]
    in_order = ["answers" if w in answers else w for w in reachable]
    assert [w for w in in_order if w in expected] == expected
    cancel = next(b for b in dialog.buttons.buttons() if b.isVisibleTo(dialog))
    assert reachable.index(dialog.next_button) < reachable.index(cancel)

    dialog.path.list.setFocus()
    qtbot.keyClick(dialog.path.list, Qt.Key.Key_Home)
    qtbot.keyClick(dialog.path.list, Qt.Key.Key_Return)
    # Enter reopened question 1 and went no further, although its answer and reason are ready.
    assert page.number.text() == "Vraag 1" and page.is_ready()
    assert dialog.assessment is not None and dialog.assessment.steps == ()


def test_every_question_lists_ja_before_nee(qtbot: QtBot, library: FrameworkLibrary) -> None:
    """Question 1's file lists Nee first and question 2's Ja first: both show Ja, then Nee."""
    general = library.get("algemeen")
    dialog = open_dialog(qtbot, AssessmentDialog(library, general))
    page = dialog.question_page

    def labels() -> list[str]:
        items = (page.answers_layout.itemAt(i) for i in range(page.answers_layout.count()))
        return [w.text() for w in (item.widget() for item in items if item) if w]

    assert page.number.text() == "Vraag 1" and labels() == ["Ja", "Nee"]
    give(qtbot, dialog, "yes", "Blauwe plekken op de arm.")
    assert page.number.text() == "Vraag 2" and labels() == ["Ja", "Nee"]
    # The first button is Ja: clicking Ja checks it and gives the answer Ja.
    choose(qtbot, dialog, "yes")
    assert page.answer_group.checkedButton() is page.answer_group.button(0)
    assert page.answer_id() == "yes"
