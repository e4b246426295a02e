"""Choosing a new passphrase: two fields, a live strength hint, and a way to show the text."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from ui.text import message_text
from ui.widgets.fields import ErrorField

MAX_SCORE = 4
_SCORE_COLOURS = ("#b3261e", "#b3261e", "#b86e00", "#2e7d32", "#1b5e20")


def password_line() -> QLineEdit:
    line = QLineEdit()
    line.setEchoMode(QLineEdit.EchoMode.Password)
    return line


class NewPassphraseInput(QWidget):
    """Fields `passphrase` and `passphrase_repeat`, named as the core's validation names them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.passphrase = password_line()
        self.passphrase.setPlaceholderText(self.tr("bijvoorbeeld vier woorden die u onthoudt"))
        self.repeat = password_line()
        self.meter = QProgressBar()
        self.meter.setRange(0, MAX_SCORE)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(8)
        line_and_meter = QWidget()
        stack = QVBoxLayout(line_and_meter)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.setSpacing(3)
        stack.addWidget(self.passphrase)
        stack.addWidget(self.meter)
        line_and_meter.setFocusProxy(self.passphrase)
        self.passphrase_field = ErrorField(line_and_meter)
        self.repeat_field = ErrorField(self.repeat)
        # The strength hint changes length while typing and a message may take its place;
        # both keep their room, so "Herhaal de wachtzin" stays where the pointer goes.
        self.passphrase_field.reserve_lines(2)
        self.repeat_field.reserve_lines(1)
        self.show_text = QCheckBox(self.tr("Wachtzin tonen"))
        self.show_text.toggled.connect(self._toggle_echo)
        self.passphrase.textChanged.connect(self._update_strength)

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Wachtzin:"), self.passphrase_field)
        form.addRow(self.tr("Herhaal de wachtzin:"), self.repeat_field)
        form.addRow("", self.show_text)
        self._update_strength("")

    def fields(self) -> dict[str, ErrorField]:
        return {"passphrase": self.passphrase_field, "passphrase_repeat": self.repeat_field}

    def values(self) -> tuple[str, str]:
        return self.passphrase.text(), self.repeat.text()

    def clear(self) -> None:
        self.passphrase.clear()
        self.repeat.clear()

    def _toggle_echo(self, visible: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password
        self.passphrase.setEchoMode(mode)
        self.repeat.setEchoMode(mode)

    def _update_strength(self, text: str) -> None:
        # Read with the first new passphrase, not with the unlock window's plain password line.
        from app.domain.passphrase import strength

        score, hint = strength(text)
        self.meter.setValue(score if text else 0)
        colour = _SCORE_COLOURS[score]
        self.meter.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        self.passphrase_field.set_hint(message_text(hint))
