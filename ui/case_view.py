"""One case: its title and status, the people involved, and the signal timeline."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.bsn import masked_bsn
from app.domain.models import Case, Person
from app.vault.vault import Vault
from ui.person_dialog import PersonDialog
from ui.signal_dialog import SignalDialog
from ui.text import date_text, label_text, moment_text
from ui.timeline import HistoryDialog, Timeline, small_heading
from ui.widgets.dialog_slot import DialogSlot
from ui.widgets.labels import wrapped


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


class CaseView(QStackedWidget):
    changed = Signal(int)  # the case whose contents changed

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.case: Case | None = None
        self.dialogs = DialogSlot()

        self.placeholder = wrapped(
            self.tr("Kies links een casus, of maak een nieuwe casus (Ctrl+N).")
        )
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.title = QLabel()
        title_font = QFont(self.title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.4)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.status = QLabel()
        self.add_signal_button = QPushButton(self.tr("Signaal toevoegen…"))
        self.add_person_button = QPushButton(self.tr("Betrokkene toevoegen…"))
        self.edit_person_button = QPushButton(self.tr("Wijzigen…"))
        self.persons = PersonTable()
        self.timeline = Timeline()

        header = QHBoxLayout()
        header_text = QVBoxLayout()
        header_text.addWidget(self.title)
        header_text.addWidget(self.status)
        header.addLayout(header_text, 1)
        header.addWidget(self.add_signal_button, 0, Qt.AlignmentFlag.AlignTop)

        persons_box = QWidget()
        persons_layout = QVBoxLayout(persons_box)
        persons_layout.setContentsMargins(0, 0, 0, 0)
        persons_header = QHBoxLayout()
        persons_header.addWidget(small_heading(self.tr("Betrokkenen")), 1)
        persons_header.addWidget(self.edit_person_button)
        persons_header.addWidget(self.add_person_button)
        persons_layout.addLayout(persons_header)
        persons_layout.addWidget(self.persons)

        signals_box = QWidget()
        signals_layout = QVBoxLayout(signals_box)
        signals_layout.setContentsMargins(0, 0, 0, 0)
        signals_layout.addWidget(small_heading(self.tr("Signalen, nieuwste eerst")))
        signals_layout.addWidget(self.timeline)

        parts = QSplitter(Qt.Orientation.Vertical)
        parts.addWidget(persons_box)
        parts.addWidget(signals_box)
        parts.setStretchFactor(0, 1)
        parts.setStretchFactor(1, 3)
        parts.setSizes([170, 530])
        parts.setChildrenCollapsible(False)

        self.detail = QWidget()
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.addLayout(header)
        detail_layout.addWidget(parts, 1)
        self.addWidget(self.placeholder)
        self.addWidget(self.detail)

        self.add_signal_button.clicked.connect(self.add_signal)
        self.add_person_button.clicked.connect(self.add_person)
        self.edit_person_button.clicked.connect(self.edit_person)
        self.persons.doubleClicked.connect(lambda _: self.edit_person())
        self.persons.itemSelectionChanged.connect(self._person_selection_changed)
        self._person_selection_changed()
        self.timeline.correct_requested.connect(self.correct_signal)
        self.timeline.history_requested.connect(self.show_history)

    # -- showing ---------------------------------------------------------------------------

    def show_case(self, case_id: int) -> None:
        """Open a case: the vault writes who looked at it in the audit log."""
        self._fill(self.vault.cases.open(case_id))

    def reload(self) -> None:
        if self.case is not None:
            self._fill(self.vault.cases.get(self.case.id))

    def _fill(self, case: Case) -> None:
        self.case = case
        self.title.setText(case.title)
        self.status.setText(
            self.tr("{status} · geopend op {opened}").format(
                status=label_text(case.status), opened=moment_text(case.opened_at)
            )
        )
        self.persons.set_persons(self.vault.persons.for_case(case.id))
        self.timeline.set_signals(self.vault.signals.for_case(case.id))
        self.setCurrentWidget(self.detail)

    def clear(self) -> None:
        """Forget everything shown (locking): dialogs closed unsaved, tables and labels empty."""
        self.dialogs.discard()
        self.case = None
        self.title.clear()
        self.status.clear()
        self.persons.clear_persons()
        self.timeline.clear()
        self.setCurrentWidget(self.placeholder)

    # -- changing --------------------------------------------------------------------------

    def add_signal(self) -> None:
        if self.case is not None:
            self._open(SignalDialog(self.vault, self.case.id, parent=self))

    def correct_signal(self, signal_id: int) -> None:
        if self.case is not None:
            signal = self.vault.signals.get(signal_id)
            self._open(SignalDialog(self.vault, self.case.id, signal, parent=self))

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
        self.edit_person_button.setEnabled(self.persons.current_person() is not None)

    @property
    def active_dialog(self) -> QDialog | None:
        return self.dialogs.dialog

    def _open(self, dialog: QDialog) -> None:
        dialog.accepted.connect(self._saved)
        self.dialogs.open(dialog)

    def _saved(self) -> None:
        self.reload()
        if self.case is not None:
            self.changed.emit(self.case.id)
