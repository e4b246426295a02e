"""A column of cards in a scroll area (a case's signals, its entries), built a batch at a time.

Building a card takes a few milliseconds on the window thread, so a case with five hundred
signals held the window for seconds when every card was built at once. The first cards (what
is read first) are built at once; the rest at later turns of the event loop, a batch a turn,
so typing, scrolling and painting go on meanwhile. A card whose content is unchanged is kept
when the column is filled again: recording one signal builds one card, not five hundred.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Hashable, Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from ui.widgets.labels import wipe_texts, wrapped
from ui.widgets.tab_order import tab_in_order, tab_stops

# Built at once: what fills the first screen. Later turns build BATCH each (some 10-20 ms).
FIRST_CARDS = 8
BATCH = 4

# What a card shows (a key kept cards are matched on; None: never kept), and how to build it.
CardMaker = tuple[Hashable | None, Callable[[], QWidget]]


class CardColumn(QScrollArea):
    """Cards top to bottom, with a text shown while there are none."""

    complete = Signal()  # every card of the last fill is built

    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        # Not a Tab stop of its own: focus goes to what it holds, and it scrolls to follow.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._cards: list[QWidget] = []
        self._keys: list[Hashable | None] = []
        self._waiting: deque[tuple[Hashable | None, QWidget | None, Callable[[], QWidget]]] = (
            deque()
        )
        self._container = QWidget()
        self._layout = QVBoxLayout(self._container)
        self._layout.setContentsMargins(0, 0, 4, 0)
        self.empty = wrapped(empty_text)
        self._layout.addWidget(self.empty)
        self._layout.addStretch(1)
        self.setWidget(self._container)
        self._turn = QTimer(self)
        self._turn.setSingleShot(True)
        self._turn.setInterval(0)
        self._turn.timeout.connect(self._build_batch)

    @property
    def pending(self) -> int:
        """Cards of the last fill still to be built."""
        return len(self._waiting)

    def fill(self, makers: Sequence[CardMaker]) -> None:
        """Show a card for each maker, in this order. A card built before for an equal key
        stays (moved to its place); the others are built, the first few now."""
        self._turn.stop()
        self._waiting.clear()
        wanted = {key for key, _ in makers if key is not None}
        kept: dict[Hashable, QWidget] = {}
        for key, card in zip(self._keys, self._cards, strict=True):
            self._layout.removeWidget(card)
            if key in wanted and key not in kept:
                kept[key] = card
            else:
                self._discard(card)
        self._cards, self._keys = [], []
        for key, make in makers:
            card = kept.pop(key, None) if key is not None else None
            if self._waiting or (card is None and len(self._cards) >= FIRST_CARDS):
                # In order: once one card waits, those after it wait too. A kept card out
                # of the layout would still be drawn where it was.
                if card is not None:
                    card.hide()
                self._waiting.append((key, card, make))
            else:
                self._add(key, card, make)
        self.empty.setVisible(not makers)
        self._schedule()

    def build_all(self) -> None:
        """Build every card still waiting now (a test, or a reader, that needs them all)."""
        while self._waiting:
            self._build_batch()

    def clear(self) -> None:
        self.fill([])

    def _add(self, key: Hashable | None, card: QWidget | None, make: Callable[[], QWidget]) -> None:
        """Place a kept card, or build one: a widget made later joins the end of the window's
        Tab order, so its stops go right after those of the cards above it."""
        kept = card is not None
        anchor = None if kept else self._last_stop()
        if card is None:
            card = make()
        self._layout.insertWidget(len(self._cards), card)
        if kept:
            card.show()
        self._cards.append(card)
        self._keys.append(key)
        if anchor is not None:  # in its window now: Tab order within one window only
            tab_in_order([anchor, *tab_stops(card)])

    def _build_batch(self) -> None:
        for _ in range(min(BATCH, len(self._waiting))):
            self._add(*self._waiting.popleft())
        self._schedule()

    def _last_stop(self) -> QWidget | None:
        for card in reversed(self._cards):
            stops = tab_stops(card)
            if stops:
                return stops[-1]
        return None

    def _schedule(self) -> None:
        if self._waiting:
            self._turn.start()
        else:
            self.complete.emit()

    @staticmethod
    def _discard(card: QWidget) -> None:
        card.hide()
        wipe_texts(card)
        card.deleteLater()
