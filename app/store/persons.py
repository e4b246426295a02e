"""People involved in a case (betrokkenen)."""

from __future__ import annotations

from typing import Any

from app.domain.enums import PersonRole
from app.domain.models import Person, PersonDraft
from app.domain.validation import validate_person
from app.errors import RecordNotFound
from app.store.backend import Sealer
from app.store.base import Session, changed_in_place, parse_date, parse_moment, touch_case
from app.timeutil import now_iso
from app.vault.audit import AuditEvent

_COLUMNS = (
    "id, case_id, role, name, date_of_birth, bsn, address, school_or_childcare,"
    " created_at, updated_at, row_version"
)


# The columns that describe the person: sealed on the practice server.
_SEALED = ("role", "name", "date_of_birth", "bsn", "address", "school_or_childcare")


def _person(row: Any, sealer: Sealer) -> Person:
    created, updated = parse_moment(row[8]), parse_moment(row[9])
    assert created is not None and updated is not None
    person_id = int(row[0])
    role, name, born, bsn, address, school = (
        sealer.open("persons", column, person_id, value)
        for column, value in zip(_SEALED, row[2:8], strict=True)
    )
    return Person(
        id=person_id,
        case_id=int(row[1]),
        role=PersonRole(str(role)),
        name=name or "",
        date_of_birth=parse_date(born),
        bsn=bsn or None,
        address=address or "",
        school_or_childcare=school or "",
        created_at=created,
        updated_at=updated,
        row_version=int(row[10]),
    )


def _values(sealer: Sealer, person_id: int | None, draft: PersonDraft) -> tuple[object, ...]:
    values = (
        draft.role,
        draft.name,
        draft.date_of_birth.isoformat() if draft.date_of_birth else None,
        draft.bsn or None,
        draft.address,
        draft.school_or_childcare,
    )
    return tuple(
        sealer.seal("persons", column, person_id, value)
        for column, value in zip(_SEALED, values, strict=True)
    )


class PersonStore:
    def __init__(self, session: Session) -> None:
        self._s = session

    def add(self, case_id: int, draft: PersonDraft) -> Person:
        self._s.access.require_case(case_id)
        clean = validate_person(draft)
        at = now_iso()
        user = self._s.user.id
        with self._s.db.transaction():
            new_id = self._s.db.next_id("persons")
            person_id = self._s.db.insert(
                "INSERT INTO persons (id, role, name, date_of_birth, bsn, address,"
                " school_or_childcare, case_id, created_at, created_by, updated_at, updated_by)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    new_id,
                    *_values(self._s.sealer, new_id, clean),
                    case_id,
                    at,
                    user,
                    at,
                    user,
                ),
            )
            self._s.search_index.keep("person", person_id, case_id, clean.name, "name")
            touch_case(self._s, case_id, at)
            self._s.audit.append(
                AuditEvent.CREATE,
                user_id=user,
                case_id=case_id,
                object_type="person",
                object_id=person_id,
            )
        return self.get(person_id)

    def update(self, person_id: int, draft: PersonDraft, seen_version: int | None = None) -> Person:
        """New details; `seen_version` is the person's `row_version` the change was based on."""
        self._s.access.require_case_of("persons", person_id)
        clean = validate_person(draft)
        at = now_iso()
        user = self._s.user.id
        with self._s.db.transaction():
            case_id = self.get(person_id).case_id
            returned = self._s.db.execute(
                "UPDATE persons SET role = ?, name = ?, date_of_birth = ?, bsn = ?, address = ?,"
                " school_or_childcare = ?, updated_at = ?, updated_by = ?,"
                " row_version = row_version + 1"
                " WHERE id = ? AND row_version = coalesce(?, row_version) RETURNING row_version",
                (*_values(self._s.sealer, person_id, clean), at, user, person_id, seen_version),
            )
            changed_in_place(self._s, "persons", person_id, returned)
            self._s.search_index.keep("person", person_id, case_id, clean.name, "name")
            touch_case(self._s, case_id, at)
            self._s.audit.append(
                AuditEvent.UPDATE,
                user_id=user,
                case_id=case_id,
                object_type="person",
                object_id=person_id,
            )
        return self.get(person_id)

    def get(self, person_id: int) -> Person:
        self._s.access.require_case_of("persons", person_id)
        row = self._s.db.one(f"SELECT {_COLUMNS} FROM persons WHERE id = ?", (person_id,))
        if row is None:
            raise RecordNotFound()
        return _person(row, self._s.sealer)

    def for_case(self, case_id: int) -> list[Person]:
        self._s.access.require_case(case_id)
        rows = self._s.db.execute(
            f"SELECT {_COLUMNS} FROM persons WHERE case_id = ? ORDER BY id", (case_id,)
        )
        return [_person(r, self._s.sealer) for r in rows]
