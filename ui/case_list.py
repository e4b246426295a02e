"""The case list: title, status and dates of every case, searchable and sortable.

Searching asks the vault (titles and the names of people involved), a moment after the user
stops typing; sorting happens in the view. The list shows no contents of a case.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.models import CaseSummary
from app.vault.vault import Vault
from ui.text import date_text, label_text, moment_text

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_DELAY_MS = 250
AnyIndex = QModelIndex | QPersistentModelIndex


class CaseListModel(QAbstractTableModel):
    TITLE, STATUS, OPENED, UPDATED, SIGNALS, PERSONS = range(6)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CaseSummary] = []
        self._headers = [
            self.tr("Titel"),
            self.tr("Status"),
            self.tr("Geopend"),
            self.tr("Laatst gewijzigd"),
            self.tr("Signalen"),
            self.tr("Betrokkenen"),
        ]

    def set_cases(self, rows: list[CaseSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_cases([])

    def case_id(self, row: int) -> int:
        return self._rows[row].id

    def row_of(self, case_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == case_id), None)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == CASE_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.SIGNALS, self.PERSONS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: CaseSummary, column: int) -> str:
        return [
            row.title,
            label_text(row.status),
            date_text(row.opened_at.astimezone().date()),
            moment_text(row.updated_at),
            str(row.signal_count),
            str(row.person_count),
        ][column]

    def _sort_key(self, row: CaseSummary, column: int) -> Any:
        return [
            row.title.casefold(),
            label_text(row.status),
            row.opened_at.timestamp(),
            row.updated_at.timestamp(),
            row.signal_count,
            row.person_count,
        ][column]


class CaseListPanel(QWidget):
    case_chosen = Signal(int)
    new_case_requested = Signal()

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self._quiet = False
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Zoeken op titel of naam van een betrokkene"))
        self.search.setClearButtonEnabled(True)
        self.new_case_button = QPushButton(self.tr("Nieuwe casus…"))
        self.new_case_button.clicked.connect(self.new_case_requested)
        self.model = CaseListModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(CaseListModel.UPDATED, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(CaseListModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_case_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table)

    def refresh(self) -> None:
        """Read the list again (after a search, or a change), keeping the chosen case."""
        chosen = self.current_case_id()
        self.model.set_cases(self.vault.cases.summaries(self.search.text()))
        if chosen is not None:
            self.select(chosen, notify=False)

    def current_case_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return int(index.data(CASE_ID_ROLE))

    def select(self, case_id: int, notify: bool = True) -> None:
        row = self.model.row_of(case_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self._quiet = not notify
        try:
            self.table.setCurrentIndex(index)
        finally:
            self._quiet = False

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and not self._quiet:
            self.case_chosen.emit(int(current.data(CASE_ID_ROLE)))

    def clear(self) -> None:
        self.search.clear()
        self._search_timer.stop()
        self.model.clear()
