"""Developer tool: every window the screenshot tools show, checked for everyone who uses it.

    python -m tests.tools.window_audit
    QT_SCALE_FACTOR=1.5 python -m tests.tools.window_audit

Instead of saving a picture, each window the screenshot tools would save is checked (see
tests/ui/window_checks.py): a name for every control, Tab reaching every control without getting
stuck, and the content fitting 1024x700. Prints one line per fault; exits 1 when there is any.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from tests.tools import assessment_screenshots, help_screenshots, report_screenshots, screenshots
from tests.ui import window_checks

TOOLS = (screenshots, assessment_screenshots, report_screenshots, help_screenshots)


def audit() -> list[str]:
    faults: list[str] = []

    def check(widget: QWidget, _outdir: Path, name: str) -> Path:
        for _ in range(5):
            QCoreApplication.processEvents()
        window = widget.window()
        faults.extend(f"{name}: unnamed {c}" for c in window_checks.unnamed_controls(window))
        missing, stuck = window_checks.tab_walk(window)
        faults.extend(f"{name}: Tab never reaches {c}" for c in missing)
        faults.extend(f"{name}: Tab sticks in {c}" for c in stuck)
        faults.extend(f"{name}: {fault}" for fault in window_checks.overflow_at(window))
        return _outdir / name

    for tool in TOOLS:
        tool.save = check  # type: ignore[attr-defined]
    with tempfile.TemporaryDirectory(prefix="meldcode-audit-") as scratch:
        screenshots.main([str(Path(scratch) / "main")])
        assessment_screenshots.main([str(Path(scratch) / "kaders")])
        report_screenshots.main([str(Path(scratch) / "reports")])
        help_screenshots.main(Path(scratch) / "help")
    return faults


def main() -> int:
    faults = audit()
    for fault in faults:
        print(fault)
    return 1 if faults else 0


if __name__ == "__main__":
    sys.exit(main())
