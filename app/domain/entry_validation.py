"""Checking step entries before they are stored; every fault gets a Dutch message at its field.

Dates of things that happened may not lie ahead; planned dates (a follow-up check, the end of
agreed help) may. Where something did not happen or a step is left out, the reason is required.
Field names are the dataclass field names; a field of the n-th agreed help is `help_agreed.n.what`.
"""

from __future__ import annotations

from dataclasses import replace
from enum import StrEnum
from typing import TypeVar

from app.domain.entries import (
    SKIPPABLE_STEPS,
    Consultation,
    Conversation,
    Decision,
    EntryValue,
    FollowUp,
    HelpAgreement,
    KindCheck,
    ReportRegistration,
    StepSkip,
)
from app.domain.enums import (
    ChildTalk,
    ClientTalk,
    ConsulteeKind,
    DependantSafety,
    FollowUpCheck,
    FollowUpOutcome,
    ReportChannel,
    Step,
)
from app.domain.validation import (
    NAME_MAX,
    TEXT_MAX,
    FieldErrors,
    msg,
    optional_text,
    past_date,
    required_text,
)
from app.domain.weighing import RecordedAssessment
from app.i18n import QT_TRANSLATE_NOOP

MAX_PEOPLE = 30
MAX_CHILD_AGE = 17
E = TypeVar("E", bound=StrEnum)


def choice(errors: FieldErrors, field: str, enum: type[E], value: object, missing: str) -> E | None:
    """The enum member for a value (or its string), or None with the message at the field."""
    if value is None:
        errors.add(field, msg(missing))
        return None
    try:
        return enum(str(value))
    except ValueError:
        errors.add(field, msg(missing))
        return None


def text(
    errors: FieldErrors,
    field: str,
    value: str,
    missing: str,
    *,
    required: bool = True,
    limit: int = TEXT_MAX,
) -> str:
    """Cleaned text; empty is a fault (with `missing`) only when `required`."""
    if required:
        return required_text(errors, field, value, missing, limit)
    return optional_text(errors, field, value, limit)


def _count(errors: FieldErrors, field: str, value: int) -> None:
    if not 0 <= value <= MAX_PEOPLE:
        errors.add(
            field,
            msg(
                QT_TRANSLATE_NOOP("validation", "Vul een aantal van 0 tot en met {most} in."),
                most=MAX_PEOPLE,
            ),
        )


def validate_kindcheck(value: KindCheck) -> KindCheck:
    errors = FieldErrors()
    past_date(
        errors,
        "checked_on",
        value.checked_on,
        QT_TRANSLATE_NOOP("validation", "Vul de datum van de kindcheck in."),
        QT_TRANSLATE_NOOP(
            "validation", "De datum van de kindcheck kan niet in de toekomst liggen."
        ),
    )
    _count(errors, "children_count", value.children_count)
    _count(errors, "dependent_adults", value.dependent_adults)
    if len(value.children_ages) != value.children_count:
        errors.add(
            "children_ages",
            msg(
                QT_TRANSLATE_NOOP(
                    "validation", "Vul voor elk kind een leeftijd in; het zijn er {count}."
                ),
                count=value.children_count,
            ),
        )
    elif any(not 0 <= age <= MAX_CHILD_AGE for age in value.children_ages):
        errors.add(
            "children_ages",
            msg(
                QT_TRANSLATE_NOOP(
                    "validation",
                    "Een kind is 0 tot en met 17 jaar oud. Een ouder kind dat van de cliënt "
                    "afhankelijk is, telt als afhankelijke volwassene.",
                )
            ),
        )
    safety = None
    if value.has_dependants:
        safety = choice(
            errors,
            "safety",
            DependantSafety,
            value.safety,
            QT_TRANSLATE_NOOP("validation", "Geef aan of hun veiligheid in het geding is."),
        )
    notes = optional_text(errors, "notes", value.notes, TEXT_MAX)
    errors.raise_if_any()
    return replace(value, safety=safety, notes=notes)


