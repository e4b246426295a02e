"""Cases, persons and signals through the same stores on the vault and on the practice server:
what was entered is what comes back, exactly, with every change in the audit log."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time, timedelta

import pytest

from app.domain.enums import CaseStatus, CloseReason, PersonRole, ViolenceForm
from app.domain.models import CaseDraft, PersonDraft
from app.errors import ChangedElsewhere, RecordNotFound, ValidationError
from app.vault.audit import AuditEvent
from tests.entry_values import signal_draft as draft
from tests.stores.conftest import Backend

TODAY = date.today()
# Texts a store must keep as typed: accents, another script, right-to-left, combining marks,
# an emoji beyond the basic plane, and the characters SQL and LIKE treat specially.
EXACT = [
    "Gezin Çelik-Yılmaz",
    "Олена Коваленко",
    "محمد العلوي",
    "Zoë e\u0301 \U0001f622 100% _x_ 'quote' ? \\",
]


def case_events(backend: Backend, case_id: int) -> list[tuple[str, str]]:
    return [(e.event, e.detail) for e in backend.store.audit.entries(case_id=case_id)]


def test_a_case_is_created_renamed_closed_and_reopened(backend: Backend) -> None:
    store = backend.store
    case = store.cases.create(CaseDraft("Gezin A"))
    assert (case.title, case.status, case.opened_by) == ("Gezin A", CaseStatus.OPEN, store.user.id)
    assert case.closed_at is None and case.close_reason is None and case.close_code is None
    assert store.cases.get(case.id) == case

    renamed = store.cases.rename(case.id, CaseDraft("Gezin B"))
    assert renamed.title == "Gezin B" and renamed.updated_at >= case.updated_at

    closed = store.cases.close(case.id, "Hulp loopt via het wijkteam", CloseReason.HANDED_OVER)
    assert closed.status is CaseStatus.CLOSED and closed.close_code is CloseReason.HANDED_OVER
    assert (
        closed.close_reason == "Hulp loopt via het wijkteam" and closed.closed_by == store.user.id
    )
    assert store.cases.close(case.id, "nog eens") == closed  # closing twice changes nothing

    reopened = store.cases.reopen(case.id)
    assert reopened.status is CaseStatus.OPEN
    assert (reopened.closed_at, reopened.close_reason, reopened.close_code) == (None, None, None)

    store.cases.open(case.id)
    assert [event for event, _ in case_events(backend, case.id)] == [
        AuditEvent.OPEN,
        AuditEvent.REOPEN,
        AuditEvent.CLOSE,
        AuditEvent.UPDATE,
        AuditEvent.CREATE,
    ]
    assert (AuditEvent.CLOSE, "reason=handed_over") in case_events(backend, case.id)


def test_closing_needs_a_reason_and_a_known_code(backend: Backend) -> None:
    store = backend.store
    case = store.cases.create(CaseDraft("Gezin A"))
    with pytest.raises(ValidationError) as refused:
        store.cases.close(case.id, " ")
    assert set(refused.value.field_errors) == {"close_reason"}
    with pytest.raises(ValidationError) as refused:
        store.cases.close(case.id, "tekst", "bestaat-niet")
    assert "close_code" in refused.value.field_errors
    assert store.cases.get(case.id).status is CaseStatus.OPEN
    with pytest.raises(ValidationError):
        store.cases.create(CaseDraft(""))
    with pytest.raises(RecordNotFound):
        store.cases.get(case.id + 100)


@pytest.mark.parametrize("text", EXACT)
def test_titles_names_and_facts_come_back_exactly(backend: Backend, text: str) -> None:
    store = backend.store
    case = store.cases.create(CaseDraft(text))
    person = store.persons.add(case.id, PersonDraft(PersonRole.CHILD, text, address=text))
    signal = store.signals.add(case.id, draft(text, interpretation=text, observed_by=text))
    assert store.cases.get(case.id).title == text
    assert (store.persons.get(person.id).name, store.persons.get(person.id).address) == (text, text)
    current = store.signals.get(signal.id).current
    assert (current.facts, current.interpretation, current.observed_by) == (text, text, text)


def test_persons_are_added_changed_and_listed(backend: Backend) -> None:
    store = backend.store
    case = store.cases.create(CaseDraft("Gezin A"))
    sam = store.persons.add(
        case.id,
        PersonDraft(PersonRole.CHILD, "Sam Jansen", date(2019, 4, 1), "111222333", "Lindelaan 1"),
    )
    assert (sam.role, sam.date_of_birth, sam.bsn, sam.address) == (
        PersonRole.CHILD,
        date(2019, 4, 1),
        "111222333",
        "Lindelaan 1",
    )
    mother = store.persons.add(case.id, PersonDraft(PersonRole.PARENT_OR_CARER, "Eva Jansen"))
    assert mother.bsn is None and mother.date_of_birth is None and mother.address == ""
    updated = store.persons.update(sam.id, PersonDraft(PersonRole.CHILD, "Sam de Jong"))
    assert updated.name == "Sam de Jong" and updated.bsn is None and updated.date_of_birth is None
    assert [p.name for p in store.persons.for_case(case.id)] == ["Sam de Jong", "Eva Jansen"]
    with pytest.raises(ValidationError):
        store.persons.add(case.id, PersonDraft(PersonRole.CHILD, "X", bsn="123"))
    assert len(store.persons.for_case(case.id)) == 2
    objects = [(e.event, e.object_type) for e in store.audit.entries(case_id=case.id)]
    assert objects.count((AuditEvent.CREATE, "person")) == 2
    assert (AuditEvent.UPDATE, "person") in objects


def test_a_signal_is_stored_with_who_and_when(backend: Backend) -> None:
    store = backend.store
    case = store.cases.create(CaseDraft("Gezin A"))
    signal = store.signals.add(
        case.id,
        draft(interpretation="Mogelijk niet toevallig", days_ago=1, observed_time=time(14, 30)),
    )
    current = signal.current
    assert current.version == 1 and not signal.is_corrected
    assert current.recorded_by == store.user.id and current.recorded_by_name == "Anna de Vries"
    assert current.observed_time == time(14, 30) and current.observed_on == TODAY - timedelta(1)
    assert current.interpretation == "Mogelijk niet toevallig"
    assert store.signals.get(signal.id) == signal


def test_the_timeline_is_newest_observation_first(backend: Backend) -> None:
    store = backend.store
    case = store.cases.create(CaseDraft("Gezin A"))
    store.signals.add(case.id, draft("oud", days_ago=10))
    store.signals.add(case.id, draft("nieuw", days_ago=1))
    store.signals.add(case.id, draft("middel", days_ago=5))
    store.signals.add(case.id, draft("vandaag ochtend", observed_time=time(0, 1)))
    facts = [s.current.facts for s in store.signals.for_case(case.id)]
    assert facts == ["vandaag ochtend", "nieuw", "middel", "oud"]


def test_a_correction_adds_a_version_and_keeps_the_old(backend: Backend) -> None:
    store = backend.store
    case = store.cases.create(CaseDraft("Gezin A"))
    signal = store.signals.add(case.id, draft("Blauwe plek op de rechterarm."))
    corrected = store.signals.correct(
        signal.id, draft("Blauwe plek op de linkerarm."), "Verkeerde arm genoteerd"
    )
    assert [v.facts for v in corrected.versions] == [
        "Blauwe plek op de rechterarm.",
        "Blauwe plek op de linkerarm.",
    ]
    assert corrected.versions[0].correction_reason is None
    assert corrected.current.correction_reason == "Verkeerde arm genoteerd"
    assert corrected.is_corrected
    assert (AuditEvent.CORRECT, "version=2") in case_events(backend, case.id)
    with pytest.raises(ValidationError) as refused:
        store.signals.correct(signal.id, draft(facts=""), "")
    assert set(refused.value.field_errors) == {"facts", "correction_reason"}
    with pytest.raises(ValidationError) as refused:
        store.signals.correct(signal.id, draft("Blauwe plek op de linkerarm."), "Niets")
    assert "verandert niets" in refused.value.field_errors["facts"].format()
    assert len(store.signals.get(signal.id).versions) == 2


def test_cited_signs_are_kept_per_version(backend: Backend) -> None:
    store = backend.store
    case_id = store.cases.create(CaseDraft("Gezin S")).id
    cited = replace(
        draft(),
        form=ViolenceForm.HONOUR_RELATED_VIOLENCE.value,
        signs=("honour_related_violence/tiener/ev-t1", "honour_related_violence/tiener/ev-t3"),
    )
    signal = store.signals.add(case_id, cited)
    assert store.signals.get(signal.id).current.signs == cited.signs
    corrected = store.signals.correct(
        signal.id, replace(cited, signs=cited.signs[:1]), "Verzuim bleek ziekte."
    )
    assert [v.signs for v in corrected.versions] == [cited.signs, cited.signs[:1]]
    with pytest.raises(ValidationError):
        store.signals.add(case_id, replace(cited, signs=("neglect/baby/vw-b1",)))
    assert len(store.signals.for_case(case_id)) == 1


def test_an_invalid_signal_saves_nothing(backend: Backend) -> None:
    store = backend.store
    case = store.cases.create(CaseDraft("Gezin A"))
    before = len(store.audit.entries())
    with pytest.raises(ValidationError):
        store.signals.add(case.id, draft(facts=""))
    assert store.signals.for_case(case.id) == []
    assert store.db.scalar("SELECT count(*) FROM signals") == 0
    assert len(store.audit.entries()) == before


def test_a_failure_inside_a_transaction_leaves_nothing(backend: Backend) -> None:
    store = backend.store
    case = store.cases.create(CaseDraft("Gezin A"))
    before = store.audit.head()
    with pytest.raises(RuntimeError), store.db.transaction():
        store.persons.add(case.id, PersonDraft(PersonRole.CHILD, "Sam"))
        raise RuntimeError("halverwege")
    assert store.persons.for_case(case.id) == []
    assert store.audit.head() == before
    assert store.audit.verify() == []


def test_a_change_based_on_an_older_version_is_refused_and_writes_nothing(
    backend: Backend,
) -> None:
    store = backend.store
    case = store.cases.create(CaseDraft("Gezin A"))
    person = store.persons.add(case.id, PersonDraft(PersonRole.CHILD, "Sam"))
    assert (case.row_version, person.row_version) == (1, 1)
    # Someone else's changes first (another window, or another computer on the server).
    renamed = store.cases.rename(case.id, CaseDraft("Gezin B"), case.row_version)
    changed = store.persons.update(person.id, PersonDraft(PersonRole.CHILD, "Sam B"), 1)
    assert (renamed.row_version, changed.row_version) == (2, 2)
    head = store.audit.head()
    for stale in (
        lambda: store.cases.rename(case.id, CaseDraft("Gezin C"), case.row_version),
        lambda: store.cases.close(case.id, "Weg", None, case.row_version),
        lambda: store.cases.reopen(case.id, case.row_version),
        lambda: store.persons.update(person.id, PersonDraft(PersonRole.CHILD, "Sam C"), 1),
    ):
        with pytest.raises(ChangedElsewhere) as refused:
            stale()
        assert "niets overschreven" in str(refused.value)
    assert store.cases.get(case.id).title == "Gezin B"
    assert store.persons.get(person.id).name == "Sam B"
    assert store.audit.head() == head
    # Based on what is there now, the change goes through; without a version, as before.
    closed = store.cases.close(case.id, "Weg", None, renamed.row_version)
    assert closed.status is CaseStatus.CLOSED and closed.row_version == 3
    assert store.cases.reopen(case.id).row_version == 4
