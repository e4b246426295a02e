"""'Exporteren afbreken' mid-way: no file, no half-written part, a clean temp folder, and no
passphrase shown for a file that does not exist."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.export import exporter
from tests.ui.conftest import click
from ui.report.composer import ReportComposerDialog

BLOCK_TIMEOUT_S = 20


class Gate:
    """Holds the export in its worker thread at a chosen point until the test lets it go."""

    def __init__(self) -> None:
        self.reached = threading.Event()
        self.release = threading.Event()
        self.seen: list[str] = []

    def hold(self, folder: Path) -> None:
        self.seen = sorted(path.name for path in folder.iterdir())
        self.reached.set()
        assert self.release.wait(BLOCK_TIMEOUT_S)


@pytest.mark.parametrize("where", ["encrypting", "writing"])
def test_cancel_during_export_leaves_nothing(
    where: str,
    qtbot: QtBot,
    composer: ReportComposerDialog,
    export_folder: Path,
    system_temp: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    gate = Gate()
    real_encrypt, real_write = exporter.encrypt_pdf, exporter.write_atomically

    def encrypt_then_hold(*args: object) -> bytes:
        encrypted = real_encrypt(*args)  # type: ignore[arg-type]
        if where == "encrypting":
            gate.hold(export_folder)
        return encrypted

    def write_and_hold(path: Path, data: Iterable[bytes], mode: int = 0o600) -> None:
        def chunks() -> Iterator[bytes]:
            for number, chunk in enumerate(data):
                if number == 1:  # the first chunk is in the temporary file by now
                    gate.hold(export_folder)
                yield chunk

        real_write(path, chunks(), mode)

    monkeypatch.setattr(exporter, "CHUNK_SIZE", 1024)
    monkeypatch.setattr(exporter, "encrypt_pdf", encrypt_then_hold)
    monkeypatch.setattr(exporter, "write_atomically", write_and_hold)

    click(qtbot, composer.next_button)
    panel = composer.export_panel
    panel.folder.setText(str(export_folder))
    click(qtbot, composer.reminder.confirm)
    click(qtbot, panel.export_button)
    qtbot.waitUntil(gate.reached.is_set, timeout=BLOCK_TIMEOUT_S * 1000)
    assert panel.running and panel.bar.isVisible() and panel.cancel_button.isVisible()
    assert not composer.close_button.isEnabled() and not composer.back_button.isEnabled()
    composer.reject()
    assert composer.isVisible()  # no closing while the worker runs
    if where == "writing":
        assert len(gate.seen) == 1 and gate.seen[0].endswith(".part")  # really half-written

    click(qtbot, panel.cancel_button)
    gate.release.set()
    qtbot.waitUntil(lambda: not panel.running, timeout=BLOCK_TIMEOUT_S * 1000)
    assert panel.form_error.text() == (
        "Het exporteren is afgebroken. Er is geen bestand opgeslagen."
    )
    assert panel.passphrase_dialog is None and panel.last_path is None
    assert list(export_folder.iterdir()) == []
    assert list(system_temp.iterdir()) == []
    assert panel.export_button.isEnabled() and composer.close_button.isEnabled()
