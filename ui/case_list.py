"""The case list: every case, found by words and filters, with the step it stands in.

Searching asks the vault's full-text index (titles, names of people involved, signal text) and
filters on status, step, phase, form of violence and period, a moment after the user stops
typing. The search runs in the worker: filtering on step or phase derives the progress of
every candidate. Sorting happens in the view. Only a short snippet of a case's text is shown,
where the words were found.

The list asks for a page at a time (`app.store.search.PAGE`): the first when searched, the
next in the worker when the view is scrolled to the end of what it holds (Qt's
`canFetchMore`/`fetchMore`), until a page comes back short. A page leaves out the cases shown
already, so none is listed twice.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import CasePhase, CaseStatus, LabelledEnum, Step, ViolenceForm
from app.errors import MeldcodeError, ValidationError, VaultClosed
from app.store.search import CaseQuery, SearchHit
from app.vault.vault import Vault
from ui.steps.step_bar import page_names, short_step
from ui.text import date_text, error_text, label_text
from ui.widgets.choosing_table import ChoosingTable
from ui.widgets.dates import optional_date_line, optional_date_of
from ui.widgets.fields import ErrorField, FieldErrors, error_label
from ui.widgets.labels import wrapped
from ui.widgets.tab_order import tab_in_order, tab_stops
from ui.widgets.table_model import (
    CASE_ID_ROLE,
    SORT_ROLE,
    AnyIndex,
    RowsModel,
    SortProxy,
    fixed_widths,
)
from ui.widgets.wheel import choice_box
from ui.workers import run_in_background, while_open

SEARCH_DELAY_MS = 250


def where_text(hit: SearchHit) -> str:
    """Where the case stands: its current step, the follow-up, or closed."""
    progress = hit.progress
    if progress.phase is CasePhase.STEPS and progress.current_step is not None:
        text = short_step(progress.current_step)
    elif progress.phase is CasePhase.FOLLOW_UP:
        text = page_names()[None]
    else:
        text = label_text(progress.phase)
    if progress.radar or progress.help_not_safe:
        text = "! " + text
    return text


class CaseListModel(RowsModel[SearchHit]):
    TITLE, WHERE, OPENED, UPDATED, FOUND = range(5)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                self.tr("Titel"),
                self.tr("Waar"),
                self.tr("Geopend"),
                self.tr("Gewijzigd"),
                self.tr("Gevonden in"),
            ],
            parent,
        )
        # Set by the panel: starts the worker that reads the next page (see `fetchMore`).
        self.fetch_next: Callable[[], None] | None = None
        self.more = False  # the last page came back full: there may be more
        self.fetching = False

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self.more and not self.fetching

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent) and self.fetch_next is not None:
            self.fetching = True
            self.fetch_next()

    def row_of(self, case_id: int) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r.case_id == case_id), None)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.texts(row)[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == self.FOUND:
            return row.snippet or None
        if role == SORT_ROLE:
            return self.sort_key(row, column)
        if role == CASE_ID_ROLE:
            return row.case_id
        worried = row.progress.radar or row.progress.help_not_safe
        if role == Qt.ItemDataRole.ForegroundRole and column == self.WHERE and worried:
            return Qt.GlobalColor.darkRed
        return None

    def display_texts(self, row: SearchHit) -> list[str]:
        found = ", ".join(label_text(source) for source in row.matched_in)
        if row.snippet:
            found = f"{found}: {row.snippet}"
        return [
            row.title,
            where_text(row),
            date_text(row.opened_at.astimezone().date()),
            date_text(row.updated_at.astimezone().date()),
            found,
        ]

    def sort_key(self, row: SearchHit, column: int) -> Any:
        progress = row.progress
        step = progress.current_step.number if progress.current_step else 6
        return [
            row.title.casefold(),
            (list(CasePhase).index(progress.phase), step),
            row.opened_at.timestamp(),
            row.updated_at.timestamp(),
            ", ".join(source.value for source in row.matched_in),
        ][column]


def filter_combo(everything: str, members: list[tuple[str, str]]) -> QComboBox:
    combo = choice_box()
    combo.addItem(everything, "")
    for value, text in members:
        combo.addItem(text, value)
    return combo


def labelled(enum: type[LabelledEnum]) -> list[tuple[str, str]]:
    return [(member.value, label_text(member)) for member in enum]


class SearchFilters(QWidget):
    """Status, step, phase, form of violence and a period; each narrows the list."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = filter_combo(self.tr("Alle statussen"), labelled(CaseStatus))
        self.step = filter_combo(
            self.tr("Alle stappen"), [(step.value, short_step(step)) for step in Step]
        )
        self.phase = filter_combo(self.tr("Alle fasen"), labelled(CasePhase))
        self.form = filter_combo(self.tr("Alle vormen van geweld"), labelled(ViolenceForm))
        self.active_from = optional_date_line(
            placeholder=self.tr("van dd-mm-jjjj"), check_on_leave=False
        )
        self.active_to = optional_date_line(
            placeholder=self.tr("t/m dd-mm-jjjj"), check_on_leave=False
        )
        self.fields = {
            "active_from": ErrorField(self.active_from),
            "active_to": ErrorField(self.active_to),
        }
        self.clear_button = QPushButton(self.tr("Filters wissen"))
        self.clear_button.clicked.connect(self.reset)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.status, 0, 0)
        grid.addWidget(self.phase, 0, 1)
        grid.addWidget(self.step, 1, 0)
        grid.addWidget(self.form, 1, 1)
        period = QHBoxLayout()
        period.addWidget(QLabel(self.tr("Open in de periode:")))
        period.addWidget(self.fields["active_from"])
        period.addWidget(self.fields["active_to"])
        period.addStretch(1)
        period.addWidget(self.clear_button)
        grid.addLayout(period, 2, 0, 1, 2)
        for combo in (self.status, self.step, self.phase, self.form):
            combo.currentIndexChanged.connect(lambda _: self.changed.emit())
        for line in (self.active_from, self.active_to):
            line.line.textChanged.connect(lambda _: self.changed.emit())

    def query(self, text: str) -> CaseQuery:
        return CaseQuery(
            text=text,
            status=CaseStatus.parse(str(self.status.currentData())),  # type: ignore[arg-type]
            step=Step.parse(str(self.step.currentData())),  # type: ignore[arg-type]
            phase=CasePhase.parse(str(self.phase.currentData())),  # type: ignore[arg-type]
            form=ViolenceForm.parse(str(self.form.currentData())),  # type: ignore[arg-type]
            active_from=optional_date_of(self.active_from)[0],
            active_to=optional_date_of(self.active_to)[0],
        )

    def unreadable(self) -> dict[str, str]:
        return {
            name: line.fault()
            for name, line in (("active_from", self.active_from), ("active_to", self.active_to))
            if line.fault()
        }

    def active(self) -> bool:
        combos = (self.status, self.step, self.phase, self.form)
        lines = (self.active_from, self.active_to)
        return any(c.currentIndex() > 0 for c in combos) or any(line.text() for line in lines)

    def reset(self) -> None:
        for combo in (self.status, self.step, self.phase, self.form):
            combo.setCurrentIndex(0)
        self.active_from.clear()
        self.active_to.clear()


