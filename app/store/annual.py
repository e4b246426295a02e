"""Figures for the annual overview (jaaroverzicht) a practice manager prints: counts only.

Every organisation keeps an overview per year of its adviesvragen and meldingen to Veilig
Thuis; an inspector asks for more than those two columns. The figures are counts read from the
dates and the closed lists of what was recorded (per month, per Veilig Thuis organisation, per
closing reason, form of violence and outcome of a weging), and one median of days. No title,
name or text of a case comes out of here: every figure is an int, a closed-list member or the
name of a Veilig Thuis organisation. Withdrawn entries do not count, and a corrected one counts
with its current values.
"""

from __future__ import annotations

import json
import statistics
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from app.domain.enums import (
    ADVICE_REQUEST_KINDS,
    CloseReason,
    DependantSafety,
    EntryKind,
    ViolenceForm,
)
from app.framework.terms import HelpDecision, ReportDecision
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


class WeighingOutcome(StrEnum):
    """What a completed weging came to: its two decisions taken together."""

    REPORT = "report"
    HELP = "help"
    BOTH = "both"
    NEITHER = "neither"


@dataclass(frozen=True)
class YearTotals:
    """One year in the comparison with earlier years."""

    year: int
    advice_requests: int
    reports: int
    cases_opened: int
    cases_closed: int


@dataclass(frozen=True)
class AnnualFigures:
    """Everything the jaaroverzicht of one year shows; counts of zero are kept, not dropped."""

    months: YearFigures
    # Meldingen per Veilig Thuis organisation, by its name on the day of the melding.
    reports_per_organisation: tuple[tuple[str, int], ...]
    cases_opened: int
    cases_closed: int
    close_reasons: tuple[tuple[CloseReason, int], ...]
    # Cases with at least one signal of the form observed this year (a case may count twice).
    violence_forms: tuple[tuple[ViolenceForm, int], ...]
    weighing_outcomes: tuple[tuple[WeighingOutcome, int], ...]
    kindchecks: int
    kindchecks_at_risk: int  # kindchecks that found the children (or dependants) at stake
    # Days from a case's first signal to its first decision, for first decisions this year.
    days_to_decision: tuple[int, ...]
    earlier_years: tuple[YearTotals, ...]  # this year last, up to COMPARED_YEARS before it

    @property
    def year(self) -> int:
        return self.months.year

    @property
    def median_days_to_decision(self) -> float | None:
        return statistics.median(self.days_to_decision) if self.days_to_decision else None

    def numbers(self) -> Iterable[int]:
        """Every count in the figures (for the check that nothing else went into a document)."""
        yield from self.months.advice_requests
        yield from self.months.reports
        yield self.months.unregistered_report_decisions
        for _name, count in self.reports_per_organisation:
            yield count
        yield from (self.cases_opened, self.cases_closed, self.kindchecks, self.kindchecks_at_risk)
        for pairs in (self.close_reasons, self.violence_forms, self.weighing_outcomes):
            for _member, count in pairs:
                yield count
        yield from self.days_to_decision


