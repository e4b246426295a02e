"""`meldcode-werkplek server import-vault` on a real PostgreSQL: a vault with cases, persons,
corrected signals, step entries with their versions, contacts, shares, a link and two users is
moved to the server whole (with its log), checked, and never changed itself; a second import
is refused; a server stopped halfway keeps nothing; the server's files hold none of its words;
the command line explains its failures in Dutch without a traceback."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import sys
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest

from app.cli import main
from app.crypto import keyslots
from app.crypto.device_secret import DeviceSecretStore
from app.crypto.keyslots import KeyFile, KnownHead
from app.domain.entries import Consultation, Decision, FollowUp, KindCheck
from app.domain.enums import ConsulteeKind, ContactRole, DependantSafety, PersonRole
from app.domain.models import CaseDraft, ContactDraft, PersonDraft, UserDraft
from app.domain.payload import to_payload
from app.domain.roles import CaseVisibility
from app.errors import (
    ServerBehind,
    ServerFailed,
    ServerUnreachable,
    UnlockThrottled,
    ValidationError,
)
from app.server import importer, schema
from app.server.database import ServerDatabase as StoreConnection
from app.server.practice import PracticeServer
from app.store.access_log import LogFilter
from app.timeutil import clock_at
from app.vault.attempts import AttemptTracker
from app.vault.audit import AuditEvent
from app.vault.database import Database
from app.vault.holders import user_attempt_key
from app.vault.location import VaultLocation
from app.vault.vault import Vault
from tests.entry_values import (
    consultation,
    conversation,
    decision,
    kindcheck,
    report_registration,
    signal_draft,
    walked,
)
from tests.postgres_server import SUPERUSER, PostgresServer, find_bindir
from tests.server.conftest import PROGRAM_ROLE, ServerDatabase
from tests.server.test_no_plaintext_on_server import hits_below, hits_in
from tests.support import TEST_PASSPHRASE

pytestmark = pytest.mark.real_components

ADMIN = UserDraft("Anna de Vries", "huisarts", "020 123 4567")
ADMIN_LOGIN = "avries"
SERVER_PASSPHRASE = "de wachtzin van de beheerder op de server"
COLLEAGUE = "Bram Importcollega"
COLLEAGUE_PASSPHRASE = "de wachtzin van een collega"
MARK = {
    "title": "Gezin Importmarker-Verhoeven",
    "title_b": "Gezin Importmarker-Bakker",
    "title_c": "Gezin Importmarker-Closed",
    "child": "Noor Importmarker",
    "parent": "Ayşe Importmarkerova",
    "address": "Molenweg 9-Importmarker",
    "facts": "Noor vertelde over de riem importmarkerfeit",
    "corrected": "Noor vertelde over de riem, gecorrigeerd importmarkerfeit",
    "reason": "Verkeerd genoteerd importmarkerreden",
    "facts_b": "Дитина сказала імпортмаркер",
    "advice": "Bespreek het met de ouders importmarkeradvies",
    "said": "Moeder zei importmarkergesprek",
    "withdrawn": "Per ongeluk vastgelegd importmarkerintrekking",
    "contact": "Wijkagent Importmarkerveld",
    "close": "Overgedragen aan importmarkerteam",
    "children": "Kinderen Importmarker",
}
BSN = "111222333"
START = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)


def file_hashes(location: VaultLocation) -> dict[str, str]:
    """The vault's own files (its database, write-ahead file and key file). The empty file the
    session lock is taken on stays behind after any session, as it does after the program."""
    kept = (location.db_path, location.keys_path, *location.sidecars(location.db_path))
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in kept if path.exists()
    }


@dataclass
class FilledVault:
    location: VaultLocation
    recovery_code: str
    case_ids: list[int]
    colleague_id: int


def fill_vault(location: VaultLocation, device_store: DeviceSecretStore) -> FilledVault:
    """A vault as a small practice leaves it: two users, three cases (one closed, one the
    colleague's and shared), corrected signals, entries with versions, a contact, a link."""
    moment = iter(START + timedelta(minutes=7 * n) for n in range(1000))
    with clock_at(next(moment)):
        vault, code = Vault.create(location, ADMIN, TEST_PASSPHRASE, device_store)
    try:
        with clock_at(next(moment)):
            colleague = vault.add_user(
                UserDraft(COLLEAGUE, "jeugdarts", "06-11112222"),
                COLLEAGUE_PASSPHRASE,
                COLLEAGUE_PASSPHRASE,
                device_store,
                first_passphrase=False,
            )
        with clock_at(next(moment)):
            contact = vault.contacts.add(
                ContactDraft(ContactRole.POLICE, MARK["contact"], "Politie", "0612398745")
            )
        with clock_at(next(moment)):
            case = vault.cases.create(CaseDraft(MARK["title"]))
        with clock_at(next(moment)):
            vault.persons.add(
                case.id,
                PersonDraft(
                    PersonRole.CHILD, MARK["child"], date(2018, 2, 3), BSN, MARK["address"]
                ),
            )
        with clock_at(next(moment)):
            vault.persons.add(case.id, PersonDraft(PersonRole.CLIENT, MARK["parent"]))
        seen = signal_draft(MARK["facts"], observed_on=date(2026, 3, 1))
        with clock_at(next(moment)):
            signal = vault.signals.add(case.id, seen)
        with clock_at(next(moment)):
            vault.signals.correct(signal.id, replace(seen, facts=MARK["corrected"]), MARK["reason"])
        with clock_at(next(moment)):
            check = vault.entries.add(
                case.id,
                kindcheck(
                    checked_on=date(2026, 3, 2), safety=DependantSafety.AT_STAKE, children_count=2
                ),
            )
        with clock_at(next(moment)):
            children = vault.cases.create_for_children(check.id, CaseDraft(MARK["children"]))
        with clock_at(next(moment)):
            talk = vault.entries.add(
                case.id,
                consultation(
                    held_on=date(2026, 3, 3),
                    consultee_kind=ConsulteeKind.VEILIG_THUIS,
                    contact_id=contact.id,
                    advice=MARK["advice"],
                ),
            )
        with clock_at(next(moment)):
            vault.entries.correct(
                talk.id, replace(talk.value, next_step="Gesprek plannen"), "Aangevuld"
            )
        with clock_at(next(moment)):
            spoken = vault.entries.add(
                case.id, conversation(held_on=date(2026, 3, 4), said=MARK["said"])
            )
        with clock_at(next(moment)):
            vault.entries.withdraw(spoken.id, MARK["withdrawn"])
        with clock_at(next(moment)):
            weging = vault.assessments.record(case.id, walked())
        with clock_at(next(moment)):
            decided = vault.entries.add(
                case.id, decision(decided_on=date(2026, 3, 5), assessment_id=weging.id)
            )
        with clock_at(next(moment)):
            vault.reports.register(
                case.id, report_registration(decided.id, made_on=date(2026, 3, 6))
            )
        with clock_at(next(moment)):
            vault.share_case(case.id, colleague.id)
        with clock_at(next(moment)):
            closed = vault.cases.create(CaseDraft(MARK["title_c"]))
        with clock_at(next(moment)):
            vault.cases.close(closed.id, MARK["close"])
        with clock_at(next(moment)):
            vault.cases.open(case.id)
    finally:
        vault.lock()
    with clock_at(next(moment)):
        as_colleague = Vault.unlock(location, colleague.id, COLLEAGUE_PASSPHRASE, device_store)
    try:
        with clock_at(next(moment)):
            own = as_colleague.cases.create(CaseDraft(MARK["title_b"]))
        with clock_at(next(moment)):
            as_colleague.signals.add(
                own.id, signal_draft(MARK["facts_b"], observed_on=date(2026, 3, 8))
            )
        with clock_at(next(moment)):
            as_colleague.signals.correct(
                as_colleague.signals.for_case(case.id)[0].id,
                replace(seen, facts=MARK["corrected"], interpretation="Zorgelijk"),
                "Duiding toegevoegd",
            )
    finally:
        as_colleague.lock()
    return FilledVault(location, code, [case.id, children.id, closed.id, own.id], colleague.id)


# Each table's ids start elsewhere on the server, so a vault id used where the server's was
# meant (or one table's id for another's) never points at the right row by chance.
SEQUENCED = (
    "users",
    "cases",
    "persons",
    "signals",
    "signal_versions",
    "case_entries",
    "case_entry_versions",
    "case_links",
    "contacts",
    "drafts",
)


def start_server(database: ServerDatabase) -> None:
    """A practice server already in use: its beheerder (named as the vault's first user) and
    a case, a person, a signal and a contact of its own."""
    with database.connect_admin() as admin:
        schema.apply_schema(admin, PROGRAM_ROLE)
        schema.set_practice(admin, f"praktijk-{database.name}")
        for number, table in enumerate(SEQUENCED, start=1):
            admin.execute(
                "SELECT setval(pg_get_serial_sequence(%s, 'id'), %s)",
                (f"meldcode.{table}", 1000 * number + number),
            )
    with PracticeServer.start(
        StoreConnection(database.connect_program()),
        keyslots.new_data_key(),
        ADMIN,
        ADMIN_LOGIN,
        SERVER_PASSPHRASE,
    ) as server:
        existing = server.cases.create(CaseDraft("Al op de server"))
        server.persons.add(existing.id, PersonDraft(PersonRole.CHILD, "Kind op de server"))
        server.signals.add(existing.id, signal_draft("Al eerder op de server vastgelegd"))
        server.contacts.add(ContactDraft(ContactRole.POLICE, "Contact op de server"))


def server_rows(database: ServerDatabase, table: str) -> int:
    with database.connect_admin() as admin:
        row = admin.execute(f"SELECT count(*) FROM meldcode.{table}").fetchone()
    assert row is not None
    return int(row[0])


def unlock(url: str) -> PracticeServer:
    return PracticeServer.unlock(
        StoreConnection(psycopg.connect(url, autocommit=True)), ADMIN_LOGIN, SERVER_PASSPHRASE
    )


@pytest.fixture
def filled(location: VaultLocation, device_store: DeviceSecretStore) -> FilledVault:
    return fill_vault(location, device_store)


@pytest.fixture
def server_ready(server_db: ServerDatabase) -> ServerDatabase:
    start_server(server_db)
    return server_db


def do_import(
    url: str, filled: FilledVault, progress: importer.Progress | None = None
) -> tuple[importer.ImportResult, importer.CheckReport]:
    with (
        unlock(url) as server,
        importer.open_vault(filled.location.folder, user_id=1, passphrase=TEST_PASSPHRASE) as vault,
    ):
        result = importer.import_vault(server, vault, progress=progress)
        return result, importer.check_import(server, vault, result)


# What an entry's content names, and the table of the row it names.
REFERENCES = {
    "contact_id": "contacts",
    "assessment_id": "case_entries",
    "decision_id": "case_entries",
}


def on_the_server(payload: dict[str, Any], ids: importer.IdMap) -> dict[str, Any]:
    """A vault entry's content as it should read on the server: its references carried."""
    return {
        key: ids.tables[REFERENCES[key]][value]
        if key in REFERENCES and value is not None
        else value
        for key, value in payload.items()
    }


def entry_versions(server: PracticeServer, case_id: int) -> list[tuple[Any, ...]]:
    rows = server.db.execute(
        "SELECT v.id, e.kind, v.version, v.change, v.change_reason, v.payload, v.recorded_at,"
        " v.recorded_by, v.event_on FROM case_entry_versions v JOIN case_entries e"
        " ON e.id = v.entry_id WHERE e.case_id = ? ORDER BY e.id, v.version",
        (case_id,),
    )
    seal = server.sealer
    return [
        (
            r[1],
            r[2],
            r[3],
            seal.open("case_entry_versions", "change_reason", int(r[0]), r[4]),
            json.loads(seal.open("case_entry_versions", "payload", int(r[0]), r[5]) or ""),
            r[6],
            r[7],
            r[8],
        )
        for r in rows
    ]


def test_a_vault_moves_whole_and_the_check_finds_nothing_left_behind(
    filled: FilledVault, server_ready: ServerDatabase, device_store: DeviceSecretStore
) -> None:
    before = file_hashes(filled.location)
    result, report = do_import(server_ready.program_url, filled)
    assert report.sound, report
    assert report.vault_counts == report.server_counts
    assert report.vault_counts["cases"] == 4
    assert report.vault_counts["signal_versions"] == 4
    assert report.cases_compared == 4 and report.differing_cases == []
    # The vault itself is exactly as it was: it can be archived.
    assert file_hashes(filled.location) == before

    cases = result.ids.tables["cases"]
    # New ids on the server, none the same as in the vault.
    for table, ids in result.ids.tables.items():
        assert all(vault_id != server_id for vault_id, server_id in ids.items()), table
    users = {link.vault_user_id: link for link in result.users}
    # The vault's first user has the server beheerder's name: the same person. The colleague
    # is new on the server, without a login or key slot, and no beheerder.
    assert not users[1].created
    assert users[filled.colleague_id].created
    colleague_on_server = users[filled.colleague_id].server_user_id

    vault = Vault.unlock(filled.location, 1, TEST_PASSPHRASE, device_store)
    vault.set_case_visibility(CaseVisibility.ALL)
    with unlock(server_ready.program_url) as server:
        server.settings.set_case_visibility(CaseVisibility.ALL)
        new_user = next(u for u in server.users() if u.id == colleague_on_server)
        assert (new_user.display_name, new_user.is_admin) == (COLLEAGUE, False)
        assert server.db.scalar("SELECT login FROM users WHERE id = ?", (new_user.id,)) is None
        assert not [s for s in schema.load_slots(server.db.connection) if s.user_id == new_user.id]

        def as_server(user_id: int | None) -> int | None:
            return None if user_id is None else users[user_id].server_user_id

        for vault_case in filled.case_ids:
            on_vault, on_server = vault.cases.get(vault_case), server.cases.get(cases[vault_case])
            assert on_server.title == on_vault.title
            assert (on_server.status, on_server.close_code, on_server.close_reason) == (
                on_vault.status,
                on_vault.close_code,
                on_vault.close_reason,
            )
            assert (on_server.opened_at, on_server.updated_at, on_server.closed_at) == (
                on_vault.opened_at,
                on_vault.updated_at,
                on_vault.closed_at,
            )
            assert on_server.opened_by == as_server(on_vault.opened_by)
            assert on_server.closed_by == as_server(on_vault.closed_by)
            assert [
                (p.role, p.name, p.date_of_birth, p.bsn, p.address, p.created_at)
                for p in server.persons.for_case(on_server.id)
            ] == [
                (p.role, p.name, p.date_of_birth, p.bsn, p.address, p.created_at)
                for p in vault.persons.for_case(vault_case)
            ]
            vault_signals = vault.signals.for_case(vault_case)
            server_signals = server.signals.for_case(on_server.id)
            assert len(server_signals) == len(vault_signals)
            for mine, theirs in zip(vault_signals, server_signals, strict=True):
                assert theirs.created_at == mine.created_at
                assert [replace(v, recorded_by=0) for v in theirs.versions] == [
                    replace(v, recorded_by=0) for v in mine.versions
                ]
                assert [v.recorded_by for v in theirs.versions] == [
                    as_server(v.recorded_by) for v in mine.versions
                ]
            # Every entry version, withdrawn and corrected ones too, with its moment and maker.
            vault_entries = vault.entries.for_case(vault_case, include_withdrawn=True)
            expected = [
                (e.kind.value, v.version, v.change.value, v.change_reason, v.recorded_at)
                for e in vault_entries
                for v in e.versions
            ]
            got = entry_versions(server, on_server.id)
            assert [(g[0], g[1], g[2], g[3], g[5]) for g in got] == expected
            assert [g[6] for g in got] == [
                as_server(v.recorded_by) for e in vault_entries for v in e.versions
            ]
            # And as the server's own entry store reads them: the same values, the rows they
            # name given their server ids.
            server_entries = server.entries.for_case(on_server.id, include_withdrawn=True)
            assert [
                (
                    e.kind,
                    e.created_at,
                    e.created_by,
                    [
                        (
                            v.version,
                            v.change,
                            v.change_reason,
                            v.recorded_at,
                            v.recorded_by,
                            v.recorded_by_name,
                            to_payload(v.value),
                        )
                        for v in e.versions
                    ],
                )
                for e in server_entries
            ] == [
                (
                    e.kind,
                    e.created_at,
                    as_server(e.created_by),
                    [
                        (
                            v.version,
                            v.change,
                            v.change_reason,
                            v.recorded_at,
                            as_server(v.recorded_by),
                            v.recorded_by_name,
                            on_the_server(to_payload(v.value), result.ids),
                        )
                        for v in e.versions
                    ],
                )
                for e in vault_entries
            ]
            # The day each step happened is kept in the clear for the registrations.
            days = {g[0]: g[7] for g in got}
            if vault_case == filled.case_ids[0]:
                assert days["consultation"] == date(2026, 3, 3)
                assert days["report"] == date(2026, 3, 6)
                assert {g[2] for g in got} >= {"created", "corrected", "withdrawn"}
                # References inside an entry point at the server's rows.
                entry_ids = result.ids.tables["case_entries"]
                payloads = {g[0]: g[4] for g in got}
                decision_id = next(e.id for e in vault_entries if isinstance(e.value, Decision))
                assert payloads["report"]["decision_id"] == entry_ids[decision_id]
                contact_id = next(
                    e.value.contact_id for e in vault_entries if isinstance(e.value, Consultation)
                )
                assert contact_id is not None
                assert (
                    payloads["consultation"]["contact_id"]
                    == (result.ids.tables["contacts"][contact_id])
                )
                follow_ups = [e for e in vault_entries if isinstance(e.value, FollowUp)]
                assert follow_ups and all(
                    p["decision_id"] == entry_ids[decision_id]
                    for kind, p in ((g[0], g[4]) for g in got)
                    if kind == "follow_up"
                )
                assert any(isinstance(e.value, KindCheck) for e in vault_entries)
            # The case's access history reads on the server as it did in the vault.
            vault_log = vault.access_log.all_rows(LogFilter(case_id=vault_case))
            server_log = server.access_log.all_rows(LogFilter(case_id=on_server.id))
            assert [(r.at, r.event, r.user_name) for r in server_log] == [
                (r.at, r.event, r.user_name) for r in vault_log
            ]
        # The practice manager's registrations and jaaroverzicht read alike from the imported
        # steps (found on the server by the day the import kept in the clear).
        span = (date(2026, 1, 1), date(2026, 12, 31))
        assert [
            (r.day, r.kind, r.case_id, r.organisation, r.channel, r.vt_reference)
            for r in server.registrations.between(*span)
        ] == [
            (r.day, r.kind, cases[r.case_id], r.organisation, r.channel, r.vt_reference)
            for r in vault.registrations.between(*span)
        ]
        assert server.registrations.between(*span)
        # (The server held a case of its own before the import: the steps' figures compare.)
        on_server, on_vault = server.annual.annual_figures(2026), vault.annual.annual_figures(2026)
        for figure in ("months", "reports_per_organisation", "weighing_outcomes", "kindchecks"):
            assert getattr(on_server, figure) == getattr(on_vault, figure), figure
        assert on_server.days_to_decision == on_vault.days_to_decision
        links = server.cases.links(cases[filled.case_ids[0]])
        assert [(link.linked_case_id, link.linked_title) for link in links] == [
            (cases[filled.case_ids[1]], MARK["children"])
        ]
        assert [u.id for u in server.shared_with(cases[filled.case_ids[0]])] == [
            colleague_on_server
        ]
        assert sorted(c.name for c in server.contacts.find()) == [
            "Contact op de server",
            MARK["contact"],
        ]
        # Found by the beginnings of its words, as on the vault.
        assert server.cases.matching_ids("importmarkerova") == {cases[filled.case_ids[0]]}
        assert server.cases.matching_ids("gecorrigeerd") == {cases[filled.case_ids[0]]}
        assert server.cases.matching_ids("імпортмаркер") == {cases[filled.case_ids[3]]}
        # The server's chain holds the vault's rows and the import itself, unbroken.
        assert server.audit.verify() == []
        imported = server.audit.entries()
        marker = next(e for e in imported if e.event == AuditEvent.VAULT_IMPORTED)
        assert f"first_seq={result.first_seq};last_seq={result.last_seq}" in marker.detail
        assert importer.imported_at(server.db, result.vault_id) is not None
    vault.lock()


def test_a_second_import_of_the_same_vault_is_refused(
    filled: FilledVault, server_ready: ServerDatabase
) -> None:
    do_import(server_ready.program_url, filled)
    with server_ready.connect_admin() as admin:
        counts = {
            t: admin.execute(f"SELECT count(*) FROM meldcode.{t}").fetchone()
            for t in (
                "cases",
                "signal_versions",
                "audit_log",
            )
        }
    with pytest.raises(importer.VaultImportRefused) as refused:
        do_import(server_ready.program_url, filled)
    assert "al naar deze praktijkserver overgezet" in refused.value.message.format()
    with server_ready.connect_admin() as admin:
        after = {t: admin.execute(f"SELECT count(*) FROM meldcode.{t}").fetchone() for t in counts}
    # Only the two sessions' unlock and lock rows were added to the log.
    assert after["cases"] == counts["cases"]
    assert after["signal_versions"] == counts["signal_versions"]


def test_a_damaged_vault_is_refused_before_anything_is_written(
    filled: FilledVault, server_ready: ServerDatabase
) -> None:
    # The key file knows a later link of the log than the vault holds: rolled back or cut.
    keys = KeyFile.load(filled.location.keys_path)
    keys.audit_head = KnownHead(10_000, bytes(32))
    keys.save(filled.location.keys_path)
    with pytest.raises(importer.VaultImportRefused) as refused:
        do_import(server_ready.program_url, filled)
    assert "beschadigd" in refused.value.message.format()
    assert server_rows(server_ready, "cases") == 1


@pytest.fixture
def own_server() -> Iterator[PostgresServer]:
    """A server of this test alone, so stopping it harms no other test."""
    server = PostgresServer(find_bindir())
    try:
        server.start()
        yield server
    finally:
        server.remove()


def test_a_server_stopped_mid_import_keeps_nothing_of_it(
    filled: FilledVault, own_server: PostgresServer
) -> None:
    database = ServerDatabase(own_server, "postgres", "")
    with database.connect_admin() as admin:
        schema.apply_schema(admin, SUPERUSER)
        schema.set_practice(admin, "praktijk-gestopt")
    PracticeServer.start(
        StoreConnection(psycopg.connect(own_server.url(), autocommit=True)),
        keyslots.new_data_key(),
        ADMIN,
        ADMIN_LOGIN,
        SERVER_PASSPHRASE,
    ).lock()
    with psycopg.connect(own_server.url(), autocommit=True) as conn:
        head_before = conn.execute("SELECT seq FROM meldcode.audit_head").fetchone()

    def stop_halfway(stage: str, done: int, total: int) -> None:
        if stage == "cases":
            own_server.stop(mode="immediate")

    with pytest.raises((ServerUnreachable, ServerFailed)):
        do_import(own_server.url(), filled, progress=stop_halfway)
    own_server.restart()
    with psycopg.connect(own_server.url(), autocommit=True) as conn:
        for table in ("cases", "persons", "signals", "case_entries", "search_tokens"):
            row = conn.execute(f"SELECT count(*) FROM meldcode.{table}").fetchone()
            assert row is not None and row[0] == 0, table
        assert conn.execute("SELECT count(*) FROM meldcode.users").fetchone() == (1,)
        assert conn.execute(
            "SELECT count(*) FROM meldcode.meta WHERE key LIKE 'vault_import.%'"
        ).fetchone() == (0,)
        # Only the unlock of the broken session reached the log.
        head_after = conn.execute("SELECT seq FROM meldcode.audit_head").fetchone()
        assert head_before is not None and head_after == (head_before[0] + 1,)
    # Once the server is back the same vault goes over whole.
    _, report = do_import(own_server.url(), filled)
    assert report.sound


def test_the_server_holds_no_word_of_the_vault_after_the_import(
    filled: FilledVault,
    server_ready: ServerDatabase,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    temporary = tmp_path / "tijdelijk"
    temporary.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    seen: dict[str, bytes] = {}

    def look(stage: str, done: int, total: int) -> None:
        seen.update((p.name, p.read_bytes()) for p in temporary.rglob("*") if p.is_file())

    do_import(server_ready.program_url, filled, progress=look)
    # The private copy was there during the import, encrypted, and is gone after it.
    assert "meldcode.db" in seen
    assert hits_in(b"".join(seen.values()), [*MARK.values(), BSN]) == set()
    assert list(temporary.iterdir()) == []
    with server_ready.connect_admin() as admin:
        admin.execute("CHECKPOINT")
    markers = [*MARK.values(), BSN, COLLEAGUE]
    control = ADMIN_LOGIN
    on_disk = hits_below(server_ready.server.root, [*markers, control])
    dump = server_ready.server.pg_dump(server_ready.name)
    assert control in on_disk and control in hits_in(dump, [control])
    assert {m: sorted(map(str, p)) for m, p in on_disk.items() if m != control} == {}
    assert hits_in(dump, markers) == set()


# -- the command line ---------------------------------------------------------------------


def program_url(db: ServerDatabase) -> str:
    return f"postgresql://{PROGRAM_ROLE}@127.0.0.1:{db.server.port}/{db.name}?sslmode=disable"


def run_cli(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *argv: str, typed: str
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(typed))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def no_traceback(err: str) -> None:
    assert "Traceback" not in err and "psycopg" not in err, err


@pytest.fixture
def program_env(
    monkeypatch: pytest.MonkeyPatch, server_ready: ServerDatabase, tmp_path: Path
) -> ServerDatabase:
    monkeypatch.setenv("PGPASSWORD", server_ready.program_password)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "geen-pgpass"))
    return server_ready


