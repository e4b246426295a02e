"""A wrapped label remembers its height for a width (Qt asks again at every layout of a column
of cards), and never shows a height measured for another text or font."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel

from ui.widgets.labels import WrappedLabel, wrapped


def plain(text: str) -> QLabel:
    """The same label as `wrapped` makes, without remembering."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(wrapped().textFormat())
    return label


@settings(max_examples=60, deadline=None)
@given(
    first=st.text(max_size=300),
    second=st.text(max_size=300),
    width=st.integers(min_value=20, max_value=900),
)
def test_the_height_is_that_of_the_text_shown_now(first: str, second: str, width: int) -> None:
    label, reference = wrapped(first), plain(first)
    assert isinstance(label, WrappedLabel)
    assert label.heightForWidth(width) == reference.heightForWidth(width)
    label.setText(second)
    reference.setText(second)
    assert label.heightForWidth(width) == reference.heightForWidth(width)
    label.clear()
    reference.clear()
    assert label.heightForWidth(width) == reference.heightForWidth(width)


def test_a_larger_font_is_measured_anew() -> None:
    text = "Moeder vertelt dat vader 's avonds vaak boos wordt. " * 4
    label = wrapped(text)
    before = label.heightForWidth(200)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    label.setFont(font)
    reference = plain(text)
    reference.setFont(font)
    assert label.heightForWidth(200) == reference.heightForWidth(200) > before
    label.setStyleSheet("font-size: 30pt")
    reference.setStyleSheet("font-size: 30pt")
    assert label.heightForWidth(200) == reference.heightForWidth(200)


def test_many_widths_are_not_all_kept() -> None:
    label = wrapped("Een tekst die over meer regels loopt als het smal wordt. " * 3)
    for width in range(50, 650):
        label.heightForWidth(width)
    assert len(label._heights) <= WrappedLabel._KEPT


def test_what_else_changes_the_height_is_measured_anew() -> None:
    text = "<b>Vet</b> " + "en een tekst die over meer regels loopt als het smal wordt. " * 3
    label, reference = wrapped(text), plain(text)
    assert label.heightForWidth(150) == reference.heightForWidth(150)
    for change in (
        lambda w: w.setTextFormat(Qt.TextFormat.RichText),
        lambda w: w.setMargin(20),
        lambda w: w.setIndent(40),
        lambda w: w.setWordWrap(False),
        lambda w: w.setWordWrap(True),
    ):
        change(label)
        change(reference)
        assert label.heightForWidth(150) == reference.heightForWidth(150)
