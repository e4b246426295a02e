"""Closing a case with a reason from the list, and the case opened for a client's children, on
both stores."""

from __future__ import annotations

import pytest

from app.domain.enums import CaseStatus, CloseReason, DependantSafety, LinkRelation
from app.domain.models import CaseDraft
from app.errors import EntryWithdrawn, NotAllowed, RecordNotFound, ValidationError
from app.vault.audit import AuditEvent
from tests.entry_values import case_with_signal, consultation, kindcheck
from tests.stores.conftest import Backend


def test_close_with_a_reason_from_the_list(backend: Backend) -> None:
    vault = backend.store
    case = vault.cases.create(CaseDraft("Gezin A"))
    closed = vault.cases.close(case.id, code=CloseReason.HELP_COMPLETED_SAFE)
    assert closed.status is CaseStatus.CLOSED
    assert closed.close_code is CloseReason.HELP_COMPLETED_SAFE and closed.close_reason == ""
    assert vault.audit.entries(case_id=case.id)[0].detail == "reason=help_completed_safe"
    reopened = vault.cases.reopen(case.id)
    assert reopened.close_code is None and reopened.close_reason is None
    again = vault.cases.close(case.id, "Naar de jeugdarts", "handed_over")
    assert again.close_code is CloseReason.HANDED_OVER and again.close_reason == "Naar de jeugdarts"


def test_the_older_call_with_free_text_still_works_as_other(backend: Backend) -> None:
    vault = backend.store
    case = vault.cases.create(CaseDraft("Gezin A"))
    closed = vault.cases.close(case.id, "Verhuisd naar het buitenland")
    assert closed.close_code is CloseReason.OTHER
    assert closed.close_reason == "Verhuisd naar het buitenland"


def test_other_needs_text_and_an_unknown_code_is_refused(backend: Backend) -> None:
    vault = backend.store
    case = vault.cases.create(CaseDraft("Gezin A"))
    with pytest.raises(ValidationError) as exc:
        vault.cases.close(case.id, " ", CloseReason.OTHER)
    assert set(exc.value.field_errors) == {"close_reason"}
    with pytest.raises(ValidationError) as exc:
        vault.cases.close(case.id, "", "vergeten")
    assert set(exc.value.field_errors) == {"close_code"}
    assert vault.cases.get(case.id).status is CaseStatus.OPEN


def test_every_close_reason_has_a_dutch_label() -> None:
    labels = [label for _, label in CloseReason.choices()]
    assert len(set(labels)) == len(CloseReason) and all(labels)


def test_a_kindcheck_with_children_at_risk_opens_a_linked_case(backend: Backend) -> None:
    vault = backend.store
    parent = case_with_signal(vault, "Mevrouw B", adult_client=True)
    check = vault.entries.add(parent, kindcheck(safety=DependantSafety.AT_STAKE))
    assert check.value.children_at_risk
    children = vault.cases.create_for_children(check.id, CaseDraft("Kinderen van mevrouw B"))
    assert children.status is CaseStatus.OPEN
    assert [(link.linked_case_id, link.relation) for link in vault.cases.links(parent)] == [
        (children.id, LinkRelation.CHILDREN_CASE)
    ]
    back = vault.cases.links(children.id)
    assert [(link.linked_case_id, link.linked_title, link.relation) for link in back] == [
        (parent, "Mevrouw B", LinkRelation.FROM_KINDCHECK)
    ]
    assert back[0].source_entry_id == check.id
    for case_id in (parent, children.id):
        assert AuditEvent.LINK in [e.event for e in vault.audit.entries(case_id=case_id)]
    with pytest.raises(NotAllowed):
        vault.cases.create_for_children(check.id, CaseDraft("Nog een keer"))


def test_no_linked_case_without_children_or_from_another_kind_of_entry(backend: Backend) -> None:
    vault = backend.store
    parent = case_with_signal(vault, adult_client=True)
    nobody = vault.entries.add(parent, kindcheck(children_count=0, children_ages=()))
    with pytest.raises(NotAllowed):
        vault.cases.create_for_children(nobody.id, CaseDraft("Kinderen"))
    talk = vault.entries.add(parent, consultation())
    with pytest.raises(RecordNotFound):
        vault.cases.create_for_children(talk.id, CaseDraft("Kinderen"))
    with pytest.raises(ValidationError):
        vault.cases.create_for_children(nobody.id, CaseDraft(" "))
    mistaken = vault.entries.add(parent, kindcheck(safety=DependantSafety.AT_STAKE))
    vault.entries.withdraw(mistaken.id, "Bij de verkeerde cliënt ingevuld")
    with pytest.raises(EntryWithdrawn):
        vault.cases.create_for_children(mistaken.id, CaseDraft("Kinderen"))
    assert len(vault.cases.summaries()) == 1
