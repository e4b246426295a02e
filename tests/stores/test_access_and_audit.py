"""The access policy, sharing and the audit log through the same code on the vault and on the
practice server, and the seam's SQL fragments giving the same answers on both."""

from __future__ import annotations

import pytest

from app.domain.enums import PersonRole
from app.domain.models import CaseDraft, PersonDraft
from app.domain.roles import CaseVisibility, WorkRole
from app.errors import AccessDenied, RecordNotFound
from app.vault.audit import AuditEvent
from tests.stores.conftest import Backend
from tests.stores.test_cases_persons_signals import draft


def denials(store: object) -> list[tuple[int | None, int | None]]:
    return [
        (e.user_id, e.case_id)
        for e in store.audit.entries()  # type: ignore[attr-defined]
        if e.event == AuditEvent.ACCESS_DENIED
    ]


def test_a_colleague_sees_only_own_and_shared_cases_and_a_refusal_is_logged(
    backend: Backend,
) -> None:
    owner = backend.store.user
    case_id = backend.store.cases.create(CaseDraft("Gezin A")).id
    signal = backend.store.signals.add(case_id, draft())
    person = backend.store.persons.add(case_id, PersonDraft(PersonRole.CHILD, "Sam"))
    colleague = backend.add_colleague("Bram Collega")

    store = backend.act_as(colleague.id)
    own = store.cases.create(CaseDraft("Gezin B")).id
    assert store.access.may_see(own) and not store.access.may_see(case_id)
    for refused in (
        lambda: store.cases.get(case_id),
        lambda: store.cases.rename(case_id, CaseDraft("Anders")),
        lambda: store.persons.for_case(case_id),
        lambda: store.persons.get(person.id),
        lambda: store.signals.get(signal.id),
        lambda: store.signals.add(case_id, draft()),
    ):
        with pytest.raises(AccessDenied):
            refused()
    assert denials(store).count((colleague.id, case_id)) == 6
    # A case that does not exist is not found, and not logged as a refusal.
    with pytest.raises(RecordNotFound):
        store.cases.get(case_id + 100)

    store = backend.act_as(owner.id)
    store.share_case(case_id, colleague.id)
    assert [u.id for u in store.shared_with(case_id)] == [colleague.id]
    store = backend.act_as(colleague.id)
    assert store.cases.get(case_id).title == "Gezin A"
    assert store.signals.for_case(case_id)[0].id == signal.id
    store.persons.update(person.id, PersonDraft(PersonRole.CHILD, "Sam de Jong"))

    store = backend.act_as(owner.id)
    store.unshare_case(case_id, colleague.id)
    assert store.shared_with(case_id) == []
    assert store.persons.get(person.id).name == "Sam de Jong"
    store = backend.act_as(colleague.id)
    with pytest.raises(AccessDenied):
        store.cases.get(case_id)
    shared = [
        (e.event, e.case_id, e.object_id)
        for e in store.audit.entries()
        if e.event in (AuditEvent.CASE_SHARED, AuditEvent.CASE_UNSHARED)
    ]
    assert shared == [
        (AuditEvent.CASE_UNSHARED, case_id, colleague.id),
        (AuditEvent.CASE_SHARED, case_id, colleague.id),
    ]


def test_all_cases_visible_is_a_practice_setting_for_a_beheerder(backend: Backend) -> None:
    owner = backend.store.user
    case_id = backend.store.cases.create(CaseDraft("Gezin A")).id
    colleague = backend.add_colleague("Bram Collega")
    store = backend.act_as(colleague.id)
    with pytest.raises(AccessDenied):
        store.settings.set_case_visibility(CaseVisibility.ALL)
    assert store.settings.case_visibility is CaseVisibility.OWN_AND_SHARED
    store = backend.act_as(owner.id)
    store.settings.set_case_visibility(CaseVisibility.ALL)
    store = backend.act_as(colleague.id)
    assert store.settings.case_visibility is CaseVisibility.ALL
    assert store.cases.get(case_id).title == "Gezin A"
    assert store.settings.get("onbekend", "standaard") == "standaard"


