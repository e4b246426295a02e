"""Entry values survive the trip through their JSON payload, also as the types grow."""

import json
from dataclasses import dataclass
from datetime import date

from app.domain.entries import VALUE_TYPES, Decision, HelpAgreement
from app.domain.enums import DependantSafety
from app.domain.payload import from_payload, to_payload
from tests.entry_values import (
    HELP_STARTED_PATH,
    consultation,
    conversation,
    decision,
    follow_up,
    kindcheck,
    report_registration,
    skip,
    weging,
)


def test_every_kind_round_trips_through_json() -> None:
    values = [
        kindcheck(safety=DependantSafety.AT_STAKE),
        consultation(contact_id=4),
        conversation(),
        skip(),
        decision(help_agreed=(HelpAgreement("Hulp", "Wijkteam", date(2030, 1, 31)),)),
        follow_up(),
        weging(),
        weging(HELP_STARTED_PATH),
        report_registration(7, vt_reference="VT-2024-0012"),
    ]
    assert {type(v) for v in values} == set(VALUE_TYPES.values())
    for value in values:
        text = json.dumps(to_payload(value))
        assert from_payload(type(value), json.loads(text)) == value


def test_older_payloads_take_defaults_and_newer_keys_are_ignored() -> None:
    payload = to_payload(decision())
    del payload["client_informed_note"]
    payload["field_from_the_future"] = 3
    loaded = from_payload(Decision, payload)
    assert loaded.client_informed_note == ""


@dataclass(frozen=True)
class _Nested:
    ages: tuple[int, ...]
    day: date | None = None


def test_tuples_dates_and_none() -> None:
    value = _Nested((1, 2), None)
    assert to_payload(value) == {"ages": [1, 2], "day": None}
    assert from_payload(_Nested, {"ages": [3], "day": "2024-02-29"}) == _Nested(
        (3,), date(2024, 2, 29)
    )
