"""Every window the screenshot tools show works for a screen reader, for the keyboard alone,
and on a 1024x700 screen, at 100% and at 150% scaling (tests/tools/window_audit.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("scale", ["1", "1.5"])
def test_every_window_is_named_reachable_by_tab_and_fits_a_small_screen(scale: str) -> None:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": scale}
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
