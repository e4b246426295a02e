"""Writing files so that a crash or a full disk leaves either the old file or the new one."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from app.errors import DiskFull, StorageFailed, is_disk_full


def write_atomically(path: Path, data: bytes | Iterable[bytes], mode: int = 0o600) -> None:
    """Write beside the target, flush to disk, then rename over it.

    Only already-encrypted or case-free bytes come here; the temporary file sits in the target's
    own folder (never the system temp folder) and is removed on every failure.
    """
    temp_path: Path | None = None
    try:
        make_private_dir(path.parent)
        handle, temp_name = tempfile.mkstemp(prefix=".tmp-", suffix=".part", dir=path.parent)
        temp_path = Path(temp_name)
        with os.fdopen(handle, "wb") as stream:
            chunks = [data] if isinstance(data, bytes | bytearray) else data
            for chunk in chunks:
                stream.write(chunk)
            stream.flush()
            os.fsync(stream.fileno())
        if os.name == "posix":
            temp_path.chmod(mode)
        os.replace(temp_path, path)
        fsync_directory(path.parent)
    except OSError as exc:
        _discard(temp_path)
        if is_disk_full(exc):
            raise DiskFull() from exc
        raise StorageFailed() from exc
    except BaseException:
        _discard(temp_path)
        raise


def make_private_dir(folder: Path) -> None:
    """Create `folder` and any missing parent, each readable by its owner only (0700).

    Folders that already exist are left as they are: a folder the user chose (for a backup)
    keeps its own rights. On Windows the new folder inherits the ACLs of the user's profile
    folder it is made in, which give access to the user, SYSTEM and administrators.
    """
    missing: list[Path] = []
    current = folder
    while not current.exists() and current != current.parent:
        missing.append(current)
        current = current.parent
    for part in reversed(missing):
        try:
            part.mkdir(mode=0o700)
        except FileExistsError:
            continue
        if os.name == "posix":
            part.chmod(0o700)


def _discard(temp_path: Path | None) -> None:
    if temp_path is not None:
        with contextlib.suppress(OSError):
            temp_path.unlink()


def fsync_directory(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
