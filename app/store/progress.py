"""The steps of a case as the UI shows them: progress derived from the vault, and the timeline.

The rules live in `app.domain.progress`; this module gathers their input with a few grouped
queries, so the same code answers for one case and for ten thousand (Vandaag, search).

Step 4 (weighing) is filled in by the afwegingskader module: the vault sets
`vault.steps.weighing_source` to its assessment store (`app.store.assessments`), whose
`completed_weighings` says when a weging was settled. Without a source step 4 is UNAVAILABLE
and never shown as done.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, Protocol

from app.domain.entries import Entry, EntryValue, main_date
from app.domain.enums import (
    CasePhase,
    ChangeKind,
    EntryKind,
    FollowUpAlert,
    FollowUpCheck,
    FollowUpOutcome,
    PersonRole,
    Step,
)
from app.domain.models import Signal
from app.domain.progress import CaseFacts, CaseProgress, Mark, Milestone, derive_progress
from app.errors import MeldcodeError, RecordNotFound
from app.store.backend import opened
from app.store.base import Session, case_scope, parse_moment
from app.store.entries import EntryStore, entry_payload
from app.store.entries import _value as entry_value
from app.store.signals import SignalStore


class WeighingSource(Protocol):
    def completed_weighings(
        self, case_ids: Collection[int] | None
    ) -> Mapping[int, Sequence[datetime]]:
        """When a weighing with the afwegingskader was completed, per case (None: all cases)."""
        ...


@dataclass(frozen=True)
class TimelineItem:
    """One thing recorded in a case, with the step (None: follow-up) and round it belongs to."""

    step: Step | None
    occurred_on: date
    recorded_at: datetime
    round: int
    signal: Signal | None = None
    entry: Entry[EntryValue] | None = None


def _moment(value: str | datetime) -> datetime:
    moment = parse_moment(value)
    assert moment is not None
    return moment


# Plain string keys: looking an enum up by value costs more than the rest of the row here.
_STEPS = {step.value: step for step in Step}
_RECORDED_STEP = {
    EntryKind.CONSULTATION.value: Step.CONSULTATION,
    EntryKind.CONVERSATION.value: Step.CONVERSATION,
}


@dataclass(frozen=True)
class CurrentEntry:
    """An entry's newest version, its payload opened (the server keeps it sealed)."""

    entry_id: int
    case_id: int
    kind: str
    created_at: datetime
    recorded_at: datetime
    active: bool
    payload: dict[str, Any]


# The newest version of each entry of the cases in `scope`: the vault's `current_entries`, with
# the version's id, which a sealed payload is bound to.
_CURRENT = (
    "SELECT e.id, e.case_id, e.kind, e.created_at, v.recorded_at, v.change, v.id, v.payload"
    " FROM scope {join} case_entries e ON e.case_id = scope.id"
    " JOIN case_entry_versions v ON v.entry_id = e.id"
    " WHERE v.version = (SELECT max(w.version) FROM case_entry_versions w"
    "  WHERE w.entry_id = e.id)"
)
_INACTIVE = (ChangeKind.WITHDRAWN.value, ChangeKind.LAPSED.value)


def current_entries(
    session: Session, scope: str, params: list[object], kinds: Collection[str]
) -> list[CurrentEntry]:
    """The entries of `kinds` in the cases of the CTE `scope`, as they stand now."""
    marks = ", ".join("?" * len(kinds))
    sealer = session.sealer
    return [
        CurrentEntry(
            int(r[0]),
            int(r[1]),
            str(r[2]),
            _moment(r[3]),
            _moment(r[4]),
            r[5] not in _INACTIVE,
            json.loads(entry_payload(sealer, int(r[6]), r[7])),
        )
        for r in session.db.execute(
            f"WITH {scope} {_CURRENT.format(join=session.db.dialect.join_in_order())}"
            f" AND e.kind IN ({marks}) ORDER BY e.id",
            [*params, *kinds],
        )
    ]


