"""Runs inside `dbus-run-session`: starts gnome-keyring's Secret Service and uses it for real.

Started by tests/real/test_keyring_secret_service.py. Prints `OK <backend>` when every check
passes; any failed check raises and ends the process with a non-zero code.
"""

from __future__ import annotations

import base64
import os
import subprocess
import sys
from pathlib import Path

KEYRING_PASSWORD = b"ci-keyring-wachtwoord\n"


def start_secret_service() -> subprocess.Popen[bytes]:
    daemon = subprocess.Popen(
        ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert daemon.stdin is not None and daemon.stdout is not None
    daemon.stdin.write(KEYRING_PASSWORD)
    daemon.stdin.close()
    # The daemon announces its control socket once it serves; wait for that line.
    for raw in daemon.stdout:
        line = raw.decode().strip()
        if "=" in line:
            key, value = line.split("=", 1)
            os.environ[key] = value
        if line.startswith("GNOME_KEYRING_CONTROL"):
            break
    return daemon


def main(folder: Path) -> None:
    daemon = start_secret_service()
    try:
        check(folder)
    finally:
        daemon.terminate()
        daemon.wait(timeout=10)


# What the unlock window's question about the keyring must not load (see app.crypto.os_keyring).
HEAVY = ("keyring", "cryptography", "secretstorage", "ssl", "urllib.request", "jaraco")


def check(folder: Path) -> None:
    from app.crypto.device_secret import DeviceSecretStore as Probe

    assert Probe().available(), "the running Secret Service was not found"
    loaded = [m for m in sys.modules if any(m == h or m.startswith(h + ".") for h in HEAVY)]
    assert loaded == [], f"the keyring's presence loaded {loaded}"

    import keyring

    from app.crypto import kdf
    from app.crypto.device_secret import SERVICE, DeviceSecretStore
    from app.domain.models import UserDraft
    from app.errors import DeviceSecretMissing
    from app.vault.location import VaultLocation
    from app.vault.vault import Vault

    store = DeviceSecretStore()
    assert store.available(), store.backend_name
    assert "SecretService" in store.backend_name, store.backend_name
    location = VaultLocation(folder / "kluis")
    passphrase = "wachtzin voor de echte sleutelbos"
    with kdf.calibration_profile(kdf.CalibrationProfile(0.001, 1024, 1)):
        vault, code = Vault.create(location, UserDraft("Anna de Vries"), passphrase, store)
        assert vault.device_bound
        vault_id = vault.vault_id
        vault.lock()

        stored = keyring.get_password(SERVICE, vault_id)
        assert stored and len(base64.b64decode(stored)) == 32
        home = Path(os.environ["HOME"])
        for path in [*home.rglob("*"), *folder.rglob("*")]:
            if path.is_file():
                assert stored.encode() not in path.read_bytes(), f"device secret in clear: {path}"

        with Vault.unlock(location, 1, passphrase, DeviceSecretStore()) as again:
            assert again.user.display_name == "Anna de Vries"

        keyring.delete_password(SERVICE, vault_id)
        check_secrets_of_earlier_versions()
        try:
            Vault.unlock(location, 1, passphrase, DeviceSecretStore())
        except DeviceSecretMissing:
            pass
        else:
            raise AssertionError("a vault without its device secret must not open")
        with Vault.unlock_with_recovery(location, code, 1) as recovered:
            recovered.change_passphrase(passphrase, passphrase, DeviceSecretStore())
        with Vault.unlock(location, 1, passphrase, DeviceSecretStore()):
            pass
    print(f"OK {store.backend_name}", flush=True)


def check_secrets_of_earlier_versions() -> None:
    """Earlier versions let keyring find its Secret Service backend and write the secret through
    it; this store reads such an item, and keyring's backend reads what this store writes."""
    import keyring.backends.SecretService

    from app.crypto.device_secret import SERVICE, DeviceSecretStore

    theirs = keyring.backends.SecretService.Keyring()
    written = base64.b64encode(bytes(range(32))).decode("ascii")
    theirs.set_password(SERVICE, "kluis-van-toen", written)
    ours = DeviceSecretStore()
    assert ours.get("kluis-van-toen") == bytes(range(32))
    made = ours.create("kluis-van-nu")
    assert made is not None
    assert theirs.get_password(SERVICE, "kluis-van-nu") == base64.b64encode(made).decode("ascii")
    ours.backend.delete_password(SERVICE, "kluis-van-nu")
    assert ours.get("kluis-van-nu") is None
    assert theirs.get_password(SERVICE, "kluis-van-nu") is None
    theirs.delete_password(SERVICE, "kluis-van-toen")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
    sys.exit(0)
