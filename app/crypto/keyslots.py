"""Key slots: the vault's random data key, wrapped once per user and once for recovery.

A user slot's wrapping key comes from the user's passphrase (Argon2id) mixed with the device
secret held in the operating system's keyring, so the vault file plus a passphrase does not open
on another computer. The recovery slot uses only the recovery code, which is how a backup is
brought back on a new computer. Changing a passphrase rewrites one slot; the data key, and so
the database, stays as it is.
"""

from __future__ import annotations

import base64
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

from app.crypto import kdf
from app.errors import KeyFileDamaged, StorageFailed
from app.fileio import write_atomically
from app.filelock import LockBusy, exclusive

FORMAT = 1
DATA_KEY_BYTES = 32
NONCE_BYTES = 12
SlotKind = Literal["user", "recovery"]


def new_data_key() -> bytes:
    return os.urandom(DATA_KEY_BYTES)


@dataclass(frozen=True)
class KeySlot:
    slot_id: str
    kind: SlotKind
    kdf_params: kdf.KdfParams
    nonce: bytes
    wrapped_key: bytes
    device_bound: bool = False
    user_id: int | None = None
    display_name: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.slot_id,
            "kind": self.kind,
            "user_id": self.user_id,
            "display_name": self.display_name,
            "device_bound": self.device_bound,
            "kdf": self.kdf_params.to_dict(),
            "nonce": _b64(self.nonce),
            "wrapped_key": _b64(self.wrapped_key),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> KeySlot:
        kind = data["kind"]
        if kind not in ("user", "recovery"):
            raise ValueError("unknown slot kind")
        user_id = data.get("user_id")
        return cls(
            slot_id=str(data["id"]),
            kind=kind,
            kdf_params=kdf.KdfParams.from_dict(data["kdf"]),
            nonce=_unb64(data["nonce"]),
            wrapped_key=_unb64(data["wrapped_key"]),
            device_bound=bool(data.get("device_bound", False)),
            user_id=None if user_id is None else int(user_id),
            display_name=str(data.get("display_name", "")),
        )


@dataclass
class KeyFile:
    """The slot file beside the vault. It holds no case data and no key in the clear."""

    vault_id: str
    slots: list[KeySlot] = field(default_factory=list)
    # Kept outside the vault on purpose (see README, "How it keeps data safe"): the audit
    # log's last known head, so a database rolled back or cut short is noticed, and the failed
    # unlock attempts, so deleting the attempts file does not end the wait. None means "not
    # read": `save` then keeps what the file on disk holds.
    audit_head: KnownHead | None = None
    attempts: dict[str, list[str]] | None = None

    @property
    def user_slots(self) -> list[KeySlot]:
        return [slot for slot in self.slots if slot.kind == "user"]

    @property
    def recovery_slot(self) -> KeySlot | None:
        return next((slot for slot in self.slots if slot.kind == "recovery"), None)

    def slot_for_user(self, user_id: int) -> KeySlot | None:
        return next((slot for slot in self.user_slots if slot.user_id == user_id), None)

    def put(self, slot: KeySlot) -> None:
        """Add a slot, replacing the user's (or the recovery) slot it supersedes."""
        self.slots = [old for old in self.slots if not _same_holder(old, slot)] + [slot]

    def remove_user(self, user_id: int) -> None:
        self.slots = [s for s in self.slots if not (s.kind == "user" and s.user_id == user_id)]

    def rename_user(self, user_id: int, display_name: str) -> None:
        self.slots = [
            replace(s, display_name=display_name)
            if s.kind == "user" and s.user_id == user_id
            else s
            for s in self.slots
        ]

    def to_bytes(self) -> bytes:
        payload: dict[str, Any] = {
            "format": FORMAT,
            "vault_id": self.vault_id,
            "slots": [slot.to_dict() for slot in self.slots],
        }
        if self.audit_head is not None:
            payload["audit_head"] = self.audit_head.to_dict()
        if self.attempts is not None:
            payload["attempts"] = self.attempts
        return json.dumps(payload, indent=2, ensure_ascii=False).encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes) -> KeyFile:
        try:
            payload = json.loads(raw.decode("utf-8"))
            if payload.get("format") != FORMAT:
                raise ValueError("unknown key file format")
            return cls(
                vault_id=str(payload["vault_id"]),
                slots=[KeySlot.from_dict(item) for item in payload["slots"]],
                audit_head=KnownHead.from_dict(payload.get("audit_head")),
                attempts=_attempts(payload.get("attempts")),
            )
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise KeyFileDamaged() from exc

    def save(self, path: Path) -> None:
        if self.audit_head is None or self.attempts is None:
            self._keep_from(path)
        write_atomically(path, self.to_bytes())

    def _keep_from(self, path: Path) -> None:
        """Take over the head and attempts of the file on disk that this object did not read."""
        try:
            on_disk = KeyFile.load(path)
        except (OSError, KeyFileDamaged):
            return
        if on_disk.vault_id != self.vault_id:
            return
        if self.audit_head is None:
            self.audit_head = on_disk.audit_head
        if self.attempts is None:
            self.attempts = on_disk.attempts

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        return cls.from_bytes(path.read_bytes())


