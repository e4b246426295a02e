"""What a store needs from an unlocked vault, and conversions shared by the stores."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, datetime, time
from typing import Protocol

from app.domain.models import User
from app.errors import ChangedElsewhere, RecordNotFound
from app.store.backend import Dialect, Sealer, SearchIndex, StoreDatabase, check_name
from app.vault.access import AccessPolicy
from app.vault.audit import AuditLog


class Session(Protocol):
    """An unlocked vault or practice server as the stores see it: its connection, its log,
    who is working, how values that describe someone are kept, and the words cases are found
    by (`app.store.backend`)."""

    @property
    def db(self) -> StoreDatabase: ...

    @property
    def audit(self) -> AuditLog: ...

    @property
    def user(self) -> User: ...

    @property
    def access(self) -> AccessPolicy: ...

    @property
    def sealer(self) -> Sealer: ...

    @property
    def search_index(self) -> SearchIndex: ...


def parse_date(text: str | date | None) -> date | None:
    # The server hands back a `date` for a day column, the vault its ISO text.
    if isinstance(text, date):
        return text
    return date.fromisoformat(text) if text else None


def parse_time(text: str | None) -> time | None:
    return time.fromisoformat(text) if text else None


def parse_moment(text: str | datetime | None) -> datetime | None:
    # The server hands back a `datetime` (in UTC) for a moment, the vault its ISO text.
    if isinstance(text, datetime):
        return text
    return datetime.fromisoformat(text) if text else None


def touch_case(session: Session, case_id: int, at: str) -> None:
    session.db.execute("UPDATE cases SET updated_at = ? WHERE id = ?", (at, case_id))


def changed_in_place(session: Session, table: str, row_id: int, returned: list[object]) -> None:
    """After `UPDATE ... WHERE id = ? AND row_version = coalesce(?, row_version) RETURNING
    row_version`: nothing returned means the row is gone or moved on since it was read
    (`ChangedElsewhere`, and the caller's transaction writes nothing)."""
    if returned:
        return
    if session.db.scalar(f"SELECT 1 FROM {check_name(table)} WHERE id = ?", (row_id,)) is None:
        raise RecordNotFound()
    raise ChangedElsewhere()


def case_scope(
    dialect: Dialect, case_ids: Collection[int] | None, open_only: bool = False
) -> tuple[str, list[object]]:
    """A CTE `scope(id)` of the cases asked about, `case_ids` or every case when None; with
    `open_only`, the open ones among them."""
    if case_ids is not None:
        # The ids lead: else SQLite walks every open case by its status index.
        only_open = (
            f" {dialect.join_in_order()} cases c ON c.id = ids.id WHERE c.status = 'open'"
            if open_only
            else ""
        )
        return (
            f"scope(id) AS (SELECT ids.id FROM {dialect.id_table()} ids{only_open})",
            [dialect.id_param(case_ids)],
        )
    if open_only:
        return "scope(id) AS (SELECT id FROM cases WHERE status = 'open')", []
    return "scope(id) AS (SELECT id FROM cases)", []
