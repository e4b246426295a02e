"""Tab order for widgets built after their window.

Qt puts a widget made later at the end of its window's focus chain; these helpers put its Tab
stops where they belong. They find the stops among a widget's children, never by walking the
focus chain from Python: PySide makes the widget asked (`nextInFocusChain`) the Python owner of
the widget it returns, so a walk along the chain strings every widget of the window together,
and deleting one widget then visits them all. Deleting the cards of a case with five hundred
signals took over a minute that way.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget, QWidget


def tab_head(parent: QWidget) -> QWidget:
    """A Tab stop that is never shown, where stops made later start: the window puts it in
    place with the rest, and what is made later goes right after it (`tab_in_order`)."""
    head = QWidget(parent)
    head.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    head.hide()
    return head


class KeepsItsTabOrder:
    """A widget that keeps the Tab order of what it holds after its own `tab_head` (a column
    of cards, which can hold thousands of widgets). `own_tab_stops` is the head and what
    follows it, for the window's one ordering when it is built."""

    tab_head: QWidget

    def own_tab_stops(self) -> list[QWidget]:
        raise NotImplementedError


def tab_stops(root: QWidget) -> list[QWidget]:
    """The widgets in `root` that Tab goes to, in the order they joined it: a parent before its
    children, children in their order, and a tab widget's bar before its pages (the order a
    window built at once has in its focus chain)."""
    stops: list[QWidget] = []

    def visit(widget: QWidget) -> None:
        children = [c for c in widget.children() if isinstance(c, QWidget)]
        if isinstance(widget, QTabWidget):
            bar = widget.tabBar()
            children.sort(key=lambda child: child is not bar)
        for child in children:
            if isinstance(child, KeepsItsTabOrder):
                stops.extend(child.own_tab_stops())
                continue
            if child.focusPolicy() & Qt.FocusPolicy.TabFocus:
                stops.append(child)
            visit(child)

    visit(root)
    return stops


def tab_in_order(widgets: Sequence[QWidget]) -> None:
    """Tab goes from each widget to the next (the first stays where it is)."""
    for first, second in itertools.pairwise(widgets):
        QWidget.setTabOrder(first, second)