@dataclass(frozen=True)
class KnownHead:
    """The audit log's last link (sequence and MAC) as last seen by the program."""

    seq: int
    mac: bytes

    def to_dict(self) -> dict[str, Any]:
        return {"seq": self.seq, "mac": _b64(self.mac)}

    @classmethod
    def from_dict(cls, data: Any) -> KnownHead | None:
        if data is None:
            return None
        seq = data["seq"]
        if not isinstance(seq, int) or seq < 0:
            raise ValueError("bad head")
        return cls(seq, _unb64(data["mac"]))


def _attempts(data: Any) -> dict[str, list[str]] | None:
    if data is None:
        return None
    if not isinstance(data, dict):
        raise ValueError("bad attempts")
    return {str(k): [str(t) for t in v] for k, v in data.items() if isinstance(v, list)}


def key_file_lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def update_key_file(path: Path, vault_id: str, change: Callable[[KeyFile], None]) -> KeyFile:
    """Apply one change to the key file as it is on disk now, under the key file's lock.

    Two programs (or windows) that change slots at the same time each re-read the file inside
    the lock, so the second builds on the first's change instead of writing over it.
    """
    try:
        with exclusive(key_file_lock_path(path)):
            try:
                key_file = KeyFile.load(path)
            except OSError as exc:
                raise KeyFileDamaged() from exc
            if key_file.vault_id != vault_id:
                raise KeyFileDamaged()
            change(key_file)
            key_file.save(path)
    except LockBusy as exc:
        raise StorageFailed() from exc
    return key_file


def _same_holder(a: KeySlot, b: KeySlot) -> bool:
    if a.kind != b.kind:
        return False
    return a.kind == "recovery" or a.user_id == b.user_id


def _new_slot_id() -> str:
    import uuid  # only when a slot is written: reading the key file (the unlock window) needs none

    return uuid.uuid4().hex


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


# cryptography is imported at the first key operation, not with the unlock window (its
# OpenSSL bindings are a large share of that window's memory).
def _hkdf(salt: bytes | None, info: bytes, key_material: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(key_material)


def _seal(key: bytes, nonce: bytes, data: bytes, aad: bytes) -> bytes:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    return AESGCM(key).encrypt(nonce, data, aad)


def _unseal(key: bytes, nonce: bytes, sealed: bytes, aad: bytes) -> bytes | None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return AESGCM(key).decrypt(nonce, sealed, aad)
    except InvalidTag:
        return None


def _wrapping_key(
    secret: str, params: kdf.KdfParams, device_secret: bytes | None, info: bytes
) -> bytes:
    stretched = kdf.derive(secret, params)
    return _hkdf(device_secret or b"", info, stretched)


def _associated_data(
    vault_id: str, slot_id: str, kind: SlotKind, user_id: int | None, device_bound: bool
) -> bytes:
    # Binds the wrapped key to its place: a slot copied into another vault or onto another
    # user, or a flag flipped, no longer opens.
    return json.dumps([vault_id, slot_id, kind, user_id, device_bound]).encode("utf-8")


def _info(kind: SlotKind, slot_id: str) -> bytes:
    return f"meldcode-werkplek/{kind}-slot/v1/{slot_id}".encode()


def make_user_slot(
    vault_id: str,
    data_key: bytes,
    user_id: int,
    display_name: str,
    passphrase: str,
    device_secret: bytes | None,
    params: kdf.KdfParams | None = None,
) -> KeySlot:
    params = (params or kdf.calibrate()).with_new_salt()
    slot_id = _new_slot_id()
    device_bound = device_secret is not None
    key = _wrapping_key(passphrase, params, device_secret, _info("user", slot_id))
    nonce = os.urandom(NONCE_BYTES)
    aad = _associated_data(vault_id, slot_id, "user", user_id, device_bound)
    wrapped = _seal(key, nonce, data_key, aad)
    return KeySlot(slot_id, "user", params, nonce, wrapped, device_bound, user_id, display_name)


def make_recovery_slot(
    vault_id: str, data_key: bytes, recovery_code: str, params: kdf.KdfParams | None = None
) -> KeySlot:
    params = (params or kdf.calibrate()).with_new_salt()
    slot_id = _new_slot_id()
    key = _wrapping_key(recovery_code, params, None, _info("recovery", slot_id))
    nonce = os.urandom(NONCE_BYTES)
    aad = _associated_data(vault_id, slot_id, "recovery", None, False)
    wrapped = _seal(key, nonce, data_key, aad)
    return KeySlot(slot_id, "recovery", params, nonce, wrapped)


def open_slot(
    vault_id: str, slot: KeySlot, secret: str, device_secret: bytes | None
) -> bytes | None:
    """The data key, or None when the secret (or the device) does not fit this slot."""
    if slot.device_bound and device_secret is None:
        return None
    key = _wrapping_key(
        secret,
        slot.kdf_params,
        device_secret if slot.device_bound else None,
        _info(slot.kind, slot.slot_id),
    )
    aad = _associated_data(vault_id, slot.slot_id, slot.kind, slot.user_id, slot.device_bound)
    return _unseal(key, slot.nonce, slot.wrapped_key, aad)


def subkey(data_key: bytes, purpose: str) -> bytes:
    """A key for one purpose (audit chain, backup seal), derived from the data key."""
    return _hkdf(None, f"meldcode-werkplek/{purpose}".encode(), data_key)