def _entry_milestones(entry: CurrentEntry, later_signal: datetime | None) -> list[Milestone]:
    kind, created, payload = entry.kind, entry.created_at, entry.payload
    if kind in _RECORDED_STEP:
        return [Milestone(created, Mark.RECORD, _RECORDED_STEP[kind])]
    if kind == EntryKind.KINDCHECK.value:
        return [Milestone(created, Mark.KINDCHECK)]
    if kind == EntryKind.STEP_SKIP.value:
        return [Milestone(created, Mark.SKIP, _STEPS[payload["step"]])]
    if kind == EntryKind.DECISION.value:
        decision = Milestone(
            created,
            Mark.DECISION,
            reported=bool(payload.get("report_to_vt")),
            helped=bool(payload.get("offer_help")),
        )
        # Only the first signal after a decision can start a new round; the rest add nothing.
        later = [] if later_signal is None else [Milestone(later_signal, Mark.SIGNAL)]
        return [decision, *later]
    if kind == EntryKind.FOLLOW_UP.value and payload.get("outcome") == FollowUpOutcome.UNSAFE:
        return [Milestone(entry.recorded_at, Mark.UNSAFE_FINDING)]
    # A weging reaches the rules through the weighing source; a melding not at all (the
    # decision it carries out already moved the case on).
    return []


# What the step rules read of the entries.
_MILESTONE_KINDS = (
    EntryKind.CONSULTATION.value,
    EntryKind.CONVERSATION.value,
    EntryKind.KINDCHECK.value,
    EntryKind.STEP_SKIP.value,
    EntryKind.DECISION.value,
    EntryKind.FOLLOW_UP.value,
)


# Cases refreshed per round trip: bounded, so one json list and one result stay small.
REFRESH_CHUNK = 2000
# What reading rows the program never writes (a naive date, a broken payload) raises.
DERIVATION_FAULTS = (ValueError, TypeError, KeyError)
StateRow = tuple[int, str, str | None, str | None, str | None]
# The columns the program derives, by table.
_DERIVED = {
    "case_state": "case_id, phase, current_step, current_since, alert",
    "case_agenda": "entry_id, case_id, kind, on_day, check_kind, description",
}
# What a kept row copies from its case, so that a list or Vandaag reads the row alone: its
# last change (the step filter's order; the vault's schema 15, the server's step 6), its title
# and who opened it (Vandaag; schema 16, step 7). Taken from the case as the row is written;
# triggers follow the case's later changes; `verify` compares them.
COPIED = {
    "case_state": ("updated_at", "title", "opened_by"),
    "case_agenda": ("title", "opened_by"),
}
# Where a kept row's case id stands in its derived columns.
_CASE_AT = {"case_state": 0, "case_agenda": 1}
# What each case copies of its kept stand, for the case list (schema 16, step 7): kept by
# triggers on `case_state`, NULL while no stand is kept.
STAND_COPIED = ("phase", "current_step", "current_since", "alert")
AgendaRow = tuple[int, int, str, str, str | None, str]


def state_moment(moment: datetime | None) -> str | None:
    """The one text form of a moment in `case_state`: UTC, so text order is time order."""
    return None if moment is None else moment.astimezone(UTC).isoformat(timespec="microseconds")


def state_row(progress: CaseProgress) -> StateRow:
    # Alerts of open cases only: then every row Vandaag counts (alert, phase 'steps') is an
    # open case's, and its counts need not look at the cases table.
    alert = (
        None
        if progress.phase is CasePhase.CLOSED
        else FollowUpAlert.REPORT_AGAIN.value
        if progress.radar
        else FollowUpAlert.RECONSIDER_REPORT.value
        if progress.help_not_safe
        else None
    )
    return (
        progress.case_id,
        progress.phase.value,
        None if progress.current_step is None else progress.current_step.value,
        state_moment(progress.current_since),
        alert,
    )


