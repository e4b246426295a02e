"""A loaded kader as immutable values: questions, answers, outcomes and where they lead.

An answer's `next` names either a question or an outcome of the same kader; the two share one
namespace of ids, so a transition is one string in the data file. The loader has checked every
such name before a `Framework` reaches anyone.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from app.framework.terms import (
    Action,
    Entry,
    HelpDecision,
    Meaning,
    Norm,
    QuestionRole,
    Recipient,
    ReportDecision,
)


@dataclass(frozen=True)
class ProfessionGroup:
    id: str
    name: str


@dataclass(frozen=True)
class SourceReference:
    """What a kader was based on, cited (never copied): title, publisher and year."""

    title: str
    publisher: str
    year: int
    remark: str = ""


@dataclass(frozen=True)
class Answer:
    id: str
    label: str
    next: str
    meaning: Meaning | None = None
    guidance: str = ""
    actions: tuple[Action, ...] = ()


@dataclass(frozen=True)
class Question:
    id: str
    number: str
    role: QuestionRole
    text: str
    guidance: str
    answers: tuple[Answer, ...]

    def answer(self, answer_id: str) -> Answer | None:
        return next((a for a in self.answers if a.id == answer_id), None)

    @property
    def shown_answers(self) -> tuple[Answer, ...]:
        """The answers in the one order every question shows them: what counts as yes first
        (education's 'Twijfel' after its 'Ja'), then what counts as no.

        Kader files list them in either order, and a released file is never edited, so the
        order is set here. Answers without a meaning (a route) keep the file's order.
        """
        if any(a.meaning is None for a in self.answers):
            return self.answers
        rank = {Meaning.YES: 0, Meaning.NO: 1}
        return tuple(sorted(self.answers, key=lambda a: rank[a.meaning] if a.meaning else 2))


@dataclass(frozen=True)
class Outcome:
    """Both decisions (report? help?), the norm behind them, the text and the next actions."""

    id: str
    report: ReportDecision
    report_to: tuple[Recipient, ...]
    help: HelpDecision
    norm: Norm
    text: str
    actions: tuple[Action, ...]

    @property
    def reports(self) -> bool:
        """True when anyone is to receive a report: Veilig Thuis, or a staff route's chain."""
        return self.report is not ReportDecision.NO

    @property
    def reports_to_veilig_thuis(self) -> bool:
        return Recipient.VEILIG_THUIS in self.report_to


@dataclass(frozen=True)
class FrameworkKey:
    """What a recorded check names: the kader and the exact version it was made under."""

    id: str
    version: str


@dataclass(frozen=True)
class Framework:
    id: str
    version: str
    date: date
    title: str
    group: ProfessionGroup
    source: SourceReference
    notes: str
    entries: Mapping[Entry, str]
    questions: Mapping[str, Question]
    outcomes: Mapping[str, Outcome]
    # The group's code expects Veilig Thuis to be consulted before deciding not to report
    # (doctors, youth health care): step 5 asks why when step 2 holds no adviesvraag.
    consult_veilig_thuis_first: bool = False

    @property
    def key(self) -> FrameworkKey:
        return FrameworkKey(self.id, self.version)

    @property
    def version_order(self) -> tuple[int, ...]:
        return tuple(int(part) for part in self.version.split("."))

    def questions_with_role(self, role: QuestionRole) -> tuple[Question, ...]:
        return tuple(q for q in self.questions.values() if q.role is role)
