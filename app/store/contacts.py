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
from app.store.base import Session, parse_moment
from app.timeutil import now_iso
from app.vault.audit import AuditEvent

_COLUMNS = "id, role, name, organisation, phone, email, notes, archived, updated_at"


def _contact(row: Any) -> Contact:
    updated = parse_moment(row[8])
    assert updated is not None
    return Contact(
        id=int(row[0]),
        role=ContactRole(row[1]),
        name=str(row[2]),
        organisation=str(row[3]),
        phone=str(row[4]),
        email=str(row[5]),
        notes=str(row[6]),
        archived=bool(row[7]),
        updated_at=updated,
    )


def _values(clean: ContactDraft) -> tuple[str, ...]:
    return (clean.role, clean.name, clean.organisation, clean.phone, clean.email, clean.notes)


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
            contact_id = self._s.db.insert(
                "INSERT INTO contacts (role, name, organisation, phone, email, notes,"
                " created_at, created_by, updated_at, updated_by)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (*_values(clean), at, user, at, user),
            )
            self._log(AuditEvent.CREATE, contact_id)
        return self.get(contact_id)

    def update(self, contact_id: int, draft: ContactDraft) -> Contact:
        clean = validate_contact(draft)
        with self._s.db.transaction():
            self.get(contact_id)
            self._s.db.execute(
                "UPDATE contacts SET role = ?, name = ?, organisation = ?, phone = ?, email = ?,"
                " notes = ?, updated_at = ?, updated_by = ? WHERE id = ?",
                (*_values(clean), now_iso(), self._s.user.id, contact_id),
            )
            self._log(AuditEvent.UPDATE, contact_id)
        return self.get(contact_id)

    def set_archived(self, contact_id: int, archived: bool) -> Contact:
        with self._s.db.transaction():
            self.get(contact_id)
            self._s.db.execute(
                "UPDATE contacts SET archived = ?, updated_at = ?, updated_by = ? WHERE id = ?",
                (int(archived), now_iso(), self._s.user.id, contact_id),
            )
            self._log(AuditEvent.UPDATE, contact_id, "archived" if archived else "restored")
        return self.get(contact_id)

    def get(self, contact_id: int) -> Contact:
        row = self._s.db.one(f"SELECT {_COLUMNS} FROM contacts WHERE id = ?", (contact_id,))
        if row is None:
            raise RecordNotFound()
        return _contact(row)

    def find(
        self, role: ContactRole | None = None, *, include_archived: bool = False
    ) -> list[Contact]:
        """The contacts to choose from, by role then name."""
        clauses, params = [], []
        if role is not None:
            clauses.append("role = ?")
            params.append(role.value)
        if not include_archived:
            clauses.append("archived = 0")
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        rows = self._s.db.execute(
            f"SELECT {_COLUMNS} FROM contacts{where} ORDER BY role, name COLLATE NOCASE, id",
            params,
        )
        return [_contact(r) for r in rows]

    def _log(self, event: AuditEvent, contact_id: int, detail: str = "") -> None:
        self._s.audit.append(
            event,
            user_id=self._s.user.id,
            object_type="contact",
            object_id=contact_id,
            detail=detail,
        )
