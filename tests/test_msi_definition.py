"""The Windows installer's WiX definition, built here with wixl and read back with msiinfo.

The MSI is built from a small stand-in tree with the frozen build's shape (the real one is
built on Windows with WiX 3; see .github/workflows/release.yml). What is checked is what an
administrator relies on: the fixed UpgradeCode, per-machine installation, major upgrades with
downgrades refused, the Start-menu shortcut, the policy folder and the program's files, and
nothing placed in (or removed from) a user's profile.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

from tests.support import require_tool

ROOT = Path(__file__).resolve().parent.parent
WINDOWS = ROOT / "packaging" / "windows"
# Never to change: Windows finds the installed version to replace by this code.
UPGRADE_CODE = "{5E0B2C51-7F3A-4C84-9B39-2D6A1E8F4C17}"
STAND_IN = (
    "meldcode-werkplek.exe",
    "meldcode-werkplek-cli.exe",
    "_internal/python311.dll",
    "_internal/pyproject.toml",
    "_internal/resources/schemas/policy.schema.json",
    "_internal/PySide6/plugins/platforms/qwindows.dll",
)


def harvest_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("harvest", WINDOWS / "harvest.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def version() -> str:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return str(data["project"]["version"])


def make_tree(folder: Path, names: tuple[str, ...] = STAND_IN) -> Path:
    for name in names:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(f"stand-in {name}".encode())
    return folder


def table(msi: Path, name: str) -> list[dict[str, str]]:
    """A table as msiinfo exports it: column names, types, the table's own line, then rows."""
    text = subprocess.run(
        ["msiinfo", "export", str(msi), name], capture_output=True, text=True, check=True
    ).stdout
    lines = text.splitlines()
    columns = lines[0].split("\t")
    return [dict(zip(columns, line.split("\t"), strict=False)) for line in lines[3:] if line]


@pytest.fixture(scope="module")
def msi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    require_tool("wixl")
    require_tool("msiinfo")
    work = tmp_path_factory.mktemp("msi")
    make_tree(work / "src")
    harvest_module().harvest(work / "src").write(
        work / "files.wxs", encoding="utf-8", xml_declaration=True
    )
    shutil.copy(ROOT / "resources" / "icons" / "meldcode-werkplek.ico", work / "icon.ico")
    # wixl resolves the files relative to its working folder.
    subprocess.run(
        [
            "wixl", "-a", "x64", "-D", f"Version={version()}", "-D", "SourceDir=src",
            "-D", "IconFile=icon.ico", "-o", "meldcode-werkplek.msi",
            str(WINDOWS / "meldcode-werkplek.wxs"), "files.wxs",
        ],
        cwd=work,
        check=True,
        capture_output=True,
    )  # fmt: skip
    return work / "meldcode-werkplek.msi"


def test_the_product_is_per_machine_with_the_fixed_upgrade_code(msi: Path) -> None:
    properties = {row["Property"]: row["Value"] for row in table(msi, "Property")}
    assert properties["UpgradeCode"] == UPGRADE_CODE
    assert properties["ProductVersion"] == version()
    assert properties["ProductName"] == "Meldcode Werkplek"
    assert properties["ALLUSERS"] == "1"
    summary = subprocess.run(
        ["msiinfo", "suminfo", str(msi)], capture_output=True, text=True, check=True
    ).stdout
    assert "Template: x64;" in summary


def test_a_newer_version_replaces_and_a_downgrade_is_refused(msi: Path) -> None:
    upgrades = table(msi, "Upgrade")
    assert all(row["UpgradeCode"] == UPGRADE_CODE for row in upgrades)
    detected = {row["ActionProperty"]: row for row in upgrades}
    assert detected["WIX_UPGRADE_DETECTED"]["VersionMax"] == version()
    assert detected["WIX_DOWNGRADE_DETECTED"]["VersionMin"] == version()
    conditions = [row["Condition"] for row in table(msi, "LaunchCondition")]
    assert "NOT WIX_DOWNGRADE_DETECTED" in conditions
    actions = [row["Action"] for row in table(msi, "InstallExecuteSequence")]
    assert "RemoveExistingProducts" in actions


def test_program_files_start_menu_and_policy_folder(msi: Path) -> None:
    directories = {row["Directory"]: row for row in table(msi, "Directory")}
    assert directories["INSTALLDIR"]["Directory_Parent"] == "ProgramFiles64Folder"
    assert directories["INSTALLDIR"]["DefaultDir"] == "Meldcode Werkplek"
    assert directories["POLICYDIR"]["Directory_Parent"] == "CommonAppDataFolder"
    assert directories["POLICYDIR"]["DefaultDir"] == "MeldcodeWerkplek"
    assert {"Directory_": "POLICYDIR", "Component_": "PolicyFolder"} in table(msi, "CreateFolder")
    (shortcut,) = table(msi, "Shortcut")
    assert shortcut["Directory_"] == "ProgramMenuFolder"
    assert shortcut["Name"] == "Meldcode Werkplek"
    assert shortcut["Target"] == "[INSTALLDIR]meldcode-werkplek.exe"
    # Nothing in a user's profile, and nothing that deletes files there on removal.
    assert not {"AppDataFolder", "LocalAppDataFolder", "PersonalFolder"} & set(directories)
    assert table(msi, "RemoveFile") == []


def test_every_file_of_the_build_is_installed_where_it_was(msi: Path) -> None:
    directories = {row["Directory"]: row for row in table(msi, "Directory")}
    components = {row["Component"]: row for row in table(msi, "Component")}

    def path_of(directory: str) -> str:
        parts = []
        while directory != "INSTALLDIR":
            row = directories[directory]
            parts.append(row["DefaultDir"])
            directory = row["Directory_Parent"]
        return "/".join(reversed(parts))

    installed = set()
    for row in table(msi, "File"):
        component = components[row["Component_"]]
        assert int(component["Attributes"]) & 256, "a 64-bit component"
        folder = path_of(component["Directory_"])
        installed.add(f"{folder}/{row['FileName']}" if folder else row["FileName"])
    assert installed == set(STAND_IN)
    files = {row["File"]: row["FileName"] for row in table(msi, "File")}
    assert files["MainExe"] == "meldcode-werkplek.exe"
    assert files["CliExe"] == "meldcode-werkplek-cli.exe"


def test_component_guids_follow_the_file_path_across_builds(tmp_path: Path) -> None:
    harvest = harvest_module()

    def guids(tree: Path) -> dict[str, str]:
        root = harvest.harvest(tree).getroot()
        found = {}
        for component in root.iter(f"{{{harvest.WIX_NS}}}Component"):
            (file,) = component
            found[file.get("Name")] = component.get("Guid")
        return found

    old = guids(make_tree(tmp_path / "old", ("meldcode-werkplek.exe", "_internal/a.dll")))
    new = guids(make_tree(tmp_path / "new", ("meldcode-werkplek.exe", "_internal/b.dll")))
    assert old["meldcode-werkplek.exe"] == new["meldcode-werkplek.exe"]
    assert old["a.dll"] != new["b.dll"]
