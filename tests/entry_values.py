"""Valid step entries for tests, each changeable through keyword arguments."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from functools import cache
from typing import Any

from app.domain.entries import (
    Consultation,
    Conversation,
    Decision,
    FollowUp,
    HelpAgreement,
    KindCheck,
    ReportRegistration,
    StepSkip,
)
from app.domain.enums import (
    ChildTalk,
    ClientTalk,
    ConsulteeKind,
    DependantSafety,
    FollowUpCheck,
    PersonRole,
    ReportChannel,
    SignalSource,
    Step,
    ViolenceForm,
)
from app.domain.models import CaseDraft, PersonDraft, SignalDraft
from app.domain.weighing import RecordedAssessment, recorded_from
from app.framework.assessment import Assessment, start_assessment
from app.framework.library import FrameworkLibrary, load_library
from app.framework.terms import Entry
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


@cache
def library() -> FrameworkLibrary:
    return load_library()


# Paths through the general model, as (question id, answer id) pairs.
REPORT_PATH = (("suspicion", "yes"), ("unsafety", "yes"))
NO_SUSPICION_PATH = (("suspicion", "no"),)
HELP_STARTED_PATH = (
    ("suspicion", "yes"),
    ("unsafety", "no"),
    ("help_possible", "yes"),
    ("help_accepted", "yes"),
)


def walked(
    path: tuple[tuple[str, str], ...] = REPORT_PATH,
    framework_id: str = "algemeen",
    start: Entry = Entry.CHECK,
) -> Assessment:
    """A weging answered along `path`, each answer with its own reason."""
    assessment = start_assessment(library().get(framework_id), start)
    for number, (question_id, answer_id) in enumerate(path, start=1):
        assert assessment.current_question is not None
        assert assessment.current_question.id == question_id
        assessment = assessment.answer(answer_id, f"Reden {number}: eigen afweging.")
    return assessment


def weging(path: tuple[tuple[str, str], ...] = REPORT_PATH) -> RecordedAssessment:
    return recorded_from(walked(path))


def report_registration(decision_id: int | None, **changes: Any) -> ReportRegistration:
    value = ReportRegistration(
        decision_id,
        made_on=today(),
        region_id="utrecht",
        channel=ReportChannel.SECURE_FORM,
        phoned_first=True,
    )
    return replace(value, **changes)


def signal_draft(
    facts: str = "Blauwe plek op de arm.", days_ago: int = 0, **changes: object
) -> SignalDraft:
    """A signal as the form hands it over (plain values), changeable by keyword."""
    values: dict[str, object] = {
        "observed_on": date.today() - timedelta(days=days_ago),
        "observed_time": None,
        "observed_by": "Anna de Vries",
        "source": "own_observation",
        "form": "physical_abuse",
        "facts": facts,
        "interpretation": "",
    }
    values.update(changes)
    return SignalDraft(**values)  # type: ignore[arg-type]
