"""Benchmark: `python3 run.py bench [--cases N] [--signals M] [--quick]`.

Prints, for N cases with M signals each (default 10,000 x 20), each figure on SQLCipher beside
the same work on plain SQLite with the same schema and the same store code; the ratio is the
figure to watch (SQLCipher's own claim is 5-15 % overhead). Unlock is shown in its parts: the
deliberate Argon2id cost (about half a second) and opening plus the integrity check. Also the
frozen program's start time and memory when `python3 run.py freeze` has built it.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.case_documents.dossier_builder import dossier_content_for_case  # noqa: E402
from app.case_documents.exports import annual_overview  # noqa: E402
from app.case_documents.report_builder import report_content_for_case  # noqa: E402
from app.crypto import kdf  # noqa: E402
from app.crypto.device_secret import DeviceSecretStore  # noqa: E402
from app.domain.enums import CaseStatus, Step  # noqa: E402
from app.domain.models import SignalDraft, UserDraft  # noqa: E402
from app.export.document import Document  # noqa: E402
from app.export.dossier import dossier_document  # noqa: E402
from app.export.exporter import export_dossier, export_report  # noqa: E402
from app.export.pdf import render_pdf  # noqa: E402
from app.export.report_content import ClientInformed, Safety  # noqa: E402
from app.export.report_document import report_document  # noqa: E402
from app.fileio import write_atomically  # noqa: E402
from app.store.search import CaseQuery  # noqa: E402
from app.vault.database import Database  # noqa: E402
from app.vault.location import VaultLocation  # noqa: E402
from app.vault.vault import Vault, read_key_file  # noqa: E402
from bench.dataset import add_steps, big_case, fill  # noqa: E402
from bench.plain import PlainDatabase, plain_vault  # noqa: E402

PASSPHRASE = "benchmark wachtzin voor de proefkluis"
BENCH_USER = UserDraft("Bench", "huisarts", "020 123 4567")
# The frozen program's runs that are timed: (label, arguments).
FROZEN_RUNS = [("--self-test (core and window)", ["--self-test"])]


class PassphraseOnly(DeviceSecretStore):
    """The benchmark does not touch the user's keyring."""

    def available(self) -> bool:
        return False


@dataclass
class Figure:
    name: str
    encrypted: float
    plain: float | None = None
    unit: str = "ms"

    def line(self) -> str:
        scale = 1000.0 if self.unit == "ms" else 1.0
        text = f"{self.name:<44} {self.encrypted * scale:>10.1f} {self.unit}"
        if self.plain is not None:
            ratio = self.encrypted / self.plain if self.plain else float("inf")
            text += f"   plain {self.plain * scale:>9.1f} {self.unit}   ratio {ratio:5.2f}"
        return text