def validate_consultation(value: Consultation) -> Consultation:
    errors = FieldErrors()
    past_date(
        errors,
        "held_on",
        value.held_on,
        QT_TRANSLATE_NOOP("validation", "Vul de datum van de consultatie in."),
        QT_TRANSLATE_NOOP(
            "validation", "De datum van de consultatie kan niet in de toekomst liggen."
        ),
    )
    kind = choice(
        errors,
        "consultee_kind",
        ConsulteeKind,
        value.consultee_kind,
        QT_TRANSLATE_NOOP("validation", "Kies met wie u heeft overlegd."),
    )
    consultee = text(
        errors,
        "consultee",
        value.consultee,
        QT_TRANSLATE_NOOP("validation", "Vul in welke deskundige u heeft geraadpleegd."),
        required=kind == ConsulteeKind.OTHER_EXPERT,
        limit=NAME_MAX,
    )
    if value.client_named is None:
        errors.add(
            "client_named",
            msg(
                QT_TRANSLATE_NOOP(
                    "validation", "Geef aan of de cliënt bij naam is genoemd of anoniem besproken."
                )
            ),
        )
    advice = text(
        errors,
        "advice",
        value.advice,
        QT_TRANSLATE_NOOP("validation", "Beschrijf het advies dat u kreeg."),
    )
    next_step = text(
        errors,
        "next_step",
        value.next_step,
        QT_TRANSLATE_NOOP("validation", "Vul de afgesproken volgende stap in."),
    )
    errors.raise_if_any()
    assert kind is not None
    return replace(
        value, consultee_kind=kind, consultee=consultee, advice=advice, next_step=next_step
    )


def validate_conversation(value: Conversation) -> Conversation:
    errors = FieldErrors()
    past_date(
        errors,
        "held_on",
        value.held_on,
        QT_TRANSLATE_NOOP("validation", "Vul de datum in."),
        QT_TRANSLATE_NOOP("validation", "De datum van het gesprek kan niet in de toekomst liggen."),
    )
    client_talk = choice(
        errors,
        "client_talk",
        ClientTalk,
        value.client_talk,
        QT_TRANSLATE_NOOP("validation", "Geef aan of er een gesprek met de cliënt is geweest."),
    )
    child_talk = choice(
        errors,
        "child_talk",
        ChildTalk,
        value.child_talk,
        QT_TRANSLATE_NOOP("validation", "Geef aan of u met het kind heeft gesproken."),
    )
    client_reason = text(
        errors,
        "client_reason",
        value.client_reason,
        QT_TRANSLATE_NOOP(
            "validation", "Geef aan waarom er geen gesprek met de cliënt is geweest."
        ),
        required=client_talk == ClientTalk.NOT_HELD,
    )
    child_reason = text(
        errors,
        "child_reason",
        value.child_reason,
        QT_TRANSLATE_NOOP(
            "validation",
            "Geef aan waarom u niet met het kind heeft gesproken. Alleen de leeftijd of een "
            "beperking is daarvoor geen reden.",
        ),
        required=child_talk == ChildTalk.NOT_HELD,
    )
    # What was said, and by whom, is required once any conversation took place.
    held = client_talk == ClientTalk.HELD or child_talk in (ChildTalk.ALONE, ChildTalk.NOT_ALONE)
    present = text(
        errors,
        "present",
        value.present,
        QT_TRANSLATE_NOOP("validation", "Vul in wie er bij het gesprek waren."),
        required=held,
    )
    said = text(
        errors,
        "said",
        value.said,
        QT_TRANSLATE_NOOP("validation", "Beschrijf wat er is besproken."),
        required=held,
    )
    reaction = text(
        errors,
        "reaction",
        value.reaction,
        QT_TRANSLATE_NOOP("validation", "Beschrijf hoe er op de zorgen is gereageerd."),
        required=held,
    )
    errors.raise_if_any()
    assert client_talk is not None and child_talk is not None
    return replace(
        value,
        client_talk=client_talk,
        child_talk=child_talk,
        client_reason=client_reason,
        child_reason=child_reason,
        present=present,
        said=said,
        reaction=reaction,
    )


def validate_step_skip(value: StepSkip) -> StepSkip:
    errors = FieldErrors()
    step = Step.parse(str(value.step))
    if step not in SKIPPABLE_STEPS:
        errors.add(
            "step",
            msg(
                QT_TRANSLATE_NOOP(
                    "validation",
                    "Alleen de consultatie (stap 2) en het wegen (stap 4) kunnen worden "
                    "overgeslagen. Een gesprek dat niet is gevoerd legt u vast bij stap 3.",
                )
            ),
        )
    reason = required_text(
        errors,
        "reason",
        value.reason,
        QT_TRANSLATE_NOOP("validation", "Geef aan waarom u deze stap overslaat."),
        TEXT_MAX,
    )
    errors.raise_if_any()
    assert isinstance(step, Step)
    return StepSkip(step, reason)


