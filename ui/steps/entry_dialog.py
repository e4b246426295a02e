"""The base of the dialogs that record a step entry, or correct one with a reason.

The core validates; every message lands at its field and nothing is stored half. A dialog
keeps a draft of its input in the vault when the program locks, per case and per form.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import QWidget

from app.domain.entries import Entry, EntryValue
from app.domain.entry_validation import validate_entry
from app.vault.vault import Vault
from ui.edit_dialog import FormDialog
from ui.widgets.dates import date_faults
from ui.widgets.fields import faults_of, text_box


class EntryDialog(FormDialog):
    """Subclasses add their rows, implement `value` (and `unreadable` for input they cannot
    read), then call `finish`. Without an entry the value is added; with one (`correcting`)
    it becomes the entry's next version, with the reason for the correction."""

    form_name = "entry"

    def __init__(
        self,
        vault: Vault,
        case_id: int,
        entry: Entry[Any] | None = None,
        *,
        correcting: bool | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.case_id = case_id
        self.entry = entry
        self.correcting = entry is not None if correcting is None else correcting
        self.saved: Entry[Any] | None = None
        self.change_reason = text_box(50)

    def finish(self, intro: str, width: int = 680, height: int = 620) -> None:
        if self.correcting:
            self.add_row(
                self.tr("Reden van de correctie:"),
                "change_reason",
                self.change_reason,
                self.tr("De eerdere versie blijft bewaard en zichtbaar in de geschiedenis."),
            )
        self.lay_out(intro, width, height)
        self.keep_drafts(self.vault.drafts, self.case_id, self.draft_form())

    def draft_form(self) -> str:
        if self.entry is None:
            return self.form_name
        suffix = "correction" if self.correcting else "entry"
        return f"{self.form_name}-{suffix}-{self.entry.id}"

    def value(self) -> EntryValue:
        raise NotImplementedError

    def unreadable(self) -> Mapping[str, str]:
        """Faults in input the form could not even read (a typed date, a list of ages)."""
        return {}

    def store(self, value: EntryValue) -> Entry[Any]:
        if self.entry is None:
            return self.vault.entries.add(self.case_id, value)
        return self.vault.entries.correct(self.entry.id, value, self.change_reason.toPlainText())

    def save(self) -> bool:
        value = self.value()
        editors = {name: field.editor for name, field in self.errors.fields.items()}
        unreadable = {**date_faults(editors), **self.unreadable()}
        if unreadable:
            self.errors.show(faults_of(validate_entry, value), unreadable)
            return False
        self.saved = self.store(value)
        return True
