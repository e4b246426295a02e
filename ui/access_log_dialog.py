"""Praktijk > Logboek: the access log (NEN 7513), filtered, sorted and paged.

Each page is read by the core in SQL (`AccessLogStore.page`) on a worker thread, so a log of
a hundred thousand rows opens at once; the model is filled on the window's thread with the
page that came back. A row with a case number opens that case on a double click, as far as
the core allows: a practice manager's attempt is refused and logged like any other.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import AccessDenied, MeldcodeError, ValidationError
from app.export.access_log import HEADER, LogFormat, export_log, row_cells
from app.export.exporter import ExportStage, Progress, neutral_path
from app.store.access_log import PAGE_SIZE, LogFilter, LogRow
from app.timeutil import today
from app.vault.audit import AuditEvent
from app.vault.vault import Vault
from ui.report.export_panel import ExportPanel
from ui.text import error_text
from ui.widgets.dates import date_faults, date_of, optional_date_line
from ui.widgets.fields import ErrorField, FieldErrors, error_label
from ui.widgets.labels import label_for, resize_within_screen
from ui.widgets.wheel import choice_box
from ui.workers import Reporter, run_in_background, while_open

ALL = -1
LOG_STEM = "logboek"


class LogModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[LogRow] = []
        self._cells: list[tuple[str, ...]] = []

    def set_rows(self, rows: list[LogRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self._cells = [self._shown(row) for row in rows]
        self.endResetModel()

    @staticmethod
    def _shown(row: LogRow) -> tuple[str, ...]:
        return row_cells(row, QCoreApplication.translate)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADER)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        # The tooltip carries the whole cell: a narrow column elides a long detail.
        shown = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
        if not index.isValid() or role not in shown:
            return None
        return self._cells[index.row()][index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("access_log", HEADER[section])
        return None


class AccessLogDialog(QDialog):
    case_requested = Signal(int)
    page_loaded = Signal()

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.setWindowTitle(self.tr("Logboek"))
        self.offset = 0
        self.total = 0
        self.current = LogFilter()
        self._loading = False
        self.refused = False  # the core said this user may not read the log

        self.case_number = QLineEdit()
        self.case_number.setPlaceholderText(self.tr("alle"))
        self.user = choice_box()
        self.user.addItem(self.tr("Alle gebruikers"), ALL)
        for user in vault.users():
            self.user.addItem(user.display_name, user.id)
        self.kind = choice_box()
        self.kind.addItem(self.tr("Alle soorten"), "")
        for event in sorted(AuditEvent, key=lambda e: e.label):
            self.kind.addItem(QCoreApplication.translate("labels", event.label), event.value)
        # The one date box of the program: typed as dd-mm-jjjj, its fault said at the field.
        self.date_from = optional_date_line()
        self.date_to = optional_date_line()
        self.order = choice_box()
        self.order.addItem(self.tr("Nieuwste eerst"), True)
        self.order.addItem(self.tr("Oudste eerst"), False)
        self.apply_button = QPushButton(self.tr("Toepassen"))
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(self.apply_filter)

        self.form_error = error_label()
        self.errors = FieldErrors(
            {
                "case_id": ErrorField(self.case_number),
                "user_id": ErrorField(self.user),
                "event": ErrorField(self.kind),
                "date_from": ErrorField(self.date_from),
                "date_to": ErrorField(self.date_to),
            },
            self.form_error,
        )
        filters = QGroupBox(self.tr("Filteren"))
        grid = QFormLayout(filters)
        left = QHBoxLayout()
        left.addWidget(label_for(self.tr("Casus:"), self.errors.fields["case_id"]))
        left.addWidget(self.errors.fields["case_id"])
        left.addWidget(label_for(self.tr("Gebruiker:"), self.errors.fields["user_id"]))
        left.addWidget(self.errors.fields["user_id"], 1)
        left.addWidget(label_for(self.tr("Soort:"), self.errors.fields["event"]))
        left.addWidget(self.errors.fields["event"], 1)
        right = QHBoxLayout()
        right.addWidget(label_for(self.tr("Van:"), self.errors.fields["date_from"]))
        right.addWidget(self.errors.fields["date_from"])
        right.addWidget(label_for(self.tr("Tot en met:"), self.errors.fields["date_to"]))
        right.addWidget(self.errors.fields["date_to"])
        right.addWidget(self.order)
        right.addStretch(1)
        right.addWidget(self.apply_button)
        grid.addRow(left)
        grid.addRow(right)

        self.model = LogModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)
        self.table.setAccessibleName(self.tr("Gebeurtenissen in het logboek"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self._row_chosen)

        self.position = QLabel()
        self.previous_button = QPushButton(self.tr("‹ Vorige"))
        self.next_button = QPushButton(self.tr("Volgende ›"))
        self.previous_button.clicked.connect(lambda: self.load(self.offset - PAGE_SIZE))
        self.next_button.clicked.connect(lambda: self.load(self.offset + PAGE_SIZE))
        pager = QHBoxLayout()
        pager.addWidget(self.position, 1)
        pager.addWidget(self.previous_button)
        pager.addWidget(self.next_button)

        self.format = choice_box()
        self.format.addItem(self.tr("PDF"), LogFormat.PDF.value)
        self.format.addItem(self.tr("CSV (in een versleuteld bestand)"), LogFormat.CSV.value)
        # Read on the window's thread: the export job runs on a worker and touches no widget.
        self.chosen_format = LogFormat.PDF
        self.format.currentIndexChanged.connect(
            lambda: setattr(self, "chosen_format", LogFormat(str(self.format.currentData())))
        )
        self.export_panel = ExportPanel(
            while_open(vault, self._export),
            self.tr("Logboek exporteren"),
            self,
            passphrase_intro=self.tr(
                "Het logboek staat versleuteld in {name}. Het opent alleen met deze wachtzin."
            ),
        )
        export_box = QGroupBox(self.tr("Exporteren (versleuteld, met de filter hierboven)"))
        export_layout = QVBoxLayout(export_box)
        format_row = QHBoxLayout()
        format_row.addWidget(QLabel(self.tr("Als:")))
        format_row.addWidget(self.format)
        format_row.addStretch(1)
        export_layout.addLayout(format_row)
        export_layout.addWidget(self.export_panel)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(filters)
        layout.addWidget(self.form_error)
        layout.addWidget(self.table, 1)
        layout.addLayout(pager)
        layout.addWidget(export_box)
        layout.addWidget(close)
        resize_within_screen(self, 1100, 760)
        self._refresh_pager()

    # -- reading ---------------------------------------------------------------------------

    def start(self) -> None:
        """Opened: write that the log was looked at, then show the first page."""
        try:
            self.vault.access_log.opened()
        except MeldcodeError as exc:
            self._failed(exc)
            return
        self.load(0)

    def read_filter(self) -> LogFilter | None:
        self.errors.clear()
        case_text = self.case_number.text().strip()
        case_id: int | None = None
        if case_text:
            if not case_text.isdigit():
                self.errors.set("case_id", self.tr("Vul een casusnummer in (alleen cijfers)."))
                return None
            case_id = int(case_text)
        unreadable = date_faults({"date_from": self.date_from, "date_to": self.date_to})
        for name, fault in unreadable.items():
            self.errors.set(name, fault)
        if unreadable:
            return None
        days = [date_of(self.date_from), date_of(self.date_to)]
        user = int(self.user.currentData())
        kind = str(self.kind.currentData())
        return LogFilter(
            case_id,
            None if user == ALL else user,
            days[0],
            days[1],
            kind or None,
            bool(self.order.currentData()),
        )

    def apply_filter(self) -> None:
        wanted = self.read_filter()
        if wanted is None:
            return
        self.current = wanted
        self.load(0)

    def load(self, offset: int) -> None:
        if self._loading:
            return
        log, wanted = self.vault.access_log, self.current
        offset = max(0, offset)

        def read(_: Reporter) -> tuple[int, int, list[LogRow]]:
            return log.count(wanted), offset, log.page(wanted, offset, PAGE_SIZE)

        self._loading = True
        self._refresh_pager()
        run_in_background(
            while_open(self.vault, read),
            context=self,
            on_result=self._loaded,
            on_error=self._failed,
            on_finished=self._done_loading,
        )

    def _loaded(self, found: tuple[int, int, list[LogRow]]) -> None:
        self.total, self.offset, rows = found
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.page_loaded.emit()

    def _failed(self, error: MeldcodeError) -> None:
        if isinstance(error, ValidationError):
            self.errors.show(error)
        else:
            self.form_error.setText(error_text(error))
            self.form_error.show()
        if isinstance(error, AccessDenied):
            # Whoever may not read the log may not save it either (the core refuses that too).
            self.refused = True
            self.export_panel.setEnabled(False)
            self._refresh_pager()

    def _done_loading(self) -> None:
        self._loading = False
        self._refresh_pager()

    def _refresh_pager(self) -> None:
        shown = len(self.model.rows)
        if shown:
            self.position.setText(
                self.tr("Regels {first}–{last} van {total}").format(
                    first=self.offset + 1, last=self.offset + shown, total=self.total
                )
            )
        else:
            self.position.setText(self.tr("Geen regels met deze filter."))
        self.previous_button.setEnabled(not self._loading and self.offset > 0)
        self.next_button.setEnabled(not self._loading and self.offset + shown < self.total)
        self.apply_button.setEnabled(not self._loading and not self.refused)

    def _row_chosen(self, index: QModelIndex) -> None:
        row = self.model.rows[index.row()]
        if row.case_id is not None:
            self.case_requested.emit(row.case_id)

    # -- exporting -------------------------------------------------------------------------

    def _export(self, passphrase: str, folder: Path, progress: Progress) -> Path:
        wanted = self.current
        fmt = self.chosen_format
        progress(ExportStage.RENDER, 0.0)
        rows = self.vault.access_log.all_rows(wanted)
        target = neutral_path(folder, LOG_STEM, today())
        progress(ExportStage.ENCRYPT, 0.0)
        written = export_log(rows, wanted, fmt, passphrase, target)
        try:
            progress(ExportStage.DONE, 1.0)
        except BaseException:
            written.unlink(missing_ok=True)
            raise
        self.vault.access_log.log_export(wanted, fmt.value, len(rows))
        return written

    def done(self, result: int) -> None:
        self.export_panel.abandon()
        super().done(result)
