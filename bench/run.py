"""Benchmark: `python3 run.py bench [--sizes 1000,10000,100000] [--signals 20] [--repeat 9]
[--no-server] [--server-sizes 1000,10000]`.

For each size, the operations the window performs (the same store calls), timed on the
encrypted vault and, interleaved with it, on the same database opened by the same SQLite engine
without a key (SQLCipher's build without `PRAGMA key`). Each figure is the median of the
repetitions with its spread (the middle half, q1-q3); the ratio encrypted/plain is of the
medians. Then a growth table (largest size / smallest) with the goal beside each figure, and the
window figures: start to the first window beside a bare PySide6 window, memory, and at the
largest size the time from unlocked to Vandaag shown and the longest stall of the window thread.

The vaults are built once per size and kept in the user's cache folder (outside the
repository); the KDF parameters are fixed, so unlock figures compare across runs and machines.

At the sizes of `--server-sizes` (1,000 and 10,000) the server column follows: the same store
calls on the practice server (a PostgreSQL started on this machine) beside the vault, and two
clients writing at once (`bench/server.py`; `--no-server` leaves it out).
"""

from __future__ import annotations

import argparse
import compileall
import itertools
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import platformdirs  # noqa: E402

from app.case_documents.dossier_builder import dossier_content_for_case  # noqa: E402
from app.case_documents.exports import annual_overview  # noqa: E402
from app.case_documents.report_builder import report_content_for_case  # noqa: E402
from app.crypto import kdf  # noqa: E402
from app.crypto.device_secret import DeviceSecretStore  # noqa: E402
from app.domain.enums import CaseStatus, Step, ViolenceForm  # noqa: E402
from app.domain.models import SignalDraft, UserDraft  # noqa: E402
from app.export.document import Document  # noqa: E402
from app.export.dossier import dossier_document  # noqa: E402
from app.export.exporter import export_dossier, export_report  # noqa: E402
from app.export.pdf import render_pdf  # noqa: E402
from app.export.report_content import ClientInformed, Safety  # noqa: E402
from app.export.report_document import report_document  # noqa: E402
from app.fileio import write_atomically  # noqa: E402
from app.store.search import CaseQuery  # noqa: E402
from app.vault.attempts import AttemptTracker  # noqa: E402
from app.vault.audit import AuditEvent  # noqa: E402
from app.vault.database import Database  # noqa: E402
from app.vault.holders import read_key_file, user_attempt_key  # noqa: E402
from app.vault.location import VaultLocation  # noqa: E402
from app.vault.vault import Vault  # noqa: E402
from bench.dataset import DATASET_VERSION, add_steps, big_case, fill  # noqa: E402
from bench.plain import PlainDatabase, open_plain, plain_vault  # noqa: E402
from bench.server import (  # noqa: E402
    SERVER_SIGNALS,
    ServerColumn,
    bring_to_schema,
    postgres_bindir,
)
from bench.server import build as build_server  # noqa: E402
from bench.server import cache_folder as server_cache_folder  # noqa: E402

PASSPHRASE = "benchmark wachtzin voor de proefkluis"
# The frozen program's runs that are timed: (label, arguments).
FROZEN_RUNS = [("--self-test (core and window)", ["--self-test"])]
BENCH_USER = UserDraft("Bench", "huisarts", "020 123 4567")
# Fixed, so that unlock is comparable between runs (the program calibrates to ~0.5 s).
KDF_PARAMS = kdf.KdfParams(time_cost=3, memory_kib=64 * 1024, parallelism=1, salt=b"")
QUICK_KDF = kdf.KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1, salt=b"")
READ_GOAL, WRITE_GOAL, GROWTH_GOAL = 1.10, 1.30, 2.0
# A figure that commits with fsync is repeated this many times as often (a few ms a call).
COMMIT_ROUNDS = 3


class PassphraseOnly(DeviceSecretStore):
    """The benchmark does not touch the user's keyring."""

    def available(self) -> bool:
        return False