COMPARED_YEARS = 4


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

    def annual_figures(self, year: int) -> AnnualFigures:
        """The whole jaaroverzicht of `year`, with up to COMPARED_YEARS earlier years."""
        opened, closed = self._case_years()
        advice, reports = self.advice_requests_per_year(), self.reports_per_year()
        known = sorted({*advice, *reports, *opened.values(), *closed.values(), year})
        earlier = tuple(
            YearTotals(
                y,
                advice.get(y, 0),
                reports.get(y, 0),
                sum(1 for v in opened.values() if v == y),
                sum(1 for v in closed.values() if v == y),
            )
            for y in known
            if year - COMPARED_YEARS <= y <= year
        )
        return AnnualFigures(
            months=self.figures(year),
            reports_per_organisation=self._reports_per_organisation(year),
            cases_opened=sum(1 for v in opened.values() if v == year),
            cases_closed=sum(1 for v in closed.values() if v == year),
            close_reasons=self._close_reasons(year),
            violence_forms=self._violence_forms(year),
            weighing_outcomes=self._weighing_outcomes(year),
            kindchecks=self._kindchecks(year, at_risk=False),
            kindchecks_at_risk=self._kindchecks(year, at_risk=True),
            days_to_decision=self._days_to_decision(year),
            earlier_years=earlier,
        )

    def _case_years(self) -> tuple[dict[int, int], dict[int, int]]:
        """The local year each case was opened, and closed (closed cases only)."""
        opened: dict[int, int] = {}
        closed: dict[int, int] = {}
        for case_id, opened_at, closed_at in self._s.db.execute(
            "SELECT id, opened_at, closed_at FROM cases"
        ):
            opened[case_id] = _local_year(opened_at)
            if closed_at:
                closed[case_id] = _local_year(closed_at)
        return opened, closed

    def _close_reasons(self, year: int) -> tuple[tuple[CloseReason, int], ...]:
        counts: Counter[str] = Counter()
        for closed_at, code in self._s.db.execute(
            "SELECT closed_at, close_code FROM cases WHERE status = 'closed'"
        ):
            if closed_at and _local_year(closed_at) == year:
                counts[code or CloseReason.OTHER.value] += 1
        return tuple((reason, counts[reason.value]) for reason in CloseReason)

    def _reports_per_organisation(self, year: int) -> tuple[tuple[str, int], ...]:
        rows = self._s.db.execute(
            "SELECT json_extract(payload, '$.organisation'), json_extract(payload, '$.region_id'),"
            " json_extract(payload, '$.made_on') FROM current_entries WHERE active AND kind = ?",
            [EntryKind.REPORT.value],
        )
        counts: Counter[str] = Counter()
        for organisation, region_id, made_on in rows:
            if made_on and int(made_on[:4]) == year:
                counts[organisation or region_id or ""] += 1
        return tuple(sorted(counts.items(), key=lambda item: (-item[1], item[0])))

    def _violence_forms(self, year: int) -> tuple[tuple[ViolenceForm, int], ...]:
        rows = self._s.db.execute(
            "SELECT DISTINCT s.case_id, v.form FROM signals s"
            " JOIN signal_versions v ON v.signal_id = s.id"
            " WHERE v.version = (SELECT max(w.version) FROM signal_versions w"
            "  WHERE w.signal_id = s.id) AND substr(v.observed_on, 1, 4) = ?",
            [f"{year:04d}"],
        )
        counts = Counter(form for _case, form in rows)
        return tuple((form, counts[form.value]) for form in ViolenceForm)

    def _weighing_outcomes(self, year: int) -> tuple[tuple[WeighingOutcome, int], ...]:
        rows = self._s.db.execute(
            "SELECT recorded_at, json_extract(payload, '$.outcome.report'),"
            " json_extract(payload, '$.outcome.help') FROM current_entries"
            " WHERE active AND kind = ? AND json_extract(payload, '$.outcome') IS NOT NULL",
            [EntryKind.ASSESSMENT.value],
        )
        counts: Counter[WeighingOutcome] = Counter()
        for recorded_at, report, help_ in rows:
            if _local_year(recorded_at) != year:
                continue
            reports = report is not None and report != ReportDecision.NO.value
            helps = help_ == HelpDecision.YES.value
            counts[
                WeighingOutcome.BOTH
                if reports and helps
                else WeighingOutcome.REPORT
                if reports
                else WeighingOutcome.HELP
                if helps
                else WeighingOutcome.NEITHER
            ] += 1
        return tuple((outcome, counts[outcome]) for outcome in WeighingOutcome)

    def _kindchecks(self, year: int, *, at_risk: bool) -> int:
        where = "kind = ? AND substr(json_extract(payload, '$.checked_on'), 1, 4) = ?"
        params: list[object] = [EntryKind.KINDCHECK.value, f"{year:04d}"]
        if at_risk:
            where += " AND json_extract(payload, '$.safety') = ?"
            params.append(DependantSafety.AT_STAKE.value)
        return int(
            self._s.db.scalar(
                f"SELECT count(*) FROM current_entries WHERE active AND {where}", params
            )
        )

    def _days_to_decision(self, year: int) -> tuple[int, ...]:
        rows = self._s.db.execute(
            "WITH first_signal(case_id, day) AS ("
            "  SELECT s.case_id, min(v.observed_on) FROM signals s"
            "  JOIN signal_versions v ON v.signal_id = s.id"
            "  WHERE v.version = (SELECT max(w.version) FROM signal_versions w"
            "   WHERE w.signal_id = s.id) GROUP BY s.case_id),"
            " first_decision(case_id, day) AS ("
            "  SELECT case_id, min(json_extract(payload, '$.decided_on')) FROM current_entries"
            "  WHERE active AND kind = ? AND json_extract(payload, '$.decided_on') IS NOT NULL"
            "  GROUP BY case_id)"
            " SELECT f.day, d.day FROM first_decision d JOIN first_signal f USING (case_id)"
            " WHERE substr(d.day, 1, 4) = ?",
            [EntryKind.DECISION.value, f"{year:04d}"],
        )
        days = (
            (date.fromisoformat(decided) - date.fromisoformat(first)).days
            for first, decided in rows
        )
        # A signal dated after the decision (recorded later about earlier days) counts as 0.
        return tuple(sorted(max(0, d) for d in days))

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


def _local_year(stored: str) -> int:
    """The year of a stored UTC moment on this computer's calendar."""
    moment = datetime.fromisoformat(stored)
    return (moment.astimezone() if moment.tzinfo is not None else moment).year


def _per_year(months: list[tuple[int, int]]) -> dict[int, int]:
    return dict(sorted(Counter(year for year, _month in months).items()))
