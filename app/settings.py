"""Settings: the user's own choices, and the administrator's policy that can lock them.

Nothing here is case data. The user's file lives in the per-user config folder; the policy is
system-wide (see `app.policy` for its places and checks) and written by the IT administrator:

    {"locked": {"profession_group": "artsen", "auto_lock_minutes": 5,
                "data_dir": "D:/Meldcode"}}

A locked key cannot be changed in the program; its value comes from the policy. A policy that
exists but is refused locks every key, at the strictest values (`strictest`), and the program
says so (`Settings.policy_fault`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from app.fileio import write_atomically
from app.i18n import QT_TRANSLATE_NOOP
from app.paths import app_dirs
from app.policy import Policy, load_policy

SETTINGS_FILE = "settings.json"
AUTO_LOCK_CHOICES = (1, 2, 5, 10, 15, 30)


@dataclass(frozen=True)
class Settings:
    language: str = "nl"
    auto_lock_minutes: int = 5
    profession_group: str = ""
    data_dir: str = ""
    stuck_after_days: int = 14
    # Only the policy sets these three; a user's own file does not.
    allow_passphrase_only_without_keyring: bool = True
    veilig_thuis_region: str = ""
    practice_server: str = ""
    locked: frozenset[str] = field(default_factory=frozenset)
    policy_source: str = ""  # where the policy in force was read
    policy_fault: str = ""  # why the policy was refused (then every key is locked)

    def is_locked(self, key: str) -> bool:
        return key in self.locked


POLICY_ONLY_KEYS = frozenset(
    {"allow_passphrase_only_without_keyring", "veilig_thuis_region", "practice_server"}
)
_META = {"locked", "policy_source", "policy_fault"}
POLICY_KEYS = frozenset(f.name for f in fields(Settings)) - _META
_KEYS = POLICY_KEYS - POLICY_ONLY_KEYS  # what the user's own file holds

POLICY_UNREADABLE = QT_TRANSLATE_NOOP(
    "beleid",
    "Het beleid van uw beheerder is onleesbaar; neem contact op met uw beheerder. Het programma "
    "werkt tot dan met de strengste instellingen.",
)
# Security first when the administrator's intent is unknown: lock soon, no vault that opens
# with a passphrase alone, no server.
STRICTEST: dict[str, Any] = {
    "auto_lock_minutes": 1,
    "allow_passphrase_only_without_keyring": False,
    "practice_server": "",
}


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


def _known(values: dict[str, Any], keys: frozenset[str] = _KEYS) -> dict[str, Any]:
    known = {}
    for key, value in values.items():
        if key in keys:
            try:
                known[key] = _coerce(key, value)
            except (TypeError, ValueError):
                continue
    return known


def may_create_vault(settings: Settings, keyring_available: bool) -> bool:
    """A new vault without the keyring has a passphrase-only slot: the policy may forbid that."""
    return keyring_available or settings.allow_passphrase_only_without_keyring


def strictest(user: Settings, policy: Policy) -> Settings:
    """Every key locked: the security keys at their strictest, the rest as the user had them."""
    return replace(
        user,
        **STRICTEST,
        locked=POLICY_KEYS,
        policy_source=policy.source,
        policy_fault=policy.fault,
    )


def apply_policy(user: Settings, policy: Policy) -> Settings:
    if policy.refused:
        return strictest(user, policy)
    locked_values = _known(dict(policy.locked), POLICY_KEYS)
    return replace(
        user, **locked_values, locked=frozenset(locked_values), policy_source=policy.source
    )


def load_settings(config_dir: Path | None = None, policy: Path | None = None) -> Settings:
    """The user's settings under the policy in force (`policy`: a policy file, for tests)."""
    user = Settings(**_known(_read_json((config_dir or app_dirs().config) / SETTINGS_FILE)))
    return apply_policy(user, load_policy(policy))


def save_settings(settings: Settings, config_dir: Path | None = None) -> None:
    """Store the user's own choices; for a key the policy locks, the user's earlier choice stays
    (it counts again once the policy no longer locks it, e.g. after a broken policy is fixed)."""
    folder = config_dir or app_dirs().config
    values = _known(_read_json(folder / SETTINGS_FILE))
    values.update({k: getattr(settings, k) for k in _KEYS if not settings.is_locked(k)})
    ordered = dict(sorted(values.items()))
    write_atomically(folder / SETTINGS_FILE, json.dumps(ordered, indent=2).encode("utf-8"))


def data_folder(settings: Settings) -> Path:
    return Path(settings.data_dir) if settings.data_dir else app_dirs().data
