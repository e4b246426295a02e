"""Connecting to the practice server: TLS checked for other computers, a Dutch message when
the server is gone, and nothing half saved when it goes away mid-transaction."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.errors import ServerUnreachable, ValidationError
from app.server.connection import connect, connection_settings, reachable
from app.server.schema import apply_schema
from tests.postgres_server import PostgresServer, find_bindir, free_port
from tests.server.conftest import PROGRAM_ROLE, ServerDatabase


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://praktijk@db.praktijk.nl/meldcode",
        "postgresql://praktijk@db.praktijk.nl/meldcode?sslmode=verify-full",
        "host=db.praktijk.nl dbname=meldcode",
    ],
)
def test_another_computer_is_reached_with_its_certificate_checked(url: str) -> None:
    assert connection_settings(url)["sslmode"] == "verify-full"


@pytest.mark.parametrize("mode", ["disable", "allow", "prefer", "require", "verify-ca"])
@pytest.mark.parametrize(
    "host", ["db.praktijk.nl", "192.168.1.20", "localhost,db.praktijk.nl", "[fe80::1]"]
)
def test_a_weaker_mode_to_another_computer_is_refused_in_dutch(host: str, mode: str) -> None:
    with pytest.raises(ValidationError) as refused:
        connection_settings(f"postgresql://praktijk@{host}/meldcode?sslmode={mode}")
    assert "verify-full" in str(refused.value.field_errors["practice_server"])


def test_an_address_pointing_elsewhere_is_not_local() -> None:
    with pytest.raises(ValidationError):
        connection_settings("host=localhost hostaddr=192.168.1.20 sslmode=disable")


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://praktijk@localhost/meldcode?sslmode=disable",
        "postgresql://praktijk@127.0.0.1:5433/meldcode?sslmode=disable",
        "postgresql://praktijk@[::1]/meldcode?sslmode=disable",
        "host=/var/run/postgresql dbname=meldcode",
    ],
)
def test_this_computer_itself_may_go_without_tls(url: str) -> None:
    assert connection_settings(url).get("sslmode") in (None, "disable")


@pytest.mark.parametrize("url", ["postgresql://[kapot", "zomaar wat"])
def test_a_bad_address_is_explained_at_the_field(url: str) -> None:
    with pytest.raises(ValidationError) as refused:
        connection_settings(url)
    assert "PostgreSQL" in str(refused.value.field_errors["practice_server"])


def test_no_server_at_the_address_is_explained_without_the_address() -> None:
    port = free_port()
    url = f"postgresql://geheim_account:wachtwoord@127.0.0.1:{port}/meldcode?sslmode=disable"
    with pytest.raises(ServerUnreachable) as failed:
        connect(url)
    text = str(failed.value)
    assert "niet bereikbaar" in text
    assert "geheim_account" not in text and str(port) not in text


@pytest.mark.real_components
def test_program_connects_through_the_same_path(server_db: ServerDatabase) -> None:
    with server_db.connect_admin() as admin:
        apply_schema(admin, PROGRAM_ROLE)
    with connect(server_db.program_url) as conn:
        row = conn.execute("SELECT current_user").fetchone()
        assert row is not None and row[0] == PROGRAM_ROLE


@pytest.fixture
def own_server() -> Iterator[PostgresServer]:
    """A server of this test alone, so stopping it harms no other test."""
    server = PostgresServer(find_bindir())
    try:
        server.start()
        yield server
    finally:
        server.remove()


@pytest.mark.real_components
def test_the_server_stopped_mid_transaction_saves_nothing_half(
    own_server: PostgresServer,
) -> None:
    with connect(own_server.url()) as conn:
        conn.execute("CREATE TABLE werk (id int PRIMARY KEY)")
    conn = connect(own_server.url())
    try:
        with pytest.raises(ServerUnreachable), reachable(), conn.transaction():
            conn.execute("INSERT INTO werk VALUES (1)")
            own_server.stop(mode="immediate")
            conn.execute("INSERT INTO werk VALUES (2)")
    finally:
        conn.close()
    with pytest.raises(ServerUnreachable):
        connect(own_server.url())
    # The server is back (same folder, same port): nothing of the broken transaction is there.
    own_server.restart()
    with connect(own_server.url()) as conn:
        row = conn.execute("SELECT count(*) FROM werk").fetchone()
        assert row is not None and row[0] == 0
