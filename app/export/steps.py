"""The meldcode steps and their outcome, as the documents show them.

Plain values for the report and the dossier. They are this package's own shape of what the
vault records (consultations, conversations, help, assessments, decisions, reports, follow-ups);
the mapping from the stores comes later, so nothing here knows about the database. `id` is the
record's id in the vault: the dossier uses it to withhold one item.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class KindCheck:
    """Part of step 1 with an adult client: who depends on them, and whether they are safe."""

    id: int
    checked_on: date
    children: str  # e.g. "2 (3 en 8 jaar)"
    pregnancy: bool
    dependent_adults: int
    safety: str
    notes: str
    recorded_by: str


@dataclass(frozen=True)
class SkippedStep:
    """Step 2 or 4 deliberately left out in a round, with the reason."""

    id: int
    skipped_on: date
    step: str
    reason: str
    recorded_by: str


@dataclass(frozen=True)
class Consultation:
    """Step 2: a colleague, the aandachtsfunctionaris or Veilig Thuis (adviesvraag) consulted."""

    id: int
    held_on: date
    consulted: str  # who, e.g. "J. Bakker"
    consulted_role: str  # e.g. "aandachtsfunctionaris"
    with_veilig_thuis: bool
    question: str
    advice: str
    recorded_by: str


@dataclass(frozen=True)
class Conversation:
    """Step 3: the talk with the client (or the child); or why it did not happen."""

    id: int
    held_on: date | None
    took_place: bool
    with_child: bool
    present: str
    said: str
    reaction: str
    reason_not_held: str
    recorded_by: str
    # The file's own note (the dossier only): a reason not to talk with the child that gives
    # only the age. Never part of a melding.
    age_warning: str = ""


@dataclass(frozen=True)
class HelpOffered:
    id: int
    offered_on: date
    description: str
    offered_to: str
    accepted: bool | None  # None: not yet known
    recorded_by: str


@dataclass(frozen=True)
class AssessmentAnswer:
    number: int
    question: str
    answer: str  # as worded by the kader, e.g. "Ja", "Nee", "Twijfel"
    reason: str


@dataclass(frozen=True)
class Assessment:
    """Step 4: the afwegingskader worked through, under a named kader and version."""

    id: int
    kader_name: str
    kader_version: str
    assessed_on: date
    assessed_by: str
    outcome: str
    answers: tuple[AssessmentAnswer, ...]


@dataclass(frozen=True)
class Decision:
    """Step 5: the two decisions, each with its reasons."""

    id: int
    decided_on: date
    decided_by: str
    report_needed: bool
    report_reason: str
    help_possible: bool
    help_reason: str


@dataclass(frozen=True)
class ReportRecord:
    """An adviesvraag or melding made to Veilig Thuis, as registered in the case."""

    id: int
    made_on: date
    made_by: str
    is_advice_request: bool
    organisation: str
    summary: str


@dataclass(frozen=True)
class FollowUp:
    id: int
    planned_on: date
    done_on: date | None
    done_by: str
    outcome: str
