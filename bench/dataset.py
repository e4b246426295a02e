"""Generated, fictional data in bulk: N cases with M signals each, identical for both databases."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta

from app.domain.entries import Consultation, Conversation, Decision, HelpAgreement, KindCheck
from app.domain.enums import (
    ChildTalk,
    ClientTalk,
    ConsulteeKind,
    DependantSafety,
    PersonRole,
    SignalSource,
    ViolenceForm,
)
from app.domain.models import CaseDraft, PersonDraft, SignalDraft
from app.timeutil import now_iso
from app.vault.database import Database
from app.vault.vault import Vault

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


def add_steps(vault: Vault, case_ids: list[int], seed: int = 11) -> None:
    """Step entries through the stores: consultations, conversations and decisions (which
    plan their follow-ups), so that Vandaag has checks due, stuck cases and open feedback."""
    rng = random.Random(seed)
    for case_id in case_ids:
        held = date(2025, 1, 1) + timedelta(days=rng.randrange(300))
        vault.entries.add(
            case_id,
            Consultation(
                held,
                ConsulteeKind.VEILIG_THUIS,
                "Veilig Thuis",
                client_named=False,
                advice="Bespreek de zorgen met de ouders.",
                next_step="Gesprek plannen",
            ),
        )
        if rng.random() < 0.5:
            continue
        vault.entries.add(
            case_id,
            Conversation(
                held + timedelta(days=3),
                ClientTalk.HELD,
                ChildTalk.NOT_ALONE,
                present="Moeder",
                said="Zorgen besproken.",
                reaction="Herkent het.",
            ),
        )
        vault.entries.add(
            case_id,
            Decision(
                held + timedelta(days=10),
                True,
                "Structurele onveiligheid.",
                True,
                "Hulp via wijkteam.",
                (HelpAgreement("Opvoedondersteuning", "Wijkteam", held + timedelta(days=90)),),
                client_informed=True,
            ),
        )


def big_case(vault: Vault, signals: int = 500) -> int:
    """One case with `signals` signals and about fifty entries across the steps."""
    case = vault.cases.create(CaseDraft("Gezin Groot"))
    vault.persons.add(case.id, PersonDraft(PersonRole.CHILD, "Sam Jansen", date(2017, 3, 1)))
    vault.persons.add(case.id, PersonDraft(PersonRole.CLIENT, "Noor Jansen", date(1990, 6, 2)))
    start = date(2024, 1, 1)
    for i in range(signals):
        vault.signals.add(
            case.id,
            SignalDraft(
                start + timedelta(days=i % 700),
                None,
                "Bench",
                "own_observation",
                "neglect",
                FACTS[i % len(FACTS)],
                "interpretatie apart",
            ),
        )
    vault.entries.add(
        case.id,
        KindCheck(start, 2, (4, 9), safety=DependantSafety.NOT_AT_STAKE, notes="twee kinderen"),
    )
    for i in range(25):
        vault.entries.add(
            case.id,
            Consultation(
                start + timedelta(days=i),
                ConsulteeKind.COLLEAGUE,
                "Collega",
                client_named=True,
                advice=f"Advies {i}",
                next_step="verder",
            ),
        )
    for i in range(20):
        vault.entries.add(
            case.id,
            Conversation(
                start + timedelta(days=30 + i),
                ClientTalk.HELD,
                ChildTalk.ALONE,
                present="Moeder en kind",
                said=f"Gesprek {i}",
                reaction="Open",
            ),
        )
    for i in range(2):
        vault.entries.add(
            case.id,
            Decision(
                start + timedelta(days=60 + i),
                True,
                "Onveilig.",
                True,
                "Hulp.",
                (HelpAgreement("Hulp", "Wijkteam", start + timedelta(days=150)),),
                client_informed=True,
            ),
        )
    return case.id
