"""Where a case stands in the five steps: derived from what was recorded, never stored.

The rules, over the moments things were *recorded* (not the dates typed in, so a signal seen
last month but written down today counts as new):

- Rounds. A case starts in round 1. A signal recorded after a decision starts a new round:
  the steps are walked again for the new signals (revisiting). Steps 2 to 5 count only what
  was recorded in the current round; the kindcheck counts from any round.
- Step 1 (signals) is done when the round has a signal and, for a case with an adult client,
  a kindcheck exists. In a later round it also needs the user to have moved on: something of
  steps 2 to 5 recorded in that round. Until then the new signals keep the case in step 1.
- Step 2 (consultation) is done with a consultation in the round, or skipped with a reason.
- Step 3 (conversation) is done with a conversation record in the round; a record saying a
  conversation did not happen carries its reason, so it completes the step as well.
- Step 4 (weighing) is done when the afwegingskader module reports a completed weighing in the
  round, or skipped with a reason. Without that module the step is UNAVAILABLE: never shown
  as done, and passed over when choosing the current step.
- Step 5 (decision) is done with a decision in the round. The case then moves to follow-up.
- The current step is the first step, in order, that is still open. It has been current since
  the latest completion of the steps before it (or the start of the round).
- Radar: the latest decision reported to Veilig Thuis, and after it a new signal or a check
  that found the situation unsafe: report again. After a decision for help only, the same
  findings mean the help did not bring safety: reconsider a report (`help_not_safe`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum
from typing import NamedTuple

from app.domain.enums import CasePhase, Step, StepStatus
from app.domain.guidance import WEIGHING_UNAVAILABLE
from app.i18n import QT_TRANSLATE_NOOP, Message

CTX = "steps"
LATER_STEPS = (Step.CONSULTATION, Step.CONVERSATION, Step.WEIGHING)

HINT_FIRST_SIGNAL = QT_TRANSLATE_NOOP("steps", "Leg het eerste signaal vast.")
HINT_KINDCHECK = QT_TRANSLATE_NOOP("steps", "Doe de kindcheck: uw cliënt is volwassen.")
HINT_NEW_SIGNALS = QT_TRANSLATE_NOOP(
    "steps",
    "Er zijn nieuwe signalen na de beslissing. Breng ze in kaart en loop de volgende stappen "
    "opnieuw door.",
)
HINTS: dict[Step, str] = {
    Step.CONSULTATION: QT_TRANSLATE_NOOP(
        "steps", "Leg een consultatie vast, of geef aan waarom u deze stap overslaat."
    ),
    Step.CONVERSATION: QT_TRANSLATE_NOOP(
        "steps", "Leg het gesprek vast, of waarom het niet is gevoerd."
    ),
    Step.WEIGHING: QT_TRANSLATE_NOOP("steps", "Doorloop het afwegingskader."),
    Step.DECISION: QT_TRANSLATE_NOOP("steps", "Leg beide beslissingen vast: melden en hulp."),
}


class Mark(Enum):
    SIGNAL = "signal"
    KINDCHECK = "kindcheck"
    RECORD = "record"
    SKIP = "skip"
    DECISION = "decision"
    UNSAFE_FINDING = "unsafe_finding"


# Milestones, facts and step states are named tuples rather than frozen dataclasses: they are
# made by the ten thousand for Vandaag and search, and a tuple is several times cheaper to make.
class Milestone(NamedTuple):
    """One recorded thing that can move a case through the steps."""

    at: datetime
    mark: Mark
    step: Step | None = None
    reported: bool = False
    helped: bool = False


class CaseFacts(NamedTuple):
    case_id: int
    opened_at: datetime
    closed: bool
    kindcheck_required: bool
    weighing_available: bool
    milestones: tuple[Milestone, ...]


class StepState(NamedTuple):
    step: Step
    status: StepStatus
    done_at: datetime | None = None
    hint: Message | None = None

    @property
    def completed(self) -> bool:
        return self.status in (StepStatus.DONE, StepStatus.SKIPPED)


@dataclass(frozen=True)
class CaseProgress:
    case_id: int
    phase: CasePhase
    steps: tuple[StepState, ...]
    current_step: Step | None
    current_since: datetime | None
    round_starts: tuple[datetime, ...] = field(default=())
    kindcheck_required: bool = False
    kindcheck_done: bool = False
    radar: bool = False
    help_not_safe: bool = False

    @property
    def round(self) -> int:
        return len(self.round_starts) + 1

    @property
    def revisited(self) -> bool:
        return bool(self.round_starts)

    def state(self, step: Step) -> StepState:
        return self.steps[step.number - 1]

    def round_of(self, moment: datetime) -> int:
        """The round something recorded at `moment` belongs to."""
        return 1 + sum(1 for start in self.round_starts if start <= moment)

    def days_in_current_step(self, today: date) -> int | None:
        if self.current_since is None:
            return None
        return (today - self.current_since.astimezone().date()).days


def _hint(text: str) -> Message:
    return Message(CTX, text)


_HINT_MESSAGES = {text: _hint(text) for text in (*HINTS.values(), WEIGHING_UNAVAILABLE)}
_WORRYING = (Mark.SIGNAL, Mark.UNSAFE_FINDING)


class _Round:
    """The first moment of each kind of milestone in one round."""

    __slots__ = ("decision", "moved_on", "recorded", "signal", "skipped", "start")

    def __init__(self, start: datetime | None) -> None:
        self.start = start
        self.signal: datetime | None = None
        self.decision: datetime | None = None
        self.moved_on: datetime | None = None  # anything of steps 2 to 5
        self.recorded: dict[Step, datetime] = {}
        self.skipped: dict[Step, datetime] = {}

    def add(self, milestone: Milestone) -> None:
        mark, at = milestone.mark, milestone.at
        if mark is Mark.SIGNAL:
            self.signal = self.signal or at
            return
        if mark is Mark.RECORD and milestone.step is not None:
            self.recorded.setdefault(milestone.step, at)
        elif mark is Mark.SKIP and milestone.step is not None:
            self.skipped.setdefault(milestone.step, at)
        elif mark is Mark.DECISION:
            self.decision = self.decision or at
        else:
            return
        self.moved_on = self.moved_on or at


def _signals_step(facts: CaseFacts, current: _Round, kindcheck_at: datetime | None) -> StepState:
    needed: list[tuple[datetime | None, str]] = [(current.signal, HINT_FIRST_SIGNAL)]
    if facts.kindcheck_required:
        needed.append((kindcheck_at, HINT_KINDCHECK))
    if current.start is not None:
        needed.append((current.moved_on, HINT_NEW_SIGNALS))
    missing = [text for moment, text in needed if moment is None]
    if missing:
        return StepState(Step.SIGNALS, StepStatus.OPEN, hint=_hint(missing[0]))
    return StepState(Step.SIGNALS, StepStatus.DONE, max(m for m, _ in needed if m is not None))


def _later_step(facts: CaseFacts, current: _Round, step: Step) -> StepState:
    recorded = current.recorded.get(step)
    if recorded is not None:
        return StepState(step, StepStatus.DONE, recorded)
    skipped = current.skipped.get(step)
    if skipped is not None:
        return StepState(step, StepStatus.SKIPPED, skipped)
    if step == Step.WEIGHING and not facts.weighing_available:
        return StepState(step, StepStatus.UNAVAILABLE, hint=_HINT_MESSAGES[WEIGHING_UNAVAILABLE])
    return StepState(step, StepStatus.OPEN, hint=_HINT_MESSAGES[HINTS[step]])


def derive_progress(facts: CaseFacts) -> CaseProgress:
    round_starts: list[datetime] = []
    this_round = _Round(None)
    kindcheck_at: datetime | None = None
    latest_decision: Milestone | None = None
    worrying = False  # a signal or an unsafe finding after the latest decision
    for milestone in sorted(facts.milestones, key=lambda m: m.at):
        mark = milestone.mark
        if mark is Mark.SIGNAL and this_round.decision is not None:
            round_starts.append(milestone.at)
            this_round = _Round(milestone.at)
        elif mark is Mark.DECISION:
            latest_decision, worrying = milestone, False
        elif mark is Mark.KINDCHECK and kindcheck_at is None:
            kindcheck_at = milestone.at
        if latest_decision is not None and mark in _WORRYING:
            worrying = worrying or milestone.at > latest_decision.at
        this_round.add(milestone)
    start = this_round.start

    states = [_signals_step(facts, this_round, kindcheck_at)]
    states += [_later_step(facts, this_round, step) for step in LATER_STEPS]
    decided_at = this_round.decision
    if decided_at is not None:
        states.append(StepState(Step.DECISION, StepStatus.DONE, decided_at))
    else:
        hint = _HINT_MESSAGES[HINTS[Step.DECISION]]
        states.append(StepState(Step.DECISION, StepStatus.OPEN, hint=hint))

    if facts.closed:
        phase = CasePhase.CLOSED
    elif decided_at is not None:
        phase = CasePhase.FOLLOW_UP
    else:
        phase = CasePhase.STEPS
    current: Step | None = None
    since: datetime | None = None
    if phase is CasePhase.STEPS:
        index = next(i for i, s in enumerate(states) if s.status is StepStatus.OPEN)
        current = states[index].step
        since = max(
            [start or facts.opened_at]
            + [s.done_at for s in states[:index] if s.completed and s.done_at is not None]
        )
        states[index] = StepState(current, StepStatus.CURRENT, hint=states[index].hint)

    reported = latest_decision is not None and latest_decision.reported
    helped = latest_decision is not None and latest_decision.helped
    radar, help_not_safe = worrying and reported, worrying and helped and not reported
    return CaseProgress(
        case_id=facts.case_id,
        phase=phase,
        steps=tuple(states),
        current_step=current,
        current_since=since,
        round_starts=tuple(round_starts),
        kindcheck_required=facts.kindcheck_required,
        kindcheck_done=kindcheck_at is not None,
        radar=radar,
        help_not_safe=help_not_safe,
    )
