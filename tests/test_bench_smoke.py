"""The benchmark script keeps working (its figures are read by people, not asserted here)."""

import json
import os
import subprocess
import sys
from pathlib import Path

from app.vault.vault import Vault

ROOT = Path(__file__).resolve().parent.parent


def test_bench_runs_and_prints_each_figure_beside_plain_and_its_growth() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), "--quick", "--no-window"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    for name in (
        "first list + Vandaag after unlock",
        "case list (search.find",
        "search a name",
        "search full text",
        "filter: open, in step 2",
        "Vandaag",
        "open a case",
        "add a signal",
    ):
        found = [line for line in lines if line.strip().startswith(name)]
        assert len(found) == 3, (name, result.stdout)  # two sizes and the growth table
        assert all("ratio" in line for line in found[:2]), (name, result.stdout)
        assert "goal" in found[2], (name, result.stdout)
    assert any(line.startswith("unlock without the KDF") for line in lines)
    for name in ("export melding", "export dossier"):  # once, at the smallest size
        assert sum("ratio" in line for line in lines if line.startswith(name)) == 1, name


def test_the_window_figures_start_the_program_as_the_executable_does(vault: Vault) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    script = str(ROOT / "bench" / "window.py")
    for args in (["bare"], ["unlock", str(vault.location.folder)]):
        result = subprocess.run(
            [sys.executable, script, *args],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert result.returncode == 0, (args, result.stderr)
        figures = json.loads(result.stdout.strip().splitlines()[-1])
        assert figures["window"] > 0 and figures["memory"] > 0, (args, figures)
    # Not a vault: the first window would be the setup, which is not what is measured.
    refused = subprocess.run(
        [sys.executable, script, "unlock", str(vault.location.folder.parent / "leeg" / "kluis")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert refused.returncode != 0
