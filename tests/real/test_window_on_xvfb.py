"""The program's window on a real X server (Xvfb) through Qt's xcb plugin, as a user gets it."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support import require_tool

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.real_components
def test_first_window_shows_on_a_real_x_server(tmp_path: Path) -> None:
    xvfb_run = require_tool("xvfb-run")
    env = {k: v for k, v in os.environ.items() if k not in {"QT_QPA_PLATFORM", "DISPLAY"}}
    env.update(QT_QPA_PLATFORM="xcb", MELDCODE_HOME=str(tmp_path / "home"))
    result = subprocess.run(
        [xvfb_run, "-a", "-s", "-screen 0 1280x800x24", sys.executable, "-m", "ui", "--self-test"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "(xcb," in result.stdout, result.stdout
    assert "Zelftest venster geslaagd." in result.stdout
