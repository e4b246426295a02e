"""Vandaag: what needs attention, shown first after unlocking.

Checks due or overdue, cases that stand still in a step longer than the user's setting, reports
still without feedback from Veilig Thuis, new worries after a report or while help runs (the
radar), and input a lock kept as a draft. Read in the worker, rows and texts made there too, so
the window thread only swaps them in; each kind shows its first rows and its count. One sortable
table with fixed column widths, reachable by keyboard, where Enter or a double click opens the
case.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import FollowUpAlert
from app.errors import MeldcodeError, VaultClosed
from app.store.today import (
    AWAITING_FEEDBACK,
    CHECKS_OVERDUE,
    CHECKS_TODAY,
    COUNT_CAP,
    FIRST_ROWS,
    STUCK_CASES,
    TodayOverview,
)
from app.vault.vault import Vault
from ui.steps.entry_text import step_title
from ui.text import date_text, error_text, label_text
from ui.widgets.choosing_table import ChoosingTable
from ui.widgets.labels import heading, muted, wrapped
from ui.widgets.table_model import (
    CASE_ID_ROLE,
    SORT_ROLE,
    AnyIndex,
    RowsModel,
    SortProxy,
    fixed_widths,
)
from ui.workers import run_in_background, while_open

DRAFT_FORM_ROLE = CASE_ID_ROLE + 10


class Attention(IntEnum):
    """What a row asks for; the order is the order of urgency."""

    REPORT_AGAIN = 0
    RECONSIDER_REPORT = 1
    CHECK_OVERDUE = 2
    CHECK_DUE = 3
    AWAITING_FEEDBACK = 4
    STUCK = 5
    DRAFT = 6


# The kinds the overview counts in all (beyond the rows it lists).
_COUNTED = {
    Attention.REPORT_AGAIN: FollowUpAlert.REPORT_AGAIN.value,
    Attention.RECONSIDER_REPORT: FollowUpAlert.RECONSIDER_REPORT.value,
    Attention.CHECK_OVERDUE: CHECKS_OVERDUE,
    Attention.CHECK_DUE: CHECKS_TODAY,
    Attention.AWAITING_FEEDBACK: AWAITING_FEEDBACK,
    Attention.STUCK: STUCK_CASES,
}


@dataclass(frozen=True)
class TodayRow:
    attention: Attention
    case_id: int
    case_title: str
    detail: str
    day: date | None
    days: int | None
    draft_form: str = ""  # the form a draft belongs to; empty for every other row


@dataclass(frozen=True)
class TodayData:
    overview: TodayOverview
    drafts: list[tuple[int, str, date, str]]  # case, case title, day the lock kept it, form
    rows: list[TodayRow] | None = None  # made in the worker
    texts: list[list[str]] | None = None  # the rows' texts, made in the worker too


def load_today(vault: Vault, stuck_after_days: int) -> TodayData:
    """Runs in the worker."""
    overview = vault.today.overview(stuck_after_days)
    drafts = []
    for info in vault.drafts.mine():
        if info.case_id is not None:
            title = vault.cases.get(info.case_id).title
            drafts.append((info.case_id, title, info.saved_at.astimezone().date(), info.form))
    return TodayData(overview, drafts)


class TodayModel(RowsModel[TodayRow]):
    ATTENTION, CASE, DETAIL, DAY, DAYS = range(5)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                self.tr("Vraagt aandacht"),
                self.tr("Casus"),
                self.tr("Toelichting"),
                self.tr("Datum"),
                self.tr("Dagen"),
            ],
            parent,
        )
        self._attention_texts = {
            Attention.REPORT_AGAIN: self.tr("Opnieuw melden"),
            Attention.RECONSIDER_REPORT: self.tr("Melding overwegen"),
            Attention.CHECK_OVERDUE: self.tr("Controle over tijd"),
            Attention.CHECK_DUE: self.tr("Controle vandaag"),
            Attention.AWAITING_FEEDBACK: self.tr("Wacht op Veilig Thuis"),
            Attention.STUCK: self.tr("Staat stil"),
            Attention.DRAFT: self.tr("Concept bewaard"),
        }

    def attention_text(self, attention: Attention) -> str:
        return self._attention_texts[attention]

    def set_data(self, data: TodayData) -> None:
        if data.rows is None:
            self.set_rows(self.rows_for(data))
        else:
            self.set_rows(data.rows, data.texts)

    def rows_for(self, data: TodayData) -> list[TodayRow]:
        """The table's rows; texts only, so the worker may make them."""
        overview = data.overview
        rows = [
            TodayRow(
                Attention.REPORT_AGAIN
                if item.alert is FollowUpAlert.REPORT_AGAIN
                else Attention.RECONSIDER_REPORT,
                item.case_id,
                item.case_title,
                label_text(item.alert),
                None,
                None,
            )
            for item in overview.radar
        ]
        for check in overview.due_checks:
            detail = label_text(check.check)
            if check.description:
                detail = f"{detail}: {check.description}"
            attention = Attention.CHECK_OVERDUE if check.days_overdue else Attention.CHECK_DUE
            rows.append(
                TodayRow(
                    attention,
                    check.case_id,
                    check.case_title,
                    detail,
                    check.due_on,
                    check.days_overdue,
                )
            )
        rows += [
            TodayRow(
                Attention.AWAITING_FEEDBACK,
                item.case_id,
                item.case_title,
                self.tr("Terugkoppeling op de melding van {day}").format(
                    day=date_text(item.decided_on)
                ),
                item.decided_on,
                item.days_waiting,
            )
            for item in overview.awaiting_feedback
        ]
        rows += [
            TodayRow(
                Attention.STUCK,
                item.case_id,
                item.case_title,
                step_title(item.step),
                item.since.astimezone().date(),
                item.days,
            )
            for item in overview.stuck_cases
        ]
        rows += [
            TodayRow(
                Attention.DRAFT,
                case_id,
                title,
                self.tr("Niet-opgeslagen invoer, bewaard toen het programma vergrendelde"),
                day,
                None,
                form,
            )
            for case_id, title, day, form in data.drafts
        ]
        return rows

    def sort_key(self, row: TodayRow, column: int) -> Any:
        # Ties keep the order of urgency, the longest waiting first.
        urgency = (int(row.attention), -(row.days or 0))
        return [
            urgency,
            (row.case_title.casefold(), *urgency),
            (row.detail.casefold(), *urgency),
            (row.day.toordinal() if row.day else 0, *urgency),
            (row.days or 0, *urgency),
        ][column]

    def display_texts(self, row: TodayRow) -> list[str]:
        return [
            self.attention_text(row.attention),
            row.case_title,
            row.detail,
            date_text(row.day) if row.day else "",
            "" if row.days is None else str(row.days),
        ]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.texts(row)[column]
        if role == SORT_ROLE:
            return self.sort_key(row, column)
        if role == CASE_ID_ROLE:
            return row.case_id
        if role == DRAFT_FORM_ROLE:
            return row.draft_form
        if role == Qt.ItemDataRole.ForegroundRole and row.attention <= Attention.CHECK_OVERDUE:
            return Qt.GlobalColor.darkRed
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.DAYS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class TodayPanel(QWidget):
    case_chosen = Signal(int)
    draft_chosen = Signal(int, str)  # case, form: open the form with the draft it kept
    loaded = Signal()
    settled = Signal()  # a reading ended, shown or not

    def __init__(self, vault: Vault, stuck_after_days: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.stuck_after_days = stuck_after_days
        self.loading = False
        self._again = False
        # Set when the user asked for Vandaag: the list takes the keyboard once it is there.
        self.focus_on_load = False
        self.title = heading(self.tr("Vandaag"))
        self.summary = wrapped()
        self.summary.setObjectName("todaySummary")
        self.refresh_button = QPushButton(self.tr("Bijwerken"))
        self.refresh_button.clicked.connect(self.refresh)
        self.model = TodayModel(self)
        self.proxy = SortProxy(self.model, self)
        self.table = ChoosingTable()
        self.table.setAccessibleName(self.tr("Wat vandaag aandacht vraagt"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(TodayModel.ATTENTION, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Wat vandaag aandacht vraagt"))
        header = self.table.horizontalHeader()
        # Fixed widths: sizing to the contents measures every cell on the window thread.
        fixed_widths(
            header,
            {
                TodayModel.ATTENTION: self.tr("Controle over tijd") + "MM",
                TodayModel.CASE: "Gezin van der Berg J.MM",
                TodayModel.DAY: "30-09-2026MM",
                TodayModel.DAYS: self.tr("Dagen") + "MM",
            },
        )
        header.setSectionResizeMode(TodayModel.DETAIL, QHeaderView.ResizeMode.Stretch)
        self.table.chosen.connect(self._chosen)
        self.empty = wrapped(
            self.tr(
                "Niets dat vandaag aandacht vraagt: geen controles die klaarstaan, geen casussen "
                "die stilstaan en geen nieuwe zorgen na een melding."
            )
        )
        self.empty.hide()
        self.hint = wrapped(
            self.tr("Kies een regel en druk op Enter (of dubbelklik) om de casus te openen.")
        )
        muted(self.hint)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.hint)
        self.setFocusProxy(self.table)

    def _chosen(self, index: QModelIndex) -> None:
        case_id = int(index.data(CASE_ID_ROLE))
        form = str(index.data(DRAFT_FORM_ROLE) or "")
        if form:
            self.draft_chosen.emit(case_id, form)
        else:
            self.case_chosen.emit(case_id)

    def refresh(self) -> None:
        """Read the overview again, in the worker."""
        if self.loading:
            self._again = True  # what is being read may already be out of date
            return
        self.loading = True
        self.refresh_button.setEnabled(False)
        self.summary.setText(self.tr("Vandaag wordt bijgewerkt…"))
        vault, days, model = self.vault, self.stuck_after_days, self.model

        def load(_: object) -> TodayData:
            data = load_today(vault, days)
            rows = model.rows_for(data)
            return replace(data, rows=rows, texts=[model.display_texts(row) for row in rows])

        run_in_background(
            while_open(vault, load),
            context=self,
            on_result=self._show,
            on_error=self._failed,
            on_finished=self._finished,
        )

    def _show(self, data: TodayData) -> None:
        self.model.set_data(data)
        self.title.setText(self.tr("Vandaag, {day}").format(day=date_text(data.overview.day)))
        rows = self.model.rows
        self.summary.setText(self._summary(rows, data.overview))
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        self.hint.setVisible(bool(rows))
        if rows and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        if self.focus_on_load:
            self.focus_on_load = False
            (self.table if rows else self.refresh_button).setFocus()
        self.loaded.emit()

    def _summary(self, rows: list[TodayRow], overview: TodayOverview) -> str:
        shown: dict[Attention, int] = {}
        for row in rows:
            shown[row.attention] = shown.get(row.attention, 0) + 1
        counts = {a: str(n) for a, n in shown.items() if a not in _COUNTED}
        # The count of all, not of the rows shown (each kind lists its first rows only); a
        # count stops at COUNT_CAP and then says so.
        for attention, kind in _COUNTED.items():
            if overview.beyond_cap(kind):
                counts[attention] = self.tr("meer dan {count}").format(count=COUNT_CAP)
            elif overview.count(kind) > 0:
                counts[attention] = str(overview.count(kind))
        parts = [
            f"{self.model.attention_text(attention)}: {count}"
            for attention, count in sorted(counts.items())
        ]
        sections = ("due_checks", "stuck_cases", "awaiting_feedback", "radar")
        if any(overview.has_more(s) for s in sections):
            parts.append(
                self.tr("van elke soort staan de eerste {count} in de lijst").format(
                    count=FIRST_ROWS
                )
            )
        return " · ".join(parts)

    def _failed(self, error: MeldcodeError) -> None:
        if not isinstance(error, VaultClosed):
            self.summary.setText(error_text(error))

    def _finished(self) -> None:
        self.loading = False
        self.refresh_button.setEnabled(True)
        if self._again:
            self._again = False
            self.refresh()
        self.settled.emit()

    def clear(self) -> None:
        self._again = False
        self.model.clear()
        self.summary.clear()
