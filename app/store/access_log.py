"""The access log as the practice reads it (NEN 7513): filtered, sorted and paged in SQL.

The same on the practice server: the filters read only what the server keeps in the clear
(ids, moments, kinds); names and details are opened here.

Who did what, when, with which case and on whose behalf; the rows hold codes and numbers only,
never a case's contents, so the practice manager may read them. Reading the log is itself
logged (once per opening, and each export).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from app.domain.roles import WorkRole
from app.domain.validation import FieldErrors, msg
from app.errors import AccessDenied
from app.i18n import QT_TRANSLATE_NOOP
from app.store.backend import opened
from app.store.base import Session
from app.timeutil import from_iso, to_iso
from app.vault.audit import AuditEvent

PAGE_SIZE = 200


@dataclass(frozen=True)
class LogFilter:
    case_id: int | None = None
    user_id: int | None = None
    date_from: date | None = None
    date_to: date | None = None
    event: str | None = None
    newest_first: bool = True


@dataclass(frozen=True)
class LogRow:
    seq: int
    at: datetime
    event: str
    user_id: int | None
    user_name: str
    work_role: WorkRole | None
    case_id: int | None
    on_behalf_of: int | None
    on_behalf_of_name: str
    object_type: str | None
    object_id: int | None
    detail: str
    object_name: str = ""  # the colleague an event was about (added, switched off, shared with)

    @property
    def event_label(self) -> str:
        try:
            return AuditEvent(self.event).label
        except ValueError:
            return self.event


def validate_filter(log_filter: LogFilter) -> None:
    errors = FieldErrors()
    if log_filter.date_from and log_filter.date_to and log_filter.date_from > log_filter.date_to:
        errors.add(
            "date_to",
            msg(QT_TRANSLATE_NOOP("validation", "De einddatum ligt vóór de begindatum.")),
        )
    if log_filter.event is not None and log_filter.event not in {e.value for e in AuditEvent}:
        errors.add("event", msg(QT_TRANSLATE_NOOP("validation", "Kies een soort gebeurtenis.")))
    errors.raise_if_any()


def _start_of(day: date) -> str:
    return to_iso(datetime.combine(day, time.min).astimezone())


class AccessLogStore:
    def __init__(self, session: Session) -> None:
        self._s = session

    def _require(self) -> None:
        """The practice manager and a beheerder read the log; others see their case's history."""
        self._s.access.require_own_passphrase()
        user = self._s.user
        if not (user.is_admin or user.work_role is WorkRole.PRACTICE_MANAGER):
            self._s.audit.append(
                AuditEvent.ACCESS_DENIED, user_id=user.id, object_type="access_log"
            )
            raise AccessDenied(AccessDenied.LOG_ONLY)

    def _where(self, log_filter: LogFilter) -> tuple[str, list[object]]:
        validate_filter(log_filter)
        clauses: list[str] = []
        params: list[object] = []
        if log_filter.case_id is not None:
            clauses.append("a.case_id = ?")
            params.append(log_filter.case_id)
        if log_filter.user_id is not None:
            clauses.append("a.user_id = ?")
            params.append(log_filter.user_id)
        if log_filter.date_from is not None:
            clauses.append("a.at >= ?")
            params.append(_start_of(log_filter.date_from))
        if log_filter.date_to is not None:
            clauses.append("a.at < ?")
            params.append(_start_of(log_filter.date_to + timedelta(days=1)))
        if log_filter.event is not None:
            clauses.append("a.event = ?")
            params.append(log_filter.event)
        return (f" WHERE {' AND '.join(clauses)}" if clauses else ""), params

    def opened(self) -> None:
        """Write that the log was looked at (once per opening of the window)."""
        self._require()
        self._s.audit.append(AuditEvent.LOG_VIEWED, user_id=self._s.user.id)

    def count(self, log_filter: LogFilter) -> int:
        self._require()
        where, params = self._where(log_filter)
        return int(self._s.db.scalar(f"SELECT count(*) FROM audit_log a{where}", params) or 0)

    def page(self, log_filter: LogFilter, offset: int = 0, limit: int = PAGE_SIZE) -> list[LogRow]:
        self._require()
        where, params = self._where(log_filter)
        order = "DESC" if log_filter.newest_first else "ASC"
        rows = self._s.db.execute(
            "SELECT a.seq, a.at, a.event, a.user_id, u.display_name, u.work_role, a.case_id,"
            " a.on_behalf_of, b.display_name, a.object_type, a.object_id, a.detail,"
            " (SELECT o.display_name FROM users o WHERE a.object_type = 'user'"
            "  AND o.id = a.object_id)"
            " FROM audit_log a LEFT JOIN users u ON u.id = a.user_id"
            f" LEFT JOIN users b ON b.id = a.on_behalf_of{where}"
            f" ORDER BY a.seq {order} LIMIT ? OFFSET ?",
            [*params, max(0, int(limit)), max(0, int(offset))],
        )
        audit, sealer = self._s.audit, self._s.sealer

        def name(user_id: object, stored: object) -> str:
            # Names are sealed on the practice server, bound to the user's row.
            if user_id is None or stored is None:
                return ""
            return opened(sealer, "users", "display_name", int(str(user_id)), stored)

        return [
            LogRow(
                seq=int(r[0]),
                at=r[1] if isinstance(r[1], datetime) else from_iso(r[1]),
                event=str(r[2]),
                user_id=r[3],
                user_name=name(r[3], r[4]),
                work_role=None if r[5] is None else WorkRole(r[5]),
                case_id=r[6],
                on_behalf_of=r[7],
                on_behalf_of_name=name(r[7], r[8]),
                object_type=r[9],
                object_id=r[10],
                detail=audit.detail_of(int(r[0]), r[11]),
                object_name=name(r[10], r[12]),
            )
            for r in rows
        ]

    def all_rows(self, log_filter: LogFilter, batch: int = 5000) -> list[LogRow]:
        rows: list[LogRow] = []
        while True:
            found = self.page(log_filter, len(rows), batch)
            rows.extend(found)
            if len(found) < batch:
                return rows

    def log_export(self, log_filter: LogFilter, kind: str, count: int) -> None:
        self._s.audit.append(
            AuditEvent.EXPORT,
            user_id=self._s.user.id,
            case_id=log_filter.case_id,
            object_type="access_log",
            detail=f"format={kind};rows={count}",
        )
