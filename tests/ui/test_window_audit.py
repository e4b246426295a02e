"""Every window the screenshot tools show works for a screen reader, for the keyboard alone,
and on a 1024x700 screen at 100%, 125% and 150% scaling (tests/tools/window_audit.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("scale", [1.0, 1.25, 1.5])
def test_every_window_is_named_reachable_by_tab_and_fits_a_small_screen(
    scale: float, tmp_path: Path
) -> None:
    # A screen of 1024x700 (logical pixels) at the system's scaling, as a laptop user has it.
    screen = {"name": "laptop", "x": 0, "y": 0, "width": 1024, "height": 700, "dpr": scale}
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    environment = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    result = subprocess.run(
        [sys.executable, "-m", "tests.tools.window_audit"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    faults = [line for line in result.stdout.splitlines() if ".png: " in line]
    assert result.returncode == 0 and faults == [], "\n".join(faults) or result.stderr[-3000:]