def test_the_command_moves_the_vault_and_says_so_in_dutch(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    filled: FilledVault,
    program_env: ServerDatabase,
) -> None:
    before = file_hashes(filled.location)
    argv = ("server", "import-vault", program_url(program_env), str(filled.location.folder))
    code, out, err = run_cli(
        monkeypatch,
        capsys,
        *argv,
        "--inlognaam",
        ADMIN_LOGIN,
        "--kluisgebruiker",
        "1",
        typed=f"{SERVER_PASSPHRASE}\n{TEST_PASSPHRASE}\n",
    )
    assert code == 0, err
    assert "Niets achtergebleven" in out
    assert "casussen: kluis 4, server 4: gelijk" in out
    assert "inhoud per casus (geopend aan beide kanten): 4 van 4 gelijk" in out
    assert "is niet veranderd" in out
    assert "nieuw op de server, nog zonder inlognaam" in out
    assert not any(marker in out + err for marker in MARK.values())
    assert file_hashes(filled.location) == before
    # With the recovery code, the second time: refused, in Dutch.
    code, out, err = run_cli(
        monkeypatch,
        capsys,
        *argv,
        "--inlognaam",
        ADMIN_LOGIN,
        "--herstelcode",
        typed=f"{SERVER_PASSPHRASE}\n{filled.recovery_code}\n",
    )
    assert code == 2
    assert "al naar deze praktijkserver overgezet" in err
    no_traceback(err)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        (f"{SERVER_PASSPHRASE}\nniet de wachtzin van de kluis\n", "van de kluis klopt niet"),
        ("niet de wachtzin van de server\n", "voor de praktijkserver klopt niet"),
    ],
)
def test_a_wrong_passphrase_is_said_in_dutch_and_nothing_moves(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    filled: FilledVault,
    program_env: ServerDatabase,
    typed: str,
    expected: str,
) -> None:
    code, _out, err = run_cli(
        monkeypatch,
        capsys,
        "server",
        "import-vault",
        program_url(program_env),
        str(filled.location.folder),
        "--inlognaam",
        ADMIN_LOGIN,
        "--kluisgebruiker",
        "1",
        typed=typed,
    )
    assert code == 2
    assert expected in err
    no_traceback(err)
    assert server_rows(program_env, "cases") == 1


