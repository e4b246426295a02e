"""A case walked through the real window the way a professional does it: the practice's details,
steps 1 to 3, the weging in the afwegingskader dialog, the decision as drafted, the melding
composed and exported, registered, VT's feedback, the dossier and the jaaroverzicht.

Shared by the end-to-end test (tests/ui/test_case_end_to_end.py) and the privacy test that
searches the disk afterwards (tests/real/test_no_plaintext_after_a_session.py). Every step
checks that the window really went where it should; the tests check the results.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from app.domain.enums import (
    ChildTalk,
    ClientTalk,
    ConsulteeKind,
    FollowUpOutcome,
    ReportChannel,
    Step,
)
from app.export.dossier import DossierSection
from app.settings import Settings
from tests.ui.assessment.conftest import give
from tests.ui.conftest import (
    WORKER_TIMEOUT_MS,
    add_person,
    add_signal,
    choose,
    click,
    go_to,
    new_case,
    open_from,
    save,
    type_into,
)
from ui.assessment.dialog import AssessmentDialog
from ui.main_window import MainWindow
from ui.practice_menu import PracticeDetailsDialog
from ui.report.annual_dialog import AnnualOverviewDialog
from ui.report.composer import ReportComposerDialog
from ui.report.dossier_dialog import DossierDialog
from ui.report.feedback_dialog import FeedbackDialog
from ui.report.passphrase_dialog import PassphraseDialog
from ui.report.registration_dialog import RegistrationDialog
from ui.steps.entry_cards import EntryAction
from ui.steps.step_dialogs import ConsultationDialog, ConversationDialog, DecisionDialog

SETTINGS = Settings(profession_group="artsen")
PRACTICE = "Huisartsenpraktijk De Linde"
REGION = "utrecht"
LEFT_OUT_FACTS = "Buurvrouw hoorde 's nachts geschreeuw"
EXPORT_TIMEOUT_MS = 30_000


@dataclass(frozen=True)
class People:
    child: str
    bsn: str
    parent: str
    word: str  # a word that stands in the signals (the privacy test's marker)


@dataclass(frozen=True)
class Exported:
    path: Path
    passphrase: str


def set_practice_details(qtbot: QtBot, main: MainWindow) -> None:
    main.practice_details_action.trigger()
    dialog = main.active_dialog
    assert isinstance(dialog, PracticeDetailsDialog) and dialog.isVisible()
    type_into(qtbot, dialog.name, PRACTICE)
    choose(dialog.organisation, REGION)
    save(qtbot, dialog)


def case_through_steps_one_to_three(qtbot: QtBot, main: MainWindow, people: People) -> int:
    view = main.case_view
    case_id = new_case(qtbot, main, "Gezin Noord")
    add_person(qtbot, main, people.child, "child", people.bsn)
    add_person(qtbot, main, people.parent, "parent_or_carer")
    add_signal(
        qtbot,
        main,
        f"{people.child} heeft blauwe plekken op beide armen en zegt: papa kneep hard. "
        f"Vermoeden van {people.word}.",
        form="physical_abuse",
    )
    add_signal(qtbot, main, f"{LEFT_OUT_FACTS}; daarna huilde een kind.")

    go_to(qtbot, main, Step.CONSULTATION)
    dialog = open_from(qtbot, main, view.consultation_button, ConsultationDialog)
    choose(dialog.consultee_kind, ConsulteeKind.DESIGNATED_CONSULTEE.value)
    type_into(qtbot, dialog.consultee, "Bram Smit")
    click(qtbot, dialog.client_named.yes)
    type_into(qtbot, dialog.advice, "Bespreek het met de ouders en weeg met het kader.")
    type_into(qtbot, dialog.next_step, "Gesprek met moeder en het kind.")
    save(qtbot, dialog)

    go_to(qtbot, main, Step.CONVERSATION)
    dialog = open_from(qtbot, main, view.conversation_button, ConversationDialog)
    choose(dialog.client_talk, ClientTalk.HELD.value)
    choose(dialog.child_talk, ChildTalk.ALONE.value)
    type_into(qtbot, dialog.present, "Moeder, het kind en de huisarts")
    type_into(qtbot, dialog.said, "De blauwe plekken en wat het kind vertelde.")
    type_into(qtbot, dialog.reaction, "Moeder schrok en wil hulp.")
    save(qtbot, dialog)
    return case_id


def open_weging(qtbot: QtBot, main: MainWindow) -> AssessmentDialog:
    view = main.case_view
    go_to(qtbot, main, Step.WEIGHING)
    return open_from(qtbot, main, view.assess_button, AssessmentDialog)


def weigh_to_a_report(qtbot: QtBot, main: MainWindow) -> AssessmentDialog:
    """The doctors' kader: a suspicion and structural unsafety, each with a reason; stays on
    the result page (the caller looks at it and records it)."""
    dialog = open_weging(qtbot, main)
    give(qtbot, dialog, "yes", "Blauwe plekken en het kind vertelt over knijpen.")
    give(qtbot, dialog, "yes", "Het gebeurt vaker en vader is nog thuis: structureel onveilig.")
    assert dialog.pages.currentWidget() is dialog.result_page
    return dialog


def record_weging(qtbot: QtBot, dialog: AssessmentDialog) -> None:
    with qtbot.waitSignal(dialog.completed):
        click(qtbot, dialog.save_button)
    assert not dialog.isVisible()


def open_decision(qtbot: QtBot, main: MainWindow) -> DecisionDialog:
    go_to(qtbot, main, Step.DECISION)
    return open_from(qtbot, main, main.case_view.decision_button, DecisionDialog)


def decide_as_drafted(qtbot: QtBot, main: MainWindow) -> DecisionDialog:
    """Step 5 as the weging drafted it; the help agreed and the client told are added."""
    dialog = open_decision(qtbot, main)
    assert dialog.report_to_vt.value() is True and dialog.offer_help.value() is True
    row = dialog.help_agreed._rows[0]
    type_into(qtbot, row.what, "Opvoedondersteuning")
    type_into(qtbot, row.by_whom, "Buurtteam Noord")
    click(qtbot, dialog.client_informed.yes)
    type_into(qtbot, dialog.client_informed_note, "Moeder begreep het en wil meewerken.")
    save(qtbot, dialog)
    return dialog


def compose(qtbot: QtBot, main: MainWindow) -> ReportComposerDialog:
    go_to(qtbot, main, Step.DECISION)
    return open_from(qtbot, main, main.case_view.report_button, ReportComposerDialog)


def fill_and_check(qtbot: QtBot, composer: ReportComposerDialog) -> None:
    """Leave out the neighbour's signal, say what only the melder can say, go on."""
    left_out = next(
        e
        for e in composer.signal_editors
        if LEFT_OUT_FACTS in e.form.fields["facts"].editor.toPlainText()  # type: ignore[attr-defined]
    )
    left_out.include.setChecked(False)
    if composer.organisation_choice() is None:  # the practice's region is not set
        choose(composer.organisation, REGION)
    type_into(
        qtbot,
        composer.safety_form.fields["summary"].editor,
        "Het kind woont thuis met vader; moeder wil hulp.",
    )
    type_into(
        qtbot,
        composer.request_form.fields["request_to_vt"].editor,
        "Graag een veiligheidsbeoordeling.",
    )
    click(qtbot, composer.next_button)
    assert composer.errors.messages() == {}, composer.errors.messages()
    assert composer.pages.currentIndex() == composer.SEND_PAGE


