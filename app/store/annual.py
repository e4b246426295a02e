"""Figures for the annual overview (jaaroverzicht) a practice manager prints: counts only.

Every organisation keeps an overview per year of its adviesvragen and meldingen to Veilig
Thuis. The figures are counts per month, read from the dates of what was recorded; no title,
name or text of a case comes out of here. Withdrawn entries do not count, and a corrected one
counts in the month of its current date.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass

from app.domain.enums import ADVICE_REQUEST_KINDS, EntryKind
from app.store.base import Session

MONTHS = 12
_ADVICE_REQUEST_KINDS = json.dumps(sorted(kind.value for kind in ADVICE_REQUEST_KINDS))


@dataclass(frozen=True)
class YearFigures:
    """One year: counts per month, January first."""

    year: int
    advice_requests: tuple[int, ...]
    reports: tuple[int, ...]
    # Decisions to report, taken this year, with no melding registered for them: the printout
    # says so, rather than count a melding nobody registered or silently leave it out.
    unregistered_report_decisions: int = 0

    def __post_init__(self) -> None:
        for counts in (self.advice_requests, self.reports):
            if len(counts) != MONTHS or any(count < 0 for count in counts):
                raise ValueError("twelve counts of zero or more")
        if self.unregistered_report_decisions < 0:
            raise ValueError("a count of zero or more")

    @property
    def advice_request_total(self) -> int:
        return sum(self.advice_requests)

    @property
    def report_total(self) -> int:
        return sum(self.reports)


class AnnualOverview:
    def __init__(self, session: Session) -> None:
        self._s = session

    def advice_requests_per_year(self) -> dict[int, int]:
        """Requests for advice to Veilig Thuis (adviesvragen) per year of the consultation.

        A consultation of Veilig Thuis or its vertrouwensarts counts, named or anonymous.
        """
        return _per_year(self._advice_requests())

    def advice_requests(self, year: int) -> int:
        return self.advice_requests_per_year().get(year, 0)

    def reports_per_year(self) -> dict[int, int]:
        """Meldingen to Veilig Thuis per year of the melding, as registered in the cases."""
        return _per_year(self._reports())

    def years(self) -> list[int]:
        """Every year with an adviesvraag, a melding or a decision to report, oldest first."""
        months = self._advice_requests() + self._reports() + self._unregistered_decisions()
        return sorted({year for year, _month in months})

    def figures(self, year: int) -> YearFigures:
        advice, reports = Counter(self._advice_requests()), Counter(self._reports())
        unregistered = sum(1 for y, _month in self._unregistered_decisions() if y == year)
        return YearFigures(
            year=year,
            advice_requests=tuple(advice[(year, m)] for m in range(1, MONTHS + 1)),
            reports=tuple(reports[(year, m)] for m in range(1, MONTHS + 1)),
            unregistered_report_decisions=unregistered,
        )

    def _advice_requests(self) -> list[tuple[int, int]]:
        return self._months(
            "$.held_on",
            "kind = ? AND json_extract(payload, '$.consultee_kind')"
            " IN (SELECT value FROM json_each(?))",
            [EntryKind.CONSULTATION.value, _ADVICE_REQUEST_KINDS],
        )

    def _reports(self) -> list[tuple[int, int]]:
        return self._months("$.made_on", "kind = ?", [EntryKind.REPORT.value])

    def _unregistered_decisions(self) -> list[tuple[int, int]]:
        return self._months(
            "$.decided_on",
            "kind = ? AND json_extract(payload, '$.report_to_vt') = 1"
            " AND NOT EXISTS (SELECT 1 FROM current_entries r WHERE r.kind = ? AND r.active"
            "  AND json_extract(r.payload, '$.decision_id') = current_entries.entry_id)",
            [EntryKind.DECISION.value, EntryKind.REPORT.value],
        )

    def _months(self, date_path: str, where: str, params: list[object]) -> list[tuple[int, int]]:
        """(year, month) of each active entry matching `where`, one pair per entry."""
        rows = self._s.db.execute(
            f"SELECT json_extract(payload, '{date_path}') FROM current_entries"
            f" WHERE active AND {where}",
            params,
        )
        return [(int(r[0][:4]), int(r[0][5:7])) for r in rows if r[0]]


def _per_year(months: list[tuple[int, int]]) -> dict[int, int]:
    return dict(sorted(Counter(year for year, _month in months).items()))
