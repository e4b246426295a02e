"""What a melding to Veilig Thuis holds (domain.md, "Reporting to Veilig Thuis"), Qt-free.

The content is a snapshot: what the melder chose to send, with the signals as facts and the
interpretation kept apart. What the melder left out is counted, never described, so the report
can say that something was left out without saying what.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import date, time

from app.domain.enums import LabelledEnum, PersonRole, SignalSource, ViolenceForm
from app.domain.models import Person, Signal
from app.export.steps import Assessment, Consultation, Conversation, HelpOffered
from app.i18n import QT_TRANSLATE_NOOP


class NotInformedReason(LabelledEnum):
    """The only accepted reasons to report without informing the client first."""

    DANGER_TO_CHILD_OR_FAMILY = "danger_to_child_or_family"
    DANGER_TO_REPORTER = "danger_to_reporter"
    WOULD_END_CONTACT = "would_end_contact"

    @property
    def label(self) -> str:
        return _NOT_INFORMED_LABELS[self]


_NOT_INFORMED_LABELS = {
    NotInformedReason.DANGER_TO_CHILD_OR_FAMILY: QT_TRANSLATE_NOOP(
        "labels", "De veiligheid van het kind of van het gezin komt in gevaar"
    ),
    NotInformedReason.DANGER_TO_REPORTER: QT_TRANSLATE_NOOP(
        "labels", "De veiligheid van de melder of van collega's komt in gevaar"
    ),
    NotInformedReason.WOULD_END_CONTACT: QT_TRANSLATE_NOOP(
        "labels", "De cliënt zou het contact met de melder verbreken"
    ),
}


@dataclass(frozen=True)
class Reporter:
    name: str
    role: str
    practice: str
    phone: str


@dataclass(frozen=True)
class ReportPerson:
    role: PersonRole
    name: str
    date_of_birth: date | None = None
    address: str = ""
    school_or_childcare: str = ""
    bsn: str = ""
    safety_note: str = ""  # this person's current safety, when it differs from the summary

    @classmethod
    def from_person(cls, person: Person, safety_note: str = "") -> ReportPerson:
        return cls(
            role=person.role,
            name=person.name,
            date_of_birth=person.date_of_birth,
            address=person.address,
            school_or_childcare=person.school_or_childcare,
            bsn=person.bsn or "",
            safety_note=safety_note,
        )


@dataclass(frozen=True)
class ReportSignal:
    observed_on: date
    observed_time: time | None
    observed_by: str
    source: SignalSource
    form: ViolenceForm
    facts: str
    interpretation: str = ""
    # Signs of a signalenlijst the professional recognised, as the signal cites them.
    signs: tuple[str, ...] = ()

    @classmethod
    def from_signal(cls, signal: Signal) -> ReportSignal:
        """The signal as it stands now (its last version)."""
        current = signal.current
        return cls(
            observed_on=current.observed_on,
            observed_time=current.observed_time,
            observed_by=current.observed_by,
            source=current.source,
            form=current.form,
            facts=current.facts,
            interpretation=current.interpretation,
            signs=current.signs,
        )


@dataclass(frozen=True)
class LeftOut:
    """How many of the case's signals and people the melder chose not to include."""

    signals: int = 0
    persons: int = 0

    @property
    def anything(self) -> bool:
        return self.signals > 0 or self.persons > 0


@dataclass(frozen=True)
class Safety:
    summary: str  # the current safety of everyone involved, in the melder's words
    acute: bool = False


@dataclass(frozen=True)
class ClientInformed:
    informed_on: date | None
    reaction: str


@dataclass(frozen=True)
class ClientNotInformed:
    reason: NotInformedReason | None
    explanation: str = ""


@dataclass(frozen=True)
class ReportContent:
    made_on: date
    reporter: Reporter
    persons: tuple[ReportPerson, ...]
    signals: tuple[ReportSignal, ...]
    safety: Safety
    client: ClientInformed | ClientNotInformed | None
    request_to_vt: str
    consultations: tuple[Consultation, ...] = ()
    conversations: tuple[Conversation, ...] = ()
    help_offered: tuple[HelpOffered, ...] = ()
    assessment: Assessment | None = None
    unsure_to_share: str = ""  # a separate part: to discuss with VT before it is used
    left_out: LeftOut = field(default_factory=LeftOut)


def select_for_report(
    persons: Sequence[Person],
    signals: Sequence[Signal],
    keep_person_ids: Collection[int],
    keep_signal_ids: Collection[int],
) -> tuple[tuple[ReportPerson, ...], tuple[ReportSignal, ...], LeftOut]:
    """The chosen people and signals of a case, in case order, and the count of the rest."""
    kept_persons = tuple(ReportPerson.from_person(p) for p in persons if p.id in keep_person_ids)
    kept_signals = tuple(ReportSignal.from_signal(s) for s in signals if s.id in keep_signal_ids)
    left_out = LeftOut(
        signals=len(signals) - len(kept_signals), persons=len(persons) - len(kept_persons)
    )
    return kept_persons, kept_signals, left_out
