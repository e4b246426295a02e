"""A case with many signals opens without holding the window: its cards are built a batch at a
time, kept when the case is shown again, and Tab still goes through them in order."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.domain.enums import Step
from app.domain.models import SignalDraft
from tests.ui.conftest import add_signal, new_case, open_case, read_to_the_end, run_setup
from ui.main_window import MainWindow
from ui.shell import Shell
from ui.widgets.card_column import BATCH, FIRST_CARDS, SEEK_LIMIT, CardColumn, _turns

MANY = FIRST_CARDS + 3 * BATCH + 1


def button_card(text: str, built: list[str]) -> QFrame:
    built.append(text)
    card = QFrame()
    QVBoxLayout(card).addWidget(QPushButton(text))
    return card


def cards_in(column: CardColumn) -> list[QFrame]:
    """The cards that still exist in the column, shown or waiting to be deleted."""
    return [w for w in column.findChildren(QFrame) if not isinstance(w, QLabel)]


def texts(column: CardColumn) -> list[str]:
    return [card.findChild(QPushButton).text() for card in column._cards]  # type: ignore[union-attr]


def next_stop(widget: QWidget, shown_only: bool = False) -> QWidget:
    """Where Tab goes from `widget` (a test may walk the focus chain: few widgets); as Tab
    does in a shown window with `shown_only`, past what is hidden."""
    following = widget.nextInFocusChain()
    while not following.focusPolicy() & Qt.FocusPolicy.TabFocus or (
        shown_only and not following.isVisible()
    ):
        following = following.nextInFocusChain()
    return following


def laid_out_in_order(column: CardColumn) -> bool:
    """The cards stand top to bottom in the column's order, the same space between each two
    (a card's place in the window is that order, whichever part of the column holds it)."""
    QApplication.sendPostedEvents()
    tops = [card.mapTo(column.widget(), QPoint(0, 0)).y() for card in column._cards]
    gaps = {
        below - (above + card.height())
        for above, below, card in zip(tops, tops[1:], column._cards, strict=False)
    }
    return tops == sorted(tops) and len(gaps) <= 1


def settled(column: CardColumn) -> bool:
    """No turn of the event loop is asked for this column any more."""
    return column not in _turns()._columns


def tall_column(qtbot: QtBot) -> CardColumn:
    """A column with room for every card of these tests: a column builds cards only as far
    as it is read (see the test of a long column)."""
    column = CardColumn("Nog niets.")
    qtbot.addWidget(column)
    column.resize(300, 4000)
    return column


def test_the_first_cards_at_once_the_rest_at_later_turns(qtbot: QtBot) -> None:
    column = tall_column(qtbot)
    column.show()
    built: list[str] = []
    names = [f"kaart {n}" for n in range(MANY)]
    with qtbot.waitSignal(column.complete):
        column.fill([(name, lambda name=name: button_card(name, built)) for name in names])
        assert texts(column) == names[:FIRST_CARDS] and column.pending == MANY - FIRST_CARDS
        assert not column.empty.isVisible()
    assert texts(column) == names and column.pending == 0
    qtbot.waitUntil(lambda: laid_out_in_order(column))

    # Tab goes from card to card in their order, also through the cards built later.
    buttons = [card.findChild(QPushButton) for card in column._cards]
    for before, after in itertools.pairwise(buttons):
        assert before is not None and next_stop(before) is after

    # Filled again: equal keys keep their card, a new key builds one, a gone key goes.
    kept = {texts(column)[i]: column._cards[i] for i in range(MANY)}
    built.clear()
    again = ["nieuw", *names[1:]]
    column.fill([(name, lambda name=name: button_card(name, built)) for name in again])
    assert built == ["nieuw"] and texts(column) == again
    assert all(column._cards[i] is kept[name] for i, name in enumerate(again) if i)
    qtbot.waitUntil(lambda: laid_out_in_order(column))

    column.fill([])
    assert column._cards == [] and column.pending == 0 and not column.empty.isHidden()


def test_a_refill_stops_the_cards_still_waiting(qtbot: QtBot) -> None:
    column = tall_column(qtbot)
    column.show()
    built: list[str] = []
    column.fill([(n, lambda n=n: button_card(str(n), built)) for n in range(MANY)])
    column.fill([("a", lambda: button_card("a", built))])
    # Nothing of the first fill waits to be built any more.
    assert texts(column) == ["a"] and column.pending == 0
    assert len(built) == FIRST_CARDS + 1
    # The cards taken away go, a batch a turn.
    qtbot.waitUntil(lambda: len(cards_in(column)) == 1)
    assert built == [*map(str, range(FIRST_CARDS)), "a"]


def test_kept_cards_stay_and_new_ones_go_in_between(qtbot: QtBot) -> None:
    column = tall_column(qtbot)
    column.show()
    built: list[str] = []
    names = [str(n) for n in range(MANY)]
    makers = [(name, lambda name=name: button_card(name, built)) for name in names]
    with qtbot.waitSignal(column.complete):
        column.fill(makers)
    first = list(column._cards)

    # New cards above the kept ones: the top few built now, and a batch more (among kept
    # cards, a column shorter for a turn would scroll its reader up); the last of them in a
    # later turn, each in its place; the kept cards are the same widgets.
    built.clear()
    now = FIRST_CARDS + BATCH
    fresh = [f"nieuw {n}" for n in range(now + 1)]
    with qtbot.waitSignal(column.complete):
        column.fill([*((n, lambda n=n: button_card(n, built)) for n in fresh), *makers])
        assert built == fresh[:now] and column.pending == 1
        assert texts(column) == [*fresh[:now], *names]
    assert texts(column) == [*fresh, *names] and built == fresh
    assert column._cards[len(fresh) :] == first
    stops = [card.findChild(QPushButton) for card in column._cards]
    assert next_stop(stops[now - 1]) is stops[now]  # built later, in order

    # Another order (a corrected date moves a signal): the same cards, moved; none built.
    built.clear()
    column.fill(list(reversed(makers)))
    assert built == [] and column._cards == list(reversed(first))
    assert texts(column) == list(reversed(names))
    qtbot.waitUntil(lambda: laid_out_in_order(column))


def test_a_column_out_of_sight_builds_when_it_comes_into_view(qtbot: QtBot) -> None:
    column = tall_column(qtbot)
    built: list[str] = []
    column.fill([(n, lambda n=n: button_card(str(n), built)) for n in range(MANY)])
    assert texts(column) == [] and column.pending == MANY
    column.show()
    assert len(texts(column)) >= FIRST_CARDS
    qtbot.waitUntil(lambda: column.pending == 0)
    assert texts(column) == [str(n) for n in range(MANY)]


def case_with_signals(qtbot: QtBot, main: MainWindow, count: int) -> tuple[int, date]:
    """A new case with `count` signals, a day apart, the oldest first; and that first day."""
    case_id = new_case(qtbot, main, "Gezin Veel")
    start = date.today() - timedelta(days=count + 10)
    with main.vault.db.transaction():
        for n in range(count):
            main.vault.signals.add(
                case_id,
                SignalDraft(
                    start + timedelta(days=n),
                    None,
                    "Juf",
                    "own_observation",
                    "neglect",
                    f"Feit nummer {n}.",
                ),
            )
    return case_id, start


def test_a_case_with_many_signals_in_the_window(
    qtbot: QtBot, make_shell: Callable[..., Shell]
) -> None:
    main, _ = run_setup(qtbot, make_shell())
    case_id, _ = case_with_signals(qtbot, main, MANY - 1)
    timeline = main.case_view.timeline
    # As the case comes into sight: its first cards, the rest waiting for later turns.
    at_sight: list[tuple[int, int]] = []
    main.case_shown.connect(lambda _: at_sight.append((len(timeline.cards), timeline.pending)))
    open_case(qtbot, main, case_id)
    assert at_sight == [(FIRST_CARDS, MANY - 1 - FIRST_CARDS)]
    main.case_view.show_page(Step.SIGNALS)
    read_to_the_end(qtbot, timeline)
    facts = [card.view.facts.text() for card in timeline.cards]
    assert facts == [f"Feit nummer {n}." for n in reversed(range(MANY - 1))]
    corrects = [card.correct_button for card in timeline.cards]
    assert next_stop(corrects[-2]) is corrects[-1]

    # Another case, and back: Tab goes from the list's tab into the cards, in their order,
    # though the window no longer puts every widget in order at each case.
    other = new_case(qtbot, main, "Gezin Ander")
    open_case(qtbot, main, other)
    open_case(qtbot, main, case_id)
    main.case_view.show_page(Step.SIGNALS)
    # Built, and shown (a layout shows a widget it was given at the next turn).
    read_to_the_end(qtbot, timeline)
    qtbot.waitUntil(timeline.cards[-1].isVisible)
    tabs = timeline.parentWidget()
    while not isinstance(tabs, QTabWidget):
        tabs = tabs.parentWidget()
    bar = tabs.tabBar()
    stop = next_stop(bar, shown_only=True)
    while bar.isAncestorOf(stop):  # its scroll buttons
        stop = next_stop(stop, shown_only=True)
    walked = []
    while len(walked) < len(timeline.cards):
        walked.append(stop)
        stop = next_stop(stop, shown_only=True)
    assert walked == [card.correct_button for card in timeline.cards]

    # Recording one more signal builds its card only; the others stay as they were.
    before = {card.signal_id: card for card in timeline.cards}
    add_signal(qtbot, main, "Het nieuwste feit.")
    qtbot.waitUntil(lambda: timeline.pending == 0)
    assert timeline.cards[0].view.facts.text() == "Het nieuwste feit."
    assert all(before[card.signal_id] is card for card in timeline.cards[1:])


def test_the_window_never_walks_the_focus_chain() -> None:
    """PySide makes the widget asked the owner of the widget `nextInFocusChain` returns: a walk
    along the chain strings the window's widgets together, and deleting the cards of a big
    case then took over a minute. The window finds Tab stops among children instead."""
    ui = Path(__file__).resolve().parents[2] / "ui"
    walking = [
        f"{path.relative_to(ui.parent)}:{number}"
        for path in sorted(ui.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"\.(next|previous)InFocusChain\(", line)
    ]
    assert walking == []


def test_when_most_cards_go_the_kept_ones_stay_in_order_and_the_rest_are_hidden_at_once(
    qtbot: QtBot,
) -> None:
    column = tall_column(qtbot)
    column.show()
    built: list[str] = []
    names = [str(n) for n in range(MANY)]
    with qtbot.waitSignal(column.complete):
        column.fill([(name, lambda name=name: button_card(name, built)) for name in names])
    first = list(column._cards)

    # Another case that shares two cards: those two are the same widgets, in the new order,
    # with the new card between them; every other card is out of sight at once.
    built.clear()
    wanted = [names[5], "nieuw", names[3]]
    column.fill([(name, lambda name=name: button_card(name, built)) for name in wanted])
    assert built == ["nieuw"] and texts(column) == wanted
    assert column._cards[0] is first[5] and column._cards[2] is first[3]
    gone = [card for n, card in enumerate(first) if n not in (3, 5)]
    assert not any(card.isVisible() for card in gone)
    stops = [card.findChild(QPushButton) for card in column._cards]
    assert next_stop(column.tab_head) is stops[0]
    assert next_stop(stops[0]) is stops[1] and next_stop(stops[1]) is stops[2]
    qtbot.waitUntil(lambda: len(cards_in(column)) == len(wanted))


def test_clearing_empties_the_cards_at_once(qtbot: QtBot) -> None:
    """Locking clears the columns: no card waits to be deleted with a case's text in it."""
    column = tall_column(qtbot)
    column.show()

    def labelled(text: str) -> QFrame:
        card = QFrame()
        QVBoxLayout(card).addWidget(QLabel(text))
        return card

    column.fill([(n, lambda n=n: labelled(f"Feit {n}")) for n in range(MANY)])
    column.build_all()
    labels = [label for card in column._cards for label in card.findChildren(QLabel)]
    assert [label.text() for label in labels] == [f"Feit {n}" for n in range(MANY)]
    column.clear()
    assert all(label.text() == "" for label in labels)


def test_a_long_column_builds_as_far_as_it_is_read(qtbot: QtBot) -> None:
    """Every card in sight is laid out again with each batch, so a column of hundreds is
    built only some screens ahead of where it is read; scrolling builds on."""
    column = CardColumn("Nog niets.")
    qtbot.addWidget(column)
    column.resize(300, 200)
    column.show()
    built: list[str] = []
    many = 200
    column.fill([(n, lambda n=n: button_card(str(n), built)) for n in range(many)])
    bar = column.verticalScrollBar()
    # Built until two screens lie below what is shown, then no more.
    qtbot.waitUntil(lambda: settled(column))
    stopped = len(built)
    assert bar.maximum() >= 2 * column.viewport().height()
    assert FIRST_CARDS < stopped < many and column.pending == many - stopped
    assert texts(column) == [str(n) for n in range(stopped)]
    # Scrolled down: built on, in order, until every card is there.
    read_to_the_end(qtbot, column)
    assert texts(column) == [str(n) for n in range(many)]


def test_a_column_out_of_sight_builds_nothing_until_it_is_shown(qtbot: QtBot) -> None:
    """Built out of sight, hundreds of cards were shown all at once when their step opened."""
    column = tall_column(qtbot)
    built: list[str] = []
    column.fill([(n, lambda n=n: button_card(str(n), built)) for n in range(MANY)])
    qtbot.waitUntil(lambda: settled(column))
    assert built == [] and column.pending == MANY


def short_column(qtbot: QtBot, count: int, built: list[str], height: int = 200) -> CardColumn:
    """A column shown a screen high, filled with `count` cards and built as far as it is
    read: some screens, far fewer than `count`."""
    column = CardColumn("Nog niets.")
    qtbot.addWidget(column)
    column.resize(300, height)
    column.show()
    column.fill([(str(n), lambda n=n: button_card(str(n), built)) for n in range(count)])
    qtbot.waitUntil(lambda: settled(column))
    assert FIRST_CARDS < len(column._cards) < count
    return column


def test_a_card_new_among_the_built_ones_is_shown_without_scrolling(qtbot: QtBot) -> None:
    """A signal recorded or corrected with a date in the middle of what is read: its card
    is there at once, not only once the column is scrolled to its end."""
    built: list[str] = []
    column = short_column(qtbot, 200, built)
    names = [str(n) for n in range(200)]
    read = len(column._cards)
    place = FIRST_CARDS + 2
    built.clear()
    changed = [*names[:place], "nieuw", *names[place + 1 :]]  # one card's content changed
    column.fill([(name, lambda name=name: button_card(name, built)) for name in changed])
    qtbot.waitUntil(lambda: "nieuw" in texts(column))
    assert texts(column)[:read] == changed[:read]
    assert built[0] == "nieuw"
    qtbot.waitUntil(lambda: laid_out_in_order(column))


def test_another_deck_of_cards_is_read_from_its_top(qtbot: QtBot) -> None:
    """Another case opened while the last one was scrolled down shows its newest card."""
    built: list[str] = []
    column = short_column(qtbot, 200, built)
    bar = column.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert bar.value() > 0
    column.fill([(f"b{n}", lambda n=n: button_card(f"b{n}", built)) for n in range(200)])
    assert bar.value() == 0


def test_another_deck_in_a_column_of_the_same_size_builds_on(qtbot: QtBot) -> None:
    """Switching between two long cases: in a busy window the column's next turn can come
    before the new deck is laid out, while the old deck still measures the range. With no
    scroll or resize to follow, the column builds on when its range changes."""
    built: list[str] = []
    # Lower than the first cards: their scroll bar stays, so the viewport keeps its size.
    column = short_column(qtbot, 200, built, height=FIRST_CARDS * 20)
    read = len(column._cards)
    column.fill([(f"b{n}", lambda n=n: button_card(f"b{n}", built)) for n in range(200)])
    _turns()._turn()  # the turn before the layout
    qtbot.waitUntil(lambda: len(column._cards) == read)  # as far as the first deck was built


def in_view(column: CardColumn, card: QWidget) -> bool:
    """The whole card lies within what the column shows."""
    top = card.mapTo(column.viewport(), QPoint(0, 0)).y()
    return card.isVisible() and top >= 0 and top + card.height() <= column.viewport().height()


def test_a_card_asked_for_is_built_and_brought_into_view(qtbot: QtBot) -> None:
    built: list[str] = []
    column = short_column(qtbot, 200, built)
    column.show_card(lambda key: key == "2")  # built: scrolled to at once
    column.verticalScrollBar().setValue(column.verticalScrollBar().maximum())
    column.show_card(lambda key: key == "2")
    card = column._cards[2]
    qtbot.waitUntil(lambda: in_view(column, card))

    # Below what is built: the cards on the way are built, a batch a turn, then shown.
    target = len(column._cards) + SEEK_LIMIT - 1
    assert column.show_card(lambda key: key == str(target))
    qtbot.waitUntil(lambda: str(target) in texts(column) and in_view(column, column._cards[target]))
    assert texts(column)[: target + 1] == [str(n) for n in range(target + 1)]

    # Farther: every batch lays out each built card again, so it is not sought.
    qtbot.waitUntil(lambda: settled(column))
    built_before = len(built)
    far = len(column._cards) + SEEK_LIMIT + 1
    assert not column.show_card(lambda key: key == str(far))
    qtbot.waitUntil(lambda: settled(column))
    assert len(built) == built_before


def test_tab_shows_the_top_of_the_card_it_reaches(qtbot: QtBot) -> None:
    """Shift+Tab reaches a card's button at its foot: its date and title above show too."""
    column = CardColumn("Nog niets.")
    qtbot.addWidget(column)
    column.resize(300, 300)
    column.show()

    def tall_card(n: int) -> QFrame:
        card = QFrame()
        layout = QVBoxLayout(card)
        head = QLabel(f"Kop {n}")
        head.setFixedHeight(150)
        layout.addWidget(head)
        layout.addWidget(QPushButton(f"knop {n}"))
        return card

    column.fill([(n, lambda n=n: tall_card(n)) for n in range(8)])
    column.build_all()
    qtbot.waitUntil(lambda: column.verticalScrollBar().maximum() > 0)
    bar = column.verticalScrollBar()
    bar.setValue(bar.maximum())
    last = column._cards[-1].findChild(QPushButton)
    assert last is not None
    last.setFocus()
    for card in reversed(column._cards[:-1]):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
        assert card.isAncestorOf(QApplication.focusWidget())
        assert in_view(column, card)


def test_a_signal_recorded_is_brought_into_view_where_its_date_puts_it(
    qtbot: QtBot, make_shell: Callable[..., Shell]
) -> None:
    main, _ = run_setup(qtbot, make_shell())
    # More than a screen or two: the foot of the column is not built when it is opened.
    case_id, start = case_with_signals(qtbot, main, 60)
    open_case(qtbot, main, case_id)
    main.case_view.show_page(Step.SIGNALS)
    timeline = main.case_view.timeline
    bar = timeline.verticalScrollBar()
    qtbot.waitUntil(lambda: settled(timeline))
    assert timeline.pending > 0
    bar.setValue(bar.maximum())

    def card_of(facts: str) -> QWidget | None:
        return next((c for c in timeline.cards if c.view.facts.text() == facts), None)

    # The newest observation: at the top, scrolled up to.
    add_signal(qtbot, main, "Vandaag gezien.")
    qtbot.waitUntil(
        lambda: (card := card_of("Vandaag gezien.")) is not None and in_view(timeline, card)
    )
    # Seen long ago: at the foot of the column, built on the way there, and scrolled to.
    add_signal(qtbot, main, "Lang geleden gezien.", observed_on=start - timedelta(days=3))
    qtbot.waitUntil(
        lambda: (card := card_of("Lang geleden gezien.")) is not None and in_view(timeline, card)
    )
    assert timeline.cards[-1] is card_of("Lang geleden gezien.") and timeline.pending == 0


def test_a_signal_recorded_far_below_what_is_read_is_told_of_in_the_status_bar(
    qtbot: QtBot, make_shell: Callable[..., Shell]
) -> None:
    main, _ = run_setup(qtbot, make_shell())
    case_id, _ = case_with_signals(qtbot, main, SEEK_LIMIT + 40)
    open_case(qtbot, main, case_id)
    main.case_view.show_page(Step.SIGNALS)
    timeline = main.case_view.timeline
    qtbot.waitUntil(lambda: settled(timeline))
    add_signal(qtbot, main, "Lang geleden gezien.", observed_on=date(2020, 1, 31))
    assert main.statusBar().currentMessage() == (
        "Het signaal van 31-01-2020 is vastgelegd. Het staat bij die datum, verder naar beneden"
        " in de lijst."
    )
    # Read down to it, it is there, last.
    read_to_the_end(qtbot, timeline)
    assert timeline.cards[-1].view.facts.text() == "Lang geleden gezien."
