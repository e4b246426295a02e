"""What every form dialog shares: faults shown at their fields, and no silent loss of input."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QWidget,
)

from ui.widgets import ask
from ui.widgets.fields import ErrorField, FieldErrors, error_label


class EditDialog(QDialog):
    """A dialog whose input is saved by `save()`; Cancel asks first when input would be lost.

    Subclasses build their fields, call `finish_setup` and implement `snapshot` (the input as
    a comparable value) and `save`: store and return True, raise the core's errors, or show
    the faults it found itself (input it could not read) and return False.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form_error = error_label()
        self.errors = FieldErrors({}, self.form_error)
        self.buttons = QDialogButtonBox()
        self.save_button = QPushButton(QCoreApplication.translate("EditDialog", "Opslaan"))
        self.save_button.setDefault(True)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(
            QCoreApplication.translate("EditDialog", "Annuleren"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)
        self._initial: object = None

    def finish_setup(self, fields: dict[str, ErrorField]) -> None:
        self.errors.fields = dict(fields)
        self._initial = self.snapshot()

    def snapshot(self) -> object:
        raise NotImplementedError

    def save(self) -> bool:
        raise NotImplementedError

    def has_unsaved_input(self) -> bool:
        return self.snapshot() != self._initial

    def try_save(self) -> None:
        if self.errors.attempt(self.save):
            self.errors.clear()
            self.accept()

    def reject(self) -> None:
        if self.has_unsaved_input() and not ask.ask(
            self,
            QCoreApplication.translate("EditDialog", "Invoer niet opgeslagen"),
            QCoreApplication.translate(
                "EditDialog",
                "U hebt iets ingevuld dat nog niet is opgeslagen. Wilt u dat weggooien?",
            ),
            QCoreApplication.translate("EditDialog", "Weggooien"),
            QCoreApplication.translate("EditDialog", "Verder invullen"),
        ):
            return
        super().reject()