def test_the_practice_manager_gets_no_case_contents(backend: Backend) -> None:
    case_id = backend.store.cases.create(CaseDraft("Gezin A")).id
    signal = backend.store.signals.add(case_id, draft())
    manager = backend.add_colleague("Mila Manager", WorkRole.PRACTICE_MANAGER)
    with pytest.raises(AccessDenied):
        backend.store.share_case(case_id, manager.id)
    store = backend.act_as(manager.id)
    assert not store.access.reads_cases
    for refused in (
        lambda: store.cases.get(case_id),
        lambda: store.cases.open(case_id),
        lambda: store.cases.create(CaseDraft("Nieuw")),
        lambda: store.signals.get(signal.id),
        lambda: store.signals.for_case(case_id),
        lambda: store.persons.for_case(case_id),
    ):
        with pytest.raises(AccessDenied):
            refused()
    assert len([d for d in denials(store) if d[0] == manager.id]) == 6
    assert store.db.scalar("SELECT count(*) FROM cases") == 1


def test_the_users_come_back_as_entered(backend: Backend) -> None:
    colleague = backend.add_colleague("Ayşe Yılmaz", WorkRole.DESIGNATED_CONSULTEE, admin=True)
    users = {u.id: u for u in backend.store.users()}
    assert users[backend.store.user.id].display_name == "Anna de Vries"
    assert users[backend.store.user.id].role == "huisarts"
    assert users[backend.store.user.id].phone == "020 123 4567"
    mine = users[colleague.id]
    assert (mine.display_name, mine.work_role, mine.is_admin, mine.active) == (
        "Ayşe Yılmaz",
        WorkRole.DESIGNATED_CONSULTEE,
        True,
        True,
    )


def test_the_audit_chain_is_whole_after_a_session_and_holds_no_case_content(
    backend: Backend,
) -> None:
    store = backend.store
    case = store.cases.create(CaseDraft("Gezin Geheimnaam"))
    store.persons.add(case.id, PersonDraft(PersonRole.CHILD, "Kind Geheimnaam"))
    signal = store.signals.add(case.id, draft("Feit Geheimnaam"))
    store.signals.correct(signal.id, draft("Feit Geheimnaam, gecorrigeerd"), "Reden Geheimnaam")
    store.cases.close(case.id, "Sluitreden Geheimnaam")
    entries = store.audit.entries()
    assert [e.seq for e in entries] == list(range(len(entries), 0, -1))
    assert store.audit.verify() == []
    head = store.audit.head()
    assert head.seq == len(entries) and store.audit.holds(head)
    assert all("Geheimnaam" not in repr(e) for e in entries)
    assert store.audit.entries(case_id=case.id, limit=2)[0].event == AuditEvent.CLOSE


def test_the_seam_fragments_answer_alike(backend: Backend) -> None:
    db = backend.store.db
    dialect = db.dialect
    assert [
        int(r[0])
        for r in db.execute(
            f"SELECT id FROM {dialect.id_table()} AS x ORDER BY id", (dialect.id_param({3, 1, 2}),)
        )
    ] == [1, 2, 3]
    assert db.execute(f"SELECT id FROM {dialect.id_table()} AS x", (dialect.id_param(()),)) == []
    field = dialect.json_text("doc", "naam")
    assert db.scalar(f"SELECT {field} FROM (SELECT ? AS doc) AS d", ('{"naam": "Zoë"}',)) == "Zoë"
    ordered = db.execute(
        "SELECT w FROM (SELECT 'b' AS w UNION ALL SELECT 'A' UNION ALL SELECT 'a2') AS t"
        f" ORDER BY {dialect.order_text('w')}"
    )
    assert [r[0] for r in ordered] == ["A", "a2", "b"]
    assert db.scalar(f"SELECT count(*) FROM users WHERE {dialect.truth(True)}") >= 1
    assert db.scalar(f"SELECT count(*) FROM users WHERE {dialect.truth(False)}") == 0
    # A literal percent sign and a question mark inside quotes are not parameters.
    assert db.scalar("SELECT '100% ?' || ?", ("!",)) == "100% ?!"
    with db.transaction():
        first, second = db.next_id("cases"), db.next_id("cases")
    if backend.kind == "vault":
        # The vault binds nothing to rows: the insert gives the id, as it always has.
        assert first is None and second is None
    else:
        assert 1 <= first < second
