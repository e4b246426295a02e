"""Reading kader files: TOML, checked against the JSON Schema and then against the rules.

A broken file is refused with every fault found, in Dutch, each naming the file. Loading a
folder keeps the good kaders and lists the refused files beside them, so the program goes on
working with the others.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import tomllib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.framework import faults
from app.framework.faults import FrameworkFault, FrameworkRefused
from app.framework.model import (
    Answer,
    Framework,
    FrameworkKey,
    Outcome,
    ProfessionGroup,
    Question,
    SourceReference,
)
from app.framework.rules import check_framework
from app.framework.terms import (
    Action,
    Entry,
    HelpDecision,
    Meaning,
    Norm,
    QuestionRole,
    Recipient,
    ReportDecision,
)
from app.paths import resources_dir

# jsonschema is imported when a kader is first read, not at start-up (it is slow to import).
if TYPE_CHECKING:
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import ValidationError as SchemaError

SCHEMA_FILE_NAME = "kader.schema.json"
FRAMEWORK_SUFFIX = ".toml"
MAX_SCHEMA_FAULTS = 20
SHOWN_VALUE_LENGTH = 60


def framework_folder() -> Path:
    return resources_dir() / "afwegingskaders"


@cache
def _schema_validator() -> Draft202012Validator:
    from jsonschema import Draft202012Validator

    schema = json.loads((framework_folder() / SCHEMA_FILE_NAME).read_text(encoding="utf-8"))
    return Draft202012Validator(schema)


def framework_schema() -> Mapping[str, Any]:
    schema: Mapping[str, Any] = _schema_validator().schema
    return schema


def load_framework(path: Path) -> Framework:
    """One kader file, fully checked; raises `FrameworkRefused` naming the file and its faults."""
    try:
        text = path.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError):
        raise FrameworkRefused(path.name, [faults.unreadable(path.name)]) from None
    return parse_framework(text, path.name)


def parse_framework(text: str, file: str) -> Framework:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise FrameworkRefused(file, [faults.not_toml(file, _error_line(exc))]) from None
    if isinstance(data.get("date"), dt.date):
        data["date"] = data["date"].isoformat()  # a bare TOML date is as good as a quoted one
    schema_faults = _schema_faults(data, file)
    if schema_faults:
        raise FrameworkRefused(file, schema_faults)
    framework, build_faults = _build(data, file)
    found = build_faults or check_framework(framework, file)
    if found:
        raise FrameworkRefused(file, found)
    return framework


@dataclass(frozen=True)
class FolderLoad:
    frameworks: tuple[Framework, ...]
    refused: tuple[FrameworkRefused, ...]


def load_framework_folder(folder: Path) -> FolderLoad:
    """Every `*.toml` in `folder` (sorted by name); a second file with the same id and version
    is refused, so a recorded check can never open under two different texts."""
    frameworks: list[Framework] = []
    refused: list[FrameworkRefused] = []
    files_by_key: dict[FrameworkKey, str] = {}
    for path in sorted(folder.glob(f"*{FRAMEWORK_SUFFIX}")):
        try:
            framework = load_framework(path)
        except FrameworkRefused as exc:
            refused.append(exc)
            continue
        first = files_by_key.get(framework.key)
        if first is not None:
            fault = faults.duplicate_framework(path.name, framework.id, framework.version, first)
            refused.append(FrameworkRefused(path.name, [fault]))
            continue
        files_by_key[framework.key] = path.name
        frameworks.append(framework)
    return FolderLoad(tuple(frameworks), tuple(refused))


def _error_line(exc: tomllib.TOMLDecodeError) -> int:
    found = re.search(r"line (\d+)", str(exc))
    return int(found.group(1)) if found else 1


def _schema_faults(data: Mapping[str, Any], file: str) -> list[FrameworkFault]:
    errors = sorted(_schema_validator().iter_errors(data), key=lambda e: list(map(str, e.path)))
    found: list[FrameworkFault] = []
    for error in errors:
        for fault in _describe(error, data, file):
            if fault not in found:
                found.append(fault)
    return found[:MAX_SCHEMA_FAULTS]


def _describe(error: SchemaError, data: Mapping[str, Any], file: str) -> Iterator[FrameworkFault]:
    """Turn one JSON Schema error into Dutch, at a place named by ids where the data has them."""
    place = _place(data, error.absolute_path)
    instance = error.instance
    rule = str(error.validator)
    if rule == "required":
        for field in error.validator_value:
            if isinstance(instance, Mapping) and field not in instance:
                yield faults.schema_required(file, place, field)
    elif rule == "additionalProperties":
        known = error.schema.get("properties", {})
        for field in instance:
            if field not in known:
                yield faults.schema_unknown_field(file, place, str(field))
    elif rule == "type":
        expected = error.validator_value
        shown = expected if isinstance(expected, str) else " of ".join(expected)
        yield faults.schema_wrong_type(file, place, shown)
    elif rule in {"enum", "const"}:
        allowed = error.validator_value if rule == "enum" else [error.validator_value]
        yield faults.schema_not_allowed(
            file, place, _shown(instance), ", ".join(str(v) for v in allowed)
        )
    elif rule == "minLength" or (rule == "pattern" and str(instance).strip() == ""):
        yield faults.schema_empty(file, place)
    elif rule == "pattern":
        yield faults.schema_bad_form(file, place, _shown(instance))
    elif rule == "minItems":
        yield faults.schema_too_few(file, place, int(error.validator_value))
    else:
        yield faults.schema_other(file, place, rule)


def _place(data: Mapping[str, Any], path: Sequence[str | int]) -> str:
    """`questions[unsafety].answers[yes].next`: list items by their id, else by number."""
    parts: list[str] = []
    current: Any = data
    for step in path:
        if isinstance(step, int) and isinstance(current, list):
            current = current[step]
            item_id = current.get("id") if isinstance(current, Mapping) else None
            parts.append(f"[{item_id}]" if isinstance(item_id, str) else f"[nr. {step + 1}]")
        else:
            current = current[step] if isinstance(current, Mapping) else None
            parts.append(f".{step}" if parts else str(step))
    return "".join(parts)


def _prose(text: str) -> str:
    """Text as written in a TOML file, wrapped at will: paragraphs are kept, lines joined."""
    paragraphs = re.split(r"\n\s*\n", text.strip())
    return "\n\n".join(" ".join(p.split()) for p in paragraphs if p.strip())


def _shown(value: object) -> str:
    text = str(value)
    return text if len(text) <= SHOWN_VALUE_LENGTH else text[: SHOWN_VALUE_LENGTH - 1] + "…"


def _build(data: Mapping[str, Any], file: str) -> tuple[Framework, list[FrameworkFault]]:
    """The model of schema-valid data, with the duplicate ids a dict would silently merge."""
    found: list[FrameworkFault] = []
    questions: dict[str, Question] = {}
    outcomes: dict[str, Outcome] = {}
    for raw in data["questions"]:
        answers = tuple(_answer(a) for a in raw["answers"])
        seen_answers: set[str] = set()
        for answer in answers:
            if answer.id in seen_answers:
                found.append(faults.duplicate_answer(file, raw["id"], answer.id))
            seen_answers.add(answer.id)
        if raw["id"] in questions:
            found.append(faults.duplicate_node(file, raw["id"]))
        questions[raw["id"]] = Question(
            id=raw["id"],
            number=raw["number"],
            role=QuestionRole(raw["role"]),
            text=_prose(raw["text"]),
            guidance=_prose(raw["guidance"]),
            answers=answers,
        )
    for raw in data["outcomes"]:
        if raw["id"] in outcomes or raw["id"] in questions:
            found.append(faults.duplicate_node(file, raw["id"]))
        outcomes[raw["id"]] = Outcome(
            id=raw["id"],
            report=ReportDecision(raw["report"]),
            report_to=tuple(Recipient(r) for r in raw["report_to"]),
            help=HelpDecision(raw["help"]),
            norm=Norm(raw["norm"]),
            text=_prose(raw["text"]),
            actions=tuple(Action(a) for a in raw["actions"]),
        )
    try:
        made_on = dt.date.fromisoformat(data["date"])
    except ValueError:
        found.append(faults.bad_date(file, data["date"]))
        made_on = dt.date.min
    source = data["source"]
    framework = Framework(
        id=data["id"],
        version=data["version"],
        date=made_on,
        title=_prose(data["title"]),
        group=ProfessionGroup(data["group"]["id"], data["group"]["name"].strip()),
        source=SourceReference(
            source["title"].strip(),
            source["publisher"].strip(),
            source["year"],
            _prose(source.get("remark", "")),
        ),
        notes=_prose(data["notes"]),
        entries={Entry(name): target for name, target in data["entries"].items()},
        questions=questions,
        outcomes=outcomes,
        consult_veilig_thuis_first=bool(data.get("consult_veilig_thuis_first", False)),
    )
    return framework, found


def _answer(raw: Mapping[str, Any]) -> Answer:
    means = raw.get("means")
    return Answer(
        id=raw["id"],
        label=_prose(raw["label"]),
        next=raw["next"],
        meaning=Meaning(means) if means is not None else None,
        guidance=_prose(raw.get("guidance", "")),
        actions=tuple(Action(a) for a in raw.get("actions", ())),
    )
