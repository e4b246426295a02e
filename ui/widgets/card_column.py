"""A column of cards in a scroll area (a case's signals, its entries), built a batch at a time.

Building a card takes a few milliseconds on the window thread, so a case with five hundred
signals held the window for seconds when every card was built at once. The first cards (what
is read first) are built at once, or as a column out of sight comes into view; the rest at
later turns of the event loop, a batch a turn, so typing, scrolling and painting go on
meanwhile, and only as far as the column is read: some screens ahead of what is shown, more
as it is scrolled. A card whose content is unchanged is kept when the column is filled again:
recording one signal builds one card, not five hundred. Cards taken away are hidden at once
and emptied and deleted a batch a turn.
"""

from __future__ import annotations

import bisect
from collections import deque
from collections.abc import Callable, Hashable, Sequence

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QVBoxLayout, QWidget

from ui.widgets.card_deck import CardDeck
from ui.widgets.labels import wipe_texts, wrapped
from ui.widgets.tab_order import KeepsItsTabOrder, tab_head, tab_in_order, tab_stops

# Built at once: what fills the first screen. Later turns build BATCH each (some 10-25 ms).
FIRST_CARDS = 3
BATCH = 3
DELETE_BATCH = 40
# How far beyond the built cards a card asked for is sought: every card on the way is built, a
# batch a turn (down to the foot of five hundred signals took 1.5 s); farther, the window says
# where the card is rather than keep the reader waiting.
SEEK_LIMIT = 20 * BATCH

# What a card shows (a key kept cards are matched on; None: never kept), and how to build it.
CardMaker = tuple[Hashable | None, Callable[[], QWidget]]


