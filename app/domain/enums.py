"""Closed lists of the domain, each value with the Dutch label users see.

The value is what the vault stores (English, stable); the label is Dutch and marked for Qt
Linguist under the context "labels", so the UI can show the English label when asked.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from app.i18n import QT_TRANSLATE_NOOP

LABELS_CONTEXT = "labels"
# A label's key: its list and its value.
LabelKey = tuple[type, str]


def label_table(pairs: Iterable[tuple[StrEnum, str]]) -> dict[LabelKey, str]:
    """Labels keyed by list and value. Lists share values ("other", "open"), and a StrEnum
    member hashes and compares as its value, so a dict keyed by members keeps one of them."""
    table: dict[LabelKey, str] = {}
    for member, text in pairs:
        key = (type(member), member.value)
        if key in table:
            raise ValueError(f"two labels for {type(member).__name__}.{member.name}")
        table[key] = text
    return table


class LabelledEnum(StrEnum):
    """A StrEnum whose members carry a Dutch label (see `_LABELS`)."""

    @property
    def label(self) -> str:
        return _LABELS[(type(self), self.value)]

    @classmethod
    def choices(cls) -> list[tuple[str, str]]:
        return [(member.value, member.label) for member in cls]

    @classmethod
    def parse(cls, value: str) -> LabelledEnum | None:
        try:
            return cls(value)
        except ValueError:
            return None


class CaseStatus(LabelledEnum):
    OPEN = "open"
    CLOSED = "closed"


class SignalSource(LabelledEnum):
    OWN_OBSERVATION = "own_observation"
    TOLD_BY_CHILD = "told_by_child"
    TOLD_BY_PARENT = "told_by_parent"
    TOLD_BY_THIRD_PARTY = "told_by_third_party"


class ViolenceForm(LabelledEnum):
    NOT_YET_CLEAR = "not_yet_clear"
    PHYSICAL_ABUSE = "physical_abuse"
    PSYCHOLOGICAL_ABUSE = "psychological_abuse"
    SEXUAL_ABUSE = "sexual_abuse"
    NEGLECT = "neglect"
    WITNESSING_PARTNER_VIOLENCE = "witnessing_partner_violence"
    PARTNER_VIOLENCE = "partner_violence"
    ELDER_ABUSE = "elder_abuse"
    HONOUR_RELATED_VIOLENCE = "honour_related_violence"
    FEMALE_GENITAL_MUTILATION = "female_genital_mutilation"
    FORCED_MARRIAGE = "forced_marriage"
    HUMAN_TRAFFICKING = "human_trafficking"


class PersonRole(LabelledEnum):
    CHILD = "child"
    CLIENT = "client"
    PARENT_OR_CARER = "parent_or_carer"
    SUSPECTED_PERPETRATOR = "suspected_perpetrator"
    DEPENDENT_ADULT = "dependent_adult"
    OTHER = "other"


class Step(LabelledEnum):
    """The five steps of the meldcode, in their order."""

    SIGNALS = "signals"
    CONSULTATION = "consultation"
    CONVERSATION = "conversation"
    WEIGHING = "weighing"
    DECISION = "decision"

    @property
    def number(self) -> int:
        return list(Step).index(self) + 1


class StepStatus(LabelledEnum):
    DONE = "done"
    SKIPPED = "skipped"
    CURRENT = "current"
    OPEN = "open"
    # Step 4 while no afwegingskader is installed: neither done nor waiting on the user.
    UNAVAILABLE = "unavailable"


class CasePhase(LabelledEnum):
    STEPS = "steps"
    FOLLOW_UP = "follow_up"
    CLOSED = "closed"


class EntryKind(LabelledEnum):
    KINDCHECK = "kindcheck"
    CONSULTATION = "consultation"
    CONVERSATION = "conversation"
    STEP_SKIP = "step_skip"
    DECISION = "decision"
    FOLLOW_UP = "follow_up"
    # Step 4: the afwegingskader worked through (see app.domain.weighing).
    ASSESSMENT = "assessment"
    # A melding made to Veilig Thuis, carrying out a decision to report.
    REPORT = "report"


class ChangeKind(LabelledEnum):
    """Why a version of a step entry was written."""

    CREATED = "created"
    CORRECTED = "corrected"
    RESCHEDULED = "rescheduled"
    RESULT_RECORDED = "result_recorded"
    WITHDRAWN = "withdrawn"
    # A planned check that the decision it came from no longer asks for.
    LAPSED = "lapsed"
    # A planned check moved by the program itself: planned again from the date of the melding.
    REPLANNED = "replanned"
    # An open weging answered further (never a change to an answer already given).
    CONTINUED = "continued"
    VT_REFERENCE_ADDED = "vt_reference_added"


class ReportChannel(LabelledEnum):
    """How a melding reached Veilig Thuis."""

    PHONE = "phone"
    SECURE_FORM = "secure_form"
    SECURE_MAIL = "secure_mail"
    OTHER = "other"


class ConsulteeKind(LabelledEnum):
    COLLEAGUE = "colleague"
    DESIGNATED_CONSULTEE = "designated_consultee"
    VEILIG_THUIS = "veilig_thuis"
    CONFIDENTIAL_DOCTOR = "confidential_doctor"
    OTHER_EXPERT = "other_expert"

    @property
    def is_advice_request(self) -> bool:
        """Advice asked of Veilig Thuis (its vertrouwensarts works there too): an adviesvraag."""
        return self in ADVICE_REQUEST_KINDS


ADVICE_REQUEST_KINDS = frozenset({ConsulteeKind.VEILIG_THUIS, ConsulteeKind.CONFIDENTIAL_DOCTOR})


class ClientTalk(LabelledEnum):
    HELD = "held"
    NOT_HELD = "not_held"


class ChildTalk(LabelledEnum):
    ALONE = "alone"
    NOT_ALONE = "not_alone"
    NOT_HELD = "not_held"
    NO_CHILD = "no_child"


class DependantSafety(LabelledEnum):
    NOT_AT_STAKE = "not_at_stake"
    AT_STAKE = "at_stake"
    UNKNOWN = "unknown"


class FollowUpCheck(LabelledEnum):
    VT_FEEDBACK = "vt_feedback"
    SAFETY_3_MONTHS = "safety_3_months"
    SAFETY_12_MONTHS = "safety_12_months"
    OTHER = "other"


class FollowUpOutcome(LabelledEnum):
    SAFE = "safe"
    UNSAFE = "unsafe"
    UNCLEAR = "unclear"


class FollowUpAlert(LabelledEnum):
    """New worries after a decision (the VT radar): report (again)."""

    REPORT_AGAIN = "report_again"
    RECONSIDER_REPORT = "reconsider_report"


class MatchSource(LabelledEnum):
    """Where a search found its words."""

    CASE = "case"
    PERSON = "person"
    SIGNAL = "signal"


class CloseReason(LabelledEnum):
    NO_SUSPICION = "no_suspicion"
    HELP_COMPLETED_SAFE = "help_completed_safe"
    HANDED_OVER = "handed_over"
    REPORTED_VT_TOOK_OVER = "reported_vt_took_over"
    CLIENT_LEFT = "client_left"
    OTHER = "other"


class ContactRole(LabelledEnum):
    VEILIG_THUIS = "veilig_thuis"
    DESIGNATED_CONSULTEE = "designated_consultee"
    LOCAL_TEAM = "local_team"
    CONFIDENTIAL_DOCTOR = "confidential_doctor"
    POLICE = "police"
    OTHER = "other"


class LinkRelation(LabelledEnum):
    """How a linked case relates to this one; each link is stored from both sides."""

    CHILDREN_CASE = "children_case"
    FROM_KINDCHECK = "from_kindcheck"


_LABELS = label_table(
    [
        (CaseStatus.OPEN, QT_TRANSLATE_NOOP("labels", "Open")),
        (CaseStatus.CLOSED, QT_TRANSLATE_NOOP("labels", "Gesloten")),
        (SignalSource.OWN_OBSERVATION, QT_TRANSLATE_NOOP("labels", "Eigen waarneming")),
        (SignalSource.TOLD_BY_CHILD, QT_TRANSLATE_NOOP("labels", "Verteld door het kind")),
        (SignalSource.TOLD_BY_PARENT, QT_TRANSLATE_NOOP("labels", "Verteld door een ouder")),
        (SignalSource.TOLD_BY_THIRD_PARTY, QT_TRANSLATE_NOOP("labels", "Verteld door een derde")),
        (ViolenceForm.NOT_YET_CLEAR, QT_TRANSLATE_NOOP("labels", "Nog niet duidelijk")),
        (ViolenceForm.PHYSICAL_ABUSE, QT_TRANSLATE_NOOP("labels", "Lichamelijke mishandeling")),
        (ViolenceForm.PSYCHOLOGICAL_ABUSE, QT_TRANSLATE_NOOP("labels", "Psychische mishandeling")),
        (ViolenceForm.SEXUAL_ABUSE, QT_TRANSLATE_NOOP("labels", "Seksueel misbruik")),
        (ViolenceForm.NEGLECT, QT_TRANSLATE_NOOP("labels", "Verwaarlozing")),
        (
            ViolenceForm.WITNESSING_PARTNER_VIOLENCE,
            QT_TRANSLATE_NOOP("labels", "Kind getuige van partnergeweld"),
        ),
        (ViolenceForm.PARTNER_VIOLENCE, QT_TRANSLATE_NOOP("labels", "Partnergeweld")),
        (
            ViolenceForm.ELDER_ABUSE,
            QT_TRANSLATE_NOOP("labels", "Ouderenmishandeling (ook financiële uitbuiting)"),
        ),
        (
            ViolenceForm.HONOUR_RELATED_VIOLENCE,
            QT_TRANSLATE_NOOP("labels", "Eergerelateerd geweld"),
        ),
        (
            ViolenceForm.FEMALE_GENITAL_MUTILATION,
            QT_TRANSLATE_NOOP("labels", "Vrouwelijke genitale verminking"),
        ),
        (ViolenceForm.FORCED_MARRIAGE, QT_TRANSLATE_NOOP("labels", "Huwelijksdwang")),
        (ViolenceForm.HUMAN_TRAFFICKING, QT_TRANSLATE_NOOP("labels", "Mensenhandel en uitbuiting")),
        (PersonRole.CHILD, QT_TRANSLATE_NOOP("labels", "Kind")),
        (PersonRole.CLIENT, QT_TRANSLATE_NOOP("labels", "Cliënt (volwassene)")),
        (PersonRole.PARENT_OR_CARER, QT_TRANSLATE_NOOP("labels", "Ouder of verzorger")),
        (PersonRole.SUSPECTED_PERPETRATOR, QT_TRANSLATE_NOOP("labels", "Vermoedelijke pleger")),
        (PersonRole.DEPENDENT_ADULT, QT_TRANSLATE_NOOP("labels", "Afhankelijke volwassene")),
        (PersonRole.OTHER, QT_TRANSLATE_NOOP("labels", "Andere betrokkene")),
        (Step.SIGNALS, QT_TRANSLATE_NOOP("labels", "Signalen in kaart brengen")),
        (Step.CONSULTATION, QT_TRANSLATE_NOOP("labels", "Collegiale consultatie")),
        (Step.CONVERSATION, QT_TRANSLATE_NOOP("labels", "Gesprek met de cliënt")),
        (Step.WEIGHING, QT_TRANSLATE_NOOP("labels", "Wegen met het afwegingskader")),
        (Step.DECISION, QT_TRANSLATE_NOOP("labels", "Beslissen: melden en hulp")),
        (StepStatus.DONE, QT_TRANSLATE_NOOP("labels", "Gedaan")),
        (StepStatus.SKIPPED, QT_TRANSLATE_NOOP("labels", "Overgeslagen")),
        (StepStatus.CURRENT, QT_TRANSLATE_NOOP("labels", "Nu aan de beurt")),
        (StepStatus.OPEN, QT_TRANSLATE_NOOP("labels", "Nog open")),
        (StepStatus.UNAVAILABLE, QT_TRANSLATE_NOOP("labels", "Nog niet beschikbaar")),
        (CasePhase.STEPS, QT_TRANSLATE_NOOP("labels", "In de stappen")),
        (CasePhase.FOLLOW_UP, QT_TRANSLATE_NOOP("labels", "Vervolg na de beslissing")),
        (CasePhase.CLOSED, QT_TRANSLATE_NOOP("labels", "Gesloten")),
        (EntryKind.KINDCHECK, QT_TRANSLATE_NOOP("labels", "Kindcheck")),
        (EntryKind.CONSULTATION, QT_TRANSLATE_NOOP("labels", "Consultatie")),
        (EntryKind.CONVERSATION, QT_TRANSLATE_NOOP("labels", "Gesprek")),
        (EntryKind.STEP_SKIP, QT_TRANSLATE_NOOP("labels", "Stap overgeslagen")),
        (EntryKind.DECISION, QT_TRANSLATE_NOOP("labels", "Beslissing")),
        (EntryKind.FOLLOW_UP, QT_TRANSLATE_NOOP("labels", "Vervolgcontrole")),
        (EntryKind.ASSESSMENT, QT_TRANSLATE_NOOP("labels", "Weging met het afwegingskader")),
        (EntryKind.REPORT, QT_TRANSLATE_NOOP("labels", "Melding aan Veilig Thuis")),
        (ChangeKind.CREATED, QT_TRANSLATE_NOOP("labels", "Vastgelegd")),
        (ChangeKind.CORRECTED, QT_TRANSLATE_NOOP("labels", "Gecorrigeerd")),
        (ChangeKind.RESCHEDULED, QT_TRANSLATE_NOOP("labels", "Verzet naar een andere datum")),
        (ChangeKind.RESULT_RECORDED, QT_TRANSLATE_NOOP("labels", "Uitkomst vastgelegd")),
        (ChangeKind.WITHDRAWN, QT_TRANSLATE_NOOP("labels", "Ingetrokken")),
        (
            ChangeKind.LAPSED,
            QT_TRANSLATE_NOOP("labels", "Vervallen door een gewijzigde beslissing"),
        ),
        (
            ChangeKind.REPLANNED,
            QT_TRANSLATE_NOOP("labels", "Opnieuw gepland vanaf de datum van de melding"),
        ),
        (ChangeKind.CONTINUED, QT_TRANSLATE_NOOP("labels", "Weging verder doorlopen")),
        (
            ChangeKind.VT_REFERENCE_ADDED,
            QT_TRANSLATE_NOOP("labels", "Dossiernummer van Veilig Thuis toegevoegd"),
        ),
        (ReportChannel.PHONE, QT_TRANSLATE_NOOP("labels", "Telefonisch (0800-2000)")),
        (
            ReportChannel.SECURE_FORM,
            QT_TRANSLATE_NOOP("labels", "Beveiligd meldformulier van de regionale Veilig Thuis"),
        ),
        (ReportChannel.SECURE_MAIL, QT_TRANSLATE_NOOP("labels", "Beveiligde e-mail")),
        (ReportChannel.OTHER, QT_TRANSLATE_NOOP("labels", "Anders")),
        (ConsulteeKind.COLLEAGUE, QT_TRANSLATE_NOOP("labels", "Collega")),
        (ConsulteeKind.DESIGNATED_CONSULTEE, QT_TRANSLATE_NOOP("labels", "Aandachtsfunctionaris")),
        (ConsulteeKind.VEILIG_THUIS, QT_TRANSLATE_NOOP("labels", "Veilig Thuis (adviesvraag)")),
        (
            ConsulteeKind.CONFIDENTIAL_DOCTOR,
            QT_TRANSLATE_NOOP("labels", "Vertrouwensarts van Veilig Thuis (adviesvraag)"),
        ),
        (ConsulteeKind.OTHER_EXPERT, QT_TRANSLATE_NOOP("labels", "Andere deskundige")),
        (ClientTalk.HELD, QT_TRANSLATE_NOOP("labels", "Gesprek met de cliënt gevoerd")),
        (ClientTalk.NOT_HELD, QT_TRANSLATE_NOOP("labels", "Geen gesprek met de cliënt")),
        (ChildTalk.ALONE, QT_TRANSLATE_NOOP("labels", "Met het kind alleen gesproken")),
        (ChildTalk.NOT_ALONE, QT_TRANSLATE_NOOP("labels", "Met het kind gesproken, niet alleen")),
        (ChildTalk.NOT_HELD, QT_TRANSLATE_NOOP("labels", "Niet met het kind gesproken")),
        (ChildTalk.NO_CHILD, QT_TRANSLATE_NOOP("labels", "Er is geen kind bij betrokken")),
        (
            DependantSafety.NOT_AT_STAKE,
            QT_TRANSLATE_NOOP("labels", "Hun veiligheid is niet in het geding"),
        ),
        (DependantSafety.AT_STAKE, QT_TRANSLATE_NOOP("labels", "Hun veiligheid is in het geding")),
        (DependantSafety.UNKNOWN, QT_TRANSLATE_NOOP("labels", "Nog niet duidelijk")),
        (
            FollowUpCheck.VT_FEEDBACK,
            QT_TRANSLATE_NOOP(
                "labels", "Terugkoppeling van Veilig Thuis na de veiligheidsbeoordeling"
            ),
        ),
        (
            FollowUpCheck.SAFETY_3_MONTHS,
            QT_TRANSLATE_NOOP("labels", "Is de situatie veilig? (na ongeveer 3 maanden)"),
        ),
        (
            FollowUpCheck.SAFETY_12_MONTHS,
            QT_TRANSLATE_NOOP("labels", "Is de situatie veilig? (na ongeveer 12 maanden)"),
        ),
        (FollowUpCheck.OTHER, QT_TRANSLATE_NOOP("labels", "Andere controle")),
        (FollowUpOutcome.SAFE, QT_TRANSLATE_NOOP("labels", "Veilig")),
        (FollowUpOutcome.UNSAFE, QT_TRANSLATE_NOOP("labels", "Niet veilig: nieuwe zorgen")),
        (FollowUpOutcome.UNCLEAR, QT_TRANSLATE_NOOP("labels", "Nog niet duidelijk")),
        (
            FollowUpAlert.REPORT_AGAIN,
            QT_TRANSLATE_NOOP(
                "labels", "Nieuwe zorgen na een melding: meld opnieuw bij Veilig Thuis"
            ),
        ),
        (
            FollowUpAlert.RECONSIDER_REPORT,
            QT_TRANSLATE_NOOP(
                "labels", "Nieuwe zorgen terwijl er hulp is: overweeg alsnog een melding"
            ),
        ),
        (MatchSource.CASE, QT_TRANSLATE_NOOP("labels", "Titel van de casus")),
        (MatchSource.PERSON, QT_TRANSLATE_NOOP("labels", "Naam van een betrokkene")),
        (MatchSource.SIGNAL, QT_TRANSLATE_NOOP("labels", "Tekst van een signaal")),
        (CloseReason.NO_SUSPICION, QT_TRANSLATE_NOOP("labels", "Geen vermoeden (meer)")),
        (
            CloseReason.HELP_COMPLETED_SAFE,
            QT_TRANSLATE_NOOP("labels", "Hulp afgerond en de situatie is veilig"),
        ),
        (
            CloseReason.HANDED_OVER,
            QT_TRANSLATE_NOOP("labels", "Overgedragen aan een andere hulpverlener"),
        ),
        (
            CloseReason.REPORTED_VT_TOOK_OVER,
            QT_TRANSLATE_NOOP("labels", "Gemeld en Veilig Thuis heeft het overgenomen"),
        ),
        (CloseReason.CLIENT_LEFT, QT_TRANSLATE_NOOP("labels", "Cliënt is uit zorg of verhuisd")),
        (CloseReason.OTHER, QT_TRANSLATE_NOOP("labels", "Andere reden")),
        (ContactRole.VEILIG_THUIS, QT_TRANSLATE_NOOP("labels", "Veilig Thuis")),
        (ContactRole.DESIGNATED_CONSULTEE, QT_TRANSLATE_NOOP("labels", "Aandachtsfunctionaris")),
        (ContactRole.LOCAL_TEAM, QT_TRANSLATE_NOOP("labels", "Lokaal team of wijkteam")),
        (ContactRole.CONFIDENTIAL_DOCTOR, QT_TRANSLATE_NOOP("labels", "Vertrouwensarts")),
        (ContactRole.POLICE, QT_TRANSLATE_NOOP("labels", "Politie (wijkagent)")),
        (ContactRole.OTHER, QT_TRANSLATE_NOOP("labels", "Andere contactpersoon")),
        (LinkRelation.CHILDREN_CASE, QT_TRANSLATE_NOOP("labels", "Casus voor de kinderen")),
        (
            LinkRelation.FROM_KINDCHECK,
            QT_TRANSLATE_NOOP("labels", "Geopend na de kindcheck in casus"),
        ),
    ]
)
