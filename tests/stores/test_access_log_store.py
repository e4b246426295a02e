"""The access log as the beheerder and the praktijkmanager read it, through the same store on
the vault and on the practice server: filtered on what is kept in the clear (case, user, kind,
period), ordered and paged; names and details opened on the client."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.domain.enums import CloseReason
from app.domain.models import CaseDraft
from app.domain.roles import WorkRole
from app.errors import AccessDenied, ValidationError
from app.store.access_log import LogFilter
from app.timeutil import today
from app.vault.audit import AuditEvent
from tests.stores.conftest import FIRST_USER, Backend


def test_the_log_is_filtered_ordered_and_paged_the_same_on_both(backend: Backend) -> None:
    store = backend.store
    colleague = backend.add_colleague("Bram Dekker-Ölçer")
    cases = [store.cases.create(CaseDraft(f"Gezin {n}")) for n in range(3)]
    for case in cases:
        store.cases.open(case.id)
    store.cases.close(cases[1].id, "Hulp loopt", CloseReason.HANDED_OVER)
    log = store.access_log

    everything = log.count(LogFilter())
    assert everything == len(store.audit.entries())
    first_page, second_page = log.page(LogFilter(), 0, 4), log.page(LogFilter(), 4, 4)
    assert [r.seq for r in first_page + second_page] == list(range(everything, everything - 8, -1))
    oldest = log.page(LogFilter(newest_first=False), 0, 1)[0]
    assert oldest.seq == 1
    assert {r.case_id for r in log.page(LogFilter(case_id=cases[1].id))} == {cases[1].id}
    assert log.count(LogFilter(event=AuditEvent.OPEN.value)) == 3
    assert log.count(LogFilter(user_id=store.user.id)) == everything
    assert log.count(LogFilter(user_id=colleague.id)) == 0
    assert log.count(LogFilter(date_from=today(), date_to=today())) == everything
    assert log.count(LogFilter(date_to=today() - timedelta(days=1))) == 0
    assert log.count(LogFilter(date_from=today() + timedelta(days=1))) == 0

    closed = log.page(LogFilter(case_id=cases[1].id, event=AuditEvent.CLOSE.value))
    assert len(closed) == 1
    row = closed[0]
    assert (row.user_name, row.work_role, row.detail) == (
        FIRST_USER.display_name,
        WorkRole.PROFESSIONAL,
        "reason=handed_over",
    )
    assert row.at.tzinfo is not None and row.at.date() >= today() - timedelta(days=1)
    added = log.page(LogFilter(event=AuditEvent.USER_ADDED.value))
    assert [r.object_name for r in added if r.object_id == colleague.id] == ["Bram Dekker-Ölçer"]
    assert log.all_rows(LogFilter(), batch=3) == log.page(LogFilter(), 0, everything)

    with pytest.raises(ValidationError):
        log.count(LogFilter(date_from=date(2025, 2, 1), date_to=date(2025, 1, 1)))
    with pytest.raises(ValidationError):
        log.count(LogFilter(event="geen-soort"))


def test_only_the_beheerder_and_the_praktijkmanager_read_the_log(backend: Backend) -> None:
    plain = backend.add_colleague("Bram Dekker")
    manager = backend.add_colleague("Mila Vermeulen", WorkRole.PRACTICE_MANAGER)
    store = backend.act_as(plain.id)
    with pytest.raises(AccessDenied):
        store.access_log.page(LogFilter())
    store = backend.act_as(manager.id)
    store.access_log.opened()
    seen = store.access_log.page(LogFilter(event=AuditEvent.ACCESS_DENIED.value))
    assert [(r.user_id, r.object_type) for r in seen] == [(plain.id, "access_log")]
    viewed = store.access_log.page(LogFilter(event=AuditEvent.LOG_VIEWED.value))
    assert [r.user_name for r in viewed] == ["Mila Vermeulen"]
