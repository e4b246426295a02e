"""Working through a kader: one answer at a time, each with the professional's own reason.

An `Assessment` (weging) is a value: answering or going back returns a new `Assessment`, so
the UI can move back and forth freely. Its whole state is the kader, the entry and the steps
taken; where it stands and what the outcome is are derived from those. `AssessmentRecord` is
what gets stored: the kader's id and version and the (question, answer, reason) steps.
Replaying a record under any other kader or version is refused: an assessment is only ever
shown under the kader it was made with.

The reasons are case data. They never appear in an exception message or a log line.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from app.domain.validation import TEXT_MAX, FieldErrors, msg, required_text
from app.errors import MeldcodeError
from app.framework.model import Answer, Framework, Outcome, Question
from app.framework.terms import CTX, Entry
from app.i18n import QT_TRANSLATE_NOOP, Message

RECORD_FORMAT = 1


class AssessmentError(MeldcodeError):
    pass


class AssessmentComplete(AssessmentError):
    def __init__(self) -> None:
        super().__init__(
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "afwegingskader",
                    "Deze weging is al afgerond. Ga eerst terug als u een antwoord wilt wijzigen.",
                ),
            )
        )


class NothingToGoBackTo(AssessmentError):
    def __init__(self) -> None:
        super().__init__(
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "afwegingskader", "Er is nog geen antwoord gegeven om naar terug te gaan."
                ),
            )
        )


class QuestionNotOnPath(AssessmentError):
    def __init__(self, question: str) -> None:
        super().__init__(
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "afwegingskader", "Vraag '{question}' is in deze weging niet beantwoord."
                ),
                {"question": question},
            )
        )


class EntryNotInFramework(AssessmentError):
    def __init__(self, framework: Framework, entry: Entry) -> None:
        super().__init__(
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "afwegingskader",
                    "Afwegingskader '{kader}' versie {version} heeft geen startpunt '{entry}'.",
                ),
                {"kader": framework.id, "version": framework.version, "entry": entry.value},
            )
        )


class FrameworkMismatch(AssessmentError):
    """A record replayed under another kader or another version of it."""

    def __init__(self, record: AssessmentRecord, framework: Framework) -> None:
        if record.framework_id != framework.id:
            text = QT_TRANSLATE_NOOP(
                "afwegingskader",
                "Deze weging hoort bij afwegingskader '{recorded}', niet bij '{loaded}'.",
            )
        else:
            text = QT_TRANSLATE_NOOP(
                "afwegingskader",
                "Deze weging is gemaakt met afwegingskader '{recorded}' versie {recorded_version}; "
                "zij wordt niet geopend onder versie {loaded_version}.",
            )
        super().__init__(
            Message(
                CTX,
                text,
                {
                    "recorded": record.framework_id,
                    "loaded": framework.id,
                    "recorded_version": record.framework_version,
                    "loaded_version": framework.version,
                },
            )
        )


class RecordDoesNotFit(AssessmentError):
    """A stored record whose steps do not walk through its own kader (damaged or edited)."""

    def __init__(self, framework: Framework, step_number: int) -> None:
        super().__init__(
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "afwegingskader",
                    "De opgeslagen weging past niet bij afwegingskader '{kader}' versie "
                    "{version}: stap {step} klopt niet.",
                ),
                {"kader": framework.id, "version": framework.version, "step": step_number},
            )
        )


class RecordUnreadable(AssessmentError):
    def __init__(self) -> None:
        super().__init__(
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "afwegingskader", "De opgeslagen weging is onleesbaar of onvolledig."
                ),
            )
        )


@dataclass(frozen=True)
class Step:
    question_id: str
    answer_id: str
    reason: str


@dataclass(frozen=True)
class PathStep:
    """One answered question as the UI shows it."""

    question: Question
    answer: Answer
    reason: str


@dataclass(frozen=True)
class AssessmentRecord:
    framework_id: str
    framework_version: str
    entry: Entry
    steps: tuple[Step, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": RECORD_FORMAT,
            "framework_id": self.framework_id,
            "framework_version": self.framework_version,
            "entry": self.entry.value,
            "steps": [
                {"question": s.question_id, "answer": s.answer_id, "reason": s.reason}
                for s in self.steps
            ],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AssessmentRecord:
        try:
            if data["format"] != RECORD_FORMAT:
                raise RecordUnreadable
            steps = tuple(
                Step(stored_text(s["question"]), stored_text(s["answer"]), stored_text(s["reason"]))
                for s in data["steps"]
            )
            return cls(
                stored_text(data["framework_id"]),
                stored_text(data["framework_version"]),
                Entry(data["entry"]),
                steps,
            )
        except (KeyError, TypeError, ValueError):
            raise RecordUnreadable from None

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> AssessmentRecord:
        return cls.from_dict(stored_object(text))


def stored_object(text: str) -> dict[str, Any]:
    """The JSON object of a stored record; anything else is unreadable."""
    try:
        data = json.loads(text)
    except ValueError:
        raise RecordUnreadable from None
    if not isinstance(data, dict):
        raise RecordUnreadable
    return data


def stored_text(value: object) -> str:
    """A text field of a stored weging; a `TypeError` when it is not one (callers turn that
    into `RecordUnreadable`)."""
    if not isinstance(value, str):
        raise TypeError
    return value


@dataclass(frozen=True)
class Assessment:
    """A weging under one kader; make one with `start_assessment` or `replay`."""

    framework: Framework
    entry: Entry
    steps: tuple[Step, ...] = ()
    _position: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.entry not in self.framework.entries:
            raise EntryNotInFramework(self.framework, self.entry)
        position = self.framework.entries[self.entry]
        for number, step in enumerate(self.steps, start=1):
            question = self.framework.questions.get(position)
            answer = question.answer(step.answer_id) if question else None
            if question is None or answer is None or step.question_id != question.id:
                raise RecordDoesNotFit(self.framework, number)
            if not step.reason.strip():
                raise RecordDoesNotFit(self.framework, number)
            position = answer.next
        object.__setattr__(self, "_position", position)

    @property
    def current_question(self) -> Question | None:
        return self.framework.questions.get(self._position)

    @property
    def outcome(self) -> Outcome | None:
        return self.framework.outcomes.get(self._position)

    @property
    def is_complete(self) -> bool:
        return self.outcome is not None

    @property
    def can_go_back(self) -> bool:
        return bool(self.steps)

    def path(self) -> tuple[PathStep, ...]:
        items = []
        for step in self.steps:
            question = self.framework.questions[step.question_id]
            answer = question.answer(step.answer_id)
            assert answer is not None  # __post_init__ walked every step
            items.append(PathStep(question, answer, step.reason))
        return tuple(items)

    def answer(self, answer_id: str, reason: str) -> Assessment:
        """The assessment one step further. The reason is required: the file must say why."""
        question = self.current_question
        if question is None:
            raise AssessmentComplete
        errors = FieldErrors()
        if question.answer(answer_id) is None:
            errors.add(
                "answer",
                msg(QT_TRANSLATE_NOOP("validation", "Kies een van de antwoorden bij deze vraag.")),
            )
        cleaned = required_text(
            errors,
            "reason",
            reason,
            QT_TRANSLATE_NOOP(
                "validation",
                "Schrijf bij elk antwoord uw eigen reden op: waarom antwoordt u zo?",
            ),
            TEXT_MAX,
        )
        errors.raise_if_any()
        return Assessment(
            self.framework, self.entry, (*self.steps, Step(question.id, answer_id, cleaned))
        )

    def back(self) -> Assessment:
        """The assessment before the last answer (its reason is dropped with it)."""
        if not self.steps:
            raise NothingToGoBackTo
        return Assessment(self.framework, self.entry, self.steps[:-1])

    def back_to(self, question_id: str) -> Assessment:
        """Back at an earlier question, its answer and all later ones undone."""
        for index, step in enumerate(self.steps):
            if step.question_id == question_id:
                return Assessment(self.framework, self.entry, self.steps[:index])
        raise QuestionNotOnPath(question_id)

    def record(self) -> AssessmentRecord:
        return AssessmentRecord(self.framework.id, self.framework.version, self.entry, self.steps)


def start_assessment(framework: Framework, entry: Entry = Entry.CHECK) -> Assessment:
    return Assessment(framework, entry)


def replay(framework: Framework, record: AssessmentRecord) -> Assessment:
    """The assessment a record describes, under exactly the kader and version it names."""
    if (record.framework_id, record.framework_version) != (framework.id, framework.version):
        raise FrameworkMismatch(record, framework)
    return Assessment(framework, record.entry, record.steps)
