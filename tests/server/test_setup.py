"""`meldcode-werkplek server init|migrate|status` on a real PostgreSQL: the practice is made once,
its key slots open with the passphrase and the recovery code, the program role gets no more than
it needs, and every failure to connect is a Dutch message with a non-zero exit, no traceback and
no password."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import psycopg
import pytest
from psycopg import errors, sql

from app.cli import main
from app.crypto.keyslots import open_slot
from app.errors import ServerUnreachable
from app.server import schema, setup
from app.server.database import ServerDatabase as ProgramDatabase
from app.server.fields import FieldCodec, Place
from app.server.practice import PracticeServer
from app.vault.audit import AuditEvent
from tests.postgres_server import SUPERUSER, free_port
from tests.server.conftest import PROGRAM_ROLE, ServerDatabase
from tests.server.test_schema import CODEC, add_case, add_user
from tests.support import TEST_PASSPHRASE

pytestmark = pytest.mark.real_components

NAME = "Marieke Verhoeven-Testmarker"
LOGIN = "mverhoeven"
CODE = re.compile(r"^\s+([0-9A-Z]{5}(?:-[0-9A-Z]{5}){5})$", re.MULTILINE)


def owner_url(db: ServerDatabase, **query: str) -> str:
    """The database owner's address as an administrator types it: no password in it."""
    extra = "&".join(f"{k}={v}" for k, v in {"sslmode": "disable", **query}.items())
    return f"postgresql://{SUPERUSER}@127.0.0.1:{db.server.port}/{quote(db.name)}?{extra}"


@pytest.fixture
def admin_env(monkeypatch: pytest.MonkeyPatch, server_db: ServerDatabase, tmp_path: Any) -> None:
    monkeypatch.setenv("PGPASSWORD", server_db.server.password)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "geen-pgpass"))


def run_cli(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    *argv: str,
    typed: str = "",
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(typed))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def answers(name: str = NAME, login: str = LOGIN, passphrase: str = TEST_PASSPHRASE) -> str:
    return f"{name}\n{login}\n{passphrase}\n{passphrase}\n"


def init(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], db: ServerDatabase
) -> tuple[int, str, str]:
    return run_cli(monkeypatch, capsys, "server", "init", owner_url(db), typed=answers())


def no_traceback(err: str) -> None:
    assert "Traceback" not in err and "psycopg" not in err, err


@pytest.mark.usefixtures("admin_env")
def test_init_makes_the_practice_whose_slots_open_its_sealed_fields(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], server_db: ServerDatabase
) -> None:
    code, out, err = init(monkeypatch, capsys, server_db)
    assert code == 0, err
    recovery = CODE.search(out)
    assert recovery is not None, out
    assert "Deze code ziet u maar één keer." in out
    assert TEST_PASSPHRASE not in out + err
    with server_db.connect_admin() as conn:
        assert schema.schema_version(conn) == schema.LATEST_VERSION
        practice_id = schema.practice_id(conn)
        assert practice_id is not None and practice_id in out
        (user,) = conn.execute(
            "SELECT id, login, work_role, is_admin, display_name, phone FROM meldcode.users"
        ).fetchall()
        slots = schema.load_slots(conn)
    user_id, login, role, admin, sealed_name, sealed_phone = user
    assert (login, role, admin) == (LOGIN, "hulpverlener", True)
    assert NAME.encode() not in bytes(sealed_name)
    (user_slot,) = [s for s in slots if s.kind == "user"]
    (recovery_slot,) = [s for s in slots if s.kind == "recovery"]
    assert user_slot.user_id == user_id and not user_slot.device_bound
    key = open_slot(practice_id, user_slot, TEST_PASSPHRASE, None)
    assert key is not None
    assert open_slot(practice_id, user_slot, TEST_PASSPHRASE + "x", None) is None
    assert open_slot(practice_id, recovery_slot, recovery.group(1), None) == key
    codec = FieldCodec(key)
    assert codec.open_text(Place("users", "display_name", user_id), bytes(sealed_name)) == NAME
    assert codec.open_text(Place("users", "phone", user_id), bytes(sealed_phone)) == ""
    # The program opens the practice with what init made: the beheerder's login and
    # passphrase, and the first row of the practice's log says who was added.
    with server_db.connect_program() as program:
        session = PracticeServer.unlock(ProgramDatabase(program), LOGIN, TEST_PASSPHRASE)
        assert session.user.id == user_id and session.user.is_admin
        assert session.user.display_name == NAME
        logged = sorted(session.audit.entries(), key=lambda e: e.seq)
        assert [e.event for e in logged] == [AuditEvent.USER_ADDED, AuditEvent.UNLOCK]
        session.lock()


