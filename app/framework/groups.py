"""Profession groups without a kader of their own, that work under another group's kader.

A dentist looks for "Tandartsen", not for the doctors' kader they work under; an entry here
lists the group by its own name and points to the kader it uses (`resources/beroepsgroepen.toml`).
A weging made for such a group is made, and stored, under the kader pointed to: the group is a
way to find it, not a kader of its own.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from app.paths import resources_dir

POINTERS_FILE_NAME = "beroepsgroepen.toml"
_ID = re.compile(r"^[a-z][a-z0-9_]*$")


@dataclass(frozen=True)
class GroupPointer:
    id: str
    name: str
    framework_id: str  # the kader this group works under
    remark: str = ""


class GroupPointersRefused(ValueError):
    """The shipped file is broken: a fault of the program, found by its tests."""


def pointers_file() -> Path:
    return resources_dir() / POINTERS_FILE_NAME


def load_group_pointers(path: Path | None = None) -> tuple[GroupPointer, ...]:
    """Every pointer in the file; `GroupPointersRefused` names the first fault."""
    try:
        data = tomllib.loads((path or pointers_file()).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise GroupPointersRefused(f"unreadable: {type(exc).__name__}") from None
    if data.get("format") != 1 or not isinstance(data.get("groups"), list):
        raise GroupPointersRefused("format 1 with a list of groups expected")
    found: list[GroupPointer] = []
    for number, raw in enumerate(data["groups"], start=1):
        if not isinstance(raw, dict):
            raise GroupPointersRefused(f"group {number} is not a table")
        fields = {key: raw.get(key) for key in ("id", "name", "kader", "remark")}
        if set(raw) - set(fields):
            raise GroupPointersRefused(f"group {number}: unknown field")
        group_id, name, kader = fields["id"], fields["name"], fields["kader"]
        remark = fields["remark"] if fields["remark"] is not None else ""
        if not (isinstance(group_id, str) and _ID.match(group_id)):
            raise GroupPointersRefused(f"group {number}: bad id")
        if not (isinstance(kader, str) and _ID.match(kader)):
            raise GroupPointersRefused(f"group {number}: bad kader id")
        if not (isinstance(name, str) and name.strip()) or not isinstance(remark, str):
            raise GroupPointersRefused(f"group {number}: name and remark must be text")
        if any(p.id == group_id for p in found):
            raise GroupPointersRefused(f"group {number}: id used twice")
        found.append(GroupPointer(group_id, name.strip(), kader, remark.strip()))
    return tuple(found)
