"""The blocks that show one recorded step; shared by the melding and the dossier."""

from __future__ import annotations

from app.export.document import Block, KeyValues, Table
from app.export.formatting import dutch_date, yes_no
from app.export.steps import (
    Assessment,
    Consultation,
    Conversation,
    Decision,
    FollowUp,
    HelpOffered,
    KindCheck,
    ReportRecord,
    SkippedStep,
)


def kindcheck_rows(item: KindCheck) -> KeyValues:
    return KeyValues(
        (
            ("Datum", dutch_date(item.checked_on)),
            ("Kinderen", item.children),
            ("Zwangerschap", yes_no(item.pregnancy)),
            ("Afhankelijke volwassenen", str(item.dependent_adults)),
            ("Veiligheid", item.safety),
            ("Toelichting", item.notes),
            ("Vastgelegd door", item.recorded_by),
        )
    )


def skipped_step_rows(item: SkippedStep) -> KeyValues:
    return KeyValues(
        (
            ("Datum", dutch_date(item.skipped_on)),
            ("Stap", item.step),
            ("Reden", item.reason),
            ("Vastgelegd door", item.recorded_by),
        )
    )


def consultation_rows(item: Consultation) -> KeyValues:
    return KeyValues(
        (
            ("Datum", dutch_date(item.held_on)),
            ("Geraadpleegd", _who(item.consulted, item.consulted_role)),
            ("Adviesvraag aan Veilig Thuis", yes_no(item.with_veilig_thuis)),
            ("Vraag", item.question),
            ("Advies", item.advice),
            ("Vastgelegd door", item.recorded_by),
        )
    )


def conversation_rows(item: Conversation) -> KeyValues:
    if not item.took_place:
        return KeyValues(
            (
                ("Gesprek", "heeft niet plaatsgevonden"),
                ("Met het kind", yes_no(item.with_child)),
                ("Reden", item.reason_not_held),
                *((("Let op", item.age_warning),) if item.age_warning else ()),
                ("Vastgelegd door", item.recorded_by),
            )
        )
    return KeyValues(
        (
            ("Datum", dutch_date(item.held_on)),
            ("Met het kind", yes_no(item.with_child)),
            ("Aanwezig", item.present),
            ("Wat is besproken", item.said),
            ("Reactie", item.reaction),
            *((("Let op", item.age_warning),) if item.age_warning else ()),
            ("Vastgelegd door", item.recorded_by),
        )
    )


def conversation_when(item: Conversation) -> str:
    return dutch_date(item.held_on) if item.took_place else "niet gevoerd"


def help_rows(item: HelpOffered) -> KeyValues:
    return KeyValues(
        (
            ("Datum", dutch_date(item.offered_on)),
            ("Hulp", item.description),
            ("Aangeboden aan", item.offered_to),
            ("Aanvaard", yes_no(item.accepted)),
            ("Vastgelegd door", item.recorded_by),
        )
    )


def assessment_blocks(item: Assessment) -> tuple[Block, ...]:
    summary = KeyValues(
        (
            ("Afwegingskader", item.kader_name),
            ("Versie", item.kader_version),
            ("Datum", dutch_date(item.assessed_on)),
            ("Gewogen door", item.assessed_by),
            ("Uitkomst", item.outcome),
        )
    )
    if not item.answers:
        return (summary,)
    answers = Table(
        header=("Nr.", "Vraag", "Antwoord", "Toelichting"),
        rows=tuple(
            (str(answer.number), answer.question, answer.answer, answer.reason)
            for answer in item.answers
        ),
        widths=(0.8, 4.0, 1.7, 4.0),
    )
    return summary, answers


def decision_rows(item: Decision) -> KeyValues:
    return KeyValues(
        (
            ("Datum", dutch_date(item.decided_on)),
            ("Besloten door", item.decided_by),
            ("Melden bij Veilig Thuis nodig", yes_no(item.report_needed)),
            ("Reden", item.report_reason),
            ("Hulp bieden of organiseren", yes_no(item.help_possible)),
            ("Reden", item.help_reason),
        )
    )


def report_record_rows(item: ReportRecord) -> KeyValues:
    return KeyValues(
        (
            ("Soort", "adviesvraag" if item.is_advice_request else "melding"),
            ("Datum", dutch_date(item.made_on)),
            ("Door", item.made_by),
            ("Aan", item.organisation),
            ("Samenvatting", item.summary),
        )
    )


def follow_up_rows(item: FollowUp) -> KeyValues:
    return KeyValues(
        (
            ("Gepland op", dutch_date(item.planned_on)),
            ("Uitgevoerd op", dutch_date(item.done_on)),
            ("Door", item.done_by),
            ("Uitkomst", item.outcome),
        )
    )


def _who(name: str, role: str) -> str:
    return f"{name} ({role})" if role else name
