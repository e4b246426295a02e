"""The texts of a weging as they read when it was recorded, to show it without its kader.

A stored weging is normally shown by replaying its `AssessmentRecord` under the exact kader
version it names. That version may one day be gone (a program update that no longer ships it,
a damaged file). So the file keeps an `AssessmentSnapshot` beside the record: every question
and answer as the user read them, the reasons, and the outcome with both decisions, the norm
and the next actions. It is built from a replayed `Assessment`, and its ids give the record
back, so the two never disagree.

The reasons are case data: a snapshot belongs in the vault, never in a log or a message.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from app.framework.assessment import (
    Assessment,
    AssessmentRecord,
    RecordUnreadable,
    Step,
    stored_object,
    stored_text,
)
from app.framework.model import Outcome
from app.framework.rules import outcome_faults
from app.framework.terms import Action, Entry, HelpDecision, Norm, Recipient, ReportDecision

SNAPSHOT_FORMAT = 1


@dataclass(frozen=True)
class SnapshotStep:
    """One answered question: the ids (for the record) and the texts (for reading)."""

    question_id: str
    number: str
    question: str
    answer_id: str
    answer: str
    reason: str


@dataclass(frozen=True)
class AssessmentSnapshot:
    framework_id: str
    framework_version: str
    framework_date: date
    framework_title: str
    group_name: str
    entry: Entry
    steps: tuple[SnapshotStep, ...]
    outcome: Outcome | None
    # Where an unfinished weging stands: the question still to answer (empty when complete).
    open_number: str = ""
    open_question: str = ""

    @classmethod
    def of(cls, assessment: Assessment) -> AssessmentSnapshot:
        framework = assessment.framework
        steps = tuple(
            SnapshotStep(
                p.question.id,
                p.question.number,
                p.question.text,
                p.answer.id,
                p.answer.label,
                p.reason,
            )
            for p in assessment.path()
        )
        current = assessment.current_question
        return cls(
            framework_id=framework.id,
            framework_version=framework.version,
            framework_date=framework.date,
            framework_title=framework.title,
            group_name=framework.group.name,
            entry=assessment.entry,
            steps=steps,
            outcome=assessment.outcome,
            open_number=current.number if current else "",
            open_question=current.text if current else "",
        )

    @property
    def is_complete(self) -> bool:
        return self.outcome is not None

    def record(self) -> AssessmentRecord:
        """The record these texts were taken from (ids and reasons only)."""
        return AssessmentRecord(
            self.framework_id,
            self.framework_version,
            self.entry,
            tuple(Step(s.question_id, s.answer_id, s.reason) for s in self.steps),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": SNAPSHOT_FORMAT,
            "framework_id": self.framework_id,
            "framework_version": self.framework_version,
            "framework_date": self.framework_date.isoformat(),
            "framework_title": self.framework_title,
            "group_name": self.group_name,
            "entry": self.entry.value,
            "steps": [
                {
                    "question_id": s.question_id,
                    "number": s.number,
                    "question": s.question,
                    "answer_id": s.answer_id,
                    "answer": s.answer,
                    "reason": s.reason,
                }
                for s in self.steps
            ],
            "outcome": None if self.outcome is None else _outcome_dict(self.outcome),
            "open_number": self.open_number,
            "open_question": self.open_question,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AssessmentSnapshot:
        try:
            if data["format"] != SNAPSHOT_FORMAT:
                raise RecordUnreadable
            raw_outcome = data["outcome"]
            return cls(
                framework_id=stored_text(data["framework_id"]),
                framework_version=stored_text(data["framework_version"]),
                framework_date=date.fromisoformat(stored_text(data["framework_date"])),
                framework_title=stored_text(data["framework_title"]),
                group_name=stored_text(data["group_name"]),
                entry=Entry(data["entry"]),
                steps=tuple(
                    SnapshotStep(
                        stored_text(s["question_id"]),
                        stored_text(s["number"]),
                        stored_text(s["question"]),
                        stored_text(s["answer_id"]),
                        stored_text(s["answer"]),
                        stored_text(s["reason"]),
                    )
                    for s in data["steps"]
                ),
                outcome=None if raw_outcome is None else _outcome(raw_outcome),
                open_number=stored_text(data["open_number"]),
                open_question=stored_text(data["open_question"]),
            )
        except (KeyError, TypeError, ValueError):
            raise RecordUnreadable from None

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> AssessmentSnapshot:
        return cls.from_dict(stored_object(text))


def _outcome_dict(outcome: Outcome) -> dict[str, Any]:
    return {
        "id": outcome.id,
        "report": outcome.report.value,
        "report_to": [r.value for r in outcome.report_to],
        "help": outcome.help.value,
        "norm": outcome.norm.value,
        "text": outcome.text,
        "actions": [a.value for a in outcome.actions],
    }


def _outcome(data: Mapping[str, Any]) -> Outcome:
    """A stored outcome, refused when its decisions disagree: a damaged snapshot must never
    show 'no report' beside a norm or recipients that say otherwise."""
    outcome = Outcome(
        id=stored_text(data["id"]),
        report=ReportDecision(data["report"]),
        report_to=tuple(Recipient(r) for r in data["report_to"]),
        help=HelpDecision(data["help"]),
        norm=Norm(data["norm"]),
        text=stored_text(data["text"]),
        actions=tuple(Action(a) for a in data["actions"]),
    )
    if any(outcome_faults(outcome, "")):
        raise ValueError
    return outcome
