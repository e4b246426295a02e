"""Figures for the annual overview (jaaroverzicht) a practice manager prints: counts only.

Every organisation keeps an overview per year of its adviesvragen and meldingen to Veilig
Thuis; an inspector asks for more than those two columns. The figures are counts read from the
dates and the closed lists of what was recorded (per month, per Veilig Thuis organisation, per
closing reason, form of violence and outcome of a weging), and one median of days. No title,
name or text of a case comes out of here: every figure is an int, a closed-list member or the
name of a Veilig Thuis organisation. Withdrawn entries do not count, and a corrected one counts
with its current values.

The same code reads the vault and the practice server: SQL filters only on what both keep in
the clear (the kind, the change, the day of the step `event_on`, the moment a weging was
recorded, a signal's day, a case's status and close code); the payloads of the steps so found
are opened here, through the session's sealer, and counted in Python.
"""

from __future__ import annotations

import json
import statistics
from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from app.domain.enums import (
    ADVICE_REQUEST_KINDS,
    CloseReason,
    DependantSafety,
    EntryKind,
    ViolenceForm,
)
from app.framework.terms import HelpDecision, ReportDecision
from app.store.backend import opened
from app.store.base import Session, parse_moment
from app.store.entries import entry_payload
from app.timeutil import to_iso

MONTHS = 12
_ADVICE_REQUEST_KINDS = frozenset(kind.value for kind in ADVICE_REQUEST_KINDS)

# The newest version of each active entry of some kinds. Only clear columns are filtered here
# (kind, change, the day of the step): on the practice server the payload is sealed, so it is
# opened on this side, one path for both stores.
_ACTIVE_OF_KINDS = (
    "SELECT e.id, e.case_id, e.created_by, v.recorded_at, v.id, v.payload"
    " FROM case_entries e JOIN case_entry_versions v ON v.entry_id = e.id"
    " WHERE e.kind IN ({marks}) AND v.change NOT IN ('withdrawn', 'lapsed'){days}{cases}"
    " AND v.version = (SELECT max(w.version) FROM case_entry_versions w"
    "  WHERE w.entry_id = e.id)"
    " ORDER BY e.id"
)


@dataclass(frozen=True)
class ActiveEntry:
    entry_id: int
    case_id: int
    created_by: int
    recorded_at: str | datetime
    payload: dict[str, Any]


def active_entries(
    session: Session,
    *kinds: EntryKind,
    first: date | None = None,
    last: date | None = None,
    recorded_from: datetime | None = None,
    recorded_before: datetime | None = None,
    case_ids: Collection[int] | None = None,
) -> list[ActiveEntry]:
    """The active entries of `kinds` as they stand now, their payloads opened; only those whose
    day (`event_on`, the entry's main date) lies from `first` to `last`, and those recorded
    from `recorded_from` until before `recorded_before`, and of the cases `case_ids`, where
    given."""
    marks = ", ".join("?" * len(kinds))
    params: list[object] = [kind.value for kind in kinds]
    days = ""
    for condition, bound in (
        ("v.event_on >= ?", first),
        ("v.event_on <= ?", last),
        ("v.recorded_at >= ?", recorded_from),
        ("v.recorded_at < ?", recorded_before),
    ):
        if bound is not None:
            days += f" AND {condition}"
            params.append(to_iso(bound) if isinstance(bound, datetime) else bound.isoformat())
    cases = ""
    if case_ids is not None:
        cases = f" AND e.case_id IN (SELECT ids.id FROM {session.db.dialect.id_table()} ids)"
        params.append(session.db.dialect.id_param(case_ids))
    sealer = session.sealer
    return [
        ActiveEntry(
            int(r[0]),
            int(r[1]),
            int(r[2]),
            r[3],
            json.loads(entry_payload(sealer, int(r[4]), r[5])),
        )
        for r in session.db.execute(
            _ACTIVE_OF_KINDS.format(marks=marks, days=days, cases=cases), params
        )
    ]


