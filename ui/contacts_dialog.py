"""The practice's own contacts (sociale kaart): Veilig Thuis, the aandachtsfunctionaris, the
local team, the vertrouwensarts, the police. A consultation in step 2 names one of them.

A contact is archived rather than deleted, so a consultation that named it keeps its name.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import ContactRole
from app.domain.models import Contact, ContactDraft
from app.errors import ChangedElsewhere, MeldcodeError
from app.vault.vault import Vault
from ui.edit_dialog import FormDialog
from ui.text import error_text, label_text
from ui.widgets.choices import enum_combo
from ui.widgets.dialog_slot import DialogSlot
from ui.widgets.fields import error_label, text_box
from ui.widgets.labels import wrapped


class ContactDialog(FormDialog):
    def __init__(
        self, vault: Vault, contact: Contact | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.contact = contact
        self.saved: Contact | None = None
        self.setWindowTitle(
            self.tr("Contact wijzigen") if contact else self.tr("Contact toevoegen")
        )
        self.role = enum_combo(
            ContactRole, self.tr("Kies wat voor contact…"), contact.role.value if contact else ""
        )
        self.name = QLineEdit(contact.name if contact else "")
        self.organisation = QLineEdit(contact.organisation if contact else "")
        self.phone = QLineEdit(contact.phone if contact else "")
        self.email = QLineEdit(contact.email if contact else "")
        self.notes = text_box(70)
        self.notes.setPlainText(contact.notes if contact else "")
        self.add_row(self.tr("Soort:"), "role", self.role)
        self.add_row(self.tr("Naam:"), "name", self.name)
        self.add_row(self.tr("Organisatie:"), "organisation", self.organisation)
        self.add_row(self.tr("Telefoon:"), "phone", self.phone)
        self.add_row(self.tr("E-mail:"), "email", self.email)
        self.add_row(self.tr("Notities:"), "notes", self.notes)
        self.lay_out("", 560, 440)

    def draft(self) -> ContactDraft:
        return ContactDraft(
            role=str(self.role.currentData() or ""),
            name=self.name.text(),
            organisation=self.organisation.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            notes=self.notes.toPlainText(),
        )

    def save(self) -> bool:
        if self.contact is None:
            self.saved = self.vault.contacts.add(self.draft())
        else:
            self.saved = self.vault.contacts.update(
                self.contact.id, self.draft(), self.contact.row_version
            )
        return True


class ContactsDialog(QDialog):
    """The list of contacts, by kind and name, with adding, changing and archiving."""

    ROLE, NAME, ORGANISATION, PHONE, EMAIL = range(5)

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.dialogs = DialogSlot()
        self.contacts: list[Contact] = []
        self.setWindowTitle(self.tr("Sociale kaart"))
        intro = wrapped(
            self.tr(
                "De contacten van uw praktijk: Veilig Thuis, de aandachtsfunctionaris, het "
                "lokale team, de vertrouwensarts en de wijkagent. Bij een consultatie (stap 2) "
                "kiest u ze uit deze lijst."
            )
        )
        self.table = QTableWidget(0, 5)
        self.table.setTabKeyNavigation(False)
        self.table.setAccessibleName(self.tr("Contacten op de sociale kaart"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Soort"),
                self.tr("Naam"),
                self.tr("Organisatie"),
                self.tr("Telefoon"),
                self.tr("E-mail"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.NAME, QHeaderView.ResizeMode.Stretch)
        self.show_archived = QCheckBox(self.tr("Gearchiveerde contacten tonen"))
        self.add_button = QPushButton(self.tr("Toevoegen…"))
        self.edit_button = QPushButton(self.tr("Wijzigen…"))
        self.archive_button = QPushButton(self.tr("Archiveren"))
        self.error = error_label()
        row = QHBoxLayout()
        row.addWidget(self.show_archived, 1)
        row.addWidget(self.archive_button)
        row.addWidget(self.edit_button)
        row.addWidget(self.add_button)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Sluiten"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(820, 480)

        self.show_archived.toggled.connect(lambda _: self.refresh())
        self.add_button.clicked.connect(self.add_contact)
        self.edit_button.clicked.connect(self.edit_contact)
        self.archive_button.clicked.connect(self.toggle_archived)
        self.table.doubleClicked.connect(lambda _: self.edit_contact())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.refresh()

    def refresh(self, select_id: int | None = None) -> None:
        found = self.vault.contacts.find(include_archived=self.show_archived.isChecked())
        # In the order of the list of roles (Veilig Thuis first), not alphabetically by code.
        order = list(ContactRole)
        self.contacts = sorted(found, key=lambda c: (order.index(c.role), c.name.casefold()))
        self.table.setRowCount(len(self.contacts))
        for row, contact in enumerate(self.contacts):
            role = label_text(contact.role)
            if contact.archived:
                role = self.tr("{role} (gearchiveerd)").format(role=role)
            values = [role, contact.name, contact.organisation, contact.phone, contact.email]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if contact.archived:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(row, column, item)
            if contact.id == select_id:
                self.table.selectRow(row)
        self._selection_changed()

    def current_contact(self) -> Contact | None:
        rows = [index.row() for index in self.table.selectionModel().selectedRows()]
        return self.contacts[rows[0]] if rows and rows[0] < len(self.contacts) else None

    def _selection_changed(self) -> None:
        contact = self.current_contact()
        self.edit_button.setEnabled(contact is not None)
        self.archive_button.setEnabled(contact is not None)
        self.archive_button.setText(
            self.tr("Terugzetten") if contact and contact.archived else self.tr("Archiveren")
        )

    def add_contact(self) -> None:
        self._open(ContactDialog(self.vault, parent=self))

    def edit_contact(self) -> None:
        contact = self.current_contact()
        if contact is not None:
            self._open(ContactDialog(self.vault, contact, self))

    def toggle_archived(self) -> None:
        contact = self.current_contact()
        if contact is None:
            return
        try:
            changed = self.vault.contacts.set_archived(
                contact.id, not contact.archived, contact.row_version
            )
        except MeldcodeError as exc:
            # Show the colleague's version, so the choice can be made again on what is kept.
            if isinstance(exc, ChangedElsewhere):
                self.refresh(contact.id)
            self.error.setText(error_text(exc))
            self.error.show()
            return
        self.error.hide()
        self.refresh(changed.id)

    def _open(self, dialog: ContactDialog) -> None:
        dialog.accepted.connect(lambda: self.refresh(dialog.saved.id if dialog.saved else None))
        self.dialogs.open(dialog)

    @property
    def active_dialog(self) -> QDialog | None:
        return self.dialogs.dialog

    def done(self, result: int) -> None:
        # The contact being edited goes with the list (also when the program locks).
        self.dialogs.discard()
        super().done(result)
