"""A fictional case written to a real PostgreSQL through the sealed fields leaves none of its
words in the server's files or in a `pg_dump`, in UTF-8 or UTF-16; the search still finds it.
The same holds for a session through the program's own stores (`PracticeServer`): cases,
persons, signals, contacts, drafts, and searching them."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import psycopg
import pytest

from app.crypto import keyslots
from app.domain.enums import ContactRole, PersonRole
from app.domain.models import CaseDraft, ContactDraft, PersonDraft, SignalDraft, UserDraft
from app.server import search
from app.server.database import ServerDatabase as StoreConnection
from app.server.fields import BlindIndex, FieldCodec, Place
from app.server.practice import PracticeServer
from app.server.schema import apply_schema, next_id, set_practice
from tests.entry_values import consultation
from tests.server.conftest import PROGRAM_ROLE, ServerDatabase

pytestmark = pytest.mark.real_components

DATA_KEY = keyslots.new_data_key()
CODEC = FieldCodec(DATA_KEY)
INDEX = BlindIndex(DATA_KEY)
NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
Conn = psycopg.Connection[Any]

TITLE = "Gezin Verhoeven-Testmarker"
PEOPLE = [
    ("kind", "Marieke Verhoeven-Testmarker", "918273645", "Lindelaan 17-Testmarker"),
    ("ouder", "Ayşe Yılmaz-Testmarker", "827364519", "Kerkstraat 4"),
    ("ouder", "Олена Коваленко-Маркер", None, ""),
    ("vermoedelijke pleger", "محمد العلوي المرقم", None, ""),
    ("kind", "张伟明标记", None, ""),
]
FACTS = [
    "Marieke zei: 'papa sloeg mama met de riem' Testmarker-feit",
    "Дитина сказала: мама плакала всю ніч маркерфакт",
    "قال الطفل إن أباه ضربه بالحزام علامةحقيقة",
    "ሕፃኑ ተባሂሉ ኣብ ገዛ ምኻድ ኣይደልን ምልክት",
    "孩子说爸爸打了妈妈标记事实",
]
# Everything above that must never be readable on the server.
MARKERS = (
    [TITLE]
    + [p[1] for p in PEOPLE]
    + [p[2] for p in PEOPLE if p[2]]
    + [p[3] for p in PEOPLE if p[3]]
    + FACTS
)
CONTROL = "Onversleuteld-Controle-Q7x"


def encodings(marker: str) -> Iterable[bytes]:
    yield marker.encode("utf-8")
    yield marker.encode("utf-16-le")
    yield marker.encode("utf-16-be")


def hits_in(raw: bytes, markers: Iterable[str]) -> set[str]:
    return {m for m in markers if any(e in raw for e in encodings(m))}


def hits_below(folder: Path, markers: list[str]) -> dict[str, set[Path]]:
    found: dict[str, set[Path]] = {}
    for path in folder.rglob("*"):
        if path.is_file():
            for marker in hits_in(path.read_bytes(), markers):
                found.setdefault(marker, set()).add(path)
    return found


def write_case(conn: Conn, login: str) -> int:
    """A case with people, signals, a consultation, a draft and log rows, all sealed."""
    with conn.transaction():
        user_id = next_id(conn, "users")
        conn.execute(
            "INSERT INTO meldcode.users (id, login, work_role, created_at, display_name, role,"
            " phone) VALUES (%s, %s, 'hulpverlener', %s, %s, %s, %s)",
            (
                user_id,
                login,
                NOW,
                CODEC.seal_text(Place("users", "display_name", user_id), "Dr. Anna de Vries"),
                CODEC.seal_text(Place("users", "role", user_id), "huisarts"),
                CODEC.seal_text(Place("users", "phone", user_id), "06-12345678"),
            ),
        )
        case_id = next_id(conn, "cases")
        conn.execute(
            "INSERT INTO meldcode.cases (id, opened_at, opened_by, updated_at, title,"
            " close_reason) VALUES (%s, %s, %s, %s, %s, %s)",
            (
                case_id,
                NOW,
                user_id,
                NOW,
                CODEC.seal_text(Place("cases", "title", case_id), TITLE),
                CODEC.seal_text(Place("cases", "close_reason", case_id), None),
            ),
        )
        texts: list[tuple[search.Source, int, str]] = [("case", case_id, TITLE)]
        for role, name, bsn, address in PEOPLE:
            person_id = next_id(conn, "persons")

            def sealed(column: str, value: str | None, row: int = person_id) -> bytes:
                return CODEC.seal_text(Place("persons", column, row), value)

            conn.execute(
                "INSERT INTO meldcode.persons (id, case_id, created_at, created_by, updated_at,"
                " updated_by, role, name, date_of_birth, bsn, address, school_or_childcare)"
                " VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
                (
                    person_id,
                    case_id,
                    NOW,
                    user_id,
                    NOW,
                    user_id,
                    sealed("role", role),
                    sealed("name", name),
                    sealed("date_of_birth", "2019-05-04"),
                    sealed("bsn", bsn),
                    sealed("address", address),
                    sealed("school_or_childcare", ""),
                ),
            )
            texts.append(("person", person_id, name))
        for facts in FACTS:
            signal_id = next_id(conn, "signals")
            conn.execute(
                "INSERT INTO meldcode.signals (id, case_id, created_at, created_by)"
                " VALUES (%s, %s, %s, %s)",
                (signal_id, case_id, NOW, user_id),
            )
            version_id = next_id(conn, "signal_versions")
            sealed = {
                "observed_time": None,
                "observed_by": "Anna",
                "source": "own_observation",
                "form": "physical_abuse",
                "facts": facts,
                "interpretation": "",
                "correction_reason": None,
                "signs": "[]",
            }
            conn.execute(
                "INSERT INTO meldcode.signal_versions (id, signal_id, version, observed_on,"
                f" recorded_at, recorded_by, {', '.join(sealed)})"
                f" VALUES (%s, %s, 1, %s, %s, %s{', %s' * len(sealed)})",
                (
                    version_id,
                    signal_id,
                    date(2026, 3, 1),
                    NOW,
                    user_id,
                    *(
                        CODEC.seal_text(Place("signal_versions", column, version_id), value)
                        for column, value in sealed.items()
                    ),
                ),
            )
            texts.append(("signal", signal_id, facts))
        entry_id = next_id(conn, "case_entries")
        conn.execute(
            "INSERT INTO meldcode.case_entries (id, case_id, kind, created_at, created_by)"
            " VALUES (%s, %s, 'consultation', %s, %s)",
            (entry_id, case_id, NOW, user_id),
        )
        version_id = next_id(conn, "case_entry_versions")
        payload = json.dumps({"advice": FACTS[0], "with": PEOPLE[1][1]}, ensure_ascii=False)
        conn.execute(
            "INSERT INTO meldcode.case_entry_versions (id, entry_id, version, change, event_on,"
            " recorded_at, recorded_by, payload, change_reason)"
            " VALUES (%s, %s, 1, 'created', %s, %s, %s, %s, %s)",
            (
                version_id,
                entry_id,
                date(2026, 3, 2),
                NOW,
                user_id,
                CODEC.seal_bytes(
                    Place("case_entry_versions", "payload", version_id), payload.encode()
                ),
                CODEC.seal_text(Place("case_entry_versions", "change_reason", version_id), None),
            ),
        )
        draft_id = next_id(conn, "drafts")
        conn.execute(
            "INSERT INTO meldcode.drafts (id, user_id, case_id, form, saved_at, payload)"
            " VALUES (%s, %s, %s, 'signal', %s, %s)",
            (
                draft_id,
                user_id,
                case_id,
                NOW,
                CODEC.seal_bytes(Place("drafts", "payload", draft_id), FACTS[1].encode("utf-8")),
            ),
        )
        for source, source_id, text in texts:
            search.replace_tokens(conn, INDEX, source, source_id, case_id, text)
    return case_id


def find(conn: Conn, text: str) -> set[int]:
    return search.matching_cases(conn, INDEX, text) or set()


@pytest.fixture
def written(server_db: ServerDatabase) -> tuple[ServerDatabase, int]:
    with server_db.connect_admin() as admin:
        apply_schema(admin, PROGRAM_ROLE)
    with server_db.connect_program() as conn:
        case_id = write_case(conn, CONTROL)
        # Read back as the program would: everything opens, exactly.
        row = conn.execute("SELECT title FROM meldcode.cases WHERE id = %s", (case_id,)).fetchone()
        assert row is not None
        assert CODEC.open_text(Place("cases", "title", case_id), bytes(row[0])) == TITLE
        names = [
            CODEC.open_text(Place("persons", "name", int(pid)), bytes(sealed))
            for pid, sealed in conn.execute(
                "SELECT id, name FROM meldcode.persons ORDER BY id"
            ).fetchall()
        ]
        assert names == [p[1] for p in PEOPLE]
    with server_db.connect_admin() as admin:
        # Every page on disk, as a copy of the data folder or a backup of it would hold it.
        admin.execute("CHECKPOINT")
    return server_db, case_id


def test_the_scan_sees_every_encoding() -> None:
    for marker in MARKERS:
        for encoded in encodings(marker):
            assert hits_in(b"\x00junk" + encoded + b"junk", [marker]) == {marker}
    assert hits_in("Marieke".encode("utf-16-be"), ["Marieke"]) == {"Marieke"}


def test_neither_the_data_folder_nor_a_dump_holds_case_data(
    written: tuple[ServerDatabase, int],
) -> None:
    server_db, _ = written
    server = server_db.server
    on_disk = hits_below(server.root, [*MARKERS, CONTROL])
    dump = server.pg_dump(server_db.name)
    in_dump = hits_in(dump, [*MARKERS, CONTROL])
    # The control: a login is stored in the clear, so the scans can find what is there.
    assert CONTROL in on_disk, "the scan found not even the unsealed control"
    assert CONTROL in in_dump
    assert b"meldcode.signal_versions" in dump
    assert {m: sorted(map(str, p)) for m, p in on_disk.items() if m != CONTROL} == {}
    assert in_dump - {CONTROL} == set()


def test_search_finds_the_case_without_the_server_reading_text(
    written: tuple[ServerDatabase, int],
) -> None:
    server_db, case_id = written
    with server_db.connect_program() as conn:
        assert find(conn, "verhoeven") == {case_id}
        assert find(conn, "Ayse Yilmaz") == {case_id}
        assert find(conn, "олена") == {case_id}
        assert find(conn, "riem papa") == {case_id}
        assert find(conn, "Jansen") == set()
        # Words from two different people are not one person.
        assert find(conn, "Marieke Yilmaz") == set()
        assert search.matching_cases(conn, INDEX, "a") is None
        # A renamed person is found by the new name only.
        person_id = conn.execute("SELECT min(id) FROM meldcode.persons").fetchone()
        assert person_id is not None
        search.replace_tokens(conn, INDEX, "person", person_id[0], case_id, "Sanne de Wit")
        assert find(conn, "sanne") == {case_id}
        assert find(conn, "marieke verhoeven") == set()
        assert find(conn, "marieke") == {case_id}  # still in a signal's facts


# Written through the program's own stores (`PracticeServer`), not by hand: what a real session
# leaves on the server. A user's phone, job title and name are as private as a case's words.
STORE_USER = UserDraft("Dr. Opslag Markerzoon", "jeugdarts-markerberoep", "06-99887766")
STORE_TEXTS = {
    "title": "Gezin Opslagmarker-Bakker",
    "renamed": "Gezin Opslagmarker-De Wit",
    "child": "Noor Opslagmarker",
    "parent": "Ayşe Opslagmarkerova",
    "address": "Molenweg 9-Opslagmarker",
    "school": "Basisschool De Opslagmarker",
    "facts": "Noor vertelde over de riem opslagmarkerfeit",
    "facts_uk": "Дитина сказала маркеропслагу",
    "corrected": "Noor vertelde over de riem, gecorrigeerd opslagmarkerfeit",
    "reason": "Verkeerd genoteerd opslagmarkerreden",
    "interpretation": "Mogelijk opslagmarkerduiding",
    "observer": "Juf Opslagmarkerina",
    "close": "Overgedragen aan opslagmarkerteam",
    "colleague": "Bram Opslagmarkercollega",
    "contact": "Wijkagent Opslagmarkerveld",
    "contact_org": "Politie Opslagmarkerdorp",
    "contact_mail": "opslagmarker@voorbeeld.nl",
    "contact_notes": "Bellen via opslagmarkerlijn",
    "contact_changed": "Wijkagent Opslagmarkerberg",
    "draft": "Half getypt opslagmarkerconcept",
    "draft_again": "Verder getypt opslagmarkerconcept",
    "advice": "Bespreek het met opslagmarkeradvies",
    "advice_corrected": "Bespreek het eerst met opslagmarkerhuisarts",
    "entry_reason": "Advies verkeerd overgenomen opslagmarkerstap",
    "withdraw_reason": "Bij de verkeerde casus opslagmarkerintrek",
}
STORE_CONTACT_PHONE = "0612398745"
STORE_BSN = "111222333"
STORE_CONTROL = "controle-login-Z9q"


def test_a_session_through_the_stores_leaves_no_case_data_on_the_server(
    server_db: ServerDatabase,
) -> None:
    with server_db.connect_admin() as admin:
        apply_schema(admin, PROGRAM_ROLE)
        set_practice(admin, "praktijk-opslag")
    t = STORE_TEXTS
    with PracticeServer.start(
        StoreConnection(server_db.connect_program()),
        keyslots.new_data_key(),
        STORE_USER,
        STORE_CONTROL,
        "een lange wachtzin voor de test",
    ) as server:
        colleague = server.add_user(
            UserDraft(t["colleague"], "", ""), "collega-login", "nog een lange wachtzin"
        )
        case = server.cases.create(CaseDraft(t["title"]))
        server.cases.rename(case.id, CaseDraft(t["renamed"]))
        child = server.persons.add(
            case.id,
            PersonDraft(
                PersonRole.CHILD, t["child"], date(2018, 2, 3), STORE_BSN, t["address"], t["school"]
            ),
        )
        server.persons.update(
            child.id, PersonDraft(PersonRole.CHILD, t["child"], None, STORE_BSN, t["address"])
        )
        server.persons.add(case.id, PersonDraft(PersonRole.PARENT_OR_CARER, t["parent"]))
        seen = SignalDraft(
            observed_on=date(2026, 3, 1),
            observed_time=None,
            observed_by=t["observer"],
            source="own_observation",
            form="physical_abuse",
            facts=t["facts"],
            interpretation=t["interpretation"],
        )
        signal = server.signals.add(case.id, seen)
        server.signals.correct(signal.id, replace(seen, facts=t["corrected"]), t["reason"])
        server.signals.add(case.id, replace(seen, facts=t["facts_uk"]))
        advised = server.entries.add(case.id, consultation(advice=t["advice"]))
        server.entries.correct(
            advised.id, consultation(advice=t["advice_corrected"]), t["entry_reason"]
        )
        server.entries.withdraw(advised.id, t["withdraw_reason"])
        server.share_case(case.id, colleague.id)
        contact = server.contacts.add(
            ContactDraft(
                ContactRole.POLICE,
                t["contact"],
                t["contact_org"],
                STORE_CONTACT_PHONE,
                t["contact_mail"],
                t["contact_notes"],
            )
        )
        server.contacts.update(
            contact.id,
            ContactDraft(ContactRole.POLICE, t["contact_changed"], t["contact_org"]),
            contact.row_version,
        )
        first = server.drafts.save(case.id, "signal", {"facts": t["draft"]})
        server.drafts.save(case.id, "signal", {"facts": t["draft_again"]}, first.row_version)
        server.drafts.save(None, "signal", {"facts": t["draft"]})
        # The search finds the case by a name's beginning, without its accent, and by the
        # corrected signal's words, while the server holds no word of any of them.
        assert server.cases.matching_ids("opslagmarkerova ayse") == {case.id}
        assert server.cases.matching_ids("gecorrigeerd") == {case.id}
        assert server.cases.matching_ids("маркеропслагу") == {case.id}
        server.cases.close(case.id, t["close"])
        # Read back through the stores: everything opens, exactly.
        assert server.cases.get(case.id).close_reason == t["close"]
        assert [p.name for p in server.persons.for_case(case.id)] == [t["child"], t["parent"]]
        assert [c.name for c in server.contacts.find()] == [t["contact_changed"]]
        (history,) = server.entries.for_case(case.id, include_withdrawn=True)
        assert [(v.value.advice, v.change_reason) for v in history.versions] == [
            (t["advice"], None),
            (t["advice_corrected"], t["entry_reason"]),
            (t["advice_corrected"], t["withdraw_reason"]),
        ]
        kept = server.drafts.load(case.id, "signal")
        assert kept is not None and kept.payload == {"facts": t["draft_again"]}
        assert server.audit.verify() == []
    with server_db.connect_admin() as admin:
        admin.execute("CHECKPOINT")
    markers = [
        *t.values(),
        STORE_USER.display_name,
        STORE_USER.role,
        STORE_USER.phone,
        STORE_BSN,
        STORE_CONTACT_PHONE,
    ]
    server = server_db.server
    on_disk = hits_below(server.root, [*markers, STORE_CONTROL])
    dump = server.pg_dump(server_db.name)
    in_dump = hits_in(dump, [*markers, STORE_CONTROL])
    assert STORE_CONTROL in on_disk and STORE_CONTROL in in_dump
    assert {m: sorted(map(str, p)) for m, p in on_disk.items() if m != STORE_CONTROL} == {}
    assert in_dump - {STORE_CONTROL} == set()
