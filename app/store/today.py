"""Vandaag: what needs attention when the program opens.

- checks that are due or overdue,
- cases stuck in a step for longer than the user's setting (`Settings.stuck_after_days`),
- reports to Veilig Thuis whose feedback has not been recorded yet,
- the VT radar: new worries after a report (report again) or while help runs.

Only open cases count. Each section is its count and its first rows, read from what is kept
on write (`case_state`, `case_agenda`; schema 8) through indexes, so the overview costs the
same with a thousand cases as with a hundred thousand.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from app.domain.enums import CasePhase, FollowUpAlert, FollowUpCheck, Step
from app.store.base import Session, parse_date
from app.store.progress import StepProgress, state_moment
from app.timeutil import today

# Rows per section: more than a screen shows; the count says how many there are in all.
FIRST_ROWS = 100
# The cases Vandaag is about. One place, so a further condition (who may see a case) joins here.
OPEN_CASE = "c.status = 'open'"


@dataclass(frozen=True)
class DueCheck:
    case_id: int
    case_title: str
    entry_id: int
    check: FollowUpCheck
    due_on: date
    description: str
    days_overdue: int


@dataclass(frozen=True)
class StuckCase:
    case_id: int
    case_title: str
    step: Step
    since: datetime
    days: int


@dataclass(frozen=True)
class AwaitingFeedback:
    case_id: int
    case_title: str
    decision_id: int
    decided_on: date
    days_waiting: int


@dataclass(frozen=True)
class RadarCase:
    case_id: int
    case_title: str
    alert: FollowUpAlert


@dataclass(frozen=True)
class TodayOverview:
    """Each section: its first rows (at most FIRST_ROWS) and, in `counts`, how many in all."""

    day: date
    due_checks: list[DueCheck]
    stuck_cases: list[StuckCase]
    awaiting_feedback: list[AwaitingFeedback]
    radar: list[RadarCase]
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def is_empty(self) -> bool:
        return not (self.due_checks or self.stuck_cases or self.awaiting_feedback or self.radar)

    def count(self, section: str) -> int:
        """How many in all in a section ('due_checks', 'stuck_cases', ...)."""
        return self.counts.get(section, len(getattr(self, section)))


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
        due, due_count = self._due_checks(day, first)
        stuck, stuck_count = self._stuck_cases(stuck_after_days, day, first)
        awaiting, awaiting_count = self._awaiting_feedback(day, first)
        radar, radar_count = self._radar(first)
        return TodayOverview(
            day=day,
            due_checks=due,
            stuck_cases=stuck,
            awaiting_feedback=awaiting,
            radar=radar,
            counts={
                "due_checks": due_count,
                "stuck_cases": stuck_count,
                "awaiting_feedback": awaiting_count,
                "radar": radar_count,
                # The kinds a section mixes, for a summary of all (not only the first rows).
                "checks_overdue": self._count(
                    "case_agenda x", "x.kind = 'check' AND x.on_day < ?", [day.isoformat()]
                ),
                FollowUpAlert.REPORT_AGAIN.value: self._count(
                    "case_state x", "x.alert = ?", [FollowUpAlert.REPORT_AGAIN.value]
                ),
            },
        )

    def _count(self, source: str, where: str, params: list[object]) -> int:
        """How many rows in all. Only open cases have rows Vandaag counts (case_agenda holds
        open cases only; in case_state phase 'steps' and an alert mean open), so when the user
        sees every case the count reads the index alone; else it joins the cases to apply
        the practice's visibility rule."""
        seen, seen_params = self._s.access.visible_cases("c")
        if seen == "1":
            return int(self._s.db.scalar(f"SELECT count(*) FROM {source} WHERE {where}", params))
        return int(
            self._s.db.scalar(
                f"SELECT count(*) FROM {source} JOIN cases c ON c.id = x.case_id"
                f" WHERE {where} AND {seen}",
                [*params, *seen_params],
            )
        )

    def due_checks(self, day: date, first: int = FIRST_ROWS) -> list[DueCheck]:
        return self._due_checks(day, first)[0]

    def awaiting_feedback(self, day: date, first: int = FIRST_ROWS) -> list[AwaitingFeedback]:
        return self._awaiting_feedback(day, first)[0]

    def _section(
        self, source: str, where: str, params: list[object], order: str, first: int
    ) -> tuple[list[Any], int]:
        # The practice's rule of who sees which case.
        seen, seen_params = self._s.access.visible_cases("c")
        base = (
            f" FROM {source} JOIN cases c ON c.id = x.case_id"
            f" WHERE {OPEN_CASE} AND {where} AND {seen}"
        )
        rows = self._s.db.execute(
            f"SELECT x.*, c.title{base} ORDER BY {order} LIMIT ?", [*params, *seen_params, first]
        )
        return list(rows), self._count(source, where, params)

    def _due_checks(self, day: date, first: int = FIRST_ROWS) -> tuple[list[DueCheck], int]:
        rows, count = self._section(
            "case_agenda x",
            "x.kind = 'check' AND x.on_day <= ?",
            [day.isoformat()],
            "x.on_day, x.entry_id",
            first,
        )
        return [
            DueCheck(
                int(r["case_id"]),
                str(r["title"]),
                int(r["entry_id"]),
                FollowUpCheck(r["check_kind"]),
                _date(r["on_day"]),
                str(r["description"]),
                (day - _date(r["on_day"])).days,
            )
            for r in rows
        ], count

    def _awaiting_feedback(
        self, day: date, first: int = FIRST_ROWS
    ) -> tuple[list[AwaitingFeedback], int]:
        """Reports (decisions to report) of open cases with no VT feedback recorded yet."""
        rows, count = self._section(
            "case_agenda x", "x.kind = 'feedback'", [], "x.on_day, x.entry_id", first
        )
        return [
            AwaitingFeedback(
                int(r["case_id"]),
                str(r["title"]),
                int(r["entry_id"]),
                _date(r["on_day"]),
                (day - _date(r["on_day"])).days,
            )
            for r in rows
        ], count

    def _stuck_cases(
        self, stuck_after_days: int, day: date, first: int = FIRST_ROWS
    ) -> tuple[list[StuckCase], int]:
        """Cases in a step for more than `stuck_after_days` days, the longest first."""
        # In a step for more than N days: since before the start of the day N days ago.
        cutoff = datetime.combine(day - timedelta(days=stuck_after_days), time.min).astimezone()
        rows, count = self._section(
            "case_state x",
            "x.phase = ? AND x.current_since < ?",
            [CasePhase.STEPS.value, state_moment(cutoff)],
            "x.current_since, x.case_id",
            first,
        )
        stuck = []
        for r in rows:
            since = datetime.fromisoformat(r["current_since"])
            stuck.append(
                StuckCase(
                    int(r["case_id"]),
                    str(r["title"]),
                    Step(r["current_step"]),
                    since,
                    (day - since.astimezone().date()).days,
                )
            )
        return stuck, count

    def _radar(self, first: int = FIRST_ROWS) -> tuple[list[RadarCase], int]:
        rows, count = self._section("case_state x", "x.alert IS NOT NULL", [], "x.case_id", first)
        return [
            RadarCase(int(r["case_id"]), str(r["title"]), FollowUpAlert(r["alert"])) for r in rows
        ], count