@pytest.mark.usefixtures("admin_env")
def test_a_second_init_is_refused_and_changes_nothing(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], server_db: ServerDatabase
) -> None:
    assert init(monkeypatch, capsys, server_db)[0] == 0
    with server_db.connect_admin() as conn:
        before = schema.load_slots(conn), schema.practice_id(conn)
    code, _out, err = init(monkeypatch, capsys, server_db)
    assert code != 0 and "al een praktijk" in err
    no_traceback(err)
    with server_db.connect_admin() as conn:
        assert (schema.load_slots(conn), schema.practice_id(conn)) == before
        assert conn.execute("SELECT count(*) FROM meldcode.users").fetchone() == (1,)


@pytest.mark.usefixtures("admin_env")
def test_init_refuses_bad_answers_and_writes_nothing(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], server_db: ServerDatabase
) -> None:
    typed = "\nmet spatie\nkort\nanders\n"
    code, _out, err = run_cli(
        monkeypatch, capsys, "server", "init", owner_url(server_db), typed=typed
    )
    assert code != 0
    assert "Vul de naam in" in err and "inlognaam" in err.lower() and "Te kort" in err
    assert "niet gelijk" in err
    no_traceback(err)
    with server_db.connect_admin() as conn:
        assert schema.schema_version(conn) == 0


@pytest.mark.usefixtures("admin_env")
def test_migrate_is_idempotent_and_refuses_a_newer_server(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], server_db: ServerDatabase
) -> None:
    url = owner_url(server_db)
    code, _, err = run_cli(monkeypatch, capsys, "server", "migrate", url)
    assert code != 0 and "nog geen praktijk" in err
    assert init(monkeypatch, capsys, server_db)[0] == 0
    for _ in range(2):
        code, out, err = run_cli(monkeypatch, capsys, "server", "migrate", url)
        assert code == 0, err
        assert "niets uitgevoerd" in out
    with server_db.connect_admin() as conn:
        assert schema.schema_version(conn) == schema.LATEST_VERSION
        conn.execute(
            "INSERT INTO meldcode.schema_version (version, description, app_version)"
            " VALUES (%s, 'later', '99')",
            (schema.LATEST_VERSION + 1,),
        )
    code, out, err = run_cli(monkeypatch, capsys, "server", "migrate", url)
    assert code != 0 and "nieuwere versie" in err
    no_traceback(err)


@pytest.mark.usefixtures("admin_env")
def test_the_program_role_cannot_change_the_schema(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], server_db: ServerDatabase
) -> None:
    assert init(monkeypatch, capsys, server_db)[0] == 0
    with server_db.connect_program() as conn:
        assert conn.execute("SELECT count(*) FROM meldcode.users").fetchone() == (1,)
        for statement in (
            "ALTER TABLE meldcode.users ADD COLUMN x int",
            "DROP TABLE meldcode.key_slots",
            "TRUNCATE meldcode.users CASCADE",
            "CREATE TABLE meldcode.extra (id int)",
            "DROP SCHEMA meldcode CASCADE",
        ):
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(statement)


