"""A dialog whose one action runs in a worker: fields with their errors, a busy bar, a wait
after wrong recovery codes, and no closing while the work runs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import MeldcodeError, UnlockThrottled, ValidationError, WrongRecoveryCode
from ui.text import error_text
from ui.widgets.busy import BusyIndicator
from ui.widgets.countdown import Countdown
from ui.widgets.fields import ErrorField, FieldErrors, error_label
from ui.widgets.labels import wrapped
from ui.workers import Reporter, run_in_background


class WorkerDialog(QDialog):
    """Subclasses add their fields and implement `submit`, which checks the input and calls
    `run`; `failed` puts the error at its field (override it for fields of its own)."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        intro: str,
        action: str,
        cancel: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._working = False
        self.inputs: list[QWidget] = []
        self.form = QFormLayout()
        self.form_error = error_label()
        self.errors = FieldErrors({}, self.form_error)
        self.busy = BusyIndicator()
        self.countdown = Countdown(self)
        self.countdown.tick.connect(lambda _: self._refresh())
        self.countdown.done.connect(self._refresh)
        self.action_button = QPushButton(action)
        self.action_button.setDefault(True)
        self.buttons = QDialogButtonBox()
        self.buttons.addButton(self.action_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(
            cancel or QCoreApplication.translate("WorkerDialog", "Annuleren"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        self.buttons.accepted.connect(self._submit_when_ready)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(wrapped(intro))
        layout.addLayout(self.form)
        layout.addWidget(self.form_error)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)

    def add_field(self, label: str, name: str, field: ErrorField) -> None:
        self.errors.fields[name] = field
        self.form.addRow(label, field)
        self.inputs.append(field)

    def add_input(self, label: str, widget: QWidget) -> None:
        self.form.addRow(label, widget)
        self.inputs.append(widget)

    @property
    def working(self) -> bool:
        return self._working

    def submit(self) -> None:
        raise NotImplementedError

    def _submit_when_ready(self) -> None:
        if not self._working and not self.countdown.running:
            self.submit()

    def run(
        self,
        job: Callable[[Reporter], Any],
        busy_text: str,
        on_result: Callable[[Any], None],
        with_progress: bool = False,
    ) -> None:
        self.errors.clear()
        self._working = True
        self._refresh()
        self.busy.start(busy_text)
        run_in_background(
            job,
            context=self,
            on_result=on_result,
            on_error=self.failed,
            on_progress=self.busy.progress if with_progress else None,
            on_finished=self._finished,
        )

    def failed(self, error: MeldcodeError) -> None:
        if isinstance(error, ValidationError):
            self.errors.show(error)
        elif isinstance(error, WrongRecoveryCode | UnlockThrottled) and (
            "recovery_code" in self.errors.fields
        ):
            self.errors.set("recovery_code", error_text(error))
            wait = error.delay_seconds if isinstance(error, WrongRecoveryCode) else error.seconds
            self.countdown.start(wait)
        else:
            self.errors.show_form_error(error_text(error))

    def _finished(self) -> None:
        self._working = False
        self.busy.stop()
        self._refresh()

    def _refresh(self) -> None:
        for widget in self.inputs:
            widget.setEnabled(not self._working)
        self.action_button.setEnabled(not self._working and not self.countdown.running)

    def reject(self) -> None:
        # Closing mid-way would leave the work without anyone to hear how it ended.
        if not self._working:
            super().reject()