def year_span(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


def _of_year(session: Session, year: int, *kinds: EntryKind) -> list[ActiveEntry]:
    first, last = year_span(year)
    return active_entries(session, *kinds, first=first, last=last)


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

    def advice_requests_per_year(
        self, first: date | None = None, last: date | None = None
    ) -> dict[int, int]:
        """Requests for advice to Veilig Thuis (adviesvragen) per year of the consultation,
        from `first` to `last` where given.

        A consultation of Veilig Thuis or its vertrouwensarts counts, named or anonymous.
        """
        return _per_year(self._advice_requests(first, last))

    def advice_requests(self, year: int) -> int:
        return self.advice_requests_per_year(*year_span(year)).get(year, 0)

    def reports_per_year(
        self, first: date | None = None, last: date | None = None
    ) -> dict[int, int]:
        """Meldingen to Veilig Thuis per year of the melding, as registered in the cases."""
        return _per_year(self._reports(first, last))

    def years(self) -> list[int]:
        """Every year with an adviesvraag, a melding or a decision to report, oldest first."""
        months = self._advice_requests() + self._reports() + self._unregistered_decisions()
        return sorted({year for year, _month in months})

    def figures(self, year: int) -> YearFigures:
        span = year_span(year)
        advice, reports = Counter(self._advice_requests(*span)), Counter(self._reports(*span))
        unregistered = len(self._unregistered_decisions(*span))
        return YearFigures(
            year=year,
            advice_requests=tuple(advice[(year, m)] for m in range(1, MONTHS + 1)),
            reports=tuple(reports[(year, m)] for m in range(1, MONTHS + 1)),
            unregistered_report_decisions=unregistered,
        )

    def annual_figures(self, year: int) -> AnnualFigures:
        """The whole jaaroverzicht of `year`, with up to COMPARED_YEARS earlier years."""
        opened, closed = self._case_years()
        compared = (date(year - COMPARED_YEARS, 1, 1), date(year, 12, 31))
        advice, reports = self.advice_requests_per_year(*compared), self.reports_per_year(*compared)
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
        counts: Counter[str] = Counter()
        for entry in _of_year(self._s, year, EntryKind.REPORT):
            made_on = entry.payload.get("made_on")
            if made_on and int(made_on[:4]) == year:
                p = entry.payload
                counts[p.get("organisation") or p.get("region_id") or ""] += 1
        return tuple(sorted(counts.items(), key=lambda item: (-item[1], item[0])))

    def _violence_forms(self, year: int) -> tuple[tuple[ViolenceForm, int], ...]:
        # The day a signal was seen is clear on both stores; its form is sealed on the server.
        rows = self._s.db.execute(
            "SELECT s.case_id, v.id, v.observed_on, v.form FROM signals s"
            " JOIN signal_versions v ON v.signal_id = s.id"
            " WHERE v.observed_on >= ? AND v.observed_on <= ?"
            " AND v.version = (SELECT max(w.version) FROM signal_versions w"
            "  WHERE w.signal_id = s.id)",
            [day.isoformat() for day in year_span(year)],
        )
        sealer = self._s.sealer
        found = {
            (case_id, opened(sealer, "signal_versions", "form", int(version_id), form))
            for case_id, version_id, observed_on, form in rows
            if str(observed_on)[:4] == f"{year:04d}"
        }
        counts = Counter(form for _case, form in found)
        return tuple((form, counts[form.value]) for form in ViolenceForm)

    def _weighing_outcomes(self, year: int) -> tuple[tuple[WeighingOutcome, int], ...]:
        counts: Counter[WeighingOutcome] = Counter()
        # A weging counts in the year it was recorded, on this computer's calendar.
        start = datetime(year, 1, 1).astimezone()
        end = datetime(year + 1, 1, 1).astimezone()
        for entry in active_entries(
            self._s, EntryKind.ASSESSMENT, recorded_from=start, recorded_before=end
        ):
            outcome = entry.payload.get("outcome")
            if outcome is None or _local_year(entry.recorded_at) != year:
                continue
            report, help_ = outcome.get("report"), outcome.get("help")
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
        return sum(
            1
            for entry in _of_year(self._s, year, EntryKind.KINDCHECK)
            if str(entry.payload.get("checked_on") or "")[:4] == f"{year:04d}"
            and (not at_risk or entry.payload.get("safety") == DependantSafety.AT_STAKE.value)
        )

    def _days_to_decision(self, year: int) -> tuple[int, ...]:
        # The days signals were seen are clear on both stores; the decisions' days are opened.
        first_signal = {
            int(case_id): date.fromisoformat(str(day)[:10])
            for case_id, day in self._s.db.execute(
                "SELECT s.case_id, min(v.observed_on) FROM signals s"
                " JOIN signal_versions v ON v.signal_id = s.id"
                " WHERE v.version = (SELECT max(w.version) FROM signal_versions w"
                "  WHERE w.signal_id = s.id) GROUP BY s.case_id"
            )
        }
        first_decision: dict[int, str] = {}
        # A case's first decision: every decision up to the year's end is read.
        for entry in active_entries(self._s, EntryKind.DECISION, last=date(year, 12, 31)):
            decided = entry.payload.get("decided_on")
            if decided and (
                entry.case_id not in first_decision or decided < first_decision[entry.case_id]
            ):
                first_decision[entry.case_id] = decided
        days = (
            (date.fromisoformat(decided) - first_signal[case_id]).days
            for case_id, decided in first_decision.items()
            if decided[:4] == f"{year:04d}" and case_id in first_signal
        )
        # A signal dated after the decision (recorded later about earlier days) counts as 0.
        return tuple(sorted(max(0, d) for d in days))

    def _advice_requests(
        self, first: date | None = None, last: date | None = None
    ) -> list[tuple[int, int]]:
        return _months(
            entry.payload.get("held_on")
            for entry in active_entries(self._s, EntryKind.CONSULTATION, first=first, last=last)
            if entry.payload.get("consultee_kind") in _ADVICE_REQUEST_KINDS
        )

    def _reports(
        self, first: date | None = None, last: date | None = None
    ) -> list[tuple[int, int]]:
        return _months(
            entry.payload.get("made_on")
            for entry in active_entries(self._s, EntryKind.REPORT, first=first, last=last)
        )

    def _unregistered_decisions(
        self, first: date | None = None, last: date | None = None
    ) -> list[tuple[int, int]]:
        decisions = active_entries(self._s, EntryKind.DECISION, first=first, last=last)
        # Nothing ties a melding's day to its decision's, so every melding is read (a few a
        # year, where decisions and consultations are many).
        reported = {
            entry.payload.get("decision_id") for entry in active_entries(self._s, EntryKind.REPORT)
        }
        return _months(
            entry.payload.get("decided_on")
            for entry in decisions
            if entry.payload.get("report_to_vt") in (True, 1) and entry.entry_id not in reported
        )


def _months(days: Iterable[object]) -> list[tuple[int, int]]:
    """(year, month) of each day given, one pair per day; entries without one are left out."""
    return [(int(d[:4]), int(d[5:7])) for d in days if isinstance(d, str) and d]


def _local_year(stored: str | datetime) -> int:
    """The year of a stored UTC moment on this computer's calendar."""
    moment = parse_moment(stored)
    assert moment is not None
    return (moment.astimezone() if moment.tzinfo is not None else moment).year


def _per_year(months: list[tuple[int, int]]) -> dict[int, int]:
    return dict(sorted(Counter(year for year, _month in months).items()))