@pytest.mark.usefixtures("admin_env")
def test_status_shows_counts_and_tls_and_no_case_data(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], server_db: ServerDatabase
) -> None:
    url = owner_url(server_db)
    code, out, _ = run_cli(monkeypatch, capsys, "server", "status", url)
    assert code == 0 and "nog niet aangemaakt" in out
    assert init(monkeypatch, capsys, server_db)[0] == 0
    code, out, err = run_cli(monkeypatch, capsys, "server", "status", url)
    assert code == 0, err
    assert f"Schemaversie: {schema.LATEST_VERSION}" in out
    assert "Actieve gebruikers: 1, van wie beheerder: 1" in out
    assert "Versleutelde verbinding (TLS): nee" in out
    assert NAME not in out and LOGIN not in out


@pytest.mark.usefixtures("admin_env")
@pytest.mark.parametrize(
    ("role", "expected"),
    [("bestaat_niet", "bestaat niet"), (SUPERUSER, "superuser")],
    ids=["missing", "superuser"],
)
def test_the_program_role_must_exist_and_be_weak(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    server_db: ServerDatabase,
    role: str,
    expected: str,
) -> None:
    code, _, err = run_cli(
        monkeypatch,
        capsys,
        *("server", "init", owner_url(server_db), "--programmarol", role),
        typed=answers(),
    )
    assert code != 0 and expected in err
    no_traceback(err)
    with server_db.connect_admin() as conn:
        assert schema.schema_version(conn) == 0


def test_connection_failures_are_dutch_messages_without_the_password(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    server_db: ServerDatabase,
    tmp_path: Any,
) -> None:
    secret = "Geheim-wachtwoord-42"
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "geen-pgpass"))
    port = server_db.server.port
    cases = [
        (owner_url(server_db), secret, "weigert de aanmelding"),
        (owner_url(server_db, sslmode="verify-full"), secret, "versleutelde verbinding"),
        (
            f"postgresql://{SUPERUSER}@127.0.0.1:{free_port()}/x?sslmode=disable",
            "",
            "antwoordt niet",
        ),
        (f"postgresql://{SUPERUSER}:{secret}@127.0.0.1:{port}/x", "", "bevat een wachtwoord"),
        ("http://server.praktijk.nl", "", "geen adres"),
        ("postgresql://u@db.praktijk.nl/x?sslmode=require", "", "verify-full"),
        (owner_url(server_db), None, "PGPASSWORD"),
    ]
    for url, password, expected in cases:
        if password is None:
            monkeypatch.delenv("PGPASSWORD", raising=False)
        else:
            monkeypatch.setenv("PGPASSWORD", password)
        code, out, err = run_cli(monkeypatch, capsys, "server", "status", url)
        assert code != 0, url
        assert expected in err, (url, err)
        assert secret not in out + err
        no_traceback(err)
    monkeypatch.setenv("PGPASSWORD", server_db.server.password)
    missing = owner_url(server_db).replace(f"/{server_db.name}?", "/geen_database?")
    code, _, err = run_cli(monkeypatch, capsys, "server", "status", missing)
    assert code != 0 and "bestaat niet" in err


