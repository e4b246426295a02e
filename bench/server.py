"""The bench's server column: the same store calls on the practice server (a PostgreSQL on this
machine) beside the local vault, and two clients writing at once.

The PostgreSQL is started as the tests start theirs (`tests.postgres_server`: its own cluster,
127.0.0.1 only, a free port), so there is one copy of that code; the program itself never starts
a PostgreSQL, so it has no place in `app/`. The cluster is filled once per size through the real
stores (`PracticeServer`: sealed fields, search tokens, the audit chain) and its data folder kept
in the user's cache folder beside the vaults, rebuilt when the dataset changes and brought to
a newer server schema once, the way `server migrate` brings a practice's server. Each run
starts a copy of it, so the timed writes never pile up in the cache.

Building through the stores costs a round trip per row, so the server gets fewer signals per
case than the vault (`SERVER_SIGNALS`). As in the vault, most cases older than a year are
closed and the open ones of the last year get step entries (`bench.dataset.add_steps`); the big
case is the vault's, with its 500 signals and about fifty entries (`bench.dataset.big_case`).
"""

from __future__ import annotations

import json
import random
import shutil
import statistics
import threading
import time
from collections.abc import Callable
from datetime import date, timedelta
from functools import partial
from pathlib import Path

import psycopg
from psycopg import sql

from app.crypto import kdf, keyslots
from app.domain.enums import CaseStatus, CloseReason, PersonRole, SignalSource, Step, ViolenceForm
from app.domain.models import CaseDraft, PersonDraft, SignalDraft, UserDraft
from app.server.database import ServerDatabase
from app.server.practice import PracticeServer
from app.server.schema import (
    LATEST_VERSION,
    apply_schema,
    create_program_role,
    schema_version,
    set_practice,
)
from app.store.access_log import PAGE_SIZE, LogFilter
from app.store.search import CaseQuery
from app.vault.vault import Vault
from bench.dataset import CONTEXTS, DATASET_VERSION, FIRST, LAST, OBSERVERS, ROLES, add_steps
from bench.dataset import big_case as _big_case
from bench.dataset import fact_text as _fact_text
from tests.postgres_server import PostgresServer, find_bindir

SERVER_SIGNALS = 3  # per case; the vault has 20
SERVER_DATASET = 2  # 2: closed older cases and step entries, as in the vault
DBNAME = "meldcode_bench"
PROGRAM_ROLE = "meldcode_programma"
LOGIN, SECOND = "bench", "tweede"
TWO_CLIENT_SIGNALS = 50  # each client, per round
BATCH = 100  # cases per transaction while building


def postgres_bindir() -> Path | None:
    """The PostgreSQL programs, or None when this machine has none."""
    try:
        return find_bindir()
    except BaseException:  # the tests' helper skips (or fails under CI) when there is none
        return None


def cache_folder(base: Path, size: int, signals: int = SERVER_SIGNALS) -> Path:
    return base / f"server{DATASET_VERSION}.{SERVER_DATASET}-{size}x{signals}"


def _fill(server: PracticeServer, size: int, signals: int, seed: int = 7) -> list[int]:
    """Cases, people and signals through the stores, with the vault dataset's words; most
    cases older than a year closed, as in the vault (`bench.dataset.fill`). Returns the ids of
    the cases still open (where step entries go)."""
    rng = random.Random(seed)
    today = date.today()
    still_open: list[int] = []
    for start in range(0, size, BATCH):
        with server.db.transaction():
            for _ in range(start, min(size, start + BATCH)):
                family = rng.choice(LAST)
                case = server.cases.create(CaseDraft(f"Gezin {family} {rng.choice(FIRST)[0]}."))
                # About the vault's share of cases opened within the year, plus its 3% kept open.
                keep_open = rng.random() < 0.25
                for role in ROLES[: rng.randrange(2, 5)]:
                    born = date(1975, 1, 1) if role is PersonRole.CLIENT else date(2006, 1, 1)
                    born += timedelta(days=rng.randrange(365 * 17))
                    server.persons.add(
                        case.id, PersonDraft(role, f"{rng.choice(FIRST)} {family}", born)
                    )
                for _ in range(signals):
                    server.signals.add(
                        case.id,
                        SignalDraft(
                            today - timedelta(days=rng.randrange(0, 3650)),
                            None,
                            rng.choice(OBSERVERS),
                            rng.choice(list(SignalSource)).value,
                            rng.choice(list(ViolenceForm)).value,
                            _fact_text(rng),
                            rng.choice(CONTEXTS),
                        ),
                    )
                if keep_open:
                    still_open.append(case.id)
                else:
                    server.cases.close(case.id, code=CloseReason.HELP_COMPLETED_SAFE)
    return still_open


