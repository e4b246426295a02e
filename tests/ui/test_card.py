"""A card's frame is painted from the palette, with no style sheet of its own (which made
every card of a case several times slower to build)."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from pytestqt.qtbot import QtBot

from ui.widgets.card import BAR_WIDTH, Card, Edge

Role = QPalette.ColorRole


def colour(image: object, x: int, y: int) -> str:
    return str(image.pixelColor(x, y).name())  # type: ignore[attr-defined]


def painted(qtbot: QtBot, card: Card) -> tuple[QPalette, object]:
    qtbot.addWidget(card)
    card.resize(80, 40)
    return card.palette(), card.grab().toImage()


def test_a_card_is_a_line_of_the_mid_colour_round_the_base_colour(qtbot: QtBot) -> None:
    card = Card()
    palette, image = painted(qtbot, card)
    assert card.styleSheet() == ""
    assert colour(image, 0, 0) == palette.color(Role.Mid).name()
    assert colour(image, 79, 39) == palette.color(Role.Mid).name()
    assert colour(image, 40, 20) == palette.color(Role.Base).name()


def test_a_withdrawn_card_is_dashed_on_the_window_colour(qtbot: QtBot) -> None:
    palette, image = painted(qtbot, Card(fill=Role.Window, edge=Edge.DASHED))
    top = {colour(image, x, 0) for x in range(80)}
    assert top == {palette.color(Role.Mid).name(), palette.color(Role.Window).name()}
    assert colour(image, 40, 20) == palette.color(Role.Window).name()


def test_an_aside_has_a_bar_of_the_accent_colour_on_its_left(qtbot: QtBot) -> None:
    card = Card(fill=Role.AlternateBase, edge=Edge.BAR)
    palette, image = painted(qtbot, card)
    for x in range(BAR_WIDTH):
        assert colour(image, x, 20) == palette.color(Role.Highlight).name()
    assert colour(image, 40, 20) == palette.color(Role.AlternateBase).name()
    assert card.contentsMargins().left() == BAR_WIDTH