@dataclass
class Figure:
    name: str
    encrypted: list[float]
    plain: list[float] = field(default_factory=list)
    write: bool = False
    grows: bool = True  # a user-facing operation: its growth with the size is a goal
    goal: float | None = READ_GOAL  # of the ratio encrypted / plain (None: no goal)

    @staticmethod
    def spread(samples: list[float]) -> str:
        if len(samples) < 4:
            return f"{min(samples) * 1000:.1f}-{max(samples) * 1000:.1f}"
        q1, _, q3 = statistics.quantiles(samples, n=4)
        return f"{q1 * 1000:.1f}-{q3 * 1000:.1f}"

    @property
    def median(self) -> float:
        return statistics.median(self.encrypted)

    @property
    def ratio(self) -> float | None:
        if not self.plain:
            return None
        plain = statistics.median(self.plain)
        return self.median / plain if plain else float("inf")

    def line(self) -> str:
        text = f"{self.name:<40} {self.median * 1000:>9.1f} ms ({self.spread(self.encrypted):>13})"
        ratio = self.ratio
        if ratio is not None:
            goal = WRITE_GOAL if self.write else self.goal
            text += (
                f"  plain {statistics.median(self.plain) * 1000:>8.1f} ms"
                f" ({self.spread(self.plain):>13})  ratio {ratio:5.2f}"
                f" ({(self.median - statistics.median(self.plain)) * 1000:+.2f} ms)"
            )
            if goal is not None:
                text += f" (goal {goal:.2f} {'ok' if ratio <= goal else 'OVER'})"
        return text


def interleaved(
    work: Callable[[Vault], object], vault: Vault, plain: Vault, repeat: int
) -> tuple[list[float], list[float]]:
    """Both sides in turn, the order swapped each round, so drift hits both alike."""
    enc: list[float] = []
    pln: list[float] = []
    work(vault)  # one warm-up each: the cold case is measured on its own
    work(plain)
    for round_ in range(repeat):
        sides = [(vault, enc), (plain, pln)]
        for side, samples in sides if round_ % 2 == 0 else reversed(sides):
            started = time.perf_counter()
            work(side)
            samples.append(time.perf_counter() - started)
    return enc, pln


