"""Sessions of the program on the practice server: two computers at once keep one audit chain,
and a connection that is lost is said in Dutch, with nothing half saved."""

from __future__ import annotations

import threading
import time

import pytest

from app.crypto import kdf
from app.domain.enums import PersonRole
from app.domain.models import CaseDraft, PersonDraft, UserDraft
from app.errors import (
    AccessDenied,
    ChangedElsewhere,
    ServerFailed,
    ServerUnreachable,
    ValidationError,
    WrongPassphrase,
)
from app.server.database import ServerDatabase as StoreConnection
from app.server.practice import PracticeServer
from app.vault.audit import AuditEvent, ProblemKind
from app.vault.content import ContentProblemKind
from tests.entry_values import consultation, signal
from tests.server.conftest import PASSPHRASE, ServerDatabase

pytestmark = pytest.mark.real_components


def test_two_computers_write_one_chain(server_db: ServerDatabase, first: PracticeServer) -> None:
    second = PracticeServer.unlock(StoreConnection(server_db.connect_program()), "anna", PASSPHRASE)
    case_id = first.cases.create(CaseDraft("Gezin A")).id
    for n in range(3):
        first.persons.add(case_id, PersonDraft(PersonRole.CHILD, f"Kind {n}"))
        second.signals.for_case(case_id)
        second.persons.add(case_id, PersonDraft(PersonRole.PARENT_OR_CARER, f"Ouder {n}"))
    assert len(second.persons.for_case(case_id)) == 6
    assert first.audit.verify() == [] and second.audit.verify() == []
    assert first.audit.head() == second.audit.head()
    second.lock()
    first.lock()


