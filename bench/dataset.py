"""Generated, fictional data in bulk, identical for the encrypted and the plain database.

Realistic in shape: cases opened over twenty years (most of the older ones closed), two to four
people per case with varied names and birth dates, signals on varied days with varied texts,
and step entries (through the stores) in a share of the open cases, so that Vandaag has checks
due, cases stuck in a step and feedback awaited.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

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
from app.vault.database import Database
from app.vault.vault import Vault

# Bump when the generated data changes: cached vaults of another version are rebuilt.
DATASET_VERSION = 2

FIRST = [
    "Sam", "Noor", "Daan", "Lotte", "Milan", "Fleur", "Finn", "Sara", "Levi", "Julia", "Bram",
    "Yara", "Mohammed", "Emma", "Luuk", "Tess", "Ayoub", "Mila", "Sem", "Zoë", "Jayden", "Nina",
    "Thijs", "Lieke", "Ahmed", "Fenna", "Ruben", "Iris", "Youssef", "Anouk", "Kevin", "Sanne",
]  # fmt: skip
LAST = [
    "Jansen", "de Vries", "Bakker", "Visser", "Smit", "Meijer", "Mulder", "Bos", "Peters",
    "de Boer", "Dekker", "van Dijk", "Hendriks", "Yilmaz", "El Amrani", "Kok", "Vermeulen",
    "van Leeuwen", "Brouwer", "de Groot", "Koster", "Willems", "Şahin", "Kuipers", "Postma",
    "Huisman", "Prins", "van der Berg", "Schouten", "Verhoeven", "Kramer", "Maas", "Groen",
]  # fmt: skip
SUBJECTS = [
    "Kind", "Moeder", "Vader", "De oudste zoon", "Het jongste kind", "Oma", "De buurvrouw",
    "De leerkracht", "Het kind", "Stiefvader", "De pleegmoeder", "Een klasgenoot",
]  # fmt: skip
EVENTS = [
    "komt zonder jas naar de opvang bij vorst",
    "heeft een blauwe plek op de bovenarm, ongeveer drie centimeter",
    "vertelt dat vader 's avonds vaak boos wordt",
    "schrikt bij harde geluiden en wil niet naar huis",
    "meldt geschreeuw in de nacht",
    "zegt dat er thuis vaak geen eten is",
    "is de laatste weken erg stil en trekt zich terug",
    "heeft brandwondjes op de hand die niet verklaard worden",
    "komt regelmatig te laat en ziet er moe uit",
    "vertelt over ruzie waarbij met spullen werd gegooid",
    "mist afspraken bij de tandarts en het consultatiebureau",
    "laat een tekening zien van een huilend kind achter een deur",
    "ruikt naar alcohol bij het ophalen",
    "heeft een gescheurde lip na het weekend",
    "zegt bang te zijn voor de nieuwe vriend van moeder",
]  # fmt: skip
CONTEXTS = [
    "", "", "Dit is de tweede keer deze maand.", "Gezien tijdens de ochtendronde.",
    "Ouder reageert ontwijkend op vragen.", "Broertje was erbij.", "Volgens de mentor al langer.",
    "Na de herfstvakantie.", "Bij de overdracht op vrijdag.", "Gedocumenteerd met datum en tijd.",
]  # fmt: skip
OBSERVERS = ["Bench", "J. de Wit", "A. Öztürk", "M. Verbeek", "L. Smits", "R. Haddou"]
ROLES = [PersonRole.CHILD, PersonRole.PARENT_OR_CARER, PersonRole.CHILD, PersonRole.CLIENT]
TODAY = date.today()
YEARS = 20


def _moment(day: date, rng: random.Random) -> str:
    at = datetime(day.year, day.month, day.day, 8, tzinfo=UTC) + timedelta(
        minutes=rng.randrange(10 * 60)
    )
    return at.isoformat(timespec="microseconds")


def fact_text(rng: random.Random) -> str:
    subject, event, context = rng.choice(SUBJECTS), rng.choice(EVENTS), rng.choice(CONTEXTS)
    return f"{subject} {event}. {context}".strip()


def fill(db: Database, cases: int, signals_per_case: int, user_id: int, seed: int = 7) -> list[int]:
    """Bulk insert with plain SQL in one transaction (the stores are measured separately).

    Returns the ids of the open cases opened in the last year (where step entries go)."""
    rng = random.Random(seed)
    case_rows, person_rows, signal_rows, version_rows = [], [], [], []
    recent_open: list[int] = []
    person_id = signal_id = 0
    for cid in range(1, cases + 1):
        age_days = int(rng.random() ** 2 * YEARS * 365)  # more recent cases than old ones
        opened_on = TODAY - timedelta(days=age_days)
        opened = _moment(opened_on, rng)
        still_open = age_days < 365 or rng.random() < 0.03
        family = rng.choice(LAST)
        closed = (
            None if still_open else _moment(opened_on + timedelta(days=rng.randrange(30, 400)), rng)
        )
        last_day = opened_on + timedelta(days=rng.randrange(0, 200))
        updated = _moment(min(last_day, TODAY), rng)
        case_rows.append(
            (
                cid,
                f"Gezin {family} {rng.choice(FIRST)[0]}.",
                "open" if still_open else "closed",
                opened,
                user_id,
                closed,
                None if still_open else user_id,
                None if still_open else "other",
                updated,
            )
        )
        if still_open and age_days < 365:
            recent_open.append(cid)
        for role in ROLES[: rng.randrange(2, 5)]:
            person_id += 1
            born = date(1975, 1, 1) if role is PersonRole.CLIENT else date(2006, 1, 1)
            born += timedelta(days=rng.randrange(365 * 17))
            person_rows.append(
                (person_id, cid, role.value, f"{rng.choice(FIRST)} {family}", born.isoformat(),
                 opened, user_id, opened, user_id)
            )  # fmt: skip
        for _ in range(signals_per_case):
            signal_id += 1
            seen = opened_on + timedelta(days=rng.randrange(0, 120))
            seen = min(seen, TODAY)
            signal_rows.append((signal_id, cid, _moment(seen, rng), user_id))
            version_rows.append(
                (
                    signal_id,
                    seen.isoformat(),
                    rng.choice(OBSERVERS),
                    rng.choice(list(SignalSource)).value,
                    rng.choice(list(ViolenceForm)).value,
                    fact_text(rng),
                    rng.choice(CONTEXTS),
                    _moment(seen, rng),
                    user_id,
                )
            )
    with db.transaction():
        db.executemany(
            "INSERT INTO cases (id, title, status, opened_at, opened_by, closed_at, closed_by,"
            " close_code, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            case_rows,
        )
        db.executemany(
            "INSERT INTO persons (id, case_id, role, name, date_of_birth, address, created_at,"
            " created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, '', ?, ?, ?, ?)",
            person_rows,
        )
        db.executemany(
            "INSERT INTO signals (id, case_id, created_at, created_by) VALUES (?, ?, ?, ?)",
            signal_rows,
        )
        db.executemany(
            "INSERT INTO signal_versions (signal_id, version, observed_on, observed_by, source,"
            " form, facts, interpretation, recorded_at, recorded_by)"
            " VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?)",
            version_rows,
        )
    return recent_open


def add_steps(vault: Vault, case_ids: list[int], seed: int = 11) -> None:
    """Step entries through the stores, in one transaction: consultations, conversations and
    decisions (which plan their follow-ups), so Vandaag has checks due, stuck cases and open
    feedback."""
    rng = random.Random(seed)
    with vault.db.transaction():
        for case_id in case_ids:
            if rng.random() < 0.4:
                continue
            held = TODAY - timedelta(days=rng.randrange(10, 300))
            vault.entries.add(
                case_id,
                Consultation(
                    held,
                    ConsulteeKind.VEILIG_THUIS,
                    rng.choice(["Veilig Thuis", "Collega", "Aandachtsfunctionaris"]),
                    client_named=False,
                    advice=rng.choice(["Bespreek de zorgen met de ouders.", "Eerst observeren."]),
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
                    present=rng.choice(["Moeder", "Vader", "Beide ouders"]),
                    said="Zorgen besproken.",
                    reaction=rng.choice(["Herkent het.", "Ontkent.", "Wil hulp."]),
                ),
            )
            if rng.random() < 0.4:
                continue
            report = rng.random() < 0.5
            vault.entries.add(
                case_id,
                Decision(
                    held + timedelta(days=10),
                    report,
                    "Structurele onveiligheid." if report else "Geen acute onveiligheid.",
                    True,
                    "Hulp via wijkteam.",
                    (HelpAgreement("Opvoedondersteuning", "Wijkteam", held + timedelta(days=90)),),
                    client_informed=True,
                ),
            )


def big_case(vault: Vault, signals: int = 500) -> int:
    """One case with `signals` signals and about fifty entries across the steps."""
    rng = random.Random(3)
    with vault.db.transaction():
        case = vault.cases.create(CaseDraft("Gezin Groot"))
        vault.persons.add(case.id, PersonDraft(PersonRole.CHILD, "Sam Groot", date(2017, 3, 1)))
        vault.persons.add(case.id, PersonDraft(PersonRole.CLIENT, "Noor Groot", date(1990, 6, 2)))
        start = TODAY - timedelta(days=700)
        for i in range(signals):
            vault.signals.add(
                case.id,
                SignalDraft(
                    start + timedelta(days=i % 700),
                    None,
                    rng.choice(OBSERVERS),
                    "own_observation",
                    "neglect",
                    fact_text(rng),
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
