"""The administrator's templates say what the program reads: ADMX/ADML, the macOS profile, the
example policy and the documentation name the same keys, ranges and values as the schema."""

from __future__ import annotations

import json
import plistlib
import re
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from app.framework.library import shipped_library
from app.policy import REGISTRY_KEY, check_policy, managed_preferences_document, policy_keys
from app.settings import POLICY_KEYS

ROOT = Path(__file__).resolve().parent.parent
WINDOWS = ROOT / "packaging" / "windows"
NS = {"p": "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"}


def admx() -> ET.Element:
    return ET.parse(WINDOWS / "MeldcodeWerkplek.admx").getroot()


def test_the_admx_writes_every_policy_key_to_the_programs_registry_key() -> None:
    value_names = set()
    for policy in admx().iterfind(".//p:policy", NS):
        assert policy.get("key") == REGISTRY_KEY
        assert policy.get("class") == "Machine"
        if policy.get("valueName"):
            value_names.add(policy.get("valueName"))
        for element in policy.iterfind("./p:elements/*", NS):
            value_names.add(element.get("valueName"))
    assert value_names == POLICY_KEYS


def test_the_admx_ranges_and_choices_are_the_schemas() -> None:
    keys = policy_keys()
    root = admx()
    for decimal in root.iterfind(".//p:elements/p:decimal", NS):
        schema = keys[decimal.get("valueName", "")]
        assert int(decimal.get("minValue", "")) == schema["minimum"]
        assert int(decimal.get("maxValue", "")) == schema["maximum"]
    choices = {
        enum.get("valueName"): [v.text for v in enum.iterfind(".//p:string", NS)]
        for enum in root.iterfind(".//p:elements/p:enum", NS)
    }
    assert choices["language"] == keys["language"]["enum"]
    groups = {kader.group.id for kader in shipped_library().frameworks}
    assert set(choices["profession_group"]) == groups
    for group in choices["profession_group"]:
        assert check_policy({"locked": {"profession_group": group}})


@pytest.mark.parametrize("language", ["nl-NL", "en-US"])
def test_every_text_the_admx_names_is_in_the_adml(language: str) -> None:
    text = (WINDOWS / "MeldcodeWerkplek.admx").read_text(encoding="utf-8")
    strings = set(re.findall(r"\$\(string\.(\w+)\)", text))
    presentations = set(re.findall(r"\$\(presentation\.(\w+)\)", text))
    adml = ET.parse(WINDOWS / language / "MeldcodeWerkplek.adml").getroot()
    assert {s.get("id") for s in adml.iterfind(".//p:string", NS)} >= strings
    assert {p.get("id") for p in adml.iterfind(".//p:presentation", NS)} == presentations


def test_the_example_profile_is_a_valid_policy() -> None:
    raw = (ROOT / "packaging" / "macos" / "nl.meldcodewerkplek.app.mobileconfig").read_bytes()
    profile = plistlib.loads(raw)
    (payload,) = profile["PayloadContent"]
    assert payload["PayloadType"] == "com.apple.ManagedClient.preferences"
    (forced,) = payload["PayloadContent"]["nl.meldcodewerkplek.app"]["Forced"]
    # What macOS writes to /Library/Managed Preferences/nl.meldcodewerkplek.app.plist.
    managed = plistlib.dumps(forced["mcx_preference_settings"])
    locked = check_policy(managed_preferences_document(managed))
    assert locked["practice_server"].startswith("postgresql://")


def test_the_example_policy_file_is_valid_and_documented() -> None:
    example = json.loads((ROOT / "resources" / "policy.example.json").read_text(encoding="utf-8"))
    assert check_policy(example)
    guide = (ROOT / "docs" / "beheer.md").read_text(encoding="utf-8")
    for key in POLICY_KEYS:
        assert f"`{key}`" in guide, key
