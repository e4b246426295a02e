"""The practice's own contacts (sociale kaart): Veilig Thuis, aandachtsfunctionaris, local
team, vertrouwensarts, police. A consultation in step 2 can name one of them.

Contacts are archived rather than deleted, so a consultation that named one still finds it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from app.domain.enums import ContactRole
from app.domain.models import Contact, ContactDraft
from app.domain.validation import (
    NAME_MAX,
    TEXT_MAX,
    FieldErrors,
    msg,
    optional_text,
    required_text,
    validate_phone,
)
from app.errors import RecordNotFound
from app.i18n import QT_TRANSLATE_NOOP
from app.store.backend import Sealer, opened
from app.store.base import Session, changed_in_place, parse_moment
from app.timeutil import now_iso
from app.vault.audit import AuditEvent

# A change in place applies only to the version it was based on (none given: whatever is kept).
_CHECKED = " WHERE id = ? AND row_version = coalesce(?, row_version) RETURNING row_version"
_COLUMNS = "id, role, name, organisation, phone, email, notes, archived, updated_at, row_version"
# What describes the contact: sealed on the practice server, so found and ordered here.
_SEALED = ("role", "name", "organisation", "phone", "email", "notes")
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _contact(row: Any, sealer: Sealer) -> Contact:
    updated = parse_moment(row[8])
    assert updated is not None
    contact_id = int(row[0])
    role, name, organisation, phone, email, notes = (
        opened(sealer, "contacts", column, contact_id, value)
        for column, value in zip(_SEALED, row[1:7], strict=True)
    )
    return Contact(
        id=contact_id,
        role=ContactRole(role),
        name=name,
        organisation=organisation,
        phone=phone,
        email=email,
        notes=notes,
        archived=bool(row[7]),
        updated_at=updated,
        row_version=int(row[9]),
    )


def _values(sealer: Sealer, contact_id: int | None, clean: ContactDraft) -> tuple[object, ...]:
    values = (clean.role, clean.name, clean.organisation, clean.phone, clean.email, clean.notes)
    return tuple(
        sealer.seal("contacts", column, contact_id, value)
        for column, value in zip(_SEALED, values, strict=True)
    )


def _order(contact: Contact) -> tuple[str, str, int]:
    # By role, then name without regard to ASCII case (as SQLite's NOCASE did), then id.
    return (contact.role.value, contact.name.translate(_ASCII_LOWER), contact.id)


def validate_contact(draft: ContactDraft) -> ContactDraft:
    errors = FieldErrors()
    if ContactRole.parse(draft.role) is None:
        errors.add("role", msg(QT_TRANSLATE_NOOP("validation", "Kies wat voor contact dit is.")))
    name = required_text(
        errors,
        "name",
        draft.name,
        QT_TRANSLATE_NOOP("validation", "Vul de naam van de persoon of organisatie in."),
        NAME_MAX,
    )
    organisation = optional_text(errors, "organisation", draft.organisation, NAME_MAX)
    phone = validate_phone(errors, draft.phone)
    email = optional_text(errors, "email", draft.email, NAME_MAX)
    if email and ("@" not in email or " " in email):
        errors.add(
            "email",
            msg(QT_TRANSLATE_NOOP("validation", "Dit lijkt geen e-mailadres (naam@voorbeeld.nl).")),
        )
    notes = optional_text(errors, "notes", draft.notes, TEXT_MAX)
    errors.raise_if_any()
    return replace(
        draft, name=name, organisation=organisation, phone=phone, email=email, notes=notes
    )


class ContactStore:
    def __init__(self, session: Session) -> None:
        self._s = session

    def add(self, draft: ContactDraft) -> Contact:
        clean = validate_contact(draft)
        at, user = now_iso(), self._s.user.id
        with self._s.db.transaction():
            new_id = self._s.db.next_id("contacts")
            contact_id = self._s.db.insert(
                "INSERT INTO contacts (id, role, name, organisation, phone, email, notes,"
                " created_at, created_by, updated_at, updated_by)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (new_id, *_values(self._s.sealer, new_id, clean), at, user, at, user),
            )
            self._log(AuditEvent.CREATE, contact_id)
        return self.get(contact_id)

    def update(
        self, contact_id: int, draft: ContactDraft, seen_version: int | None = None
    ) -> Contact:
        """New details; `seen_version` is the contact's `row_version` the change was based on
        (moved on since: `ChangedElsewhere`, nothing written)."""
        clean = validate_contact(draft)
        with self._s.db.transaction():
            self.get(contact_id)
            returned = self._s.db.execute(
                "UPDATE contacts SET role = ?, name = ?, organisation = ?, phone = ?, email = ?,"
                " notes = ?, updated_at = ?, updated_by = ?, row_version = row_version + 1"
                + _CHECKED,
                (
                    *_values(self._s.sealer, contact_id, clean),
                    now_iso(),
                    self._s.user.id,
                    contact_id,
                    seen_version,
                ),
            )
            changed_in_place(self._s, "contacts", contact_id, returned)
            self._log(AuditEvent.UPDATE, contact_id)
        return self.get(contact_id)

    def set_archived(
        self, contact_id: int, archived: bool, seen_version: int | None = None
    ) -> Contact:
        with self._s.db.transaction():
            self.get(contact_id)
            returned = self._s.db.execute(
                "UPDATE contacts SET archived = ?, updated_at = ?, updated_by = ?,"
                " row_version = row_version + 1" + _CHECKED,
                (bool(archived), now_iso(), self._s.user.id, contact_id, seen_version),
            )
            changed_in_place(self._s, "contacts", contact_id, returned)
            self._log(AuditEvent.UPDATE, contact_id, "archived" if archived else "restored")
        return self.get(contact_id)

    def get(self, contact_id: int) -> Contact:
        row = self._s.db.one(f"SELECT {_COLUMNS} FROM contacts WHERE id = ?", (contact_id,))
        if row is None:
            raise RecordNotFound()
        return _contact(row, self._s.sealer)

    def find(
        self, role: ContactRole | None = None, *, include_archived: bool = False
    ) -> list[Contact]:
        """The contacts to choose from, by role then name.

        The role and name are sealed on the practice server, so the practice's (short) list
        is read whole and chosen from and ordered here, the same on both."""
        where = "" if include_archived else " WHERE archived = ?"
        params = () if include_archived else (False,)
        rows = self._s.db.execute(f"SELECT {_COLUMNS} FROM contacts{where}", params)
        found = [_contact(r, self._s.sealer) for r in rows]
        if role is not None:
            found = [c for c in found if c.role is role]
        return sorted(found, key=_order)

    def _log(self, event: AuditEvent, contact_id: int, detail: str = "") -> None:
        self._s.audit.append(
            event,
            user_id=self._s.user.id,
            object_type="contact",
            object_id=contact_id,
            detail=detail,
        )