def _help_agreement(errors: FieldErrors, index: int, value: HelpAgreement) -> HelpAgreement:
    prefix = f"help_agreed.{index}."
    what = required_text(
        errors,
        prefix + "what",
        value.what,
        QT_TRANSLATE_NOOP("validation", "Vul in welke hulp is afgesproken."),
        TEXT_MAX,
    )
    by_whom = required_text(
        errors,
        prefix + "by_whom",
        value.by_whom,
        QT_TRANSLATE_NOOP("validation", "Vul in wie deze hulp geeft of organiseert."),
        NAME_MAX,
    )
    return HelpAgreement(what, by_whom, value.until)


def validate_decision(value: Decision) -> Decision:
    errors = FieldErrors()
    past_date(
        errors,
        "decided_on",
        value.decided_on,
        QT_TRANSLATE_NOOP("validation", "Vul de datum van de beslissing in."),
        QT_TRANSLATE_NOOP(
            "validation", "De datum van de beslissing kan niet in de toekomst liggen."
        ),
    )
    if value.report_to_vt is None:
        errors.add(
            "report_to_vt",
            msg(QT_TRANSLATE_NOOP("validation", "Beslis of u meldt bij Veilig Thuis.")),
        )
    report_reasons = required_text(
        errors,
        "report_reasons",
        value.report_reasons,
        QT_TRANSLATE_NOOP("validation", "Geef de redenen van uw beslissing over melden."),
        TEXT_MAX,
    )
    if value.offer_help is None:
        errors.add(
            "offer_help",
            msg(QT_TRANSLATE_NOOP("validation", "Beslis of u hulp biedt of organiseert.")),
        )
    help_reasons = required_text(
        errors,
        "help_reasons",
        value.help_reasons,
        QT_TRANSLATE_NOOP("validation", "Geef de redenen van uw beslissing over hulp."),
        TEXT_MAX,
    )
    agreements = tuple(
        _help_agreement(errors, index, agreement)
        for index, agreement in enumerate(value.help_agreed)
    )
    if value.offer_help and not agreements:
        errors.add(
            "help_agreed",
            msg(
                QT_TRANSLATE_NOOP(
                    "validation", "Vul in welke hulp is afgesproken: wat, door wie, tot wanneer."
                )
            ),
        )
    if value.offer_help is False and agreements:
        errors.add(
            "help_agreed",
            msg(
                QT_TRANSLATE_NOOP(
                    "validation", "U biedt of organiseert geen hulp: laat de afspraken leeg."
                )
            ),
        )
    informed, note = None, ""
    if value.report_to_vt:
        informed = value.client_informed
        if informed is None:
            errors.add(
                "client_informed",
                msg(
                    QT_TRANSLATE_NOOP(
                        "validation", "Geef aan of de cliënt vooraf over de melding is verteld."
                    )
                ),
            )
        note = text(
            errors,
            "client_informed_note",
            value.client_informed_note,
            QT_TRANSLATE_NOOP("validation", "Geef aan waarom de cliënt niet vooraf is ingelicht."),
            required=informed is False,
        )
    no_advice = ""
    if value.report_to_vt is False:
        no_advice = text(
            errors,
            "no_advice_reason",
            value.no_advice_reason,
            QT_TRANSLATE_NOOP(
                "validation", "Schrijf op waarom u Veilig Thuis niet om advies hebt gevraagd."
            ),
            required=False,
        )
    errors.raise_if_any()
    return replace(
        value,
        report_reasons=report_reasons,
        help_reasons=help_reasons,
        help_agreed=agreements,
        client_informed=informed,
        client_informed_note=note,
        no_advice_reason=no_advice,
    )


def validate_follow_up(value: FollowUp, *, result_required: bool = False) -> FollowUp:
    """A planned check; with `result_required` (recording a result) its outcome must be given."""
    errors = FieldErrors()
    check = choice(
        errors,
        "check",
        FollowUpCheck,
        value.check,
        QT_TRANSLATE_NOOP("validation", "Kies wat er wordt gecontroleerd."),
    )
    if value.due_on is None:
        errors.add("due_on", msg(QT_TRANSLATE_NOOP("validation", "Vul de geplande datum in.")))
    description = text(
        errors,
        "description",
        value.description,
        QT_TRANSLATE_NOOP("validation", "Beschrijf wat u wilt controleren."),
        required=check == FollowUpCheck.OTHER,
    )
    outcome, findings = None, value.findings.strip()
    if result_required or value.done_on is not None or value.outcome is not None or findings:
        past_date(
            errors,
            "done_on",
            value.done_on,
            QT_TRANSLATE_NOOP("validation", "Vul de datum van de controle in."),
            QT_TRANSLATE_NOOP(
                "validation", "De datum van de controle kan niet in de toekomst liggen."
            ),
        )
        outcome = choice(
            errors,
            "outcome",
            FollowUpOutcome,
            value.outcome,
            QT_TRANSLATE_NOOP("validation", "Kies de uitkomst van de controle."),
        )
        findings = required_text(
            errors,
            "findings",
            value.findings,
            QT_TRANSLATE_NOOP("validation", "Beschrijf wat u bij de controle vond."),
            TEXT_MAX,
        )
    errors.raise_if_any()
    assert check is not None
    return replace(value, check=check, description=description, outcome=outcome, findings=findings)


