"""The melding as JSON (`melding.json`), embedded in the encrypted PDF for VT's systems.

The JSON follows resources/schemas/melding.schema.json and says which version of it in
`schema_version`; it is validated before it is embedded, so a malformed attachment never
leaves the program. Enum values are the stable English codes, each with its Dutch label;
step records keep the field names of `app.export.steps`.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker

from app.domain.violence_forms import shipped_forms
from app.export.report_content import ClientInformed, ReportContent
from app.paths import resources_dir

SCHEMA_VERSION = 2
DOCUMENT_KIND = "melding_veilig_thuis"
ATTACHMENT_NAME = "melding.json"


def schema_path() -> Path:
    return resources_dir() / "schemas" / "melding.schema.json"


@cache
def schema() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(schema_path().read_text(encoding="utf-8"))
    return loaded


def validator() -> Draft202012Validator:
    return Draft202012Validator(schema(), format_checker=FormatChecker())


class ReportJsonInvalid(Exception):
    """The JSON does not match its schema: a defect of this program, never of the input.

    The message names the schema path only, never a value, because values are case data.
    """


def report_data(content: ReportContent) -> dict[str, Any]:
    client = content.client
    if isinstance(client, ClientInformed):
        client_data: dict[str, Any] = {
            "informed": True,
            "informed_on": _date(client.informed_on),
            "reaction": client.reaction,
        }
    elif client is not None:
        client_data = {
            "informed": False,
            "reason": client.reason.value if client.reason else None,
            "reason_label": client.reason.label if client.reason else None,
            "explanation": client.explanation,
        }
    else:
        client_data = {"informed": None}
    return {
        "schema_version": SCHEMA_VERSION,
        "document": DOCUMENT_KIND,
        "made_on": content.made_on.isoformat(),
        "reporter": {
            "name": content.reporter.name,
            "role": content.reporter.role,
            "practice": content.reporter.practice,
            "phone": content.reporter.phone,
        },
        "persons": [
            {
                "role": person.role.value,
                "role_label": person.role.label,
                "name": person.name,
                "date_of_birth": _date(person.date_of_birth),
                "address": person.address,
                "school_or_childcare": person.school_or_childcare,
                "bsn": person.bsn or None,
                "safety_note": person.safety_note,
            }
            for person in content.persons
        ],
        "signals": [
            {
                "observed_on": signal.observed_on.isoformat(),
                "observed_time": (
                    signal.observed_time.strftime("%H:%M") if signal.observed_time else None
                ),
                "observed_by": signal.observed_by,
                "source": signal.source.value,
                "source_label": signal.source.label,
                "form": signal.form.value,
                "form_label": signal.form.label,
                "facts": signal.facts,
                "interpretation": signal.interpretation,
                "signs": [_sign(citation) for citation in signal.signs],
            }
            for signal in content.signals
        ],
        "safety": {"summary": content.safety.summary, "acute": content.safety.acute},
        "steps": {
            "consultations": [_record(item) for item in content.consultations],
            "conversations": [_record(item) for item in content.conversations],
            "help_offered": [_record(item) for item in content.help_offered],
        },
        "assessment": _record(content.assessment) if content.assessment else None,
        "client": client_data,
        "request_to_vt": content.request_to_vt,
        "unsure_to_share": content.unsure_to_share,
        "left_out": {"signals": content.left_out.signals, "persons": content.left_out.persons},
    }


def check(data: dict[str, Any]) -> None:
    errors = sorted(validator().iter_errors(data), key=lambda error: list(error.absolute_path))
    if errors:
        where = ", ".join("/".join(str(p) for p in e.absolute_path) or "(root)" for e in errors)
        raise ReportJsonInvalid(f"melding.json does not match its schema at: {where}")


def report_json_bytes(content: ReportContent) -> bytes:
    """The validated JSON, UTF-8, letters kept as they are (ë, not \\u00eb)."""
    data = report_data(content)
    check(data)
    return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")


def _date(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def _sign(citation: str) -> dict[str, Any]:
    """A cited sign with its text and age group as the signalenlijst words them (None when
    the list this program ships no longer has it: the citation itself is kept)."""
    sign = shipped_forms().sign(citation)
    return {
        "citation": citation,
        "text": sign.text if sign else None,
        "age_group": sign.age.label if sign else None,
    }


def _record(item: Any) -> dict[str, Any]:
    """A step record as JSON: its fields by name, dates as ISO text, the vault id left out."""
    data: dict[str, Any] = _plain(asdict(item))
    data.pop("id", None)
    data.pop("age_warning", None)  # the dossier's note to the professional, not the melding's
    return data


def _plain(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value
