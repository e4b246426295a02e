"""One version number: pyproject.toml's, in the program, the installers and About."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from app import __version__, about

ROOT = Path(__file__).resolve().parent.parent


def pyproject_version() -> str:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return str(data["project"]["version"])


def test_the_program_reports_pyprojects_version() -> None:
    assert __version__ == pyproject_version()
    shown = subprocess.run(
        [sys.executable, "-m", "ui", "--version"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert shown.strip() == f"meldcode-werkplek {pyproject_version()}"


def test_the_installer_definitions_take_the_version_from_outside() -> None:
    """No installer definition carries a version of its own."""
    wxs = (ROOT / "packaging" / "windows" / "meldcode-werkplek.wxs").read_text(encoding="utf-8")
    assert 'Version="$(var.Version)"' in wxs
    control = (ROOT / "packaging" / "linux" / "control.in").read_text(encoding="utf-8")
    assert "Version: {version}" in control
    spec = (ROOT / "packaging" / "meldcode-werkplek.spec").read_text(encoding="utf-8")
    assert "version=VERSION" in spec


def test_the_build_is_named_when_frozen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert about.build_info() == "ontwikkelversie (niet bevroren)"
    bundle = tmp_path / "bundle"
    (bundle / "app").mkdir(parents=True)
    (bundle / about.BUILD_INFO_FILE).write_text(json.dumps({"build": "abc123 (linux)"}))
    monkeypatch.setattr(about, "__file__", str(bundle / "app" / "about.py"))
    assert about.build_info() == "abc123 (linux)"
