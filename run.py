#!/usr/bin/env python3
"""One entry point for developers: start the app, run the tests, build the frozen app.

    python3 run.py              start Meldcode Werkplek (creates .venv on first use)
    python3 run.py test [...]   run the whole test suite (lint, types, pytest); extra
                                arguments go to pytest
    python3 run.py freeze       build the PyInstaller app and run its --self-test
    python3 run.py package [--check-install]
                                the installer for this platform (.deb, .msi, .dmg/.pkg) from
                                the frozen build; --check-install also installs, runs and
                                removes it (CI; root/administrator)
    python3 run.py icons        make the .png/.ico/.icns icons from resources/icons/*.svg
    python3 run.py bench [...]  print the benchmark figures
    python3 run.py cli [...]    the administrator command line (meldcode-werkplek ...)
    python3 run.py translations update resources/translations/*.ts from the sources
                                (then fill in the English texts, e.g. with pyside6-linguist)

Only the standard library is used here, so this works with a bare Python 3.11.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / "meldcode-install.stamp"
EXTRAS = {"app": "", "test": "[test]", "freeze": "[freeze]", "bench": "[test]"}


def venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def venv_tool(name: str) -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / f"{name}.exe"
    return VENV / "bin" / name


def _install_fingerprint(extra: str) -> str:
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes())
    digest.update(extra.encode())
    return digest.hexdigest()


def _installed_fingerprints() -> set[str]:
    if not STAMP.exists():
        return set()
    return set(STAMP.read_text(encoding="utf-8").split())


def ensure_environment(purpose: str) -> None:
    """Create .venv and install the project (with the extras `purpose` needs) when stale."""
    if sys.version_info < (3, 11):  # noqa: UP036 - run.py may be started by an older Python
        sys.exit("Meldcode Werkplek vraagt Python 3.11 of nieuwer.")
    if not venv_python().exists():
        try:
            import ensurepip  # noqa: F401
        except ImportError:
            sys.exit(
                "Python mist de module 'venv'/'ensurepip'. Op Debian of Ubuntu: "
                "sudo apt-get install python3-venv"
            )
        print("Virtuele omgeving maken in .venv ...", flush=True)
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
        STAMP.unlink(missing_ok=True)
    extra = EXTRAS[purpose]
    fingerprint = _install_fingerprint(extra)
    known = _installed_fingerprints()
    if fingerprint not in known:
        print(f"Installeren: meldcode-werkplek{extra} ...", flush=True)
        pip = [str(venv_python()), "-m", "pip", "--disable-pip-version-check"]
        subprocess.run([*pip, "install", "--quiet", "--upgrade", "pip"], check=True)
        subprocess.run([*pip, "install", "--quiet", "-e", f".{extra}"], check=True, cwd=ROOT)
        STAMP.write_text(" ".join(sorted(known | {fingerprint})), encoding="utf-8")
    compile_translations()


TRANSLATION_SOURCES = ("app", "ui")
TRANSLATION_FILE = ROOT / "resources" / "translations" / "meldcode_en.ts"


def lupdate_command(ts_file: Path) -> list[str]:
    """The one lupdate call: no line numbers in the .ts, so edits elsewhere cause no churn."""
    sources = sorted(
        str(path.relative_to(ROOT))
        for folder in TRANSLATION_SOURCES
        for path in (ROOT / folder).rglob("*.py")
    )
    return [
        str(venv_tool("pyside6-lupdate")),
        "-silent",
        "-locations",
        "none",
        "-no-obsolete",
        "-source-language",
        "nl_NL",
        "-target-language",
        "en_GB",
        *sources,
        "-ts",
        str(ts_file),
    ]


def compile_translations() -> None:
    """Turn the Qt Linguist sources (.ts) into the binary catalogues (.qm) the app loads."""
    folder = ROOT / "resources" / "translations"
    for source in sorted(folder.glob("*.ts")):
        target = source.with_suffix(".qm")
        if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
            continue
        subprocess.run(
            [str(venv_tool("pyside6-lrelease")), "-silent", str(source), "-qm", str(target)],
            check=True,
        )


def run(cmd: list[str], **kwargs: object) -> int:
    return subprocess.run(cmd, cwd=ROOT, check=False, **kwargs).returncode  # type: ignore[call-overload,no-any-return]


def command_app(args: list[str]) -> int:
    ensure_environment("app")
    return run([str(venv_python()), "-m", "ui", *args])


def command_cli(args: list[str]) -> int:
    ensure_environment("app")
    return run([str(venv_python()), "-m", "ui", *args])


def command_test(args: list[str]) -> int:
    ensure_environment("test")
    python = str(venv_python())
    steps: list[tuple[str, list[str]]] = [
        ("ruff check", [python, "-m", "ruff", "check", "."]),
        ("ruff format --check", [python, "-m", "ruff", "format", "--check", "."]),
        ("mypy --strict app/", [python, "-m", "mypy"]),
    ]
    if not args:
        for title, cmd in steps:
            print(f"== {title}", flush=True)
            if run(cmd) != 0:
                print(f"== {title}: mislukt", flush=True)
                return 1
    print("== pytest", flush=True)
    return run([python, "-m", "pytest", *args])


def command_freeze(args: list[str]) -> int:
    ensure_environment("freeze")
    python = str(venv_python())
    return run([python, str(ROOT / "packaging" / "freeze.py"), *args])


def command_package(args: list[str]) -> int:
    ensure_environment("freeze")
    return run([str(venv_python()), str(ROOT / "packaging" / "package.py"), *args])


def command_icons(args: list[str]) -> int:
    ensure_environment("app")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return run([str(venv_python()), str(ROOT / "packaging" / "icons.py"), *args], env=env)


def command_bench(args: list[str]) -> int:
    ensure_environment("bench")
    return run([str(venv_python()), str(ROOT / "bench" / "run.py"), *args])


def command_translations(args: list[str]) -> int:
    ensure_environment("app")
    return run(lupdate_command(TRANSLATION_FILE))


COMMANDS = {
    "translations": command_translations,
    "test": command_test,
    "freeze": command_freeze,
    "package": command_package,
    "icons": command_icons,
    "bench": command_bench,
    "cli": command_cli,
}


def main(argv: list[str]) -> int:
    if argv and argv[0] in COMMANDS:
        return COMMANDS[argv[0]](argv[1:])
    if argv and argv[0] in {"-h", "--help", "help"}:
        print(__doc__)
        return 0
    return command_app(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
