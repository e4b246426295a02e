"""Fixtures: every test gets its own folders, an in-memory keyring and a fast KDF."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.crypto import device_secret, kdf
from app.crypto.device_secret import DeviceSecretStore
from app.domain.models import UserDraft
from app.vault.location import VaultLocation
from app.vault.vault import Vault
from tests.support import TEST_PASSPHRASE, InMemoryKeyring

# Real calibration aims at half a second per derivation; tests would spend minutes on that.
FAST_KDF = kdf.CalibrationProfile(target_seconds=0.001, memory_kib=1024, min_time_cost=1)


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Program folders (data, config, logs) and the policy file below this test's tmp_path."""
    home = tmp_path / "home"
    monkeypatch.setenv("MELDCODE_HOME", str(home))
    monkeypatch.setenv("MELDCODE_POLICY", str(tmp_path / "policy.json"))
    return home


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[InMemoryKeyring]:
    backend = InMemoryKeyring()
    device_secret.use_default_backend(backend)
    yield backend
    device_secret.use_default_backend(None)


@pytest.fixture(autouse=True)
def fast_kdf() -> Iterator[None]:
    with kdf.calibration_profile(FAST_KDF):
        yield


@pytest.fixture
def device_store() -> DeviceSecretStore:
    return DeviceSecretStore()


@pytest.fixture
def location(tmp_path: Path) -> VaultLocation:
    return VaultLocation(tmp_path / "kluis")


@pytest.fixture
def vault_and_code(
    location: VaultLocation, device_store: DeviceSecretStore
) -> Iterator[tuple[Vault, str]]:
    vault, code = Vault.create(
        location,
        UserDraft("Anna de Vries", "huisarts", "020 123 4567"),
        TEST_PASSPHRASE,
        device_store,
    )
    yield vault, code
    vault.lock()


@pytest.fixture
def vault(vault_and_code: tuple[Vault, str]) -> Vault:
    return vault_and_code[0]


@pytest.fixture
def recovery_code(vault_and_code: tuple[Vault, str]) -> str:
    return vault_and_code[1]