def test_an_unreachable_server_ends_the_real_program_without_a_traceback(tmp_path: Any) -> None:
    env = {**os.environ, "PGPASSWORD": "Geheim-wachtwoord-42", "PGPASSFILE": str(tmp_path / "x")}
    url = f"postgresql://{SUPERUSER}@127.0.0.1:{free_port()}/meldcode?sslmode=disable"
    done = subprocess.run(
        [sys.executable, "-m", "app.cli", "server", "status", url],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    assert done.returncode != 0
    assert "antwoordt niet" in done.stderr
    assert "Traceback" not in done.stderr and "Geheim" not in done.stdout + done.stderr


def test_a_lost_connection_during_work_is_the_unreachable_message(
    server_db: ServerDatabase,
) -> None:
    address = setup.ServerAddress("127.0.0.1", str(server_db.server.port), server_db.name, "u")
    conn: psycopg.Connection[Any] = server_db.connect_admin()
    conn.close()
    with pytest.raises(ServerUnreachable) as raised, setup.explained(address):
        conn.execute("SELECT 1")
    assert "niet bereikbaar" in str(raised.value)


@pytest.fixture
def owned_database(server_db: ServerDatabase) -> Iterator[tuple[str, str]]:
    """A database owned by a role that is no superuser, as docs/beheer.md sets it up; yields
    the owner's address (no password) and password."""
    owner, password = f"eigenaar_{server_db.name}", "Eigenaar-wachtwoord-7"
    database = f"{server_db.name}_eigen"
    with psycopg.connect(server_db.server.url(), autocommit=True) as conn:
        conn.execute(
            sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
                sql.Identifier(owner), sql.Literal(password)
            )
        )
        conn.execute(
            sql.SQL("CREATE DATABASE {} OWNER {}").format(
                sql.Identifier(database), sql.Identifier(owner)
            )
        )
        conn.execute(
            sql.SQL("REVOKE ALL ON DATABASE {} FROM PUBLIC").format(sql.Identifier(database))
        )
        conn.execute(
            sql.SQL("GRANT CONNECT ON DATABASE {} TO {}, {}").format(
                sql.Identifier(database), sql.Identifier(owner), sql.Identifier(PROGRAM_ROLE)
            )
        )
    port = server_db.server.port
    try:
        yield f"postgresql://{owner}@127.0.0.1:{port}/{database}?sslmode=disable", password
    finally:
        with psycopg.connect(server_db.server.url(), autocommit=True) as conn:
            for name in (database, f"{database}_terug"):
                conn.execute(
                    sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
                )
            conn.execute(sql.SQL("DROP OWNED BY {}").format(sql.Identifier(owner)))
            conn.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(owner)))


def program_connection(db: ServerDatabase, database: str) -> psycopg.Connection[Any]:
    return psycopg.connect(
        db.server.url(database, PROGRAM_ROLE, db.program_password), autocommit=True
    )


