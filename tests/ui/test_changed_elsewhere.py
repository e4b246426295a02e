"""Two edits of the same thing: when a colleague (on another computer of the practice server)
saved first, saving in the window ends with a Dutch message at the form, the dialog stays with
what was typed, and the colleague's version is what the vault keeps. Nothing is overwritten."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from app.domain.enums import CaseStatus, CloseReason
from app.domain.models import CaseDraft, ContactDraft, PersonDraft
from app.vault.vault import Vault
from tests.ui.conftest import (
    Questions,
    add_person,
    choose,
    click,
    new_case,
    open_from,
    run_setup,
    type_into,
)
from ui.contacts_dialog import ContactDialog, ContactsDialog
from ui.main_window import MainWindow
from ui.person_dialog import PersonDialog
from ui.shell import Shell
from ui.steps.case_dialogs import CloseCaseDialog
from ui.widgets import ask

CHANGED = "Een collega heeft dit intussen op een andere computer gewijzigd."
NEWER_DRAFT = "nieuwer concept van dit formulier"


@pytest.fixture
def main(qtbot: QtBot, make_shell: Callable[..., Shell]) -> MainWindow:
    main, _ = run_setup(qtbot, make_shell())
    new_case(qtbot, main, "Gezin A")
    return main


def vault_of(main: MainWindow) -> Vault:
    assert main.vault is not None
    return main.vault


def form_error(dialog: PersonDialog | CloseCaseDialog | ContactDialog) -> str:
    return dialog.errors.messages().get("", "")


def test_a_person_changed_by_a_colleague_is_not_overwritten(qtbot: QtBot, main: MainWindow) -> None:
    add_person(qtbot, main, "Sanne Bakker", "child")
    main.case_view.persons.selectRow(0)
    dialog = open_from(qtbot, main, main.case_view.edit_person_button, PersonDialog)
    person = main.case_view.persons.persons[0]
    vault = vault_of(main)
    vault.persons.update(person.id, PersonDraft(role="child", name="Sanne de Vries"))

    dialog.name.clear()
    type_into(qtbot, dialog.name, "Sanne Jansen")
    click(qtbot, dialog.save_button)

    qtbot.waitUntil(lambda: form_error(dialog).startswith(CHANGED))
    assert dialog.isVisible()
    assert dialog.name.text() == "Sanne Jansen"
    assert vault.persons.get(person.id).name == "Sanne de Vries"


def test_closing_a_case_a_colleague_renamed_meanwhile_is_refused(
    qtbot: QtBot, main: MainWindow
) -> None:
    case = main.case_view.case
    assert case is not None
    dialog = open_from(qtbot, main, main.case_view.close_button, CloseCaseDialog)
    vault = vault_of(main)
    vault.cases.rename(case.id, CaseDraft("Gezin B"))

    choose(dialog.code, CloseReason.OTHER.value)
    type_into(qtbot, dialog.reason, "Verhuisd naar het buitenland")
    click(qtbot, dialog.save_button)

    qtbot.waitUntil(lambda: form_error(dialog).startswith(CHANGED))
    assert dialog.isVisible()
    assert dialog.reason.toPlainText() == "Verhuisd naar het buitenland"
    assert dialog.code.currentData() == CloseReason.OTHER.value
    kept = vault.cases.get(case.id)
    assert (kept.title, kept.status) == ("Gezin B", CaseStatus.OPEN)


def test_a_contact_changed_by_a_colleague_is_not_overwritten(
    qtbot: QtBot, main: MainWindow
) -> None:
    vault = vault_of(main)
    contact = vault.contacts.add(ContactDraft(role="veilig_thuis", name="Veilig Thuis Regio"))
    main.contacts_action.trigger()
    contacts = main.active_dialog
    assert isinstance(contacts, ContactsDialog)
    contacts.table.selectRow(0)
    click(qtbot, contacts.edit_button)
    dialog = contacts.active_dialog
    assert isinstance(dialog, ContactDialog)
    vault.contacts.update(
        contact.id, ContactDraft(role="veilig_thuis", name="Veilig Thuis Noord", phone="0800-2000")
    )

    type_into(qtbot, dialog.email, "info@example.nl")
    click(qtbot, dialog.save_button)

    qtbot.waitUntil(lambda: form_error(dialog).startswith(CHANGED))
    assert dialog.isVisible()
    assert dialog.email.text() == "info@example.nl"
    kept = vault.contacts.get(contact.id)
    assert (kept.name, kept.phone, kept.email) == ("Veilig Thuis Noord", "0800-2000", "")

    # Archiving what a colleague changed since the list was read: refused the same way.
    dialog.done(0)
    click(qtbot, contacts.archive_button)
    qtbot.waitUntil(lambda: contacts.error.text().startswith(CHANGED))
    assert not vault.contacts.get(contact.id).archived


def test_a_newer_draft_kept_elsewhere_is_not_written_over(
    qtbot: QtBot, main: MainWindow, questions: Questions
) -> None:
    case = main.case_view.case
    assert case is not None
    vault = vault_of(main)
    dialog = open_from(qtbot, main, main.case_view.add_person_button, PersonDialog)
    type_into(qtbot, dialog.name, "Sanne")
    assert main.keep_drafts() == 1
    assert form_error(dialog) == ""

    # The same user, in another window: the same form's draft is kept there.
    elsewhere = {"version": 1, "fields": {"name": "Sanne uit het andere venster"}}
    vault.drafts.save(case.id, "person", elsewhere)

    type_into(qtbot, dialog.name, " Bakker")
    assert main.keep_drafts() == 0
    qtbot.waitUntil(lambda: NEWER_DRAFT in form_error(dialog))
    assert dialog.isVisible()
    assert dialog.name.text() == "Sanne Bakker"
    kept = vault.drafts.load(case.id, "person")
    assert kept is not None and dict(kept.payload) == elsewhere

    # No more keeping over it, and no error either.
    type_into(qtbot, dialog.name, " Jansen")
    assert main.keep_drafts() == 0
    kept = vault.drafts.load(case.id, "person")
    assert kept is not None and dict(kept.payload) == elsewhere
    assert questions.asked == []


def test_reopening_a_case_a_colleague_changed_meanwhile_is_refused(
    qtbot: QtBot, main: MainWindow, questions: Questions, monkeypatch: pytest.MonkeyPatch
) -> None:
    case = main.case_view.case
    assert case is not None
    vault = vault_of(main)
    vault.cases.close(case.id, "", CloseReason.NO_SUSPICION.value)
    main.case_view.reload()
    vault.cases.rename(case.id, CaseDraft("Gezin B"))
    told: list[str] = []
    monkeypatch.setattr(ask, "inform", lambda _parent, _title, text: told.append(text))

    questions.answers.append(True)
    click(qtbot, main.case_view.reopen_button)

    qtbot.waitUntil(lambda: bool(told))
    assert told[0].startswith(CHANGED)
    assert vault.cases.get(case.id).status is CaseStatus.CLOSED
    # The view now shows the colleague's version: reopening it is then the user's own choice.
    assert main.case_view.title.text() == "Gezin B"
    questions.answers.append(True)
    click(qtbot, main.case_view.reopen_button)
    qtbot.waitUntil(lambda: vault.cases.get(case.id).status is CaseStatus.OPEN)
    assert len(told) == 1


def test_a_draft_taken_up_again_is_not_kept_over_a_newer_one(
    qtbot: QtBot, main: MainWindow, questions: Questions
) -> None:
    case = main.case_view.case
    assert case is not None
    vault = vault_of(main)
    vault.drafts.save(case.id, "person", {"version": 1, "fields": {"name": "Sanne"}})
    questions.answers.append(True)  # continue with the draft
    dialog = open_from(qtbot, main, main.case_view.add_person_button, PersonDialog)
    assert dialog.name.text() == "Sanne"

    # Kept again in another window after this one took it up.
    elsewhere = {"version": 1, "fields": {"name": "Sanne elders"}}
    vault.drafts.save(case.id, "person", elsewhere)
    type_into(qtbot, dialog.name, " Bakker")
    assert main.keep_drafts() == 0
    qtbot.waitUntil(lambda: NEWER_DRAFT in form_error(dialog))
    kept = vault.drafts.load(case.id, "person")
    assert kept is not None and dict(kept.payload) == elsewhere
    assert dialog.name.text() == "Sanne Bakker"


def test_a_draft_taken_up_again_is_kept_over_itself(
    qtbot: QtBot, main: MainWindow, questions: Questions
) -> None:
    case = main.case_view.case
    assert case is not None
    vault = vault_of(main)
    vault.drafts.save(case.id, "person", {"version": 1, "fields": {"name": "Sanne"}})
    questions.answers.append(True)
    dialog = open_from(qtbot, main, main.case_view.add_person_button, PersonDialog)
    for more in (" Bakker", " Jansen"):
        type_into(qtbot, dialog.name, more)
        assert main.keep_drafts() == 1
    kept = vault.drafts.load(case.id, "person")
    assert kept is not None and kept.payload["fields"]["name"] == "Sanne Bakker Jansen"
    assert form_error(dialog) == ""