def median_seconds(work: Callable[[], object], repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


class Bench:
    def __init__(self, folder: Path, cases: int, signals: int, repeat: int) -> None:
        self.folder = folder
        self.cases = cases
        self.signals = signals
        self.repeat = repeat
        self.location = VaultLocation(folder / "kluis")
        self.figures: list[Figure] = []

    def compare(
        self, name: str, work: Callable[[Vault], object], vault: Vault, plain: Vault
    ) -> None:
        self.figures.append(
            Figure(
                name,
                median_seconds(lambda: work(vault), self.repeat),
                median_seconds(lambda: work(plain), self.repeat),
            )
        )

    def build(self) -> tuple[Vault, Vault, int]:
        started = time.perf_counter()
        vault, _ = Vault.create(self.location, BENCH_USER, PASSPHRASE, PassphraseOnly())
        plain = plain_vault(self.folder, BENCH_USER)
        stepped = list(range(1, self.cases + 1, 4))
        big = 0
        for side in (vault, plain):
            fill(side.db, self.cases, self.signals, side.user.id)
            add_steps(side, stepped)
            big = big_case(side)
            side.db.checkpoint()
        print(
            f"data: {self.cases} cases x {self.signals} signals, steps in {len(stepped)} cases,"
            f" one case with 500 signals and ~50 entries; built in"
            f" {time.perf_counter() - started:.1f} s; vault file"
            f" {self.location.db_path.stat().st_size / 1e6:.1f} MB"
        )
        return vault, plain, big

    def measure_unlock(self, vault: Vault) -> Vault:
        vault.lock()
        slot = read_key_file(self.location).slot_for_user(1)
        assert slot is not None
        kdf_seconds = median_seconds(lambda: kdf.derive(PASSPHRASE, slot.kdf_params), self.repeat)
        opened: list[Vault] = []

        def unlock() -> None:
            for old in opened:
                old.lock()
            opened.append(Vault.unlock(self.location, 1, PASSPHRASE, PassphraseOnly()))

        total = median_seconds(unlock, self.repeat)
        data_key = opened[-1]._key()
        page_check = median_seconds(opened[-1].db.page_problems, self.repeat)

        def open_database(make: Callable[[], Database]) -> Callable[[], None]:
            def work() -> None:
                db = make()
                db.scalar("SELECT count(*) FROM sqlite_master")
                db.close()

            return work

        encrypted_open = median_seconds(
            open_database(lambda: Database(self.location.db_path, data_key)), self.repeat
        )
        plain_open = median_seconds(
            open_database(lambda: PlainDatabase(self.folder / "plain.db")), self.repeat
        )
        params = slot.kdf_params
        self.figures += [
            Figure("unlock (total)", total),
            Figure(
                f"  Argon2id (t={params.time_cost}, {params.memory_kib // 1024} MiB)", kdf_seconds
            ),
            Figure("  page check (cipher_integrity_check)", page_check),
            Figure("  open the database", encrypted_open, plain_open),
        ]
        return opened[-1]

    def measure_signal_insert(self, vault: Vault, plain: Vault, count: int = 100) -> None:
        def inserts(side: Vault) -> None:
            for i in range(count):
                side.signals.add(
                    1 + i % self.cases,
                    SignalDraft(date.today(), None, "Bench", "own_observation", "neglect", "x"),
                )

        self.figures.append(
            Figure(
                "signal insert (one, with audit row, fsync)",
                median_seconds(lambda: inserts(vault), 1) / count,
                median_seconds(lambda: inserts(plain), 1) / count,
            )
        )

    def measure_exports(self, vault: Vault, case_id: int) -> None:
        """The documents of the big case: encrypted export beside the same PDF unencrypted."""
        report = replace(
            report_content_for_case(vault, case_id),
            safety=Safety("Kinderen nu veilig bij oma."),
            client=ClientInformed(date.today(), "Begrijpt het."),
            request_to_vt="Onderzoek naar de veiligheid thuis.",
        )
        dossier = dossier_content_for_case(vault, case_id)
        out = self.folder / "documenten"
        for name, document, export in (
            ("export melding (report)", report_document(report), export_report),
            ("export dossier (case file, 500 signals)", dossier_document(dossier), export_dossier),
        ):
            content = report if export is export_report else dossier

            def encrypted(c: object = content, e: Callable[..., Path] = export) -> None:
                e(c, PASSPHRASE, out).unlink()

            def unencrypted(d: Document = document) -> None:
                # Fictional bench data in the bench's own temporary folder, removed at once.
                target = out / "onversleuteld.pdf"
                write_atomically(target, render_pdf(d))
                target.unlink()

            self.figures.append(
                Figure(
                    name,
                    median_seconds(encrypted, self.repeat),
                    median_seconds(unencrypted, self.repeat),
                )
            )

    def run(self) -> list[Figure]:
        vault, plain, big = self.build()
        vault = self.measure_unlock(vault)
        self.compare("case list (all cases)", lambda v: v.cases.summaries(), vault, plain)
        self.compare(
            "case list search on a name", lambda v: v.cases.summaries("Jansen"), vault, plain
        )
        self.compare(
            "search (full text) on a name",
            lambda v: v.search.find(CaseQuery(text="jansen")),
            vault,
            plain,
        )
        self.compare(
            "search filtered on step 2, open cases",
            lambda v: v.search.find(CaseQuery(status=CaseStatus.OPEN, step=Step.CONSULTATION)),
            vault,
            plain,
        )
        self.measure_signal_insert(vault, plain)

        def open_case(side: Vault) -> None:
            side.cases.open(big)
            side.persons.for_case(big)
            side.signals.for_case(big)
            side.entries.for_case(big)
            side.steps.progress(big)
            side.steps.timeline(big)

        self.compare("open case: 500 signals, ~50 entries", open_case, vault, plain)
        self.compare("Vandaag overview", lambda v: v.today.overview(14), vault, plain)
        year = date.today().year
        self.compare(
            "jaaroverzicht: all figures of a year",
            lambda v: v.annual.annual_figures(year),
            vault,
            plain,
        )
        overview_text = annual_overview(vault, year).plain_text()
        self.compare(
            "jaaroverzicht: check against the vault",
            lambda v: v.personal_texts.hits(overview_text),
            vault,
            plain,
        )
        self.compare(
            "registratielijst of a year",
            lambda v: v.registrations.between(date(year, 1, 1), date(year, 12, 31)),
            vault,
            plain,
        )
        self.measure_exports(vault, big)
        vault.lock()
        plain.lock()
        return self.figures


# Runs the frozen program from a tiny Python process, so that the child's peak memory is its own
# (a fork of this large benchmark process would count our pages as the child's).
_MEASURE_CHILD = """
import json, resource, subprocess, sys, time
started = time.perf_counter()
child = subprocess.Popen(sys.argv[1:], stdout=subprocess.PIPE, text=True)
window = None
for line in child.stdout:
    if window is None and line.startswith("venster:"):
        window = time.perf_counter() - started
code = child.wait()
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps([time.perf_counter() - started, window, peak, code]))
"""


def frozen_figures() -> list[str]:
    exe = (
        ROOT
        / "packaging"
        / "dist"
        / "meldcode-werkplek"
        / ("meldcode-werkplek.exe" if os.name == "nt" else "meldcode-werkplek")
    )
    if not exe.exists():
        return ["frozen app: not built (python3 run.py freeze)"]
    lines = []
    with tempfile.TemporaryDirectory(prefix="meldcode-bench-") as home:
        env = dict(os.environ, MELDCODE_HOME=home, QT_QPA_PLATFORM="offscreen")
        for label, args in FROZEN_RUNS:
            result = subprocess.run(
                [sys.executable, "-c", _MEASURE_CHILD, str(exe), *args],
                env=env,
                capture_output=True,
                text=True,
                check=True,
            )
            elapsed, window, peak_kib, code = json.loads(result.stdout)
            lines.append(
                f"frozen app {label:<33} {elapsed * 1000:>10.1f} ms   peak memory "
                f"{peak_kib / 1024:.0f} MiB   exit {code}"
            )
            if window is not None:
                lines.append(f"frozen app start to first window{'':<12} {window * 1000:>10.1f} ms")
    return lines


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--signals", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="small data, for a smoke run")
    args = parser.parse_args(argv)
    if args.quick:
        args.cases, args.signals, args.repeat = 200, 5, 1
        kdf.set_calibration_profile(kdf.CalibrationProfile(0.01, 8 * 1024, 1))
    folder = Path(tempfile.mkdtemp(prefix="meldcode-bench-"))
    try:
        figures = Bench(folder, args.cases, args.signals, args.repeat).run()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(f"{'measurement':<44} {'SQLCipher':>13}")
    for figure in figures:
        print(figure.line())
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"benchmark process peak memory: {peak:.0f} MiB")
    for line in frozen_figures():
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