def build(
    folder: Path, size: int, signals: int, user: UserDraft, passphrase: str, params: kdf.KdfParams
) -> float:
    """A filled practice server's data folder and how to reach it, written to `folder` only
    when complete; returns the seconds it took."""
    started = time.perf_counter()
    bindir = postgres_bindir()
    assert bindir is not None
    pg = PostgresServer(bindir)
    program_password = keyslots.new_data_key().hex()
    try:
        pg.start()
        with psycopg.connect(pg.url(), autocommit=True) as admin:
            admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(DBNAME)))
            create_program_role(admin, PROGRAM_ROLE, program_password)
        with psycopg.connect(pg.url(DBNAME), autocommit=True) as admin:
            apply_schema(admin, PROGRAM_ROLE)
            set_practice(admin, "praktijk-bench")
        url = pg.url(DBNAME, PROGRAM_ROLE, program_password)
        server = PracticeServer.start(
            ServerDatabase.connect(url),
            keyslots.new_data_key(),
            user,
            LOGIN,
            passphrase,
            params.with_new_salt(),
        )
        add_steps(server, _fill(server, size, signals))  # type: ignore[arg-type]
        big = _big_case(server)  # type: ignore[arg-type]
        second = server.add_user(
            UserDraft("Tweede", "huisarts", ""), SECOND, passphrase, first_passphrase=False
        )
        other = int(server.db.scalar("SELECT min(id) FROM cases"))
        for case_id in (big, other):
            server.share_case(case_id, second.id)
        server.lock()
        pg.stop()
        work = folder.with_name(folder.name + ".building")
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir(parents=True)
        shutil.copytree(pg.data_dir, work / "data", symlinks=True)
        (work / "server.json").write_text(
            json.dumps(
                {
                    "password": pg.password,
                    "program_password": program_password,
                    "big_case": big,
                    "other_case": other,
                    "schema": LATEST_VERSION,
                }
            ),
            encoding="utf-8",
        )
        if folder.exists():
            shutil.rmtree(folder)
        work.rename(folder)
    finally:
        pg.remove()
    return time.perf_counter() - started


def bring_to_schema(folder: Path, passphrase: str) -> float | None:
    """A cached server of an older server schema brought to the current one, once, as a
    practice's administrator would (`server migrate`, then the first user's session brings
    the kept case state in step); returns the seconds it took, or None when it was current."""
    meta = json.loads((folder / "server.json").read_text(encoding="utf-8"))
    if int(meta.get("schema", 0)) >= LATEST_VERSION:
        return None
    started = time.perf_counter()
    bindir = postgres_bindir()
    assert bindir is not None
    pg = PostgresServer(bindir, password=meta["password"])
    try:
        shutil.copytree(folder / "data", pg.data_dir, symlinks=True)
        pg.start_existing()
        with psycopg.connect(pg.url(DBNAME), autocommit=True) as admin:
            apply_schema(admin, PROGRAM_ROLE)
            meta["schema"] = schema_version(admin)
        url = pg.url(DBNAME, PROGRAM_ROLE, meta["program_password"])
        PracticeServer.unlock(ServerDatabase.connect(url), LOGIN, passphrase).lock()
        pg.stop()
        shutil.rmtree(folder / "data")
        shutil.copytree(pg.data_dir, folder / "data", symlinks=True)
        (folder / "server.json").write_text(json.dumps(meta), encoding="utf-8")
    finally:
        pg.remove()
    return time.perf_counter() - started


