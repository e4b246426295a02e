"""Step 5 drafted from the weging: both decisions and their reasons, for the professional to
confirm or change before anything is stored.

The one rule that matters most: an outcome that reports is never drafted as "no report".

- The outcome reports to Veilig Thuis: report = yes.
- The outcome reports elsewhere only (a staff-member route: the operator or school board, the
  confidential inspector, the police): report to VT is left open, and the reasons name whom
  the kader says to report to. The professional decides about VT; nothing is assumed.
- The outcome does not report: report = no.
- The weging is still open: report is left open. Help is drafted as yes when the weging waits
  for the end of the agreed term of help (the help has started), and left open otherwise.

The reasons are drafted from the outcome, its norm and the professional's own reasons at each
answer. They are text the user edits and that is stored as theirs, so they are written in the
language the UI passes as `translate` (Dutch unless told otherwise); the kader's own words
(questions, answers, outcome) are Dutch data and stay as they were recorded.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from app.domain.entries import Consultation, Decision, Entry
from app.domain.validation import FieldErrors, msg
from app.domain.weighing import RecordedAnswer, RecordedAssessment
from app.framework.terms import HelpDecision, QuestionRole
from app.i18n import QT_TRANSLATE_NOOP, Message
from app.timeutil import today

Translate = Callable[[str, str], str]
CTX = "prefill"
HELP_ROLES = frozenset(
    {QuestionRole.HELP_POSSIBLE, QuestionRole.HELP_ACCEPTED, QuestionRole.HELP_EFFECTIVE}
)


def as_written(context: str, text: str) -> str:
    """The default `translate`: the Dutch text as it stands."""
    return text


def drafted_report(recorded: RecordedAssessment) -> bool | None:
    """Report to Veilig Thuis as the weging has it; None where the professional must choose."""
    outcome = recorded.outcome
    if outcome is None:
        return None
    if outcome.reports_to_veilig_thuis:
        return True
    if outcome.reports:
        return None
    return False


def drafted_help(recorded: RecordedAssessment) -> bool | None:
    outcome = recorded.outcome
    if outcome is None:
        return True if recorded.waits_for_help_term else None
    return outcome.help is HelpDecision.YES


def decision_draft(
    assessment: Entry[RecordedAssessment],
    decided_on: date | None = None,
    translate: Translate = as_written,
) -> Decision:
    """A Decision to show in step 5, drafted from a stored weging (not validated, not stored).

    The help agreements and whether the client was told are left for the professional.
    """
    recorded = assessment.value
    return Decision(
        decided_on=decided_on or today(),
        report_to_vt=drafted_report(recorded),
        report_reasons=_report_reasons(recorded, translate),
        offer_help=drafted_help(recorded),
        help_reasons=_help_reasons(recorded, translate),
        assessment_id=assessment.id,
    )


def report_expected(recorded: RecordedAssessment) -> Message | None:
    """What a weging that reports to Veilig Thuis says, shown beside the decision while it
    follows the weging (None when the weging does not report)."""
    outcome = recorded.outcome
    if outcome is None or not outcome.reports_to_veilig_thuis:
        return None
    return Message(
        CTX,
        QT_TRANSLATE_NOOP("prefill", "Volgens de weging meldt u bij Veilig Thuis ({norm})."),
        {"norm": outcome.norm.label},
    )


def departure_warning(recorded: RecordedAssessment) -> Message | None:
    """The warning for a decision not to report under a weging that reports (None when the
    weging does not report, so there is nothing to depart from)."""
    outcome = recorded.outcome
    if outcome is None or not outcome.reports_to_veilig_thuis:
        return None
    return Message(
        CTX,
        QT_TRANSLATE_NOOP(
            "prefill",
            "Volgens de weging meldt u bij Veilig Thuis ({norm}). U besluit niet te melden: "
            "schrijf in uw redenen op waarom u van de uitkomst afwijkt.",
        ),
        {"norm": outcome.norm.label},
    )


def report_departure(recorded: RecordedAssessment, decision: Decision) -> Message | None:
    """A warning when the decision not to report goes against a weging that reports to VT.

    The professional may depart from the kader (it is their judgement), but not unawares.
    """
    return departure_warning(recorded) if decision.report_to_vt is False else None


def veilig_thuis_not_consulted(
    decision: Decision, consultations: Iterable[Consultation], expected: bool
) -> Message | None:
    """The notice when a decision not to report has no adviesvraag to Veilig Thuis before it,
    under a kader that expects Veilig Thuis consulted first (`expected`: the weging's kader's
    `consult_veilig_thuis_first`). None when none of that holds."""
    if not expected or decision.report_to_vt is not False:
        return None
    if any(c.is_advice_request for c in consultations):
        return None
    return Message(
        CTX,
        QT_TRANSLATE_NOOP(
            "prefill",
            "Uw beroepscode verwacht dat u Veilig Thuis om advies vraagt voordat u besluit, en "
            "in stap 2 staat geen adviesvraag aan Veilig Thuis. Vraag alsnog advies (0800-2000, "
            "zo nodig zonder namen), of schrijf op waarom u dat niet deed.",
        ),
    )


def check_no_advice_reason(
    decision: Decision, consultations: Iterable[Consultation], expected: bool
) -> None:
    """`ValidationError` at `no_advice_reason` when the notice above holds and no reason is
    written; the decision is then not stored."""
    if veilig_thuis_not_consulted(decision, consultations, expected) is None:
        return
    if decision.no_advice_reason.strip():
        return
    errors = FieldErrors()
    errors.add(
        "no_advice_reason",
        msg(
            QT_TRANSLATE_NOOP(
                "validation", "Schrijf op waarom u Veilig Thuis niet om advies hebt gevraagd."
            )
        ),
    )
    errors.raise_if_any()


def _report_reasons(recorded: RecordedAssessment, translate: Translate) -> str:
    kader = {"kader": recorded.framework_title, "version": recorded.framework_version}
    outcome = recorded.outcome
    lines: list[str] = []
    if outcome is None:
        waiting = recorded.waiting_at
        assert waiting is not None
        if recorded.waits_for_help_term:
            template = QT_TRANSLATE_NOOP(
                "prefill",
                "De weging met {kader} (versie {version}) is nog niet afgerond: vraag {number} "
                "({question}) beantwoordt u aan het eind van de afgesproken termijn voor de hulp.",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "prefill",
                "De weging met {kader} (versie {version}) is nog niet afgerond; zij staat bij "
                "vraag {number} ({question}).",
            )
        lines.append(
            translate(CTX, template).format(**kader, number=waiting.number, question=waiting.text)
        )
    else:
        lines.append(
            translate(
                CTX,
                QT_TRANSLATE_NOOP(
                    "prefill", "Uitkomst van de weging met {kader} (versie {version}): {outcome}"
                ),
            ).format(**kader, outcome=outcome.text)
        )
        lines.append(
            translate(CTX, QT_TRANSLATE_NOOP("prefill", "Norm: {norm}")).format(
                norm=translate("afwegingskader", outcome.norm.label)
            )
        )
        if outcome.reports and not outcome.reports_to_veilig_thuis:
            recipients = ", ".join(translate("afwegingskader", r.label) for r in outcome.report_to)
            lines.append(
                translate(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "prefill",
                        "Volgens de weging meldt u aan: {recipients}. Beslis zelf of u ook bij "
                        "Veilig Thuis meldt.",
                    ),
                ).format(recipients=recipients)
            )
    lines += _answer_lines(recorded.answers, translate)
    return "\n".join(lines)


def _help_reasons(recorded: RecordedAssessment, translate: Translate) -> str:
    lines: list[str] = []
    outcome = recorded.outcome
    if outcome is not None:
        lines.append(
            translate(
                CTX,
                QT_TRANSLATE_NOOP(
                    "prefill", "Hulp bieden of organiseren volgens de weging: {help}"
                ),
            ).format(help=translate("afwegingskader", outcome.help.label))
        )
    help_answers = [a for a in recorded.answers if a.question.role in HELP_ROLES]
    if help_answers:
        lines += _answer_lines(help_answers, translate)
    elif outcome is not None:
        lines.append(outcome.text)
    return "\n".join(lines)


def _answer_lines(answers: Iterable[RecordedAnswer], translate: Translate) -> list[str]:
    template = translate(
        CTX,
        QT_TRANSLATE_NOOP(
            "prefill", "- Vraag {number}: {question} Antwoord: {answer}. Reden: {reason}"
        ),
    )
    lines = [translate(CTX, QT_TRANSLATE_NOOP("prefill", "Mijn antwoorden en redenen:"))]
    lines += [
        template.format(
            number=a.question.number,
            question=a.question.text,
            answer=a.answer_label,
            reason=a.reason,
        )
        for a in answers
    ]
    return lines
