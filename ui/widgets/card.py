"""A card's frame, painted from the palette.

A style sheet on every card (a signal, an entry) sent each card and all it holds through Qt's
style-sheet engine: building a card took about three times as long, and a case shows hundreds
of them. Painted here, the card follows the palette as the style sheet did (light, dark, high
contrast) at the cost of one rectangle per paint.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QFrame, QWidget


class Edge(Enum):
    SOLID = "solid"  # a thin line all round
    DASHED = "dashed"  # the same, dashed: what was withdrawn
    BAR = "bar"  # a bar on the left in the accent colour: an aside (the interpretation)


BAR_WIDTH = 4


class Card(QFrame):
    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        fill: QPalette.ColorRole = QPalette.ColorRole.Base,
        edge: Edge = Edge.SOLID,
    ) -> None:
        super().__init__(parent)
        self._fill = fill
        self._edge = edge
        # Room for the line, as a style sheet's border takes it.
        if edge is Edge.BAR:
            self.setContentsMargins(BAR_WIDTH, 0, 0, 0)
        else:
            self.setContentsMargins(1, 1, 1, 1)

    def paintEvent(self, event: QPaintEvent) -> None:
        palette = self.palette()
        painter = QPainter(self)
        painter.fillRect(self.rect(), palette.color(self._fill))
        if self._edge is Edge.BAR:
            bar = self.rect()
            bar.setWidth(BAR_WIDTH)
            painter.fillRect(bar, palette.color(QPalette.ColorRole.Highlight))
        else:
            pen = QPen(palette.color(QPalette.ColorRole.Mid))
            if self._edge is Edge.DASHED:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.end()
