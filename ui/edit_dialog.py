"""What every form dialog shares: faults shown at their fields, and no silent loss of input.

Input is lost neither by a Cancel clicked by mistake (the dialog asks first) nor by the
automatic lock: a dialog that keeps drafts writes its unsaved input into the vault when the
lock comes (`save_draft`, called by the lock path), and offers it back when the same form is
opened again for the same case.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.errors import ChangedElsewhere, ServerUnreachable
from app.store.drafts import DraftStore
from ui.text import moment_text
from ui.widgets import ask
from ui.widgets.fields import ErrorField, FieldErrors, error_label
from ui.widgets.form_state import read_state, write_state
from ui.widgets.labels import resize_within_screen, wrapped

DRAFT_VERSION = 1


class EditDialog(QDialog):
    """A dialog whose input is saved by `save()`; Cancel asks first when input would be lost.

    Subclasses build their fields, call `finish_setup` and implement `save`: store and return
    True, raise the core's errors, or show the faults it found itself (input it could not read)
    and return False. `snapshot` (the input as a comparable value) reads the registered fields;
    a dialog with inputs outside them extends it.
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
        self._drafts: DraftStore | None = None
        self._draft_key: tuple[int | None, str] = (None, "")
        # The kept draft this input builds on; a newer one kept elsewhere is never written over.
        self._draft_version: int | None = None
        self._drafts_stopped = False

    def finish_setup(self, fields: dict[str, ErrorField]) -> None:
        self.errors.fields = dict(fields)
        self._initial = self.snapshot()

    def form_state(self) -> dict[str, Any]:
        """Every registered input's value. Dotted names (a row inside a list) belong to the
        composite input that holds the list, which keeps them in its own state."""
        return {
            name: read_state(field.editor)
            for name, field in self.errors.fields.items()
            if "." not in name
        }

    def restore_state(self, state: dict[str, Any]) -> None:
        for name, value in state.items():
            field = self.errors.fields.get(name)
            if field is not None and "." not in name:
                write_state(field.editor, value)

    def snapshot(self) -> object:
        return self.form_state()

    def save(self) -> bool:
        raise NotImplementedError

    def has_unsaved_input(self) -> bool:
        return self.snapshot() != self._initial

    # -- drafts ------------------------------------------------------------------------------

    def keep_drafts(self, store: DraftStore, case_id: int | None, form: str) -> None:
        """Let this form's input survive a lock; offer back what a lock kept last time."""
        self._drafts, self._draft_key = store, (case_id, form)
        try:
            draft = store.load(case_id, form)
        except ServerUnreachable:
            # The form still opens: what is typed is kept on this computer until the server
            # is back (`save_draft`), and a draft kept there is offered the next time.
            return
        if draft is None:
            return
        if ask.ask(
            self,
            QCoreApplication.translate("EditDialog", "Concept terugzetten?"),
            QCoreApplication.translate(
                "EditDialog",
                "Toen het programma op {moment} vergrendelde, was dit formulier nog niet "
                "opgeslagen. Wilt u verder met wat u toen had ingevuld?",
            ).format(moment=moment_text(draft.saved_at)),
            QCoreApplication.translate("EditDialog", "Verder met het concept"),
            QCoreApplication.translate("EditDialog", "Leeg beginnen"),
            True,  # Enter or Escape keeps the draft: only a deliberate click throws it away
        ):
            self.restore_state(dict(draft.payload.get("fields", {})))
            self._draft_version = draft.row_version
        else:
            store.discard(case_id, form)

    def save_draft(self) -> bool:
        """Write the unsaved input into the vault (the lock is coming); True when written."""
        if self._drafts is None or self._drafts_stopped or not self.has_unsaved_input():
            return False
        case_id, form = self._draft_key
        payload = {"version": DRAFT_VERSION, "fields": self.form_state()}
        try:
            kept = self._drafts.save(case_id, form, payload, self._draft_version)
        except ServerUnreachable:
            if self._drafts.fallback is None:
                raise
            # Sealed on this computer until the server is back (the window then sends it).
            self._drafts.fallback.keep(case_id, form, payload, self._draft_version)
            return True
        except ChangedElsewhere:
            # The input stays in the form; the draft kept elsewhere stays as it is.
            self._drafts_stopped = True
            self.errors.show_form_error(
                QCoreApplication.translate(
                    "EditDialog",
                    "Op een andere computer of in een ander venster is intussen een nieuwer "
                    "concept van dit formulier bewaard. Dat concept blijft staan; wat u hier "
                    "invult, wordt daarom niet meer als concept bewaard, maar staat er nog wel.",
                )
            )
            return False
        self._draft_version = kept.row_version
        return True

    def _drop_draft(self) -> None:
        # A newer draft kept elsewhere is someone's input too: it is not ours to throw away.
        if self._drafts is not None and not self._drafts_stopped:
            case_id, form = self._draft_key
            self._drafts.discard(case_id, form)

    # -- closing -----------------------------------------------------------------------------

    def try_save(self) -> None:
        unreachable = False

        def save() -> bool:
            nonlocal unreachable
            try:
                return self.save()
            except ServerUnreachable:
                unreachable = True
                raise

        if self.errors.attempt(save):
            self.errors.clear()
            self._drop_draft()
            self.accept()
        elif unreachable and self.save_draft():
            self.errors.show_form_error(
                QCoreApplication.translate(
                    "EditDialog",
                    "De praktijkserver is nu niet bereikbaar, dus dit is nog niet opgeslagen. "
                    "Wat u invulde staat hier nog en is ook versleuteld op deze computer "
                    "bewaard. Klik op opslaan zodra de server terug is; de onderste regel van "
                    "het hoofdvenster zegt wanneer.",
                )
            )

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
        self._drop_draft()
        super().reject()


class FormDialog(EditDialog):
    """A form of labelled fields in a scroll area, with an optional intro above it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout()
        self.fields: dict[str, ErrorField] = {}
        self._rows_shown: dict[str, bool] = {}

    def add_row(self, label: str, name: str, editor: QWidget, hint: str = "") -> ErrorField:
        field = ErrorField(editor, hint)
        self.fields[name] = field
        row_label = QLabel(label)
        row_label.setBuddy(editor)
        self.form.addRow(row_label, field)
        return field

    def set_row_visible(self, name: str, visible: bool) -> None:
        # Before the form has its page, showing a row would show its widgets as windows of
        # their own (and name them there, without their labels): wait for the page.
        if self.form.parentWidget() is None:
            self._rows_shown[name] = visible
            return
        self.form.setRowVisible(self.fields[name], visible)

    def lay_out(self, intro: str, width: int, height: int) -> None:
        body = QWidget()
        body.setLayout(self.form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        # Not a Tab stop of its own: focus goes to what it holds, and it scrolls to follow.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        for name, visible in self._rows_shown.items():
            self.form.setRowVisible(self.fields[name], visible)
        layout = QVBoxLayout(self)
        if intro:
            self.intro = wrapped(intro)
            layout.addWidget(self.intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.form_error)
        layout.addWidget(self.buttons)
        resize_within_screen(self, width, height)
        self.finish_setup(self.fields)
