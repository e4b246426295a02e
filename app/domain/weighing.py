"""What step 4 records: a weging (assessment) with the afwegingskader, as kept in the case.

A `RecordedAssessment` is the `AssessmentRecord` of the engine (kader id and version, where it
started, each question with the answer and the professional's own reason) together with the
words the professional read at the time: the question texts, the answer labels and the
outcome with its two decisions and norm. A released kader version is never edited, but a
version may stop being shipped; the stored words keep the weging readable for anyone who
later reads the file, a judge included, without the kader file.

A weging may be made under another group's kader than the user's own (a school's staff-member
route in a practice of another group, say); it then keeps the name of the group passed over, so
the file shows the choice.

An open weging is stored too: the kaders ask to answer "does the help lead to lasting
safety?" only at the end of the agreed term, so a weging may wait at that question for months.
Continuing it adds a version; an answer once stored is never changed. A different answer is
a new weging, and the earlier one stays in the file.

What is read back is checked before anyone sees it: a stored outcome whose decisions disagree
(a report "no" beside a norm or recipients that report) is refused, never shown or drafted
as "no report" (`RecordUnreadable`, also for any other damage to a stored weging).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date

from app.domain.payload import from_payload
from app.framework import terms
from app.framework.assessment import Assessment, AssessmentRecord, RecordUnreadable, Step
from app.framework.model import Outcome, Question
from app.framework.rules import outcome_faults


@dataclass(frozen=True)
class RecordedQuestion:
    id: str
    number: str  # as the kader shows it: "1", "Route", "V1"
    role: terms.QuestionRole
    text: str


@dataclass(frozen=True)
class RecordedAnswer:
    question: RecordedQuestion
    answer_id: str
    answer_label: str
    reason: str


@dataclass(frozen=True)
class RecordedOutcome:
    id: str
    report: terms.ReportDecision
    report_to: tuple[terms.Recipient, ...]
    help: terms.HelpDecision
    norm: terms.Norm
    text: str
    # The next things to do (112 first when acute); empty in wegingen stored before they were kept.
    actions: tuple[terms.Action, ...] = ()

    def __post_init__(self) -> None:
        if any(outcome_faults(self, "")):
            raise RecordUnreadable()

    @property
    def reports(self) -> bool:
        return self.report is not terms.ReportDecision.NO

    @property
    def reports_to_veilig_thuis(self) -> bool:
        return terms.Recipient.VEILIG_THUIS in self.report_to


@dataclass(frozen=True)
class RecordedAssessment:
    framework_id: str
    framework_version: str
    framework_title: str
    group_id: str
    group_name: str
    start: terms.Entry
    answers: tuple[RecordedAnswer, ...]
    outcome: RecordedOutcome | None = None
    # The question an open weging waits at; None once the outcome is reached.
    waiting_at: RecordedQuestion | None = None
    # The kader version's date; None in wegingen stored before it was kept.
    framework_date: date | None = None
    # The user's own profession group when the weging was made under another group's kader
    # (chosen for this case); "" under the group's own kader, or stored before this was kept.
    instead_of_group: str = ""

    @property
    def is_complete(self) -> bool:
        return self.outcome is not None

    @property
    def waits_for_help_term(self) -> bool:
        """Open at the question the kader answers only when the agreed term for help ends."""
        return self.waiting_at is not None and (
            self.waiting_at.role is terms.QuestionRole.HELP_EFFECTIVE
        )

    @property
    def settled(self) -> bool:
        """Step 4 is done: the outcome is reached, or help has started and waits for its term."""
        return self.is_complete or self.waits_for_help_term

    def record(self) -> AssessmentRecord:
        """The engine's record, to replay the weging under its own kader version."""
        return AssessmentRecord(
            self.framework_id,
            self.framework_version,
            self.start,
            tuple(Step(a.question.id, a.answer_id, a.reason) for a in self.answers),
        )


def _question(question: Question) -> RecordedQuestion:
    return RecordedQuestion(question.id, question.number, question.role, question.text)


def recorded_outcome(outcome: Outcome) -> RecordedOutcome:
    return RecordedOutcome(
        outcome.id,
        outcome.report,
        outcome.report_to,
        outcome.help,
        outcome.norm,
        outcome.text,
        outcome.actions,
    )


def recorded_from(assessment: Assessment, instead_of_group: str = "") -> RecordedAssessment:
    """The weging as the case keeps it, with the kader's words of this moment.

    `instead_of_group`: the user's profession group, when the kader is another group's.
    """
    framework = assessment.framework
    open_question = assessment.current_question
    return RecordedAssessment(
        framework_id=framework.id,
        framework_version=framework.version,
        framework_title=framework.title,
        group_id=framework.group.id,
        group_name=framework.group.name,
        start=assessment.entry,
        answers=tuple(
            RecordedAnswer(_question(step.question), step.answer.id, step.answer.label, step.reason)
            for step in assessment.path()
        ),
        outcome=None if assessment.outcome is None else recorded_outcome(assessment.outcome),
        waiting_at=None if open_question is None else _question(open_question),
        framework_date=framework.date,
        instead_of_group=instead_of_group,
    )


def stored_assessment(payload: str) -> RecordedAssessment:
    """A weging read back from the vault's JSON; `RecordUnreadable` when it is damaged."""
    try:
        data = json.loads(payload)
        if not isinstance(data, dict):
            raise TypeError
        return from_payload(RecordedAssessment, data)
    except (KeyError, TypeError, ValueError):
        raise RecordUnreadable() from None


def with_replayed_details(recorded: RecordedAssessment, live: Assessment) -> RecordedAssessment:
    """A weging stored before it kept the kader's date and the outcome's next actions, with
    those taken from its replay under the same kader version; the stored words stay as they
    are."""
    outcome = recorded.outcome
    if outcome is not None and not outcome.actions and live.outcome is not None:
        outcome = replace(outcome, actions=live.outcome.actions)
    return replace(
        recorded,
        outcome=outcome,
        framework_date=recorded.framework_date or live.framework.date,
    )
