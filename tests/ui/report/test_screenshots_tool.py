"""The developer's screenshot tool for the melding and dossier windows still runs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from tests.tools.report_screenshots import EXPECTED

ROOT = Path(__file__).resolve().parents[3]


def test_report_screenshot_tool_writes_every_picture(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tests.tools.report_screenshots", str(tmp_path / "shots")],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert {path.name for path in (tmp_path / "shots").iterdir()} == set(EXPECTED)
    for name in EXPECTED:
        image = QImage(str(tmp_path / "shots" / name))
        assert image.width() >= 400 and image.height() >= 300, name
