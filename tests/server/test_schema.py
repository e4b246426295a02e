"""The server schema on a real PostgreSQL: it applies, the record is append-only, the program's
role has only the rights it needs, the audit chain continues, key slots open."""

from __future__ import annotations

import hashlib
import hmac
import json
import uuid
from datetime import UTC, date, datetime, timedelta
from typing import Any

import psycopg
import pytest
from psycopg import errors

from app.crypto import keyslots
from app.errors import ServerTooNew
from app.server import schema
from app.server.fields import FieldCodec, Place
from app.server.schema import apply_schema, next_id, schema_version
from tests.server.conftest import PROGRAM_ROLE, ServerDatabase
from tests.support import TEST_PASSPHRASE

pytestmark = pytest.mark.real_components

DATA_KEY = bytes(range(32))
CODEC = FieldCodec(DATA_KEY)
NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
Conn = psycopg.Connection[Any]


@pytest.fixture
def ready(server_db: ServerDatabase) -> ServerDatabase:
    with server_db.connect_admin() as conn:
        apply_schema(conn, PROGRAM_ROLE)
    return server_db


def add_user(conn: Conn, login: str = "mv", role: str = "hulpverlener") -> int:
    user_id = next_id(conn, "users")
    conn.execute(
        "INSERT INTO meldcode.users (id, login, work_role, is_admin, created_at, display_name,"
        " role, phone) VALUES (%s, %s, %s, true, %s, %s, %s, %s)",
        (
            user_id,
            login,
            role,
            NOW,
            CODEC.seal_text(Place("users", "display_name", user_id), "M. Verhoeven"),
            CODEC.seal_text(Place("users", "role", user_id), "huisarts"),
            CODEC.seal_text(Place("users", "phone", user_id), None),
        ),
    )
    return user_id


def add_case(conn: Conn, user_id: int) -> int:
    case_id = next_id(conn, "cases")
    conn.execute(
        "INSERT INTO meldcode.cases (id, opened_at, opened_by, updated_at, title,"
        " close_reason) VALUES (%s, %s, %s, %s, %s, %s)",
        (
            case_id,
            NOW,
            user_id,
            NOW,
            CODEC.seal_text(Place("cases", "title", case_id), "Gezin A"),
            CODEC.seal_text(Place("cases", "close_reason", case_id), None),
        ),
    )
    return case_id


def add_signal(conn: Conn, case_id: int, user_id: int) -> int:
    signal_id = next_id(conn, "signals")
    conn.execute(
        "INSERT INTO meldcode.signals (id, case_id, created_at, created_by) VALUES (%s,%s,%s,%s)",
        (signal_id, case_id, NOW, user_id),
    )
    version_id = next_id(conn, "signal_versions")
    texts = {
        "observed_time": None,
        "observed_by": "Anna",
        "source": "own_observation",
        "form": "physical_abuse",
        "facts": "blauwe plek",
        "interpretation": "",
        "correction_reason": None,
        "signs": "[]",
    }
    conn.execute(
        "INSERT INTO meldcode.signal_versions (id, signal_id, version, observed_on,"
        f" recorded_at, recorded_by, {', '.join(texts)})"
        f" VALUES (%s, %s, 1, %s, %s, %s{', %s' * len(texts)})",
        (
            version_id,
            signal_id,
            date(2026, 3, 1),
            NOW,
            user_id,
            *(
                CODEC.seal_text(Place("signal_versions", column, version_id), value)
                for column, value in texts.items()
            ),
        ),
    )
    return signal_id


AUDIT_KEY = keyslots.subkey(DATA_KEY, "server/audit/v1")


