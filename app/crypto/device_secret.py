"""The device secret: 32 random bytes per vault, kept in the operating system's keyring.

Windows Credential Manager, the macOS Keychain or a Secret Service (GNOME Keyring, KWallet)
hold it; it is mixed into every user slot. A keyring that would write the secret to a plain
file (keyrings.alt) is not trusted: without a trustworthy keyring the program works with
passphrase-only slots and says so, and never writes a key to disk itself.
"""

from __future__ import annotations

import base64
import os
from typing import TYPE_CHECKING

# keyring is imported when a secret is first asked for, not at start-up: finding its backends
# costs a fifth of a second, before the first window otherwise.
if TYPE_CHECKING:
    import keyring.backend

SERVICE = "Meldcode Werkplek"
SECRET_BYTES = 32
_UNTRUSTED_MODULE_PREFIXES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


class DeviceSecretStore:
    """Reads and writes device secrets through one keyring backend."""

    def __init__(self, backend: keyring.backend.KeyringBackend | None = None) -> None:
        self._backend = backend

    @property
    def backend(self) -> keyring.backend.KeyringBackend:
        import keyring

        chosen = self._backend if self._backend is not None else keyring.get_keyring()
        members = getattr(chosen, "backends", None)
        if members is not None:
            # The chainer writes to whichever member answers first; choose a trusted one.
            return next((m for m in members if _trustworthy(m)), chosen)
        return chosen

    @property
    def backend_name(self) -> str:
        return type(self.backend).__module__ + "." + type(self.backend).__qualname__

    def available(self) -> bool:
        return _trustworthy(self.backend)

    def get(self, vault_id: str) -> bytes | None:
        if not self.available():
            return None
        from keyring.errors import KeyringError

        try:
            stored = self.backend.get_password(SERVICE, vault_id)
        except KeyringError:
            return None
        if not stored:
            return None
        return base64.b64decode(stored.encode("ascii"))

    def create(self, vault_id: str) -> bytes | None:
        """A new secret for this vault, or None when no trustworthy keyring can hold it."""
        if not self.available():
            return None
        secret = os.urandom(SECRET_BYTES)
        from keyring.errors import KeyringError

        try:
            self.backend.set_password(SERVICE, vault_id, base64.b64encode(secret).decode("ascii"))
        except KeyringError:
            return None
        # Read back: some backends accept a write they cannot keep (a locked collection).
        return secret if self.get(vault_id) == secret else None

    def get_or_create(self, vault_id: str) -> bytes | None:
        return self.get(vault_id) or self.create(vault_id)


class NoDeviceSecret(DeviceSecretStore):
    """Passphrase-only slots, for vaults that must open on any computer: the practice vault,
    the self-test's throw-away vault, the fixture vaults of the tests."""

    def available(self) -> bool:
        return False


def _trustworthy(backend: keyring.backend.KeyringBackend) -> bool:
    if getattr(backend, "backends", None) is not None:
        return False  # a chainer with no trusted member left (see DeviceSecretStore.backend)
    module = type(backend).__module__
    if module.startswith(_UNTRUSTED_MODULE_PREFIXES):
        return False
    try:
        return float(getattr(backend, "priority", 0)) > 0
    except Exception:
        return False
