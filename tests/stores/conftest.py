"""One store facade per test, on each of the two places the stores keep their rows: the local
vault (SQLCipher) and the practice server (a real PostgreSQL the tests start themselves).

`backend` gives a `Backend`: the opened facade (a `Vault` or a `PracticeServer`, composing the
same store classes) for the first user, a hulpverlener and beheerder, and the two things a test
needs that are done differently on each: adding a colleague and working as them.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import pytest

from app.crypto import keyslots
from app.crypto.device_secret import DeviceSecretStore
from app.domain.models import User, UserDraft
from app.domain.roles import WorkRole
from app.server import schema
from app.server.database import ServerDatabase as StoreConnection
from app.server.practice import PracticeServer
from app.vault import protections
from app.vault.audit import AuditEvent
from app.vault.location import VaultLocation
from app.vault.vault import Vault
from tests.export.conftest import export_folder, system_temp  # noqa: F401 - for documents
from tests.server.conftest import (  # noqa: F401 - fixtures of the real PostgreSQL
    PROGRAM_ROLE,
    ServerDatabase,
    postgres_server,
    postgres_url,
    program_password,
    server_db,
)
from tests.server.test_no_plaintext_on_server import hits_below, hits_in
from tests.support import TEST_PASSPHRASE, plaintext_hits

FIRST_USER = UserDraft("Anna de Vries", "huisarts", "020 123 4567")
COLLEAGUE_PASSPHRASE = "de wachtzin van een collega"
_logins = itertools.count(1)


@dataclass
class Backend:
    kind: str
    store: Any
    _switch: Any
    _add: Any
    logins: dict[int, str] = field(default_factory=dict)
    device_store: DeviceSecretStore | None = None
    passphrases: dict[int, str] = field(default_factory=dict)
    # What the log begins with: the vault logs its own creation; a practice server is made
    # by its administrator, and its log begins with the first user.
    first_event: AuditEvent = AuditEvent.VAULT_CREATED
    _scan: Any = None
    _tamper: Any = None

    def locked_plaintext(self, markers: list[str]) -> set[str]:
        """Lock the session, then the markers found in the clear where the store keeps its
        rows: the vault's folder, or the server's data folder and a dump of its database."""
        self.store.lock()
        found: set[str] = self._scan(markers)
        return found

    def tamper(self, statement: str, params: Sequence[object] = ()) -> None:
        """Run `statement` past the record's protections, behind the program's back: as one
        who holds the vault's key and drops its triggers for a moment, or as the server's
        superuser."""
        self._tamper(statement, params)

    def add_colleague(
        self,
        name: str,
        role: WorkRole = WorkRole.PROFESSIONAL,
        admin: bool = False,
        first_passphrase: bool = False,
    ) -> User:
        """A colleague with COLLEAGUE_PASSPHRASE: their own, or (`first_passphrase`) a first
        one given by the beheerder, to be replaced at their first unlock."""
        draft = UserDraft(name, "", "", role.value, is_admin=admin)
        user: User = self._add(draft, first_passphrase)
        return user

    def act_as(self, user_id: int) -> Any:
        """Lock the current session and open one as `user_id`; returns (and keeps) it."""
        self.store.lock()
        passphrase = self.passphrases.get(
            user_id, TEST_PASSPHRASE if user_id == 1 else COLLEAGUE_PASSPHRASE
        )
        self.store = self._switch(user_id, passphrase)
        return self.store

    def change_passphrase(self, passphrase: str) -> None:
        """The current user chooses `passphrase`; `act_as` uses it from then on."""
        self.store.change_passphrase(passphrase, passphrase, self.device_store)
        self.passphrases[self.store.user.id] = passphrase

    def reset_passphrase(self, user_id: int) -> None:
        """A beheerder gives `user_id` a new first passphrase, COLLEAGUE_PASSPHRASE."""
        self.store.reset_passphrase(
            user_id, COLLEAGUE_PASSPHRASE, COLLEAGUE_PASSPHRASE, self.device_store
        )
        self.passphrases.pop(user_id, None)


def _vault_backend(location: VaultLocation, device_store: DeviceSecretStore) -> Backend:
    vault, _ = Vault.create(location, FIRST_USER, TEST_PASSPHRASE, device_store)

    def add(draft: UserDraft, first: bool) -> User:
        return backend.store.add_user(  # type: ignore[no-any-return]
            draft, COLLEAGUE_PASSPHRASE, COLLEAGUE_PASSPHRASE, device_store, first_passphrase=first
        )

    def switch(user_id: int, passphrase: str) -> Vault:
        return Vault.unlock(location, user_id, passphrase, device_store)

    def tamper(statement: str, params: Sequence[object]) -> None:
        db = backend.store.db
        for name in protections.expected_triggers():
            db.execute(f"DROP TRIGGER IF EXISTS {name}")
        db.execute(statement, params)
        protections.install(db)

    def scan(markers: list[str]) -> set[str]:
        return {marker for _, marker in plaintext_hits(markers, location.folder)}

    backend = Backend(
        "vault", vault, switch, add, device_store=device_store, _scan=scan, _tamper=tamper
    )
    return backend


def _server_backend(database: ServerDatabase) -> Backend:
    with database.connect_admin() as admin:
        schema.apply_schema(admin, PROGRAM_ROLE)
        schema.set_practice(admin, f"praktijk-{database.name}")
    data_key = keyslots.new_data_key()
    first_login = f"anna{next(_logins)}"
    server = PracticeServer.start(
        StoreConnection(database.connect_program()),
        data_key,
        FIRST_USER,
        first_login,
        TEST_PASSPHRASE,
    )
    logins = {server.user.id: first_login}

    def add(draft: UserDraft, first: bool) -> User:
        login = f"collega{next(_logins)}"
        user = backend.store.add_user(draft, login, COLLEAGUE_PASSPHRASE, first_passphrase=first)
        logins[user.id] = login
        return user  # type: ignore[no-any-return]

    def switch(user_id: int, passphrase: str) -> PracticeServer:
        return PracticeServer.unlock(
            StoreConnection(database.connect_program()), logins[user_id], passphrase
        )

    def tamper(statement: str, params: Sequence[object]) -> None:
        with database.connect_admin() as admin:
            admin.execute("SET search_path = meldcode")
            admin.execute("SET session_replication_role = replica")
            admin.execute(statement.replace("?", "%s"), params)

    def scan(markers: list[str]) -> set[str]:
        with database.connect_admin() as admin:
            admin.execute("CHECKPOINT")
        control = first_login  # a login is kept in the clear: the scan must find it
        on_disk = hits_below(database.server.root, [*markers, control])
        in_dump = hits_in(database.server.pg_dump(database.name), [*markers, control])
        assert control in on_disk and control in in_dump, "the scan found not even the control"
        return (set(on_disk) | in_dump) - {control}

    backend = Backend(
        "server",
        server,
        switch,
        add,
        logins,
        first_event=AuditEvent.USER_ADDED,
        _scan=scan,
        _tamper=tamper,
    )
    return backend


@pytest.fixture(
    params=["vault", pytest.param("server", marks=pytest.mark.real_components)],
)
def backend(
    request: pytest.FixtureRequest, location: VaultLocation, device_store: DeviceSecretStore
) -> Iterator[Backend]:
    if request.param == "vault":
        made = _vault_backend(location, device_store)
    else:
        made = _server_backend(request.getfixturevalue("server_db"))
    try:
        yield made
    finally:
        made.store.lock()


@pytest.fixture
def server_backend(request: pytest.FixtureRequest) -> Iterator[Backend]:
    """The practice server alone, for what only it has (another practice's key)."""
    made = _server_backend(request.getfixturevalue("server_db"))
    try:
        yield made
    finally:
        made.store.lock()
