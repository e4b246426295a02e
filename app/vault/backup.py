"""Backups: one sealed file with an encrypted copy of the vault and its key slots.

Layout: magic, format, header (JSON: vault id, schema version, key file), the SQLCipher copy
made by `sqlcipher_export` (encrypted with the same data key), and an HMAC over all of it
under a key derived from the data key. The recovery slot in the header is what opens it, so a
backup can be brought back on another computer with the recovery code alone.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import shutil
import struct
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from app import __version__
from app.crypto.keyslots import KeyFile, open_slot, subkey
from app.domain.validation import msg
from app.errors import (
    BackupInvalid,
    BackupMissing,
    KeyFileDamaged,
    UnlockThrottled,
    ValidationError,
    VaultDamaged,
    VaultTooNew,
    WrongRecoveryCode,
)
from app.fileio import make_private_dir, write_atomically
from app.i18n import QT_TRANSLATE_NOOP
from app.timeutil import now_iso, today, utc_now
from app.vault.attempts import AttemptTracker
from app.vault.database import Database
from app.vault.location import VaultLocation
from app.vault.migrations import LATEST_VERSION
from app.vault.session_lock import SessionLock

MAGIC = b"MWBACKUP"
FORMAT = 1
SEAL_BYTES = 32
CHUNK = 1 << 20
SUFFIX = ".mwbackup"
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class BackupHeader:
    vault_id: str
    schema_version: int
    created_at: str
    app_version: str
    key_file: KeyFile
    db_offset: int
    db_length: int
    total_length: int


def dated_name(number: int = 1) -> str:
    """A backup's neutral file name: the date only, nothing about any case (and a number
    for a second one of the same day)."""
    stem = f"meldcode-reservekopie-{today().isoformat()}"
    return f"{stem}{SUFFIX}" if number == 1 else f"{stem}-{number}{SUFFIX}"


def backup_target(destination: Path) -> Path:
    """Where a backup asked for at `destination` is written: into a folder under a neutral,
    dated name (never over another backup there), or as the file named, with the suffix. A
    file named that is already there is refused: it may be the only good backup."""
    if destination.is_dir():
        target = destination / dated_name()
        number = 1
        while target.exists():
            number += 1
            target = destination / dated_name(number)
        return target
    target = (
        destination
        if destination.suffix == SUFFIX
        else destination.with_name(destination.name + SUFFIX)
    )
    if target.exists():
        raise ValidationError(
            {
                "destination": msg(
                    QT_TRANSLATE_NOOP(
                        "validation",
                        "Er staat al een bestand {name}. Een reservekopie schrijft daar niet "
                        "overheen: kies een andere naam, of een map (dan krijgt de kopie de "
                        "datum als naam).",
                    ),
                    name=str(target),
                )
            }
        )
    return target


def recovery_attempt_key(vault_id: str) -> str:
    return f"recovery:{vault_id}"


def write_backup(
    db: Database,
    key_file: KeyFile,
    data_key: bytes,
    schema_version: int,
    destination: Path,
    work_dir: Path,
    progress: Progress | None = None,
) -> Path:
    snapshot = work_dir / f".tmp-backup-{uuid.uuid4().hex}.db"
    try:
        db.export_copy(snapshot, data_key, schema_version)
        header = json.dumps(
            {
                "vault_id": key_file.vault_id,
                "schema_version": schema_version,
                "created_at": now_iso(),
                "app_version": __version__,
                "key_file": json.loads(key_file.to_bytes()),
            }
        ).encode("utf-8")
        size = snapshot.stat().st_size
        write_atomically(destination, _sealed_chunks(header, snapshot, size, data_key, progress))
    finally:
        for leftover in [snapshot, *snapshot.parent.glob(snapshot.name + "-*")]:
            with contextlib.suppress(OSError):
                leftover.unlink()
    return destination


def _sealed_chunks(
    header: bytes, snapshot: Path, size: int, data_key: bytes, progress: Progress | None
) -> Iterator[bytes]:
    seal = hmac.new(subkey(data_key, "backup-seal"), digestmod=hashlib.sha256)
    prefix = MAGIC + struct.pack(">HI", FORMAT, len(header)) + header + struct.pack(">Q", size)
    seal.update(prefix)
    yield prefix
    done = 0
    with snapshot.open("rb") as stream:
        while chunk := stream.read(CHUNK):
            seal.update(chunk)
            done += len(chunk)
            if progress is not None:
                progress(done, size)
            yield chunk
    yield seal.digest()


def read_header(path: Path) -> BackupHeader:
    if not path.exists():
        raise BackupMissing(str(path))
    try:
        total = path.stat().st_size
        with path.open("rb") as stream:
            if stream.read(len(MAGIC)) != MAGIC:
                raise BackupInvalid()
            fmt, header_length = struct.unpack(">HI", stream.read(6))
            if fmt != FORMAT or header_length > 1 << 20:
                raise BackupInvalid()
            header = json.loads(stream.read(header_length).decode("utf-8"))
            (db_length,) = struct.unpack(">Q", stream.read(8))
            offset = stream.tell()
        if offset + db_length + SEAL_BYTES != total:
            raise BackupInvalid()
        return BackupHeader(
            vault_id=str(header["vault_id"]),
            schema_version=int(header["schema_version"]),
            created_at=str(header["created_at"]),
            app_version=str(header["app_version"]),
            key_file=KeyFile.from_bytes(json.dumps(header["key_file"]).encode("utf-8")),
            db_offset=offset,
            db_length=db_length,
            total_length=total,
        )
    except (OSError, ValueError, KeyError, TypeError, struct.error, KeyFileDamaged) as exc:
        raise BackupInvalid() from exc


def _seal_matches(path: Path, header: BackupHeader, data_key: bytes) -> bool:
    seal = hmac.new(subkey(data_key, "backup-seal"), digestmod=hashlib.sha256)
    remaining = header.total_length - SEAL_BYTES
    with path.open("rb") as stream:
        while remaining > 0:
            chunk = stream.read(min(CHUNK, remaining))
            if not chunk:
                return False
            seal.update(chunk)
            remaining -= len(chunk)
        return hmac.compare_digest(seal.digest(), stream.read(SEAL_BYTES))


def restore_backup(
    source: Path,
    recovery_code: str,
    location: VaultLocation,
    progress: Progress | None = None,
) -> BackupHeader:
    """Put the backup in place of the vault at `location` (which is kept aside, not removed).

    Afterwards the vault opens with the recovery code (`Vault.unlock_with_recovery`); on
    another computer each user then chooses a new passphrase.
    """
    header = read_header(source)
    if header.schema_version > LATEST_VERSION:
        raise VaultTooNew(header.schema_version, LATEST_VERSION)
    slot = header.key_file.recovery_slot
    if slot is None:
        raise BackupInvalid()
    location.prepare()
    tracker = AttemptTracker(location.attempts_path)
    attempt_key = recovery_attempt_key(header.vault_id)
    wait = tracker.seconds_to_wait(attempt_key)
    if wait:
        raise UnlockThrottled(wait)
    data_key = open_slot(header.key_file.vault_id, slot, recovery_code, None)
    if data_key is None:
        raise WrongRecoveryCode(tracker.record_failure(attempt_key))
    if not _seal_matches(source, header, data_key):
        raise BackupInvalid()
    # Never under a program that has this vault open (here or on another computer).
    in_use = SessionLock.acquire(location.folder, "")
    staged = location.folder / f".tmp-restore-{uuid.uuid4().hex}.db"
    try:
        _copy_range(source, staged, header.db_offset, header.db_length, progress)
        _check_restored_copy(staged, data_key, header.vault_id)
        _set_aside_current(location)
        os.replace(staged, location.db_path)
        header.key_file.save(location.keys_path)
    finally:
        in_use.release()
        for leftover in [staged, *location.sidecars(staged)]:
            with contextlib.suppress(OSError):
                leftover.unlink()
    return header


def _copy_range(
    source: Path, target: Path, offset: int, length: int, progress: Progress | None
) -> None:
    def chunks() -> Iterator[bytes]:
        done = 0
        with source.open("rb") as stream:
            stream.seek(offset)
            while done < length:
                chunk = stream.read(min(CHUNK, length - done))
                if not chunk:
                    raise BackupInvalid()
                done += len(chunk)
                if progress is not None:
                    progress(done, length)
                yield chunk

    write_atomically(target, chunks())


def _check_restored_copy(path: Path, data_key: bytes, vault_id: str) -> None:
    db = Database(path, data_key)
    try:
        if db.integrity_problems():
            raise VaultDamaged()
        if db.scalar("SELECT value FROM meta WHERE key = 'vault_id'") != vault_id:
            raise BackupInvalid()
    finally:
        db.close()


def _set_aside_current(location: VaultLocation) -> None:
    present = [
        p
        for p in (location.db_path, *location.sidecars(location.db_path), location.keys_path)
        if p.exists()
    ]
    if not present:
        return
    aside = location.replaced_dir / utc_now().strftime("%Y%m%dT%H%M%S%fZ")
    make_private_dir(aside)
    for path in present:
        shutil.move(str(path), aside / path.name)
