"""Generated, fictional data in bulk: N cases with M signals each, identical for both databases."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta

from app.domain.enums import PersonRole, SignalSource, ViolenceForm
from app.timeutil import now_iso
from app.vault.database import Database

FIRST = ["Sam", "Noor", "Daan", "Lotte", "Milan", "Fleur", "Finn", "Sara", "Levi", "Julia"]
LAST = ["Jansen", "de Vries", "Bakker", "Visser", "Smit", "Meijer", "Mulder", "Bos", "Peters"]
FACTS = [
    "Kind komt zonder jas naar de opvang bij vorst.",
    "Blauwe plek op de bovenarm, ongeveer drie centimeter.",
    "Moeder vertelt dat vader 's avonds vaak boos wordt.",
    "Kind schrikt bij harde geluiden en wil niet naar huis.",
    "Buurvrouw meldt geschreeuw in de nacht.",
]


def fill(db: Database, cases: int, signals_per_case: int, user_id: int, seed: int = 7) -> None:
    """Bulk insert with plain SQL in one transaction (the stores are measured separately)."""
    rng = random.Random(seed)
    at = now_iso()
    with db.transaction():
        db.executemany(
            "INSERT INTO cases (id, title, status, opened_at, opened_by, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [
                (cid, f"Gezin {cid:05d}", "open" if cid % 5 else "closed", at, user_id, at)
                for cid in range(1, cases + 1)
            ],
        )
        db.executemany(
            "INSERT INTO persons (case_id, role, name, date_of_birth, address, created_at,"
            " created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, '', ?, ?, ?, ?)",
            [
                (
                    cid,
                    role.value,
                    f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                    "2016-05-04",
                    at,
                    user_id,
                    at,
                    user_id,
                )
                for cid in range(1, cases + 1)
                for role in (PersonRole.CHILD, PersonRole.PARENT_OR_CARER)
            ],
        )
        db.executemany(
            "INSERT INTO signals (id, case_id, created_at, created_by) VALUES (?, ?, ?, ?)",
            [(sid, cid, at, user_id) for sid, cid in _signal_ids(cases, signals_per_case)],
        )
        start = date(2024, 1, 1)
        db.executemany(
            "INSERT INTO signal_versions (signal_id, version, observed_on, observed_by, source,"
            " form, facts, interpretation, recorded_at, recorded_by)"
            " VALUES (?, 1, ?, 'Bench', ?, ?, ?, '', ?, ?)",
            [
                (
                    sid,
                    (start + timedelta(days=rng.randrange(900))).isoformat(),
                    rng.choice(list(SignalSource)).value,
                    rng.choice(list(ViolenceForm)).value,
                    rng.choice(FACTS),
                    at,
                    user_id,
                )
                for sid, _cid in _signal_ids(cases, signals_per_case)
            ],
        )


def _signal_ids(cases: int, per_case: int) -> Iterator[tuple[int, int]]:
    sid = 0
    for cid in range(1, cases + 1):
        for _ in range(per_case):
            sid += 1
            yield sid, cid