def test_an_unreachable_server_is_said_in_dutch(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    filled: FilledVault,
    tmp_path: Path,
) -> None:
    from tests.postgres_server import free_port

    monkeypatch.setenv("PGPASSWORD", "geheim")
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "geen-pgpass"))
    url = f"postgresql://{PROGRAM_ROLE}@127.0.0.1:{free_port()}/meldcode?sslmode=disable"
    code, _out, err = run_cli(
        monkeypatch,
        capsys,
        "server",
        "import-vault",
        url,
        str(filled.location.folder),
        "--inlognaam",
        ADMIN_LOGIN,
        typed="",
    )
    assert code == 2
    assert "antwoordt niet" in err
    no_traceback(err)


def test_a_folder_without_a_vault_is_said_in_dutch(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _out, err = run_cli(
        monkeypatch,
        capsys,
        "server",
        "import-vault",
        "postgresql://meldcode@127.0.0.1:1/meldcode?sslmode=disable",
        str(tmp_path / "leeg"),
        typed="",
    )
    assert code == 2
    assert "geen kluis" in err
    no_traceback(err)


def test_the_check_finds_a_difference_made_after_the_import(
    filled: FilledVault, server_ready: ServerDatabase
) -> None:
    result, report = do_import(server_ready.program_url, filled)
    assert report.sound
    first_case = filled.case_ids[0]
    with unlock(server_ready.program_url) as server:
        server.settings.set_case_visibility(CaseVisibility.ALL)
        signal = server.signals.for_case(result.ids.tables["cases"][first_case])[0]
        draft = signal_draft("Een latere correctie op de server", observed_on=date(2026, 3, 1))
        server.signals.correct(signal.id, draft, "Op de server gecorrigeerd")
    with (
        unlock(server_ready.program_url) as server,
        importer.open_vault(filled.location.folder, user_id=1, passphrase=TEST_PASSPHRASE) as vault,
    ):
        again = importer.check_import(server, vault, result)
    assert not again.sound
    assert again.differing_cases == [first_case]
    assert again.server_counts["signal_versions"] == again.vault_counts["signal_versions"] + 1


def test_without_saying_which_vault_user_the_command_asks_in_dutch(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    filled: FilledVault,
    program_env: ServerDatabase,
) -> None:
    code, _out, err = run_cli(
        monkeypatch,
        capsys,
        "server",
        "import-vault",
        program_url(program_env),
        str(filled.location.folder),
        "--inlognaam",
        ADMIN_LOGIN,
        typed=f"{SERVER_PASSPHRASE}\n{TEST_PASSPHRASE}\n",
    )
    assert code == 2
    assert "--kluisgebruiker" in err and f"2 ({COLLEAGUE})" in err
    no_traceback(err)


FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "vaults"


@pytest.mark.parametrize("version", [1, 5, 8, 12])
def test_a_vault_of_an_older_schema_moves_and_stays_at_its_own_schema(
    version: int, tmp_path: Path, server_ready: ServerDatabase
) -> None:
    folder = tmp_path / f"schema-{version}"
    shutil.copytree(FIXTURES / f"schema-{version}", folder)
    secrets = json.loads((folder / "fixture.json").read_text(encoding="utf-8"))
    location = VaultLocation(folder)
    before = file_hashes(location)
    with (
        unlock(server_ready.program_url) as server,
        importer.open_vault(folder, user_id=1, passphrase=secrets["passphrase"]) as vault,
    ):
        result = importer.import_vault(server, vault)
        report = importer.check_import(server, vault, result)
    assert report.sound, report
    assert report.server_counts["cases"] >= 1
    assert report.server_counts["signal_versions"] >= 2
    # Brought up to date on the private copy only.
    assert file_hashes(location) == before


def test_a_vault_user_linked_to_a_login_keeps_their_history_under_that_user(
    filled: FilledVault, server_ready: ServerDatabase
) -> None:
    with unlock(server_ready.program_url) as server:
        bram = server.add_user(UserDraft("B. Importcollega", "", ""), "bram", COLLEAGUE_PASSPHRASE)
    with (
        unlock(server_ready.program_url) as server,
        importer.open_vault(filled.location.folder, user_id=1, passphrase=TEST_PASSPHRASE) as vault,
    ):
        with pytest.raises(importer.VaultImportRefused) as refused:
            importer.import_vault(server, vault, {filled.colleague_id: "niemand"})
        assert "niemand" in refused.value.message.format()
        # Anna is the beheerder by name: Bram cannot be her as well.
        with pytest.raises(importer.VaultImportRefused) as refused:
            importer.import_vault(server, vault, {filled.colleague_id: "avries"})
        assert "dezelfde gebruiker" in refused.value.message.format()
        result = importer.import_vault(server, vault, {filled.colleague_id: "bram"})
        report = importer.check_import(server, vault, result)
    assert report.sound, report
    link = next(u for u in result.users if u.vault_user_id == filled.colleague_id)
    assert (link.server_user_id, link.created) == (bram.id, False)
    with server_ready.connect_admin() as admin:
        # No new user: the beheerder and Bram, both with their own login.
        assert admin.execute("SELECT count(*) FROM meldcode.users").fetchone() == (2,)
        assert admin.execute("SELECT min(id) FROM meldcode.users").fetchone() == (1002,)
        row = admin.execute(
            "SELECT count(*) FROM meldcode.signal_versions WHERE recorded_by = %s", (bram.id,)
        ).fetchone()
    # Bram's own signal and his correction of Anna's.
    assert row == (2,)


def test_a_beheerder_gives_a_colleague_brought_without_login_a_login(
    filled: FilledVault, server_ready: ServerDatabase
) -> None:
    result, report = do_import(server_ready.program_url, filled)
    assert report.sound, report
    link = next(u for u in result.users if u.vault_user_id == filled.colleague_id)
    assert link.created
    bram_id = link.server_user_id
    with unlock(server_ready.program_url) as server:
        assert server.login_of(bram_id) == ""
        # A first passphrase alone would open nothing: without a login it is not given.
        with pytest.raises(ValidationError) as refused:
            server.reset_passphrase(bram_id, COLLEAGUE_PASSPHRASE, COLLEAGUE_PASSPHRASE)
        assert "nog geen inlognaam" in refused.value.field_errors["passphrase"].format()
        # The login follows the rules of a new colleague's; nothing is kept of a refusal.
        with pytest.raises(ValidationError) as refused:
            server.give_login(bram_id, ADMIN_LOGIN, COLLEAGUE_PASSPHRASE, COLLEAGUE_PASSPHRASE)
        assert "al in gebruik" in refused.value.field_errors["login"].format()
        with pytest.raises(ValidationError) as refused:
            server.give_login(bram_id, "b jansen", COLLEAGUE_PASSPHRASE, COLLEAGUE_PASSPHRASE)
        assert "zonder spaties" in refused.value.field_errors["login"].format()
        with pytest.raises(ValidationError) as refused:
            server.give_login(bram_id, "bram", COLLEAGUE_PASSPHRASE, "een andere wachtzin hier")
        assert set(refused.value.field_errors) == {"passphrase_repeat"}
        assert server.login_of(bram_id) == ""
        given = server.give_login(bram_id, " bram ", COLLEAGUE_PASSPHRASE, COLLEAGUE_PASSPHRASE)
        assert given.id == bram_id and given.active and given.must_change_passphrase
        assert server.login_of(bram_id) == "bram"
        events = [
            (e.event, e.object_id)
            for e in sorted(server.audit.entries(), key=lambda e: e.seq)
            if e.user_id == server.user.id and e.object_type == "user"
        ]
        assert events[-2:] == [
            (AuditEvent.USER_CHANGED, bram_id),
            (AuditEvent.PASSPHRASE_RESET, bram_id),
        ]
        # Once is once: a second login is refused, a forgotten passphrase is a reset.
        with pytest.raises(ValidationError) as refused:
            server.give_login(bram_id, "bram2", COLLEAGUE_PASSPHRASE, COLLEAGUE_PASSPHRASE)
        assert "al een inlognaam" in refused.value.field_errors["login"].format()
    # Bram logs in with it, chooses his own passphrase, and finds his history under his name.
    bram = PracticeServer.unlock(
        StoreConnection(psycopg.connect(server_ready.program_url, autocommit=True)),
        "bram",
        COLLEAGUE_PASSPHRASE,
    )
    try:
        assert bram.user.id == bram_id and bram.user.must_change_passphrase
        bram.change_passphrase("Brams eigen lange wachtzin", "Brams eigen lange wachtzin")
        assert not bram.user.must_change_passphrase
        assert bram.audit.verify() == []
    finally:
        bram.lock()
    with server_ready.connect_admin() as admin:
        row = admin.execute(
            "SELECT count(*) FROM meldcode.signal_versions WHERE recorded_by = %s", (bram_id,)
        ).fetchone()
    assert row is not None and row[0] >= 1


def test_the_practice_vault_is_not_moved(
    tmp_path: Path, device_store: DeviceSecretStore, server_ready: ServerDatabase
) -> None:
    location = VaultLocation(tmp_path / "oefenkluis")
    practice, _ = Vault.create(location, ADMIN, TEST_PASSPHRASE, device_store, practice=True)
    practice.cases.create(CaseDraft("Verzonnen gezin"))
    practice.lock()
    with (
        pytest.raises(importer.VaultImportRefused) as refused,
        importer.open_vault(location.folder, user_id=1, passphrase=TEST_PASSPHRASE),
    ):
        pass
    assert "oefenkluis" in refused.value.message.format()
    assert server_rows(server_ready, "cases") == 1


def test_two_imports_of_one_vault_at_once_write_it_once(
    filled: FilledVault, server_ready: ServerDatabase, tmp_path: Path
) -> None:
    # The same vault twice (a copy on another computer): each import holds its own folder.
    other = tmp_path / "kopie"
    shutil.copytree(filled.location.folder, other)
    held, release = threading.Event(), threading.Event()
    outcome: dict[str, object] = {}

    def hold(stage: str, done: int, total: int) -> None:
        if stage == "cases":
            held.set()
            release.wait(timeout=60)

    def first() -> None:
        try:
            outcome["first"] = do_import(server_ready.program_url, filled, progress=hold)[1]
        except Exception as exc:  # handed to the test's own thread
            outcome["first"] = exc

    thread = threading.Thread(target=first)
    thread.start()
    assert held.wait(timeout=60)

    def second() -> None:
        copy = FilledVault(VaultLocation(other), "", [], 0)
        try:
            outcome["second"] = do_import(server_ready.program_url, copy)
        except Exception as exc:
            outcome["second"] = exc

    waiting = threading.Thread(target=second)
    waiting.start()
    with server_ready.connect_admin() as admin:
        # The second import waits for the first on the vault's key, not for a clock.
        for _ in range(600):
            row = admin.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = %s"
                " AND wait_event_type = 'Lock'",
                (server_ready.name,),
            ).fetchone()
            if row == (1,):
                break
            threading.Event().wait(0.05)
        assert row == (1,)
    release.set()
    thread.join(timeout=60)
    waiting.join(timeout=60)
    first_report = outcome["first"]
    assert isinstance(first_report, importer.CheckReport) and first_report.sound
    assert isinstance(outcome["second"], importer.VaultImportRefused)
    assert server_rows(server_ready, "cases") == 1 + 4


