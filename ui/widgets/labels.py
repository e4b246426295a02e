"""Labels used across windows: wrapped text, notices and warnings, links."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QPushButton, QWidget

from ui.widgets.tones import Look, Tone

WARNING_STYLE = Look(Tone.WARNING, "border: 1px solid; padding: 8px;")
NOTICE_STYLE = Look(Tone.NOTICE, "border: 1px solid; padding: 8px;")
TITLE_BAR_ROOM = 40


class WrappedLabel(QLabel):
    """A word-wrapped label that remembers its height for a width and text. Qt asks every
    wrapped label in a column of cards for it again each time the column's layout changes,
    and QLabel wraps its text anew each time: a batch of cards cost more the more cards were
    built, some 0.1 s at five hundred. The text is part of the key, so a text set by any path
    is measured anew; a font or style change forgets what was measured."""

    _KEPT = 16  # widths remembered (a window resized through many widths starts again)

    def __init__(self, text: str = "") -> None:
        super().__init__(text)
        self._heights: dict[tuple[int, str], int] = {}

    def heightForWidth(self, width: int) -> int:
        key = (width, self.text())
        height = self._heights.get(key)
        if height is None:
            if len(self._heights) >= self._KEPT:
                self._heights.clear()
            height = self._heights[key] = super().heightForWidth(width)
        return height

    def clear(self) -> None:
        # An empty label measures otherwise after clear() than after setText(""): not kept.
        self._heights.clear()
        super().clear()

    # What else changes the height for a width: set anew, measured anew.
    def setTextFormat(self, text_format: Qt.TextFormat) -> None:
        self._heights.clear()
        super().setTextFormat(text_format)

    def setWordWrap(self, on: bool) -> None:
        self._heights.clear()
        super().setWordWrap(on)

    def setIndent(self, indent: int) -> None:
        self._heights.clear()
        super().setIndent(indent)

    def setMargin(self, margin: int) -> None:
        self._heights.clear()
        super().setMargin(margin)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._heights.clear()
        super().changeEvent(event)


def wrapped(text: str = "") -> QLabel:
    label = WrappedLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def muted(label: QLabel) -> QLabel:
    """Text that stands back (a hint, a field's name on a card), in the palette's placeholder
    colour. Through the palette, not a style sheet: a style sheet sends the label through
    Qt's style-sheet engine, which made every card of a case several times slower to build."""
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def heading(text: str = "") -> QLabel:
    """A title over a page or a panel."""
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.15)
    font.setBold(True)
    label.setFont(font)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def label_for(text: str, field: QWidget) -> QLabel:
    """A label that names `field`: Alt plus its underlined letter goes there, and a screen
    reader announces the field by it (see ErrorField, which passes the name on inside)."""
    label = QLabel(text)
    label.setBuddy(field)
    return label


def warning(text: str = "") -> QLabel:
    label = wrapped(text)
    WARNING_STYLE.on(label)
    return label


def link_button(text: str) -> QPushButton:
    button = QPushButton(text)
    button.setFlat(True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setStyleSheet("color: palette(link); text-decoration: underline; border: none;")
    return button


def wipe_texts(root: QWidget) -> None:
    """Empty every text in a widget tree that is about to go (locking): nothing of a case
    stays in a widget that waits to be deleted."""
    for label in root.findChildren(QLabel):
        label.clear()
    for line in root.findChildren(QLineEdit):
        line.clear()
    for box in root.findChildren(QPlainTextEdit):
        box.clear()


def grow_to_fit(widget: QWidget) -> None:
    """Make the window tall enough for what it shows now, at its current width.

    A message that appears under a field, or a wrapped text that grows, does not make a top
    window taller by itself; without this the new lines are squeezed or cut off.
    """
    window = widget.window()
    layout = window.layout()
    if layout is None or not window.isVisible():
        return
    layout.activate()
    if layout.hasHeightForWidth():
        needed = layout.totalHeightForWidth(window.width())
    else:
        needed = layout.totalSizeHint().height()
    if needed > window.height():
        window.resize(window.width(), needed)


def resize_within_screen(window: QWidget, width: int, height: int) -> None:
    """Resize to what the window wants, but never past the screen it opens on (a laptop's
    768 or 800 pixels): its buttons at the bottom must stay reachable."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        # Leave room for the title bar the window manager adds.
        width = min(width, room.width())
        height = min(height, room.height() - TITLE_BAR_ROOM)
    window.resize(width, height)
