"""A field with its own error line, and the map that puts each validation fault at its field.

The core's `ValidationError.field_errors` is keyed by field names (`facts`, `observed_on`,
`bsn`, ...); a form registers one `ErrorField` per name, so every message lands under the
field it is about. A fault for a field the form does not show goes to the form's own line.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.errors import MeldcodeError, ValidationError
from ui.text import error_text, message_text
from ui.widgets.labels import grow_to_fit, muted

if TYPE_CHECKING:
    from ui.widgets.dates import DateField

ERROR_COLOUR = "#b3261e"
CLEARED_COLOUR = "#9a9a9a"
_EDITOR_INVALID = "invalid"
T = TypeVar("T")


def error_label() -> QLabel:
    """A red, wrapping line for a message; hidden while empty."""
    label = QLabel()
    label.setObjectName("fieldError")
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {ERROR_COLOUR};")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.hide()
    return label


def hint_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName("fieldHint")
    label.setWordWrap(True)
    muted(label)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setVisible(bool(text))
    return label


class TextBox(QPlainTextEdit):
    """Asks for its minimum height, and grows only when the window has room to spare."""

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.minimumHeight())


def text_box(height: int) -> QPlainTextEdit:
    """A plain-text box for a few lines; Tab moves on instead of typing a tab."""
    box = TextBox()
    box.setTabChangesFocus(True)
    box.setMinimumHeight(height)
    return box


def focus_target(widget: QWidget) -> QWidget:
    """The widget that really takes the focus (and that a screen reader announces)."""
    while (proxy := widget.focusProxy()) is not None:
        widget = proxy
    return widget


def name_from_label(field: QWidget) -> None:
    """Give the control inside `field` the text of the label that is its buddy.

    Qt finds a label for a control only among the control's siblings; a control wrapped in a
    field (with its hint and error lines) has none there, so a screen reader would announce it
    without a name. A name the control has already (the date box's "dd-mm-jjjj") becomes its
    description.
    """
    target = focus_target(field)
    for label in _labels_near(field):
        buddy = label.buddy()
        if buddy is None or focus_target(buddy) is not target:
            continue
        text = label.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        text = text.strip().rstrip(":").strip()
        if not text or target.accessibleName() == text:
            return
        if target.accessibleName() and not target.accessibleDescription():
            target.setAccessibleDescription(target.accessibleName())
        target.setAccessibleName(text)
        return


def as_date_field(editor: QWidget) -> DateField | None:
    """`editor` as a date box, when it is one. A date box exists only once its module has been
    read, so a window without dates (the unlock window) does not read that module (with its
    calendar) just to ask."""
    dates = sys.modules.get("ui.widgets.dates")
    if dates is not None and isinstance(editor, dates.DateField):
        date_field: DateField = editor
        return date_field
    return None


def _labels_near(field: QWidget) -> Iterator[QLabel]:
    """The label of the form row `field` stands in first (asked of the layouts), then every
    label in its window: that search wraps each inner object of the window's widgets (a combo
    box's too) for Python, which costs a first window tens of milliseconds."""
    parent = field.parentWidget()
    top = parent.layout() if parent is not None else None
    pending = [top] if top is not None else []
    while pending:
        layout = pending.pop()
        if isinstance(layout, QFormLayout):
            label = layout.labelForField(field)
            if isinstance(label, QLabel):
                yield label
                break
        for index in range(layout.count()):
            item = layout.itemAt(index)
            inner = item.layout() if item is not None else None
            if inner is not None:
                pending.append(inner)
    yield from field.window().findChildren(QLabel)


class ErrorField(QWidget):
    """An editor with, below it, an optional grey hint and a red error line."""

    def __init__(self, editor: QWidget, hint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.hint = hint_label(hint)
        self.error = error_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        self.setFocusProxy(editor)
        date_field = as_date_field(editor)
        if date_field is not None:
            date_field.edited.connect(self.clear_error)
            if date_field.check_on_leave:
                # A date box says what it cannot read as soon as it is left (Tab): that line
                # has its room already, so nothing below moves while the next field is used.
                self.reserve_lines(2 if hint else 1)
                date_field.left.connect(self._check_date)
        for part in (editor, *editor.findChildren(QWidget)):
            self._clear_on_edit(part)
        self._named = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._named:
            self._named = True
            name_from_label(self)

    def _clear_on_edit(self, editor: QWidget) -> None:
        if isinstance(editor, QLineEdit):
            editor.textEdited.connect(lambda *_: self.clear_error())
        elif isinstance(editor, QPlainTextEdit):
            editor.textChanged.connect(lambda *_: self.clear_error())
        elif isinstance(editor, QComboBox):
            editor.activated.connect(lambda *_: self.clear_error())
        elif isinstance(editor, QDateEdit):
            editor.userDateChanged.connect(lambda *_: self.clear_error())
        elif isinstance(editor, QAbstractButton):
            editor.toggled.connect(lambda *_: self.clear_error())

    def reserve_lines(self, lines: int) -> None:
        """Keep room below the editor for `lines` lines of hint and message, so that a message
        appearing or a hint changing while the user moves on moves nothing below this field."""
        layout = self.layout()
        notes = QWidget()
        notes_layout = QVBoxLayout(notes)
        notes_layout.setContentsMargins(0, 0, 0, 0)
        notes_layout.setSpacing(2)
        for label in (self.hint, self.error):
            layout.removeWidget(label)
            notes_layout.addWidget(label)
        notes_layout.addStretch(1)
        # Its own height, never more: the room is kept, not grown into by a taller window.
        notes.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        layout.addWidget(notes)
        spacing = self.fontMetrics().lineSpacing()
        notes.setMinimumHeight(lines * spacing + (lines - 1) * 2)

    def _check_date(self) -> None:
        date_field = as_date_field(self.editor)
        assert date_field is not None
        fault = date_field.fault()
        if fault:
            self.set_error(fault)

    def _marked(self) -> QWidget:
        """The widget that gets the red frame: the input itself, also inside a composite."""
        proxy = self.editor.focusProxy()
        return proxy if proxy is not None else self.editor

    def set_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self._show_hint()
        marked = self._marked()
        marked.setProperty(_EDITOR_INVALID, True)
        marked.setStyleSheet(f"border: 1px solid {ERROR_COLOUR};")
        marked.setAccessibleDescription(text)

    def clear_error(self, *, keep_room: bool = True) -> None:
        """Take the message away. Done by the user's own edit or choice, its line keeps its
        room (empty) until the form is checked again, so the field below does not move up
        under the pointer; `keep_room=False` (the form starts over) gives the room back."""
        if not self.error.isVisible() and not self.error.text():
            return
        marked = self._marked()
        if keep_room and self.error.isVisible():
            self.error.setMinimumHeight(self.error.height())
            self.error.clear()
            # A frame of the same width, no longer red: a style without one sizes the editor
            # differently, which would move what lies below by a pixel or two.
            marked.setStyleSheet(f"border: 1px solid {CLEARED_COLOUR};")
        else:
            self.error.setMinimumHeight(0)
            self.error.clear()
            self.error.hide()
            marked.setStyleSheet("")
        self._show_hint()
        marked.setProperty(_EDITOR_INVALID, False)
        marked.setAccessibleDescription("")

    def error_text(self) -> str:
        return self.error.text()

    def set_hint(self, text: str) -> None:
        self.hint.setText(text)
        self._show_hint()

    def _show_hint(self) -> None:
        # A hint that says what the error says (a passphrase's strength) is shown once.
        text = self.hint.text()
        self.hint.setVisible(bool(text) and text != self.error.text())


class FieldErrors:
    """Shows a form's faults: each at its field, the rest (if any) on the form's own line."""

    def __init__(self, fields: Mapping[str, ErrorField], form_error: QLabel) -> None:
        self.fields = dict(fields)
        self.form_error = form_error

    def show(
        self, error: ValidationError | None = None, extra: Mapping[str, str] | None = None
    ) -> None:
        """The core's faults, and faults found by the form itself (input it could not read)."""
        self.clear()
        texts = {} if error is None else {k: message_text(m) for k, m in error.field_errors.items()}
        texts.update(extra or {})
        first: ErrorField | None = None
        stray = []
        for name, text in texts.items():
            field = self.fields.get(name)
            if field is None:
                stray.append(text)
                continue
            field.set_error(text)
            first = first or field
        self.show_form_error("\n".join(stray))
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        grow_to_fit(self.form_error)

    def attempt(self, action: Callable[[], T]) -> T | None:
        """Run `action` (a save, a check); when the core refuses, show why and give None:
        its field faults at their fields, any other refusal on the form's own line."""
        try:
            return action()
        except ValidationError as exc:
            self.show(exc)
        except MeldcodeError as exc:
            self.clear()
            self.show_form_error(error_text(exc))
        return None

    def show_form_error(self, text: str) -> None:
        self.form_error.setText(text)
        self.form_error.setVisible(bool(text))
        grow_to_fit(self.form_error)

    def set(self, name: str, text: str) -> None:
        self.fields[name].set_error(text)
        grow_to_fit(self.form_error)

    def clear(self) -> None:
        for field in self.fields.values():
            field.clear_error(keep_room=False)
        self.show_form_error("")

    def messages(self) -> dict[str, str]:
        """What is shown now, per field (the form's own line under "")."""
        shown = {name: f.error_text() for name, f in self.fields.items() if f.error_text()}
        if self.form_error.text():
            shown[""] = self.form_error.text()
        return shown


def faults_of(validator: Callable[..., object], *args: object) -> ValidationError | None:
    """Run one of the core's validators only to learn its faults (nothing is saved)."""
    try:
        validator(*args)
    except ValidationError as exc:
        return exc
    return None


def merged(*errors: ValidationError | None) -> ValidationError | None:
    faults = {k: m for e in errors if e is not None for k, m in e.field_errors.items()}
    return ValidationError(faults) if faults else None
