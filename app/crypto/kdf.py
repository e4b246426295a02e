"""Memory-hard key derivation (Argon2id) with parameters kept beside what they protect.

Parameters are calibrated once, when a slot is written, so that deriving takes roughly half a
second on this computer; they are stored in the slot, so a slot written on a fast computer still
opens on a slow one (more slowly).
"""

from __future__ import annotations

import os
import time
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

KEY_BYTES = 32
SALT_BYTES = 16


@dataclass(frozen=True)
class KdfParams:
    time_cost: int
    memory_kib: int
    parallelism: int
    salt: bytes
    algorithm: str = "argon2id"

    def to_dict(self) -> dict[str, Any]:
        return {
            "algorithm": self.algorithm,
            "time_cost": self.time_cost,
            "memory_kib": self.memory_kib,
            "parallelism": self.parallelism,
            "salt": self.salt.hex(),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> KdfParams:
        if data.get("algorithm") != "argon2id":
            raise ValueError("unsupported KDF")
        return cls(
            time_cost=int(data["time_cost"]),
            memory_kib=int(data["memory_kib"]),
            parallelism=int(data["parallelism"]),
            salt=bytes.fromhex(data["salt"]),
        )

    def with_new_salt(self) -> KdfParams:
        return KdfParams(self.time_cost, self.memory_kib, self.parallelism, os.urandom(SALT_BYTES))


@dataclass(frozen=True)
class CalibrationProfile:
    """What calibration aims for. Tests use a tiny profile; the program uses the default."""

    target_seconds: float = 0.5
    memory_kib: int = 128 * 1024
    min_time_cost: int = 2
    max_time_cost: int = 32
    parallelism: int = 1


DEFAULT_PROFILE = CalibrationProfile()
_profile = DEFAULT_PROFILE


def current_profile() -> CalibrationProfile:
    return _profile


@contextmanager
def calibration_profile(profile: CalibrationProfile) -> Iterator[None]:
    global _profile  # noqa: PLW0603 - one process-wide setting, swapped for tests
    previous, _profile = _profile, profile
    try:
        yield
    finally:
        _profile = previous


def set_calibration_profile(profile: CalibrationProfile) -> None:
    global _profile  # noqa: PLW0603
    _profile = profile


def normalise_secret(secret: str) -> bytes:
    """The same passphrase typed on Windows and macOS must give the same bytes."""
    return unicodedata.normalize("NFC", secret).encode("utf-8")


def derive(secret: str, params: KdfParams) -> bytes:
    # argon2 is read at the first derivation: the unlock window reads the key file's
    # parameters, and its cffi library would only add to that window's start and memory.
    from argon2.low_level import Type, hash_secret_raw

    return bytes(
        hash_secret_raw(
            secret=normalise_secret(secret),
            salt=params.salt,
            time_cost=params.time_cost,
            memory_cost=params.memory_kib,
            parallelism=params.parallelism,
            hash_len=KEY_BYTES,
            type=Type.ID,
        )
    )


def time_one_derivation(params: KdfParams) -> float:
    started = time.perf_counter()
    derive("calibration", params)
    return time.perf_counter() - started


def calibrate(
    profile: CalibrationProfile | None = None,
    measure: Callable[[KdfParams], float] = time_one_derivation,
) -> KdfParams:
    """Pick a time cost so that one derivation takes about `target_seconds` here."""
    profile = profile or _profile
    probe = KdfParams(1, profile.memory_kib, profile.parallelism, os.urandom(SALT_BYTES))
    per_pass = max(measure(probe), 1e-6)
    wanted = round(profile.target_seconds / per_pass)
    time_cost = min(max(wanted, profile.min_time_cost), profile.max_time_cost)
    return KdfParams(time_cost, profile.memory_kib, profile.parallelism, os.urandom(SALT_BYTES))
