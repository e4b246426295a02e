"""Vandaag: what needs attention when the program opens.

- checks that are due or overdue,
- cases stuck in a step for longer than the user's setting (`Settings.stuck_after_days`),
- reports to Veilig Thuis whose feedback has not been recorded yet,
- the VT radar: new worries after a report (report again) or while help runs.

Only open cases count. Each section is its first rows and each kind of attention its count, read
from what is kept on write (`case_state`, `case_agenda`; schema 8) through indexes that hold
every column a section reads, its case's title and who opened it included (schema 16), so a
section reads a few neighbouring index pages and no case's page. A count stops
past COUNT_CAP ("more than 100"), as many as a section lists: counting every stuck case of a large
practice made the overview grow with the vault, and beyond the rows listed the exact number tells
the user nothing the list does not.
"""

from __future__ import annotations

from collections.abc import Sized
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any, NamedTuple

from app.domain.enums import CasePhase, FollowUpAlert, FollowUpCheck, Step
from app.store.backend import opened
from app.store.base import Session, parse_date, parse_moment
from app.store.progress import StepProgress, state_moment
from app.timeutil import today

# Rows per section: more than a screen shows; the count says how many there are in all.
FIRST_ROWS = 100
# Counts go this far; beyond it an overview says "more than COUNT_CAP".
COUNT_CAP = 100
# Plain string keys: calling an enum by value costs more than the rest of a row.
_CHECKS = {check.value: check for check in FollowUpCheck}
_STEPS = {step.value: step for step in Step}
_ALERTS = {alert.value: alert for alert in FollowUpAlert}
# What a section reads of each kept table, in this order (the rows are read by position), its
# case's title last. Every row is an open case's: `case_agenda` holds open cases only, and in
# `case_state` the phase 'steps' and an alert are an open case's (`state_row`).
_COLUMNS = {
    "case_agenda x": "x.entry_id, x.case_id, x.kind, x.on_day, x.check_kind, x.description",
    "case_state x": "x.case_id, x.phase, x.current_step, x.current_since, x.alert",
}


class DueCheck(NamedTuple):
    case_id: int
    case_title: str
    entry_id: int
    check: FollowUpCheck
    due_on: date
    description: str
    days_overdue: int


class StuckCase(NamedTuple):
    case_id: int
    case_title: str
    step: Step
    since: datetime
    days: int


class AwaitingFeedback(NamedTuple):
    case_id: int
    case_title: str
    decision_id: int
    decided_on: date
    days_waiting: int


class RadarCase(NamedTuple):
    case_id: int
    case_title: str
    alert: FollowUpAlert


@dataclass(frozen=True)
class TodayOverview:
    """Each section: its first rows (at most FIRST_ROWS); `more` names the sections that have
    more rows than listed. `counts` holds, per kind of attention (COUNT_KINDS), how many there
    are in all, up to COUNT_CAP; COUNT_CAP + 1 stands for "more than COUNT_CAP"."""

    day: date
    due_checks: list[DueCheck]
    stuck_cases: list[StuckCase]
    awaiting_feedback: list[AwaitingFeedback]
    radar: list[RadarCase]
    counts: dict[str, int] = field(default_factory=dict)
    more: frozenset[str] = frozenset()

    @property
    def is_empty(self) -> bool:
        return not (self.due_checks or self.stuck_cases or self.awaiting_feedback or self.radar)

    def count(self, kind: str) -> int:
        """How many of a kind in all (COUNT_KINDS), at most COUNT_CAP + 1."""
        return self.counts.get(kind, 0)

    def beyond_cap(self, kind: str) -> bool:
        """Whether there are more of a kind than COUNT_CAP (the count then says no more)."""
        return self.count(kind) > COUNT_CAP

    def has_more(self, section: str) -> bool:
        """Whether a section ('due_checks', 'stuck_cases', ...) lists only its first rows."""
        return section in self.more


