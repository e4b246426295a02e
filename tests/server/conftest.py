"""A real PostgreSQL for the server tests: one cluster per session, a fresh database per test.

The cluster is started once (`tests.postgres_server`); each test gets its own database, made
from an empty template with CREATE DATABASE and dropped afterwards, so no test sees another's
rows. The program's login role is cluster-wide and made once; its rights are per database and
come with `apply_schema`.
"""

from __future__ import annotations

import itertools
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg import sql

from app.crypto import keyslots
from app.domain.models import UserDraft
from app.server.database import ServerDatabase as StoreConnection
from app.server.practice import PracticeServer
from app.server.schema import apply_schema, create_program_role, set_practice
from tests.postgres_server import PostgresServer, find_bindir

TEMPLATE = "meldcode_template"
PROGRAM_ROLE = "meldcode_programma"
_numbers = itertools.count(1)


@dataclass(frozen=True)
class ServerDatabase:
    server: PostgresServer
    name: str
    program_password: str

    @property
    def admin_url(self) -> str:
        return self.server.url(self.name)

    @property
    def program_url(self) -> str:
        return self.server.url(self.name, PROGRAM_ROLE, self.program_password)

    def connect_admin(self) -> psycopg.Connection[Any]:
        return psycopg.connect(self.admin_url, autocommit=True)

    def connect_program(self) -> psycopg.Connection[Any]:
        return psycopg.connect(self.program_url, autocommit=True)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    server = PostgresServer(find_bindir())
    try:
        server.start()
        with psycopg.connect(server.url(), autocommit=True) as conn:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(TEMPLATE)))
        yield server
    finally:
        server.remove()


@pytest.fixture(scope="session")
def postgres_url(postgres_server: PostgresServer) -> str:
    """The administrator's URL of the session's server (its maintenance database)."""
    return postgres_server.url()


@pytest.fixture(scope="session")
def program_password(postgres_url: str) -> str:
    password = secrets.token_urlsafe(18)
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        create_program_role(conn, PROGRAM_ROLE, password)
    return password


@pytest.fixture
def server_db(
    postgres_server: PostgresServer, postgres_url: str, program_password: str
) -> Iterator[ServerDatabase]:
    name = f"meldcode_test_{next(_numbers)}"
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute(
            sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                sql.Identifier(name), sql.Identifier(TEMPLATE)
            )
        )
    try:
        yield ServerDatabase(postgres_server, name, program_password)
    finally:
        with psycopg.connect(postgres_url, autocommit=True) as conn:
            conn.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )


# -- a practice on a server of its own: stopping it harms no other test -----------------------

PASSPHRASE = "een lange wachtzin voor de test"


@pytest.fixture
def first(server_db: ServerDatabase) -> PracticeServer:
    """A practice on the session's server, its first beheerder Anna (login `anna`) signed in."""
    with server_db.connect_admin() as admin:
        apply_schema(admin, PROGRAM_ROLE)
        set_practice(admin, f"praktijk-{server_db.name}")
    return PracticeServer.start(
        StoreConnection(server_db.connect_program()),
        keyslots.new_data_key(),
        UserDraft("Anna de Vries", "huisarts", ""),
        "anna",
        PASSPHRASE,
    )


@dataclass
class Practice:
    """A prepared practice server with its first beheerder, Anna (login `anna`). `url` holds
    the program's password, `address` does not (the policy's form: the password comes from
    PostgreSQL's password file)."""

    server: PostgresServer
    url: str
    password: str

    @property
    def address(self) -> str:
        return f"postgresql://programma@127.0.0.1:{self.server.port}/meldcode"

    def write_passfile(self, path: Path) -> Path:
        """A pgpass file for the program's login, as an administrator hands it out."""
        path.write_text(f"127.0.0.1:{self.server.port}:meldcode:programma:{self.password}\n")
        path.chmod(0o600)
        return path

    def session(self) -> PracticeServer:
        return PracticeServer.unlock(StoreConnection.connect(self.url), "anna", PASSPHRASE)


@pytest.fixture
def practice() -> Iterator[Practice]:
    """A server of these tests alone: stopping it harms no other test."""
    server = PostgresServer(find_bindir())
    try:
        server.start()
        password = secrets.token_urlsafe(18)
        with psycopg.connect(server.url(), autocommit=True) as admin:
            create_program_role(admin, "programma", password)
            admin.execute(sql.SQL("CREATE DATABASE meldcode"))
        with psycopg.connect(server.url("meldcode"), autocommit=True) as admin:
            apply_schema(admin, "programma")
            set_practice(admin, "praktijk-weg-en-terug")
        url = server.url("meldcode", "programma", password)
        PracticeServer.start(
            StoreConnection.connect(url),
            keyslots.new_data_key(),
            UserDraft("Anna de Vries", "huisarts", ""),
            "anna",
            PASSPHRASE,
        ).lock()
        yield Practice(server, url, password)
    finally:
        server.remove()
