"""One page per step of a case, and one for the follow-up: the step's guidance, where it
stands, what it records, and the entries made in it (each round, newest first).

The pages lay out and show; the case view owns the buttons' actions and the vault.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QTabBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.entries import Entry, EntryValue, FollowUp
from app.domain.enums import CasePhase, CaseStatus, LinkRelation, Step, StepStatus
from app.domain.guidance import FOLLOW_UP_GUIDANCE, STEP_GUIDANCE, Guidance
from app.domain.models import Case, CaseLink, Person
from app.domain.models import Signal as CaseSignal
from app.domain.progress import CaseProgress
from app.domain.weighing import RecordedAssessment
from app.store.assessments import StoredAssessmentView
from app.store.progress import TimelineItem
from app.store.reports import RegisteredReport
from ui.assessment.view import AssessmentView
from ui.steps.entry_cards import ActionsFor, EntryAction, EntryList
from ui.steps.entry_text import step_title, steps_text
from ui.steps.step_bar import Page
from ui.text import date_text, label_text, message_text
from ui.timeline import Timeline
from ui.widgets.labels import heading, muted, warning, wrapped


@dataclass(frozen=True)
class CaseSnapshot:
    """Everything a case shows, read in one go from the vault."""

    case: Case
    progress: CaseProgress
    items: list[TimelineItem]
    persons: list[Person]
    links: list[CaseLink]
    contact_names: dict[int, str] = field(default_factory=dict)
    # The wegingen that count, newest first, each replayed under its own kader version when
    # that is shipped; empty while no kaders are at hand (the entries then show as cards).
    wegingen: list[StoredAssessmentView] = field(default_factory=list)
    # The case's meldingen by entry id, with VT's feedback (kept with its check).
    reports: dict[int, RegisteredReport] = field(default_factory=dict)

    @property
    def read_only(self) -> bool:
        return self.case.status is CaseStatus.CLOSED

    @property
    def signals(self) -> list[CaseSignal]:
        return [item.signal for item in self.items if item.signal is not None]

    def entries_of(self, page: Page) -> list[TimelineItem]:
        return [item for item in self.items if item.entry is not None and item.step == page]

    def children_case_opened(self, kindcheck_id: int) -> bool:
        return any(
            link.source_entry_id == kindcheck_id and link.relation is LinkRelation.CHILDREN_CASE
            for link in self.links
        )

    def counting(self, page: Page) -> list[Entry[EntryValue]]:
        """The entries of this page that still count (not withdrawn, not lapsed)."""
        return [i.entry for i in self.entries_of(page) if i.entry and not i.entry.withdrawn]

    def weging_of_round(self) -> Entry[RecordedAssessment] | None:
        """The newest weging that counts in the current round: what step 5 is drafted from."""
        found = [
            cast(Entry[RecordedAssessment], item.entry)
            for item in self.entries_of(Step.WEIGHING)
            if item.entry is not None
            and not item.entry.withdrawn
            and isinstance(item.entry.value, RecordedAssessment)
            and item.round == self.progress.round
        ]
        return max(found, key=lambda entry: entry.id) if found else None


class StepHeader(QWidget):
    """The step's name, its state in this case, and its guidance (which can be folded away)."""

    next_requested = Signal(object)  # the Page that is now up

    def __init__(self, guidance: Guidance, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading(steps_text(guidance.title))
        self.state = wrapped()
        self.state.setObjectName("stepState")
        self.next_button = QPushButton()
        self.next_button.hide()
        self._next: Page = None
        self.next_button.clicked.connect(lambda: self.next_requested.emit(self._next))
        self.guidance = wrapped(steps_text(guidance.text))
        muted(self.guidance)
        records = "; ".join(steps_text(text) for text in guidance.records)
        self.records = wrapped(self.tr("Wat u vastlegt: {records}.").format(records=records))
        muted(self.records)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.title, 1)
        top.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.state)
        layout.addWidget(self.guidance)
        layout.addWidget(self.records)

    def set_guidance_visible(self, visible: bool) -> None:
        self.guidance.setVisible(visible)
        self.records.setVisible(visible)

    def set_state(self, text: str) -> None:
        self.state.setText(text)

    def offer_next(self, pages: tuple[Page, ...]) -> None:
        """Offer to go on to the page given, if any."""
        if not pages:
            self.next_button.hide()
            return
        page = self._next = pages[0]
        target = step_title(page) if page is not None else self.tr("het vervolg")
        self.next_button.setText(self.tr("Verder: {target} →").format(target=target))
        self.next_button.show()


