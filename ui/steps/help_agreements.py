"""The help agreed in step 5: what, by whom, until when; as many rows as there are agreements.

Each row's inputs are fields of their own (`help_agreed.0.what`, ...), so the core's message
about one agreement lands at that agreement. A row left entirely empty is not an agreement.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.entries import HelpAgreement
from ui.widgets.dates import optional_date_line, optional_date_of
from ui.widgets.fields import ErrorField


class _Row:
    def __init__(self, agreement: HelpAgreement | None) -> None:
        self.what = QLineEdit(agreement.what if agreement else "")
        self.by_whom = QLineEdit(agreement.by_whom if agreement else "")
        self.until = optional_date_line(agreement.until if agreement else None)
        self.what_field = ErrorField(self.what)
        self.by_whom_field = ErrorField(self.by_whom)
        self.until_field = ErrorField(self.until)
        self.remove = QPushButton()

    def texts(self) -> list[str]:
        return [self.what.text(), self.by_whom.text(), self.until.text()]

    def is_empty(self) -> bool:
        return not any(text.strip() for text in self.texts())


class HelpAgreementsEditor(QWidget):
    rows_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setColumnStretch(0, 3)
        self._grid.setColumnStretch(1, 2)
        for column, text in enumerate(
            (self.tr("Welke hulp"), self.tr("Door wie"), self.tr("Tot wanneer (mag leeg)"))
        ):
            self._grid.addWidget(QLabel(text), 0, column)
        self.add_button = QPushButton(self.tr("Afspraak toevoegen"))
        self.add_button.clicked.connect(lambda _=False: self.add_row())
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._grid)
        layout.addLayout(buttons)
        self.setFocusProxy(self.add_button)

    def add_row(self, agreement: HelpAgreement | None = None) -> None:
        row = _Row(agreement)
        row.remove.setText(self.tr("Verwijderen"))
        row.remove.clicked.connect(lambda: self._remove(row))
        self._rows.append(row)
        self._place_rows()
        row.what.setFocus()

    def _remove(self, row: _Row) -> None:
        self._rows.remove(row)
        for widget in (row.what_field, row.by_whom_field, row.until_field, row.remove):
            widget.hide()
            widget.deleteLater()
        self._place_rows()

    def _place_rows(self) -> None:
        for index, row in enumerate(self._rows, start=1):
            # The column headings are not the fields' buddies: name each field itself.
            row.what.setAccessibleName(self.tr("Welke hulp, afspraak {n}").format(n=index))
            row.by_whom.setAccessibleName(self.tr("Door wie, afspraak {n}").format(n=index))
            row.until.line.setAccessibleName(self.tr("Tot wanneer, afspraak {n}").format(n=index))
            row.remove.setAccessibleName(self.tr("Afspraak {n} verwijderen").format(n=index))
            self._grid.addWidget(row.what_field, index, 0)
            self._grid.addWidget(row.by_whom_field, index, 1)
            self._grid.addWidget(row.until_field, index, 2)
            self._grid.addWidget(row.remove, index, 3)
        self.setFocusProxy(self._rows[0].what if self._rows else self.add_button)
        self._order_tabs()
        self.rows_changed.emit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._order_tabs()

    def _order_tabs(self) -> None:
        """Rows are made after the add button, so Tab would skip it; put it after the rows.
        Only once the editor sits in its window: an order set before is lost on the move."""
        chain = [w for r in self._rows for w in (r.what, r.by_whom, r.until.line, r.remove)]
        for first, second in pairwise([*chain, self.add_button]):
            QWidget.setTabOrder(first, second)

    def set_agreements(self, agreements: tuple[HelpAgreement, ...]) -> None:
        for row in list(self._rows):
            self._remove(row)
        for agreement in agreements:
            self.add_row(agreement)

    def _filled_rows(self) -> list[_Row]:
        return [row for row in self._rows if not row.is_empty()]

    def agreements(self) -> tuple[HelpAgreement, ...]:
        return tuple(
            HelpAgreement(row.what.text(), row.by_whom.text(), optional_date_of(row.until)[0])
            for row in self._filled_rows()
        )

    def fields(self) -> dict[str, ErrorField]:
        """The rows' fields, numbered as the core numbers the agreements it receives."""
        found = {}
        for index, row in enumerate(self._filled_rows()):
            prefix = f"help_agreed.{index}."
            found[prefix + "what"] = row.what_field
            found[prefix + "by_whom"] = row.by_whom_field
            found[prefix + "until"] = row.until_field
        return found

    def unreadable(self) -> dict[str, str]:
        return {
            f"help_agreed.{index}.until": row.until.fault()
            for index, row in enumerate(self._filled_rows())
            if row.until.fault()
        }

    def state(self) -> Any:
        return [row.texts() for row in self._rows]

    def set_state(self, state: Any) -> None:
        self.set_agreements(())
        for what, by_whom, until in state:
            self.add_row(HelpAgreement(str(what), str(by_whom)))
            self._rows[-1].until.setText(str(until))
