"""Emptying a closed dialog that showed case data, so nothing lingers in widgets waiting to be
deleted: labels and fields (`wipe_texts`), and the rich views only these dialogs have."""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidget, QTextEdit, QTreeWidget, QWidget

from ui.widgets.labels import wipe_texts


def forget_contents(root: QWidget) -> None:
    wipe_texts(root)
    for view in root.findChildren(QTextEdit):
        view.clear()
    for tree in root.findChildren(QTreeWidget):
        tree.clear()
    for table in root.findChildren(QTableWidget):
        table.clearContents()
