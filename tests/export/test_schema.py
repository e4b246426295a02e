"""melding.schema.json is a valid JSON Schema and agrees with the program's own values."""

from __future__ import annotations

import json
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from app.domain.enums import PersonRole, SignalSource, ViolenceForm
from app.export import report_json
from app.export.report_content import ClientInformed, NotInformedReason
from tests.export import samples


def test_the_schema_is_a_valid_draft_2020_12_schema() -> None:
    schema = report_json.schema()
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["properties"]["schema_version"] == {"const": report_json.SCHEMA_VERSION}


@pytest.mark.parametrize(
    ("definition", "field", "values"),
    [
        ("person", "role", PersonRole),
        ("signal", "source", SignalSource),
        ("signal", "form", ViolenceForm),
        ("client_not_informed", "reason", NotInformedReason),
    ],
)
def test_the_schema_lists_exactly_the_programs_codes(
    definition: str, field: str, values: Any
) -> None:
    enum = report_json.schema()["$defs"][definition]["properties"][field]["enum"]
    assert enum == [member.value for member in values]


def test_the_sample_reports_validate() -> None:
    for content in (
        samples.report(),
        samples.report(client=ClientInformed(None, "Geschrokken."), assessment=None),
    ):
        report_json.check(report_json.report_data(content))
        parsed = json.loads(report_json.report_json_bytes(content))
        assert parsed["document"] == "melding_veilig_thuis"


def test_a_mismatch_is_refused_naming_the_place_not_the_value() -> None:
    data = report_json.report_data(samples.report())
    data["persons"][1]["bsn"] = "12345"
    data["client"] = {"informed": None}
    with pytest.raises(report_json.ReportJsonInvalid) as exc:
        report_json.check(data)
    assert "persons/1/bsn" in str(exc.value) and "client" in str(exc.value)
    assert "12345" not in str(exc.value) and samples.PARENT_NAME not in str(exc.value)
