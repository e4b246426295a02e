"""What the read-only tables of rows share: a model over a list, sorted on a key per column.

A row's sort key (`SORT_ROLE`) may be a tuple, so ties fall back on a second order; the case a
row is about travels with it (`CASE_ID_ROLE`), whatever the sorting.

The model keeps its rows in the order shown and sorts them itself, in one Python sort per fill
or per click on a header: a sorting proxy would instead call back into Python for every
comparison (thousands per fill), which holds up the window thread.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QIdentityProxyModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QHeaderView

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 2
AnyIndex = QModelIndex | QPersistentModelIndex
R = TypeVar("R")


class RowsModel(QAbstractTableModel, Generic[R]):
    """One row per item of `rows`, under the given column headers, in the chosen order.

    A subclass gives each row's key per column in `sort_key` and its texts in `display_texts`
    (pure Python, so a worker may make them); each row's texts are made once, not at every
    paint."""

    def __init__(self, headers: list[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[R] = []
        self._headers = headers
        self._sorted_by: tuple[int, Qt.SortOrder] | None = None
        self._texts: dict[int, list[str]] = {}

    def sort_key(self, row: R, column: int) -> Any:
        raise NotImplementedError

    def display_texts(self, row: R) -> list[str]:
        raise NotImplementedError

    def texts(self, row: R) -> list[str]:
        texts = self._texts.get(id(row))
        if texts is None:
            texts = self._texts[id(row)] = self.display_texts(row)
        return texts

    def _in_order(self, rows: list[R]) -> list[R]:
        if self._sorted_by is None:
            return list(rows)
        column, order = self._sorted_by
        # Stable either way: equal keys keep the order the rows came in, as a view's sort did.
        return sorted(
            rows,
            key=lambda row: self.sort_key(row, column),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )

    def set_rows(self, rows: list[R], texts: list[list[str]] | None = None) -> None:
        """`texts`: each row's display texts, when a worker made them already."""
        ordered = self._in_order(rows)
        self.beginResetModel()
        self.rows = ordered
        self._texts = {} if texts is None else {id(r): t for r, t in zip(rows, texts, strict=True)}
        self.endResetModel()

    def add_rows(self, rows: list[R], texts: list[list[str]]) -> None:
        """More rows after those shown (a next page), each with its display texts; in the
        chosen order the new rows take their places among the others."""
        if not rows:
            return
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self.rows = self.rows + rows
        self._texts.update((id(r), t) for r, t in zip(rows, texts, strict=True))
        self.endInsertRows()
        if self._sorted_by is not None:
            self.sort(*self._sorted_by)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._headers):
            return
        self._sorted_by = (column, order)
        self.layoutAboutToBeChanged.emit()
        places = {id(row): place for place, row in enumerate(self.rows)}
        ordered = self._in_order(self.rows)
        new_place = {places[id(row)]: place for place, row in enumerate(ordered)}
        self.rows = ordered
        # The chosen row and the selection go along with their rows.
        before = self.persistentIndexList()
        after = [self.index(new_place[index.row()], index.column()) for index in before]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def clear(self) -> None:
        self.set_rows([])

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


class SortProxy(QIdentityProxyModel):
    """What the view shows of a `RowsModel`: the rows as the model orders them. A click on a
    header reaches the model's own `sort`."""

    def __init__(self, source: QAbstractTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)


def fixed_widths(header: QHeaderView, samples: dict[int, str]) -> None:
    """Columns as wide as a sample text, set once (the user may still drag them).

    Sizing to the contents instead measures every cell on the window thread at each reset,
    which stalls the window with long lists."""
    metrics = header.fontMetrics()
    for column, sample in samples.items():
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, metrics.horizontalAdvance(sample) + 16)
