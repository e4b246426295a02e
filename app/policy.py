"""The administrator's policy: where it is read, how it is checked, and what a broken one does.

An administrator fixes settings for every user of a computer. The policy is read only from the
system's own places, which users cannot write:

- Windows: the registry key ``HKLM\\Software\\Policies\\MeldcodeWerkplek`` (Group Policy, Intune;
  template in packaging/windows/), else ``%ProgramData%\\MeldcodeWerkplek\\policy.json``;
- macOS: managed preferences of the domain ``nl.meldcodewerkplek.app`` (a configuration profile
  from MDM), else ``/Library/Application Support/MeldcodeWerkplek/policy.json``;
- Linux: ``/etc/xdg/MeldcodeWerkplek/policy.json``.

The file form is ``{"locked": {"auto_lock_minutes": 5, ...}}``; the registry and the managed
preferences hold the same keys directly. Everything is checked against
``resources/schemas/policy.schema.json``. A policy that exists but cannot be read or does not
pass the check is refused as a whole and reported (`Policy.fault`); `app.settings` then runs
with the strictest settings. It never counts as "no policy", or a typing error would unlock
what the administrator meant to lock.

``MELDCODE_POLICY`` points at another file in development runs and tests only: a frozen
(installed) program ignores it, so a user cannot switch the policy off with it.
"""

from __future__ import annotations

import json
import ntpath
import os
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from app.logs import get_logger
from app.paths import POLICY_ENV, resources_dir, system_policy_file

log = get_logger("policy")

REGISTRY_KEY = r"Software\Policies\MeldcodeWerkplek"
MANAGED_DOMAIN = "nl.meldcodewerkplek.app"
MANAGED_PREFERENCES = Path("/Library/Managed Preferences")
SCHEMA_FILE = "schemas/policy.schema.json"

# The registry's value types (winreg's constants), so the parsing runs and is tested anywhere.
REG_SZ = 1
REG_EXPAND_SZ = 2
REG_DWORD = 4
REG_QWORD = 11

# Keys a configuration profile's payload carries about itself, not settings of ours.
_PROFILE_KEYS_PREFIX = "Payload"
_MAX_POLICY_BYTES = 64 * 1024


class PolicyFault(Exception):
    """Why a policy that exists was refused; names the place in the policy, never case data."""


@dataclass(frozen=True)
class Policy:
    locked: Mapping[str, Any] = field(default_factory=dict)
    source: str = ""  # where it was read ("" when there is none)
    fault: str = ""  # why it was refused ("" when it was valid or absent)

    @property
    def refused(self) -> bool:
        return bool(self.fault)


@dataclass(frozen=True)
class PolicySource:
    """One place a policy may be: `read` returns the policy document, or None when absent."""

    name: str
    read: Callable[[], Any | None]


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


@cache
def _schema() -> dict[str, Any]:
    schema: dict[str, Any] = json.loads((resources_dir() / SCHEMA_FILE).read_text(encoding="utf-8"))
    return schema


@cache
def _validator() -> Any:
    # Imported when a policy is there to check: most computers have none, and the first
    # window should not wait for the JSON Schema machinery.
    from jsonschema import Draft202012Validator

    schema = _schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def policy_keys() -> dict[str, Any]:
    """The lockable keys and their schemas."""
    schema = _schema()
    keys: dict[str, Any] = schema["properties"]["locked"]["properties"]
    return keys


def decode_policy_bytes(raw: bytes) -> str:
    """UTF-8 with or without BOM, or UTF-16 with BOM (what Notepad and PowerShell write)."""
    try:
        if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
            return raw.decode("utf-16")
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise PolicyFault(f"geen UTF-8 of UTF-16 (byte {exc.start})") from None


def parse_policy_json(raw: bytes) -> Any:
    text = decode_policy_bytes(raw)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise PolicyFault(f"geen geldige JSON: {exc.msg} (regel {exc.lineno})") from None


def check_policy(document: Any) -> dict[str, Any]:
    """The locked values of a valid policy document; `PolicyFault` naming every fault otherwise."""
    errors = sorted(_validator().iter_errors(document), key=lambda e: list(e.absolute_path))
    if errors:
        raise PolicyFault("; ".join(_describe(error) for error in errors))
    locked: dict[str, Any] = document["locked"]
    return dict(locked)


def _describe(error: Any) -> str:
    where = "/".join(str(part) for part in error.absolute_path) or "(geheel)"
    # The schema's own words for the rule, shortened: a policy holds no case data, but a long
    # value pasted by mistake has no place in the log.
    message = str(error.message)
    if len(message) > 160:
        message = message[:157] + "..."
    return f"{where}: {error.validator}: {message}"


