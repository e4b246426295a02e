"""After an export, a cancelled one and one on a full disk: no leftovers anywhere."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any

import pytest

from app.errors import DiskFull
from app.export import exporter
from app.export.exporter import ExportCancelled, ExportStage, export_dossier, export_report
from tests.export import samples
from tests.export.conftest import PASSPHRASE


def test_a_finished_export_leaves_only_its_file(system_temp: Path, export_folder: Path) -> None:
    stages: list[ExportStage] = []
    exported = export_report(
        samples.report(),
        PASSPHRASE,
        export_folder,
        progress=lambda stage, fraction: stages.append(stage),
    )
    export_dossier(samples.dossier(), PASSPHRASE, export_folder)
    assert list(system_temp.iterdir()) == []
    assert sorted(p.name for p in export_folder.iterdir()) == sorted(
        [exported.name, exported.name.replace("melding-veilig-thuis", "dossier")]
    )
    assert stages[0] == ExportStage.RENDER and stages[-1] == ExportStage.DONE
    assert {ExportStage.ENCRYPT, ExportStage.WRITE} <= set(stages)


@pytest.mark.parametrize(
    "cancel_at", [ExportStage.RENDER, ExportStage.ENCRYPT, ExportStage.WRITE, ExportStage.DONE]
)
def test_a_cancelled_export_leaves_nothing(
    cancel_at: ExportStage,
    system_temp: Path,
    export_folder: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(exporter, "CHUNK_SIZE", 1024)
    seen_partial: list[str] = []

    def progress(stage: ExportStage, fraction: float) -> None:
        # Cancel mid-way: after the first page, after the first chunk is on disk, or when the
        # file is complete but the caller has not heard so yet.
        if stage == cancel_at and (stage == ExportStage.ENCRYPT or fraction > 0):
            seen_partial.extend(p.name for p in export_folder.iterdir())
            raise ExportCancelled()

    with pytest.raises(ExportCancelled) as exc:
        export_report(samples.report(), PASSPHRASE, export_folder, progress=progress)
    assert "afgebroken" in exc.value.message.format()
    if cancel_at == ExportStage.WRITE:
        # the cancel really hit a half-written temporary file
        assert len(seen_partial) == 1 and seen_partial[0].endswith(".part")
    assert list(export_folder.iterdir()) == []
    assert list(system_temp.iterdir()) == []


def test_a_full_disk_leaves_nothing_and_says_so_in_dutch(
    system_temp: Path, export_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_fdopen = os.fdopen
    written: list[int] = []

    class FillingDisk:
        """A file that takes 4 KiB and then reports a full disk, as the OS would."""

        def __init__(self, stream: Any) -> None:
            self._stream = stream

        def write(self, data: bytes) -> int:
            room = 4096 - sum(written)
            if room <= 0:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            written.append(self._stream.write(data[:room]))
            if len(data) > room:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            return len(data)

        def __getattr__(self, name: str) -> Any:
            return getattr(self._stream, name)

        def __enter__(self) -> FillingDisk:
            return self

        def __exit__(self, *exc: object) -> None:
            self._stream.close()

    monkeypatch.setattr(
        "app.fileio.os.fdopen", lambda fd, mode="r", *a, **k: FillingDisk(real_fdopen(fd, mode))
    )
    with pytest.raises(DiskFull) as exc:
        export_report(samples.report(), PASSPHRASE, export_folder)
    assert sum(written) == 4096  # part of the file had reached the disk
    assert exc.value.message.format().startswith("De schijf is vol.")
    assert list(export_folder.iterdir()) == []
    assert list(system_temp.iterdir()) == []
