"""Guidance that knows the case, on both stores: the age-alone warning kept in the dossier and
not in the melding, and no "ask Veilig Thuis" task once step 2 holds an adviesvraag."""

from __future__ import annotations

from datetime import timedelta

from app.case_documents.step_records import steps_taken
from app.domain.case_guidance import GuidanceContext, actions_in_context, guidance_context
from app.domain.entries import Consultation
from app.domain.enums import ChildTalk, ConsulteeKind
from app.domain.models import CaseDraft
from app.export.report_json import _record
from app.export.step_blocks import conversation_rows
from app.framework.terms import Action
from app.timeutil import today
from tests.entry_values import consultation, conversation, signal
from tests.stores.conftest import Backend


def test_the_dossier_keeps_the_warning_and_the_melding_does_not(backend: Backend) -> None:
    vault = backend.store
    case_id = vault.cases.create(CaseDraft("Gezin A")).id
    vault.signals.add(case_id, signal("Blauwe plek."))
    vault.entries.add(case_id, conversation(child_talk=ChildTalk.NOT_HELD, child_reason="Te jong."))
    (in_dossier,) = steps_taken(vault, case_id, history=True).conversations
    (in_melding,) = steps_taken(vault, case_id, history=False).conversations
    assert "leeftijd alleen is geen reden" in in_dossier.age_warning
    assert ("Let op", in_dossier.age_warning) in conversation_rows(in_dossier).rows
    assert in_melding.age_warning == ""
    assert all(label != "Let op" for label, _ in conversation_rows(in_melding).rows)
    assert "age_warning" not in _record(in_dossier)  # never in a melding's data
    # The reason itself is kept exactly as written.
    stored = vault.entries.of_kind(case_id, type(conversation()))[0].value
    assert stored.child_reason == "Te jong."


def test_an_adviesvraag_in_step_2_is_not_asked_again(backend: Backend) -> None:
    vault = backend.store
    case_id = vault.cases.create(CaseDraft("Gezin A")).id
    actions = (Action.ASK_VEILIG_THUIS_ADVICE, Action.DO_CHILD_CHECK)

    nothing = actions_in_context(actions, GuidanceContext())
    assert nothing.to_do == actions and nothing.done == ()

    vault.entries.add(case_id, consultation())  # a colleague: no adviesvraag
    context = guidance_context(vault.entries.of_kind(case_id, Consultation))
    assert context.advice_requested_on is None

    asked_on = today() - timedelta(days=3)
    vault.entries.add(
        case_id,
        consultation(held_on=asked_on, consultee_kind=ConsulteeKind.VEILIG_THUIS, consultee=""),
    )
    context = guidance_context(vault.entries.of_kind(case_id, Consultation))
    assert context.advice_requested_on == asked_on
    shown = actions_in_context(actions, context)
    assert shown.to_do == (Action.DO_CHILD_CHECK,)
    assert [m.format() for m in shown.done] == [
        f"Veilig Thuis is al om advies gevraagd: op {asked_on:%d-%m-%Y} (stap 2, consultatie)."
    ]