def test_a_signal_changed_behind_the_programs_back_is_refused(
    filled: FilledVault, server_ready: ServerDatabase, device_store: DeviceSecretStore
) -> None:
    keys = KeyFile.load(filled.location.keys_path)
    slot = keys.slot_for_user(1)
    assert slot is not None
    data_key = keyslots.open_slot(
        keys.vault_id, slot, TEST_PASSPHRASE, device_store.get(keys.vault_id)
    )
    assert data_key is not None
    db = Database(filled.location.db_path, data_key)
    try:
        # As someone with the key and a database tool would: the append-only triggers go first.
        for (name,) in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'signal_versions'"
        ):
            db.execute(f'DROP TRIGGER "{name}"')
        db.execute("UPDATE signal_versions SET facts = 'Iets anders' WHERE version = 1")
    finally:
        db.close()
    with pytest.raises(importer.VaultImportRefused) as refused:
        do_import(server_ready.program_url, filled)
    assert "anders dan het logboek" in refused.value.message.format()
    assert server_rows(server_ready, "cases") == 1


def test_a_vault_waiting_after_failed_attempts_waits_for_the_import_too(
    filled: FilledVault,
) -> None:
    attempts = AttemptTracker(filled.location.attempts_path)
    for _ in range(6):
        attempts.record_failure(user_attempt_key(1))
    assert attempts.seconds_to_wait(user_attempt_key(1)) > 0
    before = filled.location.attempts_path.read_bytes()
    with (
        pytest.raises(UnlockThrottled),
        importer.open_vault(filled.location.folder, user_id=1, passphrase=TEST_PASSPHRASE),
    ):
        pass
    # Nothing written, not even a failure.
    assert filled.location.attempts_path.read_bytes() == before


