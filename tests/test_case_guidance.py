"""Guidance that knows the case: no "ask Veilig Thuis" task when step 2 already holds an
adviesvraag (saying when), and the age-alone warning for step 3, kept in the dossier."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.case_documents.step_records import steps_taken
from app.domain.case_guidance import (
    GuidanceContext,
    actions_in_context,
    age_only_warning,
    gives_only_age,
    guidance_context,
)
from app.domain.entries import Consultation
from app.domain.enums import ChildTalk, ClientTalk, ConsulteeKind
from app.domain.models import CaseDraft
from app.export.report_json import _record
from app.export.step_blocks import conversation_rows
from app.framework.terms import Action
from app.timeutil import today
from app.vault.vault import Vault
from tests.entry_values import consultation, conversation, signal


@pytest.mark.parametrize(
    "reason",
    ["Te jong", "te klein", "Baby", "baby van 3 maanden", "Kind is 2 jaar.", "3", "nog te jong"],
)
def test_a_reason_that_gives_only_the_age(reason: str) -> None:
    assert gives_only_age(reason)


@pytest.mark.parametrize(
    "reason",
    [
        "",
        "Moeder weigerde dat ik het kind zag",
        "Kind was niet aanwezig",
        "Te jong, en vader was erbij: niet veilig om alleen te praten",
        "Ernstige verstandelijke beperking, communiceert niet verbaal",
    ],
)
def test_a_real_reason_is_no_age_only_reason(reason: str) -> None:
    assert not gives_only_age(reason)


def test_the_warning_is_for_a_conversation_not_held_with_the_child() -> None:
    age_only = conversation(
        client_talk=ClientTalk.HELD, child_talk=ChildTalk.NOT_HELD, child_reason="te jong"
    )
    warning = age_only_warning(age_only)
    assert warning is not None and "leeftijd alleen is geen reden" in warning.format()
    assert age_only_warning(conversation(child_talk=ChildTalk.ALONE)) is None


def test_the_dossier_keeps_the_warning_and_the_melding_does_not(vault: Vault) -> None:
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


def test_an_adviesvraag_in_step_2_is_not_asked_again(vault: Vault) -> None:
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
