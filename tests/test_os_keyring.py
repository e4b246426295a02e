"""The operating system's keyring: which backend each platform gets, what asking for it loads,
and Credential Manager's target names (keyring's, so either version finds the other's secret).

The Secret Service is used for real in tests/real/test_keyring_secret_service.py; Credential
Manager and the Keychain for real below, on their own platforms.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.crypto import device_secret, os_keyring
from app.crypto.device_secret import SERVICE, DeviceSecretStore
from app.crypto.os_keyring import CredentialManagerKeyring, KeychainError

ROOT = Path(__file__).resolve().parents[1]
NO_BUS = "unix:path=/nonexistent/meldcode-test-bus"


@pytest.fixture
def platform_keyring() -> Iterator[None]:
    """The store as the program makes it: no test keyring in between."""
    device_secret.use_default_backend(None)
    yield


@pytest.mark.parametrize(
    ("platform", "chosen"),
    [
        ("win32", "app.crypto.os_keyring.CredentialManagerKeyring"),
        ("darwin", "app.crypto.macos_keychain.KeychainKeyring"),
        ("linux", "app.crypto.os_keyring.SecretServiceKeyring"),
        ("freebsd14", "app.crypto.os_keyring.SecretServiceKeyring"),
    ],
)
def test_each_platform_gets_its_own_keyring(platform: str, chosen: str) -> None:
    assert os_keyring.backend_path(platform) == chosen


def test_the_store_uses_this_platforms_backend(
    platform_keyring: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    assert DeviceSecretStore().backend_name == os_keyring.backend_path()


def test_without_a_session_bus_there_is_no_secret_service(
    platform_keyring: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", NO_BUS)
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    assert not os_keyring.present("linux")
    if sys.platform not in ("win32", "darwin"):
        store = DeviceSecretStore()
        assert not store.available()
        assert store.get_or_create("kluis") is None


def test_a_platform_keyring_that_cannot_be_loaded_is_no_keyring() -> None:
    # Windows' client library is not installed on the other platforms; on Windows, the macOS
    # frameworks are missing.
    other = "darwin" if sys.platform == "win32" else "win32"
    loaded = os_keyring.load(other)
    assert isinstance(loaded, os_keyring.Unavailable)
    store = DeviceSecretStore(loaded)
    assert not store.available()
    assert store.get_or_create("kluis") is None


def test_keyrings_own_setting_is_honoured_and_an_untrusted_keyring_refused(
    platform_keyring: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    store = DeviceSecretStore()
    assert store.backend_name == "keyring.backends.null.Keyring"
    assert not store.available()
    assert store.get_or_create("kluis") is None


# The unlock window asks `available()` as the program starts; it may load the bus client, not
# a keyring library, its TLS and web modules, or the cryptography the Secret Service needs.
PROBE = """
import json, sys
from app.crypto.device_secret import DeviceSecretStore
answer = DeviceSecretStore().available()
print(json.dumps({"answer": answer, "modules": sorted(sys.modules)}))
"""
HEAVY = (
    "keyring",
    "jaraco",
    "importlib_metadata",
    "ssl",
    "urllib.request",
    "http",
    "email",
    "cryptography",
    "secretstorage",
    "win32ctypes",
)


def test_asking_whether_there_is_a_keyring_loads_no_keyring_library() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON_KEYRING")}
    env["DBUS_SESSION_BUS_ADDRESS"] = NO_BUS
    done = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    shown = json.loads(done.stdout.strip().splitlines()[-1])
    loaded = [
        name
        for name in shown["modules"]
        if any(name == heavy or name.startswith(heavy + ".") for heavy in HEAVY)
    ]
    assert loaded == []
    if sys.platform not in ("win32", "darwin"):
        assert shown["answer"] is False  # no bus here: asked, and answered


class NotFound(Exception):
    def __init__(self) -> None:
        super().__init__("Element not found")
        self.winerror = 1168


class StandInCredentialManager:
    """Generic credentials by target name, as Windows keeps them (pywin32-ctypes' shape)."""

    CRED_TYPE_GENERIC = 1
    CRED_PERSIST_ENTERPRISE = 3

    def __init__(self) -> None:
        self.targets: dict[str, dict[str, Any]] = {}

    def CredRead(self, Type: int, TargetName: str) -> dict[str, Any]:  # noqa: N803
        assert Type == self.CRED_TYPE_GENERIC
        if TargetName not in self.targets:
            raise NotFound
        return dict(self.targets[TargetName])

    def CredWrite(self, Credential: dict[str, Any], Flags: int) -> None:  # noqa: N803
        blob = Credential["CredentialBlob"]
        stored = dict(Credential, CredentialBlob=blob.encode("utf-16-le"))
        self.targets[Credential["TargetName"]] = stored

    def CredDelete(self, Type: int, TargetName: str) -> None:  # noqa: N803
        if self.targets.pop(TargetName, None) is None:
            raise NotFound

    def keyring_wrote(self, target: str, username: str, secret: str) -> None:
        self.targets[target] = {"UserName": username, "CredentialBlob": secret.encode("utf-16-le")}


def keyring_reads(manager: StandInCredentialManager, service: str, username: str) -> str | None:
    """keyring's WinVaultKeyring lookup: the service's own name, then `username@service`."""
    for target in (service, f"{username}@{service}"):
        found = manager.targets.get(target)
        if found is not None and found["UserName"] == username:
            blob: bytes = found["CredentialBlob"]
            return blob.decode("utf-16-le")
    return None


def test_credential_manager_reads_secrets_where_keyring_kept_them() -> None:
    manager = StandInCredentialManager()
    # keyring's way with two vaults: the newest under the service, the earlier one moved.
    manager.keyring_wrote(SERVICE, "kluis-b", "geheim-b")
    manager.keyring_wrote(f"kluis-a@{SERVICE}", "kluis-a", "geheim-a")
    ours = CredentialManagerKeyring(manager, NotFound)
    assert ours.get_password(SERVICE, "kluis-a") == "geheim-a"
    assert ours.get_password(SERVICE, "kluis-b") == "geheim-b"
    assert ours.get_password(SERVICE, "kluis-c") is None


def test_credential_manager_writes_where_keyring_finds_it_and_moves_no_other_secret() -> None:
    manager = StandInCredentialManager()
    manager.keyring_wrote(SERVICE, "kluis-b", "geheim-b")
    store = DeviceSecretStore(CredentialManagerKeyring(manager, NotFound))
    made = store.create("kluis-a")
    assert made is not None
    assert keyring_reads(manager, SERVICE, "kluis-a") == base64.b64encode(made).decode("ascii")
    assert manager.targets[SERVICE]["CredentialBlob"] == "geheim-b".encode("utf-16-le")
    assert store.get("kluis-a") == made
    assert manager.targets[f"kluis-a@{SERVICE}"]["Persist"] == manager.CRED_PERSIST_ENTERPRISE


def test_credential_manager_replaces_an_earlier_entry_of_the_same_vault() -> None:
    manager = StandInCredentialManager()
    manager.keyring_wrote(SERVICE, "kluis-a", "oud")
    ours = CredentialManagerKeyring(manager, NotFound)
    ours.set_password(SERVICE, "kluis-a", "nieuw")
    assert ours.get_password(SERVICE, "kluis-a") == "nieuw"
    assert keyring_reads(manager, SERVICE, "kluis-a") == "nieuw"
    ours.delete_password(SERVICE, "kluis-a")
    assert ours.get_password(SERVICE, "kluis-a") is None
    with pytest.raises(KeychainError):
        ours.delete_password(SERVICE, "kluis-a")


def test_a_credential_manager_that_fails_means_no_secret_not_a_crash() -> None:
    class Refusing(StandInCredentialManager):
        def CredRead(self, Type: int, TargetName: str) -> dict[str, Any]:  # noqa: N803
            raise OSError("access denied")

    store = DeviceSecretStore(CredentialManagerKeyring(Refusing(), OSError))
    assert store.get("kluis") is None
    assert store.create("kluis") is None


@pytest.mark.skipif(sys.platform != "win32", reason="Windows Credential Manager")
def test_windows_credential_manager_for_real_both_ways_with_keyring(
    platform_keyring: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    import keyring.backends.Windows

    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    store = DeviceSecretStore()
    theirs = keyring.backends.Windows.WinVaultKeyring()
    assert store.available()
    service_test = f"{SERVICE} test {uuid.uuid4().hex}"
    ours = store.backend
    try:
        ours.set_password(service_test, "kluis-a", "geheim-a")
        assert theirs.get_password(service_test, "kluis-a") == "geheim-a"
        theirs.set_password(service_test, "kluis-b", "geheim-b")
        assert ours.get_password(service_test, "kluis-b") == "geheim-b"
        assert ours.get_password(service_test, "kluis-a") == "geheim-a"
    finally:
        for name in ("kluis-a", "kluis-b"):
            with contextlib.suppress(KeychainError):
                ours.delete_password(service_test, name)
    assert ours.get_password(service_test, "kluis-a") is None


@pytest.mark.skipif(sys.platform != "darwin", reason="macOS Keychain")
def test_macos_keychain_for_real_both_ways_with_keyring(
    platform_keyring: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    import keyring.backends.macOS

    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    store = DeviceSecretStore()
    assert store.available()
    theirs = keyring.backends.macOS.Keyring()
    service_test = f"{SERVICE} test {uuid.uuid4().hex}"
    ours = store.backend
    try:
        ours.set_password(service_test, "kluis-a", "geheim-a")
        assert theirs.get_password(service_test, "kluis-a") == "geheim-a"
        ours.set_password(service_test, "kluis-a", "geheim-a2")  # a second write replaces
        assert theirs.get_password(service_test, "kluis-a") == "geheim-a2"
        theirs.set_password(service_test, "kluis-b", "geheim-b")
        assert ours.get_password(service_test, "kluis-b") == "geheim-b"
        assert ours.get_password(service_test, "kluis-c") is None
    finally:
        for name in ("kluis-a", "kluis-b"):
            with contextlib.suppress(KeychainError):
                ours.delete_password(service_test, name)
    assert ours.get_password(service_test, "kluis-a") is None