class CardColumn(QScrollArea, KeepsItsTabOrder):
    """Cards top to bottom, with a text shown while there are none."""

    complete = Signal()  # every card of the last fill is built

    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        # Not a Tab stop of its own: focus goes to what it holds, and it scrolls to follow.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Scrolled towards what is not built yet: more is built.
        self.verticalScrollBar().valueChanged.connect(lambda _: self._more_wanted())
        # The range changes without a scroll or resize too (another case's cards laid out in
        # a column of the same size): with fewer built cards than a screen, more are wanted.
        self.verticalScrollBar().rangeChanged.connect(lambda *_: self._more_wanted())
        self._cards: list[QWidget] = []
        self._keys: list[Hashable | None] = []
        # Cards to build: their place in the column, key and maker; `_places` holds the place
        # of each card in `_cards` (the layout's order), so a card built later goes between.
        self._waiting: deque[tuple[int, Hashable | None, QWidget | None, Callable[[], QWidget]]] = (
            deque()
        )
        self._places: list[int] = []
        # A card to bring into view (one just recorded), kept over fills until it is shown:
        # saving fills the column, and the window fills it again as the case changed. Its
        # place, when it waits to be built.
        self._wanted: Callable[[Hashable | None], bool] | None = None
        self._target: int | None = None
        self._container = QWidget()
        self._outer = QVBoxLayout(self._container)
        self._outer.setContentsMargins(0, 0, 4, 0)
        # Where the cards' Tab stops start: the window puts it in place once, and the column
        # keeps its cards after it (the window need not go through every card again).
        self.tab_head = tab_head(self._container)
        self.empty = wrapped(empty_text)
        self._outer.addWidget(self.empty)
        # The cards lie on a deck of their own: when most of them go (another case), the
        # whole deck is hidden in one call and a new one takes its place, instead of hiding
        # and taking out five hundred cards one by one.
        self._deck = CardDeck()
        self._outer.addWidget(self._deck)
        self._outer.addStretch(1)
        self.setWidget(self._container)
        # Cards (and decks) taken away wait here, hidden, to be emptied and deleted a batch a
        # turn: deleting five hundred at once held the window a third of a second.
        self._trash: deque[QWidget] = deque()

    @property
    def pending(self) -> int:
        """Cards of the last fill still to be built."""
        return len(self._waiting)

    def fill(self, makers: Sequence[CardMaker]) -> None:
        """Show a card for each maker, in this order. A card built before for an equal key
        stays; the others are built: the top few now when in sight, the rest in later turns,
        each put in its place when built."""
        self._waiting.clear()
        self._target = None  # found again below, in this fill's places
        wanted = {key for key, _ in makers if key is not None}
        kept: dict[Hashable, QWidget] = {}
        going: list[QWidget] = []
        for key, card in zip(self._keys, self._cards, strict=True):
            if key in wanted and key not in kept:
                kept[key] = card
            else:
                going.append(card)
        plan = [(key, kept.pop(key) if key in kept else None, make) for key, make in makers]
        staying = [card for _, card, _ in plan if card is not None]
        if len(going) > len(staying):
            old_deck = self._swap_deck()
            self._trash.extend(going)
            self._trash.append(old_deck)
            staying = []  # the kept cards go on the new deck, each at its place
            # Another case (most cards go): read from its top, not where the last one was.
            self.verticalScrollBar().setValue(0)
        else:
            for card in going:
                card.hide()
                self._deck.remove(card)
            self._trash.extend(going)
        kept_cards = set(staying)
        if staying != [card for card in self._cards if card in kept_cards]:
            # Another order (a corrected date moved a signal): the kept cards are placed anew.
            for card in staying:
                self._deck.remove(card)
            staying = []
        # Kept cards in their order stay where they are on the deck (showing the same case
        # again moves nothing); cards to build go in between, each at its place.
        self._cards, self._keys, self._places = [], [], []
        in_sight = self.isVisible()
        # A card new among the kept ones (a withdrawal, a correction) is built now, up to a
        # batch of them: left for a later turn, the column would be shorter meanwhile, and a
        # reader near its foot would be scrolled up.
        last_kept = max((p for p, (_, c, _) in enumerate(plan) if c is not None), default=-1)
        among = BATCH
        for place, (key, card, make) in enumerate(plan):
            if card is not None and staying:
                self._cards.append(card)
                self._keys.append(key)
                self._places.append(place)
                continue
            among_kept = in_sight and place < last_kept
            if card is not None or (in_sight and place < FIRST_CARDS):
                self._add(place, key, card, make)
            elif among_kept and among:
                among -= 1
                self._add(place, key, card, make)
            else:
                self._waiting.append((place, key, None, make))
        self.empty.setVisible(not makers)
        self._seek()
        self._schedule()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._more_wanted()

    def _more_wanted(self) -> None:
        if self._wants_more():
            _turns().ask(self)

    def showEvent(self, event: QShowEvent) -> None:
        # A column filled while out of sight (another step's page) builds its top cards as it
        # comes into view.
        while self._waiting and self._waiting[0][0] < FIRST_CARDS:
            self._add(*self._waiting.popleft())
        self._schedule()
        super().showEvent(event)

    def show_card(self, match: Callable[[Hashable | None], bool]) -> bool:
        """Bring the card whose key matches into view (one just recorded). A card still
        waiting is built first, with the cards above it a batch a turn, as reading down to
        it would; the column shows it when it is there. False: it lies too far beyond what
        is built (SEEK_LIMIT), and only reading down to it shows it."""
        self._wanted = match
        sought = self._seek()
        self._schedule()
        return sought

    def _seek(self) -> bool:
        """Show the wanted card if it is built, else aim the building at its place; whether
        it is shown or sought. A fill without it (another case) forgets it."""
        match = self._wanted
        if match is None:
            return False
        for key, card in zip(self._keys, self._cards, strict=True):
            if match(key):
                self._wanted = None
                self._bring_into_view(card)
                return True
        place = next((place for place, key, _, _ in self._waiting if match(key)), None)
        built = self._places[-1] if self._places else -1
        if place is None or place - built > SEEK_LIMIT:
            self._wanted = None
            return False
        self._target = place
        return True

    def focusNextPrevChild(self, forward: bool) -> bool:
        """Tab scrolls to the stop it reaches; a stop in a card shows the card's top too
        (its date and title), unless the card is higher than the column."""
        moved = super().focusNextPrevChild(forward)
        focus = QApplication.focusWidget()
        if not moved or focus is None:
            return moved
        card = next((c for c in self._cards if c.isAncestorOf(focus)), None)
        if card is not None:
            self.ensureWidgetVisible(card, 0, 0)
            self.ensureWidgetVisible(focus)
        return moved

    def own_tab_stops(self) -> list[QWidget]:
        return [self.tab_head, *(stop for card in self._cards for stop in tab_stops(card))]

    def build_all(self) -> None:
        """Build every card still waiting now (a test, or a reader, that needs them all)."""
        while self._waiting:
            self._build_batch()
        self._schedule()

    def clear(self) -> None:
        """No cards (locking): what is taken away is emptied now, not a batch a turn."""
        self.fill([])
        for widget in self._trash:
            wipe_texts(widget)

    def _add(
        self, place: int, key: Hashable | None, card: QWidget | None, make: Callable[[], QWidget]
    ) -> QWidget:
        """Put a kept card, or one built now, at its place; the card. A widget made later
        joins the end of the window's Tab order, and a kept one may have moved: its stops go
        right after those of the card above it."""
        index = bisect.bisect(self._places, place)
        if card is None:
            card = make()
        self._deck.insert(index, card)
        self._cards.insert(index, card)
        self._keys.insert(index, key)
        self._places.insert(index, place)
        if place == self._target:
            self._target = self._wanted = None
            self._bring_into_view(card)
        # In its window now (Tab order is within one window): its stops after those above it.
        tab_in_order([self._last_stop(index), *tab_stops(card)])
        return card

    def _build_batch(self) -> None:
        for _ in range(min(BATCH, len(self._waiting))):
            self._add(*self._waiting.popleft())

    def _next_turn(self) -> bool:
        """Build a batch (if more is wanted) and delete a batch; whether work is left for a
        later turn of this column while it is not scrolled, shown or filled again."""
        building = self._wants_more()
        if building:
            self._build_batch()
        for _ in range(min(DELETE_BATCH, len(self._trash))):
            widget = self._trash.popleft()
            wipe_texts(widget)
            widget.deleteLater()
        if not self._waiting:
            self.complete.emit()
        return bool(self._trash or (building and self._waiting))

    def _wants_more(self) -> bool:
        """In sight, with a waiting card among the built ones (a signal recorded or corrected
        in the middle of what is read) or above a card to bring into view, or less than two
        screens of built cards below what is shown. Built as far as the reader scrolls, a
        column costs what is read, not five hundred cards each time a case is opened."""
        if not self.isVisible() or not self._waiting:
            return False
        first = self._waiting[0][0]
        if self._places and first < self._places[-1]:
            return True
        if self._target is not None and first <= self._target:
            return True  # on the way to a card to bring into view
        # Measured on the deck, which knows its height as soon as cards are put in; the scroll
        # range follows a turn or two later, and meanwhile more batches were built.
        shown = self.viewport().height()
        foot = self._deck.y() + self._deck.needed_height()
        return foot - self.verticalScrollBar().value() - shown < 2 * shown

    def _bring_into_view(self, card: QWidget) -> None:
        """Scrolled to in the next turn, placed first: a card just put in has its place once
        the column's layout asks the deck for its size, at a later turn."""
        card.show()

        def scroll() -> None:
            if shiboken6.isValid(card) and card.isVisible():
                QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
                self.ensureWidgetVisible(card, 0, 0)

        QTimer.singleShot(0, self, scroll)

    def _last_stop(self, index: int) -> QWidget:
        """The last Tab stop of the cards above `index`, or the column's head."""
        for card in reversed(self._cards[:index]):
            stops = tab_stops(card)
            if stops:
                return stops[-1]
        return self.tab_head

    def _schedule(self) -> None:
        if self._waiting or self._trash:
            _turns().ask(self)
        if not self._waiting:
            self.complete.emit()

    def _swap_deck(self) -> QWidget:
        """A new, empty deck in the old one's place; the old one, hidden, is returned."""
        old = self._deck
        old.hide()
        self._deck = CardDeck()
        self._outer.replaceWidget(old, self._deck)
        return old


