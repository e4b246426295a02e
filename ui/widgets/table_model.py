"""What the read-only tables of rows share: a model over a list, sorted on a key per column.

A row's sort key (`SORT_ROLE`) may be a tuple, so ties fall back on a second order; the case a
row is about travels with it (`CASE_ID_ROLE`), whatever the sorting.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QHeaderView

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 2
AnyIndex = QModelIndex | QPersistentModelIndex
R = TypeVar("R")


class RowsModel(QAbstractTableModel, Generic[R]):
    """One row per item of `rows`, under the given column headers."""

    def __init__(self, headers: list[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[R] = []
        self._headers = headers

    def set_rows(self, rows: list[R]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

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


class SortProxy(QSortFilterProxyModel):
    """Sorts on `SORT_ROLE`, which may hold any comparable value, tuples included."""

    def __init__(self, source: QAbstractTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:
        return bool(left.data(SORT_ROLE) < right.data(SORT_ROLE))


def fixed_widths(header: QHeaderView, samples: dict[int, str]) -> None:
    """Columns as wide as a sample text, set once (the user may still drag them).

    Sizing to the contents instead measures every cell on the window thread at each reset,
    which stalls the window with long lists."""
    metrics = header.fontMetrics()
    for column, sample in samples.items():
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, metrics.horizontalAdvance(sample) + 16)