def _kept_value(value: object) -> object:
    """A kept derived value in the form the program writes it: the server hands back
    moments and days as Python values, the vault its texts."""
    if isinstance(value, datetime):
        return state_moment(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def _replace_changed(
    session: Session,
    table: str,
    key: str,
    case_ids: list[int],
    rows: Sequence[tuple[Any, ...]],
) -> None:
    """Make `table`'s rows of `case_ids` equal to `rows` (keyed by their first column),
    writing only the rows that differ. Most writes leave a case where it stood; an unchanged
    row then dirties no page of the table or its indexes (on an encrypted vault every dirty
    page costs its encryption and MAC at commit)."""
    db = session.db
    ids = db.dialect.id_table()
    kept = {
        r[0]: _kept_row(session, table, r)
        for r in db.execute(
            f"SELECT {_DERIVED[table]} FROM {table} WHERE case_id IN (SELECT k.id FROM {ids} k)",
            (db.dialect.id_param(case_ids),),
        )
    }
    wanted = {row[0]: tuple(row) for row in rows}
    gone = [k for k, row in kept.items() if wanted.get(k) != row]
    if gone:
        db.execute(
            f"DELETE FROM {table} WHERE {key} IN (SELECT k.id FROM {ids} k)",
            (db.dialect.id_param(gone),),
        )
    new = [row for k, row in wanted.items() if kept.get(k) != row]
    if new:
        _insert_rows(session, table, new)


def _kept_row(session: Session, table: str, row: Any) -> tuple[Any, ...]:
    values = tuple(_kept_value(v) for v in row)
    if table == "case_agenda":
        entry_id = int(str(values[0]))
        description = opened(session.sealer, table, "description", entry_id, values[5])
        values = (*values[:5], description)
    return values


def _insert_rows(session: Session, table: str, rows: Sequence[tuple[Any, ...]]) -> None:
    if table == "case_agenda":
        seal = session.sealer.seal
        rows = [(*r[:5], seal(table, "description", int(r[0]), str(r[5]))) for r in rows]
    marks = ", ".join("?" * len(rows[0]))
    copied = COPIED[table]
    copies = ", ".join(f"(SELECT c.{column} FROM cases c WHERE c.id = ?)" for column in copied)
    at = _CASE_AT[table]
    session.db.executemany(
        f"INSERT INTO {table} ({_DERIVED[table]}, {', '.join(copied)}) VALUES ({marks}, {copies})",
        [(*row, *[row[at]] * len(copied)) for row in rows],
    )


class StepProgress:
    def __init__(self, session: Session, entries: EntryStore, signals: SignalStore) -> None:
        self._s = session
        self._entries = entries
        self._signals = signals
        self.weighing_source: WeighingSource | None = None

    # -- the derived tables (schema 8), kept in the writing transaction ---------------------

    def refresh_stale(self) -> None:
        """Bring `case_state` and `case_agenda` in step for the cases the triggers noted.

        Runs inside the transaction that made the change (see `Database.before_commit`)."""
        db = self._s.db
        stale = [int(r[0]) for r in db.execute("SELECT case_id FROM case_state_stale")]
        if not stale:
            return
        if len(stale) > REFRESH_CHUNK and len(stale) * 2 > int(
            db.scalar("SELECT count(*) FROM cases")
        ):
            # Most cases (after the migration): one pass over everything, not one per chunk.
            db.execute("DELETE FROM case_state")
            states = [state_row(p) for p in self._derivable(None).values()]
            if states:
                _insert_rows(self._s, "case_state", states)
            db.execute("DELETE FROM case_agenda")
            agenda = self.agenda_rows(None)
            if agenda:
                _insert_rows(self._s, "case_agenda", agenda)
            db.execute("DELETE FROM case_state_stale")
            return
        for start in range(0, len(stale), REFRESH_CHUNK):
            chunk = stale[start : start + REFRESH_CHUNK]
            states = [state_row(p) for p in self._derivable(chunk).values()]
            _replace_changed(self._s, "case_state", "case_id", chunk, states)
            _replace_changed(self._s, "case_agenda", "entry_id", chunk, self.agenda_rows(chunk))
        db.execute("DELETE FROM case_state_stale")

    def _derivable(self, case_ids: list[int] | None) -> dict[int, CaseProgress]:
        """Progress of the cases that can be derived. A case whose rows were written behind
        the program's back (a date it never writes) is left out, for `verify` to report,
        rather than stopping every later write to the vault."""
        try:
            return self.progress_many(case_ids)
        except DERIVATION_FAULTS:
            ids = case_ids or [int(r[0]) for r in self._s.db.execute("SELECT id FROM cases")]
            found: dict[int, CaseProgress] = {}
            for case_id in ids:
                with contextlib.suppress(*DERIVATION_FAULTS):
                    found.update(self.progress_many([case_id]))
            return found

    def agenda_rows(self, case_ids: Collection[int] | None) -> list[AgendaRow]:
        """Open items of the open cases among `case_ids` (None: all): planned checks not done
        and meldingen whose feedback from Veilig Thuis is not recorded yet."""
        scope, params = case_scope(self._s.db.dialect, case_ids, open_only=True)
        entries = current_entries(
            self._s, scope, params, (EntryKind.FOLLOW_UP.value, EntryKind.DECISION.value)
        )
        follow_ups = [e for e in entries if e.active and e.kind == EntryKind.FOLLOW_UP.value]
        rows: list[AgendaRow] = [
            (
                e.entry_id,
                e.case_id,
                "check",
                str(e.payload["due_on"]),
                str(e.payload["check"]),
                str(e.payload.get("description") or ""),
            )
            for e in follow_ups
            if e.payload.get("done_on") is None
        ]
        answered = {
            e.payload.get("decision_id")
            for e in follow_ups
            if e.payload.get("check") == FollowUpCheck.VT_FEEDBACK.value
            and e.payload.get("done_on") is not None
        }
        rows += [
            (e.entry_id, e.case_id, "feedback", str(e.payload["decided_on"]), None, "")
            for e in entries
            if e.active
            and e.kind == EntryKind.DECISION.value
            and e.payload.get("report_to_vt")
            and e.entry_id not in answered
        ]
        return rows

    def derived_problems(self) -> list[str]:
        """Where the kept case_state / case_agenda differ from what the rules derive now.

        Linear in the vault: for `verify`, not for the window. Names case numbers only."""
        db = self._s.db
        problems = []
        if db.scalar("SELECT count(*) FROM case_state_stale"):
            problems.append("case_state: stale cases left after a commit")
        kept = {
            int(r[0]): _kept_row(self._s, "case_state", r)
            for r in db.execute(f"SELECT {_DERIVED['case_state']} FROM case_state")
        }
        all_ids = [int(r[0]) for r in db.execute("SELECT id FROM cases ORDER BY id")]
        for start in range(0, len(all_ids), REFRESH_CHUNK):
            chunk = all_ids[start : start + REFRESH_CHUNK]
            derived = self._derivable(chunk)
            problems += [
                f"case_state: case {case_id} cannot be derived"
                for case_id in chunk
                if case_id not in derived
            ]
            for progress in derived.values():
                row = kept.pop(progress.case_id, None)
                if row is None or tuple(row) != state_row(progress):
                    problems.append(f"case_state: case {progress.case_id} differs")
        problems += [f"case_state: row for missing case {case_id}" for case_id in kept]
        agenda = {
            _kept_row(self._s, "case_agenda", r)
            for r in db.execute(f"SELECT {_DERIVED['case_agenda']} FROM case_agenda")
        }
        expected = set(self.agenda_rows(None))
        problems += [f"case_agenda: case {r[1]} entry {r[0]} differs" for r in agenda ^ expected]
        return problems + self.copy_problems() + self.event_day_problems()

    def copy_problems(self) -> list[str]:
        """Copies that differ from what they copy: a kept row's of its case (`COPIED`), a
        case's of its kept stand (`STAND_COPIED`). Names case numbers and columns only."""
        # (table, the copies as x joined to their source as s, the case's id, columns, source)
        checks = [
            (table, f"{table} x JOIN cases s ON s.id = x.case_id", "x.case_id", copied, "case")
            for table, copied in COPIED.items()
        ]
        checks.append(
            (
                "cases",
                "cases x LEFT JOIN case_state s ON s.case_id = x.id",
                "x.id",
                STAND_COPIED,
                "stand",
            )
        )
        problems = []
        for table, joined, case_id, copied, source in checks:
            flags = [f"x.{c} IS DISTINCT FROM s.{c}" for c in copied]
            for row in self._s.db.execute(
                f"SELECT DISTINCT {case_id}, {', '.join(flags)} FROM {joined}"
                f" WHERE {' OR '.join(flags)} ORDER BY {case_id}"
            ):
                columns = ", ".join(c for c, wrong in zip(copied, row[1:], strict=True) if wrong)
                problems.append(
                    f"{table}: case {int(row[0])} has another {columns} than its {source}"
                )
        return problems

    def event_day_problems(self) -> list[str]:
        """Entries whose kept day (`event_on`, what the registrations and the jaaroverzicht
        count by) is not the main date of their newest version as opened here. On the server
        no content MAC covers the day, so this is how a day shifted behind the program is
        found. Names entry numbers only."""
        db, sealer = self._s.db, self._s.sealer
        problems: list[str] = []
        after = 0
        while True:
            rows = db.execute(
                "SELECT e.id, e.kind, v.id, v.payload, v.event_on FROM case_entries e"
                " JOIN case_entry_versions v ON v.entry_id = e.id"
                " WHERE e.id > ? AND v.version = (SELECT max(w.version)"
                "  FROM case_entry_versions w WHERE w.entry_id = e.id)"
                " ORDER BY e.id LIMIT ?",
                (after, REFRESH_CHUNK),
            )
            for entry_id, kind, version_id, payload, kept in rows:
                try:
                    opened_payload = entry_payload(sealer, int(version_id), payload)
                    day = main_date(entry_value(EntryKind(kind), opened_payload))
                except (*DERIVATION_FAULTS, MeldcodeError):
                    problems.append(f"event_on: entry {entry_id} cannot be read")
                    continue
                if (None if kept is None else str(kept)) != (
                    None if day is None else day.isoformat()
                ):
                    problems.append(f"event_on: entry {entry_id} differs")
            if len(rows) < REFRESH_CHUNK:
                return problems
            after = int(rows[-1][0])

    # -- deriving from what was recorded ----------------------------------------------------

    def progress(self, case_id: int) -> CaseProgress:
        self._s.access.require_case(case_id)
        found = self.progress_many([case_id])
        if case_id not in found:
            raise RecordNotFound()
        return found[case_id]

    def progress_many(
        self, case_ids: Collection[int] | None = None, *, open_only: bool = False
    ) -> dict[int, CaseProgress]:
        """Progress per case: of `case_ids`, or of every (open) case when None."""
        scope, params = case_scope(self._s.db.dialect, case_ids, open_only)
        session = self._s
        db = session.db
        # The asked cases lead each join: else SQLite may walk a whole table and probe them.
        join = db.dialect.join_in_order()
        cases = db.execute(
            f"WITH {scope} SELECT c.id, c.opened_at, c.status FROM scope"
            f" {join} cases c ON c.id = scope.id",
            params,
        )
        milestones: dict[int, list[Milestone]] = {int(r[0]): [] for r in cases}
        # The role is sealed on the server: read per person and opened here.
        with_client = {
            int(r[1])
            for r in db.execute(
                f"WITH {scope} SELECT p.id, p.case_id, p.role FROM scope"
                f" {join} persons p ON p.case_id = scope.id",
                params,
            )
            if session.sealer.open("persons", "role", int(r[0]), r[2]) == PersonRole.CLIENT.value
        }
        # One index seek per case for its first signal (grouping read every signal of it).
        for row in db.execute(
            f"WITH {scope} SELECT k.id, (SELECT min(s.created_at) FROM signals s"
            " WHERE s.case_id = k.id) AS first FROM (SELECT DISTINCT id FROM scope) k",
            params,
        ):
            if row[1] is not None and int(row[0]) in milestones:
                milestones[int(row[0])].append(Milestone(_moment(row[1]), Mark.SIGNAL))
        later_signal = {
            int(r[0]): _moment(r[1])
            for r in db.execute(
                f"WITH {scope} SELECT e.id, (SELECT min(s.created_at) FROM signals s"
                "  WHERE s.case_id = e.case_id AND s.created_at > e.created_at)"
                f" FROM scope {join} case_entries e ON e.case_id = scope.id WHERE e.kind = ?",
                [*params, EntryKind.DECISION.value],
            )
            if r[1] is not None
        }
        for entry in current_entries(session, scope, params, _MILESTONE_KINDS):
            if entry.active and entry.case_id in milestones:
                milestones[entry.case_id] += _entry_milestones(
                    entry, later_signal.get(entry.entry_id)
                )
        weighing = self.weighing_source
        if weighing is not None:
            for case_id, moments in weighing.completed_weighings(list(milestones)).items():
                if case_id in milestones:
                    milestones[case_id] += [
                        Milestone(m, Mark.RECORD, Step.WEIGHING) for m in moments
                    ]
        return {
            int(r[0]): derive_progress(
                CaseFacts(
                    case_id=int(r[0]),
                    opened_at=_moment(r[1]),
                    closed=r[2] == "closed",
                    kindcheck_required=int(r[0]) in with_client,
                    weighing_available=weighing is not None,
                    milestones=tuple(milestones[int(r[0])]),
                )
            )
            for r in cases
        }

    def timeline(self, case_id: int) -> list[TimelineItem]:
        """Everything recorded in the case, newest first, withdrawn entries included."""
        self._s.access.require_case(case_id)
        progress = self.progress(case_id)
        items = [
            TimelineItem(
                Step.SIGNALS,
                s.current.observed_on,
                s.created_at,
                progress.round_of(s.created_at),
                signal=s,
            )
            for s in self._signals.for_case(case_id)
        ]
        items += [
            TimelineItem(
                e.step, e.occurred_on, e.created_at, progress.round_of(e.created_at), entry=e
            )
            for e in self._entries.for_case(case_id, include_withdrawn=True)
        ]
        return sorted(items, key=lambda i: (i.occurred_on, i.recorded_at), reverse=True)