def append_audit(conn: Conn, user_id: int, case_id: int | None, event: str = "create") -> int:
    """One audit row as the program will write it: lock the head, link to it, insert."""
    with conn.transaction():
        row = conn.execute("SELECT seq, mac FROM meldcode.audit_lock_head()").fetchone()
        assert row is not None
        seq, prev_mac = int(row[0]) + 1, bytes(row[1])
        fields = [NOW.isoformat(), event, user_id, None, case_id, "case", case_id]
        canonical = json.dumps(fields, separators=(",", ":")).encode()
        mac = hmac.new(AUDIT_KEY, prev_mac + canonical, hashlib.sha256).digest()
        conn.execute(
            "INSERT INTO meldcode.audit_log (seq, at, event, user_id, on_behalf_of, case_id,"
            " object_type, object_id, detail, prev_mac, mac)"
            " VALUES (%s, %s, %s, %s, NULL, %s, 'case', %s, %s, %s, %s)",
            (
                seq,
                NOW,
                event,
                user_id,
                case_id,
                case_id,
                CODEC.seal_text(Place("audit_log", "detail", seq), ""),
                prev_mac,
                mac,
            ),
        )
    return seq


def test_schema_applies_once_and_is_versioned(server_db: ServerDatabase) -> None:
    with server_db.connect_admin() as conn:
        assert schema_version(conn) == 0
        assert apply_schema(conn, PROGRAM_ROLE) == [s.version for s in schema.STEPS]
        assert schema_version(conn) == schema.LATEST_VERSION
        assert apply_schema(conn, PROGRAM_ROLE) == []
        tables = {
            r[0]
            for r in conn.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'meldcode'"
            ).fetchall()
        }
        assert set(schema.APPEND_ONLY) | {"cases", "persons", "key_slots", "search_tokens"} <= (
            tables
        )
        version = conn.execute("SHOW server_version_num").fetchone()
        assert version is not None and int(version[0]) >= 150000


def test_a_failing_step_leaves_nothing_behind(
    server_db: ServerDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = schema.ServerStep(1, "kapot", schema.STEPS[0].script + "\nSELECT 1/0;")
    monkeypatch.setattr(schema, "STEPS", (broken,))
    with server_db.connect_admin() as conn:
        with pytest.raises(errors.DivisionByZero):
            apply_schema(conn, PROGRAM_ROLE)
        assert schema_version(conn) == 0
        found = conn.execute("SELECT to_regclass('meldcode.cases')").fetchone()
        assert found is not None and found[0] is None


def test_a_newer_server_is_refused_in_dutch(ready: ServerDatabase) -> None:
    with ready.connect_admin() as conn:
        conn.execute(
            "INSERT INTO meldcode.schema_version (version, description, app_version)"
            " VALUES (%s, 'later', '9.9')",
            (schema.LATEST_VERSION + 1,),
        )
        with pytest.raises(ServerTooNew) as refused:
            apply_schema(conn, PROGRAM_ROLE)
        assert "nieuwere versie" in str(refused.value)


def test_the_program_can_do_its_work(ready: ServerDatabase) -> None:
    with ready.connect_program() as conn:
        user_id = add_user(conn)
        case_id = add_case(conn, user_id)
        add_signal(conn, case_id, user_id)
        conn.execute(
            "UPDATE meldcode.cases SET status = 'closed', row_version = row_version + 1"
            " WHERE id = %s",
            (case_id,),
        )
        draft_id = next_id(conn, "drafts")
        conn.execute(
            "INSERT INTO meldcode.drafts (id, user_id, case_id, form, saved_at, payload)"
            " VALUES (%s, %s, %s, 'signal', %s, %s)",
            (draft_id, user_id, case_id, NOW, CODEC.seal_bytes(Place("drafts", "payload", 1), b"")),
        )
        conn.execute("DELETE FROM meldcode.drafts WHERE id = %s", (draft_id,))
        assert append_audit(conn, user_id, case_id) == 1
        assert append_audit(conn, user_id, case_id) == 2


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE meldcode.{table} SET {column} = {column}",
        "DELETE FROM meldcode.{table}",
        "TRUNCATE meldcode.{table} CASCADE",
    ],
)
@pytest.mark.parametrize("table", schema.APPEND_ONLY)
def test_the_record_refuses_change_even_to_its_owner(
    ready: ServerDatabase, table: str, statement: str
) -> None:
    with ready.connect_program() as conn:
        user_id = add_user(conn)
        case_id = add_case(conn, user_id)
        add_signal(conn, case_id, user_id)
        entry_id = next_id(conn, "case_entries")
        conn.execute(
            "INSERT INTO meldcode.case_entries (id, case_id, kind, created_at, created_by)"
            " VALUES (%s, %s, 'consultation', %s, %s)",
            (entry_id, case_id, NOW, user_id),
        )
        version_id = next_id(conn, "case_entry_versions")
        conn.execute(
            "INSERT INTO meldcode.case_entry_versions (id, entry_id, version, change,"
            " recorded_at, recorded_by, payload, change_reason)"
            " VALUES (%s, %s, 1, 'created', %s, %s, %s, %s)",
            (
                version_id,
                entry_id,
                NOW,
                user_id,
                CODEC.seal_bytes(Place("case_entry_versions", "payload", version_id), b"{}"),
                CODEC.seal_text(Place("case_entry_versions", "change_reason", version_id), None),
            ),
        )
        append_audit(conn, user_id, case_id)
    column = "seq" if table == "audit_log" else "id"
    sql_text = statement.format(table=table, column=column)
    count = f"SELECT count(*) FROM meldcode.{table}"
    with ready.connect_program() as conn, pytest.raises(errors.InsufficientPrivilege):
        conn.execute(sql_text.encode())
    # The owner (here even a superuser) holds every right, and the triggers still refuse.
    with ready.connect_admin() as conn:
        with pytest.raises(errors.InsufficientPrivilege) as refused:
            conn.execute(sql_text.encode())
        assert "append-only" in str(refused.value)
        still = conn.execute(count.encode()).fetchone()
        assert still is not None and still[0] >= 1


