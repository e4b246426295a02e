"""The deck places its cards by hand: each as high as its width asks, one below the other, and
a card put in at the foot leaves the cards above it as they are."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.test_card_column import button_card, settled
from ui.widgets.card_column import CardColumn
from ui.widgets.card_deck import CardDeck
from ui.widgets.labels import wrapped


def text_card(text: str) -> QFrame:
    card = QFrame()
    QVBoxLayout(card).addWidget(wrapped(text))
    return card


def shown_deck(qtbot: QtBot, width: int = 300) -> tuple[QWidget, CardDeck]:
    """A deck in a window with a layout, as the column holds it."""
    window = QWidget()
    qtbot.addWidget(window)
    deck = CardDeck()
    outer = QVBoxLayout(window)
    outer.addWidget(deck)
    outer.addStretch(1)
    window.resize(width, 200)
    window.show()
    return window, deck


def asks(card: QWidget, width: int) -> int:
    """The height a card asks for at a width (a layout's rule: the size hint's when the card
    does not say)."""
    height = card.heightForWidth(width)
    return height if height >= 0 else card.sizeHint().height()


def stacked(deck: CardDeck, cards: list[QWidget]) -> bool:
    """The cards not hidden on purpose are shown in this order, each as wide as the deck and
    as high as that width asks, the same space between each two, and the deck asks for their
    height."""
    QApplication.sendPostedEvents()
    hidden = Qt.WidgetAttribute.WA_WState_ExplicitShowHide
    shown = [card for card in cards if not (card.isHidden() and card.testAttribute(hidden))]
    width = deck.width()
    tops = [card.y() for card in shown]
    gaps = {
        below - (card.y() + card.height()) for card, below in zip(shown, tops[1:], strict=False)
    }
    foot = shown[-1].y() + shown[-1].height() if shown else 0
    return (
        all(card.isVisible() for card in shown)
        and all(c.width() == width and c.height() == asks(c, width) for c in shown)
        and tops[:1] in ([], [0])
        and len(gaps) <= 1
        and all(gap >= 0 for gap in gaps)
        and deck.sizeHint().height() == foot
    )


class Moves(QObject):
    """Counts the moves and resizes of the widgets it watches."""

    def __init__(self, widgets: list[QWidget]) -> None:
        super().__init__()
        self.count = 0
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Move, QEvent.Type.Resize):
            self.count += 1
        return False


def test_a_batch_built_at_the_foot_leaves_the_cards_above_as_they_are(qtbot: QtBot) -> None:
    """With a layout, every built card was squeezed and grown again with each batch: the
    window's stall grew with the cards read (0.1 s a batch at five hundred)."""
    built: list[str] = []
    column = CardColumn("Nog niets.")
    qtbot.addWidget(column)
    column.resize(300, 200)
    column.show()
    column.fill([(str(n), lambda n=n: button_card(str(n), built)) for n in range(200)])
    qtbot.waitUntil(lambda: settled(column))
    above = list(column._cards)
    moves = Moves(above)
    bar = column.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: len(column._cards) > len(above) and settled(column))
    assert column._cards[: len(above)] == above
    assert moves.count == 0
    new = column._cards[len(above)]
    last = above[-1]
    assert new.isVisible() and new.y() > last.y() + last.height()


def test_a_card_that_grows_moves_the_cards_below_it(qtbot: QtBot) -> None:
    _, deck = shown_deck(qtbot)
    cards: list[QWidget] = [text_card(f"Kaart {n}.") for n in range(4)]
    for index, card in enumerate(cards):
        deck.insert(index, card)
    qtbot.waitUntil(lambda: stacked(deck, cards))
    low = cards[2].y()
    label = cards[1].findChild(QLabel)
    assert label is not None
    label.setText("Een lange tekst die afbreekt. " * 20)
    qtbot.waitUntil(lambda: stacked(deck, cards) and cards[2].y() > low)


def test_a_new_width_measures_every_card_again(qtbot: QtBot) -> None:
    window, deck = shown_deck(qtbot)
    cards: list[QWidget] = [text_card("Een tekst die afbreekt. " * 8) for _ in range(5)]
    for index, card in enumerate(cards):
        deck.insert(index, card)
    qtbot.waitUntil(lambda: stacked(deck, cards))
    high = deck.sizeHint().height()
    window.resize(900, 200)
    qtbot.waitUntil(lambda: deck.width() > 800 and stacked(deck, cards))
    assert deck.sizeHint().height() < high


# The window of each example is closed at its end; qtbot only waits.
@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["insert", "remove", "hide", "show"]),
            st.integers(min_value=0, max_value=20),
            st.text(alphabet="ab ", min_size=0, max_size=120),
        ),
        max_size=25,
    ),
    st.integers(min_value=120, max_value=700),
)
def test_the_cards_stay_stacked_whatever_is_done(
    qtbot: QtBot, steps: list[tuple[str, int, str]], width: int
) -> None:
    window, deck = shown_deck(qtbot, width)
    cards: list[QWidget] = []
    for action, at, text in steps:
        if action == "insert":
            card = text_card(text)
            deck.insert(at % (len(cards) + 1), card)
            cards.insert(at % (len(cards) + 1), card)
        elif cards:
            card = cards[at % len(cards)]
            if action == "remove":
                card.hide()
                deck.remove(card)
                cards.remove(card)
                card.deleteLater()
            elif action == "hide":
                card.hide()
            else:
                card.show()
    qtbot.waitUntil(lambda: stacked(deck, cards), timeout=1000)
    window.close()
    window.deleteLater()
