"""Frozen dataclasses to and from JSON-ready dicts, for entries stored as a JSON payload.

The field types used by entry values are enough: str, int, bool, date, a StrEnum, `X | None`,
`tuple[X, ...]` and a nested dataclass. Reading is forgiving on purpose: a key a later version
added is ignored, a field a later version added and an older payload lacks takes its default.
So a payload written once stays readable while the value types grow.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Hashable, Mapping
from datetime import date
from enum import Enum
from functools import cache
from typing import Any, TypeVar, cast

T = TypeVar("T")


def to_payload(value: object) -> dict[str, Any]:
    if not dataclasses.is_dataclass(value) or isinstance(value, type):
        raise TypeError("only dataclass instances become payloads")
    return {f.name: _dump(getattr(value, f.name)) for f in dataclasses.fields(value)}


def from_payload(cls: type[T], data: Mapping[str, Any]) -> T:
    hints = _hints(cast(Hashable, cls))
    kwargs = {
        f.name: _load(hints[f.name], data[f.name])
        for f in dataclasses.fields(cls)  # type: ignore[arg-type]
        if f.name in data
    }
    return cls(**kwargs)


def _dump(value: object) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_dump(item) for item in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return to_payload(value)
    return value


def _load(hint: Any, raw: Any) -> Any:
    origin = typing.get_origin(hint)
    if origin in (types.UnionType, typing.Union):
        if raw is None:
            return None
        (inner,) = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        return _load(inner, raw)
    if origin is tuple:
        item_hint = typing.get_args(hint)[0]
        return tuple(_load(item_hint, item) for item in raw)
    if isinstance(hint, type):
        if issubclass(hint, Enum):
            return hint(raw)
        if issubclass(hint, date):
            return date.fromisoformat(raw)
        if dataclasses.is_dataclass(hint):
            return from_payload(hint, raw)
    return raw


@cache
def _hints(cls: Any) -> dict[str, Any]:
    return typing.get_type_hints(cls)