class CaseListPanel(QWidget):
    case_chosen = Signal(int)
    new_case_requested = Signal()
    today_requested = Signal()
    loaded = Signal()

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self._quiet = False
        self._generation = 0
        self._pending: tuple[int, bool] | None = None
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Zoeken in casussen"))
        self.search.setPlaceholderText(
            self.tr("Zoeken in titels, namen van betrokkenen en signalen")
        )
        self.search.setClearButtonEnabled(True)
        self.filters_button = QPushButton(self.tr("Filters"))
        self.filters_button.setCheckable(True)
        self.today_button = QPushButton(self.tr("Vandaag"))
        self.today_button.clicked.connect(self.today_requested)
        self.new_case_button = QPushButton(self.tr("Nieuwe casus…"))
        self.new_case_button.clicked.connect(self.new_case_requested)
        # The filters are built when first shown: most searches are words only.
        self._filters: SearchFilters | None = None
        self.filters_button.toggled.connect(self._toggle_filters)
        self.search_error = error_label()
        self.errors = FieldErrors({}, self.search_error)
        # Wrapped: "De eerste 200 casussen; …" on one line widened the list past a small screen.
        self.count = wrapped()
        self.count.setObjectName("caseCount")
        self.model = CaseListModel(self)
        self.model.fetch_next = self._fetch_next
        self._query_shown: CaseQuery | None = None
        self.proxy = SortProxy(self.model, self)
        self.table = ChoosingTable()
        self.table.setAccessibleName(self.tr("Casussen"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(CaseListModel.UPDATED, Qt.SortOrder.DescendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(CaseListModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        # Fixed widths: sizing to the contents measures every cell on the window thread.
        fixed_widths(
            header,
            {
                CaseListModel.WHERE: "! " + "M" * 10,
                CaseListModel.OPENED: "30-09-2026MM",
                CaseListModel.UPDATED: "30-09-2026MM",
                CaseListModel.FOUND: "M" * 24,
            },
        )
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.chosen.connect(self._chosen)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.filters_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.today_button)
        buttons.addWidget(self.count, 1)
        buttons.addWidget(self.new_case_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addLayout(top)
        layout.addWidget(self.search_error)
        layout.addWidget(self.table)
        self._update_columns("")

    @property
    def filters(self) -> SearchFilters:
        if self._filters is None:
            filters = SearchFilters()
            filters.setVisible(self.filters_button.isChecked())
            filters.changed.connect(self._search_timer.start)
            self.errors.fields.update(filters.fields)
            layout = self.layout()
            assert isinstance(layout, QVBoxLayout)
            layout.insertWidget(layout.indexOf(self.search_error), filters)
            # Built later, they came last in the focus chain; Tab reaches them after the button.
            tab_in_order([self.filters_button, *tab_stops(filters)])
            self._filters = filters
        return self._filters

    def _toggle_filters(self, shown: bool) -> None:
        self.filters.setVisible(shown)

    def _query(self) -> CaseQuery:
        text = self.search.text()
        return CaseQuery(text=text) if self._filters is None else self._filters.query(text)

    def reset_filters(self) -> None:
        if self._filters is not None:
            self._filters.reset()

    def refresh(self) -> None:
        """Search again (after typing, a filter, or a change), keeping the chosen case."""
        self._search_timer.stop()
        unreadable = {} if self._filters is None else self._filters.unreadable()
        if unreadable:
            self.errors.show(None, unreadable)
            return
        self.errors.clear()
        self._generation += 1
        generation, vault, model = self._generation, self.vault, self.model
        query = self._query()

        def find(_: object) -> tuple[list[SearchHit], list[list[str]]]:
            hits = vault.search.find(query)
            return hits, [model.display_texts(hit) for hit in hits]

        run_in_background(
            while_open(vault, find),
            context=self,
            on_result=lambda found: self._found(generation, query, *found),
            on_error=lambda error: self._failed(generation, error),
        )

    def _fetch_next(self) -> None:
        """The next page of the query shown, without the cases shown already."""
        query = self._query_shown
        if query is None:
            self.model.fetching = False
            return
        generation, vault, model = self._generation, self.vault, self.model
        shown = [row.case_id for row in model.rows]

        def find(_: object) -> tuple[list[SearchHit], list[list[str]]]:
            hits = vault.search.find(query, shown)
            return hits, [model.display_texts(hit) for hit in hits]

        run_in_background(
            while_open(vault, find),
            context=self,
            on_result=lambda found: self._found_more(generation, query, *found),
            on_error=lambda error: self._failed(generation, error),
        )

    def _found_more(
        self, generation: int, query: CaseQuery, hits: list[SearchHit], texts: list[list[str]]
    ) -> None:
        if generation != self._generation:
            return  # searched again meanwhile: that search's pages count
        self.model.more = len(hits) >= query.limit
        self.model.fetching = False
        self.model.add_rows(hits, texts)
        self._show_count(query)
        pending, self._pending = self._pending, None
        if pending is not None:
            self.select(*pending)
        self.loaded.emit()

    def _show_count(self, query: CaseQuery) -> None:
        count = len(self.model.rows)
        if self.model.more:
            text = self.tr("De eerste {count} casussen; verder scrollen toont er meer.")
        elif (self._filters is not None and self._filters.active()) or query.text.strip():
            text = self.tr("{count} gevonden")
        elif count == 1:
            text = self.tr("1 casus")
        else:
            text = self.tr("{count} casussen")
        self.count.setText(text.format(count=count))

    def _found(
        self, generation: int, query: CaseQuery, hits: list[SearchHit], texts: list[list[str]]
    ) -> None:
        if generation != self._generation:
            return  # a newer search is under way; its result counts
        chosen = self.current_case_id()
        self._query_shown = query
        self.model.more = len(hits) >= query.limit
        self.model.fetching = False
        # New results are read from the top: left at the end of the former list, the view
        # would ask for the next page before anything of this one was looked at.
        self.table.scrollToTop()
        self.model.set_rows(hits, texts)
        self._update_columns(query.text)
        self._show_count(query)
        pending, self._pending = self._pending, None
        if pending is not None:
            self.select(*pending)
        elif chosen is not None:
            self.select(chosen, notify=False)
        self.loaded.emit()

    def _failed(self, generation: int, error: MeldcodeError) -> None:
        if generation != self._generation or isinstance(error, VaultClosed):
            return
        # No next page after a fault: asking again at each scroll would repeat it.
        self.model.more = self.model.fetching = False
        if isinstance(error, ValidationError):
            self.errors.show(error)
        else:
            self.errors.show_form_error(error_text(error))

    def _update_columns(self, text: str) -> None:
        self.table.setColumnHidden(CaseListModel.FOUND, not text.strip())
        self.table.setColumnHidden(CaseListModel.OPENED, bool(text.strip()))

    def current_case_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return int(index.data(CASE_ID_ROLE))

    def select(self, case_id: int, notify: bool = True) -> None:
        """Make the case the current row; when the list does not hold it yet, once it does."""
        row = self.model.row_of(case_id)
        if row is None:
            self._pending = (case_id, notify)
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self._quiet = not notify
        try:
            self.table.setCurrentIndex(index)
        finally:
            self._quiet = False

    def deselect(self) -> None:
        """No current case (Vandaag is shown): a click on the case shown before opens it."""
        self._pending = None
        self.table.selectionModel().clear()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and not self._quiet:
            self.case_chosen.emit(int(current.data(CASE_ID_ROLE)))

    def _chosen(self, index: QModelIndex) -> None:
        self.case_chosen.emit(int(index.data(CASE_ID_ROLE)))

    def clear(self) -> None:
        self._generation += 1  # a search still under way shows nothing any more
        self._pending = None
        self.search.clear()
        self.reset_filters()
        self._search_timer.stop()
        self._query_shown = None
        self.model.more = self.model.fetching = False
        self.model.clear()
        self.count.clear()
