"""The rules of the wiring between the case view and what it opens: without a kader, skipping
stays possible; another group's kader shows in the stored weging; an open weging is continued;
a departure from a weging that reports is said at the field and needs its reasons; a lock
closes every dialog (and kept what was typed), and takes our passphrase off the clipboard; the
dossier's purpose goes into the audit log; the melding is logged, never unlogged."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.domain.entries import Decision
from app.domain.enums import ChangeKind, Step, StepStatus
from app.framework.library import FrameworkLibrary
from app.framework.terms import Entry
from app.settings import Settings
from app.vault.audit import AuditEvent
from tests.entry_values import report_registration, signal
from tests.ui import case_session as session
from tests.ui.assessment.conftest import give, library_with_broken_files
from tests.ui.conftest import (
    Questions,
    click,
    go_to,
    open_case,
    open_from,
    run_setup,
    save,
    type_into,
    unlock,
)
from tests.ui.report.conftest import paper  # noqa: F401 - a fixture
from ui import main_window
from ui.assessment.dialog import AssessmentDialog
from ui.main_window import MainWindow
from ui.report.annual_dialog import AnnualOverviewDialog
from ui.report.composer import ReportComposerDialog
from ui.report.dossier_dialog import DossierDialog
from ui.report.registration_dialog import RegistrationDialog
from ui.shell import Shell
from ui.steps.entry_cards import EntryHistoryDialog
from ui.steps.step_dialogs import StepSkipDialog

PEOPLE = session.People("Noor Verbeek", "111222333", "Saskia Verbeek", "mishandeling")


@pytest.fixture(autouse=True)
def empty_clipboard(qapp: QApplication) -> None:
    QGuiApplication.clipboard().clear()


def window_in_step_four(
    qtbot: QtBot, make_shell: Callable[..., Shell], settings: Settings = session.SETTINGS
) -> tuple[Shell, MainWindow, int]:
    shell = make_shell(settings=settings)
    main, _ = run_setup(qtbot, shell)
    case_id = session.case_through_steps_one_to_three(qtbot, main, PEOPLE)
    go_to(qtbot, main, Step.WEIGHING)
    return shell, main, case_id


def decided_to_report(qtbot: QtBot, make_shell: Callable[..., Shell]) -> tuple[Shell, MainWindow]:
    shell, main, _ = window_in_step_four(qtbot, make_shell)
    session.record_weging(qtbot, session.weigh_to_a_report(qtbot, main))
    session.decide_as_drafted(qtbot, main)
    return shell, main


# -- step 4 --------------------------------------------------------------------------------


@pytest.mark.parametrize("broken", [False, True], ids=["no-kader-files", "all-refused"])
def test_without_any_kader_step_four_says_so_and_can_be_skipped(
    broken: bool,
    qtbot: QtBot,
    make_shell: Callable[..., Shell],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    library = FrameworkLibrary([])
    if broken:
        refused = library_with_broken_files(tmp_path / "kaders").refused
        library = FrameworkLibrary([], refused)
    monkeypatch.setattr(main_window, "shipped_library", lambda: library)
    _, main, case_id = window_in_step_four(qtbot, make_shell)
    view = main.case_view
    notice = view.weighing_page.notice
    assert notice.isVisible()
    assert notice.text().startswith("Er kon geen afwegingskader worden geladen")
    assert "sla deze stap over" in notice.text()
    assert ("artsen.toml" in notice.text()) is broken
    assert not view.assess_button.isEnabled()
    dialog = open_from(qtbot, main, view.skip_weighing_button, StepSkipDialog)
    type_into(qtbot, dialog.reason, "Op papier gewogen met het kader van de artsen.")
    save(qtbot, dialog)
    assert main.vault.steps.progress(case_id).state(Step.WEIGHING).status is StepStatus.SKIPPED


def test_a_group_without_kader_chooses_one_and_the_stored_weging_says_so(
    qtbot: QtBot, make_shell: Callable[..., Shell]
) -> None:
    settings = Settings(profession_group="bakkers")
    _, main, case_id = window_in_step_four(qtbot, make_shell, settings)
    view = main.case_view
    notice = view.weighing_page.notice
    assert notice.isVisible() and "(bakkers)" in notice.text()
    assert view.assess_button.isEnabled() and view.skip_weighing_button.isEnabled()
    dialog = open_from(qtbot, main, view.assess_button, AssessmentDialog)
    assert dialog.pages.currentWidget() is dialog.chooser
    dialog.chooser.select(main.library.get("algemeen").key)
    click(qtbot, dialog.chooser.choose_button)
    give(qtbot, dialog, "no", "Geen vermoeden na het gesprek met de ouders.")
    session.record_weging(qtbot, dialog)
    stored = main.vault.assessments.newest(case_id)
    assert stored is not None and stored.value.instead_of_group == "bakkers"
    shown = view.weighing_page.view
    assert shown.other_group.isVisible() and "(bakkers)" in shown.other_group.text()


def test_another_groups_kader_is_named_in_the_stored_weging(
    qtbot: QtBot, make_shell: Callable[..., Shell], questions: Questions
) -> None:
    _, main, case_id = window_in_step_four(qtbot, make_shell)
    view = main.case_view
    dialog = session.open_weging(qtbot, main)
    click(qtbot, dialog.choose_button)
    dialog.chooser.select(main.library.get("kinderopvang").key)
    click(qtbot, dialog.chooser.choose_button)
    give(qtbot, dialog, "home", "Het kind vertelt over geweld thuis.")
    give(qtbot, dialog, "yes", "Blauwe plekken en wat het kind vertelt.")
    give(qtbot, dialog, "yes", "Vader dreigt opnieuw: structureel onveilig.")
    session.record_weging(qtbot, dialog)
    stored = main.vault.assessments.newest(case_id)
    own = main.library.get("artsen").group.name
    assert stored is not None and stored.value.instead_of_group == own
    shown = view.weighing_page.view
    assert shown.title.text() == main.library.get("kinderopvang").title
    assert shown.other_group.isVisible() and own in shown.other_group.text()


def test_an_open_weging_is_continued_from_step_four(
    qtbot: QtBot, make_shell: Callable[..., Shell], questions: Questions
) -> None:
    _, main, case_id = window_in_step_four(qtbot, make_shell)
    page = main.case_view.weighing_page
    dialog = session.open_weging(qtbot, main)
    give(qtbot, dialog, "yes", "Blauwe plekken en het kind vertelt over knijpen.")
    with qtbot.waitSignal(dialog.kept_open):
        click(qtbot, dialog.keep_open_button)
    assert page.tabs.count() == 1 and page.tabs.tabText(0).endswith("nog open")
    assert page.view.unfinished.isVisible() and page.continue_button.isVisible()
    click(qtbot, page.continue_button)
    resumed = main.case_view.active_dialog
    assert (
        isinstance(resumed, AssessmentDialog) and resumed.question_page.number.text() == "Vraag 2"
    )
    give(qtbot, resumed, "yes", "Het gebeurt vaker: structureel onveilig.")
    session.record_weging(qtbot, resumed)
    (weging,) = main.vault.assessments.for_case(case_id)
    assert [v.change for v in weging.versions] == [ChangeKind.CREATED, ChangeKind.CONTINUED]
    assert page.tabs.tabText(0).endswith("melden") and not page.continue_button.isVisible()
    click(qtbot, page.history_button)  # two versions, one click away
    history = main.case_view.active_dialog
    assert isinstance(history, EntryHistoryDialog) and len(history.version_frames) == 2
    history.reject()


def test_a_new_profession_group_in_the_settings_weighs_under_its_kader(
    qtbot: QtBot, make_shell: Callable[..., Shell]
) -> None:
    shell, main, _ = window_in_step_four(qtbot, make_shell, Settings(profession_group="xyz"))
    assert main.case_view.weighing_page.notice.isVisible()
    shell.apply_settings(Settings(profession_group="onderwijs"))
    assert not main.case_view.weighing_page.notice.isVisible()
    dialog = session.open_weging(qtbot, main)
    assert dialog.framework_title.text() == main.library.get("onderwijs").title
    assert not dialog.chose_other_framework
    dialog.done(0)


def test_after_a_melding_new_signals_are_weighed_from_the_follow_up(
    qtbot: QtBot, make_shell: Callable[..., Shell]
) -> None:
    _, main = decided_to_report(qtbot, make_shell)
    vault = main.vault
    case_id = main.case_view.case.id  # type: ignore[union-attr]
    (decision,) = vault.entries.of_kind(case_id, Decision)
    vault.reports.register(case_id, report_registration(decision.id))
    vault.signals.add(case_id, signal("Weer een blauwe plek."))
    main.case_view.reload()
    assert vault.steps.progress(case_id).revisited
    dialog = session.open_weging(qtbot, main)
    assert dialog.entry is Entry.FOLLOW_UP
    assert dialog.question_page.number.text() == "Vraag V1"
    dialog.done(0)


# -- step 5 --------------------------------------------------------------------------------


def test_departing_from_a_weging_that_reports_is_said_and_needs_its_reasons(
    qtbot: QtBot, make_shell: Callable[..., Shell]
) -> None:
    _, main, case_id = window_in_step_four(qtbot, make_shell)
    session.record_weging(qtbot, session.weigh_to_a_report(qtbot, main))
    dialog = session.open_decision(qtbot, main)
    assert dialog.report_to_vt.value() is True and not dialog.departure.isVisible()
    # While the decision follows the weging, the note beside it says what the weging says.
    assert dialog.expected.isVisible()
    assert dialog.expected.text().startswith("Volgens de weging meldt u bij Veilig Thuis (")
    reasons_at = dialog.report_reasons.mapTo(dialog, QPoint(0, 0))
    click(qtbot, dialog.report_to_vt.no)
    assert dialog.departure.isVisible() and not dialog.expected.isVisible()
    assert dialog.departure.text().startswith("Volgens de weging meldt u bij Veilig Thuis")
    # The warning takes the note's place: the reasons below it stay where they were.
    assert dialog.report_reasons.mapTo(dialog, QPoint(0, 0)) == reasons_at
    click(qtbot, dialog.offer_help.no)
    type_into(qtbot, dialog.help_reasons, " Geen hulp nodig volgens mij.")
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert dialog.errors.messages()["report_reasons"].startswith("U wijkt af van de weging")
    assert main.vault.entries.of_kind(case_id, Decision) == []

    dialog.report_reasons.setPlainText("Vader is vertrokken; moeder en kind wonen bij oma.")
    # The doctors' code expects Veilig Thuis consulted first; step 2 holds no adviesvraag.
    assert dialog.no_advice_notice.isVisible()
    dialog.no_advice_reason.setPlainText("Vertrouwensarts was niet bereikbaar; morgen opnieuw.")
    save(qtbot, dialog)
    (decision,) = main.vault.entries.of_kind(case_id, Decision)
    assert decision.value.report_to_vt is False
    assert decision.value.assessment_id == main.vault.assessments.newest(case_id).id  # type: ignore[union-attr]
    # Back to "report": the warning goes.
    again = session.open_decision(qtbot, main)
    click(qtbot, again.report_to_vt.no)
    click(qtbot, again.report_to_vt.yes)
    assert not again.departure.isVisible()
    again.reject()


def test_a_doctor_not_reporting_without_veilig_thuis_advice_is_asked_why(
    qtbot: QtBot, make_shell: Callable[..., Shell]
) -> None:
    """The doctors' kader expects Veilig Thuis consulted before deciding; step 2 holds only a
    talk with the aandachtsfunctionaris, so step 5 says so and asks for the reason."""
    _, main, case_id = window_in_step_four(qtbot, make_shell)
    weging = session.open_weging(qtbot, main)
    give(qtbot, weging, "no", "De blauwe plek past bij de val die de school ook zag.")
    session.record_weging(qtbot, weging)
    dialog = session.open_decision(qtbot, main)
    assert dialog.report_to_vt.value() is False
    assert dialog.no_advice_notice.isVisible()
    assert "geen adviesvraag aan Veilig Thuis" in dialog.no_advice_notice.text()
    click(qtbot, dialog.offer_help.no)
    type_into(qtbot, dialog.help_reasons, " Geen hulp nodig.")
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert dialog.errors.messages()["no_advice_reason"].startswith("Schrijf op waarom u Veilig")
    assert main.vault.entries.of_kind(case_id, Decision) == []
    # Reporting after all: the question goes, and nothing above it moved.
    reasons_at = dialog.report_reasons.mapTo(dialog, dialog.report_reasons.rect().topLeft())
    click(qtbot, dialog.report_to_vt.yes)
    assert not dialog.no_advice_notice.isVisible()
    assert dialog.report_reasons.mapTo(dialog, dialog.report_reasons.rect().topLeft()) == reasons_at
    click(qtbot, dialog.report_to_vt.no)
    type_into(qtbot, dialog.no_advice_reason, "Ik heb het met de vertrouwensarts besproken.")
    save(qtbot, dialog)
    (decision,) = main.vault.entries.of_kind(case_id, Decision)
    assert decision.value.no_advice_reason == "Ik heb het met de vertrouwensarts besproken."


def test_without_a_weging_in_this_round_the_decision_is_not_drafted(
    qtbot: QtBot, make_shell: Callable[..., Shell]
) -> None:
    _, main, _ = window_in_step_four(qtbot, make_shell)
    dialog = open_from(qtbot, main, main.case_view.skip_weighing_button, StepSkipDialog)
    type_into(qtbot, dialog.reason, "Op papier gewogen.")
    save(qtbot, dialog)
    decision = session.open_decision(qtbot, main)
    assert decision.report_to_vt.value() is None and decision.report_reasons.toPlainText() == ""
    assert decision.draft is None and not decision.departure.isVisible()
    assert not decision.expected.isVisible()  # no weging: nothing to follow or depart from
    decision.reject()


# -- locking -------------------------------------------------------------------------------


def test_locking_closes_the_melding_and_takes_our_passphrase_off_the_clipboard(
    qtbot: QtBot,
    make_shell: Callable[..., Shell],
    questions: Questions,
    export_folder: Path,
    system_temp: Path,
) -> None:
    shell, main = decided_to_report(qtbot, make_shell)
    composer, exported, passphrase_dialog = session.melding_exported(qtbot, main, export_folder)
    click(qtbot, passphrase_dialog.copy_button)
    assert QGuiApplication.clipboard().text() == exported.passphrase
    click(qtbot, composer.register_button)
    registration = composer.registration_dialog
    assert isinstance(registration, RegistrationDialog) and registration.isVisible()

    with qtbot.waitSignal(shell.locked):
        main.lock_action.trigger()
    assert questions.asked == []  # no question holds the lock up
    assert session.no_dialog_left()
    assert QGuiApplication.clipboard().text() == ""
    assert passphrase_dialog.passphrase_text == ""
    # Nothing of the melding stayed behind but the encrypted file.
    assert [p.name for p in export_folder.iterdir()] == [exported.path.name]
    assert list(system_temp.iterdir()) == []


def test_locking_leaves_what_the_user_copied_since_alone(
    qtbot: QtBot,
    make_shell: Callable[..., Shell],
    questions: Questions,
    export_folder: Path,
    system_temp: Path,
) -> None:
    shell, main = decided_to_report(qtbot, make_shell)
    _, _, passphrase_dialog = session.melding_exported(qtbot, main, export_folder)
    click(qtbot, passphrase_dialog.copy_button)
    QGuiApplication.clipboard().setText("boodschappenlijst")
    with qtbot.waitSignal(shell.locked):
        main.lock_action.trigger()
    assert QGuiApplication.clipboard().text() == "boodschappenlijst"


def test_locking_closes_a_weging_and_keeps_its_answers_as_a_draft(
    qtbot: QtBot, make_shell: Callable[..., Shell], questions: Questions
) -> None:
    shell, main, _ = window_in_step_four(qtbot, make_shell)
    dialog = session.open_weging(qtbot, main)
    give(qtbot, dialog, "yes", "Blauwe plekken en het kind vertelt over knijpen.")
    type_into(qtbot, dialog.question_page.reason, "Half geschreven reden")
    with qtbot.waitSignal(shell.locked):
        main.lock_action.trigger()
    assert session.no_dialog_left() and questions.asked == []

    main = unlock(qtbot, shell)
    (summary,) = main.vault.cases.summaries()
    open_case(qtbot, main, summary.id)
    questions.answers = [True]  # "Concept terugzetten?"
    resumed = session.open_weging(qtbot, main)
    assert len(questions.asked) == 1
    assert resumed.question_page.number.text() == "Vraag 2"
    assert resumed.question_page.reason_text() == "Half geschreven reden"
    assert resumed.assessment is not None and len(resumed.assessment.steps) == 1
    resumed.done(0)


@pytest.mark.parametrize("window", ["dossier", "annual", "practice"])
def test_locking_closes_the_other_windows_too(
    window: str, qtbot: QtBot, make_shell: Callable[..., Shell], questions: Questions
) -> None:
    shell, main = decided_to_report(qtbot, make_shell)
    if window == "dossier":
        opened = session.open_dossier(qtbot, main)
        assert isinstance(opened, DossierDialog)
        opened.open_print_preview()
    elif window == "annual":
        main.annual_action.trigger()
        annual = main.active_dialog
        assert isinstance(annual, AnnualOverviewDialog)
        annual.open_print_preview()
    else:
        main.practice_details_action.trigger()
        assert main.active_dialog is not None
    qtbot.waitUntil(lambda: not session.no_dialog_left())
    with qtbot.waitSignal(shell.locked):
        main.lock_action.trigger()
    assert session.no_dialog_left()


# -- the documents -------------------------------------------------------------------------


def test_the_dossiers_purpose_goes_into_the_audit_log_when_printed(
    qtbot: QtBot,
    make_shell: Callable[..., Shell],
    paper: Path,  # noqa: F811
) -> None:
    _, main = decided_to_report(qtbot, make_shell)
    case_id = main.case_view.case.id  # type: ignore[union-attr]
    main.dossier_action.trigger()
    dossier = main.case_view.active_dialog
    assert isinstance(dossier, DossierDialog)
    click(qtbot, dossier.print_choice)
    assert not dossier.print_button.isEnabled()  # the purpose first
    click(qtbot, dossier.own_file)
    with qtbot.waitSignal(dossier.printed):
        click(qtbot, dossier.print_button)
    assert paper.exists()
    (row,) = main.vault.audit.entries(case_id=case_id, limit=1)
    assert (row.event, row.detail, row.user_id) == (AuditEvent.PRINT, "dossier", main.vault.user.id)


def test_a_melding_without_a_decision_to_carry_out_says_why_it_cannot_be_registered(
    qtbot: QtBot,
    make_shell: Callable[..., Shell],
    questions: Questions,
    export_folder: Path,
    system_temp: Path,
) -> None:
    _, main = decided_to_report(qtbot, make_shell)
    vault = main.vault
    case_id = main.case_view.case.id  # type: ignore[union-attr]
    (decision,) = vault.entries.of_kind(case_id, Decision)
    composer = session.compose(qtbot, main)
    assert composer.decision_id == decision.id
    composer.done(0)
    # Carried out already: the next melding needs a new decision before it can be registered.
    vault.reports.register(case_id, report_registration(decision.id))
    main.case_view.reload()
    composer = main.case_reports.compose(case_id)  # type: ignore[union-attr]
    assert isinstance(composer, ReportComposerDialog) and composer.decision_id is None
    session.fill_and_check(qtbot, composer)
    click(qtbot, composer.reminder.confirm)
    _, passphrase_dialog = session.export_from(qtbot, composer, export_folder)
    session.close_passphrase(qtbot, passphrase_dialog, questions.answers)
    assert not composer.register_button.isVisible()
    assert "beslissing om te melden is vastgelegd" in composer.registered_label.text()
    exports = [e.detail for e in vault.audit.entries(case_id=case_id) if e.event == "export"]
    assert exports == ["melding"]  # logged even so
    composer.done(0)


def test_the_practice_details_are_checked_and_shared_by_the_vault(
    qtbot: QtBot, make_shell: Callable[..., Shell], questions: Questions
) -> None:
    shell = make_shell()
    main, _ = run_setup(qtbot, shell)
    session.set_practice_details(qtbot, main)
    main.practice_details_action.trigger()
    dialog = main.active_dialog
    assert dialog is not None
    assert dialog.name.text() == session.PRACTICE  # type: ignore[attr-defined]
    assert dialog.organisation.currentText() == "Veilig Thuis Utrecht"  # type: ignore[attr-defined]
    dialog.name.setText("x" * 201)  # type: ignore[attr-defined]
    click(qtbot, dialog.save_button)  # type: ignore[attr-defined]
    assert "name" in dialog.errors.messages()  # type: ignore[attr-defined]
    assert main.vault.setting("practice_name") == session.PRACTICE
    questions.answers = [True]
    dialog.reject()


def test_saving_the_melding_again_replaces_the_first_file(
    qtbot: QtBot,
    make_shell: Callable[..., Shell],
    questions: Questions,
    export_folder: Path,
    system_temp: Path,
) -> None:
    _, main = decided_to_report(qtbot, make_shell)
    composer, first, passphrase_dialog = session.melding_exported(qtbot, main, export_folder)
    session.close_passphrase(qtbot, passphrase_dialog, questions.answers)
    composer.done(0)

    # Opened again in this session: it knows when, and where the first file is.
    composer = session.compose(qtbot, main)
    session.fill_and_check(qtbot, composer)
    note = composer.export_panel.replace_note
    assert note.isVisible() and first.path.name in note.text()
    click(qtbot, composer.reminder.confirm)
    second, passphrase_dialog = session.export_from(qtbot, composer, export_folder)
    assert first.path.name in passphrase_dialog.intro.text()
    assert second.passphrase != first.passphrase
    asked = len(questions.asked)
    questions.answers.append(True)  # "Hebt u haar doorgegeven?"
    questions.answers.append(True)  # remove the earlier file
    click(qtbot, passphrase_dialog.close_button)
    assert first.path.name in questions.asked[asked + 1]
    assert not first.path.exists() and second.path.exists()
    composer.done(0)