def test_an_upsert_cannot_replace_a_record_row(ready: ServerDatabase) -> None:
    with ready.connect_program() as conn:
        user_id = add_user(conn)
        case_id = add_case(conn, user_id)
        signal_id = add_signal(conn, case_id, user_id)
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute(
                "INSERT INTO meldcode.signals (id, case_id, created_at, created_by)"
                " VALUES (%s, %s, %s, %s) ON CONFLICT (id) DO UPDATE SET created_at = now()",
                (signal_id, case_id, NOW, user_id),
            )


@pytest.mark.parametrize(
    "statement",
    [
        "ALTER TABLE meldcode.cases ADD COLUMN naam text",
        "ALTER TABLE meldcode.audit_log DISABLE TRIGGER USER",
        "DROP TABLE meldcode.drafts",
        "DROP TRIGGER audit_log_never_change ON meldcode.audit_log",
        "CREATE TABLE meldcode.extra (id int)",
        "CREATE TABLE public.extra (id int)",
        "CREATE FUNCTION meldcode.f() RETURNS int LANGUAGE sql AS 'SELECT 1'",
        "TRUNCATE meldcode.drafts",
        "TRUNCATE meldcode.search_tokens",
        "UPDATE meldcode.audit_head SET seq = 0",
        "INSERT INTO meldcode.schema_version (version, description, app_version)"
        " VALUES (99, 'x', 'x')",
        "DELETE FROM meldcode.cases",
        "DELETE FROM meldcode.users",
        "CREATE ROLE indringer",
        "CREATE DATABASE indringer",
    ],
)
def test_the_program_cannot_change_the_schema_or_what_is_not_its_own(
    ready: ServerDatabase, statement: str
) -> None:
    with ready.connect_program() as conn, pytest.raises(errors.InsufficientPrivilege):
        conn.execute(statement.encode())


def test_the_audit_chain_must_continue_its_last_link(ready: ServerDatabase) -> None:
    with ready.connect_program() as conn:
        user_id = add_user(conn)
        append_audit(conn, user_id, None)
        head = conn.execute("SELECT seq, mac FROM meldcode.audit_head").fetchone()
        assert head is not None and head[0] == 1
        insert = (
            "INSERT INTO meldcode.audit_log (seq, at, event, detail, prev_mac, mac)"
            " VALUES (%s, %s, 'open', '', %s, %s)"
        )
        # A gap, a fork from an older link, and a forged first link are all refused.
        for seq, prev in ((3, bytes(head[1])), (2, bytes(32)), (1, bytes(32))):
            with pytest.raises(psycopg.Error):
                conn.execute(insert, (seq, NOW, prev, bytes(32)))
        assert append_audit(conn, user_id, None) == 2