def validate_assessment(value: RecordedAssessment) -> RecordedAssessment:
    """A weging is built from the engine's `Assessment`, which checked every step already;
    this guards what a stored one must hold: answers with reasons, an outcome or an open
    question (never both)."""
    errors = FieldErrors()
    if not value.answers:
        errors.add(
            "answers",
            msg(QT_TRANSLATE_NOOP("validation", "Beantwoord eerst minstens één vraag.")),
        )
    answers = tuple(
        replace(
            answer,
            reason=required_text(
                errors,
                f"answers.{index}.reason",
                answer.reason,
                QT_TRANSLATE_NOOP(
                    "validation",
                    "Schrijf bij elk antwoord uw eigen reden op: waarom antwoordt u zo?",
                ),
                TEXT_MAX,
            ),
        )
        for index, answer in enumerate(value.answers)
    )
    if (value.outcome is None) == (value.waiting_at is None):
        raise ValueError("a stored weging has either an outcome or an open question")
    errors.raise_if_any()
    return replace(value, answers=answers)


def validate_report_registration(value: ReportRegistration) -> ReportRegistration:
    """The melding's own fields; the store checks the decision and the region against the vault."""
    errors = FieldErrors()
    if value.decision_id is None:
        errors.add(
            "decision_id",
            msg(
                QT_TRANSLATE_NOOP(
                    "validation", "Kies de beslissing om te melden die u met deze melding uitvoert."
                )
            ),
        )
    past_date(
        errors,
        "made_on",
        value.made_on,
        QT_TRANSLATE_NOOP("validation", "Vul de datum van de melding in."),
        QT_TRANSLATE_NOOP("validation", "De datum van de melding kan niet in de toekomst liggen."),
    )
    region_id = value.region_id.strip()
    if not region_id:
        errors.add(
            "region_id",
            msg(
                QT_TRANSLATE_NOOP(
                    "validation", "Kies de Veilig Thuis-organisatie (regio) waar u meldde."
                )
            ),
        )
    channel = choice(
        errors,
        "channel",
        ReportChannel,
        value.channel,
        QT_TRANSLATE_NOOP("validation", "Kies hoe u de melding heeft gedaan."),
    )
    channel_detail = text(
        errors,
        "channel_detail",
        value.channel_detail,
        QT_TRANSLATE_NOOP("validation", "Vul in hoe u de melding heeft gedaan."),
        required=channel == ReportChannel.OTHER,
        limit=NAME_MAX,
    )
    phoned_first = None if channel == ReportChannel.PHONE else value.phoned_first
    if channel is not None and channel != ReportChannel.PHONE and phoned_first is None:
        errors.add(
            "phoned_first",
            msg(
                QT_TRANSLATE_NOOP(
                    "validation", "Geef aan of u Veilig Thuis vóór deze melding heeft gebeld."
                )
            ),
        )
    reference = optional_text(errors, "vt_reference", value.vt_reference, NAME_MAX)
    errors.raise_if_any()
    return replace(
        value,
        region_id=region_id,
        channel=channel,
        channel_detail=channel_detail if channel == ReportChannel.OTHER else "",
        phoned_first=phoned_first,
        vt_reference=reference,
    )


def validate_entry(value: EntryValue) -> EntryValue:
    if isinstance(value, KindCheck):
        return validate_kindcheck(value)
    if isinstance(value, Consultation):
        return validate_consultation(value)
    if isinstance(value, Conversation):
        return validate_conversation(value)
    if isinstance(value, StepSkip):
        return validate_step_skip(value)
    if isinstance(value, Decision):
        return validate_decision(value)
    if isinstance(value, RecordedAssessment):
        return validate_assessment(value)
    if isinstance(value, ReportRegistration):
        return validate_report_registration(value)
    return validate_follow_up(value)


def validate_reason(reason: str, message: str) -> str:
    """The reason for changing or withdrawing an entry; always required."""
    errors = FieldErrors()
    cleaned = required_text(errors, "change_reason", reason, message, TEXT_MAX)
    errors.raise_if_any()
    return cleaned
