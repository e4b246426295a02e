"""The rules a kader must pass before anyone may use it.

Structure first: every transition lands on a question or an outcome, no question leads back to
itself, every question and outcome can be reached. Then the safety rules, which are the reason
this module exists: "a wrong 'no need to report' is the worst error this program can make".

- An answer that counts as yes at a question about unsafety (or new signals after a report, or
  an indication against a staff member) is followed by a report on every path.
- An answer that counts as no at the suspicion question (or at the staff-member question) is
  followed by no report on any path: without a suspicion there is nothing to report.
- Every path of the weighing passes the suspicion question (or the staff-member question).
- An outcome's norm, report decision and recipients agree with each other.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol

from app.framework import faults
from app.framework.faults import FrameworkFault
from app.framework.model import Framework, Outcome
from app.framework.terms import Entry, Meaning, Norm, QuestionRole, Recipient, ReportDecision

YES_MEANS_REPORT = frozenset(
    {QuestionRole.UNSAFETY, QuestionRole.NEW_SIGNALS, QuestionRole.STAFF_OFFENCE}
)
# A no at these closes without a report, and every path of the weighing passes one of them.
SUSPICION_ROLES = frozenset({QuestionRole.SUSPICION, QuestionRole.STAFF_OFFENCE})
REQUIRED_ROLES = (QuestionRole.SUSPICION, QuestionRole.UNSAFETY)
ROLES_WITHOUT_MEANING = frozenset({QuestionRole.ROUTE, QuestionRole.OTHER})


def check_framework(framework: Framework, file: str) -> list[FrameworkFault]:
    """Every fault of a kader; the safety rules run only on a sound structure."""
    found = [*_entry_faults(framework, file), *_dangling_faults(framework, file)]
    found += _cycle_faults(framework, file)
    if found:
        return found
    found += _reachability_faults(framework, file)
    found += _meaning_faults(framework, file)
    found += _outcome_faults(framework, file)
    if found:
        return found
    found += _path_without_suspicion_faults(framework, file)
    found += _safety_faults(framework, file)
    return found


def _successors(framework: Framework, node: str) -> Iterator[str]:
    question = framework.questions.get(node)
    if question is not None:
        for answer in question.answers:
            yield answer.next


def reachable(framework: Framework, start: str) -> set[str]:
    """All questions and outcomes on some path from `start` (itself included)."""
    seen: set[str] = set()
    todo = [start]
    while todo:
        node = todo.pop()
        if node in seen:
            continue
        seen.add(node)
        todo.extend(_successors(framework, node))
    return seen


def reachable_outcomes(framework: Framework, start: str) -> list[Outcome]:
    return [
        framework.outcomes[node]
        for node in sorted(reachable(framework, start))
        if node in framework.outcomes
    ]


def _entry_faults(framework: Framework, file: str) -> Iterator[FrameworkFault]:
    for entry, target in framework.entries.items():
        if target not in framework.questions:
            yield faults.bad_entry(file, entry.value, target)


def _dangling_faults(framework: Framework, file: str) -> Iterator[FrameworkFault]:
    for question in framework.questions.values():
        for answer in question.answers:
            if answer.next not in framework.questions and answer.next not in framework.outcomes:
                yield faults.dangling_transition(file, question.id, answer.id, answer.next)


def _cycle_faults(framework: Framework, file: str) -> list[FrameworkFault]:
    """Depth-first search with colours; the first loop found is named question by question."""
    done: set[str] = set()
    for root in framework.questions:
        if root in done:
            continue
        trail: list[str] = []
        on_trail: set[str] = set()
        stack: list[tuple[str, Iterator[str]]] = [(root, _successors(framework, root))]
        trail.append(root)
        on_trail.add(root)
        while stack:
            node, successors = stack[-1]
            step = next(successors, None)
            if step is None:
                stack.pop()
                trail.pop()
                on_trail.discard(node)
                done.add(node)
                continue
            if step in on_trail:
                loop = [*trail[trail.index(step) :], step]
                return [faults.cycle(file, " → ".join(loop))]
            if step in done or step not in framework.questions:
                continue
            stack.append((step, _successors(framework, step)))
            trail.append(step)
            on_trail.add(step)
    return []


def _reachability_faults(framework: Framework, file: str) -> Iterator[FrameworkFault]:
    seen: set[str] = set()
    for target in framework.entries.values():
        seen |= reachable(framework, target)
    for question_id in framework.questions:
        if question_id not in seen:
            yield faults.unreachable_question(file, question_id)
    for outcome_id in framework.outcomes:
        if outcome_id not in seen:
            yield faults.unreachable_outcome(file, outcome_id)


def _meaning_faults(framework: Framework, file: str) -> Iterator[FrameworkFault]:
    for role in REQUIRED_ROLES:
        if not framework.questions_with_role(role):
            yield faults.role_missing(file, role.value)
    for question in framework.questions.values():
        if question.role in ROLES_WITHOUT_MEANING:
            continue
        meanings = set()
        for answer in question.answers:
            if answer.meaning is None:
                yield faults.meaning_missing(file, question.id, answer.id, question.role.value)
            meanings.add(answer.meaning)
        if not {Meaning.YES, Meaning.NO} <= meanings:
            yield faults.role_answers_incomplete(file, question.id, question.role.value)


def _outcome_faults(framework: Framework, file: str) -> Iterator[FrameworkFault]:
    for outcome in framework.outcomes.values():
        yield from outcome_faults(outcome, file)


class OutcomeDecisions(Protocol):
    """What the agreement rule reads: a kader's outcome, or an outcome as a weging stored it."""

    @property
    def id(self) -> str: ...
    @property
    def report(self) -> ReportDecision: ...
    @property
    def report_to(self) -> tuple[Recipient, ...]: ...
    @property
    def norm(self) -> Norm: ...
    @property
    def reports(self) -> bool: ...


