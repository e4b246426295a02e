"""Step entries as cards: what was recorded, in which step and round, and by whom.

Like a signal, an entry is never overwritten: a correction, a new date, a result or a
withdrawal is a new version, and every version (who, when, what kind of change, why) is one
click away in the history dialog.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping, Sequence
from enum import StrEnum
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.case_guidance import age_only_warning
from app.domain.entries import (
    Consultation,
    Conversation,
    Entry,
    EntryValue,
    EntryVersion,
    FollowUp,
)
from app.domain.enums import ChangeKind, EntryKind
from app.store.progress import TimelineItem
from app.store.reports import RegisteredReport
from app.timeutil import today
from ui.steps.entry_text import check_title, entry_rows
from ui.text import date_text, label_text, message_text, moment_text
from ui.timeline import BADGE_STYLE, VersionsDialog, bold
from ui.widgets.card import Card, Edge
from ui.widgets.card_column import CardColumn, CardMaker
from ui.widgets.labels import muted, warning, wrapped
from ui.widgets.tones import Look, Tone

ADVICE_STYLE = Look(Tone.INFO, "border: 1px solid; padding: 1px 6px;")
ROUND_STYLE = Look(Tone.MUTED, "border: 1px solid; padding: 1px 6px;")
LATE_STYLE = Look(Tone.URGENT, "border: 1px solid; padding: 1px 6px;")


class EntryAction(StrEnum):
    CORRECT = "correct"
    WITHDRAW = "withdraw"
    HISTORY = "history"
    RECORD_RESULT = "record_result"
    RESCHEDULE = "reschedule"
    CHILDREN_CASE = "children_case"
    CONTINUE = "continue"  # an open weging
    FEEDBACK = "feedback"  # a melding: Veilig Thuis's dossiernummer and feedback


def badge(text: str, style: Look = BADGE_STYLE) -> QLabel:
    label = QLabel(text)
    style.on(label)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class RowsView(QWidget):
    """Label and text side by side, one row per line of what an entry says."""

    def __init__(self, rows: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(3)
        grid.setColumnStretch(1, 1)
        self.values: dict[str, QLabel] = {}
        for row, (label, text) in enumerate(rows):
            name = QLabel(label + ":")
            name.setTextFormat(Qt.TextFormat.PlainText)
            muted(name)
            name.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            value = wrapped(text)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(name, row, 0)
            grid.addWidget(value, row, 1)
            self.values[label] = value


def entry_title(entry: Entry[EntryValue]) -> str:
    if isinstance(entry.value, FollowUp):
        return check_title(entry.value)
    if entry.kind == EntryKind.STEP_SKIP:
        return label_text(entry.kind)
    return f"{label_text(entry.kind)} · {date_text(entry.occurred_on)}"


class EntryCard(Card):
    requested = Signal(str, int)  # an EntryAction, the entry's id

    def __init__(
        self,
        item: TimelineItem,
        contact_names: Mapping[int, str],
        actions: Sequence[EntryAction],
        show_round: bool,
        parent: QWidget | None = None,
        *,
        report: RegisteredReport | None = None,
    ) -> None:
        entry = item.entry
        assert entry is not None
        withdrawn = entry.withdrawn
        super().__init__(
            parent,
            fill=QPalette.ColorRole.Window if withdrawn else QPalette.ColorRole.Base,
            edge=Edge.DASHED if withdrawn else Edge.SOLID,
        )
        self.entry_id = entry.id
        self.title = bold(wrapped(entry_title(entry)))
        self.badges: dict[str, QLabel] = {}
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        for name, text, style in self._badges(item, show_round):
            self.badges[name] = badge(text, style)
            top.addWidget(self.badges[name])
        self.rows = RowsView(entry_rows(entry.value, contact_names, report))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.rows)
        self.age_warning: QLabel | None = None
        if isinstance(entry.value, Conversation) and (note := age_only_warning(entry.value)):
            # Kept visible with the record: the reason stays as written, the warning with it.
            self.age_warning = warning(message_text(note))
            self.age_warning.setObjectName("ageOnlyWarning")
            layout.addWidget(self.age_warning)
        if entry.withdrawn:
            layout.addWidget(self._withdrawal_line(entry.current))

        first = entry.versions[0]
        recorded = self.tr("Vastgelegd op {moment} door {name}").format(
            moment=moment_text(first.recorded_at), name=first.recorded_by_name
        )
        footer = QHBoxLayout()
        footer.addWidget(wrapped(recorded), 1)
        self.buttons: dict[EntryAction, QPushButton] = {}
        shown = [EntryAction.HISTORY] if len(entry.versions) > 1 else []
        shown += [a for a in actions if not entry.withdrawn and a is not EntryAction.HISTORY]
        for action in shown:
            button = QPushButton(self._button_text(action, len(entry.versions)))
            button.clicked.connect(lambda _=False, a=action: self.requested.emit(a.value, entry.id))
            footer.addWidget(button)
            self.buttons[action] = button
        layout.addLayout(footer)

    def _badges(self, item: TimelineItem, show_round: bool) -> list[tuple[str, str, str]]:
        entry = item.entry
        assert entry is not None
        if item.step is None:
            where = self.tr("vervolg")
        else:
            where = self.tr("stap {number}").format(number=item.step.number)
        if show_round:
            where = self.tr("{where} · ronde {round}").format(where=where, round=item.round)
        found = [("step", where, ROUND_STYLE)]
        if isinstance(entry.value, Consultation) and entry.value.is_advice_request:
            found.append(("advice", self.tr("Adviesvraag aan Veilig Thuis"), ADVICE_STYLE))
        if isinstance(entry.value, FollowUp) and not entry.withdrawn:
            check = entry.value
            if check.is_done:
                found.append(("done", self.tr("gedaan"), ROUND_STYLE))
            elif check.due_on is not None and check.due_on < today():
                late = (today() - check.due_on).days
                found.append(
                    ("late", self.tr("{days} dagen over tijd").format(days=late), LATE_STYLE)
                )
        if any(v.change == ChangeKind.CORRECTED for v in entry.versions):
            found.append(("corrected", self.tr("gecorrigeerd"), BADGE_STYLE))
        if entry.current.change == ChangeKind.WITHDRAWN:
            found.append(("withdrawn", self.tr("ingetrokken"), LATE_STYLE))
        elif entry.current.change == ChangeKind.LAPSED:
            found.append(("withdrawn", self.tr("vervallen"), ROUND_STYLE))
        return found

    def _withdrawal_line(self, version: EntryVersion[EntryValue]) -> QLabel:
        if version.change == ChangeKind.LAPSED:
            text = self.tr("Vervallen op {moment}: de beslissing vraagt deze controle niet meer.")
        else:
            text = self.tr("Ingetrokken op {moment} door {name}. Reden: {reason}")
        line = wrapped(
            text.format(
                moment=moment_text(version.recorded_at),
                name=version.recorded_by_name,
                reason=version.change_reason or "",
            )
        )
        line.setObjectName("withdrawal")
        return line

    def _button_text(self, action: EntryAction, versions: int) -> str:
        texts = {
            EntryAction.HISTORY: self.tr("Geschiedenis ({count} versies)…").format(count=versions),
            EntryAction.CORRECT: self.tr("Corrigeren…"),
            EntryAction.WITHDRAW: self.tr("Intrekken…"),
            EntryAction.RECORD_RESULT: self.tr("Uitkomst vastleggen…"),
            EntryAction.RESCHEDULE: self.tr("Datum verzetten…"),
            EntryAction.CHILDREN_CASE: self.tr("Casus voor de kinderen openen…"),
            EntryAction.CONTINUE: self.tr("Weging voortzetten…"),
            EntryAction.FEEDBACK: self.tr("Terugkoppeling Veilig Thuis…"),
        }
        return texts[action]


ActionsFor = Callable[[Entry[EntryValue]], Sequence[EntryAction]]


class EntryList(CardColumn):
    """The entries of one step, in the order given, each as a card."""

    requested = Signal(str, int)

    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(empty_text, parent)
        muted(self.empty)

    @property
    def cards(self) -> list[EntryCard]:
        """The cards built so far (see `pending`)."""
        return [card for card in self._cards if isinstance(card, EntryCard)]

    def set_entries(
        self,
        items: Sequence[TimelineItem],
        contact_names: Mapping[int, str],
        actions_for: ActionsFor,
        show_round: bool,
        reports: Mapping[int, RegisteredReport] | None = None,
    ) -> None:
        """`reports`: the case's meldingen by entry id, so their cards show VT's feedback."""

        reports = reports or {}
        # What every card shows besides its own entry: the names it may mention, and the day
        # its "over tijd" counts from. A renamed person rebuilds the column, as it should.
        shared = (tuple(sorted(contact_names.items())), show_round, today())

        def make(item: TimelineItem, actions: Sequence[EntryAction]) -> EntryCard:
            assert item.entry is not None
            card = EntryCard(
                item, contact_names, actions, show_round, report=reports.get(item.entry.id)
            )
            card.requested.connect(self.requested)
            return card

        def content(item: TimelineItem, actions: Sequence[EntryAction]) -> Hashable:
            """Equal only when the card would show the same: versions are only ever added, so
            an entry's id and count of versions stand for what it holds."""
            entry = item.entry
            assert entry is not None
            # A melding's card shows VT's feedback, recorded in an entry of its own.
            report = reports.get(entry.id)
            feedback = None if report is None else report.feedback_check
            return (
                entry.id,
                len(entry.versions),
                item.step,
                item.round,
                tuple(actions),
                None if feedback is None else (feedback.id, len(feedback.versions)),
                shared,
            )

        # Kept between fills when unchanged: withdrawing one entry rebuilds one card, and the
        # column stays where it was read.
        makers: list[CardMaker] = []
        for item in items:
            assert item.entry is not None
            actions = tuple(actions_for(item.entry))
            makers.append((content(item, actions), partial(make, item, actions)))
        self.fill(makers)

    def card(self, entry_id: int) -> EntryCard:
        self.build_all()
        return next(card for card in self.cards if card.entry_id == entry_id)


class EntryHistoryDialog(VersionsDialog):
    """Every version of one entry, oldest first: what kind of change, who, when, and why."""

    def __init__(
        self,
        entry: Entry[EntryValue],
        contact_names: Mapping[int, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Geschiedenis: {title}").format(title=entry_title(entry)))
        self.intro.setText(
            self.tr(
                "Wat bij een stap is vastgelegd, wordt nooit overschreven. Hieronder staan alle "
                "versies, de oudste eerst."
            )
        )
        for version in entry.versions:
            title = self.tr("Versie {number} · {change} op {moment} door {name}").format(
                number=version.version,
                change=label_text(version.change),
                moment=moment_text(version.recorded_at),
                name=version.recorded_by_name,
            )
            reason = ""
            if version.change_reason:
                reason = self.tr("Reden: {reason}").format(reason=version.change_reason)
            view = RowsView(entry_rows(version.value, contact_names))
            self.add_version(title, reason, "changeReason", view)
