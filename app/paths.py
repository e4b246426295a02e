"""Where the program keeps its files.

`MELDCODE_HOME` (portable use, tests) puts data, settings, logs and cache below one folder.
Otherwise the platform's own per-user folders are used; an administrator may move the data
folder through the policy file (see `app.settings`).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from app.fileio import make_private_dir

APP_DIR_NAME = "MeldcodeWerkplek"
HOME_ENV = "MELDCODE_HOME"
POLICY_ENV = "MELDCODE_POLICY"
POLICY_FILE_NAME = "policy.json"


@dataclass(frozen=True)
class AppDirs:
    data: Path
    config: Path
    logs: Path
    cache: Path

    def ensure(self) -> AppDirs:
        for folder in (self.data, self.config, self.logs, self.cache):
            make_private_dir(folder)
            _restrict_to_owner(folder)
        return self


def app_dirs(data_override: Path | None = None) -> AppDirs:
    home = os.environ.get(HOME_ENV)
    if home:
        base = Path(home)
        dirs = AppDirs(base / "data", base / "config", base / "logs", base / "cache")
    else:
        dirs = AppDirs(
            data=Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False)),
            config=Path(platformdirs.user_config_dir(APP_DIR_NAME, appauthor=False)),
            logs=Path(platformdirs.user_log_dir(APP_DIR_NAME, appauthor=False)),
            cache=Path(platformdirs.user_cache_dir(APP_DIR_NAME, appauthor=False)),
        )
    if data_override is not None:
        dirs = AppDirs(data_override, dirs.config, dirs.logs, dirs.cache)
    return dirs


def system_policy_file() -> Path:
    """The administrator's policy file: system-wide, read-only for users (see `app.policy`)."""
    if sys.platform.startswith("linux"):
        # Fixed, not from XDG_CONFIG_DIRS: a user's environment must not move the policy.
        return Path("/etc/xdg") / APP_DIR_NAME / POLICY_FILE_NAME
    return Path(platformdirs.site_config_dir(APP_DIR_NAME, appauthor=False)) / POLICY_FILE_NAME


def policy_file() -> Path:
    """The policy file this run reads; `MELDCODE_POLICY` counts only outside a frozen build."""
    override = os.environ.get(POLICY_ENV)
    if override and not getattr(sys, "frozen", False):
        return Path(override)
    return system_policy_file()


def resources_dir() -> Path:
    """The `resources/` folder: beside the packages in a checkout, inside the frozen bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def _restrict_to_owner(folder: Path) -> None:
    if os.name == "posix":
        folder.chmod(0o700)
