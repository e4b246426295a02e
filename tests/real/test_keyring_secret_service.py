"""The device secret in a real Secret Service: gnome-keyring inside its own D-Bus session."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support import require_tool

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.real_components
def test_vault_uses_gnome_keyring_through_secret_service(tmp_path: Path) -> None:
    dbus = require_tool("dbus-run-session")
    require_tool("gnome-keyring-daemon")
    home = tmp_path / "home"
    home.mkdir()
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DBUS_", "GNOME_KEYRING", "PYTHON_KEYRING", "XDG_"))
    }
    env.update(HOME=str(home), MELDCODE_HOME=str(tmp_path / "meldcode"), PYTHONPATH=str(ROOT))
    result = subprocess.run(
        [dbus, "--", sys.executable, "-m", "tests.real.keyring_session", str(tmp_path / "data")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "OK app.crypto.os_keyring.SecretServiceKeyring" in result.stdout
