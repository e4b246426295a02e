"""The developer's screenshot tool for the weging still runs and writes every picture."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from app.framework.library import FrameworkLibrary
from tests.tools.assessment_screenshots import take_screenshots

EXPECTED = {
    "assessment-question.png",
    "assessment-result-report.png",
    "assessment-view.png",
    "assessment-staff-route.png",
    "assessment-chooser.png",
    "assessment-view-kader-gone.png",
}


def test_assessment_screenshot_tool_writes_every_picture(
    qtbot: QtBot,
    tmp_path: Path,
    library: FrameworkLibrary,
    library_with_a_broken_file: FrameworkLibrary,
) -> None:
    shots = tmp_path / "shots"
    shots.mkdir()
    take_screenshots(shots, library, library_with_a_broken_file)
    assert {path.name for path in shots.iterdir()} == EXPECTED
    for name in EXPECTED:
        image = QImage(str(shots / name))
        assert image.width() >= 400 and image.height() >= 300, name
