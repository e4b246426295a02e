"""The benchmark script keeps working (its figures are read by people, not asserted here)."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from app.domain.models import CaseDraft
from app.store.access_log import PAGE_SIZE
from app.vault.location import VaultLocation
from app.vault.vault import Vault
from bench import run as bench_run
from bench.plain import open_plain
from bench.run import PASSPHRASE, QUICK_KDF, PassphraseOnly, prepare, run_copy, twin_difference
from tests.postgres_server import find_bindir

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def quick_bench() -> subprocess.CompletedProcess[str]:
    """One tiny run for the tests below: the vault sizes, and the server column at the smallest
    (on a PostgreSQL of its own, when this machine has one)."""
    return subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), "--quick", "--no-window"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def test_bench_runs_and_prints_each_figure_beside_plain_and_its_growth(
    quick_bench: subprocess.CompletedProcess[str],
) -> None:
    result = quick_bench
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
        # (the server column's lines, which have names alike, are tested below)
        found = [x for x in lines if x.strip().startswith(name) and " server " not in x]
        assert len(found) == 3, (name, result.stdout)  # two sizes and the growth table
        assert all("ratio" in line for line in found[:2]), (name, result.stdout)
        assert "goal" in found[2], (name, result.stdout)
    assert any(line.startswith("unlock without the KDF") for line in lines)
    for name in ("export melding", "export dossier"):  # once, at the smallest size
        assert sum("ratio" in line for line in lines if line.startswith(name)) == 1, name


@pytest.mark.skipif(bench_run.read_calls() is None, reason="no /proc/self/io to count reads")
def test_bench_counts_the_pages_a_figure_touches_and_what_encryption_adds_to_each(
    quick_bench: subprocess.CompletedProcess[str],
) -> None:
    """The floor of the cold first screen's and the added signal's ratio, from the pages they
    read or write and what each costs the encrypted side, is printed at every size."""
    assert quick_bench.returncode == 0, quick_bench.stderr
    lines = quick_bench.stdout.splitlines()
    read = [x for x in lines if x.startswith("encryption per page read")]
    written = [x for x in lines if x.startswith("pages written per added signal")]
    assert len(read) == 2 and len(written) == 2, quick_bench.stdout
    for line in read:
        found = re.search(r"cold scan of (\d+) pages.*reads (\d+) pages.*at least (\d+\.\d+)", line)
        assert found, line
        scanned, first_screen, floor = found.groups()
        assert int(scanned) > int(first_screen) > 0, line
        assert float(floor) >= 1.0, line
    for line in written:
        found = re.search(r": (\d+), plain (\d+);.*per page written: (-?[\d.]+) us", line)
        assert found, line
        assert int(found[1]) > 0 and int(found[2]) > 0, line


def test_a_cold_query_is_counted_as_the_pages_it_reads(tmp_path: Path) -> None:
    """`read_calls` counts the reads SQLite makes: a fresh connection reading a table of many
    pages makes about as many reads, and reading it again from its cache makes at most one (a
    read transaction may look at the file's first page to see whether it changed)."""
    if bench_run.read_calls() is None:
        pytest.skip("no /proc/self/io on this system")
    path = tmp_path / "plain.db"
    db = bench_run.PlainDatabase(path)
    db.execute("CREATE TABLE page (filler BLOB)")
    with db.transaction():
        db.execute(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200)"
            " INSERT INTO page SELECT randomblob(3000) FROM n"
        )
    db.close()
    db = bench_run.PlainDatabase(path)
    db.scalar("SELECT count(*) FROM sqlite_master")

    def reads_of(sql: str) -> int:
        before = bench_run.read_calls()
        db.scalar(sql)
        after = bench_run.read_calls()
        assert before is not None and after is not None
        return after - before

    assert 200 <= reads_of("SELECT max(length(filler)) FROM page") <= 220
    assert reads_of("SELECT max(length(filler)) FROM page") <= 1
    db.close()


@pytest.mark.real_components
def test_the_server_column_times_the_same_calls_beside_the_vault(
    quick_bench: subprocess.CompletedProcess[str],
) -> None:
    find_bindir()  # no PostgreSQL: skipped, or failed under CI=true
    assert quick_bench.returncode == 0, quick_bench.stderr
    lines = quick_bench.stdout.splitlines()
    assert sum(line.startswith("server (PostgreSQL on this machine)") for line in lines) == 1
    for name in (
        "unlock (with the KDF) and lock",
        "add a case (audit row)",
        "add a signal (audit row)",
        "open a case (500 signals)",
        "case list (search.find, first page)",
        "search a name ('jansen', search.find)",
        "search full text ('blauwe plek')",
        "filter: open, in step 2",
        "filter: form and period (index made)",
        "filter: form and period",
        "Vandaag",
        f"access log, first page ({PAGE_SIZE} rows)",
    ):
        found = [line for line in lines if line[:40].rstrip() == name and "server/vault" in line]
        assert len(found) == 1, (name, quick_bench.stdout)
        server_ms, vault_ms = re.findall(r"(?:server|vault)\s+([\d.]+) ms", found[0])
        assert float(server_ms) > 0 and float(vault_ms) > 0, found[0]
    clients = [line for line in lines if line.startswith(("one client alone", "two clients at"))]
    assert len(clients) == 3, quick_bench.stdout
    assert all("none lost (10 of 10)" in line and "failed" not in line for line in clients), clients
    assert any(
        "audit chain after both: whole; both sessions see the same head: True" in line
        for line in lines
    ), quick_bench.stdout


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


def test_a_cached_pair_no_longer_alike_is_built_again_and_a_run_writes_to_a_copy(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "paar"
    bench_run.build(folder, 3, 1, QUICK_KDF)

    def pair(where: Path) -> tuple[Vault, Vault]:
        vault = Vault.unlock(VaultLocation(where / "kluis"), 1, PASSPHRASE, PassphraseOnly())
        return vault, open_plain(where / "plain.db")

    copy = run_copy(folder)
    vault, plain = pair(copy)
    vault.cases.create(CaseDraft("Alleen versleuteld"))  # as the server column's vault side
    assert twin_difference(vault, plain) == "cases: 5 encrypted, 4 plain"
    vault.lock()
    plain.lock()
    vault, plain = pair(folder)  # the cache itself is as built
    assert twin_difference(vault, plain) is None
    vault.cases.create(CaseDraft("Alleen versleuteld"))
    vault.lock()
    plain.lock()
    prepare(folder, 3, 1, QUICK_KDF)
    assert "no longer alike (cases: 5 encrypted, 4 plain)" in capsys.readouterr().out
    vault, plain = pair(folder)
    assert twin_difference(vault, plain) is None
    vault.lock()
    plain.lock()
