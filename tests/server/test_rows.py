"""Two computers editing the same draft: the second save is refused in Dutch, never a silent
overwrite, also when both save at the same moment."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime

import pytest

from app.errors import ChangedElsewhere, RecordNotFound
from app.server.fields import FieldCodec, Place
from app.server.rows import update_checked
from app.server.schema import apply_schema, next_id
from tests.server.conftest import PROGRAM_ROLE, ServerDatabase

pytestmark = pytest.mark.real_components

CODEC = FieldCodec(bytes(range(32)))
NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def payload(draft_id: int, text: str) -> bytes:
    return CODEC.seal_text(Place("drafts", "payload", draft_id), text)


def read(server_db: ServerDatabase, draft_id: int) -> tuple[int, str | None]:
    with server_db.connect_program() as conn:
        row = conn.execute(
            "SELECT row_version, payload FROM meldcode.drafts WHERE id = %s", (draft_id,)
        ).fetchone()
    assert row is not None
    return int(row[0]), CODEC.open_text(Place("drafts", "payload", draft_id), bytes(row[1]))


@pytest.fixture
def draft(server_db: ServerDatabase) -> int:
    with server_db.connect_admin() as admin:
        apply_schema(admin, PROGRAM_ROLE)
    with server_db.connect_program() as conn:
        user_id = next_id(conn, "users")
        conn.execute(
            "INSERT INTO meldcode.users (id, login, work_role, created_at, display_name, role,"
            " phone) VALUES (%s, 'av', 'hulpverlener', %s, '', '', '')",
            (user_id, NOW),
        )
        draft_id = next_id(conn, "drafts")
        conn.execute(
            "INSERT INTO meldcode.drafts (id, user_id, form, saved_at, payload)"
            " VALUES (%s, %s, 'signal', %s, %s)",
            (draft_id, user_id, NOW, payload(draft_id, "begin")),
        )
    return draft_id


def test_the_second_save_of_one_version_is_refused(server_db: ServerDatabase, draft: int) -> None:
    with server_db.connect_program() as first, server_db.connect_program() as second:
        assert update_checked(first, "drafts", draft, 1, {"payload": payload(draft, "A")}) == 2
        with pytest.raises(ChangedElsewhere) as refused:
            update_checked(second, "drafts", draft, 1, {"payload": payload(draft, "B")})
        assert "collega" in str(refused.value)
        assert read(server_db, draft) == (2, "A")
        # Having seen the new version, the second computer may save.
        assert update_checked(second, "drafts", draft, 2, {"payload": payload(draft, "B")}) == 3
    assert read(server_db, draft) == (3, "B")


def test_a_row_that_is_gone_is_said_so(server_db: ServerDatabase, draft: int) -> None:
    with server_db.connect_program() as conn:
        conn.execute("DELETE FROM meldcode.drafts WHERE id = %s", (draft,))
        with pytest.raises(RecordNotFound):
            update_checked(conn, "drafts", draft, 1, {"payload": payload(draft, "A")})


def test_two_saves_at_the_same_moment_do_not_both_pass(
    server_db: ServerDatabase, draft: int
) -> None:
    outcome: list[BaseException | int] = []
    with server_db.connect_program() as first, server_db.connect_program() as second:
        pid = second.execute("SELECT pg_backend_pid()").fetchone()
        assert pid is not None
        with first.transaction():
            update_checked(first, "drafts", draft, 1, {"payload": payload(draft, "A")})

            def save_second() -> None:
                try:
                    outcome.append(
                        update_checked(second, "drafts", draft, 1, {"payload": payload(draft, "B")})
                    )
                except BaseException as exc:
                    outcome.append(exc)

            worker = threading.Thread(target=save_second)
            worker.start()
            # The second save waits for the first one's row lock before the first commits.
            with server_db.connect_admin() as admin:
                deadline = time.monotonic() + 20
                while time.monotonic() < deadline:
                    waiting = admin.execute(
                        "SELECT wait_event_type FROM pg_stat_activity WHERE pid = %s", (pid[0],)
                    ).fetchone()
                    if waiting is not None and waiting[0] == "Lock":
                        break
                    worker.join(timeout=0.02)
                else:
                    pytest.fail("the second save never waited for the first")
        worker.join(timeout=20)
    assert len(outcome) == 1 and isinstance(outcome[0], ChangedElsewhere)
    assert read(server_db, draft) == (2, "A")


def test_only_versioned_tables_and_program_columns() -> None:
    for table, values in (("signals", {"case_id": 1}), ("drafts", {}), ("drafts", {"x y": 1})):
        with pytest.raises(ValueError):
            update_checked(None, table, 1, 1, values)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        update_checked(None, "drafts", 1, 1, {"row_version": 9})  # type: ignore[arg-type]