def test_an_owner_without_superuser_sets_up_and_a_dump_restores(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    server_db: ServerDatabase,
    owned_database: tuple[str, str],
    tmp_path: Any,
) -> None:
    """The way docs/beheer.md describes it: init as the owner, pg_dump, pg_restore into an
    empty database without owners and rights, then migrate gives the program role its rights."""
    url, password = owned_database
    monkeypatch.setenv("PGPASSWORD", password)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "geen-pgpass"))
    code, out, err = run_cli(monkeypatch, capsys, "server", "init", url, typed=answers())
    assert code == 0, err
    recovery = CODE.search(out)
    assert recovery is not None
    database = url.rsplit("/", 1)[1].split("?")[0]
    dump = tmp_path / "praktijk.dump"
    bindir = server_db.server.bindir
    where = ["-h", "127.0.0.1", "-p", str(server_db.server.port)]
    env = {**os.environ, "PGPASSWORD": password}
    subprocess.run(
        [str(bindir / "pg_dump"), *where, "-U", url.split("//")[1].split("@")[0],
         "--format=custom", f"--file={dump}", database],
        env=env, check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    restored = f"{database}_terug"
    owner = url.split("//")[1].split("@")[0]
    with psycopg.connect(server_db.server.url(), autocommit=True) as conn:
        conn.execute(
            sql.SQL("CREATE DATABASE {} OWNER {}").format(
                sql.Identifier(restored), sql.Identifier(owner)
            )
        )
    subprocess.run(
        [str(bindir / "pg_restore"), *where, "-U", owner, "--no-owner", "--no-privileges",
         f"--dbname={restored}", str(dump)],
        env=env, check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    with (
        program_connection(server_db, restored) as conn,
        pytest.raises(errors.InsufficientPrivilege),
    ):
        conn.execute("SELECT count(*) FROM meldcode.users")
    restored_url = url.replace(f"/{database}?", f"/{restored}?")
    code, out, err = run_cli(monkeypatch, capsys, "server", "migrate", restored_url)
    assert code == 0, err
    with program_connection(server_db, restored) as conn:
        practice_id = schema.practice_id(conn)
        assert practice_id is not None
        (user_id, sealed) = conn.execute(
            "SELECT id, display_name FROM meldcode.users"
        ).fetchone() or (0, b"")
        slots = {s.kind: s for s in schema.load_slots(conn)}
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("DROP TABLE meldcode.audit_log")
    key = open_slot(practice_id, slots["user"], TEST_PASSPHRASE, None)
    assert key is not None
    assert open_slot(practice_id, slots["recovery"], recovery.group(1), None) == key
    assert FieldCodec(key).open_text(Place("users", "display_name", user_id), bytes(sealed)) == NAME


@pytest.mark.usefixtures("admin_env")
def test_migrate_applies_each_pending_step_in_its_own_transaction(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], server_db: ServerDatabase
) -> None:
    assert init(monkeypatch, capsys, server_db)[0] == 0
    url = owner_url(server_db)
    first = schema.LATEST_VERSION
    good = schema.ServerStep(
        first + 1, "proef: een kolom erbij", "ALTER TABLE meldcode.cases ADD COLUMN proef integer;"
    )
    broken = schema.ServerStep(
        first + 2, "proef: kapot", "ALTER TABLE meldcode.bestaat_niet ADD COLUMN x integer;"
    )
    monkeypatch.setattr(schema, "STEPS", (*schema.STEPS, good, broken))
    monkeypatch.setattr(schema, "LATEST_VERSION", first + 2)
    code, out, err = run_cli(monkeypatch, capsys, "server", "migrate", url)
    assert code != 0 and "gaf een fout (42P01)" in err
    assert f"Schemastap {first + 1} uitgevoerd: proef: een kolom erbij" in out
    no_traceback(err)
    with server_db.connect_admin() as conn:
        # The good step stays; the broken one left nothing behind.
        assert schema.schema_version(conn) == first + 1
        assert conn.execute(
            "SELECT count(*) FROM information_schema.columns"
            " WHERE table_schema = 'meldcode' AND column_name = 'proef'"
        ).fetchone() == (1,)
    monkeypatch.setattr(schema, "STEPS", (*schema.STEPS[:-1],))
    monkeypatch.setattr(schema, "LATEST_VERSION", first + 1)
    code, out, err = run_cli(monkeypatch, capsys, "server", "migrate", url)
    assert code == 0 and "niets uitgevoerd" in out, err
    monkeypatch.setattr(schema, "LATEST_VERSION", first + 2)
    fixed = schema.ServerStep(
        first + 2, "proef: nog een kolom", "ALTER TABLE meldcode.persons ADD COLUMN proef integer;"
    )
    monkeypatch.setattr(schema, "STEPS", (*schema.STEPS, fixed))
    code, out, err = run_cli(monkeypatch, capsys, "server", "migrate", url)
    assert code == 0, err
    assert f"Schemastap {first + 2} uitgevoerd: proef: nog een kolom" in out
    assert f"bijgewerkt van versie {first + 1} naar {first + 2}" in out
    with server_db.connect_program() as conn:  # the rights were renewed after the step
        assert conn.execute("SELECT count(proef) FROM meldcode.persons").fetchone() == (0,)


def test_the_password_is_asked_only_when_the_server_wants_one(
    monkeypatch: pytest.MonkeyPatch, server_db: ServerDatabase, tmp_path: Any
) -> None:
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "geen-pgpass"))
    prompts: list[str] = []

    def typed(answer: str) -> setup.AskSecret:
        def ask(prompt: str) -> str:
            prompts.append(prompt)
            return answer

        return ask

    with setup.open_connection(owner_url(server_db), typed(server_db.server.password)) as conn:
        assert conn.execute("SELECT 1").fetchone() == (1,)
    assert prompts == [f"Wachtwoord van databasegebruiker {SUPERUSER}: "]
    with pytest.raises(setup.ServerSetupFailed, match="weigert de aanmelding") as refused:
        setup.open_connection(owner_url(server_db), typed("Geheim-fout-wachtwoord"))
    assert "Geheim" not in str(refused.value)
    monkeypatch.setenv("PGPASSWORD", server_db.server.password)
    prompts.clear()
    setup.open_connection(owner_url(server_db), typed("niet nodig")).close()
    assert prompts == []


