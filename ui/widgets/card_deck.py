"""Cards one below the other, each as high as its width asks, placed by hand.

A layout gives every widget it holds its geometry again whenever one comes or goes: a batch of
cards added at the foot of five hundred made Qt lay out all of them, twice (first squeezed into
the old height, then in the grown one), some 0.1 s of a held window a batch. Here a card keeps
its place and size until the deck's width changes or a card above it grows, shrinks, comes or
goes: a batch at the foot costs its own cards.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QStyle, QWidget


class CardDeck(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self._cards: list[QWidget] = []
        # What the cards need, as placed: the deck's size hint.
        self._height = 0
        self._min_width = 0
        # The first card whose place may have changed (None: none), placed when the deck's
        # size is next asked for; Qt asks once for a batch, as it would a layout.
        self._from: int | None = None
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def insert(self, index: int, card: QWidget) -> None:
        if card.parentWidget() is not self:
            card.setParent(self)  # hidden by Qt until placed (and shown) here
        self._cards.insert(index, card)
        self._changed(index)

    def remove(self, card: QWidget) -> None:
        index = self._cards.index(card)
        del self._cards[index]
        self._changed(index)

    def _changed(self, index: int) -> None:
        self._from = index if self._from is None else min(self._from, index)
        # The column's layout asks the deck's size anew at its next turn (placing the cards
        # then), in the same turn as a layout of the cards would have.
        self.updateGeometry()

    def needed_height(self) -> int:
        """The height the cards need, placed now if they wait to be."""
        if self._place_changed():
            self.updateGeometry()
        return self._height

    def sizeHint(self) -> QSize:
        self._place_changed()
        return QSize(self._min_width, self._height)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            # A card asks for another size (its text changed, it was shown); which one is not
            # said, so every card is measured again. Unchanged cards are not moved.
            self._place_all()
            return True
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._place_all()

    def _place_all(self) -> None:
        self._from = 0
        # A deck out of sight is placed when it is shown (its size is asked then): a deck
        # taken away with its five hundred cards, hidden, was asked again for each card.
        if self.isVisible() and self._place_changed():
            self.updateGeometry()

    def _place_changed(self) -> bool:
        """Place the cards from the first that may have moved; whether the deck's size hint
        changed."""
        cards = self._cards
        start = self._from
        if start is None:
            return False
        spacing = self._spacing()
        width = self.width()
        y = 0
        for above in reversed(cards[:start]):
            if not _left_out(above):
                y = above.geometry().bottom() + 1 + spacing
                break
        for card in cards[start:]:
            if _left_out(card):
                continue
            height = _height_of(card, width)
            wanted = QRect(0, y, width, height)
            if card.geometry() != wanted:
                card.setGeometry(wanted)
            if card.isHidden():
                card.show()
            y += height + spacing
        self._from = None
        height = max(0, y - spacing)
        min_width = max((c.minimumSizeHint().width() for c in cards), default=0)
        if (height, min_width) == (self._height, self._min_width):
            return False
        self._height, self._min_width = height, min_width
        return True

    def _spacing(self) -> int:
        style = self.style()
        spacing = style.pixelMetric(QStyle.PixelMetric.PM_LayoutVerticalSpacing)
        if spacing < 0:
            spacing = style.layoutSpacing(
                QSizePolicy.ControlType.DefaultType,
                QSizePolicy.ControlType.DefaultType,
                Qt.Orientation.Vertical,
            )
        return spacing


def _left_out(card: QWidget) -> bool:
    """Hidden on purpose, not merely not shown yet (a card just made): left out of the deck,
    as a layout leaves it out."""
    return card.isHidden() and card.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide)


def _height_of(card: QWidget, width: int) -> int:
    height = card.heightForWidth(width) if card.hasHeightForWidth() else -1
    if height < 0:
        height = card.sizeHint().height()
    return max(card.minimumHeight(), min(height, card.maximumHeight()))
