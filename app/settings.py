"""Settings: the user's own choices, and the administrator's policy that can lock them.

Nothing here is case data. The user's file lives in the per-user config folder; the policy file
is system-wide (see `app.paths.policy_file`) and written by the IT administrator or installer:

    {"locked": {"profession_group": "artsen", "auto_lock_minutes": 5,
                "data_dir": "D:/Meldcode"}}

A locked key cannot be changed in the program; its value comes from the policy.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from app.fileio import write_atomically
from app.paths import app_dirs, policy_file

SETTINGS_FILE = "settings.json"
AUTO_LOCK_CHOICES = (1, 2, 5, 10, 15, 30)


@dataclass(frozen=True)
class Settings:
    language: str = "nl"
    auto_lock_minutes: int = 5
    profession_group: str = ""
    data_dir: str = ""
    stuck_after_days: int = 14
    locked: frozenset[str] = field(default_factory=frozenset)

    def is_locked(self, key: str) -> bool:
        return key in self.locked


_KEYS = {f.name for f in fields(Settings)} - {"locked"}


def _coerce(key: str, value: Any) -> Any:
    default = getattr(Settings(), key)
    if isinstance(default, bool):
        return bool(value)
    if isinstance(default, int):
        return int(value)
    return str(value)


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _known(values: dict[str, Any]) -> dict[str, Any]:
    known = {}
    for key, value in values.items():
        if key in _KEYS:
            try:
                known[key] = _coerce(key, value)
            except (TypeError, ValueError):
                continue
    return known


def load_settings(config_dir: Path | None = None, policy: Path | None = None) -> Settings:
    user_values = _known(_read_json((config_dir or app_dirs().config) / SETTINGS_FILE))
    locked_values = _known(_read_json(policy or policy_file()).get("locked", {}) or {})
    merged = {**user_values, **locked_values}
    return replace(Settings(**merged), locked=frozenset(locked_values))


def save_settings(settings: Settings, config_dir: Path | None = None) -> None:
    """Store the user's own choices; keys the policy locks are not written."""
    folder = config_dir or app_dirs().config
    values = {k: getattr(settings, k) for k in sorted(_KEYS) if not settings.is_locked(k)}
    write_atomically(folder / SETTINGS_FILE, json.dumps(values, indent=2).encode("utf-8"))


def data_folder(settings: Settings) -> Path:
    return Path(settings.data_dir) if settings.data_dir else app_dirs().data