def _timed(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def _spread(samples: list[float]) -> str:
    q1, _, q3 = statistics.quantiles(samples, n=4) if len(samples) >= 4 else (0, 0, 0)
    if len(samples) < 4:
        q1, q3 = min(samples), max(samples)
    return f"{q1 * 1000:.1f}-{q3 * 1000:.1f}"


def _line(name: str, server: list[float], vault: list[float]) -> str:
    ours, theirs = statistics.median(server), statistics.median(vault)
    return (
        f"{name:<40} server {ours * 1000:>8.1f} ms ({_spread(server):>13})"
        f"  vault {theirs * 1000:>8.1f} ms ({_spread(vault):>13})"
        f"  ratio server/vault {ours / theirs if theirs else float('inf'):6.2f}"
    )


def _both(
    on_server: Callable[[], object], on_vault: Callable[[], object], repeat: int
) -> tuple[list[float], list[float]]:
    """Both sides in turn, the order swapped each round, after one warm-up each."""
    on_server()
    on_vault()
    server: list[float] = []
    vault: list[float] = []
    for round_ in range(repeat):
        sides = [(on_server, server), (on_vault, vault)]
        for work, samples in sides if round_ % 2 == 0 else reversed(sides):
            samples.append(_timed(work))
    return server, vault


class ServerColumn:
    def __init__(
        self,
        folder: Path,
        unlock_vault: Callable[[], Vault],
        passphrase: str,
        repeat: int,
        clients_signals: int = TWO_CLIENT_SIGNALS,
    ) -> None:
        self.folder = folder
        self.unlock_vault = unlock_vault
        self.passphrase = passphrase
        self.repeat = repeat
        self.clients_signals = clients_signals
        self.meta = json.loads((folder / "server.json").read_text(encoding="utf-8"))
        self.medians: dict[str, float] = {}

    def run(self) -> list[str]:
        bindir = postgres_bindir()
        assert bindir is not None
        # Built without fsync (the tests' setting, quicker); timed with it, as the vault is.
        pg = PostgresServer(bindir, password=self.meta["password"], durable=True)
        try:
            shutil.copytree(self.folder / "data", pg.data_dir, symlinks=True)
            pg.start_existing()
            url = pg.url(DBNAME, PROGRAM_ROLE, self.meta["program_password"])
            return self._measure(url)
        finally:
            pg.remove()

    def _session(self, url: str, login: str = LOGIN) -> PracticeServer:
        return PracticeServer.unlock(ServerDatabase.connect(url), login, self.passphrase)

    def _row(
        self,
        name: str,
        on_server: Callable[[], object],
        on_vault: Callable[[], object],
        once: bool = False,
    ) -> str:
        """One operation on both sides; its server median is kept for the growth table.
        `once`: a first time on each side, not repeated, and not a figure whose growth is a
        goal (a one-off cost that reads everything by design)."""
        if once:
            server, vault = [_timed(on_server)], [_timed(on_vault)]
        else:
            server, vault = _both(on_server, on_vault, self.repeat)
            self.medians[name] = statistics.median(server)
        return _line(name, server, vault)

    def _measure(self, url: str) -> list[str]:
        big_server = int(self.meta["big_case"])
        # The vault opens once at a time: its unlock is timed before the session below.
        lines = [
            self._row(
                "unlock (with the KDF) and lock",
                lambda: self._session(url).lock(),
                lambda: self.unlock_vault().lock(),
            )
        ]
        vault = self.unlock_vault()
        server = self._session(url)
        try:
            big_vault = int(vault.db.scalar("SELECT value FROM meta WHERE key = 'bench.big_case'"))
            both: tuple[PracticeServer | Vault, ...] = (server, vault)
            # The same calls as the window makes, on both (`app.store.search`, Vandaag).
            year_ago = date.today() - timedelta(days=365)
            finds = [
                ("case list (search.find, first page)", CaseQuery()),
                ("search a name ('jansen', search.find)", CaseQuery(text="jansen")),
                ("search full text ('blauwe plek')", CaseQuery(text="blauwe plek")),
                (
                    "filter: open, in step 2",
                    CaseQuery(status=CaseStatus.OPEN, step=Step.CONSULTATION),
                ),
            ]
            for name, query in finds:
                lines.append(
                    self._row(
                        name, partial(server.search.find, query), partial(vault.search.find, query)
                    )
                )
            # The server answers the form from this computer's index (`app.server.form_index`):
            # made once on a computer, then brought up to date with what the chain names.
            by_form = CaseQuery(form=ViolenceForm.PHYSICAL_ABUSE, active_from=year_ago)
            lines.append(
                self._row(
                    "filter: form and period (index made)",
                    lambda: server.search.find(by_form),
                    lambda: vault.search.find(by_form),
                    once=True,
                )
            )
            lines.append(
                self._row(
                    "filter: form and period",
                    lambda: server.search.find(by_form),
                    lambda: vault.search.find(by_form),
                )
            )
            lines.append(
                self._row(
                    "Vandaag", lambda: server.today.overview(14), lambda: vault.today.overview(14)
                )
            )

            def open_case(side: PracticeServer | Vault, case_id: int) -> None:
                side.cases.open(case_id)
                side.persons.for_case(case_id)
                side.signals.for_case(case_id)

            lines.append(
                self._row(
                    "open a case (500 signals)",
                    lambda: open_case(server, big_server),
                    lambda: open_case(vault, big_vault),
                )
            )
            lines.append(
                self._row(
                    f"access log, first page ({PAGE_SIZE} rows)",
                    lambda: server.access_log.page(LogFilter(), 0, PAGE_SIZE),
                    lambda: vault.access_log.page(LogFilter(), 0, PAGE_SIZE),
                )
            )
            # Writes last: the reads above see the data as built.
            lines.append(
                self._row(
                    "add a case (audit row)",
                    lambda: server.cases.create(CaseDraft("Gezin Bench")),
                    lambda: vault.cases.create(CaseDraft("Gezin Bench")),
                )
            )
            targets = {
                id(side): [
                    int(r[0])
                    for r in side.db.execute(
                        "SELECT id FROM cases WHERE status = 'open' ORDER BY id LIMIT 50"
                    )
                ]
                for side in both
            }
            counter = iter(range(10**9))

            def add_signal(side: PracticeServer | Vault) -> None:
                ids = targets[id(side)]
                side.signals.add(ids[next(counter) % len(ids)], _signal())

            lines.append(
                self._row(
                    "add a signal (audit row)",
                    lambda: add_signal(server),
                    lambda: add_signal(vault),
                )
            )
        finally:
            server.lock()
            vault.lock()
        lines += self.two_clients(url)
        return lines

    def two_clients(self, url: str) -> list[str]:
        """Two users on two connections, each in its own thread, adding signals at once; first
        one client alone adding as many, for the throughput to compare with."""
        lines = []
        n = self.clients_signals
        first, second = self._session(url), self._session(url, SECOND)

        def count(case_id: int) -> int:
            found = first.db.scalar("SELECT count(*) FROM signals WHERE case_id = ?", (case_id,))
            return int(found)

        try:
            big, other = int(self.meta["big_case"]), int(self.meta["other_case"])
            rounds: list[tuple[str, list[tuple[PracticeServer, int, int]]]] = [
                ("one client alone, one case", [(first, big, 2 * n)]),
                ("two clients at once, one case", [(first, big, n), (second, big, n)]),
                ("two clients at once, two cases", [(first, other, n), (second, big, n)]),
            ]
            for label, writers in rounds:
                cases = {case_id for _, case_id, _ in writers}
                before = sum(count(c) for c in cases)
                gate = threading.Barrier(len(writers) + 1)
                failures: list[BaseException] = []

                def write(
                    session: PracticeServer,
                    case_id: int,
                    times: int,
                    gate: threading.Barrier = gate,
                    failures: list[BaseException] = failures,
                ) -> None:
                    gate.wait()
                    try:
                        for _ in range(times):
                            session.signals.add(case_id, _signal())
                    except BaseException as exc:  # counted below; the bench goes on
                        failures.append(exc)

                threads = [threading.Thread(target=write, args=writer) for writer in writers]
                for thread in threads:
                    thread.start()
                gate.wait()
                started = time.perf_counter()
                for thread in threads:
                    thread.join()
                elapsed = time.perf_counter() - started
                added = sum(count(c) for c in cases) - before
                kept = "none lost" if added == 2 * n else f"LOST {2 * n - added}"
                errors = (
                    f", {len(failures)} failed: {type(failures[0]).__name__}" if failures else ""
                )
                lines.append(
                    f"{label:<32} {2 * n} signals in {elapsed * 1000:7.0f} ms ="
                    f" {2 * n / elapsed:6.0f} signals/s; {kept} ({added} of {2 * n}){errors}"
                )
            problems = first.audit.verify()
            lines.append(
                "  audit chain after both: "
                + ("whole" if not problems else f"BROKEN ({len(problems)} problems)")
                + f"; both sessions see the same head: {first.audit.head() == second.audit.head()}"
            )
        finally:
            second.lock()
            first.lock()
        return lines


def _signal() -> SignalDraft:
    return SignalDraft(
        date.today(), None, "Bench", "own_observation", "neglect", "Kind vertelt over ruzie thuis."
    )
