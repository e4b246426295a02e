"""Developer tool: PNG grabs of the main windows, filled with fictional data.

    python -m tests.tools.screenshots OUTDIR [--donker]
    xvfb-run -a env QT_QPA_PLATFORM=xcb python -m tests.tools.screenshots OUTDIR

Everything happens in a throw-away folder with an in-memory keyring; the real vault, settings
and keyring of this computer are not touched. All names and events are made up.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from datetime import time as clock
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QWidget, QWizard

from app.case_documents.exports import annual_overview
from app.crypto import device_secret, kdf
from app.crypto.device_secret import DeviceSecretStore
from app.domain.decision_prefill import decision_draft
from app.domain.entries import (
    Consultation,
    Conversation,
    Decision,
    HelpAgreement,
    KindCheck,
    ReportRegistration,
)
from app.domain.enums import (
    ChildTalk,
    ClientTalk,
    ConsulteeKind,
    ContactRole,
    DependantSafety,
    ReportChannel,
    Step,
)
from app.domain.models import CaseDraft, ContactDraft, PersonDraft, SignalDraft, UserDraft
from app.domain.roles import WorkRole
from app.export.veilig_thuis import load_default
from app.framework.assessment import start_assessment
from app.framework.library import shipped_library
from app.practice import open_practice_vault
from app.practice_profile import PracticeProfile, save_practice_profile
from app.timeutil import clock_at
from app.vault.location import VaultLocation
from app.vault.vault import Vault
from tests.support import InMemoryKeyring
from ui.access_log_dialog import AccessLogDialog
from ui.application import install_translators
from ui.contacts_dialog import ContactsDialog
from ui.document_renderer import PagedDocument
from ui.main_window import MainWindow
from ui.report.annual_dialog import AnnualOverviewDialog
from ui.report.registration_list_dialog import RegistrationListDialog
from ui.setup_wizard import SetupWizard
from ui.signal_dialog import SignalDialog
from ui.steps.step_dialogs import ConsultationDialog, DecisionDialog
from ui.timeline import HistoryDialog
from ui.unlock_window import UnlockWindow
from ui.users_dialog import UsersDialog
from ui.widgets.tones import Appearance

PRACTICE_SERVER = "postgresql://meldcode_programma@server.praktijk.local:5432/meldcode"
PASSPHRASE = "groene tulpen langs het kanaal"
DEMO_KDF = kdf.CalibrationProfile(target_seconds=0.05, memory_kib=8 * 1024, min_time_cost=1)


def wait_until(condition: Callable[[], bool], seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get there in time")
        QCoreApplication.processEvents()
        time.sleep(0.01)


def open_case(window: MainWindow, case_id: int) -> None:
    """Open a case as the list does (it is read in the worker) and build its cards."""
    window.open_case(case_id)

    def shown() -> bool:
        view = window._case_view
        return (
            view is not None
            and not window._reading
            and view.case is not None
            and view.case.id == case_id
        )

    wait_until(shown)
    # Every signal's card, on whichever step the pictures show it.
    window.case_view.timeline.build_all()


def save(widget: QWidget, outdir: Path, name: str) -> Path:
    # Layouts settle over a few rounds (a scroll area learns its content's height late).
    for _ in range(5):
        QCoreApplication.processEvents()
    path = outdir / name
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    print(path)
    return path


@contextmanager
def days_ago(days: int) -> Iterator[date]:
    """Record as if it were `days` days ago, so Vandaag has something to say."""
    day = date.today() - timedelta(days=days)
    with clock_at(datetime.combine(day, clock(11, 0)).astimezone()):
        yield day


def fill_contacts(vault: Vault) -> dict[ContactRole, int]:
    save_practice_profile(
        vault, PracticeProfile("Huisartsenpraktijk De Linde", "utrecht"), load_default()
    )
    drafts = [
        ContactDraft("veilig_thuis", "Veilig Thuis Regio Midden", phone="0800 2000"),
        ContactDraft(
            "designated_consultee", "Bram Smit", "Huisartsenpraktijk De Linde", "030 765 4321"
        ),
        ContactDraft("local_team", "Buurtteam Oost", phone="030 222 3344"),
        ContactDraft(
            "confidential_doctor", "Vertrouwensarts Veilig Thuis Midden", phone="030 222 5566"
        ),
        ContactDraft("police", "Wijkagent Oost", phone="0900 8844"),
    ]
    with days_ago(90):
        return {ContactRole(d.role): vault.contacts.add(d).id for d in drafts}


def fill_steps_case(vault: Vault, contacts: dict[ContactRole, int]) -> int:
    """A case walked through all five steps, reported, and then a new signal: the radar."""
    with days_ago(60) as day:
        case = vault.cases.create(CaseDraft("Gezin K"))
        vault.persons.add(case.id, PersonDraft("client", "Karin de Wit", date(1990, 2, 11)))
        vault.persons.add(case.id, PersonDraft("suspected_perpetrator", "Mark de Wit"))
        vault.signals.add(
            case.id,
            SignalDraft(
                day,
                clock(10, 15),
                "Anna de Vries",
                "own_observation",
                "partner_violence",
                "Mevrouw heeft een blauwe plek rond het linkeroog en een gescheurde lip. Ze zegt "
                "dat ze van de trap is gevallen.",
                "Het letsel past niet goed bij een val.",
            ),
        )
    with days_ago(58) as day:
        check = vault.entries.add(
            case.id,
            KindCheck(
                day,
                2,
                (3, 6),
                False,
                0,
                DependantSafety.AT_STAKE,
                "Beide kinderen zijn thuis als het misgaat.",
            ),
        )
        vault.cases.create_for_children(check.id, CaseDraft("Kinderen van gezin K"))
    with days_ago(55) as day:
        vault.entries.add(
            case.id,
            Consultation(
                day,
                ConsulteeKind.DESIGNATED_CONSULTEE,
                contact_id=contacts[ContactRole.DESIGNATED_CONSULTEE],
                client_named=True,
                advice="Bespreek het letsel met mevrouw en vraag Veilig Thuis om advies.",
                next_step="Anoniem advies vragen bij Veilig Thuis.",
            ),
        )
    with days_ago(52) as day:
        vault.entries.add(
            case.id,
            Consultation(
                day,
                ConsulteeKind.VEILIG_THUIS,
                contact_id=contacts[ContactRole.VEILIG_THUIS],
                client_named=False,
                advice="Ga met mevrouw in gesprek over de veiligheid thuis, ook van de kinderen.",
                next_step="Gesprek met mevrouw binnen een week.",
            ),
        )
    with days_ago(45) as day:
        vault.entries.add(
            case.id,
            Conversation(
                day,
                ClientTalk.HELD,
                ChildTalk.NOT_HELD,
                child_reason="De kinderen worden gesproken in hun eigen casus.",
                present="Mevrouw de Wit en de huisarts.",
                said="Het letsel en de zorgen over de veiligheid thuis zijn benoemd.",
                reaction="Mevrouw huilde en vertelde dat haar man haar slaat als hij drinkt.",
            ),
        )
    with days_ago(44):
        weging = start_assessment(shipped_library().get("artsen"))
        for answer_id, reason in (
            (
                "yes",
                "Letsel dat niet bij een val past, en mevrouw vertelt zelf dat haar man haar "
                "slaat als hij drinkt.",
            ),
            (
                "yes",
                "Het geweld herhaalt zich en de kinderen zijn erbij: structureel onveilig.",
            ),
        ):
            weging = weging.answer(answer_id, reason)
        weging_id = vault.assessments.record(case.id, weging).id
    with days_ago(43) as day:
        decision = vault.entries.add(
            case.id,
            Decision(
                day,
                True,
                "Structurele onveiligheid: herhaald geweld, de kinderen zijn er getuige van.",
                True,
                "Mevrouw wil hulp en staat open voor het buurtteam.",
                (
                    HelpAgreement(
                        "Gesprekken bij het buurtteam", "Buurtteam Oost", day + timedelta(days=90)
                    ),
                ),
                True,
                "Mevrouw was opgelucht dat er iets gebeurt.",
                assessment_id=weging_id,
            ),
        )
        report = vault.reports.register(
            case.id,
            ReportRegistration(
                decision.id, day, "utrecht", ReportChannel.SECURE_FORM, phoned_first=True
            ),
        )
    with days_ago(40):
        vault.reports.add_reference(report.entry.id, "VT-2026-0815")
    with days_ago(3) as day:
        vault.signals.add(
            case.id,
            SignalDraft(
                day,
                None,
                "Anna de Vries",
                "told_by_parent",
                "partner_violence",
                "Mevrouw vertelt dat haar man weer thuis woont en dat hij vorige week een stoel "
                "kapot heeft gegooid.",
                "",
            ),
        )
    return case.id


def fill_demo_vault(vault: Vault) -> int:
    """Fictional cases; the first has people, signals and one correction."""
    today = date.today()
    case = vault.cases.create(CaseDraft("Gezin A"))
    vault.persons.add(
        case.id,
        PersonDraft("child", "Noor Jansen", date(2019, 4, 2), "", "", "Basisschool De Linde"),
    )
    vault.persons.add(case.id, PersonDraft("parent_or_carer", "Ilse Jansen", date(1988, 9, 14)))
    first = vault.signals.add(
        case.id,
        SignalDraft(
            today - timedelta(days=9),
            clock(8, 40),
            "Anna de Vries",
            "own_observation",
            "neglect",
            "Noor komt zonder jas en zonder ontbijt naar het consult; de kleren zijn vuil.",
            "Zorgen over de basiszorg thuis.",
        ),
    )
    vault.signals.correct(
        first.id,
        SignalDraft(
            today - timedelta(days=8),
            clock(8, 40),
            "Anna de Vries",
            "own_observation",
            "neglect",
            "Noor komt zonder jas en zonder ontbijt naar het consult; de kleren zijn vuil.",
            "Zorgen over de basiszorg thuis.",
        ),
        "Datum verkeerd overgenomen uit de agenda.",
    )
    vault.signals.add(
        case.id,
        SignalDraft(
            today - timedelta(days=2),
            clock(15, 10),
            "Anna de Vries",
            "told_by_child",
            "witnessing_partner_violence",
            "Noor vertelt dat papa en mama 's avonds hard schreeuwen en dat er een glas is "
            "gebroken. Ze zegt: 'Ik ga dan onder mijn dekbed liggen.'",
            "",
        ),
    )
    with days_ago(20):
        second = vault.cases.create(CaseDraft("Gezin B"))
        vault.signals.add(
            second.id,
            SignalDraft(
                today - timedelta(days=20),
                None,
                "Anna de Vries",
                "told_by_third_party",
                "not_yet_clear",
                "De buurvrouw belt dat ze het kind vaak alleen thuis hoort huilen.",
                "",
            ),
        )
    vault.cases.create(CaseDraft("Casus 2026-03"))
    return case.id


def take_case_work_screenshots(window: MainWindow, case_id: int, outdir: Path) -> None:
    """What the case view's hooks open: the step-5 draft, the melding, the dossier, and the
    Praktijk menu's jaaroverzicht and details."""
    view = window.case_view
    open_case(window, case_id)
    vault = window.vault
    weging = vault.assessments.newest(case_id)
    assert weging is not None
    decision = DecisionDialog(
        vault,
        case_id,
        parent=window,
        draft=decision_draft(weging, translate=QCoreApplication.translate),
    )
    decision.show()
    save(decision, outdir, "decision-drafted.png")
    decision.report_to_vt.set_value(False)
    save(decision, outdir, "decision-drafted-departure.png")
    decision.done(QDialog.DialogCode.Rejected)

    assert window.case_reports is not None
    composer = window.case_reports.compose(case_id)
    composer.resize(1180, 760)
    composer.signal_editors[0].include.setChecked(False)
    composer.refresh_preview()
    composer.navigation.setCurrentRow(3)
    save(composer, outdir, "melding-from-case.png")
    view.dialogs.discard()

    dossier = window.case_reports.open_dossier(case_id)
    dossier.access_request.setChecked(True)
    save(dossier, outdir, "dossier-from-case.png")
    view.dialogs.discard()

    window.open_annual_overview()
    annual = window.active_dialog
    assert isinstance(annual, AnnualOverviewDialog)
    annual.overview.verticalScrollBar().setValue(0)
    save(annual, outdir, "annual-overview.png")
    # Further down the whole overview: the chart of the months and the first sections.
    annual.overview.verticalScrollBar().setValue(annual.overview.verticalScrollBar().maximum() // 3)
    save(annual, outdir, "annual-overview-chart.png")
    window.dialogs.discard()
    year = date.today().year
    page = PagedDocument(annual_overview(vault, year)).page_image(0, dpi=80)
    page.save(str(outdir / "jaaroverzicht-page-1.png"))

    window.open_registration_list()
    listing = window.active_dialog
    assert isinstance(listing, RegistrationListDialog)
    listing.first.set_date(date(year, 1, 1))
    save(listing, outdir, "registration-list.png")
    window.dialogs.discard()

    window.open_practice_details()
    details = window.active_dialog
    assert details is not None
    save(details, outdir, "practice-details.png")
    window.dialogs.discard()


def take_people_screenshots(
    window: MainWindow, vault: Vault, store: DeviceSecretStore, outdir: Path
) -> None:
    """Praktijk > Gebruikers with colleagues in every role, and Praktijk > Logboek."""
    first = "eerste wachtzin voor de collega"
    for name, title, role, admin in (
        ("Bram Jansen", "huisarts", WorkRole.PROFESSIONAL, False),
        ("Sanne Bakker", "praktijkondersteuner", WorkRole.DESIGNATED_CONSULTEE, False),
        ("Mila Vermeulen", "", WorkRole.PRACTICE_MANAGER, True),
        ("Joost de Wit", "huisarts", WorkRole.PROFESSIONAL, False),
    ):
        vault.add_user(UserDraft(name, title, "", role.value, is_admin=admin), first, first, store)
    gone = next(u for u in vault.users() if u.display_name == "Joost de Wit")
    vault.deactivate_user(gone.id)
    users = UsersDialog(vault, store, window)
    users.show()
    users.select_user(3)
    save(users, outdir, "users.png")
    users.done(QDialog.DialogCode.Rejected)

    log = AccessLogDialog(vault, window)
    log.show()
    loaded: list[bool] = []
    log.page_loaded.connect(lambda: loaded.append(True))
    log.start()
    wait_until(lambda: bool(loaded))
    save(log, outdir, "access-log.png")
    log.done(QDialog.DialogCode.Rejected)


def take_dialog_screenshots(
    window: MainWindow, vault: Vault, store: DeviceSecretStore, case_id: int, outdir: Path
) -> None:
    """Every other dialog of the program, once, as it opens: for the pictures and for the
    window audit (tests/tools/window_audit.py), which checks each picture's window."""
    from app.domain.enums import EntryKind
    from app.export.veilig_thuis import load_default as load_listing
    from app.framework.library import shipped_library as kaders
    from app.settings import Settings
    from ui.about_dialog import AboutDialog
    from ui.backup_dialogs import BackupDialog, RestoreDialog
    from ui.case_dialog import NewCaseDialog
    from ui.crash_dialog import CrashDialog
    from ui.keyring_required import KeyringRequiredWindow
    from ui.person_dialog import PersonDialog
    from ui.recovery_dialog import NewPassphraseDialog, RecoveryDialog
    from ui.report.feedback_dialog import FeedbackDialog
    from ui.report.registration_dialog import RegistrationDialog
    from ui.settings_dialog import SettingsDialog
    from ui.steps.case_dialogs import ChildrenCaseDialog, CloseCaseDialog, WithdrawDialog
    from ui.steps.follow_up_dialogs import CheckResultDialog, PlanCheckDialog, RescheduleDialog
    from ui.steps.step_dialogs import ConversationDialog, KindCheckDialog, StepSkipDialog
    from ui.users_dialog import AddUserDialog

    (check,) = vault.entries.for_case(case_id, EntryKind.KINDCHECK)[:1]
    follow_up = vault.follow_ups.for_case(case_id)[0]
    report = vault.reports.for_case(case_id)[0]
    location = vault.location
    dialogs: list[tuple[str, QWidget]] = [
        ("dialog-settings.png", SettingsDialog(Settings(), window, kaders())),
        ("dialog-person.png", PersonDialog(vault, case_id, parent=window)),
        ("dialog-new-case.png", NewCaseDialog(vault, window)),
        ("dialog-kindcheck.png", KindCheckDialog(vault, case_id, parent=window)),
        ("dialog-conversation.png", ConversationDialog(vault, case_id, parent=window)),
        ("dialog-skip-step.png", StepSkipDialog(vault, case_id, Step.CONVERSATION, parent=window)),
        ("dialog-close-case.png", CloseCaseDialog(vault, case_id, window)),
        ("dialog-children-case.png", ChildrenCaseDialog(vault, check, "Kinderen", window)),
        ("dialog-withdraw.png", WithdrawDialog(vault, follow_up, window)),
        ("dialog-plan-check.png", PlanCheckDialog(vault, case_id, window)),
        ("dialog-check-result.png", CheckResultDialog(vault, case_id, follow_up, window)),
        ("dialog-reschedule.png", RescheduleDialog(vault, case_id, follow_up, window)),
        ("dialog-registration.png", RegistrationDialog(load_listing(), "utrecht", window)),
        ("dialog-feedback.png", FeedbackDialog(vault.reports, report, window)),
        ("dialog-backup.png", BackupDialog(vault, window)),
        ("dialog-restore.png", RestoreDialog(location, window)),
        ("dialog-recovery.png", RecoveryDialog(location, vault.user.id, window)),
        ("dialog-new-passphrase.png", NewPassphraseDialog(vault, store, window)),
        ("dialog-about.png", AboutDialog(Settings(), kaders(), window, device_store=store)),
        ("dialog-add-user.png", AddUserDialog(vault, store, window)),
        ("dialog-crash.png", CrashDialog("ValueError at app/example.py:1", window)),
        ("keyring-required.png", KeyringRequiredWindow()),
    ]
    for name, dialog in dialogs:
        dialog.show()
        save(dialog, outdir, name)
        if isinstance(dialog, QDialog):
            dialog.done(QDialog.DialogCode.Rejected)
        else:
            dialog.close()


def dark_palette() -> QPalette:
    """A dark window palette, as a system in dark mode hands the program."""
    palette = QPalette()
    for role, colour in {
        QPalette.ColorRole.Window: "#202124",
        QPalette.ColorRole.WindowText: "#e8eaed",
        QPalette.ColorRole.Base: "#171717",
        QPalette.ColorRole.AlternateBase: "#26282b",
        QPalette.ColorRole.Text: "#e8eaed",
        QPalette.ColorRole.Button: "#2d2f33",
        QPalette.ColorRole.ButtonText: "#e8eaed",
        QPalette.ColorRole.Highlight: "#8ab4f8",
        QPalette.ColorRole.HighlightedText: "#202124",
        QPalette.ColorRole.Mid: "#5f6368",
        QPalette.ColorRole.PlaceholderText: "#9aa0a6",
        QPalette.ColorRole.Link: "#8ab4f8",
        QPalette.ColorRole.ToolTipBase: "#2d2f33",
        QPalette.ColorRole.ToolTipText: "#e8eaed",
    }.items():
        palette.setColor(role, QColor(colour))
    return palette


def main(argv: list[str]) -> int:
    """`OUTDIR [--donker]`: with --donker the windows are shown as in the system's dark mode."""
    if len(argv) not in (1, 2) or argv[1:] not in ([], ["--donker"]):
        print(__doc__)
        return 2
    outdir = Path(argv[0])
    outdir.mkdir(parents=True, exist_ok=True)
    device_secret.use_default_backend(InMemoryKeyring())
    kdf.set_calibration_profile(DEMO_KDF)
    with tempfile.TemporaryDirectory(prefix="meldcode-screens-") as scratch:
        os.environ["MELDCODE_HOME"] = scratch
        app = QApplication.instance() or QApplication([sys.argv[0]])
        translators = install_translators(app, "nl")  # noqa: F841 - keeps them alive
        if argv[1:] == ["--donker"]:
            app.setPalette(dark_palette())
        appearance = Appearance(app)  # noqa: F841 - as the program has it: follows the palette
        location = VaultLocation(Path(scratch) / "kluis")
        store = DeviceSecretStore()
        take_screenshots(outdir, location, store)
    return 0


def take_screenshots(outdir: Path, location: VaultLocation, store: DeviceSecretStore) -> None:
    wizard = SetupWizard(location, store)
    wizard.show()
    wizard.next()
    wizard.user_page.display_name.setText("Anna de Vries")
    wizard.user_page.role.setText("huisarts")
    wizard.user_page.phone.setText("020 123 4567")
    wizard.user_page.group.setCurrentIndex(wizard.user_page.group.findData("artsen"))
    save(wizard, outdir, "setup-user.png")
    wizard.next()
    wizard.passphrase_page.input.passphrase.setText("groene tulpen")
    save(wizard, outdir, "setup-passphrase.png")
    wizard.passphrase_page.input.passphrase.setText(PASSPHRASE)
    wizard.passphrase_page.input.repeat.setText(PASSPHRASE)
    vaults: list[Vault] = []
    wizard.vault_ready.connect(vaults.append)
    wizard.button(QWizard.WizardButton.CommitButton).click()
    wait_until(lambda: wizard.currentId() == SetupWizard.RECOVERY_PAGE)
    save(wizard, outdir, "setup-recovery-code.png")
    wizard.recovery_page.noted.setChecked(True)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    wait_until(lambda: bool(vaults))
    vault = vaults[0]
    contacts = fill_contacts(vault)
    steps_case = fill_steps_case(vault, contacts)
    case_id = fill_demo_vault(vault)
    vault.lock()

    unlock = UnlockWindow(location, store)
    unlock.show()
    save(unlock, outdir, "unlock.png")
    # The same window on a computer the policy points at the practice server.
    server_unlock = UnlockWindow(location, store, practice_server=PRACTICE_SERVER)
    server_unlock.show()
    server_unlock.passphrase.setText(PASSPHRASE)
    server_unlock.unlock()
    save(server_unlock, outdir, "unlock-practice-server.png")
    server_unlock.close()
    unlock.passphrase.setText(PASSPHRASE)
    unlock.unlocked.connect(vaults.append)
    unlock.unlock()
    wait_until(lambda: len(vaults) == 2)
    unlock.close()
    vault = vaults[1]

    window = MainWindow(vault)
    window.resize(1280, 800)
    window.show()
    wait_until(lambda: bool(window.today.model.rows) and not window.today.loading)
    save(window, outdir, "today.png")
    open_case(window, case_id)
    window.case_view.show_page(Step.SIGNALS)
    save(window, outdir, "main-window.png")

    open_case(window, steps_case)
    pages = {
        Step.SIGNALS: "step-1-signals.png",
        Step.CONSULTATION: "step-2-consultation.png",
        Step.CONVERSATION: "step-3-conversation.png",
        Step.WEIGHING: "step-4-weighing.png",
        Step.DECISION: "step-5-decision.png",
        None: "follow-up.png",
    }
    for page, name in pages.items():
        window.case_view.show_page(page)
        save(window, outdir, name)

    take_case_work_screenshots(window, steps_case, outdir)

    contacts_dialog = ContactsDialog(vault, window)
    contacts_dialog.show()
    save(contacts_dialog, outdir, "contacts.png")
    contacts_dialog.done(QDialog.DialogCode.Rejected)

    consultation = ConsultationDialog(vault, steps_case, parent=window)
    consultation.show()
    consultation.contact.setCurrentIndex(
        consultation.contact.findData(contacts[ContactRole.CONFIDENTIAL_DOCTOR])
    )
    consultation.contact.activated.emit(consultation.contact.currentIndex())
    consultation.client_named.set_value(False)
    consultation.advice.setPlainText("Laat de kinderen door de jeugdarts zien.")
    save(consultation, outdir, "consultation-dialog.png")
    consultation.done(QDialog.DialogCode.Rejected)

    decision = DecisionDialog(vault, steps_case, parent=window)
    decision.show()
    decision.report_to_vt.set_value(True)
    decision.client_informed.set_value(False)
    decision.try_save()
    save(decision, outdir, "decision-dialog-errors.png")
    decision.done(QDialog.DialogCode.Rejected)

    dialog = SignalDialog(vault, case_id, parent=window)
    dialog.show()
    dialog.observed_time.setText("25:70")
    dialog.facts.setPlainText("")
    dialog.observed_on.setText("31-02-2026")
    dialog.try_save()
    save(dialog, outdir, "signal-dialog-errors.png")
    dialog.done(QDialog.DialogCode.Rejected)

    corrected = next(s for s in vault.signals.for_case(case_id) if s.is_corrected)
    history = HistoryDialog(corrected, window)
    history.show()
    save(history, outdir, "correction-history.png")
    history.close()
    take_people_screenshots(window, vault, store, outdir)
    take_dialog_screenshots(window, vault, store, steps_case, outdir)
    window.close_for_lock()
    vault.lock()

    practice = open_practice_vault(location.folder.parent)
    practice_window = MainWindow(practice)
    practice_window.resize(1280, 800)
    practice_window.show()
    wait_until(lambda: not practice_window.today.loading)
    open_case(practice_window, practice.cases.summaries()[-1].id)
    save(practice_window, outdir, "practice-mode.png")
    practice_window.close_for_lock()
    practice.lock()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
