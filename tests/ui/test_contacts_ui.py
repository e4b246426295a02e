"""The practice's own contacts (sociale kaart): added, changed and archived in their dialog,
and chosen from in step 2, where a consultation of Veilig Thuis shows as an adviesvraag."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain.entries import Consultation
from app.domain.enums import ConsulteeKind, ContactRole, EntryKind, Step
from tests.ui.conftest import (
    add_signal,
    choose,
    click,
    go_to,
    new_case,
    open_from,
    run_setup,
    save,
    type_into,
)
from ui.contacts_dialog import ContactDialog, ContactsDialog
from ui.main_window import MainWindow
from ui.shell import Shell
from ui.steps.step_dialogs import ConsultationDialog


def add_contact(
    qtbot: QtBot, contacts: ContactsDialog, role: ContactRole, name: str, phone: str = ""
) -> None:
    click(qtbot, contacts.add_button)
    dialog = contacts.active_dialog
    assert isinstance(dialog, ContactDialog)
    choose(dialog.role, role.value)
    type_into(qtbot, dialog.name, name)
    type_into(qtbot, dialog.phone, phone)
    save(qtbot, dialog)


def names(contacts: ContactsDialog) -> list[str]:
    return [contacts.table.item(row, 1).text() for row in range(contacts.table.rowCount())]


def open_contacts(main: MainWindow) -> ContactsDialog:
    main.contacts_action.trigger()
    dialog = main.active_dialog
    assert isinstance(dialog, ContactsDialog)
    return dialog


def test_contacts_are_kept_changed_archived_and_chosen_in_step_2(
    qtbot: QtBot, make_shell: Callable[..., Shell]
) -> None:
    main, _ = run_setup(qtbot, make_shell())
    vault = main.vault
    contacts = open_contacts(main)
    assert names(contacts) == []

    click(qtbot, contacts.add_button)
    dialog = contacts.active_dialog
    assert isinstance(dialog, ContactDialog)
    type_into(qtbot, dialog.email, "geen adres")
    click(qtbot, dialog.save_button)
    assert dialog.errors.messages() == {
        "role": "Kies wat voor contact dit is.",
        "name": "Vul de naam van de persoon of organisatie in.",
        "email": "Dit lijkt geen e-mailadres (naam@voorbeeld.nl).",
    }
    choose(dialog.role, ContactRole.DESIGNATED_CONSULTEE.value)
    type_into(qtbot, dialog.name, "Bram Smit")
    dialog.email.setText("bram@voorbeeld.nl")
    save(qtbot, dialog)
    add_contact(qtbot, contacts, ContactRole.VEILIG_THUIS, "Veilig Thuis Midden", "0800 2000")
    add_contact(qtbot, contacts, ContactRole.POLICE, "Wijkagent Oost")
    # Veilig Thuis first: the order of the list of roles, not of the stored codes.
    assert names(contacts) == ["Veilig Thuis Midden", "Bram Smit", "Wijkagent Oost"]

    contacts.table.selectRow(1)
    click(qtbot, contacts.edit_button)
    dialog = contacts.active_dialog
    assert isinstance(dialog, ContactDialog) and dialog.name.text() == "Bram Smit"
    type_into(qtbot, dialog.organisation, "Praktijk De Linde")
    save(qtbot, dialog)
    assert contacts.table.item(1, 2).text() == "Praktijk De Linde"

    contacts.table.selectRow(2)
    assert contacts.archive_button.text() == "Archiveren"
    click(qtbot, contacts.archive_button)
    assert names(contacts) == ["Veilig Thuis Midden", "Bram Smit"]
    qtbot.keyClick(contacts.show_archived, Qt.Key.Key_Space)  # the box is wider than its text
    assert contacts.show_archived.isChecked()
    assert contacts.table.item(2, 0).text() == "Politie (wijkagent) (gearchiveerd)"
    contacts.reject()

    # Step 2 offers the contacts that are not archived, and fills in what kind they are.
    case_id = new_case(qtbot, main, "Gezin A")
    add_signal(qtbot, main, "Blauwe plek.")
    go_to(qtbot, main, Step.CONSULTATION)
    consult = open_from(qtbot, main, main.case_view.consultation_button, ConsultationDialog)
    offered = [consult.contact.itemText(i) for i in range(consult.contact.count())]
    assert offered == [
        "Niet uit de sociale kaart",
        "Bram Smit, Praktijk De Linde (Aandachtsfunctionaris)",
        "Veilig Thuis Midden (Veilig Thuis)",
    ]
    choose(consult.contact, vault.contacts.find(ContactRole.DESIGNATED_CONSULTEE)[0].id)
    assert consult.consultee_kind.currentData() == ConsulteeKind.DESIGNATED_CONSULTEE.value
    assert consult.advice_mark.isHidden()
    veilig_thuis = vault.contacts.find(ContactRole.VEILIG_THUIS)[0]
    choose(consult.contact, veilig_thuis.id)
    assert consult.consultee_kind.currentData() == ConsulteeKind.VEILIG_THUIS.value
    assert not consult.advice_mark.isHidden()  # an adviesvraag, visibly
    click(qtbot, consult.client_named.no)
    type_into(qtbot, consult.advice, "Eerst in gesprek met moeder.")
    type_into(qtbot, consult.next_step, "Gesprek plannen.")
    save(qtbot, consult)

    stored = vault.entries.for_case(case_id, EntryKind.CONSULTATION)[0].value
    assert isinstance(stored, Consultation)
    assert stored.contact_id == veilig_thuis.id and stored.is_advice_request
    assert stored.client_named is False
    card = main.case_view.consultation_page.list.cards[0]
    assert card.badges["advice"].text() == "Adviesvraag aan Veilig Thuis"
    assert "Veilig Thuis Midden" in card.rows.values["Met wie"].text()
    events = vault.db.execute(
        "SELECT event, detail FROM audit_log WHERE object_type = 'contact' ORDER BY seq"
    )
    assert [(str(e[0]), str(e[1])) for e in events] == [
        ("create", ""),
        ("create", ""),
        ("create", ""),
        ("update", ""),
        ("update", "archived"),
    ]
