"""The signal log on both stores: dated facts, corrections as new versions, the history kept."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.enums import CaseStatus, PersonRole
from app.domain.models import CaseDraft, PersonDraft
from app.errors import ValidationError
from app.store.search import CaseQuery
from app.vault.audit import AuditEvent
from tests.entry_values import signal_draft as draft
from tests.stores.conftest import Backend

TODAY = date.today()


def test_signal_is_stored_with_who_and_when(backend: Backend) -> None:
    vault = backend.store
    case = vault.cases.create(CaseDraft("Gezin A"))
    signal = vault.signals.add(case.id, draft(interpretation="Mogelijk niet toevallig"))
    current = signal.current
    assert current.version == 1 and not signal.is_corrected
    assert current.recorded_by == vault.user.id and current.recorded_by_name == "Anna de Vries"
    assert current.interpretation == "Mogelijk niet toevallig"
    assert current.facts == "Blauwe plek op de arm."


def test_correction_needs_a_reason_and_a_change(backend: Backend) -> None:
    vault = backend.store
    case = vault.cases.create(CaseDraft("Gezin A"))
    signal = vault.signals.add(case.id, draft())
    with pytest.raises(ValidationError) as exc:
        vault.signals.correct(signal.id, draft(facts=""), "")
    assert set(exc.value.field_errors) == {"facts", "correction_reason"}
    with pytest.raises(ValidationError) as exc:
        vault.signals.correct(signal.id, draft(), "Geen wijziging")
    assert "verandert niets" in exc.value.field_errors["facts"].format()
    assert len(vault.signals.get(signal.id).versions) == 1


def test_invalid_signal_saves_nothing(backend: Backend) -> None:
    vault = backend.store
    case = vault.cases.create(CaseDraft("Gezin A"))
    with pytest.raises(ValidationError):
        vault.signals.add(case.id, draft(facts=""))
    assert vault.signals.for_case(case.id) == []
    assert vault.db.scalar("SELECT count(*) FROM signals") == 0


def test_persons_and_case_list_search(backend: Backend) -> None:
    vault = backend.store
    a = vault.cases.create(CaseDraft("Gezin A"))
    b = vault.cases.create(CaseDraft("Gezin B"))
    vault.persons.add(
        a.id, PersonDraft(PersonRole.CHILD, "Sam Jansen", date(2019, 4, 1), "111222333")
    )
    vault.signals.add(b.id, draft())
    by_name = vault.search.find(CaseQuery(text="jansen"))
    assert [hit.case_id for hit in by_name] == [a.id]
    assert by_name[0].title == "Gezin A"
    listed = vault.cases.summaries()
    assert [s.id for s in listed] == [b.id, a.id] and listed[1].person_count == 1
    assert vault.search.find(CaseQuery(text="100%")) == []
    person = vault.persons.for_case(a.id)[0]
    assert person.bsn == "111222333" and person.role is PersonRole.CHILD
    updated = vault.persons.update(person.id, PersonDraft(PersonRole.CHILD, "Sam de Jong"))
    assert updated.name == "Sam de Jong" and updated.bsn is None


def test_close_and_reopen(backend: Backend) -> None:
    vault = backend.store
    case = vault.cases.create(CaseDraft("Gezin A"))
    with pytest.raises(ValidationError):
        vault.cases.close(case.id, " ")
    closed = vault.cases.close(case.id, "Geen vermoeden na gesprek")
    assert closed.status is CaseStatus.CLOSED and closed.close_reason
    assert vault.cases.summaries(status=CaseStatus.OPEN) == []
    assert vault.cases.reopen(case.id).status is CaseStatus.OPEN


def test_opening_a_case_is_logged(backend: Backend) -> None:
    vault = backend.store
    case = vault.cases.create(CaseDraft("Gezin A"))
    vault.cases.open(case.id)
    assert vault.audit.entries(case_id=case.id)[0].event == AuditEvent.OPEN


def test_a_signal_cites_signs_from_the_list_of_its_own_form(backend: Backend) -> None:
    vault = backend.store
    from dataclasses import replace

    from app.domain.enums import ViolenceForm

    case_id = vault.cases.create(CaseDraft("Gezin S")).id
    cited = replace(
        draft(),
        form=ViolenceForm.HONOUR_RELATED_VIOLENCE.value,
        signs=("honour_related_violence/tiener/ev-t1", "honour_related_violence/tiener/ev-t3"),
    )
    signal = vault.signals.add(case_id, cited)
    assert signal.current.signs == cited.signs
    assert vault.signals.get(signal.id).current.signs == cited.signs
    # Another sign is a correction, a new version; the first stays as it was.
    corrected = vault.signals.correct(
        signal.id, replace(cited, signs=cited.signs[:1]), "Verzuim bleek ziekte."
    )
    assert [v.signs for v in corrected.versions] == [cited.signs, cited.signs[:1]]

    for wrong in (
        ("honour_related_violence/tiener/bestaat-niet",),
        ("neglect/baby/vw-b1",),  # a sign of another form
        ("honour_related_violence/tiener/ev-t1",) * 2,
    ):
        with pytest.raises(ValidationError) as refused:
            vault.signals.add(case_id, replace(cited, signs=wrong))
        assert set(refused.value.field_errors) == {"signs"}
    assert len(vault.signals.for_case(case_id)) == 1
