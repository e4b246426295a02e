"""Asking the user a yes/no question. One place, so tests can answer it."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def ask(
    parent: QWidget | None, title: str, question: str, yes: str, no: str, yes_default: bool = False
) -> bool:
    """True for `yes`. The default (Enter) and Escape give `no`, the careful answer, unless
    `yes_default`: then `yes` is the one that loses nothing (continuing a draft)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(question)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(yes_button if yes_default else no_button)
    box.setEscapeButton(yes_button if yes_default else no_button)
    box.exec()
    return box.clickedButton() is yes_button


def inform(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the user why something was not done; one OK button."""
    QMessageBox.warning(parent, title, text)
