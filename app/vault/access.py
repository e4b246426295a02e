"""The access policy: the one place that says what the unlocked user may see and do.

Every store asks this object before it reads or changes a case's contents, and every list of
cases takes its SQL condition from here, so the rule is written once. A refusal raises
`AccessDenied` and is written in the audit log as `access_denied`, with the case it was about
(the log is how a practice sees who tried to read what).
"""

from __future__ import annotations

from typing import Protocol

from app.domain.models import User
from app.domain.roles import VISIBILITY_SETTING, CaseVisibility, WorkRole
from app.errors import AccessDenied, RecordNotFound
from app.store.backend import StoreDatabase
from app.vault.audit import AuditEvent, AuditLog


class _Vault(Protocol):
    @property
    def db(self) -> StoreDatabase: ...

    @property
    def audit(self) -> AuditLog: ...


class AccessPolicy:
    def __init__(self, vault: _Vault, user: User, *, recovered: bool) -> None:
        self._vault = vault
        self._user = user
        self.recovered = recovered

    @property
    def _db(self) -> StoreDatabase:
        return self._vault.db

    # -- the practice setting ------------------------------------------------------------

    @property
    def visibility(self) -> CaseVisibility:
        value = self._db.scalar(
            "SELECT value FROM meta WHERE key = ?", (f"setting.{VISIBILITY_SETTING}",)
        )
        try:
            return CaseVisibility(str(value))
        except ValueError:
            return CaseVisibility.OWN_AND_SHARED

    # -- what the user may do ------------------------------------------------------------

    @property
    def reads_cases(self) -> bool:
        return self._user.reads_cases

    def visible_cases(self, alias: str = "c", case_id: str = "id") -> tuple[str, list[object]]:
        """An SQL condition that holds for the visible cases, on the cases table (as `alias`)
        or on a kept table that copies its case's `opened_by` (its case's id in `case_id`)."""
        self.require_own_passphrase()
        if not self._user.reads_cases:
            return self._db.dialect.truth(False), []
        if self.visibility is CaseVisibility.ALL:
            return self._db.dialect.truth(True), []
        return (
            f"({alias}.opened_by = ? OR EXISTS (SELECT 1 FROM case_shares sh"
            f" WHERE sh.case_id = {alias}.{case_id} AND sh.user_id = ?))",
            [self._user.id, self._user.id],
        )

    def may_see(self, case_id: int) -> bool:
        condition, params = self.visible_cases("c")
        return bool(
            self._db.scalar(
                f"SELECT 1 FROM cases c WHERE c.id = ? AND {condition}", [case_id, *params]
            )
        )

    def require_case(self, case_id: int) -> None:
        """Refuse (and log) unless the user may read and change this case's contents."""
        self.require_own_passphrase()
        if not self._user.reads_cases:
            self._deny(AccessDenied.CASE_CONTENTS, case_id)
        if self.may_see(case_id):
            return
        if self._db.scalar("SELECT 1 FROM cases WHERE id = ?", (case_id,)) is None:
            raise RecordNotFound()
        self._deny(AccessDenied.CASE_NOT_VISIBLE, case_id)

    def require_case_work(self) -> None:
        """Refuse work on cases in general (a new case, drafts) to whoever may not read them."""
        self.require_own_passphrase()
        if not self._user.reads_cases:
            self._deny(AccessDenied.CASE_CONTENTS, None)

    def require_case_of(self, table: str, row_id: int) -> None:
        """`require_case` for a row of a case's table (an entry, a signal, a person)."""
        if table not in _CASE_TABLES:
            raise ValueError(table)
        case_id = self._db.scalar(f"SELECT case_id FROM {table} WHERE id = ?", (row_id,))
        if case_id is None:
            if not self._user.reads_cases:
                self._deny(AccessDenied.CASE_CONTENTS, None)
            raise RecordNotFound()
        self.require_case(int(case_id))

    def require_admin(self) -> None:
        self.require_own_passphrase()
        if not self._user.is_admin:
            self._deny(AccessDenied.ADMIN_ONLY, None)

    def require_record_check(self) -> None:
        """Checking the whole record (`verify` on the practice server) is for those who read
        the log: a beheerder and the practice manager, as the access log's reading."""
        self.require_own_passphrase()
        if not (self._user.is_admin or self._user.work_role is WorkRole.PRACTICE_MANAGER):
            self._deny(AccessDenied.CHECK_ONLY, None)

    def require_own_passphrase(self) -> None:
        """After a recovery unlock or with a first passphrase, only a new passphrase is allowed."""
        if self.recovered:
            raise AccessDenied(AccessDenied.RECOVERY_ONLY)
        if self._user.must_change_passphrase:
            raise AccessDenied(AccessDenied.PASSPHRASE_FIRST)

    def _deny(self, text: str, case_id: int | None) -> None:
        # Logged outside any transaction of the caller when possible: the refusal rolls a
        # surrounding transaction back, and the log of the attempt must survive it.
        if not self._db.in_transaction:
            self._vault.audit.append(
                AuditEvent.ACCESS_DENIED,
                user_id=self._user.id,
                case_id=case_id,
                object_type="case" if case_id is not None else None,
                object_id=case_id,
                detail=f"role={self._user.work_role.value}",
            )
        raise AccessDenied(text)

    def update_user(self, user: User) -> None:
        self._user = user


_CASE_TABLES = frozenset({"case_entries", "signals", "persons"})