def outcome_faults(outcome: OutcomeDecisions, file: str) -> Iterator[FrameworkFault]:
    """Whether an outcome's norm, report decision and recipients agree with each other."""
    if outcome.norm.requires_report != outcome.reports:
        yield faults.norm_contradicts_report(
            file, outcome.id, outcome.norm.value, outcome.report.value
        )
    if not outcome.reports and outcome.report_to:
        yield faults.recipients_without_report(file, outcome.id)
    if outcome.reports and not outcome.report_to:
        yield faults.report_without_recipients(file, outcome.id)
    if (
        outcome.report is ReportDecision.YES_WEIGH_HELP_WITH_VEILIG_THUIS
        and Recipient.VEILIG_THUIS not in outcome.report_to
    ):
        yield faults.weigh_with_veilig_thuis_without_report_to_it(file, outcome.id)


def _path_without_suspicion_faults(framework: Framework, file: str) -> Iterator[FrameworkFault]:
    """Walk the weighing from its start but stop at every suspicion question."""
    seen: set[str] = set()
    todo = [framework.entries[Entry.CHECK]]
    while todo:
        node = todo.pop()
        if node in seen:
            continue
        seen.add(node)
        if node in framework.outcomes:
            yield faults.path_without_suspicion(file, node)
        elif framework.questions[node].role not in SUSPICION_ROLES:
            todo.extend(_successors(framework, node))


def _safety_faults(framework: Framework, file: str) -> Iterator[FrameworkFault]:
    for question in framework.questions.values():
        for answer in question.answers:
            if answer.meaning is Meaning.YES and question.role in YES_MEANS_REPORT:
                for outcome in reachable_outcomes(framework, answer.next):
                    if not outcome.reports:
                        yield faults.no_report_after_yes(file, question.id, answer.id, outcome.id)
            if answer.meaning is Meaning.NO and question.role in SUSPICION_ROLES:
                for outcome in reachable_outcomes(framework, answer.next):
                    if outcome.reports:
                        yield faults.report_after_no(file, question.id, answer.id, outcome.id)
