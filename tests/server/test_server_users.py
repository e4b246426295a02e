"""The practice's people on the server: a beheerder adds colleagues with a login, switches
them off and gives a new first passphrase, as on the vault; every refusal is Dutch, at its field."""

from __future__ import annotations

import pytest

from app.domain.models import UserDraft
from app.domain.roles import CaseVisibility, WorkRole
from app.errors import AccessDenied, ValidationError, WrongPassphrase
from app.server.database import ServerDatabase as StoreConnection
from app.server.practice import PracticeServer
from app.vault.audit import AuditEvent
from tests.server.conftest import PASSPHRASE, ServerDatabase

pytestmark = pytest.mark.real_components

OTHER = "een andere lange wachtzin"


def _open(server_db: ServerDatabase, login: str, passphrase: str) -> PracticeServer:
    return PracticeServer.unlock(StoreConnection(server_db.connect_program()), login, passphrase)


def test_a_colleague_is_added_with_a_login_and_must_choose_a_passphrase(
    server_db: ServerDatabase, first: PracticeServer
) -> None:
    draft = UserDraft("Bram Jansen", "doktersassistent", "", WorkRole.PROFESSIONAL.value)
    with pytest.raises(ValidationError) as refused:
        first.add_user(draft, "bram", PASSPHRASE, OTHER)
    assert set(refused.value.field_errors) == {"passphrase_repeat"}
    for login, why in (("", "Vul een inlognaam in"), ("b j", "zonder spaties"), ("anna", "al in")):
        with pytest.raises(ValidationError) as refused:
            first.add_user(draft, login, PASSPHRASE, PASSPHRASE)
        assert why in refused.value.field_errors["login"].format()
    bram = first.add_user(draft, " bram ", PASSPHRASE, PASSPHRASE)
    assert first.login_of(bram.id) == "bram" and bram.must_change_passphrase
    session = _open(server_db, "bram", PASSPHRASE)
    assert session.user.must_change_passphrase
    session.change_passphrase(OTHER, OTHER)
    session.lock()
    assert not _open(server_db, "bram", OTHER).user.must_change_passphrase


def test_switched_off_and_on_again(server_db: ServerDatabase, first: PracticeServer) -> None:
    bram = first.add_user(UserDraft("Bram Jansen", "", ""), "bram", PASSPHRASE)
    assert not first.deactivate_user(bram.id).active
    with pytest.raises(WrongPassphrase):
        _open(server_db, "bram", PASSPHRASE)
    with pytest.raises(AccessDenied):
        first.deactivate_user(first.user.id)  # the last beheerder stays
    assert first.reset_passphrase(bram.id, OTHER, OTHER).active
    again = _open(server_db, "bram", OTHER)
    assert again.user.must_change_passphrase
    with pytest.raises(AccessDenied):
        again.deactivate_user(first.user.id)  # a colleague without the beheerder right
    events = [e.event for e in first.audit.entries()]
    for event in (
        AuditEvent.USER_DEACTIVATED,
        AuditEvent.USER_REACTIVATED,
        AuditEvent.PASSPHRASE_RESET,
    ):
        assert event in events
    again.lock()


def test_who_sees_which_case_is_the_practices_setting(first: PracticeServer) -> None:
    first.set_case_visibility(CaseVisibility.ALL)
    assert first.case_visibility is CaseVisibility.ALL