def _entry(conn: psycopg.Connection[Any], case_id: int, user_id: int, kind: str) -> int:
    entry_id = schema.next_id(conn, "case_entries")
    conn.execute(
        "INSERT INTO meldcode.case_entries (id, case_id, kind, created_at, created_by)"
        " VALUES (%s, %s, %s, now(), %s)",
        (entry_id, case_id, kind, user_id),
    )
    return entry_id


def _version(
    conn: psycopg.Connection[Any], entry_id: int, version: int, user_id: int, **extra: object
) -> None:
    version_id = schema.next_id(conn, "case_entry_versions")
    columns: dict[str, object] = {
        "id": version_id,
        "entry_id": entry_id,
        "version": version,
        "change": "created" if version == 1 else "corrected",
        "event_on": "2026-03-02",
        "recorded_at": "2026-03-02T10:00:00+00:00",
        "recorded_by": user_id,
        "payload": CODEC.seal_text(Place("case_entry_versions", "payload", version_id), "{}"),
        "change_reason": CODEC.seal_text(
            Place("case_entry_versions", "change_reason", version_id), None
        ),
        **extra,
    }
    conn.execute(
        sql.SQL("INSERT INTO meldcode.case_entry_versions ({}) VALUES ({})").format(
            sql.SQL(", ").join(map(sql.Identifier, columns)),
            sql.SQL(", ").join(sql.Placeholder() * len(columns)),
        ),
        list(columns.values()),
    )


@pytest.mark.usefixtures("admin_env")
def test_migrate_from_3_to_4_checks_new_meldingen_and_keeps_the_old(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], server_db: ServerDatabase
) -> None:
    with server_db.connect_admin() as conn:
        schema.apply_schema(conn, PROGRAM_ROLE, target=3)
    with server_db.connect_program() as conn:
        user_id = add_user(conn)
        case_id = add_case(conn, user_id)
        decision = _entry(conn, case_id, user_id, "decision")
        _version(conn, decision, 1, user_id)
        report = _entry(conn, case_id, user_id, "report")
        _version(conn, report, 1, user_id)  # as a program of schema 3 wrote it
    code, out, err = run_cli(monkeypatch, capsys, "server", "migrate", owner_url(server_db))
    assert code == 0, err
    assert f"Schemastap 4 uitgevoerd: {schema.STEPS[3].description}" in out
    with server_db.connect_admin() as conn:
        assert schema.schema_version(conn) >= 4
    with server_db.connect_program() as conn:
        kept = conn.execute(
            "SELECT version, decision_id FROM meldcode.case_entry_versions WHERE entry_id = %s",
            (report,),
        ).fetchall()
        assert kept == [(1, None)]  # what was there stays as it was
        with pytest.raises(errors.CheckViolation, match="names its decision"):
            _version(conn, report, 2, user_id)
        with pytest.raises(errors.CheckViolation, match="names its decision"):
            _version(conn, report, 2, user_id, decision_id=decision, event_on=None)
        _version(conn, report, 2, user_id, decision_id=decision)
        _version(conn, decision, 2, user_id)  # other kinds name no decision
