"""A new case: only a title, and one without names, since it shows in the case list."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLineEdit, QVBoxLayout, QWidget

from app.domain.models import Case, CaseDraft
from app.vault.vault import Vault
from ui.edit_dialog import EditDialog
from ui.widgets.fields import ErrorField


class NewCaseDialog(EditDialog):
    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.created_case: Case | None = None
        self.setWindowTitle(self.tr("Nieuwe casus"))
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("bijvoorbeeld Gezin A"))
        fields = {
            "title": ErrorField(
                self.title,
                self.tr(
                    "Gebruik geen namen: de titel staat in de lijst van casussen. Namen legt u "
                    "vast bij de betrokkenen."
                ),
            )
        }
        form = QFormLayout()
        form.addRow(self.tr("Titel:"), fields["title"])
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.form_error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.finish_setup(fields)

    def save(self) -> bool:
        self.created_case = self.vault.cases.create(CaseDraft(self.title.text()))
        return True
