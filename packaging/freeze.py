"""Build the frozen (PyInstaller onedir) program and prove it works: `python3 run.py freeze`.

Runs PyInstaller with packaging/meldcode-werkplek.spec into packaging/build and packaging/dist,
then starts the frozen executable with `--self-test` (headless, throw-away vault, encrypted
PDF) under a private MELDCODE_HOME, and exits non-zero when either step fails.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DIST = HERE / "dist"
BUILD = HERE / "build"


def frozen_executable() -> Path:
    name = "meldcode-werkplek.exe" if os.name == "nt" else "meldcode-werkplek"
    return DIST / "meldcode-werkplek" / name


def self_test_executable() -> Path:
    """On Windows the console twin: the windowed program has no console to print to."""
    if os.name == "nt":
        return DIST / "meldcode-werkplek" / "meldcode-werkplek-cli.exe"
    return frozen_executable()


def build() -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(BUILD),
            str(HERE / "meldcode-werkplek.spec"),
        ],
        check=True,
    )


def self_test() -> int:
    with tempfile.TemporaryDirectory(prefix="meldcode-frozen-") as home:
        env = dict(os.environ, MELDCODE_HOME=home, QT_QPA_PLATFORM="offscreen")
        started = time.perf_counter()
        result = subprocess.run([str(self_test_executable()), "--self-test"], env=env, check=False)
        print(
            f"frozen --self-test: exit {result.returncode} in {time.perf_counter() - started:.2f} s"
        )
        return result.returncode


def main(argv: list[str]) -> int:
    if "--no-build" not in argv:
        build()
    size = sum(f.stat().st_size for f in (DIST / "meldcode-werkplek").rglob("*") if f.is_file())
    print(f"frozen bundle: {size / 1e6:.0f} MB in {DIST / 'meldcode-werkplek'}")
    return self_test()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
