"""Figures for the annual overview (jaaroverzicht): counts only, never case content."""

from __future__ import annotations

import json

from app.domain.enums import ADVICE_REQUEST_KINDS, EntryKind
from app.store.base import Session


class AnnualOverview:
    def __init__(self, session: Session) -> None:
        self._s = session

    def advice_requests_per_year(self) -> dict[int, int]:
        """Requests for advice to Veilig Thuis (adviesvragen) per year of the consultation.

        A consultation of Veilig Thuis or its vertrouwensarts counts, named or anonymous;
        withdrawn entries do not.
        """
        kinds = sorted(kind.value for kind in ADVICE_REQUEST_KINDS)
        rows = self._s.db.execute(
            "SELECT CAST(substr(json_extract(payload, '$.held_on'), 1, 4) AS INTEGER), count(*)"
            " FROM current_entries WHERE kind = ? AND active"
            " AND json_extract(payload, '$.consultee_kind') IN (SELECT value FROM json_each(?))"
            " GROUP BY 1 ORDER BY 1",
            (EntryKind.CONSULTATION.value, json.dumps(kinds)),
        )
        return {int(r[0]): int(r[1]) for r in rows}

    def advice_requests(self, year: int) -> int:
        return self.advice_requests_per_year().get(year, 0)
