"""A melding is checked field by field, with Dutch messages, before anything is rendered."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from app.domain.enums import PersonRole
from app.errors import ValidationError
from app.export.report_content import (
    ClientInformed,
    ClientNotInformed,
    NotInformedReason,
    Reporter,
    ReportPerson,
    Safety,
)
from app.export.report_validation import validate_report
from tests.export import samples


def faults(**changes: object) -> dict[str, str]:
    with pytest.raises(ValidationError) as exc:
        validate_report(samples.report(**changes))
    return {field: message.format() for field, message in exc.value.field_errors.items()}


def test_a_complete_report_passes_and_is_trimmed() -> None:
    content = samples.report(
        reporter=Reporter("  Anna de Vries ", " huisarts ", " De Linde ", " 020 123 4567 "),
        request_to_vt="  Graag onderzoek.  ",
    )
    checked = validate_report(content)
    assert checked.reporter == Reporter("Anna de Vries", "huisarts", "De Linde", "020 123 4567")
    assert checked.request_to_vt == "Graag onderzoek."
    assert checked.persons == samples.report().persons


def test_reporter_name_and_phone_are_required() -> None:
    found = faults(reporter=Reporter(" ", "huisarts", "", ""))
    assert found["reporter.name"] == "Vul de naam van de melder in."
    assert "telefoonnummer" in found["reporter.phone"]


def test_reporter_phone_must_look_like_a_number() -> None:
    found = faults(reporter=Reporter("Anna de Vries", "", "", "bel mij"))
    assert found == {"reporter.phone": "Een telefoonnummer bevat alleen cijfers, spaties en +."}


def test_at_least_one_person_and_one_signal() -> None:
    found = faults(persons=(), signals=())
    assert found["persons"] == "Neem minstens één betrokkene op in de melding."
    assert found["signals"] == "Neem minstens één signaal op in de melding."


def test_people_and_signals_follow_the_vault_rules_per_item() -> None:
    persons = (
        samples.report().persons[0],
        ReportPerson(PersonRole.PARENT_OR_CARER, "Iemand", bsn="123456789"),
    )
    signals = (replace(samples.report().signals[0], observed_on=date.today() + timedelta(1)),)
    found = faults(persons=persons, signals=signals)
    assert "elfproef" in found["persons.1.bsn"]
    assert "toekomst" in found["signals.0.observed_on"]


def test_informed_or_a_reason_is_required() -> None:
    assert "geïnformeerd" in faults(client=None)["client"]


def test_not_informed_needs_one_of_the_three_reasons() -> None:
    found = faults(client=ClientNotInformed(None, "geen tijd gehad"))
    assert "drie" in found["client.reason"]
    assert [reason.label for reason in NotInformedReason] == [
        "De veiligheid van het kind of van het gezin komt in gevaar",
        "De veiligheid van de melder of van collega's komt in gevaar",
        "De cliënt zou het contact met de melder verbreken",
    ]


def test_informed_needs_the_reaction() -> None:
    found = faults(client=ClientInformed(date(2026, 11, 20), "  "))
    assert found == {"client.reaction": "Beschrijf hoe de cliënt op de melding reageerde."}
    validate_report(samples.report(client=ClientInformed(None, "Boos, maar begrijpend.")))


def test_what_is_asked_of_vt_and_the_safety_are_required() -> None:
    found = faults(request_to_vt="", safety=Safety(" "))
    assert found["request_to_vt"] == "Beschrijf wat u van Veilig Thuis vraagt."
    assert "veilig" in found["safety.summary"]


def test_all_faults_are_reported_at_once() -> None:
    found = faults(
        reporter=Reporter("", "", "", ""),
        persons=(),
        signals=(),
        client=None,
        request_to_vt="",
        made_on=date.today() + timedelta(days=2),
    )
    assert set(found) == {
        "made_on",
        "reporter.name",
        "reporter.phone",
        "persons",
        "signals",
        "client",
        "request_to_vt",
    }
