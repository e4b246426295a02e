"""Every answer path through a kader, walked with the public check API.

A path is written as ("suspicion=yes", "unsafety=no", ...): question id and answer id, in the
order answered. The walk uses `Assessment.answer` itself, so an enumeration also exercises the
engine, not only the data.
"""

from __future__ import annotations

from app.framework.assessment import Assessment, start_assessment
from app.framework.model import Framework, Outcome
from app.framework.terms import Entry

AnswerPath = tuple[str, ...]
REASON = "Eigen afweging, vastgelegd voor de test."


def all_paths(framework: Framework, entry: Entry = Entry.CHECK) -> dict[AnswerPath, Outcome]:
    found: dict[AnswerPath, Outcome] = {}

    def walk(assessment: Assessment, path: AnswerPath) -> None:
        if assessment.outcome is not None:
            assert path not in found
            found[path] = assessment.outcome
            return
        question = assessment.current_question
        assert question is not None, "a check is either at a question or at an outcome"
        for answer in question.answers:
            walk(assessment.answer(answer.id, REASON), (*path, f"{question.id}={answer.id}"))

    walk(start_assessment(framework, entry), ())
    return found
