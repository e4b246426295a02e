"""Cases (casussen): a pseudonymous title, a status, when opened and closed."""

from __future__ import annotations

from typing import Any

from app.domain.enums import CaseStatus
from app.domain.models import Case, CaseDraft, CaseSummary
from app.domain.validation import FieldErrors, required_text, validate_case
from app.errors import RecordNotFound
from app.i18n import QT_TRANSLATE_NOOP
from app.store.base import Session, like_pattern, parse_moment
from app.timeutil import now_iso
from app.vault.audit import AuditEvent

_COLUMNS = "id, title, status, opened_at, opened_by, updated_at, closed_at, closed_by, close_reason"


def _case(row: Any) -> Case:
    opened, updated = parse_moment(row[3]), parse_moment(row[5])
    assert opened is not None and updated is not None
    return Case(
        id=int(row[0]),
        title=str(row[1]),
        status=CaseStatus(row[2]),
        opened_at=opened,
        opened_by=int(row[4]),
        updated_at=updated,
        closed_at=parse_moment(row[6]),
        closed_by=row[7],
        close_reason=row[8],
    )


class CaseStore:
    def __init__(self, session: Session) -> None:
        self._s = session

    def create(self, draft: CaseDraft) -> Case:
        clean = validate_case(draft)
        at = now_iso()
        with self._s.db.transaction():
            case_id = self._s.db.insert(
                "INSERT INTO cases (title, status, opened_at, opened_by, updated_at)"
                " VALUES (?, 'open', ?, ?, ?)",
                (clean.title, at, self._s.user.id, at),
            )
            self._s.audit.append(
                AuditEvent.CREATE,
                user_id=self._s.user.id,
                case_id=case_id,
                object_type="case",
                object_id=case_id,
            )
        return self.get(case_id)

    def get(self, case_id: int) -> Case:
        row = self._s.db.one(f"SELECT {_COLUMNS} FROM cases WHERE id = ?", (case_id,))
        if row is None:
            raise RecordNotFound()
        return _case(row)

    def open(self, case_id: int) -> Case:
        """The case, with its opening written in the audit log (who looked at which case)."""
        case = self.get(case_id)
        self._s.audit.append(
            AuditEvent.OPEN,
            user_id=self._s.user.id,
            case_id=case_id,
            object_type="case",
            object_id=case_id,
        )
        return case

    def rename(self, case_id: int, draft: CaseDraft) -> Case:
        clean = validate_case(draft)
        at = now_iso()
        with self._s.db.transaction():
            self.get(case_id)
            self._s.db.execute(
                "UPDATE cases SET title = ?, updated_at = ? WHERE id = ?",
                (clean.title, at, case_id),
            )
            self._s.audit.append(
                AuditEvent.UPDATE,
                user_id=self._s.user.id,
                case_id=case_id,
                object_type="case",
                object_id=case_id,
                detail="title",
            )
        return self.get(case_id)

    def close(self, case_id: int, reason: str) -> Case:
        errors = FieldErrors()
        cleaned = required_text(
            errors,
            "close_reason",
            reason,
            QT_TRANSLATE_NOOP("validation", "Geef aan waarom de casus wordt gesloten."),
            2000,
        )
        errors.raise_if_any()
        at = now_iso()
        with self._s.db.transaction():
            case = self.get(case_id)
            if case.status is CaseStatus.CLOSED:
                return case
            self._s.db.execute(
                "UPDATE cases SET status = 'closed', closed_at = ?, closed_by = ?,"
                " close_reason = ?, updated_at = ? WHERE id = ?",
                (at, self._s.user.id, cleaned, at, case_id),
            )
            self._s.audit.append(
                AuditEvent.CLOSE,
                user_id=self._s.user.id,
                case_id=case_id,
                object_type="case",
                object_id=case_id,
            )
        return self.get(case_id)

    def reopen(self, case_id: int) -> Case:
        at = now_iso()
        with self._s.db.transaction():
            self.get(case_id)
            self._s.db.execute(
                "UPDATE cases SET status = 'open', closed_at = NULL, closed_by = NULL,"
                " close_reason = NULL, updated_at = ? WHERE id = ?",
                (at, case_id),
            )
            self._s.audit.append(
                AuditEvent.REOPEN,
                user_id=self._s.user.id,
                case_id=case_id,
                object_type="case",
                object_id=case_id,
            )
        return self.get(case_id)

    def summaries(self, search: str = "", status: CaseStatus | None = None) -> list[CaseSummary]:
        """The case list: newest activity first, filtered on title or a person's name."""
        clauses, params = [], []
        needle = search.strip()
        if needle:
            clauses.append(
                "(c.title LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM persons p"
                " WHERE p.case_id = c.id AND p.name LIKE ? ESCAPE '\\'))"
            )
            params += [like_pattern(needle)] * 2
        if status is not None:
            clauses.append("c.status = ?")
            params.append(status.value)
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        rows = self._s.db.execute(
            "SELECT c.id, c.title, c.status, c.opened_at, c.updated_at,"
            " (SELECT count(*) FROM signals s WHERE s.case_id = c.id),"
            " (SELECT count(*) FROM persons p WHERE p.case_id = c.id)"
            f" FROM cases c {where} ORDER BY c.updated_at DESC, c.id DESC",
            params,
        )
        summaries = []
        for r in rows:
            opened, updated = parse_moment(r[3]), parse_moment(r[4])
            assert opened is not None and updated is not None
            summaries.append(
                CaseSummary(int(r[0]), str(r[1]), CaseStatus(r[2]), opened, updated, r[5], r[6])
            )
        return summaries
