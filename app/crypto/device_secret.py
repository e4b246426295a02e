"""The device secret: 32 random bytes per vault, kept in the operating system's keyring.

Windows Credential Manager, the macOS Keychain or a Secret Service (GNOME Keyring, KWallet)
hold it; it is mixed into every user slot. A keyring that would write the secret to a plain
file (keyrings.alt) is not trusted: without a trustworthy keyring the program works with
passphrase-only slots and says so, and never writes a key to disk itself.
"""

from __future__ import annotations

import base64
import os
import sys

from app.crypto import os_keyring
from app.crypto.os_keyring import KeychainError, SecretBackend

SERVICE = "Meldcode Werkplek"
SECRET_BYTES = 32
_UNTRUSTED_MODULE_PREFIXES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")

# The backend a store without its own uses instead of the platform's (the tests' in-memory
# keyring); see `use_default_backend`.
_default_backend: list[SecretBackend] = []


def use_default_backend(backend: SecretBackend | None) -> None:
    """Every store made without a backend uses this one (None: the platform's keyring again)."""
    _default_backend[:] = [] if backend is None else [backend]


class DeviceSecretStore:
    """Reads and writes device secrets through one keyring backend.

    Without a backend of its own it uses the operating system's keyring (`os_keyring`): whether
    there is one is answered without loading a keyring library (the unlock window asks), the
    library is loaded when a secret is first read or written.
    """

    def __init__(self, backend: SecretBackend | None = None) -> None:
        self._backend = backend

    @property
    def backend(self) -> SecretBackend:
        chosen = self._chosen()
        members = getattr(chosen, "backends", None)
        if members is not None:
            # The chainer writes to whichever member answers first; choose a trusted one.
            return next((m for m in members if _trustworthy(m)), chosen)
        return chosen

    @property
    def backend_name(self) -> str:
        return type(self.backend).__module__ + "." + type(self.backend).__qualname__

    def available(self) -> bool:
        if (
            self._backend is None
            and not _default_backend
            and not os_keyring.configured_by_environment()
        ):
            return os_keyring.present()
        return _trustworthy(self.backend)

    def get(self, vault_id: str) -> bytes | None:
        backend = self._usable()
        if backend is None:
            return None
        try:
            stored = backend.get_password(SERVICE, vault_id)
        except _keyring_errors():
            return None
        if not stored:
            return None
        return base64.b64decode(stored.encode("ascii"))

    def create(self, vault_id: str) -> bytes | None:
        """A new secret for this vault, or None when no trustworthy keyring can hold it."""
        backend = self._usable()
        if backend is None:
            return None
        secret = os.urandom(SECRET_BYTES)
        try:
            backend.set_password(SERVICE, vault_id, base64.b64encode(secret).decode("ascii"))
        except _keyring_errors():
            return None
        # Read back: some backends accept a write they cannot keep (a locked collection).
        return secret if self.get(vault_id) == secret else None

    def get_or_create(self, vault_id: str) -> bytes | None:
        return self.get(vault_id) or self.create(vault_id)

    def _usable(self) -> SecretBackend | None:
        """The backend to read and write with; None when there is no trustworthy keyring
        (`available` answers cheaply; the platform's backend, once loaded, may still not be)."""
        if not self.available():
            return None
        backend = self.backend
        return backend if _trustworthy(backend) else None

    def _chosen(self) -> SecretBackend:
        if self._backend is not None:
            return self._backend
        if _default_backend:
            return _default_backend[0]
        if os_keyring.configured_by_environment():
            import keyring

            chosen: SecretBackend = keyring.get_keyring()
            return chosen
        return _platform_backend()


_loaded: list[SecretBackend] = []


def _platform_backend() -> SecretBackend:
    # One instance for the process, as keyring keeps its default.
    if not _loaded:
        _loaded.append(os_keyring.load())
    return _loaded[0]


def _keyring_errors() -> tuple[type[Exception], ...]:
    """The errors a backend raises for a keyring it cannot use (keyring's own only once keyring
    is loaded: no keyring backend can have raised one before)."""
    if "keyring.errors" in sys.modules:
        from keyring.errors import KeyringError

        return (KeychainError, KeyringError)
    return (KeychainError,)


class NoDeviceSecret(DeviceSecretStore):
    """Passphrase-only slots, for vaults that must open on any computer: the practice vault,
    the self-test's throw-away vault, the fixture vaults of the tests."""

    def available(self) -> bool:
        return False


def _trustworthy(backend: SecretBackend) -> bool:
    if getattr(backend, "backends", None) is not None:
        return False  # a chainer with no trusted member left (see DeviceSecretStore.backend)
    module = type(backend).__module__
    if module.startswith(_UNTRUSTED_MODULE_PREFIXES):
        return False
    try:
        return float(getattr(backend, "priority", 0)) > 0
    except Exception:
        return False