def export_from(
    qtbot: QtBot, host: ReportComposerDialog | DossierDialog | AnnualOverviewDialog, folder: Path
) -> tuple[Exported, PassphraseDialog]:
    panel = host.export_panel
    panel.folder.setText(str(folder))
    with qtbot.waitSignal(panel.exported, timeout=EXPORT_TIMEOUT_MS) as exported:
        click(qtbot, panel.export_button)
    qtbot.waitUntil(lambda: not panel.running, timeout=EXPORT_TIMEOUT_MS)
    qtbot.waitUntil(lambda: panel.passphrase_dialog is not None)
    dialog = panel.passphrase_dialog
    assert isinstance(dialog, PassphraseDialog)
    qtbot.waitUntil(dialog.isVisible)
    return Exported(exported.args[0], dialog.passphrase_text), dialog


def melding_exported(
    qtbot: QtBot, main: MainWindow, folder: Path
) -> tuple[ReportComposerDialog, Exported, PassphraseDialog]:
    """From step 5: the melding composed and checked, the reminder ticked, then exported."""
    composer = compose(qtbot, main)
    fill_and_check(qtbot, composer)
    click(qtbot, composer.reminder.confirm)
    exported, passphrase_dialog = export_from(qtbot, composer, folder)
    return composer, exported, passphrase_dialog


def close_passphrase(qtbot: QtBot, dialog: PassphraseDialog, answers: list[bool]) -> None:
    answers.append(True)  # "Hebt u haar doorgegeven?"
    click(qtbot, dialog.close_button)
    assert not dialog.isVisible()


def register(qtbot: QtBot, composer: ReportComposerDialog) -> RegistrationDialog:
    click(qtbot, composer.register_button)
    dialog = composer.registration_dialog
    assert isinstance(dialog, RegistrationDialog) and dialog.isVisible()
    choose(dialog.channel, ReportChannel.SECURE_FORM.value)
    click(qtbot, dialog.phoned_yes)
    with qtbot.waitSignal(composer.registered):
        save(qtbot, dialog)
    return dialog


def record_feedback(qtbot: QtBot, main: MainWindow, report_id: int) -> FeedbackDialog:
    page = go_to(qtbot, main, None)
    card = next(c for c in page.list.cards if c.entry_id == report_id)  # type: ignore[attr-defined]
    click(qtbot, card.buttons[EntryAction.FEEDBACK])
    dialog = main.case_view.active_dialog
    assert isinstance(dialog, FeedbackDialog) and dialog.isVisible()
    type_into(qtbot, dialog.vt_reference, "VT-2026-0815")
    click(qtbot, dialog.received)
    choose(dialog.outcome, FollowUpOutcome.SAFE.value)
    type_into(qtbot, dialog.findings, "Veilig Thuis heeft een veiligheidsplan met moeder.")
    save(qtbot, dialog)
    return dialog


def open_dossier(qtbot: QtBot, main: MainWindow) -> DossierDialog:
    return open_from(qtbot, main, main.case_view.dossier_button, DossierDialog)


def withhold_person(dialog: DossierDialog, person_id: int) -> None:
    dialog.item_for(DossierSection.PERSONS, person_id).setCheckState(0, Qt.CheckState.Unchecked)


def no_dialog_left() -> bool:
    return not [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()
    ]


def wait_for_workers(qtbot: QtBot) -> None:
    from ui.workers import running_count

    qtbot.waitUntil(lambda: running_count() == 0, timeout=WORKER_TIMEOUT_MS)
