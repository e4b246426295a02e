"""The operating system's keyring, chosen for the platform rather than discovered.

The `keyring` library, asked for its default, imports every backend it knows through entry
points, and its base module brings `jaraco.context` (with `urllib.request`, `ssl`, `http` and
`email`), `jaraco.functools` and `importlib_metadata`: some 14 MiB before a secret is read, and
`cryptography` on top on Linux. The unlock window only needs to know whether a keyring is
there, and that question has a cheap answer per platform (`present`). The secret itself is read
and written by the platform's own backend (`load`):

- Windows: Credential Manager through pywin32-ctypes directly (keyring's own Windows
  dependency), under the target names keyring uses, so that either reads the other's secrets;
- macOS: the Keychain's generic passwords through the Security framework (ctypes, in
  `app.crypto.macos_keychain`), with the service and account keyring uses, so that either
  reads the other's secrets;
- elsewhere (Linux, BSD): a Secret Service (GNOME Keyring, KWallet's Secret Service) through
  `secretstorage` directly, with the item attributes keyring writes, so that secrets stored by
  earlier versions are found and keyring reads ours. `secretstorage` needs `cryptography`, which
  unlocking loads anyway for its key derivation.

`PYTHON_KEYRING_BACKEND`, keyring's own setting, is still honoured: with it set, keyring
chooses as it did before (and the device secret store still refuses untrusted backends).
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import sys
from collections.abc import Iterator
from contextlib import closing, contextmanager
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from jeepney.io.blocking import DBusConnection
    from secretstorage.collection import Collection

SECRET_SERVICE_BUS_NAME = "org.freedesktop.secrets"
# What keyring's Secret Service backend writes as "application"; kept so an item we write is
# the item keyring would have written.
KEYRING_APPLICATION = "Python keyring library"


class SecretBackend(Protocol):
    """What the device secret store asks of a keyring (keyring's backends fit it too)."""

    def get_password(self, service: str, username: str) -> str | None: ...

    def set_password(self, service: str, username: str, password: str) -> None: ...

    def delete_password(self, service: str, username: str) -> None: ...


class KeychainError(Exception):
    """The keyring could not be reached, was locked, or refused the request."""


def configured_by_environment() -> bool:
    return bool(os.environ.get("PYTHON_KEYRING_BACKEND"))


def backend_path(platform: str | None = None) -> str:
    """The backend class for a platform (`sys.platform` values), as `module.Class`."""
    platform = platform or sys.platform
    if platform == "win32":
        return f"{__name__}.CredentialManagerKeyring"
    if platform == "darwin":
        return "app.crypto.macos_keychain.KeychainKeyring"
    return f"{__name__}.SecretServiceKeyring"


def present(platform: str | None = None) -> bool:
    """Whether this system has the platform's keyring, without loading a keyring library.

    The same question keyring's backends answer with their priority: Windows has Credential
    Manager when pywin32-ctypes (keyring's Windows dependency) is installed, macOS always has
    the Keychain, and elsewhere a Secret Service must run or be startable on the session bus.
    """
    platform = platform or sys.platform
    if platform == "win32":
        return importlib.util.find_spec("win32ctypes") is not None
    if platform == "darwin":
        return True
    return secret_service_present()


def load(platform: str | None = None) -> SecretBackend:
    """The platform's backend (importing it: the cost this module keeps from the window)."""
    module_name, _, class_name = backend_path(platform).rpartition(".")
    try:
        backend: SecretBackend = getattr(importlib.import_module(module_name), class_name)()
    except (ImportError, OSError, AttributeError, ValueError) as error:
        # A missing client library or framework: no keyring here, as on a system without one.
        return Unavailable(f"{class_name}: {type(error).__name__}")
    return backend


class Unavailable:
    """The platform's keyring could not be loaded; the store treats it as no keyring."""

    priority = 0

    def __init__(self, reason: str) -> None:
        self.reason = reason

    def get_password(self, service: str, username: str) -> str | None:
        raise KeychainError(self.reason)

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeychainError(self.reason)

    def delete_password(self, service: str, username: str) -> None:
        raise KeychainError(self.reason)


def secret_service_present() -> bool:
    """A Secret Service owns its name on the session bus, or D-Bus can start one."""
    try:
        from jeepney.io.blocking import open_dbus_connection

        with closing(open_dbus_connection(bus="SESSION")) as connection:
            return _secret_service_on(connection)
    except Exception:  # no session bus, a refused connection, a bus that answers an error
        return False


def _secret_service_on(connection: DBusConnection) -> bool:
    from jeepney.bus_messages import message_bus
    from jeepney.io.blocking import Proxy

    bus = Proxy(message_bus, connection)
    if bus.NameHasOwner(SECRET_SERVICE_BUS_NAME)[0] == 1:
        return True
    return SECRET_SERVICE_BUS_NAME in bus.ListActivatableNames()[0]


class SecretServiceKeyring:
    """The Secret Service's default collection, through `secretstorage`.

    Items are found by the attributes `service` and `username` and written with
    `application` as keyring writes them; a locked collection or item is unlocked through the
    service's own prompt, and a dismissed prompt is a `KeychainError`.
    """

    @property
    def priority(self) -> float:
        return 5 if secret_service_present() else 0

    def get_password(self, service: str, username: str) -> str | None:
        with _default_collection() as collection:
            for item in collection.search_items({"service": service, "username": username}):
                if item.is_locked():
                    item.unlock()
                    if item.is_locked():
                        raise KeychainError("the keyring item stayed locked")
                secret: bytes = item.get_secret()
                return secret.decode("utf-8")
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        attributes = {"service": service, "username": username, "application": KEYRING_APPLICATION}
        label = f"Password for '{username}' on '{service}'"
        with _default_collection() as collection:
            collection.create_item(label, attributes, password.encode("utf-8"), replace=True)

    def delete_password(self, service: str, username: str) -> None:
        with _default_collection() as collection:
            for item in collection.search_items({"service": service, "username": username}):
                item.delete()
                return
        raise KeychainError("no such item in the keyring")


@contextmanager
def _default_collection() -> Iterator[Collection]:
    """The unlocked default collection on a connection of its own, closed on leaving; the
    Secret Service's and the bus's errors leave as `KeychainError`."""
    import secretstorage
    from jeepney.wrappers import DBusErrorResponse
    from secretstorage.exceptions import SecretStorageException

    try:
        connection = secretstorage.dbus_init()
    except (SecretStorageException, OSError) as error:
        raise KeychainError("no connection to the Secret Service") from error
    try:
        collection = secretstorage.get_default_collection(connection)
        if collection.is_locked():
            collection.unlock()
            if collection.is_locked():  # the user dismissed the service's prompt
                raise KeychainError("the keyring stayed locked")
        yield collection
    except (SecretStorageException, DBusErrorResponse, OSError) as error:
        raise KeychainError("the Secret Service refused the request") from error
    finally:
        connection.close()


class CredentialManagerKeyring:
    """Windows Credential Manager: generic credentials, as keyring's `WinVaultKeyring` keeps them.

    keyring keeps the newest secret of a service under the service's name and moves an earlier
    one to `username@service`. This store reads both places the same way, but writes only
    `username@service`: keyring finds it there too, and a write never moves another vault's
    secret. Persistence is keyring's default (enterprise), so secrets written before are in the
    same place as those written now. `api` is pywin32-ctypes' `win32cred`-shaped module (tests
    give a stand-in).
    """

    NOT_FOUND = 1168  # ERROR_NOT_FOUND

    def __init__(self, api: Any | None = None, errors: type[Exception] | None = None) -> None:
        if api is None:
            from win32ctypes.pywin32 import pywintypes, win32cred

            api, errors = win32cred, pywintypes.error
        self._api = api
        self._errors: type[Exception] = errors or OSError

    @property
    def priority(self) -> float:
        return 5

    def get_password(self, service: str, username: str) -> str | None:
        found = self._read(service)
        if found is None or found.get("UserName") != username:
            found = self._read(_compound(username, service))
        if found is None:
            return None
        blob: bytes = found["CredentialBlob"]
        return blob.decode("utf-16")

    def set_password(self, service: str, username: str, password: str) -> None:
        credential = {
            "Type": self._api.CRED_TYPE_GENERIC,
            "TargetName": _compound(username, service),
            "UserName": username,
            "CredentialBlob": password,
            "Comment": "Meldcode Werkplek device secret",
            "Persist": self._api.CRED_PERSIST_ENTERPRISE,
        }
        try:
            self._api.CredWrite(credential, 0)
        except self._errors as error:
            raise KeychainError("Credential Manager refused the secret") from error
        # keyring reads the service's own name first: an entry of this vault there (written by
        # an earlier version) would shadow the one just written, so it goes.
        existing = self._read(service)
        if existing is not None and existing.get("UserName") == username:
            self._delete(service)

    def delete_password(self, service: str, username: str) -> None:
        deleted = False
        for target in (service, _compound(username, service)):
            found = self._read(target)
            if found is not None and found.get("UserName") == username:
                self._delete(target)
                deleted = True
        if not deleted:
            raise KeychainError("no such credential")

    def _read(self, target: str) -> dict[str, Any] | None:
        try:
            found: dict[str, Any] = self._api.CredRead(
                Type=self._api.CRED_TYPE_GENERIC, TargetName=target
            )
        except self._errors as error:
            if getattr(error, "winerror", None) == self.NOT_FOUND:
                return None
            raise KeychainError("Credential Manager could not be read") from error
        return found

    def _delete(self, target: str) -> None:
        try:
            self._api.CredDelete(Type=self._api.CRED_TYPE_GENERIC, TargetName=target)
        except self._errors as error:
            if getattr(error, "winerror", None) != self.NOT_FOUND:
                raise KeychainError("Credential Manager kept the credential") from error


def _compound(username: str, service: str) -> str:
    return f"{username}@{service}"
