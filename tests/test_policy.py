"""The administrator's policy: valid ones lock, broken ones fail closed, users cannot bypass it."""

from __future__ import annotations

import json
import logging
import plistlib
import sys
from pathlib import Path

import pytest

from app import paths, policy
from app.policy import (
    REG_DWORD,
    REG_SZ,
    PolicyFault,
    managed_preferences_document,
    registry_source,
    system_sources,
)
from app.settings import (
    POLICY_KEYS,
    STRICTEST,
    Settings,
    load_settings,
    save_settings,
)

GOOD = {"locked": {"auto_lock_minutes": 10, "profession_group": "artsen"}}
GOOD_TEXT = json.dumps(GOOD)


def locked(**values: object) -> bytes:
    return json.dumps({"locked": values}).encode()


def utf16(text: str) -> bytes:
    return text.encode("utf-16")  # with BOM, as PowerShell's Out-File writes


# One row per case: what lies in the system's policy file, what a user's MELDCODE_POLICY points
# at (None: not set), whether the program is frozen (installed), and what must then happen.
# expect: "valid" (10 minutes and group artsen, locked), "refused" (fails closed), "none" (no
# policy: the user's own settings, nothing locked).
EMPTY_POLICY = locked()
WITH_PASSWORD = "postgresql://m:geheim@db.nl/m"
UNCHECKED_TLS = "postgresql://m@db.nl/m?sslmode=require"
MATRIX = [
    ("valid UTF-8", GOOD_TEXT.encode(), None, True, "valid"),
    ("UTF-8 with BOM (Notepad)", b"\xef\xbb\xbf" + GOOD_TEXT.encode(), None, True, "valid"),
    ("UTF-16 LE with BOM (PowerShell)", utf16(GOOD_TEXT), None, True, "valid"),
    ("UTF-16 BE with BOM", b"\xfe\xff" + GOOD_TEXT.encode("utf-16-be"), None, True, "valid"),
    ("UTF-16 without BOM", GOOD_TEXT.encode("utf-16-le"), None, True, "refused"),
    ("bad JSON", b'{"locked": {"auto_lock_minutes": 10,}', None, True, "refused"),
    ("not text at all", b"\xff\x00\x81\x92", None, True, "refused"),
    ("empty file", b"", None, True, "refused"),
    ("unknown key", locked(auto_lok_minutes=10), None, True, "refused"),
    ("unknown top-level key", json.dumps({**GOOD, "lockd": {}}).encode(), None, True, "refused"),
    ("wrong type", locked(auto_lock_minutes="10"), None, True, "refused"),
    ("bool for a number", locked(auto_lock_minutes=True), None, True, "refused"),
    ("out of range high", locked(auto_lock_minutes=99999), None, True, "refused"),
    ("out of range low", locked(auto_lock_minutes=0), None, True, "refused"),
    ("language not offered", locked(language="fr"), None, True, "refused"),
    ("server not https", locked(practice_server="http://x"), None, True, "refused"),
    ("server with a password", locked(practice_server=WITH_PASSWORD), None, True, "refused"),
    ("server without TLS check", locked(practice_server=UNCHECKED_TLS), None, True, "refused"),
    ("list instead of object", json.dumps([GOOD]).encode(), None, True, "refused"),
    ("locked is a list", b'{"locked": ["auto_lock_minutes"]}', None, True, "refused"),
    ("missing file", None, None, True, "none"),
    ("environment override in a frozen build", GOOD_TEXT.encode(), EMPTY_POLICY, True, "valid"),
    ("environment override to a broken file, frozen", GOOD_TEXT.encode(), b"[", True, "valid"),
    ("environment override in a development run", GOOD_TEXT.encode(), EMPTY_POLICY, False, "none"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("system", "override", "frozen", "expect"),
    [row[1:] for row in MATRIX],
    ids=[row[0] for row in MATRIX],
)
def test_policy_matrix(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    system: bytes | None,
    override: bytes | None,
    frozen: bool,
    expect: str,
) -> None:
    config = tmp_path / "config"
    save_settings(Settings(auto_lock_minutes=30, profession_group="onderwijs"), config)
    system_file = tmp_path / "system" / "policy.json"
    system_file.parent.mkdir()
    if system is not None:
        system_file.write_bytes(system)
    monkeypatch.setattr(policy, "system_policy_file", lambda: system_file)
    monkeypatch.setattr(paths, "system_policy_file", lambda: system_file)
    monkeypatch.delenv("MELDCODE_POLICY")
    if override is not None:
        users_own = tmp_path / "mine.json"
        users_own.write_bytes(override)
        monkeypatch.setenv("MELDCODE_POLICY", str(users_own))
    if frozen:
        monkeypatch.setattr(sys, "frozen", True, raising=False)
    with caplog.at_level(logging.INFO, logger="meldcode"):
        settings = load_settings(config)
    if expect == "valid":
        assert settings.auto_lock_minutes == 10 and settings.profession_group == "artsen"
        assert settings.locked == {"auto_lock_minutes", "profession_group"}
        assert not settings.policy_fault and settings.policy_source == str(system_file)
    elif expect == "none":
        assert settings.auto_lock_minutes == 30 and settings.profession_group == "onderwijs"
        assert not settings.locked and not settings.policy_fault
    else:
        assert settings.policy_fault, "a broken policy must never count as no policy"
        assert settings.policy_source == str(system_file)
        assert settings.locked == POLICY_KEYS
        for key, value in STRICTEST.items():
            assert getattr(settings, key) == value
        # The user's harmless choices stay; nothing of the broken policy is used.
        assert settings.profession_group == "onderwijs"
        refused = [r for r in caplog.records if "policy refused" in r.getMessage()]
        assert refused and str(system_file) in refused[0].getMessage()


def test_a_policy_file_given_by_path_is_read_as_it_is(tmp_path: Path) -> None:
    """`load_settings(config, policy)`: the tests' and tools' way to name a policy file."""
    file = tmp_path / "given.json"
    file.write_bytes(utf16(GOOD_TEXT))
    settings = load_settings(tmp_path / "config", file)
    assert settings.locked == {"auto_lock_minutes", "profession_group"}
    file.write_bytes(b"{")
    assert load_settings(tmp_path / "config", file).policy_fault


def test_policy_file_follows_the_variable_only_when_not_frozen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    system = tmp_path / "etc" / "policy.json"
    monkeypatch.setattr(paths, "system_policy_file", lambda: system)
    monkeypatch.setenv("MELDCODE_POLICY", str(tmp_path / "mine.json"))
    assert paths.policy_file() == tmp_path / "mine.json"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert paths.policy_file() == system


def test_every_policy_key_is_a_setting_and_in_the_schema() -> None:
    assert set(policy.policy_keys()) == POLICY_KEYS
    full = {
        "locked": {
            "profession_group": "kinderopvang",
            "auto_lock_minutes": 240,
            "data_dir": "D:/Meldcode",
            "allow_passphrase_only_without_keyring": False,
            "veilig_thuis_region": "groningen",
            "practice_server": "postgresql://meldcode@server.praktijk.local:5432/meldcode",
            "language": "en",
            "stuck_after_days": 30,
        }
    }
    assert policy.check_policy(full) == full["locked"]


def test_the_linux_policy_place_ignores_the_users_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("XDG_CONFIG_DIRS", "/tmp/elders")
    assert paths.system_policy_file() == Path("/etc/xdg/MeldcodeWerkplek/policy.json")


# -- the Windows registry and macOS managed preferences, parsed from injected data -------------
# (The real registry and a real MDM profile exist only on those systems; see docs/beheer.md.)


def test_registry_values_become_a_policy() -> None:
    values = [
        ("auto_lock_minutes", 15, REG_DWORD),
        ("allow_passphrase_only_without_keyring", 0, REG_DWORD),
        ("profession_group", "artsen", REG_SZ),
    ]
    got = policy.read_policy([registry_source(lambda: values)])
    assert not got.refused
    assert got.locked == {
        "auto_lock_minutes": 15,
        "allow_passphrase_only_without_keyring": False,
        "profession_group": "artsen",
    }
    assert got.source == r"HKLM\Software\Policies\MeldcodeWerkplek"


@pytest.mark.parametrize(
    "values",
    [
        [("auto_lock_minutes", 999, REG_DWORD)],  # out of range
        [("auto_lock_minutes", "15", REG_SZ)],  # a string where a number belongs
        [("allow_passphrase_only_without_keyring", 2, REG_DWORD)],  # not a switch
        [("auto_lok_minutes", 15, REG_DWORD)],  # unknown value name
        [("profession_group", b"artsen", 3)],  # REG_BINARY
    ],
    ids=["range", "type", "switch", "unknown", "binary"],
)
def test_a_wrong_registry_value_refuses_the_policy(values: list[tuple[str, object, int]]) -> None:
    got = policy.read_policy([registry_source(lambda: values)])
    assert got.refused and got.locked == {}


def test_no_registry_key_falls_through_to_the_file(tmp_path: Path) -> None:
    file = tmp_path / "policy.json"
    file.write_text(json.dumps({"locked": {"language": "en"}}), encoding="utf-8")
    got = policy.read_policy([registry_source(lambda: None), policy.file_source(file)])
    assert got.locked == {"language": "en"} and got.source == str(file)


def test_managed_preferences_become_a_policy() -> None:
    raw = plistlib.dumps(
        {"auto_lock_minutes": 5, "allow_passphrase_only_without_keyring": False, "PayloadUUID": "x"}
    )
    assert managed_preferences_document(raw) == {
        "locked": {"auto_lock_minutes": 5, "allow_passphrase_only_without_keyring": False}
    }
    binary = plistlib.dumps({"language": "nl"}, fmt=plistlib.FMT_BINARY)
    assert managed_preferences_document(binary) == {"locked": {"language": "nl"}}


@pytest.mark.parametrize(
    "raw",
    [
        b"not a plist",
        plistlib.dumps(["auto_lock_minutes"]),
        plistlib.dumps({"auto_lock_minutes": 0}),
    ],
    ids=["garbage", "array", "range"],
)
def test_broken_managed_preferences_refuse_the_policy(tmp_path: Path, raw: bytes) -> None:
    file = tmp_path / "nl.meldcodewerkplek.app.plist"
    file.write_bytes(raw)
    got = policy.read_policy([policy.plist_source(file)])
    assert got.refused


def test_the_places_per_platform(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("USER", "jansen")
    mac = [s.name for s in system_sources("darwin")]
    assert mac[:2] == [
        "/Library/Managed Preferences/jansen/nl.meldcodewerkplek.app.plist",
        "/Library/Managed Preferences/nl.meldcodewerkplek.app.plist",
    ]
    assert system_sources("win32")[0].name == (r"HKLM\Software\Policies\MeldcodeWerkplek")
    assert len(system_sources("linux")) == 1


def test_a_source_that_fails_unexpectedly_still_fails_closed() -> None:
    def broken() -> list[tuple[str, object, int]] | None:
        raise PermissionError("denied")

    got = policy.read_policy([registry_source(broken)])
    assert got.refused and got.fault == "PermissionError"

    def faulty() -> list[tuple[str, object, int]] | None:
        raise PolicyFault("register niet te lezen")

    assert policy.read_policy([registry_source(faulty)]).refused


def test_saving_under_a_broken_policy_keeps_the_users_own_choices(tmp_path: Path) -> None:
    config = tmp_path / "config"
    save_settings(Settings(auto_lock_minutes=30, language="en"), config)
    broken = tmp_path / "policy.json"
    broken.write_bytes(b"[]")
    strict = load_settings(config, broken)
    assert strict.auto_lock_minutes == 1
    save_settings(strict, config)
    broken.unlink()
    again = load_settings(config, broken)
    assert (again.auto_lock_minutes, again.language) == (30, "en")


def test_an_expandable_registry_string_is_expanded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SystemDrive", "D:")
    values = [("data_dir", "%SystemDrive%/Meldcode", policy.REG_EXPAND_SZ)]
    got = policy.read_policy([registry_source(lambda: values)])
    assert got.locked == {"data_dir": "D:/Meldcode"}


SERVER_ADDRESSES = [
    ("postgresql://meldcode@server.praktijk.local:5432/meldcode", True),
    ("postgres://server.praktijk.local/meldcode", True),
    ("postgresql://meldcode@localhost/meldcode", True),
    ("postgresql://meldcode@[2001:db8::5]:5433/meldcode", True),
    ("postgresql://meldcode@db.praktijk.nl/meldcode?sslmode=verify-full", True),
    ("postgresql://meldcode@db.praktijk.nl/meldcode?sslrootcert=C:\\certs\\ca.crt", True),
    ("postgresql://meldcode:geheim@db.praktijk.nl/meldcode", False),  # password in the address
    ("postgresql://meldcode@db.praktijk.nl/meldcode?password=geheim", False),
    ("postgresql://meldcode@db.praktijk.nl/meldcode?x=1&password=geheim", False),
    ("postgresql://meldcode@db.praktijk.nl/meldcode?sslmode=disable", False),
    ("postgresql://meldcode@db.praktijk.nl/meldcode?sslmode=verify-ca", False),
    ("postgresql:///meldcode", False),  # no host
    ("postgresql://meldcode@db.praktijk.nl", False),  # no database
    ("postgresql://meldcode@db.praktijk.nl/", False),
    ("https://praktijk.example.nl:8443/meldcode", False),  # not PostgreSQL
    ("mysql://meldcode@db.praktijk.nl/meldcode", False),
    ("postgresql://meldcode@db praktijk.nl/meldcode", False),
    ("", False),
]


@pytest.mark.parametrize(
    ("address", "valid"), SERVER_ADDRESSES, ids=[a for a, _ in SERVER_ADDRESSES]
)
def test_the_practice_server_is_a_postgresql_address_without_password(
    address: str, valid: bool
) -> None:
    document = {"locked": {"practice_server": address}}
    if valid:
        assert policy.check_policy(document) == {"practice_server": address}
    else:
        with pytest.raises(PolicyFault, match="practice_server"):
            policy.check_policy(document)


def test_the_practice_server_of_the_policy_is_a_locked_setting(tmp_path: Path) -> None:
    address = "postgresql://meldcode@server.praktijk.local:5432/meldcode"
    file = tmp_path / "policy.json"
    file.write_bytes(locked(practice_server=address))
    settings = load_settings(tmp_path / "config", file)
    assert settings.practice_server == address
    assert settings.is_locked("practice_server")
