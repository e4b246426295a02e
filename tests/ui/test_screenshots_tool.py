"""The developer's screenshot tool still runs and writes every picture."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]
EXPECTED = {
    "setup-passphrase.png",
    "setup-user.png",
    "setup-recovery-code.png",
    "unlock.png",
    "unlock-practice-server.png",
    "main-window.png",
    "signal-dialog-errors.png",
    "correction-history.png",
    "today.png",
    "step-1-signals.png",
    "step-2-consultation.png",
    "step-3-conversation.png",
    "step-4-weighing.png",
    "step-5-decision.png",
    "follow-up.png",
    "contacts.png",
    "consultation-dialog.png",
    "decision-dialog-errors.png",
    "practice-mode.png",
    "decision-drafted.png",
    "decision-drafted-departure.png",
    "melding-from-case.png",
    "dossier-from-case.png",
    "annual-overview.png",
    "annual-overview-chart.png",
    "jaaroverzicht-page-1.png",
    "registration-list.png",
    "practice-details.png",
    "users.png",
    "access-log.png",
    "dialog-about.png",
    "dialog-add-user.png",
    "dialog-backup.png",
    "dialog-check-result.png",
    "dialog-children-case.png",
    "dialog-close-case.png",
    "dialog-conversation.png",
    "dialog-crash.png",
    "dialog-feedback.png",
    "dialog-kindcheck.png",
    "dialog-new-case.png",
    "dialog-new-passphrase.png",
    "dialog-person.png",
    "dialog-plan-check.png",
    "dialog-recovery.png",
    "dialog-registration.png",
    "dialog-reschedule.png",
    "dialog-restore.png",
    "dialog-settings.png",
    "dialog-skip-step.png",
    "dialog-withdraw.png",
    "keyring-required.png",
}


def test_screenshot_tool_writes_every_picture(tmp_path: Path) -> None:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "tests.tools.screenshots", str(tmp_path / "shots")],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    written = {path.name for path in (tmp_path / "shots").iterdir()}
    assert written == EXPECTED
    for name in EXPECTED:
        image = QImage(str(tmp_path / "shots" / name))
        # The small dialogs (a new case, a backup) are short by nature.
        least = 100 if name.startswith("dialog-") else 200
        assert image.width() >= 400 and image.height() >= least, name
