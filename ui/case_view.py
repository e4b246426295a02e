"""One case as the meldcode's own path: the five steps as its spine, then the follow-up.

The header says where the case stands and warns when new worries after a report ask for a new
report (the Veilig Thuis radar). The step bar shows every step's state as the core derives it;
each page shows the step's guidance, what it records, and what was recorded in it.

Hooks for the work that needs more than the vault (the kaders, the Veilig Thuis list, the
practice's details), offered only while something is connected to them: `start_assessment`
and `continue_assessment` (step 4, the afwegingskader), `compose_report` (step 5 and the
radar, preparing a melding) and `print_dossier`. Whoever handles them opens its dialogs with
`open_dialog`, so locking closes them, and calls `contents_changed()` after recording.

Step 5 is drafted from the round's weging (`decision_draft`); the stored wegingen are shown on
step 4's page once the case view has the kaders to replay them (`set_kaders`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QMetaMethod, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.bsn import masked_bsn
from app.domain.decision_prefill import decision_draft
from app.domain.entries import Decision, Entry, EntryValue, FollowUp, KindCheck, ReportRegistration
from app.domain.enums import CasePhase, CaseStatus, EntryKind, FollowUpCheck, Step
from app.domain.models import Case, Person
from app.domain.weighing import RecordedAssessment
from app.errors import ChangedElsewhere, RecordNotFound
from app.framework.library import FrameworkLibrary, FrameworkUnavailable
from app.vault.vault import Vault
from ui.person_dialog import PersonDialog
from ui.report.feedback_dialog import FeedbackDialog
from ui.share_dialog import ShareCaseDialog
from ui.signal_dialog import SignalDialog
from ui.steps.case_dialogs import ChildrenCaseDialog, CloseCaseDialog, WithdrawDialog
from ui.steps.entry_cards import EntryAction, EntryHistoryDialog
from ui.steps.follow_up_dialogs import CheckResultDialog, PlanCheckDialog, RescheduleDialog
from ui.steps.pages import (
    CaseSnapshot,
    EntriesPage,
    FollowUpPage,
    SignalsPage,
    StepPage,
    WeighingPage,
)
from ui.steps.step_bar import Page, StepBar
from ui.steps.step_dialogs import (
    ConsultationDialog,
    ConversationDialog,
    DecisionDialog,
    KindCheckDialog,
    StepSkipDialog,
)
from ui.text import date_text, error_text, label_text, moment_text
from ui.timeline import HistoryDialog
from ui.widgets import ask
from ui.widgets.dialog_slot import DialogSlot
from ui.widgets.labels import link_button, wrapped
from ui.widgets.tab_order import tab_head, tab_in_order
from ui.widgets.tones import Look, Tone

RADAR_STYLE = Look(Tone.URGENT, "border: 1px solid; padding: 8px;")
CLOSED_STYLE = Look(Tone.MUTED, "border: 1px solid; padding: 8px;")
VEILIG_THUIS_PHONE = "0800-2000"


class PersonTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self.setHorizontalHeaderLabels(
            [
                self.tr("Rol"),
                self.tr("Naam"),
                self.tr("Geboortedatum"),
                self.tr("BSN"),
                self.tr("School of kinderopvang"),
            ]
        )
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.persons: list[Person] = []

    def set_persons(self, persons: list[Person]) -> None:
        self.persons = list(persons)
        self.setRowCount(len(persons))
        for row, person in enumerate(persons):
            values = [
                label_text(person.role),
                person.name,
                date_text(person.date_of_birth) if person.date_of_birth else "",
                masked_bsn(person.bsn) if person.bsn else "",
                person.school_or_childcare,
            ]
            for column, value in enumerate(values):
                self.setItem(row, column, QTableWidgetItem(value))

    def current_person(self) -> Person | None:
        rows = [index.row() for index in self.selectionModel().selectedRows()]
        return self.persons[rows[0]] if rows and rows[0] < len(self.persons) else None

    def clear_persons(self) -> None:
        self.persons = []
        self.clearContents()
        self.setRowCount(0)


def load_snapshot(
    vault: Vault, case: Case, library: FrameworkLibrary | None = None
) -> CaseSnapshot:
    contacts = vault.contacts.find(include_archived=True)
    wegingen = []
    if library is not None:
        wegingen = [
            vault.assessments.view(entry, library)
            for entry in reversed(vault.assessments.for_case(case.id))
        ]
    return CaseSnapshot(
        case=case,
        progress=vault.steps.progress(case.id),
        items=vault.steps.timeline(case.id),
        persons=vault.persons.for_case(case.id),
        links=vault.cases.links(case.id),
        contact_names={
            c.id: f"{c.name}, {c.organisation}" if c.organisation else c.name for c in contacts
        },
        wegingen=wegingen,
        reports={report.entry.id: report for report in vault.reports.for_case(case.id)},
    )


def read_case(vault: Vault, case_id: int, library: FrameworkLibrary | None) -> CaseSnapshot:
    """What opening a case shows, read in one go (the window reads it in the worker: some
    tens of milliseconds for a case with hundreds of signals). The vault logs the access."""
    return load_snapshot(vault, vault.cases.open(case_id), library)


class StepPages:
    """A case's six pages: its steps and the follow-up. They are most of what the case view
    is made of, so the window builds them in a turn of the event loop of their own before the
    rest of the view (at the first case of a session), each turn staying short."""

    def __init__(self) -> None:
        # In the case view's translation context: its texts, though built here.
        self.signals = SignalsPage()
        self.consultation = EntriesPage(
            Step.CONSULTATION,
            QCoreApplication.translate("CaseView", "Nog geen consultatie vastgelegd."),
        )
        self.conversation = EntriesPage(
            Step.CONVERSATION,
            QCoreApplication.translate("CaseView", "Nog geen gesprek vastgelegd."),
        )
        self.weighing = WeighingPage()
        self.decision = EntriesPage(
            Step.DECISION, QCoreApplication.translate("CaseView", "Nog geen beslissing vastgelegd.")
        )
        self.follow_up = FollowUpPage(
            None,
            QCoreApplication.translate(
                "CaseView",
                "Er zijn (nog) geen controles: die komen er na een beslissing in stap 5.",
            ),
        )

    def by_page(self) -> dict[Page, StepPage]:
        return {
            Step.SIGNALS: self.signals,
            Step.CONSULTATION: self.consultation,
            Step.CONVERSATION: self.conversation,
            Step.WEIGHING: self.weighing,
            Step.DECISION: self.decision,
            None: self.follow_up,
        }

    def discard(self) -> None:
        """Not used after all (the view was built meanwhile)."""
        for page in self.by_page().values():
            page.deleteLater()


class CaseView(QStackedWidget):
    changed = Signal(int)  # the case whose contents changed
    notice = Signal(str)  # a short word for the status bar
    open_case_requested = Signal(int)  # a linked case
    # Hooks for the afwegingskader (step 4), the melding (step 5) and the dossier; see the
    # module's text. All carry the case's id, except continuing: the open weging's id.
    start_assessment = Signal(int)
    continue_assessment = Signal(int)
    compose_report = Signal(int)
    print_dossier = Signal(int)

    def __init__(
        self, vault: Vault, parent: QWidget | None = None, *, pages: StepPages | None = None
    ) -> None:
        """`pages`: the step pages, when they were built apart (see `StepPages`)."""
        super().__init__(parent)
        self.vault = vault
        self.case: Case | None = None
        self.snapshot: CaseSnapshot | None = None
        self.dialogs = DialogSlot()
        self.library: FrameworkLibrary | None = None
        self.can_assess = True  # an afwegingskader can be worked through (see set_kaders)

        self.placeholder = wrapped(
            self.tr("Kies links een casus, of maak een nieuwe casus (Ctrl+N).")
        )
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._build_buttons()
        self._build_pages(pages)
        self._build_detail()
        self.addWidget(self.placeholder)
        self.addWidget(self.detail)
        self._connect()
        self._hooks_changed()

    # -- building --------------------------------------------------------------------------

    def _build_buttons(self) -> None:
        self.add_signal_button = QPushButton(self.tr("Signaal toevoegen…"))
        self.close_button = QPushButton(self.tr("Casus sluiten…"))
        self.share_button = QPushButton(self.tr("Delen…"))
        self.share_button.setToolTip(self.tr("Geef een collega toegang tot deze casus"))
        self.reopen_button = QPushButton(self.tr("Heropenen…"))
        self.guidance_button = QPushButton(self.tr("Uitleg verbergen"))
        self.guidance_button.setCheckable(True)
        self.add_person_button = QPushButton(self.tr("Betrokkene toevoegen…"))
        self.edit_person_button = QPushButton(self.tr("Wijzigen…"))
        self.kindcheck_button = QPushButton(self.tr("Kindcheck vastleggen…"))
        self.consultation_button = QPushButton(self.tr("Consultatie vastleggen…"))
        self.skip_consultation_button = QPushButton(self.tr("Stap overslaan…"))
        self.conversation_button = QPushButton(self.tr("Gesprek vastleggen…"))
        self.assess_button = QPushButton(self.tr("Afwegingskader doorlopen…"))
        self.skip_weighing_button = QPushButton(self.tr("Stap overslaan…"))
        self.decision_button = QPushButton(self.tr("Beslissing vastleggen…"))
        self.report_button = QPushButton(self.tr("Melding voorbereiden…"))
        self.plan_check_button = QPushButton(self.tr("Controle plannen…"))
        self.radar_report_button = QPushButton(self.tr("Melding voorbereiden…"))
        self.dossier_button = QPushButton(self.tr("Dossier…"))
        self.dossier_button.setToolTip(self.tr("Dossier afdrukken of opslaan…"))

    def _build_pages(self, pages: StepPages | None) -> None:
        if pages is None:
            pages = StepPages()
        self.signals_page = pages.signals
        self.consultation_page = pages.consultation
        self.conversation_page = pages.conversation
        self.weighing_page = pages.weighing
        self.decision_page = pages.decision
        self.follow_up_page = pages.follow_up
        self.pages: dict[Page, StepPage] = pages.by_page()
        self.persons = PersonTable()
        self.timeline = self.signals_page.timeline
        self.signals_page.add_kindcheck_action(self.kindcheck_button)
        self.signals_page.add_persons_widget(self.edit_person_button, header=True)
        self.signals_page.add_persons_widget(self.add_person_button, header=True)
        self.signals_page.add_persons_widget(self.persons)
        self.consultation_page.add_action(self.consultation_button)
        self.consultation_page.add_action(self.skip_consultation_button)
        self.conversation_page.add_action(self.conversation_button)
        self.weighing_page.add_action(self.assess_button)
        self.weighing_page.add_action(self.skip_weighing_button)
        self.decision_page.add_action(self.decision_button)
        self.decision_page.add_action(self.report_button)
        self.follow_up_page.add_action(self.plan_check_button)
        self.page_stack = QStackedWidget()
        for page in self.pages.values():
            self.page_stack.addWidget(page)

    def _build_detail(self) -> None:
        self.title = QLabel()
        title_font = QFont(self.title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.4)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        # Wrapping, so a long title or status line never widens the window.
        self.title.setWordWrap(True)
        self.status = wrapped()
        self.closed_banner = wrapped()
        self.closed_banner.setObjectName("closedBanner")
        CLOSED_STYLE.on(self.closed_banner)
        self.radar_banner = QWidget()
        self.radar_banner.setObjectName("radarBanner")
        self.radar_text = wrapped()
        self.radar_text.setObjectName("radarText")
        RADAR_STYLE.on(self.radar_text)
        radar_layout = QHBoxLayout(self.radar_banner)
        radar_layout.setContentsMargins(0, 0, 0, 0)
        radar_layout.addWidget(self.radar_text, 1)
        radar_layout.addWidget(self.radar_report_button, 0, Qt.AlignmentFlag.AlignTop)
        self.links_row = QHBoxLayout()
        self.links_row.setContentsMargins(0, 0, 0, 0)
        self.link_buttons: list[QPushButton] = []
        self.links_box = QWidget()
        self.links_box.setLayout(self.links_row)
        # A case's links are buttons made with it: their Tab stops go after this head.
        self.links_head = tab_head(self.links_box)
        self.step_bar = StepBar()

        header = QHBoxLayout()
        header_text = QVBoxLayout()
        header_text.addWidget(self.title)
        header_text.addWidget(self.status)
        header.addLayout(header_text, 1)
        for button in (
            self.guidance_button,
            self.dossier_button,
            self.share_button,
            self.close_button,
            self.reopen_button,
            self.add_signal_button,
        ):
            header.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self.detail = QWidget()
        layout = QVBoxLayout(self.detail)
        layout.addLayout(header)
        layout.addWidget(self.links_box)
        layout.addWidget(self.closed_banner)
        layout.addWidget(self.radar_banner)
        layout.addWidget(self.step_bar)
        layout.addWidget(self.page_stack, 1)

    def _connect(self) -> None:
        self.step_bar.chosen.connect(self.show_page)
        for page in self.pages.values():
            page.requested.connect(self._entry_action)
            page.header.next_requested.connect(self.show_page)
        self.add_signal_button.clicked.connect(self.add_signal)
        self.close_button.clicked.connect(self.close_case)
        self.share_button.clicked.connect(self.share_case)
        self.reopen_button.clicked.connect(self.reopen_case)
        self.guidance_button.toggled.connect(self._toggle_guidance)
        self.add_person_button.clicked.connect(self.add_person)
        self.edit_person_button.clicked.connect(self.edit_person)
        self.persons.doubleClicked.connect(lambda _: self.edit_person())
        self.persons.itemSelectionChanged.connect(self._person_selection_changed)
        self.timeline.correct_requested.connect(self.correct_signal)
        self.timeline.history_requested.connect(self.show_history)
        self.kindcheck_button.clicked.connect(lambda: self._record(KindCheckDialog))
        self.consultation_button.clicked.connect(lambda: self._record(ConsultationDialog))
        self.conversation_button.clicked.connect(lambda: self._record(ConversationDialog))
        self.decision_button.clicked.connect(self.record_decision)
        self.skip_consultation_button.clicked.connect(lambda: self.skip(Step.CONSULTATION))
        self.skip_weighing_button.clicked.connect(lambda: self.skip(Step.WEIGHING))
        self.plan_check_button.clicked.connect(self.plan_check)
        self.assess_button.clicked.connect(self._emit_hook(self.start_assessment))
        self.report_button.clicked.connect(self._emit_hook(self.compose_report))
        self.radar_report_button.clicked.connect(self._emit_hook(self.compose_report))
        self.dossier_button.clicked.connect(self._emit_hook(self.print_dossier))

    # -- the hooks ---------------------------------------------------------------------------

    def _emit_hook(self, hook: SignalInstance) -> Callable[[], None]:
        def emit() -> None:
            if self.case is not None:
                hook.emit(self.case.id)

        return emit

    def _hook_connected(self, hook: SignalInstance) -> bool:
        return self.isSignalConnected(QMetaMethod.fromSignal(hook))

    # Qt may hold a lock of its own while it calls these two, so asking who is connected has
    # to wait until control is back in the event loop.
    def connectNotify(self, signal: QMetaMethod) -> None:
        super().connectNotify(signal)
        QTimer.singleShot(0, self, self._hooks_changed)

    def disconnectNotify(self, signal: QMetaMethod) -> None:
        super().disconnectNotify(signal)
        QTimer.singleShot(0, self, self._hooks_changed)

    def _hooks_changed(self) -> None:
        self.assess_button.setVisible(self._hook_connected(self.start_assessment))
        self.dossier_button.setVisible(self._hook_connected(self.print_dossier))
        self._show_report_buttons()

    def set_kaders(self, library: FrameworkLibrary | None, usable: bool, notice: str) -> None:
        """The kaders to replay stored wegingen with; whether a weging can be made now, and if
        not (or not under the user's own kader) what step 4 says about it."""
        self.library = library
        self.can_assess = usable
        self.weighing_page.set_kader_notice(notice)
        self.reload()

    def _show_report_buttons(self) -> None:
        reporting = self._hook_connected(self.compose_report)
        snapshot = self.snapshot
        radar = snapshot is not None and snapshot.progress.radar
        self.report_button.setVisible(reporting)
        self.radar_report_button.setVisible(reporting and radar)
        decided = snapshot is not None and any(
            isinstance(entry.value, Decision) and entry.value.report_to_vt
            for entry in snapshot.counting(Step.DECISION)
        )
        self.report_button.setEnabled(decided or radar)
        self.report_button.setToolTip(
            ""
            if decided or radar
            else self.tr("Leg eerst de beslissing vast om te melden bij Veilig Thuis.")
        )

    # -- showing ---------------------------------------------------------------------------

    def show_case(self, case_id: int) -> None:
        """Open a case here and now: the vault writes who looked at it in the audit log."""
        self.show_read_case(read_case(self.vault, case_id, self.library))

    def show_read_case(self, snapshot: CaseSnapshot) -> None:
        """Show a case opened with `read_case`, at its current step or its follow-up."""
        self._fill(snapshot)
        progress = snapshot.progress
        if progress.phase is CasePhase.STEPS:
            self.show_page(progress.current_step)
        else:
            self.show_page(None)

    def reload(self) -> None:
        if self.case is not None:
            case = self.vault.cases.get(self.case.id)
            self._fill(load_snapshot(self.vault, case, self.library))

    def contents_changed(self) -> None:
        """Something was recorded in the case: show it, and tell the window."""
        self.reload()
        if self.case is not None:
            self.changed.emit(self.case.id)

    def show_page(self, page: Page) -> None:
        self.step_bar.select(page)
        self.page_stack.setCurrentWidget(self.pages[page])

    @property
    def current_page(self) -> Page:
        widget = self.page_stack.currentWidget()
        return next(page for page, shown in self.pages.items() if shown is widget)

    def _fill(self, snapshot: CaseSnapshot) -> None:
        case = snapshot.case
        self.case = case
        self.snapshot = snapshot
        progress = snapshot.progress
        self.title.setText(case.title)
        self.status.setText(self._status_text(snapshot))
        closed = case.status is CaseStatus.CLOSED
        self.close_button.setVisible(not closed)
        self.reopen_button.setVisible(closed)
        self.closed_banner.setVisible(closed)
        if closed:
            self.closed_banner.setText(self._closed_text(case))
        self._show_radar(snapshot)
        self._show_links(snapshot)
        self.step_bar.show_progress(progress)
        self.persons.set_persons(snapshot.persons)
        for page in self.pages.values():
            page.show_snapshot(snapshot, self._actions_for)
        for button in (
            self.add_signal_button,
            self.add_person_button,
            self.kindcheck_button,
            self.consultation_button,
            self.skip_consultation_button,
            self.conversation_button,
            self.skip_weighing_button,
            self.decision_button,
            self.plan_check_button,
        ):
            button.setEnabled(not closed)
        self.assess_button.setEnabled(not closed and self.can_assess)
        self.timeline.set_correctable(not closed)
        self._person_selection_changed()
        self._show_report_buttons()
        self.setCurrentWidget(self.detail)

    def _status_text(self, snapshot: CaseSnapshot) -> str:
        progress = snapshot.progress
        parts = [
            label_text(snapshot.case.status),
            self.tr("geopend op {opened}").format(opened=moment_text(snapshot.case.opened_at)),
        ]
        if progress.phase is CasePhase.STEPS and progress.current_step is not None:
            parts.append(
                self.tr("nu: stap {number}, {step}").format(
                    number=progress.current_step.number, step=label_text(progress.current_step)
                )
            )
        elif progress.phase is CasePhase.FOLLOW_UP:
            parts.append(label_text(progress.phase))
        if progress.revisited:
            parts.append(self.tr("ronde {round}").format(round=progress.round))
        return " · ".join(parts)

    def _closed_text(self, case: Case) -> str:
        reason = label_text(case.close_code) if case.close_code else ""
        if case.close_reason:
            reason = f"{reason}: {case.close_reason}" if reason else case.close_reason
        closed_on = date_text(case.closed_at.astimezone().date()) if case.closed_at else ""
        return self.tr(
            "Gesloten op {day}. Reden: {reason}. Heropen de casus om verder te werken."
        ).format(day=closed_on, reason=reason)

    def _show_radar(self, snapshot: CaseSnapshot) -> None:
        progress = snapshot.progress
        if progress.radar:
            text = self.tr(
                "Nieuwe signalen van onveiligheid na uw melding. Meld opnieuw bij Veilig Thuis "
                "({phone}): Veilig Thuis legt signalen van verschillende melders over langere "
                "tijd naast elkaar."
            ).format(phone=VEILIG_THUIS_PHONE)
        elif progress.help_not_safe:
            text = self.tr(
                "Nieuwe zorgen terwijl er hulp is: de hulp brengt (nog) geen veiligheid. "
                "Overweeg alsnog een melding bij Veilig Thuis ({phone})."
            ).format(phone=VEILIG_THUIS_PHONE)
        else:
            text = ""
        self.radar_text.setText(text)
        self.radar_banner.setVisible(bool(text))

    def _show_links(self, snapshot: CaseSnapshot) -> None:
        for button in self.link_buttons:
            self.links_row.removeWidget(button)
            button.deleteLater()
        self.link_buttons = []
        while self.links_row.count():
            self.links_row.takeAt(0)
        for link in snapshot.links:
            button = link_button(f"{label_text(link.relation)}: {link.linked_title}")
            button.setObjectName("caseLink")
            button.clicked.connect(
                lambda _=False, target=link.linked_case_id: self.open_case_requested.emit(target)
            )
            self.links_row.addWidget(button)
            self.link_buttons.append(button)
        self.links_row.addStretch(1)
        tab_in_order([self.links_head, *self.link_buttons])
        self.links_box.setVisible(bool(snapshot.links))

    def _actions_for(self, entry: Entry[EntryValue]) -> Sequence[EntryAction]:
        snapshot = self.snapshot
        if snapshot is None or snapshot.read_only:
            return ()
        value = entry.value
        if isinstance(value, FollowUp):
            if value.is_done:
                return (EntryAction.CORRECT, EntryAction.WITHDRAW)
            return (EntryAction.RECORD_RESULT, EntryAction.RESCHEDULE, EntryAction.WITHDRAW)
        if isinstance(value, RecordedAssessment):
            # Never corrected: answered otherwise, it is a new weging. An open one is continued
            # from step 4's page, where it is shown with its kader.
            return (EntryAction.WITHDRAW,)
        if isinstance(value, ReportRegistration):
            return (EntryAction.FEEDBACK, EntryAction.WITHDRAW)
        actions = [EntryAction.CORRECT, EntryAction.WITHDRAW]
        if (
            isinstance(value, KindCheck)
            and value.children_at_risk
            and not snapshot.children_case_opened(entry.id)
        ):
            actions.insert(0, EntryAction.CHILDREN_CASE)
        return actions

    def _toggle_guidance(self, hidden: bool) -> None:
        self.guidance_button.setText(
            self.tr("Uitleg tonen") if hidden else self.tr("Uitleg verbergen")
        )
        for page in self.pages.values():
            page.header.set_guidance_visible(not hidden)

    def clear(self) -> None:
        """Forget everything shown (locking): dialogs closed unsaved, tables and labels empty."""
        self.dialogs.discard()
        self.case = None
        self.snapshot = None
        self.title.clear()
        self.status.clear()
        self.closed_banner.clear()
        self.radar_text.clear()
        for button in self.link_buttons:
            button.setText("")  # a linked case's title
        self.persons.clear_persons()
        for page in self.pages.values():
            page.clear()
        self.step_bar.clear()
        self.setCurrentWidget(self.placeholder)

    # -- signals and people ------------------------------------------------------------------

    def add_signal(self) -> None:
        if self.case is not None:
            self._open_signal(SignalDialog(self.vault, self.case.id, parent=self))

    def correct_signal(self, signal_id: int) -> None:
        if self.case is not None:
            signal = self.vault.signals.get(signal_id)
            self._open_signal(SignalDialog(self.vault, self.case.id, signal, parent=self))

    def _open_signal(self, dialog: SignalDialog) -> None:
        """Once saved, its card is brought into view: a backdated signal goes far down."""
        self._open(dialog)

        def saved() -> None:
            signal = dialog.saved
            if signal is not None and not self.timeline.show_signal(signal.id):
                self.notice.emit(
                    self.tr(
                        "Het signaal van {date} is vastgelegd. Het staat bij die datum, "
                        "verder naar beneden in de lijst."
                    ).format(date=date_text(signal.current.observed_on))
                )

        dialog.accepted.connect(saved)

    def show_history(self, signal_id: int) -> None:
        self._open(HistoryDialog(self.vault.signals.get(signal_id), self))

    def add_person(self) -> None:
        if self.case is not None:
            self._open(PersonDialog(self.vault, self.case.id, parent=self))

    def edit_person(self) -> None:
        person = self.persons.current_person()
        if self.case is not None and person is not None:
            self._open(PersonDialog(self.vault, self.case.id, person, parent=self))

    def _person_selection_changed(self) -> None:
        closed = self.case is not None and self.case.status is CaseStatus.CLOSED
        self.edit_person_button.setEnabled(self.persons.current_person() is not None and not closed)

    # -- the steps ---------------------------------------------------------------------------

    def _record(self, dialog_class: Callable[..., QDialog]) -> None:
        if self.case is None:
            return
        dialog = dialog_class(self.vault, self.case.id, parent=self)
        self._open(dialog)
        if isinstance(dialog, KindCheckDialog):
            # After the view shows the new kindcheck, so the offer sees the case as it is now.
            dialog.accepted.connect(lambda: self._kindcheck_saved(dialog.saved))

    def skip(self, step: Step) -> None:
        if self.case is not None:
            self._open(StepSkipDialog(self.vault, self.case.id, step, parent=self))

    def plan_check(self) -> None:
        if self.case is not None:
            self._open(PlanCheckDialog(self.vault, self.case.id, parent=self))

    def _entry_action(self, action: str, entry_id: int) -> None:
        if self.case is None:
            return
        entry = self.vault.entries.get(entry_id)
        handlers: dict[EntryAction, Callable[[Entry[EntryValue]], None]] = {
            EntryAction.CORRECT: self._correct,
            EntryAction.WITHDRAW: lambda e: self._open(WithdrawDialog(self.vault, e, self)),
            EntryAction.HISTORY: lambda e: self._open(
                EntryHistoryDialog(e, self._contact_names(), self)
            ),
            EntryAction.RECORD_RESULT: self.record_result,
            EntryAction.RESCHEDULE: lambda e: self._open(
                RescheduleDialog(self.vault, e.case_id, e, self)  # type: ignore[arg-type]
            ),
            EntryAction.CHILDREN_CASE: self.open_children_case,
            EntryAction.CONTINUE: lambda e: self.continue_assessment.emit(e.id),
            EntryAction.FEEDBACK: lambda e: self.record_feedback(e.id),
        }
        handlers[EntryAction(action)](entry)

    def record_result(self, entry: Entry[EntryValue]) -> None:
        """A check's result; VT's feedback on a registered melding goes with its dossiernummer."""
        value = entry.value
        assert isinstance(value, FollowUp)
        if value.check == FollowUpCheck.VT_FEEDBACK and value.decision_id is not None:
            report = self.vault.reports.for_decision(value.decision_id)
            if report is not None:
                self.record_feedback(report.entry.id)
                return
        self._open(CheckResultDialog(self.vault, entry.case_id, entry, self))  # type: ignore[arg-type]

    def record_feedback(self, report_id: int) -> None:
        self._open(FeedbackDialog(self.vault.reports, self.vault.reports.get(report_id), self))

    def record_decision(self) -> None:
        """A new decision, drafted from the round's weging when there is one."""
        if self.case is None or self.snapshot is None:
            return
        weging = self.snapshot.weging_of_round()
        draft = None
        advice_expected = False
        if weging is not None:
            draft = decision_draft(weging, translate=QCoreApplication.translate)
            advice_expected = self._advice_expected(weging.value)
        self._open(
            DecisionDialog(
                self.vault,
                self.case.id,
                parent=self,
                draft=draft,
                advice_expected=advice_expected,
            )
        )

    def _advice_expected(self, weging: RecordedAssessment) -> bool:
        """The weging's own kader version expects Veilig Thuis consulted before deciding."""
        if self.library is None:
            return False
        try:
            kader = self.library.get(weging.framework_id, weging.framework_version)
        except FrameworkUnavailable:
            return False
        return kader.consult_veilig_thuis_first

    def _correct(self, entry: Entry[EntryValue]) -> None:
        case_id = entry.case_id
        dialog: QDialog
        if entry.kind is EntryKind.STEP_SKIP:
            step = entry.step
            assert step is not None
            dialog = StepSkipDialog(self.vault, case_id, step, entry, parent=self)  # type: ignore[arg-type]
        elif entry.kind is EntryKind.FOLLOW_UP:
            dialog = CheckResultDialog(self.vault, case_id, entry, self)  # type: ignore[arg-type]
        else:
            dialogs: dict[EntryKind, Callable[..., QDialog]] = {
                EntryKind.KINDCHECK: KindCheckDialog,
                EntryKind.CONSULTATION: ConsultationDialog,
                EntryKind.CONVERSATION: ConversationDialog,
                EntryKind.DECISION: DecisionDialog,
            }
            dialog = dialogs[entry.kind](self.vault, case_id, entry, parent=self)
        self._open(dialog)

    def _contact_names(self) -> dict[int, str]:
        return self.snapshot.contact_names if self.snapshot is not None else {}

    def _kindcheck_saved(self, entry: Entry[KindCheck] | None) -> None:
        """A kindcheck that finds children at risk offers a case of their own."""
        if entry is None or not entry.value.children_at_risk or self.snapshot is None:
            return
        if self.snapshot.children_case_opened(entry.id):
            return
        if ask.ask(
            self,
            self.tr("Casus voor de kinderen?"),
            self.tr(
                "De kindcheck vond kinderen van wie de veiligheid in het geding is. Wilt u voor "
                "hen een eigen casus openen, gekoppeld aan deze casus?"
            ),
            self.tr("Casus openen…"),
            self.tr("Nu niet"),
        ):
            self.open_children_case(entry)

    def open_children_case(self, entry: Entry[EntryValue]) -> None:
        if self.case is None:
            return
        title = self.tr("Kinderen van {title}").format(title=self.case.title)
        self._open(ChildrenCaseDialog(self.vault, entry, title[:120], self))

    # -- closing -----------------------------------------------------------------------------

    def close_case(self) -> None:
        if self.case is not None:
            self._open(CloseCaseDialog(self.vault, self.case.id, self, self.case.row_version))

    def share_case(self) -> None:
        if self.case is not None:
            self._open(ShareCaseDialog(self.vault, self.case.id, self))

    def reopen_case(self) -> None:
        if self.case is None:
            return
        if ask.ask(
            self,
            self.tr("Casus heropenen"),
            self.tr("Wilt u deze casus weer openen? Het heropenen komt in het logboek."),
            self.tr("Heropenen"),
            self.tr("Annuleren"),
        ):
            try:
                self.vault.cases.reopen(self.case.id, self.case.row_version)
            except ChangedElsewhere as exc:
                # Show what the colleague kept first; the question can then be asked again.
                self.contents_changed()
                ask.inform(self, self.tr("Casus heropenen"), error_text(exc))
                return
            self.contents_changed()

    # -- drafts ------------------------------------------------------------------------------

    def open_draft(self, form: str) -> bool:
        """Open the form a draft was kept for (its name as the form gave it to the draft
        store); the form then offers the draft back. False when the form is not known here
        (or its record is gone): the case is open, and the draft stays for when it is."""
        if self.case is None:
            return False
        simple: dict[str, Callable[[], None]] = {
            "signal": self.add_signal,
            "person": self.add_person,
            "kindcheck": lambda: self._record(KindCheckDialog),
            "consultation": lambda: self._record(ConsultationDialog),
            "conversation": lambda: self._record(ConversationDialog),
            "decision": self.record_decision,
            "check-plan": self.plan_check,
            "close-case": self.close_case,
            "weging": lambda: self.start_assessment.emit(self.case.id if self.case else 0),
        }
        if form in simple:
            simple[form]()
            return True
        name, _, number = form.rpartition("-")
        try:
            if form.startswith("skip-"):
                self.skip(Step(form.removeprefix("skip-")))
            elif not number.isdigit():
                return False
            elif name == "signal-correction":
                self.correct_signal(int(number))
            elif name == "person":
                person = self.vault.persons.get(int(number))
                self._open(PersonDialog(self.vault, self.case.id, person, parent=self))
            elif name == "withdraw":
                self._open(WithdrawDialog(self.vault, self.vault.entries.get(int(number)), self))
            elif name == "weging":
                self.continue_assessment.emit(int(number))
            elif name.endswith("-correction"):
                self._correct(self.vault.entries.get(int(number)))
            elif name == "check-result-entry":
                self.record_result(self.vault.entries.get(int(number)))
            elif name == "check-date-entry":
                entry = self.vault.entries.get(int(number))
                self._open(RescheduleDialog(self.vault, entry.case_id, entry, self))  # type: ignore[arg-type]
            else:
                return False
        except (RecordNotFound, ValueError):
            return False
        return True

    # -- dialogs -----------------------------------------------------------------------------

    @property
    def active_dialog(self) -> QDialog | None:
        return self.dialogs.dialog

    def open_dialog(self, dialog: QDialog) -> None:
        """Show a dialog of this case: the case shows what it recorded, locking closes it."""
        self._open(dialog)

    def _open(self, dialog: QDialog) -> None:
        dialog.accepted.connect(self.contents_changed)
        self.dialogs.open(dialog)
