"""Vandaag: what needs attention when the program opens.

- checks that are due or overdue,
- cases stuck in a step for longer than the user's setting (`Settings.stuck_after_days`),
- reports to Veilig Thuis whose feedback has not been recorded yet,
- the VT radar: new worries after a report (report again) or while help runs.

Only open cases count. The figures come from a handful of grouped queries plus the derived
progress of every open case, so the overview stays quick with many thousands of cases.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime

from app.domain.enums import CasePhase, EntryKind, FollowUpAlert, FollowUpCheck, Step
from app.store.base import Session, parse_date
from app.store.progress import StepProgress
from app.timeutil import today


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
    day: date
    due_checks: list[DueCheck]
    stuck_cases: list[StuckCase]
    awaiting_feedback: list[AwaitingFeedback]
    radar: list[RadarCase]

    @property
    def is_empty(self) -> bool:
        return not (self.due_checks or self.stuck_cases or self.awaiting_feedback or self.radar)


def _date(text: str) -> date:
    day = parse_date(text)
    assert day is not None
    return day


class TodayStore:
    def __init__(self, session: Session, steps: StepProgress) -> None:
        self._s = session
        self._steps = steps

    def overview(self, stuck_after_days: int, day: date | None = None) -> TodayOverview:
        day = day or today()
        stuck: list[tuple[int, Step, datetime, int]] = []
        alerts: list[tuple[int, FollowUpAlert]] = []
        visible = self._visible_open_cases()
        for case_id, progress in self._steps.progress_many(visible, open_only=True).items():
            days = progress.days_in_current_step(day)
            if progress.phase is CasePhase.STEPS and days is not None and days > stuck_after_days:
                assert progress.current_step is not None and progress.current_since is not None
                stuck.append((case_id, progress.current_step, progress.current_since, days))
            if progress.radar:
                alerts.append((case_id, FollowUpAlert.REPORT_AGAIN))
            elif progress.help_not_safe:
                alerts.append((case_id, FollowUpAlert.RECONSIDER_REPORT))
        titles = self._titles([c for c, *_ in stuck] + [c for c, _ in alerts])
        return TodayOverview(
            day=day,
            due_checks=self.due_checks(day),
            stuck_cases=sorted(
                (StuckCase(c, titles[c], step, since, days) for c, step, since, days in stuck),
                key=lambda s: (-s.days, s.case_id),
            ),
            awaiting_feedback=self.awaiting_feedback(day),
            radar=[RadarCase(c, titles[c], alert) for c, alert in sorted(alerts)],
        )

    def due_checks(self, day: date) -> list[DueCheck]:
        seen, seen_params = self._s.access.visible_cases("c")
        rows = self._s.db.execute(
            "SELECT f.case_id, c.title, f.entry_id, json_extract(f.payload, '$.check'),"
            " json_extract(f.payload, '$.due_on') AS due, json_extract(f.payload, '$.description')"
            " FROM current_entries f JOIN cases c ON c.id = f.case_id"
            " WHERE f.kind = ? AND f.active AND c.status = 'open'"
            " AND json_extract(f.payload, '$.done_on') IS NULL AND due <= ?"
            f" AND {seen} ORDER BY due, f.entry_id",
            (EntryKind.FOLLOW_UP.value, day.isoformat(), *seen_params),
        )
        return [
            DueCheck(
                int(r[0]),
                str(r[1]),
                int(r[2]),
                FollowUpCheck(r[3]),
                _date(r[4]),
                str(r[5] or ""),
                (day - _date(r[4])).days,
            )
            for r in rows
        ]

    def awaiting_feedback(self, day: date) -> list[AwaitingFeedback]:
        """Reports (decisions to report) of open cases with no VT feedback recorded yet."""
        seen, seen_params = self._s.access.visible_cases("c")
        rows = self._s.db.execute(
            "SELECT d.case_id, c.title, d.entry_id, json_extract(d.payload, '$.decided_on') AS on_"
            " FROM current_entries d JOIN cases c ON c.id = d.case_id"
            " WHERE d.kind = ? AND d.active AND c.status = 'open'"
            " AND json_extract(d.payload, '$.report_to_vt') = 1"
            " AND NOT EXISTS (SELECT 1 FROM current_entries f WHERE f.case_id = d.case_id"
            "  AND f.kind = ? AND f.active AND json_extract(f.payload, '$.check') = ?"
            "  AND json_extract(f.payload, '$.decision_id') = d.entry_id"
            "  AND json_extract(f.payload, '$.done_on') IS NOT NULL)"
            f" AND {seen} ORDER BY on_, d.entry_id",
            (
                EntryKind.DECISION.value,
                EntryKind.FOLLOW_UP.value,
                FollowUpCheck.VT_FEEDBACK.value,
                *seen_params,
            ),
        )
        return [
            AwaitingFeedback(int(r[0]), str(r[1]), int(r[2]), _date(r[3]), (day - _date(r[3])).days)
            for r in rows
        ]

    def _titles(self, case_ids: Collection[int]) -> dict[int, str]:
        rows = self._s.db.execute(
            "SELECT id, title FROM cases WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(sorted(set(case_ids))),),
        )
        return {int(r[0]): str(r[1]) for r in rows}

    # -- which cases this user sees (the practice's visibility rule, from the access policy)

    def _visible_open_cases(self) -> list[int] | None:
        """The open cases this user may see, or None when that is every open case."""
        seen, seen_params = self._s.access.visible_cases("c")
        if seen == "1":
            return None
        rows = self._s.db.execute(
            f"SELECT c.id FROM cases c WHERE c.status = 'open' AND {seen}", seen_params
        )
        return [int(r[0]) for r in rows]
