"""Validation of step entries: one Dutch message per faulty field, reasons where required."""

from dataclasses import replace
from datetime import timedelta

import pytest

from app.domain.entries import HelpAgreement
from app.domain.entry_validation import (
    validate_consultation,
    validate_conversation,
    validate_decision,
    validate_follow_up,
    validate_kindcheck,
    validate_step_skip,
)
from app.domain.enums import (
    ChildTalk,
    ClientTalk,
    ConsulteeKind,
    DependantSafety,
    FollowUpCheck,
    FollowUpOutcome,
    Step,
)
from app.errors import ValidationError
from app.timeutil import today
from tests.entry_values import (
    consultation,
    conversation,
    decision,
    follow_up,
    kindcheck,
    skip,
)

TOMORROW = today() + timedelta(days=1)


def faults(validator: object, value: object, **kwargs: object) -> dict[str, str]:
    with pytest.raises(ValidationError) as exc:
        validator(value, **kwargs)  # type: ignore[operator]
    return {field: message.format() for field, message in exc.value.field_errors.items()}


def test_valid_values_pass_and_come_back_cleaned() -> None:
    assert validate_consultation(consultation(advice="  Bel VT  ")).advice == "Bel VT"
    assert validate_conversation(conversation()) == conversation()
    assert validate_decision(decision()).client_informed is True
    assert validate_kindcheck(kindcheck()).safety == DependantSafety.NOT_AT_STAKE
    assert validate_follow_up(follow_up(due_on=TOMORROW)).due_on == TOMORROW


def test_enum_fields_accept_their_plain_string() -> None:
    clean = validate_consultation(consultation(consultee_kind="veilig_thuis"))
    assert clean.consultee_kind is ConsulteeKind.VEILIG_THUIS
    assert clean.is_advice_request


def test_kindcheck_fields() -> None:
    found = faults(
        validate_kindcheck,
        kindcheck(checked_on=TOMORROW, children_count=2, children_ages=(4,), safety=None),
    )
    assert set(found) == {"checked_on", "children_ages", "safety"}
    assert "toekomst" in found["checked_on"]
    assert "2" in found["children_ages"]
    assert "in het geding" in found["safety"]
    assert (
        "17 jaar" in faults(validate_kindcheck, kindcheck(children_ages=(4, 19)))["children_ages"]
    )
    assert set(faults(validate_kindcheck, kindcheck(checked_on=None, dependent_adults=-1))) == {
        "checked_on",
        "dependent_adults",
    }


def test_kindcheck_without_dependants_needs_no_safety_answer() -> None:
    clean = validate_kindcheck(
        kindcheck(children_count=0, children_ages=(), safety=DependantSafety.AT_STAKE)
    )
    assert clean.safety is None and not clean.children_at_risk
    unborn = validate_kindcheck(
        kindcheck(children_count=0, children_ages=(), pregnancy=True, safety="at_stake")
    )
    assert unborn.children_at_risk


def test_consultation_fields() -> None:
    found = faults(
        validate_consultation,
        consultation(held_on=TOMORROW, client_named=None, advice=" ", next_step=""),
    )
    assert set(found) == {"held_on", "client_named", "advice", "next_step"}
    assert "anoniem" in found["client_named"]
    assert set(faults(validate_consultation, consultation(consultee_kind="buurman"))) == {
        "consultee_kind"
    }
    other = consultation(consultee_kind=ConsulteeKind.OTHER_EXPERT, consultee="")
    assert "deskundige" in faults(validate_consultation, other)["consultee"]


def test_conversation_that_did_not_happen_needs_its_reasons() -> None:
    nothing = conversation(
        client_talk=ClientTalk.NOT_HELD,
        child_talk=ChildTalk.NOT_HELD,
        present="",
        said="",
        reaction="",
    )
    found = faults(validate_conversation, nothing)
    assert set(found) == {"client_reason", "child_reason"}
    assert "leeftijd" in found["child_reason"]
    explained = replace(nothing, client_reason="Niet bereikbaar", child_reason="Te gevaarlijk")
    assert validate_conversation(explained).client_reason == "Niet bereikbaar"


def test_conversation_that_happened_needs_who_what_and_reaction() -> None:
    found = faults(validate_conversation, conversation(present="", said="", reaction=""))
    assert set(found) == {"present", "said", "reaction"}
    found = faults(validate_conversation, conversation(held_on=TOMORROW, child_talk="?"))
    assert set(found) == {"held_on", "child_talk"}


def test_only_consultation_and_weighing_can_be_skipped_and_never_without_reason() -> None:
    assert validate_step_skip(skip(Step.WEIGHING)).step is Step.WEIGHING
    assert set(faults(validate_step_skip, skip(Step.CONVERSATION, ""))) == {"step", "reason"}
    assert "stap 3" in faults(validate_step_skip, skip(Step.SIGNALS))["step"]


def test_decision_fields() -> None:
    found = faults(
        validate_decision,
        decision(
            decided_on=TOMORROW,
            report_to_vt=None,
            report_reasons="",
            offer_help=None,
            help_reasons="",
        ),
    )
    assert set(found) == {
        "decided_on",
        "report_to_vt",
        "report_reasons",
        "offer_help",
        "help_reasons",
    }


def test_help_needs_agreements_and_each_agreement_its_fields() -> None:
    assert "afgesproken" in faults(validate_decision, decision(help_agreed=()))["help_agreed"]
    found = faults(
        validate_decision,
        decision(help_agreed=(HelpAgreement("Hulp", "Wijkteam"), HelpAgreement("", ""))),
    )
    assert set(found) == {"help_agreed.1.what", "help_agreed.1.by_whom"}
    no_help = decision(offer_help=False)
    assert "leeg" in faults(validate_decision, no_help)["help_agreed"]
    assert validate_decision(replace(no_help, help_agreed=())).help_agreed == ()
    future_end = HelpAgreement("Hulp", "Wijkteam", today() + timedelta(days=365))
    assert validate_decision(decision(help_agreed=(future_end,))).help_agreed == (future_end,)


def test_a_report_says_whether_the_client_was_told_and_else_why_not() -> None:
    assert "vooraf" in faults(validate_decision, decision(client_informed=None))["client_informed"]
    not_told = decision(client_informed=False, client_informed_note="")
    assert set(faults(validate_decision, not_told)) == {"client_informed_note"}
    no_report = validate_decision(decision(report_to_vt=False, client_informed=True))
    assert no_report.client_informed is None


def test_follow_up_may_be_planned_ahead_but_its_result_not() -> None:
    assert validate_follow_up(follow_up(due_on=today() + timedelta(days=400))).due_on
    assert set(faults(validate_follow_up, follow_up(due_on=None, check="?"))) == {
        "due_on",
        "check",
    }
    assert set(faults(validate_follow_up, follow_up(description=""))) == {"description"}
    done = follow_up(done_on=TOMORROW, outcome=FollowUpOutcome.SAFE, findings="Rustig")
    assert set(faults(validate_follow_up, done)) == {"done_on"}
    half = follow_up(findings="Gebeld")
    assert set(faults(validate_follow_up, half)) == {"done_on", "outcome"}
    planned = follow_up(check=FollowUpCheck.VT_FEEDBACK, description="")
    assert set(faults(validate_follow_up, planned, result_required=True)) == {
        "done_on",
        "outcome",
        "findings",
    }