class StepPage(QWidget):
    """The frame of every page: header, a row of buttons, and the page's own content."""

    requested = Signal(str, int)  # an entry action and the entry's id, from a card

    def __init__(self, page: Page, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        guidance = STEP_GUIDANCE[page] if page is not None else FOLLOW_UP_GUIDANCE
        self.header = StepHeader(guidance)
        self.action_row = QHBoxLayout()
        self.action_row.setContentsMargins(0, 0, 0, 0)
        self.action_row.addStretch(1)
        self.content = QVBoxLayout()
        self.content.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.header)
        layout.addLayout(self.action_row)
        layout.addLayout(self.content, 1)

    def add_action(self, button: QPushButton) -> None:
        self.action_row.insertWidget(self.action_row.count() - 1, button)

    def show_snapshot(self, snapshot: CaseSnapshot, actions_for: ActionsFor) -> None:
        self.header.set_state(self.state_text(snapshot))
        self.header.offer_next(self.next_page(snapshot.progress))

    def state_text(self, snapshot: CaseSnapshot) -> str:
        progress = snapshot.progress
        if self.page is None:
            return self._follow_up_state(snapshot)
        state = progress.state(self.page)
        if state.status in (StepStatus.DONE, StepStatus.SKIPPED) and state.done_at is not None:
            text = self.tr("{status} op {day}").format(
                status=label_text(state.status), day=date_text(state.done_at.astimezone().date())
            )
        else:
            text = label_text(state.status)
            # Step 4's hint is long; its page shows it in the placeholder instead.
            if state.hint is not None and state.status is not StepStatus.UNAVAILABLE:
                text += ": " + message_text(state.hint)
        if progress.revisited:
            text += " " + self.tr("(ronde {round})").format(round=progress.round)
        return text

    def _follow_up_state(self, snapshot: CaseSnapshot) -> str:
        progress = snapshot.progress
        if progress.phase is CasePhase.CLOSED:
            return self.tr("De casus is gesloten.")
        if progress.phase is CasePhase.FOLLOW_UP:
            return self.tr("De beslissing is genomen. Hieronder staan de controles die volgen.")
        if snapshot.counting(Step.DECISION):
            return self.tr(
                "De controles na de eerdere beslissing lopen door. Door nieuwe signalen worden "
                "de stappen opnieuw doorlopen (ronde {round})."
            ).format(round=progress.round)
        return self.tr("Het vervolg begint na de beslissing in stap 5.")

    def next_page(self, progress: CaseProgress) -> tuple[Page, ...]:
        """The page to go on to from here once this page's part is done; none otherwise."""
        if self.page is None or progress.phase is CasePhase.CLOSED:
            return ()
        if not progress.state(self.page).completed:
            return ()
        if progress.phase is CasePhase.FOLLOW_UP:
            return (None,)
        current = progress.current_step
        return (current,) if current is not None and current != self.page else ()

    def clear(self) -> None:
        self.header.set_state("")