# The kinds of attention counted: checks overdue and due today, cases stuck in a step, reports
# awaiting feedback, and the two alerts of the VT radar.
CHECKS_OVERDUE = "checks_overdue"
CHECKS_TODAY = "checks_today"
STUCK_CASES = "stuck_cases"
AWAITING_FEEDBACK = "awaiting_feedback"
COUNT_KINDS = (
    CHECKS_OVERDUE,
    CHECKS_TODAY,
    STUCK_CASES,
    AWAITING_FEEDBACK,
    FollowUpAlert.REPORT_AGAIN.value,
    FollowUpAlert.RECONSIDER_REPORT.value,
)


def _date(text: str) -> date:
    day = parse_date(text)
    assert day is not None
    return day


class TodayStore:
    def __init__(self, session: Session, steps: StepProgress) -> None:
        self._s = session
        self._steps = steps

    def overview(
        self, stuck_after_days: int, day: date | None = None, first: int = FIRST_ROWS
    ) -> TodayOverview:
        day = day or today()
        due = self._due_checks(day, first)
        stuck = self._stuck_cases(stuck_after_days, day, first)
        awaiting = self._awaiting_feedback(day, first)
        radar = self._radar(first)
        on_day = day.isoformat()
        stuck_where, stuck_params = _stuck_condition(stuck_after_days, day)
        # How to count each kind in all, when the rows read do not tell (see `_counts`).
        counted: dict[str, tuple[str, str, list[object]]] = {
            CHECKS_OVERDUE: ("case_agenda x", "x.kind = 'check' AND x.on_day < ?", [on_day]),
            CHECKS_TODAY: ("case_agenda x", "x.kind = 'check' AND x.on_day = ?", [on_day]),
            STUCK_CASES: ("case_state x", stuck_where, stuck_params),
            AWAITING_FEEDBACK: ("case_agenda x", "x.kind = 'feedback'", []),
            **{
                alert.value: ("case_state x", "x.alert = ?", [alert.value])
                for alert in (FollowUpAlert.REPORT_AGAIN, FollowUpAlert.RECONSIDER_REPORT)
            },
        }
        counts = {
            **self._counts(
                [CHECKS_OVERDUE if c.days_overdue else CHECKS_TODAY for c in due],
                (CHECKS_OVERDUE, CHECKS_TODAY),
                first,
                counted,
            ),
            **self._counts([STUCK_CASES] * len(stuck), (STUCK_CASES,), first, counted),
            **self._counts(
                [AWAITING_FEEDBACK] * len(awaiting), (AWAITING_FEEDBACK,), first, counted
            ),
            **self._counts(
                [r.alert.value for r in radar],
                (FollowUpAlert.REPORT_AGAIN.value, FollowUpAlert.RECONSIDER_REPORT.value),
                first,
                counted,
            ),
        }
        sections: dict[str, Sized] = {
            "due_checks": due,
            "stuck_cases": stuck,
            "awaiting_feedback": awaiting,
            "radar": radar,
        }
        return TodayOverview(
            day=day,
            due_checks=due[:first],
            stuck_cases=stuck[:first],
            awaiting_feedback=awaiting[:first],
            radar=radar[:first],
            counts=counts,
            more=frozenset(name for name, rows in sections.items() if len(rows) > first),
        )

    def _counts(
        self,
        kinds_read: list[str],
        kinds: tuple[str, ...],
        first: int,
        counted: dict[str, tuple[str, str, list[object]]],
    ) -> dict[str, int]:
        """The count of each kind of a section whose rows come kind after kind (`kinds`, in
        the section's order), from the kinds of the rows read (`first` + 1 at most).

        A section read to its end counts itself; else the kinds before the one at the cut are
        complete too. The kind at the cut, and those after it, are counted in the vault (up to
        COUNT_CAP + 1), unless the rows read already hold more than COUNT_CAP of it. So a large
        vault's Vandaag asks a count only where the rows leave it open."""
        counts = {kind: min(kinds_read.count(kind), COUNT_CAP + 1) for kind in kinds}
        if len(kinds_read) <= first:
            return counts
        for kind in kinds[kinds.index(kinds_read[-1]) :]:
            if counts[kind] > COUNT_CAP:
                counts[kind] = COUNT_CAP + 1
            else:
                counts[kind] = self._count(*counted[kind])
        return counts

    def _count(self, source: str, where: str, params: list[object]) -> int:
        """How many rows, up to COUNT_CAP + 1: each kind is read through its index and stops
        there."""
        seen, seen_params = self._s.access.visible_cases("x", "case_id")
        return int(
            self._s.db.scalar(
                f"SELECT count(*) FROM (SELECT 1 FROM {source} WHERE {where} AND {seen} LIMIT ?)"
                " AS counted",
                [*params, *seen_params, COUNT_CAP + 1],
            )
        )

    def due_checks(self, day: date, first: int = FIRST_ROWS) -> list[DueCheck]:
        return self._due_checks(day, first)[:first]

    def awaiting_feedback(self, day: date, first: int = FIRST_ROWS) -> list[AwaitingFeedback]:
        return self._awaiting_feedback(day, first)[:first]

    def _section(
        self, source: str, where: str, params: list[object], order: str, first: int
    ) -> list[Any]:
        """The first rows of a section and one more (which tells there are more).

        The kept table's index gives the order and holds what is read, so the query stops
        after `first` + 1 rows instead of sorting every open case."""
        # The practice's rule of who sees which case, on the kept row's copy of its opener.
        seen, seen_params = self._s.access.visible_cases("x", "case_id")
        rows = self._s.db.execute(
            f"SELECT {_COLUMNS[source]}, x.case_id, x.title FROM {source}"
            f" WHERE {where} AND {seen} ORDER BY {order} LIMIT ?",
            [*params, *seen_params, first + 1],
        )
        # The title last, opened (the server keeps it sealed, as its case does).
        sealer = self._s.sealer
        return [(*r[:-2], opened(sealer, "cases", "title", int(r[-2]), r[-1])) for r in rows]

    def _due_checks(self, day: date, first: int) -> list[DueCheck]:
        rows = self._section(
            "case_agenda x",
            "x.kind = 'check' AND x.on_day <= ?",
            [day.isoformat()],
            "x.on_day, x.entry_id",
            first,
        )
        sealer = self._s.sealer
        return [
            DueCheck(
                int(r[1]),
                r[-1],
                int(r[0]),
                _CHECKS[r[4]],
                _date(r[3]),
                opened(sealer, "case_agenda", "description", int(r[0]), r[5]),
                (day - _date(r[3])).days,
            )
            for r in rows
        ]

    def _awaiting_feedback(self, day: date, first: int) -> list[AwaitingFeedback]:
        """Reports (decisions to report) of open cases with no VT feedback recorded yet."""
        rows = self._section(
            "case_agenda x", "x.kind = 'feedback'", [], "x.on_day, x.entry_id", first
        )
        return [
            AwaitingFeedback(int(r[1]), r[-1], int(r[0]), _date(r[3]), (day - _date(r[3])).days)
            for r in rows
        ]

    def _stuck_cases(self, stuck_after_days: int, day: date, first: int) -> list[StuckCase]:
        """Cases in a step for more than `stuck_after_days` days, the longest first."""
        where, params = _stuck_condition(stuck_after_days, day)
        rows = self._section("case_state x", where, params, "x.current_since, x.case_id", first)
        stuck = []
        for r in rows:
            since = parse_moment(r[3])
            assert since is not None
            stuck.append(
                StuckCase(
                    int(r[0]),
                    r[-1],
                    _STEPS[r[2]],
                    since,
                    (day - since.astimezone().date()).days,
                )
            )
        return stuck

    def _radar(self, first: int) -> list[RadarCase]:
        """Open cases on the VT radar: 'report again' before 'reconsider the report'
        ('report_again' sorts after 'reconsider_report'), the newest cases first; the order of
        the partial index on alerts, read backwards."""
        rows = self._section(
            "case_state x", "x.alert IS NOT NULL", [], "x.alert DESC, x.case_id DESC", first
        )
        return [RadarCase(int(r[0]), r[-1], _ALERTS[r[4]]) for r in rows]


def _stuck_condition(stuck_after_days: int, day: date) -> tuple[str, list[object]]:
    """In a step for more than N days: since before the start of the day N days ago."""
    cutoff = datetime.combine(day - timedelta(days=stuck_after_days), time.min).astimezone()
    return "x.phase = ? AND x.current_since < ?", [CasePhase.STEPS.value, state_moment(cutoff)]
