"""What the steps record: one value type per kind of entry, and the versioned entry around it.

Every kind is stored the same way (see `app.store.entries`): an entry row and append-only
versions holding the value as a JSON payload. The value types are plain frozen dataclasses;
the UI fills one in, the store validates it (`app.domain.entry_validation`) and gives back
the cleaned value inside an `Entry` with its whole history.

Enum fields are typed as the enum; a value that arrives as its plain string (from a combo box
model, say) is accepted and turned into the enum by validation.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Generic, TypeVar

from app.domain.enums import (
    ChangeKind,
    ChildTalk,
    ClientTalk,
    ConsulteeKind,
    DependantSafety,
    EntryKind,
    FollowUpCheck,
    FollowUpOutcome,
    ReportChannel,
    Step,
)
from app.domain.weighing import RecordedAssessment


@dataclass(frozen=True)
class KindCheck:
    """Part of step 1 when the client is an adult: who depends on them, and are they safe."""

    checked_on: date | None
    children_count: int = 0
    children_ages: tuple[int, ...] = ()
    pregnancy: bool = False
    dependent_adults: int = 0
    # Required when anyone depends on the client; None when nobody does.
    safety: DependantSafety | None = None
    notes: str = ""

    @property
    def has_dependants(self) -> bool:
        return self.children_count > 0 or self.pregnancy or self.dependent_adults > 0

    @property
    def children_at_risk(self) -> bool:
        """The kindcheck found children (or an unborn child) whose safety is at stake."""
        at_stake = self.safety == DependantSafety.AT_STAKE
        return at_stake and (self.children_count > 0 or self.pregnancy)


@dataclass(frozen=True)
class Consultation:
    """Step 2: one consultation, with a colleague, the aandachtsfunctionaris or Veilig Thuis."""

    held_on: date | None
    consultee_kind: ConsulteeKind
    consultee: str = ""
    contact_id: int | None = None
    # Whether the client was named (True) or discussed anonymously (False); None: not filled in.
    client_named: bool | None = None
    advice: str = ""
    next_step: str = ""

    @property
    def is_advice_request(self) -> bool:
        return ConsulteeKind(self.consultee_kind).is_advice_request


@dataclass(frozen=True)
class Conversation:
    """Step 3: a conversation with the client (or, for a young child, the parents) and child.

    One that did not happen is recorded too, with the reason why.
    """

    held_on: date | None
    client_talk: ClientTalk
    child_talk: ChildTalk
    client_reason: str = ""
    child_reason: str = ""
    present: str = ""
    said: str = ""
    reaction: str = ""

    @property
    def anything_held(self) -> bool:
        return self.client_talk == ClientTalk.HELD or self.child_talk in (
            ChildTalk.ALONE,
            ChildTalk.NOT_ALONE,
        )


@dataclass(frozen=True)
class StepSkip:
    """A step deliberately left out in this round, with the reason (steps 2 and 4 only)."""

    step: Step
    reason: str


SKIPPABLE_STEPS = (Step.CONSULTATION, Step.WEIGHING)


@dataclass(frozen=True)
class HelpAgreement:
    what: str
    by_whom: str
    until: date | None = None


@dataclass(frozen=True)
class Decision:
    """Step 5: the two decisions, each with its reasons, and the help that was agreed."""

    decided_on: date | None
    report_to_vt: bool | None
    report_reasons: str
    offer_help: bool | None
    help_reasons: str
    help_agreed: tuple[HelpAgreement, ...] = ()
    # Only for a report: was the client told beforehand; if not, why not (required then).
    client_informed: bool | None = None
    client_informed_note: str = ""
    # The weging (assessment entry) the decision was drafted from, when there was one.
    assessment_id: int | None = None
    # Not reporting without an adviesvraag to Veilig Thuis in step 2, under a kader that
    # expects one first (doctors, youth health care): why not (see `decision_prefill`).
    no_advice_reason: str = ""


@dataclass(frozen=True)
class FollowUp:
    """A planned check after a decision; its result is added later as a new version."""

    check: FollowUpCheck
    due_on: date | None
    decision_id: int | None = None
    description: str = ""
    done_on: date | None = None
    outcome: FollowUpOutcome | None = None
    findings: str = ""

    @property
    def is_done(self) -> bool:
        return self.done_on is not None


@dataclass(frozen=True)
class ReportRegistration:
    """A melding made to Veilig Thuis, carrying out a decision to report.

    One decision is carried out by at most one melding; new signals after it (the VT radar)
    lead to a new round, a new decision and a new registration. Veilig Thuis's feedback is the
    result of the decision's VT-feedback check (`app.store.reports`), so it is kept once.
    """

    decision_id: int | None
    made_on: date | None
    region_id: str
    channel: ReportChannel | None
    channel_detail: str = ""  # what the channel was, for OTHER
    # Was the melding preceded by a phone call? Not asked when the melding itself was by phone.
    phoned_first: bool | None = None
    # The organisation's name on the day of the melding (regions merge; filled by the store).
    organisation: str = ""
    vt_reference: str = ""  # VT's dossiernummer, added when VT gives it


EntryValue = (
    KindCheck
    | Consultation
    | Conversation
    | StepSkip
    | Decision
    | FollowUp
    | RecordedAssessment
    | ReportRegistration
)
V = TypeVar("V", bound=EntryValue)

VALUE_TYPES: dict[EntryKind, type[EntryValue]] = {
    EntryKind.KINDCHECK: KindCheck,
    EntryKind.CONSULTATION: Consultation,
    EntryKind.CONVERSATION: Conversation,
    EntryKind.STEP_SKIP: StepSkip,
    EntryKind.DECISION: Decision,
    EntryKind.FOLLOW_UP: FollowUp,
    EntryKind.ASSESSMENT: RecordedAssessment,
    EntryKind.REPORT: ReportRegistration,
}
KIND_OF: dict[type[EntryValue], EntryKind] = {cls: kind for kind, cls in VALUE_TYPES.items()}

_STEP_OF_KIND: dict[EntryKind, Step | None] = {
    EntryKind.KINDCHECK: Step.SIGNALS,
    EntryKind.CONSULTATION: Step.CONSULTATION,
    EntryKind.CONVERSATION: Step.CONVERSATION,
    EntryKind.DECISION: Step.DECISION,
    EntryKind.ASSESSMENT: Step.WEIGHING,
    EntryKind.FOLLOW_UP: None,
    EntryKind.REPORT: None,
}


def kind_of(value: EntryValue) -> EntryKind:
    return KIND_OF[type(value)]


def step_of(value: EntryValue) -> Step | None:
    """The step an entry belongs to; None for what comes after step 5 (checks, meldingen)."""
    if isinstance(value, StepSkip):
        return Step(value.step)
    return _STEP_OF_KIND[kind_of(value)]


def main_date(value: EntryValue) -> date | None:
    """The date that places the entry in the case's timeline."""
    if isinstance(value, KindCheck):
        return value.checked_on
    if isinstance(value, Consultation | Conversation):
        return value.held_on
    if isinstance(value, Decision):
        return value.decided_on
    if isinstance(value, FollowUp):
        return value.done_on or value.due_on
    if isinstance(value, ReportRegistration):
        return value.made_on
    return None


@dataclass(frozen=True)
class EntryVersion(Generic[V]):
    version: int
    value: V
    change: ChangeKind
    change_reason: str | None
    recorded_at: datetime
    recorded_by: int
    recorded_by_name: str


@dataclass(frozen=True)
class Entry(Generic[V]):
    """A step entry with all its versions, oldest first; the last is what the case shows."""

    id: int
    case_id: int
    kind: EntryKind
    created_at: datetime
    created_by: int
    versions: tuple[EntryVersion[V], ...]

    @property
    def current(self) -> EntryVersion[V]:
        return self.versions[-1]

    @property
    def value(self) -> V:
        return self.current.value

    @property
    def withdrawn(self) -> bool:
        return self.current.change in (ChangeKind.WITHDRAWN, ChangeKind.LAPSED)

    @property
    def step(self) -> Step | None:
        return step_of(self.value)

    @property
    def occurred_on(self) -> date:
        return main_date(self.value) or self.created_at.astimezone().date()
