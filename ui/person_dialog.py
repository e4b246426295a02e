"""Adding or changing a person involved (betrokkene), BSN checked with the elfproef."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLineEdit, QVBoxLayout, QWidget

from app.domain.enums import PersonRole
from app.domain.models import Person, PersonDraft
from app.domain.validation import validate_person
from app.vault.vault import Vault
from ui.edit_dialog import EditDialog
from ui.widgets.choices import enum_combo
from ui.widgets.dates import optional_date_line
from ui.widgets.fields import ErrorField, faults_of


class PersonDialog(EditDialog):
    def __init__(
        self,
        vault: Vault,
        case_id: int,
        person: Person | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.case_id = case_id
        self.person = person
        self.setWindowTitle(
            self.tr("Betrokkene wijzigen") if person else self.tr("Betrokkene toevoegen")
        )
        self.role = enum_combo(
            PersonRole, self.tr("Kies de rol…"), person.role.value if person else ""
        )
        self.name = QLineEdit(person.name if person else "")
        self.date_of_birth = optional_date_line(person.date_of_birth if person else None)
        self.bsn = QLineEdit(person.bsn or "" if person else "")
        self.bsn.setMaximumWidth(160)
        self.address = QLineEdit(person.address if person else "")
        self.school = QLineEdit(person.school_or_childcare if person else "")
        fields = {
            "role": ErrorField(self.role),
            "name": ErrorField(self.name),
            "date_of_birth": ErrorField(self.date_of_birth, self.tr("Mag leeg blijven.")),
            "bsn": ErrorField(self.bsn, self.tr("9 cijfers, met of zonder spaties of punten.")),
            "address": ErrorField(self.address),
            "school_or_childcare": ErrorField(self.school),
        }
        form = QFormLayout()
        form.addRow(self.tr("Rol:"), fields["role"])
        form.addRow(self.tr("Naam:"), fields["name"])
        form.addRow(self.tr("Geboortedatum:"), fields["date_of_birth"])
        form.addRow(self.tr("BSN:"), fields["bsn"])
        form.addRow(self.tr("Adres:"), fields["address"])
        form.addRow(self.tr("School of kinderopvang:"), fields["school_or_childcare"])
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.form_error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.finish_setup(fields)
        self.keep_drafts(vault.drafts, case_id, f"person-{person.id}" if person else "person")

    def draft(self) -> PersonDraft:
        return PersonDraft(
            role=str(self.role.currentData() or ""),
            name=self.name.text(),
            date_of_birth=self.date_of_birth.date(),
            bsn=self.bsn.text(),
            address=self.address.text(),
            school_or_childcare=self.school.text(),
        )

    def save(self) -> bool:
        draft = self.draft()
        if self.date_of_birth.fault():
            self.errors.show(
                faults_of(validate_person, draft), {"date_of_birth": self.date_of_birth.fault()}
            )
            return False
        if self.person is None:
            self.vault.persons.add(self.case_id, draft)
        else:
            self.vault.persons.update(self.person.id, draft, self.person.row_version)
        return True
