"""Valid step entries for tests, each changeable through keyword arguments."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from app.domain.entries import (
    Consultation,
    Conversation,
    Decision,
    FollowUp,
    HelpAgreement,
    KindCheck,
    StepSkip,
)
from app.domain.enums import (
    ChildTalk,
    ClientTalk,
    ConsulteeKind,
    DependantSafety,
    FollowUpCheck,
    PersonRole,
    SignalSource,
    Step,
    ViolenceForm,
)
from app.domain.models import CaseDraft, PersonDraft, SignalDraft
from app.timeutil import today
from app.vault.vault import Vault


def kindcheck(**changes: Any) -> KindCheck:
    value = KindCheck(
        today(), children_count=2, children_ages=(3, 8), safety=DependantSafety.NOT_AT_STAKE
    )
    return replace(value, **changes)


def consultation(**changes: Any) -> Consultation:
    value = Consultation(
        today(),
        ConsulteeKind.DESIGNATED_CONSULTEE,
        consultee="Bram (aandachtsfunctionaris)",
        client_named=False,
        advice="Bespreek het met de ouders.",
        next_step="Gesprek plannen.",
    )
    return replace(value, **changes)


def conversation(**changes: Any) -> Conversation:
    value = Conversation(
        today(),
        ClientTalk.HELD,
        ChildTalk.ALONE,
        present="Moeder en de huisarts",
        said="De plekken benoemd.",
        reaction="Moeder schrok en wil hulp.",
    )
    return replace(value, **changes)


def skip(step: Step = Step.CONSULTATION, reason: str = "Acuut gevaar") -> StepSkip:
    return StepSkip(step, reason)


def decision(**changes: Any) -> Decision:
    value = Decision(
        today(),
        report_to_vt=True,
        report_reasons="Structurele onveiligheid.",
        offer_help=True,
        help_reasons="Ouders willen hulp.",
        help_agreed=(HelpAgreement("Opvoedondersteuning", "Wijkteam", today() + timedelta(90)),),
        client_informed=True,
    )
    return replace(value, **changes)


def follow_up(**changes: Any) -> FollowUp:
    value = FollowUp(FollowUpCheck.OTHER, today() + timedelta(days=7), description="Bellen")
    return replace(value, **changes)


def signal(facts: str = "Blauwe plek op de arm.", day: date | None = None) -> SignalDraft:
    return SignalDraft(
        day or today(),
        None,
        "Anna de Vries",
        SignalSource.OWN_OBSERVATION,
        ViolenceForm.PHYSICAL_ABUSE,
        facts,
    )


def case_with_signal(vault: Vault, title: str = "Gezin A", adult_client: bool = False) -> int:
    case = vault.cases.create(CaseDraft(title))
    if adult_client:
        vault.persons.add(case.id, PersonDraft(PersonRole.CLIENT, "Mira Jansen"))
    vault.signals.add(case.id, signal())
    return case.id
