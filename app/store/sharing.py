"""Who sees which case: the practice's visibility setting and the cases shared with colleagues,
and the other settings the practice keeps with its cases (the vault's or the server's)."""

from __future__ import annotations

from app.domain.models import User
from app.domain.roles import VISIBILITY_SETTING, CaseVisibility
from app.errors import AccessDenied
from app.store.base import Session
from app.store.users import get_user, list_users
from app.timeutil import now_iso
from app.vault.audit import AuditEvent


class PracticeSettings:
    def __init__(self, session: Session) -> None:
        self._s = session

    def get(self, key: str, default: str = "") -> str:
        value = self._s.db.scalar("SELECT value FROM meta WHERE key = ?", (f"setting.{key}",))
        return default if value is None else str(value)

    def set(self, key: str, value: str) -> None:
        with self._s.db.transaction():
            self._s.db.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (f"setting.{key}", value),
            )
            self._s.audit.append(
                AuditEvent.UPDATE, user_id=self._s.user.id, detail=f"setting={key}"
            )

    @property
    def case_visibility(self) -> CaseVisibility:
        return self._s.access.visibility

    def set_case_visibility(self, visibility: CaseVisibility) -> None:
        self._s.access.require_admin()
        self.set(VISIBILITY_SETTING, CaseVisibility(visibility).value)


class CaseSharing:
    def __init__(self, session: Session) -> None:
        self._s = session

    def share(self, case_id: int, user_id: int) -> None:
        """Give a colleague (a hulpverlener or the aandachtsfunctionaris) access to a case."""
        self._s.access.require_case(case_id)
        with self._s.db.transaction():
            colleague = get_user(self._s.db, user_id, self._s.sealer)
            if not colleague.active or not colleague.reads_cases:
                raise AccessDenied(AccessDenied.CASE_CONTENTS)
            self._s.db.execute(
                "INSERT INTO case_shares (case_id, user_id, shared_at, shared_by)"
                " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                (case_id, user_id, now_iso(), self._s.user.id),
            )
            self._s.audit.append(
                AuditEvent.CASE_SHARED,
                user_id=self._s.user.id,
                case_id=case_id,
                object_type="user",
                object_id=user_id,
            )

    def unshare(self, case_id: int, user_id: int) -> None:
        self._s.access.require_case(case_id)
        with self._s.db.transaction():
            self._s.db.execute(
                "DELETE FROM case_shares WHERE case_id = ? AND user_id = ?", (case_id, user_id)
            )
            self._s.audit.append(
                AuditEvent.CASE_UNSHARED,
                user_id=self._s.user.id,
                case_id=case_id,
                object_type="user",
                object_id=user_id,
            )

    def shared_with(self, case_id: int) -> list[User]:
        self._s.access.require_case(case_id)
        ids = {
            int(r[0])
            for r in self._s.db.execute(
                "SELECT user_id FROM case_shares WHERE case_id = ?", (case_id,)
            )
        }
        return [user for user in list_users(self._s.db, self._s.sealer) if user.id in ids]
