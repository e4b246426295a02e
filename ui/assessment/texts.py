"""What a weging's outcome says on screen: both decisions, the norm and the next actions.

The only place where an outcome (the kader's `Outcome`, or a stored weging's `RecordedOutcome`)
becomes the decision text a user reads. It follows the outcome's own `reports`, never a rule of
its own: a path the engine says reports is never shown as 'no report'.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication

from app.domain.weighing import RecordedOutcome
from app.framework.model import Outcome
from app.framework.terms import CTX, Action, Entry, FrameworkTerm
from ui.text import date_text

# What must be done now, shown first and prominently; 112 before anything else.
URGENT_ACTIONS = (
    Action.CALL_112_IF_ACUTE,
    Action.CALL_VEILIG_THUIS,
    Action.TELL_CHILDCARE_OPERATOR,
    Action.TELL_SCHOOL_BOARD,
    Action.CONSULT_CONFIDENTIAL_INSPECTOR,
    Action.REPORT_TO_POLICE,
)


def term_text(term: FrameworkTerm) -> str:
    """A label of the kader vocabulary (decisions, norms, actions) in the user's language."""
    return QCoreApplication.translate(CTX, term.label)


def listed(items: list[str]) -> str:
    """'a', 'a en b', 'a, b en c'."""
    if len(items) < 2:
        return "".join(items)
    return QCoreApplication.translate("Assessment", "{items} en {last}").format(
        items=", ".join(items[:-1]), last=items[-1]
    )


@dataclass(frozen=True)
class DecisionTexts:
    reports: bool
    report: str  # decision 1, the engine's own decision label
    recipients: str  # who receives the report; empty when nothing is reported
    help: str  # decision 2
    norm: str
    urgent_actions: tuple[str, ...]
    next_actions: tuple[str, ...]


def decision_texts(outcome: Outcome | RecordedOutcome) -> DecisionTexts:
    urgent = [a for a in URGENT_ACTIONS if a in outcome.actions]
    return DecisionTexts(
        reports=outcome.reports,
        report=term_text(outcome.report),
        recipients=listed([term_text(r) for r in outcome.report_to]) if outcome.reports else "",
        help=term_text(outcome.help),
        norm=term_text(outcome.norm),
        urgent_actions=tuple(term_text(a) for a in urgent),
        next_actions=tuple(term_text(a) for a in outcome.actions if a not in urgent),
    )


def question_heading(number: str) -> str:
    """'Vraag 2', 'Vraag V1'; a number that is a word ('Route') stands alone."""
    if any(c.isdigit() for c in number):
        return QCoreApplication.translate("Assessment", "Vraag {number}").format(number=number)
    return number


def framework_line(
    group_name: str, version: str, made_on: date | None, entry: Entry | None = None
) -> str:
    """'Artsen · versie 1.0 van 22-11-2026', with the kind of weging when given; without the
    date when it is not known (a weging stored before it kept the kader's date)."""
    if made_on is None:
        line = QCoreApplication.translate("Assessment", "{group} · versie {version}").format(
            group=group_name, version=version
        )
    else:
        line = QCoreApplication.translate(
            "Assessment", "{group} · versie {version} van {date}"
        ).format(group=group_name, version=version, date=date_text(made_on))
    return line if entry is None else f"{line} · {term_text(entry)}"