class EntriesPage(StepPage):
    """Steps 2, 3 and 5, and the follow-up: their entries as cards."""

    def __init__(self, page: Page, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(page, parent)
        self.list = EntryList(empty_text)
        self.list.requested.connect(self.requested)
        self.content.addWidget(self.list, 1)

    def items(self, snapshot: CaseSnapshot) -> Sequence[TimelineItem]:
        return snapshot.entries_of(self.page)

    def show_snapshot(self, snapshot: CaseSnapshot, actions_for: ActionsFor) -> None:
        super().show_snapshot(snapshot, actions_for)
        self.list.set_entries(
            self.items(snapshot),
            snapshot.contact_names,
            actions_for,
            snapshot.progress.revisited,
            snapshot.reports,
        )

    def clear(self) -> None:
        super().clear()
        self.list.clear()


class FollowUpPage(EntriesPage):
    """After the decision: the meldingen made (newest first), then the checks, the earliest
    planned first."""

    def items(self, snapshot: CaseSnapshot) -> Sequence[TimelineItem]:
        def order(item: TimelineItem) -> tuple[int, date, int]:
            assert item.entry is not None
            value = item.entry.value
            if not isinstance(value, FollowUp):
                return (0, date.min, -item.entry.id)
            return (1, value.due_on or date.max, item.entry.id)

        return sorted(super().items(snapshot), key=order)


class WeighingPage(EntriesPage):
    """Step 4: the case's wegingen, the newest shown whole and each older one a tab away, and
    below them what else was recorded here (a skip with its reason, a withdrawn weging).

    The case view says whether an afwegingskader can be worked through (`set_kader_notice`);
    when none can, the page says so plainly and skipping with a reason stays possible.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Step.WEIGHING, "", parent)
        self.list.empty.setText(self.tr("Nog niets vastgelegd bij deze stap."))
        self.notice = warning()
        self.notice.setObjectName("kaderNotice")
        self.notice.hide()
        self.tabs = QTabBar()
        self.tabs.setExpanding(False)
        self.tabs.setUsesScrollButtons(True)
        self.tabs.setAccessibleName(self.tr("Wegingen van deze casus, nieuwste eerst"))
        self.tabs.currentChanged.connect(lambda _: self._show_chosen())
        self.continue_button = QPushButton(self.tr("Weging voortzetten…"))
        self.history_button = QPushButton()
        self.withdraw_button = QPushButton(self.tr("Intrekken…"))
        chosen_actions = (
            (self.continue_button, EntryAction.CONTINUE),
            (self.history_button, EntryAction.HISTORY),
            (self.withdraw_button, EntryAction.WITHDRAW),
        )
        for button, action in chosen_actions:
            button.clicked.connect(lambda _=False, a=action: self._request(a))
        self.view = AssessmentView()
        self.view.setObjectName("storedWeging")
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.tabs, 1)
        for button, _action in chosen_actions:
            top.addWidget(button)
        self.wegingen_box = QWidget()
        box = QVBoxLayout(self.wegingen_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(top)
        box.addWidget(self.view, 1)
        self.wegingen_box.hide()
        self.content.insertWidget(0, self.notice)
        self.content.insertWidget(1, self.wegingen_box, 1)
        self.stored: list[StoredAssessmentView] = []
        self._read_only = False

    def set_kader_notice(self, text: str) -> None:
        """What keeps a weging from being made here ("" when nothing does)."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def items(self, snapshot: CaseSnapshot) -> Sequence[TimelineItem]:
        shown = {stored.entry.id for stored in snapshot.wegingen}
        return [i for i in super().items(snapshot) if i.entry is None or i.entry.id not in shown]

    def show_snapshot(self, snapshot: CaseSnapshot, actions_for: ActionsFor) -> None:
        super().show_snapshot(snapshot, actions_for)
        self.stored = list(snapshot.wegingen)
        self._read_only = snapshot.read_only
        self.tabs.blockSignals(True)
        while self.tabs.count():
            self.tabs.removeTab(0)
        for stored in self.stored:
            index = self.tabs.addTab(self._tab_text(stored))
            self.tabs.setTabToolTip(index, stored.shown.framework_title)
        self.tabs.setCurrentIndex(0 if self.stored else -1)
        self.tabs.blockSignals(False)
        others = bool(self.items(snapshot))
        self.wegingen_box.setVisible(bool(self.stored))
        self.list.setVisible(others or not self.stored)
        self.content.setStretchFactor(self.list, 0 if self.stored else 1)
        self._show_chosen()

    def _tab_text(self, stored: StoredAssessmentView) -> str:
        outcome = stored.recorded.outcome
        if outcome is None:
            result = self.tr("nog open")
        elif outcome.reports:
            result = self.tr("melden")
        else:
            result = self.tr("niet melden")
        day = date_text(stored.assessed_at.astimezone().date())
        return self.tr("{day} · {result}").format(day=day, result=result)

    def chosen(self) -> StoredAssessmentView | None:
        index = self.tabs.currentIndex()
        return self.stored[index] if 0 <= index < len(self.stored) else None

    def show_weging(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)

    def _show_chosen(self) -> None:
        stored = self.chosen()
        if stored is None:
            self.view.clear()
            for button in (self.continue_button, self.history_button, self.withdraw_button):
                button.hide()
            return
        self.view.show_stored(stored)
        versions = len(stored.entry.versions)
        self.history_button.setText(
            self.tr("Geschiedenis ({count} versies)…").format(count=versions)
        )
        self.history_button.setVisible(versions > 1)
        self.continue_button.setVisible(
            not self._read_only and not stored.recorded.is_complete and stored.live is not None
        )
        self.withdraw_button.setVisible(not self._read_only)

    def _request(self, action: EntryAction) -> None:
        stored = self.chosen()
        if stored is not None:
            self.requested.emit(action.value, stored.entry.id)

    def clear(self) -> None:
        super().clear()
        self.tabs.blockSignals(True)
        while self.tabs.count():
            self.tabs.removeTab(0)
        self.tabs.blockSignals(False)
        self.stored = []
        self.view.clear()
        self.wegingen_box.hide()


class SignalsPage(StepPage):
    """Step 1: the signals, the people involved and, for an adult client, the kindcheck."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Step.SIGNALS, parent)
        self.timeline = Timeline()

        self.persons_header = QHBoxLayout()
        self.persons_header.addStretch(1)
        self.persons_box = QWidget()
        self.persons_layout = QVBoxLayout(self.persons_box)
        self.persons_layout.addLayout(self.persons_header)

        self.kindcheck_note = wrapped()
        self.kindcheck_note.setObjectName("kindcheckNote")
        self.kindchecks = EntryList(self.tr("Nog geen kindcheck vastgelegd."))
        self.kindchecks.requested.connect(self.requested)
        self.kindcheck_header = QHBoxLayout()
        self.kindcheck_header.addWidget(self.kindcheck_note, 1)
        self.kindcheck_box = QWidget()
        kindcheck_layout = QVBoxLayout(self.kindcheck_box)
        kindcheck_layout.addLayout(self.kindcheck_header)
        kindcheck_layout.addWidget(self.kindchecks, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.timeline, "")
        self.tabs.addTab(self.persons_box, "")
        self.tabs.addTab(self.kindcheck_box, "")
        self.content.addWidget(self.tabs, 1)

    def add_kindcheck_action(self, button: QPushButton) -> None:
        self.kindcheck_header.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)

    def add_persons_widget(self, widget: QWidget, header: bool = False) -> None:
        if header:
            self.persons_header.addWidget(widget)
        else:
            self.persons_layout.addWidget(widget, 1)

    def show_snapshot(self, snapshot: CaseSnapshot, actions_for: ActionsFor) -> None:
        super().show_snapshot(snapshot, actions_for)
        progress = snapshot.progress
        checks = snapshot.entries_of(Step.SIGNALS)
        self.tabs.setTabText(
            0, self.tr("Signalen ({count}), nieuwste eerst").format(count=len(snapshot.signals))
        )
        self.tabs.setTabText(
            1, self.tr("Betrokkenen ({count})").format(count=len(snapshot.persons))
        )
        if not progress.kindcheck_required:
            tab = self.tr("Kindcheck")
            note = self.tr(
                "De kindcheck hoort bij een volwassen cliënt. Voeg de cliënt toe als betrokkene "
                "met de rol 'Cliënt (volwassene)'."
            )
        elif progress.kindcheck_done:
            tab, note = self.tr("Kindcheck ✓"), ""
        else:
            tab = self.tr("Kindcheck (nog te doen)")
            note = self.tr(
                "Uw cliënt is volwassen: ga na of er kinderen, een ongeboren kind of een "
                "afhankelijke volwassene van hem of haar afhankelijk zijn, en of zij veilig zijn."
            )
        self.tabs.setTabText(2, tab)
        self.kindcheck_note.setText(note)
        self.kindchecks.set_entries(checks, snapshot.contact_names, actions_for, progress.revisited)
        self.timeline.set_signals(snapshot.signals)

    def show_tab(self, widget: QWidget) -> None:
        self.tabs.setCurrentWidget(widget)

    def clear(self) -> None:
        super().clear()
        self.kindchecks.clear()
        self.timeline.clear()
        self.kindcheck_note.clear()
