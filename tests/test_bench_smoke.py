"""The benchmark script keeps working (its figures are read by people, not asserted here)."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_bench_runs_and_prints_each_figure_beside_plain_sqlite() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), "--quick"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    for name in (
        "open the database",
        "case list (all cases)",
        "case list search on a name",
        "search (full text) on a name",
        "signal insert",
        "open case: 500 signals",
        "Vandaag overview",
        "export melding",
        "export dossier",
    ):
        line = next((line for line in lines if line.strip().startswith(name)), "")
        assert "ratio" in line, (name, result.stdout)
    assert any(line.startswith("unlock (total)") for line in lines)
    assert any("page check (cipher_integrity_check)" in line for line in lines)
