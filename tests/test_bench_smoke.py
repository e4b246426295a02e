"""The benchmark script keeps working (its figures are read by people, not asserted here)."""

import subprocess
import sys
from pathlib import Path

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
