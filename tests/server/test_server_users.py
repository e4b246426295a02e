"""The practice's people on the server: a beheerder adds colleagues with a login, switches
them off and gives a new first passphrase, as on the vault; every refusal is Dutch, at its field."""

from __future__ import annotations

import pytest

from app.crypto import keyslots
from app.domain.models import UserDraft
from app.domain.roles import CaseVisibility, WorkRole
from app.errors import AccessDenied, ValidationError, WrongPassphrase
from app.server.database import ServerDatabase as StoreConnection
from app.server.practice import PracticeServer
from app.server.schema import apply_schema, set_practice
from app.vault.audit import AuditEvent
from tests.server.conftest import PROGRAM_ROLE, ServerDatabase

pytestmark = pytest.mark.real_components

PASSPHRASE = "een lange wachtzin voor de test"
OTHER = "een andere lange wachtzin"


@pytest.fixture
def admin(server_db: ServerDatabase) -> PracticeServer:
    with server_db.connect_admin() as conn:
        apply_schema(conn, PROGRAM_ROLE)
        set_practice(conn, "praktijk-gebruikers")
    return PracticeServer.start(
        StoreConnection(server_db.connect_program()),
        keyslots.new_data_key(),
        UserDraft("Anna de Vries", "huisarts", ""),
        "anna",
        PASSPHRASE,
    )


def _open(server_db: ServerDatabase, login: str, passphrase: str) -> PracticeServer:
    return PracticeServer.unlock(StoreConnection(server_db.connect_program()), login, passphrase)


def test_a_colleague_is_added_with_a_login_and_must_choose_a_passphrase(
    server_db: ServerDatabase, admin: PracticeServer
) -> None:
    draft = UserDraft("Bram Jansen", "doktersassistent", "", WorkRole.PROFESSIONAL.value)
    with pytest.raises(ValidationError) as refused:
        admin.add_user(draft, "bram", PASSPHRASE, OTHER)
    assert set(refused.value.field_errors) == {"passphrase_repeat"}
    for login, why in (("", "Vul een inlognaam in"), ("b j", "zonder spaties"), ("anna", "al in")):
        with pytest.raises(ValidationError) as refused:
            admin.add_user(draft, login, PASSPHRASE, PASSPHRASE)
        assert why in refused.value.field_errors["login"].format()
    bram = admin.add_user(draft, " bram ", PASSPHRASE, PASSPHRASE)
    assert admin.login_of(bram.id) == "bram" and bram.must_change_passphrase
    session = _open(server_db, "bram", PASSPHRASE)
    assert session.user.must_change_passphrase
    session.change_passphrase(OTHER, OTHER)
    session.lock()
    assert not _open(server_db, "bram", OTHER).user.must_change_passphrase


def test_switched_off_and_on_again(server_db: ServerDatabase, admin: PracticeServer) -> None:
    bram = admin.add_user(UserDraft("Bram Jansen", "", ""), "bram", PASSPHRASE)
    assert not admin.deactivate_user(bram.id).active
    with pytest.raises(WrongPassphrase):
        _open(server_db, "bram", PASSPHRASE)
    with pytest.raises(AccessDenied):
        admin.deactivate_user(admin.user.id)  # the last beheerder stays
    assert admin.reset_passphrase(bram.id, OTHER, OTHER).active
    again = _open(server_db, "bram", OTHER)
    assert again.user.must_change_passphrase
    with pytest.raises(AccessDenied):
        again.deactivate_user(admin.user.id)  # a colleague without the beheerder right
    events = [e.event for e in admin.audit.entries()]
    for event in (
        AuditEvent.USER_DEACTIVATED,
        AuditEvent.USER_REACTIVATED,
        AuditEvent.PASSPHRASE_RESET,
    ):
        assert event in events
    again.lock()


def test_who_sees_which_case_is_the_practices_setting(admin: PracticeServer) -> None:
    admin.set_case_visibility(CaseVisibility.ALL)
    assert admin.case_visibility is CaseVisibility.ALL
