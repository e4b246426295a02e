"""`meldcode-werkplek server verify` on a real PostgreSQL: a whole record says so with exit 0; what
a superuser changed behind the program (a sealed field, an entry's day) is named with exit 1; a
wrong passphrase is a Dutch message with exit 2; a colleague who is neither beheerder nor
practice manager is refused, and the refusal is logged."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.models import UserDraft
from app.domain.roles import WorkRole
from app.server.database import ServerDatabase as ProgramDatabase
from app.server.practice import PracticeServer
from app.vault.audit import AuditEvent
from tests.entry_values import case_with_signal, consultation
from tests.server.conftest import ServerDatabase
from tests.server.test_setup import (  # noqa: F401  (admin_env: a fixture)
    LOGIN,
    admin_env,
    init,
    no_traceback,
    owner_url,
    run_cli,
)
from tests.support import TEST_PASSPHRASE

pytestmark = [pytest.mark.real_components, pytest.mark.usefixtures("admin_env")]

COLLEAGUE_PASSPHRASE = "een andere lange wachtzin voor de collega"


def verify(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    db: ServerDatabase,
    login: str = LOGIN,
    passphrase: str = TEST_PASSPHRASE,
) -> tuple[int, str, str]:
    return run_cli(
        monkeypatch,
        capsys,
        "server",
        "verify",
        owner_url(db),
        "--inlognaam",
        login,
        typed=f"{passphrase}\n",
    )


def with_a_case(db: ServerDatabase) -> tuple[int, int]:
    """A case with a signal and a consultation: (signal id, entry id)."""
    with db.connect_program() as program:
        server = PracticeServer.unlock(ProgramDatabase(program), LOGIN, TEST_PASSPHRASE)
        try:
            case_id = case_with_signal(server)  # type: ignore[arg-type]
            entry = server.entries.add(case_id, consultation(held_on=date(2024, 3, 4)))
            signal_id = server.signals.for_case(case_id)[0].id
        finally:
            server.lock()
    return signal_id, entry.id


def superuser(db: ServerDatabase, statement: str, *params: object) -> None:
    with db.connect_admin() as admin:
        admin.execute("SET search_path = meldcode")
        admin.execute("SET session_replication_role = replica")
        admin.execute(statement, params)


def test_a_whole_server_says_so(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    server_db: ServerDatabase,
) -> None:
    assert init(monkeypatch, capsys, server_db)[0] == 0
    with_a_case(server_db)
    code, out, err = verify(monkeypatch, capsys, server_db)
    assert code == 0, err
    assert "De praktijkserver is in orde" in out
    assert "NIET" not in out
    with server_db.connect_program() as program:
        events = [r[0] for r in program.execute("SELECT event FROM meldcode.audit_log")]
    assert AuditEvent.VERIFY.value in events


def test_a_changed_day_and_sealed_field_are_named(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    server_db: ServerDatabase,
) -> None:
    assert init(monkeypatch, capsys, server_db)[0] == 0
    signal_id, entry_id = with_a_case(server_db)
    superuser(
        server_db,
        "UPDATE case_entry_versions SET event_on = %s WHERE entry_id = %s",
        "2023-12-31",
        entry_id,
    )
    code, out, _ = verify(monkeypatch, capsys, server_db)
    assert code == 1
    assert f"afgeleide stand: event_on: entry {entry_id} differs" in out
    assert "De gegevens op de praktijkserver zijn NIET in orde" in out
    # A sealed field given another field's sealed text: the content MAC no longer fits.
    superuser(
        server_db,
        "UPDATE signal_versions SET facts = interpretation WHERE signal_id = %s",
        signal_id,
    )
    code, out, _ = verify(monkeypatch, capsys, server_db)
    assert code == 1
    assert f"inhoud: signal {signal_id}:" in out


def test_a_wrong_passphrase_is_told_in_dutch(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    server_db: ServerDatabase,
) -> None:
    assert init(monkeypatch, capsys, server_db)[0] == 0
    code, out, err = verify(monkeypatch, capsys, server_db, passphrase=TEST_PASSPHRASE + "x")
    assert code == 2
    assert "De inlognaam of de wachtzin klopt niet" in err
    assert "in orde" not in out
    no_traceback(err)


@pytest.mark.parametrize(
    ("role", "allowed"), [(WorkRole.PROFESSIONAL, False), (WorkRole.PRACTICE_MANAGER, True)]
)
def test_only_a_beheerder_or_the_practice_manager_checks(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    server_db: ServerDatabase,
    role: WorkRole,
    allowed: bool,
) -> None:
    assert init(monkeypatch, capsys, server_db)[0] == 0
    with server_db.connect_program() as program:
        server = PracticeServer.unlock(ProgramDatabase(program), LOGIN, TEST_PASSPHRASE)
        try:
            server.add_user(
                UserDraft("Bram Jansen", "", "", role.value),
                "bjansen",
                COLLEAGUE_PASSPHRASE,
                first_passphrase=False,
            )
        finally:
            server.lock()
    code, out, err = verify(
        monkeypatch, capsys, server_db, login="bjansen", passphrase=COLLEAGUE_PASSPHRASE
    )
    if allowed:
        assert code == 0, err
        return
    assert code == 2
    assert "Alleen een beheerder of de praktijkmanager" in err
    assert "in orde" not in out
    no_traceback(err)
    with server_db.connect_program() as program:
        events = [r[0] for r in program.execute("SELECT event FROM meldcode.audit_log")]
    assert AuditEvent.ACCESS_DENIED.value in events
    assert AuditEvent.VERIFY.value not in events