def registry_document(values: Iterable[tuple[str, object, int]]) -> dict[str, Any]:
    """The policy document from the registry key's values (name, data, type)."""
    keys = policy_keys()
    locked: dict[str, Any] = {}
    for name, data, kind in values:
        if kind == REG_SZ:
            locked[name] = data
        elif kind == REG_EXPAND_SZ:
            # Such as %SystemDrive%\Meldcode; Windows leaves the expanding to the reader.
            locked[name] = ntpath.expandvars(data) if isinstance(data, str) else data
        elif kind in (REG_DWORD, REG_QWORD):
            # Group Policy writes a switch as DWORD 1 or 0.
            if keys.get(name, {}).get("type") == "boolean" and data in (0, 1):
                locked[name] = bool(data)
            else:
                locked[name] = data
        else:
            raise PolicyFault(f"{name}: registertype {kind} wordt niet ondersteund")
    return {"locked": locked}


def managed_preferences_document(raw: bytes) -> dict[str, Any]:
    """The policy document from a managed-preferences property list (macOS, MDM)."""
    import plistlib  # macOS only: not read at every start elsewhere

    try:
        values = plistlib.loads(raw)
    except (plistlib.InvalidFileException, ValueError, OverflowError) as exc:
        raise PolicyFault(f"geen geldige property list: {type(exc).__name__}") from None
    if not isinstance(values, dict):
        raise PolicyFault("(geheel): de property list is geen dictionary")
    return {
        "locked": {k: v for k, v in values.items() if not str(k).startswith(_PROFILE_KEYS_PREFIX)}
    }


def _read_file(path: Path) -> bytes | None:
    try:
        if path.is_dir():
            raise PolicyFault("is een map, geen bestand")
        with path.open("rb") as handle:
            raw = handle.read(_MAX_POLICY_BYTES + 1)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise PolicyFault(f"niet te lezen: {type(exc).__name__}") from None
    if len(raw) > _MAX_POLICY_BYTES:
        raise PolicyFault(f"groter dan {_MAX_POLICY_BYTES} bytes")
    return raw


def file_source(path: Path) -> PolicySource:
    def read() -> Any | None:
        raw = _read_file(path)
        return None if raw is None else parse_policy_json(raw)

    return PolicySource(str(path), read)


def plist_source(path: Path) -> PolicySource:
    def read() -> Any | None:
        raw = _read_file(path)
        return None if raw is None else managed_preferences_document(raw)

    return PolicySource(str(path), read)


def _registry_values() -> list[tuple[str, object, int]] | None:
    """The values under HKLM's policy key, or None when there is no such key."""
    if sys.platform != "win32":
        return None
    import winreg

    try:
        key = winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, REGISTRY_KEY)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise PolicyFault(f"register niet te lezen: {type(exc).__name__}") from None
    values = []
    with key:
        index = 0
        while True:
            try:
                name, data, kind = winreg.EnumValue(key, index)
            except OSError:
                break
            values.append((name, data, kind))
            index += 1
    return values


def registry_source(
    read_values: Callable[[], list[tuple[str, object, int]] | None],
) -> PolicySource:
    def read() -> Any | None:
        values = read_values()
        return None if values is None else registry_document(values)

    return PolicySource("HKLM\\" + REGISTRY_KEY, read)


def system_sources(platform: str | None = None) -> list[PolicySource]:
    """The system's places, in order: the first that exists is the policy."""
    platform = platform or sys.platform
    sources = []
    if platform == "win32":
        sources.append(registry_source(_registry_values))
    elif platform == "darwin":
        user = os.environ.get("USER", "")
        if user:
            # A profile installed for one user lands in that user's managed preferences.
            sources.append(plist_source(MANAGED_PREFERENCES / user / f"{MANAGED_DOMAIN}.plist"))
        sources.append(plist_source(MANAGED_PREFERENCES / f"{MANAGED_DOMAIN}.plist"))
    sources.append(file_source(system_policy_file()))
    return sources


def policy_sources() -> list[PolicySource]:
    """The system's places; in a development run or test `MELDCODE_POLICY` replaces them."""
    override = os.environ.get(POLICY_ENV)
    if override:
        if not is_frozen():
            return [file_source(Path(override))]
        log.warning("policy override ignored: %s is not read by an installed program", POLICY_ENV)
    return system_sources()


def read_policy(sources: Iterable[PolicySource]) -> Policy:
    for source in sources:
        try:
            document = source.read()
            if document is None:
                continue
            locked = check_policy(document)
        except PolicyFault as fault:
            log.error("policy refused source=%s fault=%s", source.name, fault)
            return Policy(source=source.name, fault=str(fault))
        except Exception as exc:  # the policy must never stop the program from starting
            log.error("policy refused source=%s fault=%s", source.name, type(exc).__name__)
            return Policy(source=source.name, fault=type(exc).__name__)
        log.info("policy read source=%s locked=%s", source.name, ",".join(sorted(locked)))
        return Policy(locked=locked, source=source.name)
    return Policy()


def load_policy(path: Path | None = None) -> Policy:
    """The policy in force: from `path` when given (tests), else from `policy_sources()`."""
    return read_policy([file_source(path)] if path is not None else policy_sources())


def policy_locations() -> list[str]:
    """Where this program looks for a policy, for the About window and the documentation."""
    return [source.name for source in policy_sources()]