def test_a_wrong_passphrase_or_login_opens_nothing(
    server_db: ServerDatabase, first: PracticeServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    first.lock()
    derived: list[object] = []
    real_derive = kdf.derive

    def counted(secret: str, params: kdf.KdfParams) -> bytes:
        derived.append(params)
        return real_derive(secret, params)

    monkeypatch.setattr(kdf, "derive", counted)
    for login, passphrase in (("anna", "verkeerde wachtzin"), ("niemand", PASSPHRASE)):
        with pytest.raises(WrongPassphrase):
            PracticeServer.unlock(StoreConnection(server_db.connect_program()), login, passphrase)
    # The unknown login cost the same key derivation as the wrong passphrase: its answer's
    # time does not tell that the login does not exist.
    assert len(derived) == 2 and derived[0] == derived[1]


def test_a_lost_connection_is_said_in_dutch_and_saves_nothing(
    server_db: ServerDatabase, first: PracticeServer
) -> None:
    case_id = first.cases.create(CaseDraft("Gezin A")).id
    pid = first.db.scalar("SELECT pg_backend_pid()")
    with server_db.connect_admin() as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
    with pytest.raises(ServerUnreachable) as lost:
        first.persons.add(case_id, PersonDraft(PersonRole.CHILD, "Sam"))
    assert "server" in str(lost.value).lower()
    again = PracticeServer.unlock(StoreConnection(server_db.connect_program()), "anna", PASSPHRASE)
    assert again.persons.for_case(case_id) == []
    assert again.audit.verify() == []
    again.lock()
    first.lock()  # a lost session locks without complaint


def test_two_computers_editing_one_case_never_overwrite_silently(
    server_db: ServerDatabase, first: PracticeServer
) -> None:
    second = PracticeServer.unlock(StoreConnection(server_db.connect_program()), "anna", PASSPHRASE)
    case_id = first.cases.create(CaseDraft("Gezin A")).id
    here, there = first.cases.get(case_id), second.cases.get(case_id)
    first.cases.rename(case_id, CaseDraft("Gezin B"), here.row_version)
    with pytest.raises(ChangedElsewhere):
        second.cases.rename(case_id, CaseDraft("Gezin C"), there.row_version)
    seen = second.cases.get(case_id)
    assert seen.title == "Gezin B"
    assert second.cases.rename(case_id, CaseDraft("Gezin C"), seen.row_version).title == "Gezin C"
    second.lock()
    first.lock()


def test_one_draft_on_two_computers_never_overwrites_silently(
    server_db: ServerDatabase, first: PracticeServer
) -> None:
    """The same user with the same form open on two computers: the later save based on what it
    read first is refused in Dutch, the earlier one stays; the search sees both computers'
    words at once (the tokens are on the server, not per computer)."""
    second = PracticeServer.unlock(StoreConnection(server_db.connect_program()), "anna", PASSPHRASE)
    case_id = first.cases.create(CaseDraft("Gezin Visser")).id
    assert second.cases.matching_ids("visser") == {case_id}
    first.drafts.save(case_id, "signal", {"facts": "begin"})
    here, there = first.drafts.load(case_id, "signal"), second.drafts.load(case_id, "signal")
    assert here is not None and there is not None and here == there
    first.drafts.save(case_id, "signal", {"facts": "hier verder"}, here.row_version)
    with pytest.raises(ChangedElsewhere) as exc:
        second.drafts.save(case_id, "signal", {"facts": "daar verder"}, there.row_version)
    assert "niets overschreven" in str(exc.value)
    kept = second.drafts.load(case_id, "signal")
    assert kept is not None and kept.payload == {"facts": "hier verder"}
    # Thrown away on one computer after a real save: the other's older input is not revived.
    assert first.drafts.discard(case_id, "signal")
    with pytest.raises(ChangedElsewhere):
        second.drafts.save(case_id, "signal", {"facts": "daar verder"}, kept.row_version)
    assert first.drafts.load(case_id, "signal") is None
    assert first.audit.verify() == []
    second.lock()
    first.lock()


def test_two_computers_keeping_a_first_draft_at_once_one_is_told(
    server_db: ServerDatabase, first: PracticeServer
) -> None:
    """Neither computer had seen a draft of this form: the one whose insert waits on the other's
    (uncommitted) row is told in Dutch once that row is kept, and writes nothing."""
    second = PracticeServer.unlock(StoreConnection(server_db.connect_program()), "anna", PASSPHRASE)
    waiting_pid = first.db.scalar("SELECT pg_backend_pid()")
    outcome: list[BaseException | None] = []

    def save_on_first() -> None:
        try:
            first.drafts.save(None, "consultation", {"advice": "hier"})
            outcome.append(None)
        except BaseException as exc:  # handed to the test's own thread
            outcome.append(exc)

    with second.db.transaction():
        second.drafts.save(None, "consultation", {"advice": "daar"})
        worker = threading.Thread(target=save_on_first)
        worker.start()
        deadline = time.monotonic() + 30
        with server_db.connect_admin() as admin:
            while (
                admin.execute(
                    "SELECT wait_event_type FROM pg_stat_activity WHERE pid = %s", (waiting_pid,)
                ).fetchone()
                or ("",)
            )[0] != "Lock":
                assert worker.is_alive() and time.monotonic() < deadline
    worker.join(30)
    assert len(outcome) == 1 and isinstance(outcome[0], ChangedElsewhere)
    kept = first.drafts.load(None, "consultation")
    assert kept is not None and kept.payload == {"advice": "daar"} and kept.row_version == 1
    assert first.audit.verify() == []
    second.lock()
    first.lock()


def test_what_the_server_cannot_do_is_said_in_dutch_without_its_words(
    first: PracticeServer,
) -> None:
    case_id = first.cases.create(CaseDraft("Gezin A")).id
    with pytest.raises(ServerFailed) as failed, first.db.transaction():
        first.persons.add(case_id, PersonDraft(PersonRole.CHILD, "Sam"))
        first.db.execute("SELECT geheim FROM nergens WHERE naam = ?", ("Sam",))
    assert "praktijkserver" in str(failed.value)
    assert "nergens" not in str(failed.value) and "Sam" not in str(failed.value)
    # Nothing of the transaction stayed, and the session goes on.
    assert first.persons.for_case(case_id) == []
    assert first.audit.verify() == []
    first.lock()


def test_a_first_passphrase_must_be_replaced_before_any_case_work(
    server_db: ServerDatabase, first: PracticeServer
) -> None:
    case_id = first.cases.create(CaseDraft("Gezin A")).id
    colleague = first.add_user(UserDraft("Bram Collega", "", ""), "bram", "eerste wachtzin bram")
    first.share_case(case_id, colleague.id)
    first.lock()
    bram = PracticeServer.unlock(
        StoreConnection(server_db.connect_program()), "bram", "eerste wachtzin bram"
    )
    assert bram.user.must_change_passphrase
    with pytest.raises(AccessDenied):
        bram.cases.get(case_id)
    # The first passphrase again is not his own: the beheerder knows it too.
    with pytest.raises(ValidationError) as kept:
        bram.change_passphrase("eerste wachtzin bram", "eerste wachtzin bram")
    assert list(kept.value.field_errors) == ["passphrase"]
    assert bram.user.must_change_passphrase
    bram.change_passphrase("bram zijn eigen wachtzin", "bram zijn eigen wachtzin")
    assert bram.cases.get(case_id).title == "Gezin A"
    bram.lock()
    with pytest.raises(WrongPassphrase):
        PracticeServer.unlock(
            StoreConnection(server_db.connect_program()), "bram", "eerste wachtzin bram"
        )
    again = PracticeServer.unlock(
        StoreConnection(server_db.connect_program()), "bram", "bram zijn eigen wachtzin"
    )
    assert not again.user.must_change_passphrase
    again.lock()


def test_a_log_changed_behind_the_program_is_found_by_verify(
    server_db: ServerDatabase, first: PracticeServer
) -> None:
    case_id = first.cases.create(CaseDraft("Gezin A")).id
    first.cases.close(case_id, "Klaar")
    rows = {e.event: e.seq for e in first.audit.entries()}
    closed, created = rows[AuditEvent.CLOSE], rows[AuditEvent.CREATE]
    # Only a superuser can get past the append-only triggers; the chain still tells.
    with server_db.connect_admin() as admin:
        admin.execute("SET session_replication_role = replica")
        admin.execute(
            "UPDATE meldcode.audit_log SET detail = (SELECT detail FROM meldcode.audit_log"
            " WHERE seq = %s) WHERE seq = %s",
            (closed, created),
        )
        admin.execute("UPDATE meldcode.audit_log SET event = 'open' WHERE seq = %s", (closed,))
    problems = {(p.seq, p.kind) for p in first.audit.verify()}
    assert problems == {(created, ProblemKind.EDITED), (closed, ProblemKind.EDITED)}
    first.lock()


def test_two_computers_recording_in_one_case_at_once_lose_nothing(
    server_db: ServerDatabase, first: PracticeServer
) -> None:
    second = PracticeServer.unlock(StoreConnection(server_db.connect_program()), "anna", PASSPHRASE)
    case_id = first.cases.create(CaseDraft("Gezin A")).id
    failures: list[BaseException] = []

    def record(session: PracticeServer, who: str) -> None:
        try:
            for n in range(12):
                session.signals.add(case_id, signal(f"{who}: signaal {n}"))
                if n % 3 == 0:
                    session.entries.add(case_id, consultation(advice=f"{who}: overleg {n}"))
        except BaseException as exc:  # the test thread reports it
            failures.append(exc)

    workers = [
        threading.Thread(target=record, args=(first, "hier")),
        threading.Thread(target=record, args=(second, "daar")),
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=120)
    assert failures == []
    facts = sorted(s.current.facts for s in first.signals.for_case(case_id))
    assert facts == sorted(f"{who}: signaal {n}" for who in ("hier", "daar") for n in range(12))
    summaries = sorted(e.value.advice for e in second.entries.for_case(case_id))
    assert summaries == sorted(
        f"{who}: overleg {n}" for who in ("hier", "daar") for n in range(0, 12, 3)
    )
    assert first.audit.verify() == [] and first.audit.head() == second.audit.head()
    second.lock()


def test_a_record_rewritten_behind_the_program_is_found_by_its_content_mac(
    server_db: ServerDatabase, first: PracticeServer
) -> None:
    case_id = first.cases.create(CaseDraft("Gezin A")).id
    kept = first.signals.add(case_id, signal("Eerste signaal"))
    other = first.signals.add(case_id, signal("Tweede signaal"))
    advice = first.entries.add(case_id, consultation(advice="Eerst overleggen."))
    first.entries.correct(advice.id, consultation(advice="Toch eerst bellen."), "Verkeerd")
    assert first.audit.verify_content() == []
    # A superuser swaps sealed texts between rows and drops an entry's correction: the chain
    # is whole (a rewrite does not touch the log), the content MACs tell.
    with server_db.connect_admin() as admin:
        admin.execute("SET session_replication_role = replica")
        admin.execute(
            "UPDATE meldcode.signal_versions SET facts = (SELECT facts FROM"
            " meldcode.signal_versions WHERE signal_id = %s) WHERE signal_id = %s",
            (other.id, kept.id),
        )
        admin.execute(
            "DELETE FROM meldcode.case_entry_versions WHERE entry_id = %s AND version = 2",
            (advice.id,),
        )
    assert first.audit.verify() == []
    found = {(p.object_type, p.object_id, p.kind) for p in first.audit.verify_content()}
    assert found == {
        ("signal", kept.id, ContentProblemKind.CHANGED),
        ("entry", advice.id, ContentProblemKind.CHANGED),
    }
    first.lock()
