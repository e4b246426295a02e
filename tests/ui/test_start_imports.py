"""The first window comes without the rest of the program: what the unlock window does not
need (the vault engine, the stores, the export stack, the main window, the administrator's
commands) is read when the user unlocks or asks for it. Run as the executable starts, in a
fresh process, so nothing a test imported earlier counts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from app.settings import SETTINGS_FILE
from app.vault.vault import Vault

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import json, sys
from ui import launcher

launcher.harden_process()
assert launcher.wants_gui([])
from app.crypto.device_secret import NoDeviceSecret
from ui.application import start_gui

started = start_gui([], device_store=NoDeviceSecret())
started.app.processEvents()
window = started.shell.unlock_window
assert window is not None and window.isVisible(), started.shell.window
import gc
print(json.dumps({
    "users": window.user.count(),
    "modules": sorted(sys.modules),
    "automatic_gc": gc.isenabled(),
}))
"""

# Read at unlock (the worker) or when first asked for, never for the first window.
NOT_BEFORE_UNLOCK = (
    "sqlcipher3",
    "argon2",
    "cryptography",
    "keyring",
    "secretstorage",
    "jeepney",  # the keyring's presence is asked once the window is drawn
    "win32ctypes",
    "reportlab",
    "pikepdf",
    "jsonschema",
    "app.vault.vault",
    "app.store",
    "app.export",
    "app.case_documents",
    "app.framework",
    "app.practice",
    "app.cli",
    "app.selftest",
    "ui.main_window",
    "ui.setup_wizard",
    "ui.help.window",
    "ui.help.tour",
    "ui.crash_dialog",
    "logging.handlers",  # sockets, pickling, queues: the log rotates without it
    "ui.widgets.dates",  # the date box and its calendar: the unlock window has no date
)


def test_the_unlock_window_comes_without_the_vault_engine_and_the_workplace(
    vault: Vault, isolated_home: Path
) -> None:
    config = isolated_home / "config"
    config.mkdir(parents=True, exist_ok=True)
    data_dir = vault.location.folder.parent
    (config / SETTINGS_FILE).write_text(json.dumps({"data_dir": str(data_dir)}), "utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        check=False,
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    shown = json.loads(done.stdout.strip().splitlines()[-1])
    assert shown["users"] == 1  # the key file was read: it is the unlock window of this vault
    assert shown["automatic_gc"] is False  # cycles are collected on the main thread only
    early = [
        name
        for name in shown["modules"]
        if any(name == heavy or name.startswith(heavy + ".") for heavy in NOT_BEFORE_UNLOCK)
    ]
    assert early == []