class _Turns(QObject):
    """The later turns of every column, one column's batch a turn: a case's six lists each
    building its batch in the same pass of the event loop would hold the window six times as
    long. Columns in sight that are read near their end build first; any other only deletes
    what it let go, and builds as it comes into view or is scrolled (it asks again). Built out
    of sight, five hundred cards were all shown at once when their step was opened: 1.4 s."""

    def __init__(self) -> None:
        super().__init__()
        self._columns: list[CardColumn] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._turn)

    def ask(self, column: CardColumn) -> None:
        if column not in self._columns:
            self._columns.append(column)
        if not self._timer.isActive():
            self._timer.start()

    def _turn(self) -> None:
        # A column deleted meanwhile (the window closed at locking) has no more turns.
        self._columns = [c for c in self._columns if shiboken6.isValid(c)]
        if not self._columns:
            return
        column = next(
            (c for c in self._columns if c._wants_more()),
            next((c for c in self._columns if c._trash), None),
        )
        if column is None:
            self._columns.clear()  # none read near its end, nothing to delete: they wait
            return
        if not column._next_turn():
            self._columns.remove(column)
        if self._columns:
            self._timer.start()


_TURNS: list[_Turns] = []


def _turns() -> _Turns:
    """Made with the first column (a QObject needs the application first)."""
    if not _TURNS:
        _TURNS.append(_Turns())
    return _TURNS[0]
