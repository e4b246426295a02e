"""Benchmark of the access log window's reads: `python -m bench.access_log [--rows N]`.

Fills a throw-away vault's audit log with N rows (default 100,000; the chain is built as the
program builds it, row by row) spread over users, cases and kinds, then prints how long the
log's count and one page take, unfiltered and with each filter, the first and the last page.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.crypto import kdf  # noqa: E402
from app.crypto.device_secret import NoDeviceSecret  # noqa: E402
from app.domain.models import UserDraft  # noqa: E402
from app.store.access_log import PAGE_SIZE, LogFilter  # noqa: E402
from app.timeutil import to_iso, today, utc_now  # noqa: E402
from app.vault.audit import AuditEvent  # noqa: E402
from app.vault.location import VaultLocation  # noqa: E402
from app.vault.vault import Vault  # noqa: E402

EVENTS = (AuditEvent.OPEN, AuditEvent.UPDATE, AuditEvent.CREATE, AuditEvent.SEARCH)


def milliseconds(work: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="meldcode-bench-log-") as scratch:
        profile = kdf.CalibrationProfile(target_seconds=0.001, memory_kib=1024, min_time_cost=1)
        with kdf.calibration_profile(profile):
            vault, _ = Vault.create(
                VaultLocation(Path(scratch) / "kluis"),
                UserDraft("Bench"),
                "bench wachtzin!",
                NoDeviceSecret(),
            )
        with vault:
            start = utc_now() - timedelta(days=365)
            began = time.perf_counter()
            with vault.db.transaction():
                for n in range(args.rows):
                    vault.audit.append(
                        EVENTS[n % len(EVENTS)],
                        user_id=1,
                        case_id=1 + n % 2000,
                        at=to_iso(start + timedelta(seconds=n * 300)),
                    )
            print(f"filled {args.rows} rows in {time.perf_counter() - began:.1f} s")
            log = vault.access_log
            last_page = (args.rows // PAGE_SIZE) * PAGE_SIZE
            month = today() - timedelta(days=200)
            cases = [
                ("everything", LogFilter()),
                ("one case", LogFilter(case_id=1234)),
                ("one user", LogFilter(user_id=1)),
                ("one kind", LogFilter(event=AuditEvent.OPEN.value)),
                ("one month", LogFilter(date_from=month, date_to=month + timedelta(days=30))),
            ]
            for name, wanted in cases:
                count = milliseconds(lambda w=wanted: log.count(w))
                first = milliseconds(lambda w=wanted: log.page(w, 0, PAGE_SIZE))
                rows = log.count(wanted)
                print(f"{name:12} {rows:7} rows: count {count:6.1f} ms, first page {first:6.1f} ms")
            deep = milliseconds(lambda: log.page(LogFilter(), last_page, PAGE_SIZE))
            print(f"{'everything':12} last page {deep:7.1f} ms (offset {last_page})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