def test_the_command_ends_with_1_when_the_check_finds_a_difference(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    filled: FilledVault,
    program_env: ServerDatabase,
) -> None:
    real_check = importer.check_import

    def changed_before_the_check(
        server: PracticeServer, vault: importer.OpenedVault, result: importer.ImportResult
    ) -> importer.CheckReport:
        # Someone corrects a moved signal on the server between the import and its check.
        server.settings.set_case_visibility(CaseVisibility.ALL)
        moved = result.ids.tables["cases"][filled.case_ids[0]]
        signal = server.signals.for_case(moved)[0]
        draft = signal_draft("Tussendoor op de server gecorrigeerd", observed_on=date(2026, 3, 1))
        server.signals.correct(signal.id, draft, "Tussendoor")
        return real_check(server, vault, result)

    monkeypatch.setattr(importer, "check_import", changed_before_the_check)
    code, out, err = run_cli(
        monkeypatch,
        capsys,
        "server",
        "import-vault",
        program_url(program_env),
        str(filled.location.folder),
        "--inlognaam",
        ADMIN_LOGIN,
        "--kluisgebruiker",
        "1",
        typed=f"{SERVER_PASSPHRASE}\n{TEST_PASSPHRASE}\n",
    )
    assert code == 1
    assert "versies van signalen: kluis 4, server 5: VERSCHIL" in out
    assert "inhoud per casus (geopend aan beide kanten): 3 van 4 gelijk" in out
    assert f"Verschil bij casus (nummer in de kluis): {filled.case_ids[0]}" in err
    assert "Niets achtergebleven" not in out
    no_traceback(err)


def test_a_server_behind_this_program_is_migrated_first(
    filled: FilledVault, server_db: ServerDatabase
) -> None:
    with server_db.connect_admin() as admin:
        schema.apply_schema(admin, PROGRAM_ROLE)
        schema.set_practice(admin, "praktijk-oud")
    PracticeServer.start(
        StoreConnection(server_db.connect_program()),
        keyslots.new_data_key(),
        ADMIN,
        ADMIN_LOGIN,
        SERVER_PASSPHRASE,
    ).lock()
    # As if the program was updated before the server: its newest step is not there.
    with server_db.connect_admin() as admin:
        admin.execute(
            "DELETE FROM meldcode.schema_version WHERE version = %s", (schema.LATEST_VERSION,)
        )
    with pytest.raises(ServerBehind) as refused:
        do_import(server_db.program_url, filled)
    assert "server migrate" in refused.value.message.format()
    assert server_rows(server_db, "cases") == 0
