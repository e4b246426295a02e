"""Checking a melding before it is rendered: one Dutch message per field, all faults at once.

Field names follow the content's shape: "reporter.phone", "persons", "persons.0.bsn",
"signals.1.facts", "client", "client.reason", "request_to_vt". People and signals are checked
by the same rules as when they are recorded in the vault.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TypeVar

from app.domain.models import PersonDraft, SignalDraft, UserDraft
from app.domain.validation import (
    NAME_MAX,
    TEXT_MAX,
    FieldErrors,
    msg,
    optional_text,
    past_date,
    required_text,
    validate_person,
    validate_signal,
    validate_user,
)
from app.errors import ValidationError
from app.export.report_content import (
    ClientInformed,
    ClientNotInformed,
    ReportContent,
    Reporter,
    ReportPerson,
    ReportSignal,
)
from app.i18n import QT_TRANSLATE_NOOP

T = TypeVar("T")


def validate_report(content: ReportContent) -> ReportContent:
    """A cleaned copy of `content`, or ValidationError naming every faulty field."""
    errors = FieldErrors()
    past_date(
        errors,
        "made_on",
        content.made_on,
        None,
        QT_TRANSLATE_NOOP("validation", "De datum van de melding kan niet in de toekomst liggen."),
    )
    reporter = _reporter(errors, content.reporter)
    if not content.persons:
        errors.add(
            "persons",
            msg(QT_TRANSLATE_NOOP("validation", "Neem minstens één betrokkene op in de melding.")),
        )
    persons = tuple(
        _prefixed(errors, f"persons.{index}", _person, person)
        for index, person in enumerate(content.persons)
    )
    if not content.signals:
        errors.add(
            "signals",
            msg(QT_TRANSLATE_NOOP("validation", "Neem minstens één signaal op in de melding.")),
        )
    signals = tuple(
        _prefixed(errors, f"signals.{index}", _signal, signal)
        for index, signal in enumerate(content.signals)
    )
    safety_summary = required_text(
        errors,
        "safety.summary",
        content.safety.summary,
        QT_TRANSLATE_NOOP("validation", "Beschrijf hoe veilig de betrokkenen op dit moment zijn."),
        TEXT_MAX,
    )
    client = _client(errors, content.client)
    request = required_text(
        errors,
        "request_to_vt",
        content.request_to_vt,
        QT_TRANSLATE_NOOP("validation", "Beschrijf wat u van Veilig Thuis vraagt."),
        TEXT_MAX,
    )
    unsure = optional_text(errors, "unsure_to_share", content.unsure_to_share, TEXT_MAX)
    if content.assessment is not None and not (
        content.assessment.kader_name.strip() and content.assessment.kader_version.strip()
    ):
        errors.add(
            "assessment",
            msg(
                QT_TRANSLATE_NOOP(
                    "validation",
                    "Een weging noemt het afwegingskader en de versie waarmee zij is gemaakt.",
                )
            ),
        )
    errors.raise_if_any()
    assert client is not None
    return replace(
        content,
        reporter=reporter,
        persons=tuple(p for p in persons if p is not None),
        signals=tuple(s for s in signals if s is not None),
        safety=replace(content.safety, summary=safety_summary),
        client=client,
        request_to_vt=request,
        unsure_to_share=unsure,
    )


def _prefixed(errors: FieldErrors, prefix: str, check: Callable[[T], T], value: T) -> T | None:
    """Run a validator of one item, filing its faults under "prefix.field"."""
    try:
        return check(value)
    except ValidationError as exc:
        for name, message in exc.field_errors.items():
            errors.add(f"{prefix}.{name}", message)
        return None


def _reporter(errors: FieldErrors, reporter: Reporter) -> Reporter:
    name = required_text(
        errors,
        "reporter.name",
        reporter.name,
        QT_TRANSLATE_NOOP("validation", "Vul de naam van de melder in."),
        NAME_MAX,
    )
    phone = required_text(
        errors,
        "reporter.phone",
        reporter.phone,
        QT_TRANSLATE_NOOP(
            "validation",
            "Vul het telefoonnummer in waarop Veilig Thuis de melder kan terugbellen.",
        ),
        40,
    )
    practice = optional_text(errors, "reporter.practice", reporter.practice, NAME_MAX)
    # The rules for a user's role and phone number apply to the melder as well.
    try:
        validate_user(UserDraft(name, reporter.role, phone))
    except ValidationError as exc:
        for name_of_field in ("role", "phone"):
            if name_of_field in exc.field_errors:
                errors.add(f"reporter.{name_of_field}", exc.field_errors[name_of_field])
    return Reporter(name=name, role=reporter.role.strip(), practice=practice, phone=phone)


def _person(person: ReportPerson) -> ReportPerson:
    draft = validate_person(
        PersonDraft(
            role=person.role.value,
            name=person.name,
            date_of_birth=person.date_of_birth,
            bsn=person.bsn,
            address=person.address,
            school_or_childcare=person.school_or_childcare,
        )
    )
    errors = FieldErrors()
    safety_note = optional_text(errors, "safety_note", person.safety_note, TEXT_MAX)
    errors.raise_if_any()
    return replace(
        person,
        name=draft.name,
        bsn=draft.bsn,
        address=draft.address,
        school_or_childcare=draft.school_or_childcare,
        safety_note=safety_note,
    )


def _signal(signal: ReportSignal) -> ReportSignal:
    draft = validate_signal(
        SignalDraft(
            observed_on=signal.observed_on,
            observed_time=signal.observed_time,
            observed_by=signal.observed_by,
            source=signal.source.value,
            form=signal.form.value,
            facts=signal.facts,
            interpretation=signal.interpretation,
        )
    )
    return replace(
        signal,
        observed_by=draft.observed_by,
        facts=draft.facts,
        interpretation=draft.interpretation,
    )


def _client(
    errors: FieldErrors, client: ClientInformed | ClientNotInformed | None
) -> ClientInformed | ClientNotInformed | None:
    if client is None:
        errors.add(
            "client",
            msg(
                QT_TRANSLATE_NOOP(
                    "validation",
                    "Geef aan of de cliënt vooraf over de melding is geïnformeerd, of waarom niet.",
                )
            ),
        )
        return None
    if isinstance(client, ClientInformed):
        past_date(
            errors,
            "client.informed_on",
            client.informed_on,
            None,
            QT_TRANSLATE_NOOP(
                "validation", "De datum van het gesprek kan niet in de toekomst liggen."
            ),
        )
        reaction = required_text(
            errors,
            "client.reaction",
            client.reaction,
            QT_TRANSLATE_NOOP("validation", "Beschrijf hoe de cliënt op de melding reageerde."),
            TEXT_MAX,
        )
        return replace(client, reaction=reaction)
    if client.reason is None:
        errors.add(
            "client.reason",
            msg(
                QT_TRANSLATE_NOOP(
                    "validation",
                    "Kies waarom de cliënt niet vooraf is geïnformeerd: dat mag alleen om een "
                    "van de drie genoemde redenen.",
                )
            ),
        )
    explanation = optional_text(errors, "client.explanation", client.explanation, TEXT_MAX)
    return replace(client, explanation=explanation)