def test_two_writers_each_continue_the_chain(ready: ServerDatabase) -> None:
    with ready.connect_program() as first, ready.connect_program() as second:
        user_id = add_user(first)
        sequences = []
        for _ in range(3):
            sequences.append(append_audit(first, user_id, None))
            sequences.append(append_audit(second, user_id, None))
        assert sequences == [1, 2, 3, 4, 5, 6]


def test_an_audit_row_announces_ids_only_at_commit(ready: ServerDatabase) -> None:
    with ready.connect_program() as listener, ready.connect_program() as writer:
        listener.execute(f"LISTEN {schema.CHANGES_CHANNEL}")
        user_id = add_user(writer)
        case_id = add_case(writer, user_id)
        seq = append_audit(writer, user_id, case_id)
        heard = list(listener.notifies(timeout=10, stop_after=1))
    assert len(heard) == 1
    payload = json.loads(heard[0].payload)
    assert payload == {
        "seq": seq,
        "event": "create",
        "case_id": case_id,
        "object_type": "case",
        "object_id": case_id,
    }


def test_key_slots_on_the_server_open_with_the_passphrase(ready: ServerDatabase) -> None:
    practice = uuid.uuid4().hex
    data_key = keyslots.new_data_key()
    with ready.connect_admin() as admin:
        schema.set_practice(admin, practice)
    with ready.connect_program() as conn:
        assert schema.practice_id(conn) == practice
        user_id = add_user(conn)
        slot = keyslots.make_user_slot(practice, data_key, user_id, "", TEST_PASSPHRASE, None)
        schema.put_slot(conn, slot)
        schema.put_slot(conn, keyslots.make_recovery_slot(practice, data_key, "HERSTEL-1234"))
        slots = schema.load_slots(conn)
        assert [s.kind for s in slots] == ["user", "recovery"]
        user_slot = slots[0]
        assert keyslots.open_slot(practice, user_slot, TEST_PASSPHRASE, None) == data_key
        assert keyslots.open_slot(practice, user_slot, "verkeerd", None) is None
        # A slot from another practice's server does not open here.
        assert keyslots.open_slot(uuid.uuid4().hex, user_slot, TEST_PASSPHRASE, None) is None
        assert keyslots.open_slot(practice, slots[1], "HERSTEL-1234", None) == data_key
        # A new passphrase replaces the user's slot; the data key stays.
        schema.put_slot(
            conn, keyslots.make_user_slot(practice, data_key, user_id, "", "nieuw pad", None)
        )
        slots = schema.load_slots(conn)
        assert len(slots) == 2
        mine = next(s for s in slots if s.kind == "user")
        assert keyslots.open_slot(practice, mine, "nieuw pad", None) == data_key
        assert keyslots.open_slot(practice, mine, TEST_PASSPHRASE, None) is None
        raw = conn.execute("SELECT wrapped_key FROM meldcode.key_slots").fetchall()
        assert all(data_key not in bytes(r[0]) for r in raw)


def test_a_device_bound_slot_is_not_stored_on_the_server(ready: ServerDatabase) -> None:
    slot = keyslots.make_user_slot("p", bytes(32), 1, "", TEST_PASSPHRASE, b"apparaat")
    with ready.connect_program() as conn, pytest.raises(ValueError):
        schema.put_slot(conn, slot)


def test_step_6_gives_each_kept_stand_its_cases_last_change_and_keeps_it(
    server_db: ServerDatabase,
) -> None:
    later = NOW + timedelta(hours=2)
    with server_db.connect_admin() as conn:
        apply_schema(conn, PROGRAM_ROLE, target=5)
        user_id = add_user(conn)
        before = add_case(conn, user_id)
        conn.execute("DELETE FROM meldcode.case_state_stale")
        conn.execute(
            "INSERT INTO meldcode.case_state (case_id, phase, current_step)"
            " VALUES (%s, 'steps', 'signals')",
            (before,),
        )
        assert apply_schema(conn, PROGRAM_ROLE, target=6) == [6]

        def stand_and_case(case_id: int) -> tuple[object, object]:
            row = conn.execute(
                "SELECT s.updated_at, c.updated_at FROM meldcode.case_state s"
                " JOIN meldcode.cases c ON c.id = s.case_id WHERE s.case_id = %s",
                (case_id,),
            ).fetchone()
            assert row is not None
            return row[0], row[1]

        assert stand_and_case(before) == (NOW, NOW)  # filled by the step
        conn.execute("UPDATE meldcode.cases SET updated_at = %s WHERE id = %s", (later, before))
        assert stand_and_case(before) == (later, later)  # a case's change is copied
        after = add_case(conn, user_id)
        conn.execute(
            "INSERT INTO meldcode.case_state (case_id, phase, current_step)"
            " VALUES (%s, 'steps', 'signals')",
            (after,),
        )
        assert stand_and_case(after) == (NOW, NOW)  # a stand written anew takes its case's