def read_calls() -> int | None:
    """The read system calls this process has made (Linux; None elsewhere). SQLite reads a page
    it does not hold in its cache with one call, so the difference around a cold query is the
    number of pages it read (WAL pages included)."""
    try:
        with open("/proc/self/io", encoding="ascii") as io:
            for line in io:
                if line.startswith("syscr:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def write_page_cost(repeat: int, pages: int = 400) -> float:
    """What writing a page costs the encrypted side (encrypting it and its HMAC), in seconds:
    `pages` rows of a page each committed to a new database of each side, without fsync (the
    disk's wait is the same for both and moves more than this), interleaved."""
    key = bytes(range(32))
    times: dict[bool, list[float]] = {True: [], False: []}
    with tempfile.TemporaryDirectory(prefix="meldcode-bench-pages-") as scratch:
        for round_ in range(max(5, repeat // 2)):
            for encrypted in (True, False) if round_ % 2 == 0 else (False, True):
                path = Path(scratch) / f"{round_}-{encrypted}.db"
                db = Database(path, key) if encrypted else PlainDatabase(path)
                db.execute("PRAGMA synchronous = OFF")
                db.execute("CREATE TABLE page (filler BLOB)")
                started = time.perf_counter()
                with db.transaction():
                    # 3,000 bytes: one row a page on both sides (two would not fit in one).
                    db.execute(
                        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n"
                        " WHERE i < ?) INSERT INTO page SELECT randomblob(3000) FROM n",
                        [pages],
                    )
                times[encrypted].append(time.perf_counter() - started)
                db.close(checkpoint=False)
    return (statistics.median(times[True]) - statistics.median(times[False])) / pages


def pages_written(work: Callable[[Vault], object], side: Vault, times: int = 9) -> list[int]:
    """WAL frames (database pages) each call of `work` commits: the part of a write's cost
    that encryption multiplies, counted rather than timed (a commit's fsync varies more under
    load than the encryption of its pages takes)."""
    frames = []
    for _ in range(times):
        side.db.checkpoint()
        work(side)
        frames.append(int(side.db.execute("PRAGMA wal_checkpoint(PASSIVE)")[0][1]))
    return frames


def cache_folder(size: int, signals: int) -> Path:
    base = Path(platformdirs.user_cache_dir("meldcode-werkplek-bench"))
    return base / f"data{DATASET_VERSION}-{size}x{signals}"


def build(folder: Path, size: int, signals: int, params: kdf.KdfParams) -> None:
    """The vault and its plain twin, filled alike; written to `folder` only when complete."""
    started = time.perf_counter()
    work = folder.with_name(folder.name + ".building")
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    location = VaultLocation(work / "kluis")
    vault, _ = Vault.create(
        location, BENCH_USER, PASSPHRASE, PassphraseOnly(), kdf_params=params.with_new_salt()
    )
    plain = plain_vault(work / "plain.db", BENCH_USER)
    big = 0
    for side in (vault, plain):
        recent_open = fill(side.db, size, signals, side.user.id)
        add_steps(side, recent_open)
        big = big_case(side)
        side.db.execute(
            "INSERT INTO meta (key, value) VALUES ('bench.big_case', ?)"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (str(big),),
        )
        side.db.checkpoint()
        side.lock()
    if folder.exists():
        shutil.rmtree(folder)
    work.rename(folder)
    print(
        f"  built {size} cases x {signals} signals in {time.perf_counter() - started:.0f} s"
        f" (kept in {folder})",
        flush=True,
    )


# What the vault and its plain twin must hold alike (the log differs: only the vault logs).
TWIN_TABLES = (
    "cases",
    "persons",
    "signals",
    "signal_versions",
    "case_entries",
    "case_entry_versions",
)


def twin_difference(vault: Vault, plain: Vault) -> str | None:
    """Where the plain twin no longer holds what the vault holds, or None."""
    for table in TWIN_TABLES:
        ours, theirs = (int(s.db.scalar(f"SELECT count(*) FROM {table}")) for s in (vault, plain))
        if ours != theirs:
            return f"{table}: {ours} encrypted, {theirs} plain"
    return None


def prepare(folder: Path, size: int, signals: int, params: kdf.KdfParams) -> None:
    """The cached pair, built when missing or when its two sides are no longer alike, and
    brought to the current schema (once: a migration of 100,000 cases takes minutes)."""
    location = VaultLocation(folder / "kluis")
    if (folder / "plain.db").exists():
        started = time.perf_counter()
        vault = Vault.unlock(location, 1, PASSPHRASE, PassphraseOnly())
        plain = open_plain(folder / "plain.db")
        if time.perf_counter() - started > 5:
            print(f"  brought to the current schema in {time.perf_counter() - started:.0f} s")
        differs = twin_difference(vault, plain)
        vault.lock()
        plain.lock()
        # The backups the migrations made: the cache is the bench's own, made again at will.
        shutil.rmtree(location.backups_dir, ignore_errors=True)
        if differs is None:
            return
        print(f"  the cached pair is no longer alike ({differs}): building it again", flush=True)
    build(folder, size, signals, params)


def run_copy(folder: Path) -> Path:
    """A copy of a cached dataset for one run. A run writes (signals and cases added, and in
    the server column on the vault's side only), so the cache itself stays as built."""
    copy = folder.with_name(folder.name + ".run")
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(folder, copy)
    # The copy (3 GB at 100,000 cases) is written out now, not while the figures are taken:
    # that write-out slowed every commit (a search's log row, an added signal) on both sides.
    if hasattr(os, "sync"):
        os.sync()
    return copy


class SizeBench:
    def __init__(self, folder: Path, size: int, repeat: int, exports: bool = False) -> None:
        self.exports = exports
        self.folder = folder
        self.size = size
        self.repeat = repeat
        self.location = VaultLocation(folder / "kluis")
        self.figures: list[Figure] = []
        self.notes: list[str] = []

    def unlock(self) -> Vault:
        return Vault.unlock(self.location, 1, PASSPHRASE, PassphraseOnly())

    def measure_unlock(self) -> tuple[Vault, Vault]:
        """Unlock without the KDF, and the first (cold) list after it, beside the plain open.

        The KDF is timed on its own: under load its time varies more than the rest of unlock
        takes, so the rest is timed directly (the data key already derived), not subtracted.
        Each round derives the key first and then opens both sides, the encrypted one first in
        one round and second in the next: the KDF's 64 MiB leave the processor's caches cold
        for whichever side comes right after it."""
        key_file = read_key_file(self.location)
        slot = key_file.slot_for_user(1)
        assert slot is not None
        first = self.unlock()
        data_key = first._key()
        first.lock()
        derive, unlock, cold, plain_cold = [], [], [], []
        cold_pages: list[int] = []
        opened: dict[str, Vault] = {}

        def first_screen(side: Vault, samples: list[float], pages: list[int] | None) -> None:
            reads = read_calls()
            started = time.perf_counter()
            side.search.find(CaseQuery())
            side.today.overview(14)
            samples.append(time.perf_counter() - started)
            after = read_calls()
            if pages is not None and reads is not None and after is not None:
                pages.append(after - reads)

        def open_encrypted() -> None:
            if "encrypted" in opened:
                opened["encrypted"].lock()
            started = time.perf_counter()
            # What Vault.unlock does after the key is derived: open, check, log the unlock.
            vault = Vault._open(self.location, read_key_file(self.location), data_key, 1, None)
            vault._log_unlock(
                AuditEvent.UNLOCK,
                AttemptTracker(self.location.attempts_path),
                user_attempt_key(1),
            )
            unlock.append(time.perf_counter() - started)
            opened["encrypted"] = vault
            first_screen(vault, cold, cold_pages)

        def open_unencrypted() -> None:
            if "plain" in opened:
                opened["plain"].lock()
            plain = open_plain(self.folder / "plain.db")
            with plain.db.transaction():  # the unlock's log row, as on the encrypted side
                plain.audit.append(AuditEvent.UNLOCK, user_id=plain.user.id)
            opened["plain"] = plain
            first_screen(plain, plain_cold, None)

        for round_ in range(self.repeat):
            started = time.perf_counter()
            kdf.derive(PASSPHRASE, slot.kdf_params)
            derive.append(time.perf_counter() - started)
            sides = [open_encrypted, open_unencrypted]
            for open_side in sides if round_ % 2 == 0 else reversed(sides):
                open_side()
        vault, plain = opened["encrypted"], opened["plain"]
        params = slot.kdf_params
        self.figures += [
            Figure(
                f"Argon2id (fixed: t={params.time_cost}, {params.memory_kib // 1024} MiB)",
                derive,
                grows=False,
            ),
            Figure("unlock without the KDF", unlock),
            Figure("first list + Vandaag after unlock (cold)", cold, plain_cold),
        ]
        self.note_page_cost(data_key, cold_pages, statistics.median(plain_cold))
        return vault, plain

    def note_page_cost(self, data_key: bytes, cold_pages: list[int], plain_cold: float) -> None:
        """What a page read costs the encrypted side (decrypting it and checking its HMAC),
        from a cold scan of the signals' versions on fresh connections of both sides, and so
        the least the cold first screen's ratio can be for the pages it reads: its ratio's
        floor with the page check on, whatever the code around it does."""
        if not cold_pages:
            self.notes.append("page reads: not counted on this system (no /proc/self/io)")
            return
        scan = "SELECT max(length(facts)) FROM signal_versions"
        times: dict[bool, list[float]] = {True: [], False: []}
        pages: list[int] = []
        for round_ in range(max(5, self.repeat // 2)):
            for encrypted in (True, False) if round_ % 2 == 0 else (False, True):
                db = (
                    Database(self.location.db_path, data_key)
                    if encrypted
                    else PlainDatabase(self.folder / "plain.db")
                )
                db.scalar("SELECT count(*) FROM meta")  # the schema read, outside the timing
                reads = read_calls()
                started = time.perf_counter()
                db.scalar(scan)
                times[encrypted].append(time.perf_counter() - started)
                after = read_calls()
                if encrypted and reads is not None and after is not None:
                    pages.append(after - reads)
                db.close()
        scanned = statistics.median(pages)
        per_page = (statistics.median(times[True]) - statistics.median(times[False])) / scanned
        first = statistics.median(cold_pages)
        floor = (plain_cold + first * per_page) / plain_cold
        self.notes.append(
            f"encryption per page read (cold scan of {scanned:.0f} pages, median of"
            f" {len(pages)}): {per_page * 1e6:.1f} us; the cold first list + Vandaag reads"
            f" {first:.0f} pages: {first * per_page * 1000:.2f} ms on the plain side's"
            f" {plain_cold * 1000:.2f} ms, a ratio of at least {floor:.2f} with the page HMAC"
        )

    def compare(
        self,
        name: str,
        work: Callable[[Vault], object],
        vault: Vault,
        plain: Vault,
        commits: bool = False,
    ) -> None:
        """`commits`: the work ends in a commit with fsync (a search logs that it was made),
        whose time moves more from one call to the next than the encryption of its pages
        takes: its median is taken over COMMIT_ROUNDS times the repetitions."""
        rounds = self.repeat * (COMMIT_ROUNDS if commits else 1)
        enc, pln = interleaved(work, vault, plain, rounds)
        self.figures.append(Figure(name, enc, pln))

    def measure_exports(self, vault: Vault, case_id: int) -> None:
        """The documents of the big case: encrypted export beside the same PDF unencrypted."""
        report = replace(
            report_content_for_case(vault, case_id),
            safety=Safety("Kinderen nu veilig bij oma."),
            client=ClientInformed(date.today(), "Begrijpt het."),
            request_to_vt="Onderzoek naar de veiligheid thuis.",
        )
        dossier = dossier_content_for_case(vault, case_id)
        out = Path(tempfile.mkdtemp(prefix="meldcode-bench-pdf-"))
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

            # The first export of a session also loads the fonts and imports the schema check
            # and the encryption library: timed on its own, not as one of the samples (it
            # would always fall on the encrypted side).
            started = time.perf_counter()
            encrypted()
            first = time.perf_counter() - started
            unencrypted()
            enc: list[float] = []
            pln: list[float] = []
            rounds = max(5, self.repeat // 2)
            self.notes.append(
                f"{name}: the first of the session {first * 1000:.0f} ms; the figure is the"
                f" median of the {rounds} after it"
            )
            for round_ in range(rounds):
                sides = [(encrypted, enc), (unencrypted, pln)]
                for work, samples in sides if round_ % 2 == 0 else reversed(sides):
                    started = time.perf_counter()
                    work()
                    samples.append(time.perf_counter() - started)
            self.figures.append(Figure(name, enc, pln, grows=False, goal=None))
        shutil.rmtree(out, ignore_errors=True)

    def run(self) -> list[Figure]:
        vault, plain = self.measure_unlock()
        big = int(vault.db.scalar("SELECT value FROM meta WHERE key = 'bench.big_case'"))
        year_ago = date.today() - timedelta(days=365)
        self.compare(
            "case list (search.find, no words)", lambda v: v.search.find(CaseQuery()), vault, plain
        )
        self.compare(
            "search a name ('jansen')",
            lambda v: v.search.find(CaseQuery(text="jansen")),
            vault,
            plain,
            commits=True,
        )
        self.compare(
            "search full text ('blauwe plek')",
            lambda v: v.search.find(CaseQuery(text="blauwe plek")),
            vault,
            plain,
            commits=True,
        )
        self.compare(
            "filter: open, in step 2",
            lambda v: v.search.find(CaseQuery(status=CaseStatus.OPEN, step=Step.CONSULTATION)),
            vault,
            plain,
        )
        self.compare(
            "filter: form and period",
            lambda v: v.search.find(
                CaseQuery(form=ViolenceForm.PHYSICAL_ABUSE, active_from=year_ago)
            ),
            vault,
            plain,
        )
        self.compare("Vandaag", lambda v: v.today.overview(14), vault, plain)

        def open_case(side: Vault) -> None:
            side.cases.open(big)
            side.persons.for_case(big)
            side.signals.for_case(big)
            side.entries.for_case(big)
            side.steps.progress(big)
            side.steps.timeline(big)

        self.compare("open a case (500 signals, ~50 entries)", open_case, vault, plain)
        case_ids = [
            int(r[0])
            for r in vault.db.execute(
                "SELECT id FROM cases WHERE status = 'open' ORDER BY id LIMIT 50"
            )
        ]
        # Each side adds to the same cases in the same order (a signal may move a case's
        # stand, which writes more pages than one that leaves it where it stood).
        counters = {id(side): itertools.count() for side in (vault, plain)}

        def add_signal(side: Vault) -> None:
            side.signals.add(
                case_ids[next(counters[id(side)]) % len(case_ids)],
                SignalDraft(
                    date.today(),
                    None,
                    "Bench",
                    "own_observation",
                    "neglect",
                    "Kind vertelt over ruzie thuis.",
                ),
            )

        enc, pln = interleaved(add_signal, vault, plain, self.repeat * COMMIT_ROUNDS)
        self.figures.append(Figure("add a signal (audit row, fsync)", enc, pln, write=True))
        enc_pages, plain_pages = (pages_written(add_signal, side) for side in (vault, plain))
        written = statistics.median(enc_pages)
        per_page = write_page_cost(self.repeat)
        plain_add = statistics.median(pln)
        self.notes.append(
            f"pages written per added signal (median of {len(enc_pages)}; each is encrypted and"
            f" MACed at commit): {written:.0f}, plain {statistics.median(plain_pages):.0f};"
            f" encryption per page written: {per_page * 1e6:.1f} us, so {written:.0f} pages add"
            f" {written * per_page * 1000:.2f} ms to the plain side's {plain_add * 1000:.2f} ms,"
            f" a ratio of at least {(plain_add + written * per_page) / plain_add:.2f}"
        )
        if self.exports:
            # Worker-thread jobs of the practice manager, like the exports: at one size only.
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


def window_figures(folder: Path | None, large: Path | None, repeat: int) -> list[str]:
    """Start to the first window and memory, each beside a bare PySide6 window."""
    script = str(ROOT / "bench" / "window.py")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")

    def child(*args: str) -> dict[str, float]:
        done = subprocess.run(
            [sys.executable, script, *args],
            env=env,
            capture_output=True,
            text=True,
            check=True,
            timeout=300,
        )
        result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
        return result

    lines = []
    if folder is None:
        return lines
    # The program as installed starts from its compiled bytecode (pip compiles it at install,
    # the frozen build bundles it), as the bare window's PySide6 and standard library do. With
    # PYTHONDONTWRITEBYTECODE set, every child would otherwise compile our changed modules anew.
    for package in ("app", "ui"):
        compileall.compile_dir(ROOT / package, quiet=1)
    bare_runs, ours = [], []
    rounds = max(3, repeat // 2)
    for _ in range(rounds):
        bare_runs.append(child("bare"))
        ours.append(child("unlock", str(folder / "kluis")))
    bare_t = statistics.median(r["window"] for r in bare_runs)
    our_t = statistics.median(r["window"] for r in ours)
    bare_m = statistics.median(r["memory"] for r in bare_runs)
    our_m = statistics.median(r["memory"] for r in ours)

    def verdict(value: float, goal: float) -> str:
        return f"(goal {goal:.2f} {'ok' if value <= goal else 'OVER'})"

    lines.append(
        f"{'first window (unlock window)':<40} {our_t * 1000:>9.1f} ms  bare PySide6"
        f" {bare_t * 1000:7.1f} ms  ratio {our_t / bare_t:5.2f} {verdict(our_t / bare_t, 2.0)}"
    )
    lines.append(
        f"{'memory at the unlock window':<40} {our_m:>9.1f} MiB bare PySide6"
        f" {bare_m:7.1f} MiB ratio {our_m / bare_m:5.2f} {verdict(our_m / bare_m, 1.5)}"
    )
    # The figures above leave the keyring out (it differs per machine); the program asks it in
    # its worker as soon as the window stands, so this is what the window holds after that.
    asked = statistics.median(
        child("unlock-keyring", str(folder / "kluis"))["memory"] for _ in range(3)
    )
    lines.append(
        f"{'  the same once the keyring answered':<40} {asked:>9.1f} MiB bare PySide6"
        f" {bare_m:7.1f} MiB ratio {asked / bare_m:5.2f} {verdict(asked / bare_m, 1.5)}"
    )
    for label, where in (("10k", folder), ("largest", large)):
        if where is None:
            continue
        # Each opening in a process of its own; the median and the range of the runs.
        runs = [child("open", str(where / "kluis"), PASSPHRASE) for _ in range(rounds)]
        dataset = where.name.split("-")[1].removesuffix(".run")

        def figure(key: str, runs: list[dict[str, float]] = runs) -> tuple[str, float]:
            values = sorted(r[key] * 1000 for r in runs)
            middle = statistics.median(values)
            return f"{middle:>9.1f} ms ({values[0]:.1f}-{values[-1]:.1f})", middle

        if label == "10k":
            memory = statistics.median(r["memory"] for r in runs)
            lines.append(
                f"{'memory, main window with ' + dataset + ' cases':<40}"
                f" {memory:>9.1f} MiB bare PySide6 {bare_m:7.1f} MiB ratio"
                f" {memory / bare_m:5.2f} {verdict(memory / bare_m, 2.0)}"
            )
        else:
            today_text, today_ms = figure("today_after_unlock")
            stall_text, stall_ms = figure("stall")
            lines.append(
                f"{'Vandaag shown after unlock (' + dataset + ')':<40} {today_text}"
                f"  (goal 150 ms {'ok' if today_ms <= 150 else 'OVER'})"
            )
            lines.append(
                f"{'longest window-thread stall meanwhile':<40} {stall_text}"
                f"  (goal 50 ms {'ok' if stall_ms <= 50 else 'OVER'})"
            )
            for key, what in (
                ("stall_open_big", "then opening the 500-signal case"),
                ("stall_signals_big", "then its signals (step 1)"),
                ("stall_read_big", "then reading down them to the last"),
                ("stall_open_other", "then another case after it"),
            ):
                text, ms = figure(key)
                lines.append(f"{what:<40} {text}  (goal 50 ms {'ok' if ms <= 50 else 'OVER'})")
    return lines


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


def growth_table(sizes: list[int], results: dict[int, list[Figure]]) -> list[str]:
    small, large = sizes[0], sizes[-1]

    def label(n: int) -> str:
        return f"{n // 1000}k" if n >= 1000 and n % 1000 == 0 else str(n)

    lines = [f"growth {label(large)} / {label(small)}, medians:"]
    by_name = {f.name: f for f in results[small]}
    for figure in results[large]:
        if not figure.grows or figure.name not in by_name:
            continue
        before = by_name[figure.name]
        growth = figure.median / before.median
        mark = "ok" if growth <= GROWTH_GOAL else "OVER"
        line = (
            f"  {figure.name:<40} {before.median * 1000:>9.1f} ms ->"
            f" {figure.median * 1000:>9.1f} ms  x{growth:6.2f} (goal {GROWTH_GOAL:.1f} {mark})"
        )
        if figure.plain and before.plain:
            # The sizes run minutes apart: what the machine did meanwhile (its disk's fsync,
            # other work) moves both sides alike, so the plain side's growth shows it.
            plain = statistics.median(figure.plain) / statistics.median(before.plain)
            line += f"  plain x{plain:5.2f}"
        lines.append(line)
    return lines


def server_growth(medians: dict[int, dict[str, float]]) -> list[str]:
    """The server column's growth, largest size / smallest, with the same goal."""
    small, large = min(medians), max(medians)
    lines = [f"server growth {large // 1000}k / {small // 1000}k, medians:"]
    for name, median in medians[large].items():
        if name in medians[small]:
            growth = median / medians[small][name]
            mark = "ok" if growth <= GROWTH_GOAL else "OVER"
            lines.append(
                f"  {name:<40} {medians[small][name] * 1000:>9.1f} ms -> {median * 1000:>9.1f} ms"
                f"  x{growth:6.2f} (goal {GROWTH_GOAL:.1f} {mark})"
            )
    return lines


def server_column(
    size: int,
    vault_folder: Path,
    scratch: Path | None,
    signals: int,
    vault_signals: int,
    repeat: int,
    params: kdf.KdfParams,
    clients_signals: int,
    server_medians: dict[int, dict[str, float]],
) -> None:
    """The practice server beside the vault of the same size (see bench/server.py); its
    medians by name go into `server_medians[size]`."""
    if postgres_bindir() is None:
        print("\nserver column: no PostgreSQL on this machine (initdb, pg_ctl)")
        return
    base = Path(platformdirs.user_cache_dir("meldcode-werkplek-bench"))
    folder = server_cache_folder(scratch or base, size, signals)
    if not (folder / "server.json").exists():
        print(f"  building the practice server of {size} cases through the stores ...", flush=True)
        took = build_server(folder, size, signals, BENCH_USER, PASSPHRASE, params)
        print(f"  built the server of {size} cases x {signals} signals in {took:.0f} s")
        print(f"  (kept in {folder})")
    migrated = bring_to_schema(folder, PASSPHRASE)
    if migrated is not None:
        print(f"  brought the cached server to the current schema in {migrated:.0f} s")
    location = VaultLocation(vault_folder / "kluis")
    server_copy = run_copy(folder)
    column = ServerColumn(
        server_copy,
        lambda: Vault.unlock(location, 1, PASSPHRASE, PassphraseOnly()),
        PASSPHRASE,
        repeat,
        clients_signals,
    )
    try:
        lines = column.run()
    finally:
        shutil.rmtree(server_copy, ignore_errors=True)
    server_medians[size] = column.medians
    print(
        f"\nserver (PostgreSQL on this machine) beside the vault, {size} cases (server {signals}"
        f" signals a case, vault {vault_signals}; the same 500-signal case), median of {repeat}:"
    )
    for line in lines:
        print(line, flush=True)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--signals", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--no-window", action="store_true", help="skip the window figures")
    parser.add_argument("--quick", action="store_true", help="small data, for a smoke run")
    parser.add_argument(
        "--server",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="the server column: the same calls on a PostgreSQL on this machine",
    )
    parser.add_argument("--server-sizes", default="1000,10000")
    args = parser.parse_args(argv)
    params = KDF_PARAMS
    server_signals, clients_signals = SERVER_SIGNALS, 50
    if args.quick:
        args.sizes, args.signals, args.repeat, params = "200,400", 3, 3, QUICK_KDF
        args.server_sizes, server_signals, clients_signals = "200", 1, 5
    sizes = sorted(int(s) for s in args.sizes.split(","))
    server_sizes = {int(s) for s in args.server_sizes.split(",")}
    scratch = Path(tempfile.mkdtemp(prefix="meldcode-bench-")) if args.quick else None
    results: dict[int, list[Figure]] = {}
    server_medians: dict[int, dict[str, float]] = {}
    folders: dict[int, Path] = {}
    try:
        for size in sizes:
            folder = cache_folder(size, args.signals)
            if scratch is not None:
                folder = scratch / folder.name
            prepare(folder, size, args.signals, params)
            folder = run_copy(folder)
            folders[size] = folder
            bench = SizeBench(folder, size, args.repeat, exports=size == sizes[0])
            results[size] = bench.run()
            print(
                f"\n{size} cases x {args.signals} signals, median of {args.repeat}"
                f" ({args.repeat * COMMIT_ROUNDS} for the searches, which log, and the added"
                " signal) (q1-q3), encrypted beside plain:"
            )
            for figure in results[size]:
                print(figure.line(), flush=True)
            for note in bench.notes:
                print(note)
            if args.server and size in server_sizes:
                server_column(
                    size, folder, scratch, server_signals, args.signals, args.repeat, params,
                    clients_signals, server_medians,
                )  # fmt: skip
        print()
        for line in growth_table(sizes, results):
            print(line)
        if len(server_medians) > 1:
            print()
            for line in server_growth(server_medians):
                print(line)
        if not args.no_window:
            print()
            ten_k = folders.get(10_000, folders[sizes[-1]])
            for line in window_figures(ten_k, folders[sizes[-1]], args.repeat):
                print(line)
            for line in frozen_figures():
                print(line)
    finally:
        for folder in folders.values():
            shutil.rmtree(folder, ignore_errors=True)
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
