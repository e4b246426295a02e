"""Atomic writes: the old file or the new one, never half of either, and no leftovers."""

import errno
import os
import tempfile
from pathlib import Path

import pytest

from app import fileio
from app.errors import DiskFull, StorageFailed


def test_new_content_replaces_the_old_whole(tmp_path: Path) -> None:
    target = tmp_path / "doel.bin"
    target.write_bytes(b"oud")
    fileio.write_atomically(target, [b"nieuw", b"-", b"inhoud"])
    assert target.read_bytes() == b"nieuw-inhoud"
    assert [p.name for p in tmp_path.iterdir()] == ["doel.bin"]


def test_full_disk_when_the_temporary_file_is_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_room(*args: object, **kwargs: object) -> tuple[int, str]:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(tempfile, "mkstemp", no_room)
    with pytest.raises(DiskFull):
        fileio.write_atomically(tmp_path / "doel.bin", b"x")


def test_full_disk_while_writing_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "doel.bin"
    target.write_bytes(b"oud")

    def chunks() -> object:
        yield b"begin"
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(DiskFull):
        fileio.write_atomically(target, chunks())  # type: ignore[arg-type]
    assert target.read_bytes() == b"oud"
    assert [p.name for p in tmp_path.iterdir()] == ["doel.bin"]


def test_other_file_system_errors_are_explained(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def denied(src: object, dst: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "replace", denied)
    with pytest.raises(StorageFailed):
        fileio.write_atomically(tmp_path / "doel.bin", b"x")
    assert list(tmp_path.iterdir()) == []
