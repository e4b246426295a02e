"""What the vault holds, as plain immutable values."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from app.domain.enums import (
    CaseStatus,
    CloseReason,
    ContactRole,
    LinkRelation,
    PersonRole,
    SignalSource,
    ViolenceForm,
)
from app.domain.roles import WorkRole


@dataclass(frozen=True)
class User:
    id: int
    display_name: str
    role: str
    phone: str
    created_at: datetime
    active: bool = True
    work_role: WorkRole = WorkRole.PROFESSIONAL
    is_admin: bool = False
    must_change_passphrase: bool = False

    @property
    def reads_cases(self) -> bool:
        return self.work_role.reads_cases


@dataclass(frozen=True)
class Case:
    id: int
    title: str
    status: CaseStatus
    opened_at: datetime
    opened_by: int
    updated_at: datetime
    closed_at: datetime | None = None
    closed_by: int | None = None
    close_reason: str | None = None
    close_code: CloseReason | None = None
    # Raised with every change; a change based on an older version is refused (ChangedElsewhere).
    row_version: int = 1


@dataclass(frozen=True)
class CaseSummary:
    """One row of the case list: enough to choose a case, nothing of its contents."""

    id: int
    title: str
    status: CaseStatus
    opened_at: datetime
    updated_at: datetime
    signal_count: int
    person_count: int


@dataclass(frozen=True)
class Person:
    id: int
    case_id: int
    role: PersonRole
    name: str
    date_of_birth: date | None
    bsn: str | None
    address: str
    school_or_childcare: str
    created_at: datetime
    updated_at: datetime
    row_version: int = 1


@dataclass(frozen=True)
class SignalVersion:
    version: int
    observed_on: date
    observed_time: time | None
    observed_by: str
    source: SignalSource
    form: ViolenceForm
    facts: str
    interpretation: str
    recorded_at: datetime
    recorded_by: int
    recorded_by_name: str
    correction_reason: str | None = None
    # Signs recognised from the signalenlijsten, cited as `form/age/id`.
    signs: tuple[str, ...] = ()


@dataclass(frozen=True)
class Signal:
    """A signal with all its versions, oldest first; the last is what the case shows."""

    id: int
    case_id: int
    created_at: datetime
    created_by: int
    versions: tuple[SignalVersion, ...]

    @property
    def current(self) -> SignalVersion:
        return self.versions[-1]

    @property
    def is_corrected(self) -> bool:
        return len(self.versions) > 1


@dataclass(frozen=True)
class CaseDraft:
    title: str


@dataclass(frozen=True)
class PersonDraft:
    role: str
    name: str
    date_of_birth: date | None = None
    bsn: str = ""
    address: str = ""
    school_or_childcare: str = ""


@dataclass(frozen=True)
class SignalDraft:
    observed_on: date | None
    observed_time: time | None
    observed_by: str
    source: str
    form: str
    facts: str
    interpretation: str = ""
    # Signs recognised from the signalenlijsten, cited as `form/age/id`.
    signs: tuple[str, ...] = ()


@dataclass(frozen=True)
class UserDraft:
    """`role` is the job title as the user writes it; `work_role` is what the program enforces."""

    display_name: str
    role: str = ""
    phone: str = ""
    work_role: str = WorkRole.PROFESSIONAL.value
    is_admin: bool = False


@dataclass(frozen=True)
class CaseLink:
    """Another case tied to this one; `relation` says what the other case is to this one."""

    case_id: int
    linked_case_id: int
    linked_title: str
    relation: LinkRelation
    source_entry_id: int | None
    created_at: datetime
    created_by: int


@dataclass(frozen=True)
class ContactDraft:
    role: str
    name: str
    organisation: str = ""
    phone: str = ""
    email: str = ""
    notes: str = ""


@dataclass(frozen=True)
class Contact:
    """One entry of the practice's sociale kaart; archived contacts stay for old references."""

    id: int
    role: ContactRole
    name: str
    organisation: str
    phone: str
    email: str
    notes: str
    archived: bool
    updated_at: datetime
    # Raised with every change; an edit names the version it was based on (schema 11).
    row_version: int = 1


@dataclass(frozen=True)
class Draft:
    """Unsaved form input, kept in the vault so an automatic lock loses nothing."""

    case_id: int | None
    form: str
    payload: dict[str, Any]
    saved_at: datetime
    # Raised with every save: a save based on an older version is refused (schema 11).
    row_version: int = 1