def test_step_7_copies_each_cases_title_and_opener_beside_its_kept_rows_and_follows_them(
    server_db: ServerDatabase,
) -> None:
    with server_db.connect_admin() as conn:
        apply_schema(conn, PROGRAM_ROLE, target=6)
        user_id = add_user(conn)
        other = add_user(conn, "jb")
        case_id = add_case(conn, user_id)
        untouched = add_case(conn, user_id)
        entry_id = next_id(conn, "case_entries")
        conn.execute(
            "INSERT INTO meldcode.case_entries (id, case_id, kind, created_at, created_by)"
            " VALUES (%s, %s, 'follow_up', %s, %s)",
            (entry_id, case_id, NOW, user_id),
        )
        conn.execute("DELETE FROM meldcode.case_state_stale")
        for kept in (case_id, untouched):
            conn.execute(
                "INSERT INTO meldcode.case_state (case_id, phase, current_step)"
                " VALUES (%s, 'steps', 'signals')",
                (kept,),
            )
        conn.execute(
            "INSERT INTO meldcode.case_agenda (entry_id, case_id, kind, on_day, description)"
            " VALUES (%s, %s, 'check', %s, %s)",
            (entry_id, case_id, NOW.date(), b"sealed"),
        )
        assert apply_schema(conn, PROGRAM_ROLE) == [7]

        def copies(case_id: int) -> list[tuple[object, ...]]:
            return [
                (bytes(r[0]), r[1], bytes(r[2]), r[3])
                for r in conn.execute(
                    "SELECT x.title, x.opened_by, c.title, c.opened_by FROM ("
                    " SELECT case_id, title, opened_by FROM meldcode.case_state UNION ALL"
                    " SELECT case_id, title, opened_by FROM meldcode.case_agenda) x"
                    " JOIN meldcode.cases c ON c.id = x.case_id WHERE x.case_id = %s",
                    (case_id,),
                )
            ]

        filled = copies(case_id)
        assert len(filled) == 2  # the stand and the agenda item, filled by the step
        assert all(r[0] == r[2] and r[1] == r[3] == user_id for r in filled)
        renamed = CODEC.seal_text(Place("cases", "title", case_id), "Gezin B")
        conn.execute(
            "UPDATE meldcode.cases SET title = %s, opened_by = %s WHERE id = %s",
            (renamed, other, case_id),
        )
        assert copies(case_id) == [(renamed, other, renamed, other)] * 2  # followed
        assert copies(untouched)[0][1] == user_id

        def stand(case_id: int) -> tuple[object, ...]:
            row = conn.execute(
                "SELECT phase, current_step FROM meldcode.cases WHERE id = %s", (case_id,)
            ).fetchone()
            assert row is not None
            return tuple(row)

        assert stand(case_id) == ("steps", "signals")  # each case copies its stand
        conn.execute("DELETE FROM meldcode.case_state WHERE case_id = %s", (case_id,))
        assert stand(case_id) == (None, None)
        conn.execute(
            "INSERT INTO meldcode.case_state (case_id, phase, current_step)"
            " VALUES (%s, 'follow_up', NULL)",
            (case_id,),
        )
        assert stand(case_id) == ("follow_up", None)
        # The program writes the copies with a new row: nothing fills them on insert any more.
        assert conn.execute(
            "SELECT count(*) FROM pg_trigger WHERE tgname = 'case_state_takes_case_change'"
        ).fetchone() == (0,)
