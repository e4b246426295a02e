"""Why a kader file is refused: one Dutch message per fault, each naming the file.

A kader file is written by us or by a profession group's editor, never by a case, so its name
and ids may appear in a message. The kind of each fault is kept apart from its text so tests
(and a future editor) can tell faults apart without reading Dutch.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.errors import MeldcodeError
from app.framework.terms import CTX
from app.i18n import QT_TRANSLATE_NOOP, Message


class FaultKind(StrEnum):
    UNREADABLE = "unreadable"
    NOT_TOML = "not_toml"
    SCHEMA = "schema"
    BAD_DATE = "bad_date"
    DUPLICATE_ID = "duplicate_id"
    BAD_ENTRY = "bad_entry"
    DANGLING_TRANSITION = "dangling_transition"
    CYCLE = "cycle"
    UNREACHABLE_QUESTION = "unreachable_question"
    UNREACHABLE_OUTCOME = "unreachable_outcome"
    MEANING_MISSING = "meaning_missing"
    ROLE_ANSWERS_INCOMPLETE = "role_answers_incomplete"
    ROLE_MISSING = "role_missing"
    PATH_WITHOUT_SUSPICION = "path_without_suspicion"
    NO_REPORT_AFTER_YES = "no_report_after_yes"
    REPORT_AFTER_NO = "report_after_no"
    OUTCOME_INCONSISTENT = "outcome_inconsistent"
    DUPLICATE_FRAMEWORK = "duplicate_framework"


@dataclass(frozen=True)
class FrameworkFault:
    kind: FaultKind
    message: Message


class FrameworkRefused(MeldcodeError):
    """A kader file that is not loaded; `faults` holds every fault found, the first is shown."""

    def __init__(self, file_name: str, faults: list[FrameworkFault]) -> None:
        self.file_name = file_name
        self.faults = tuple(faults)
        super().__init__(self.faults[0].message)

    @property
    def kinds(self) -> set[FaultKind]:
        return {fault.kind for fault in self.faults}


def _fault(kind: FaultKind, text: str, **params: object) -> FrameworkFault:
    return FrameworkFault(kind, Message(CTX, text, params))


def unreadable(file: str) -> FrameworkFault:
    return _fault(
        FaultKind.UNREADABLE,
        QT_TRANSLATE_NOOP(
            "afwegingskader",
            "Afwegingskader {file} kan niet worden gelezen (geen leesbaar UTF-8-tekstbestand).",
        ),
        file=file,
    )


def not_toml(file: str, line: int) -> FrameworkFault:
    return _fault(
        FaultKind.NOT_TOML,
        QT_TRANSLATE_NOOP(
            "afwegingskader",
            "Afwegingskader {file} is geen geldig TOML-bestand: de fout zit rond regel {line}.",
        ),
        file=file,
        line=line,
    )


def schema_required(file: str, place: str, field: str) -> FrameworkFault:
    if not place:
        return _fault(
            FaultKind.SCHEMA,
            QT_TRANSLATE_NOOP(
                "afwegingskader", "Afwegingskader {file}: het verplichte veld '{field}' ontbreekt."
            ),
            file=file,
            field=field,
        )
    return _fault(
        FaultKind.SCHEMA,
        QT_TRANSLATE_NOOP(
            "afwegingskader",
            "Afwegingskader {file}: bij {place} ontbreekt het verplichte veld '{field}'.",
        ),
        file=file,
        place=place,
        field=field,
    )


def schema_unknown_field(file: str, place: str, field: str) -> FrameworkFault:
    if not place:
        return _fault(
            FaultKind.SCHEMA,
            QT_TRANSLATE_NOOP(
                "afwegingskader", "Afwegingskader {file}: het veld '{field}' is onbekend."
            ),
            file=file,
            field=field,
        )
    return _fault(
        FaultKind.SCHEMA,
        QT_TRANSLATE_NOOP(
            "afwegingskader",
            "Afwegingskader {file}: bij {place} staat een onbekend veld '{field}'.",
        ),
        file=file,
        place=place,
        field=field,
    )


def schema_wrong_type(file: str, place: str, expected: str) -> FrameworkFault:
    return _fault(
        FaultKind.SCHEMA,
        QT_TRANSLATE_NOOP(
            "afwegingskader",
            "Afwegingskader {file}: {place} heeft het verkeerde soort waarde "
            "(verwacht: {expected}).",
        ),
        file=file,
        place=place,
        expected=expected,
    )


def schema_not_allowed(file: str, place: str, value: str, allowed: str) -> FrameworkFault:
    return _fault(
        FaultKind.SCHEMA,
        QT_TRANSLATE_NOOP(
            "afwegingskader",
            "Afwegingskader {file}: {place} heeft de waarde '{value}', maar kent alleen: "
            "{allowed}.",
        ),
        file=file,
        place=place,
        value=value,
        allowed=allowed,
    )


def schema_bad_form(file: str, place: str, value: str) -> FrameworkFault:
    return _fault(
        FaultKind.SCHEMA,
        QT_TRANSLATE_NOOP(
            "afwegingskader",
            "Afwegingskader {file}: {place} heeft niet de vereiste vorm ('{value}').",
        ),
        file=file,
        place=place,
        value=value,
    )


def schema_empty(file: str, place: str) -> FrameworkFault:
    return _fault(
        FaultKind.SCHEMA,
        QT_TRANSLATE_NOOP("afwegingskader", "Afwegingskader {file}: {place} mag niet leeg zijn."),
        file=file,
        place=place,
    )


def schema_too_few(file: str, place: str, minimum: int) -> FrameworkFault:
    return _fault(
        FaultKind.SCHEMA,
        QT_TRANSLATE_NOOP(
            "afwegingskader",
            "Afwegingskader {file}: {place} heeft te weinig onderdelen (minstens {minimum}).",
        ),
        file=file,
        place=place,
        minimum=minimum,
    )


def schema_other(file: str, place: str, rule: str) -> FrameworkFault:
    return _fault(
        FaultKind.SCHEMA,
        QT_TRANSLATE_NOOP(
            "afwegingskader",
            "Afwegingskader {file}: {place} voldoet niet aan het schema (regel '{rule}').",
        ),
        file=file,
        place=place,
        rule=rule,
    )


def bad_date(file: str, value: str) -> FrameworkFault:
    return _fault(
        FaultKind.BAD_DATE,
        QT_TRANSLATE_NOOP(
            "afwegingskader", "Afwegingskader {file}: de datum '{value}' bestaat niet."
        ),
        file=file,
        value=value,
    )


def duplicate_node(file: str, node: str) -> FrameworkFault:
    return _fault(
        FaultKind.DUPLICATE_ID,
        QT_TRANSLATE_NOOP(
            "afwegingskader",
            "Afwegingskader {file}: de naam '{node}' wordt voor meer dan één vraag of uitkomst "
            "gebruikt.",
        ),
        file=file,
        node=node,
    )


def duplicate_answer(file: str, question: str, answer: str) -> FrameworkFault:
    return _fault(
        FaultKind.DUPLICATE_ID,
        QT_TRANSLATE_NOOP(
            "afwegingskader",
            "Afwegingskader {file}: vraag '{question}' heeft twee antwoorden met de naam "
            "'{answer}'.",
        ),
        file=file,
        question=question,
        answer=answer,
    )


def bad_entry(file: str, entry: str, target: str) -> FrameworkFault:
    return _fault(
        FaultKind.BAD_ENTRY,
        QT_TRANSLATE_NOOP(
            "afwegingskader",
            "Afwegingskader {file}: startpunt '{entry}' verwijst naar '{target}', maar dat is "
            "geen vraag in dit kader.",
        ),
        file=file,
        entry=entry,
        target=target,
    )


def dangling_transition(file: str, question: str, answer: str, target: str) -> FrameworkFault:
    return _fault(
        FaultKind.DANGLING_TRANSITION,
        QT_TRANSLATE_NOOP(
            "afwegingskader",
            "Afwegingskader {file}: antwoord '{answer}' van vraag '{question}' leidt naar "
            "'{target}', maar die vraag of uitkomst bestaat niet.",
        ),
        file=file,
        question=question,
        answer=answer,
        target=target,
    )


def cycle(file: str, loop: str) -> FrameworkFault:
    return _fault(
        FaultKind.CYCLE,
        QT_TRANSLATE_NOOP(
            "afwegingskader",
            "Afwegingskader {file}: de vragen vormen een kringloop ({loop}); elke weg moet bij "
            "een uitkomst eindigen.",
        ),
        file=file,
        loop=loop,
    )


def unreachable_question(file: str, question: str) -> FrameworkFault:
    return _fault(
        FaultKind.UNREACHABLE_QUESTION,
        QT_TRANSLATE_NOOP(
            "afwegingskader",
            "Afwegingskader {file}: vraag '{question}' is vanaf geen enkel startpunt te bereiken.",
        ),
        file=file,
        question=question,
    )


def unreachable_outcome(file: str, outcome: str) -> FrameworkFault:
    return _fault(
        FaultKind.UNREACHABLE_OUTCOME,
        QT_TRANSLATE_NOOP(
            "afwegingskader",
            "Afwegingskader {file}: uitkomst '{outcome}' is vanaf geen enkel startpunt te "
            "bereiken.",
        ),
        file=file,
        outcome=outcome,
    )


def meaning_missing(file: str, question: str, answer: str, role: str) -> FrameworkFault:
    return _fault(
        FaultKind.MEANING_MISSING,
        QT_TRANSLATE_NOOP(
            "afwegingskader",
            "Afwegingskader {file}: antwoord '{answer}' van vraag '{question}' (rol '{role}') "
            "moet in het veld 'means' zeggen of het als ja of als nee telt.",
        ),
        file=file,
        question=question,
        answer=answer,
        role=role,
    )


def role_answers_incomplete(file: str, question: str, role: str) -> FrameworkFault:
    return _fault(
        FaultKind.ROLE_ANSWERS_INCOMPLETE,
        QT_TRANSLATE_NOOP(
            "afwegingskader",
            "Afwegingskader {file}: vraag '{question}' (rol '{role}') moet een antwoord hebben "
            "dat als ja telt en een antwoord dat als nee telt.",
        ),
        file=file,
        question=question,
        role=role,
    )


def role_missing(file: str, role: str) -> FrameworkFault:
    return _fault(
        FaultKind.ROLE_MISSING,
        QT_TRANSLATE_NOOP(
            "afwegingskader",
            "Afwegingskader {file}: er is geen vraag met de rol '{role}', en die is verplicht.",
        ),
        file=file,
        role=role,
    )


def path_without_suspicion(file: str, outcome: str) -> FrameworkFault:
    return _fault(
        FaultKind.PATH_WITHOUT_SUSPICION,
        QT_TRANSLATE_NOOP(
            "afwegingskader",
            "Afwegingskader {file}: een weg vanaf de start komt bij uitkomst '{outcome}' zonder "
            "langs de vraag naar het vermoeden te gaan.",
        ),
        file=file,
        outcome=outcome,
    )


def no_report_after_yes(file: str, question: str, answer: str, outcome: str) -> FrameworkFault:
    return _fault(
        FaultKind.NO_REPORT_AFTER_YES,
        QT_TRANSLATE_NOOP(
            "afwegingskader",
            "Afwegingskader {file}: na antwoord '{answer}' op vraag '{question}' moet altijd "
            "gemeld worden, maar uitkomst '{outcome}' meldt niet.",
        ),
        file=file,
        question=question,
        answer=answer,
        outcome=outcome,
    )


def report_after_no(file: str, question: str, answer: str, outcome: str) -> FrameworkFault:
    return _fault(
        FaultKind.REPORT_AFTER_NO,
        QT_TRANSLATE_NOOP(
            "afwegingskader",
            "Afwegingskader {file}: na antwoord '{answer}' op vraag '{question}' is er geen "
            "vermoeden en hoort afsluiten zonder melding, maar uitkomst '{outcome}' meldt.",
        ),
        file=file,
        question=question,
        answer=answer,
        outcome=outcome,
    )


def norm_contradicts_report(file: str, outcome: str, norm: str, report: str) -> FrameworkFault:
    return _fault(
        FaultKind.OUTCOME_INCONSISTENT,
        QT_TRANSLATE_NOOP(
            "afwegingskader",
            "Afwegingskader {file}: uitkomst '{outcome}' noemt norm '{norm}', maar meldbeslissing "
            "'{report}' past daar niet bij.",
        ),
        file=file,
        outcome=outcome,
        norm=norm,
        report=report,
    )


def recipients_without_report(file: str, outcome: str) -> FrameworkFault:
    return _fault(
        FaultKind.OUTCOME_INCONSISTENT,
        QT_TRANSLATE_NOOP(
            "afwegingskader",
            "Afwegingskader {file}: uitkomst '{outcome}' meldt niet, maar noemt wel ontvangers "
            "in 'report_to'.",
        ),
        file=file,
        outcome=outcome,
    )


def report_without_recipients(file: str, outcome: str) -> FrameworkFault:
    return _fault(
        FaultKind.OUTCOME_INCONSISTENT,
        QT_TRANSLATE_NOOP(
            "afwegingskader",
            "Afwegingskader {file}: uitkomst '{outcome}' meldt, maar zegt niet aan wie (veld "
            "'report_to').",
        ),
        file=file,
        outcome=outcome,
    )


def weigh_with_veilig_thuis_without_report_to_it(file: str, outcome: str) -> FrameworkFault:
    return _fault(
        FaultKind.OUTCOME_INCONSISTENT,
        QT_TRANSLATE_NOOP(
            "afwegingskader",
            "Afwegingskader {file}: uitkomst '{outcome}' laat de vragen 3-5 met Veilig Thuis "
            "doorlopen, maar meldt niet aan Veilig Thuis.",
        ),
        file=file,
        outcome=outcome,
    )


def duplicate_framework(file: str, framework: str, version: str, other: str) -> FrameworkFault:
    return _fault(
        FaultKind.DUPLICATE_FRAMEWORK,
        QT_TRANSLATE_NOOP(
            "afwegingskader",
            "Afwegingskader {file}: kader '{kader}' versie {version} staat al in {other}; dit "
            "bestand is niet geladen.",
        ),
        file=file,
        kader=framework,
        version=version,
        other=other,
    )
