"""Fictional cases for the export tests: every name is made up and carries a test marker."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from app.domain.enums import CaseStatus, PersonRole, SignalSource, ViolenceForm
from app.domain.models import Case, Person, Signal, SignalVersion
from app.export.dossier import DossierContent, DossierSection, PartRef
from app.export.report_content import (
    ClientNotInformed,
    LeftOut,
    NotInformedReason,
    ReportContent,
    Reporter,
    ReportPerson,
    ReportSignal,
    Safety,
)
from app.export.steps import (
    Assessment,
    AssessmentAnswer,
    Consultation,
    Conversation,
    Decision,
    FollowUp,
    HelpOffered,
    ReportRecord,
)
from app.vault.audit import AuditEntry
from tests.support import MARKERS

PARENT_NAME = MARKERS[0]  # "Marieke Verhoeven-Testmarker"
BSN = MARKERS[1]  # "111222333", passes the elfproef
CHILD_NAME = "Noëlle Anaïs Verhoeven"
OTHER_NAME = "René Łukasz Şahin"
REPORTER_NAME = "Anna de Vries"
NAMES = (PARENT_NAME, CHILD_NAME, OTHER_NAME)
FACTS = "Blauwe plekken op beide bovenarmen, vingervormig; Noëlle zei: „papa kneep heel hard”."
INTERPRETATION = "Past bij vastpakken met kracht; vermoeden van lichamelijke mishandeling."
SIGN = "physical_abuse/schoolkind/lm-s3"  # "Het kind vertelt over slaan, schoppen of knijpen."
DAY = date(2026, 11, 2)

CONSULTATION = Consultation(
    id=1,
    held_on=date(2026, 11, 3),
    consulted="Jeroen Bakker",
    consulted_role="aandachtsfunctionaris",
    with_veilig_thuis=False,
    question="Is dit genoeg om Veilig Thuis om advies te vragen?",
    advice="Adviesvraag doen bij Veilig Thuis, zonder namen.",
    recorded_by=REPORTER_NAME,
)
VT_ADVICE = Consultation(
    id=2,
    held_on=date(2026, 11, 4),
    consulted="Veilig Thuis (adviesvraag)",
    consulted_role="",
    with_veilig_thuis=True,
    question="Anonieme adviesvraag over de signalen.",
    advice="Melden; de signalen wijzen op structurele onveiligheid.",
    recorded_by=REPORTER_NAME,
)
CONVERSATION = Conversation(
    id=3,
    held_on=None,
    took_place=False,
    with_child=False,
    present="",
    said="",
    reaction="",
    reason_not_held="Een gesprek zou de veiligheid van het kind in gevaar brengen.",
    recorded_by=REPORTER_NAME,
)
HELP = HelpOffered(
    id=4,
    offered_on=date(2026, 11, 5),
    description="Verwijzing naar opvoedondersteuning van het wijkteam.",
    offered_to="moeder",
    accepted=None,
    recorded_by=REPORTER_NAME,
)
ASSESSMENT = Assessment(
    id=5,
    kader_name="Afwegingskader huisartsen",
    kader_version="2019.1",
    assessed_on=date(2026, 11, 6),
    assessed_by=REPORTER_NAME,
    outcome="Melden bij Veilig Thuis: structurele onveiligheid.",
    answers=(
        AssessmentAnswer(
            1,
            "Is er een vermoeden van huiselijk geweld of kindermishandeling?",
            "Ja",
            "Signalen 1 en 2, bevestigd door het kind.",
        ),
        AssessmentAnswer(
            2,
            "Is er sprake van acute en/of structurele onveiligheid?",
            "Ja",
            "Herhaald letsel over zes weken.",
        ),
    ),
)


def report(**changes: object) -> ReportContent:
    values: dict[str, object] = {
        "made_on": date(2026, 11, 22),
        "reporter": Reporter(
            REPORTER_NAME, "huisarts", "Huisartsenpraktijk De Linde", "020 123 4567"
        ),
        "persons": (
            ReportPerson(
                role=PersonRole.CHILD,
                name=CHILD_NAME,
                date_of_birth=date(2018, 4, 9),
                address="Kerkstraat 12, 1234 AB Ergens",
                school_or_childcare="Basisschool De Regenboog, groep 5",
                safety_note="Slaapt deze week bij haar oma.",
            ),
            ReportPerson(
                role=PersonRole.PARENT_OR_CARER,
                name=PARENT_NAME,
                date_of_birth=date(1990, 1, 31),
                address="Kerkstraat 12, 1234 AB Ergens",
                bsn=BSN,
            ),
            ReportPerson(role=PersonRole.SUSPECTED_PERPETRATOR, name=OTHER_NAME),
        ),
        "signals": (
            ReportSignal(
                observed_on=DAY,
                observed_time=time(9, 15),
                observed_by=REPORTER_NAME,
                source=SignalSource.OWN_OBSERVATION,
                form=ViolenceForm.PHYSICAL_ABUSE,
                facts=FACTS,
                interpretation=INTERPRETATION,
                signs=(SIGN,),
            ),
            ReportSignal(
                observed_on=date(2026, 11, 9),
                observed_time=None,
                observed_by="Juf Eléonore",
                source=SignalSource.TOLD_BY_THIRD_PARTY,
                form=ViolenceForm.WITNESSING_PARTNER_VIOLENCE,
                facts="De leerkracht hoorde Noëlle vertellen over ruzie thuis met „harde klappen”.",
            ),
        ),
        "safety": Safety(
            "Het kind is op dit moment bij familie; thuis is het niet veilig.", acute=False
        ),
        "client": ClientNotInformed(
            NotInformedReason.DANGER_TO_CHILD_OR_FAMILY,
            "Vader reageerde eerder agressief op vragen van de school.",
        ),
        "request_to_vt": "Graag een onderzoek naar de veiligheid van Noëlle en een terugkoppeling.",
        "consultations": (CONSULTATION, VT_ADVICE),
        "conversations": (CONVERSATION,),
        "help_offered": (HELP,),
        "assessment": ASSESSMENT,
        "unsure_to_share": (
            "Moeder vertelde in vertrouwen over haar eigen psychiatrische behandeling."
        ),
        "left_out": LeftOut(signals=2, persons=1),
    }
    values.update(changes)
    return ReportContent(**values)  # type: ignore[arg-type]


WITHHELD_FACTS = "Buurvrouw Geertruida Ïjsselstein-Geheim vertelde over het geschreeuw."
WITHHELD_PERSON = "Geertruida Ïjsselstein-Geheim"
MOMENT = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)


def _version(number: int, facts: str, reason: str | None, by: str = REPORTER_NAME) -> SignalVersion:
    return SignalVersion(
        version=number,
        observed_on=DAY,
        observed_time=time(9, 15),
        observed_by=REPORTER_NAME,
        source=SignalSource.OWN_OBSERVATION,
        form=ViolenceForm.PHYSICAL_ABUSE,
        facts=facts,
        interpretation=INTERPRETATION
        if number == 1
        else "Vermoeden van lichamelijke mishandeling.",
        recorded_at=MOMENT.replace(day=1 + number),
        recorded_by=1,
        recorded_by_name=by,
        correction_reason=reason,
    )


def dossier(withheld: frozenset[PartRef] = frozenset()) -> DossierContent:
    case = Case(
        id=7,
        title="Gezin K",
        status=CaseStatus.OPEN,
        opened_at=MOMENT,
        opened_by=1,
        updated_at=MOMENT,
    )
    persons = (
        Person(
            11,
            7,
            PersonRole.CHILD,
            CHILD_NAME,
            date(2018, 4, 9),
            None,
            "Kerkstraat 12",
            "De Regenboog",
            MOMENT,
            MOMENT,
        ),
        Person(
            12,
            7,
            PersonRole.PARENT_OR_CARER,
            PARENT_NAME,
            date(1990, 1, 31),
            BSN,
            "Kerkstraat 12",
            "",
            MOMENT,
            MOMENT,
        ),
        Person(
            13,
            7,
            PersonRole.OTHER,
            WITHHELD_PERSON,
            None,
            None,
            "Kerkstraat 14",
            "",
            MOMENT,
            MOMENT,
        ),
    )
    signals = (
        Signal(
            21,
            7,
            MOMENT,
            1,
            (
                _version(1, "Blauwe plekken op de bovenarm.", None),
                _version(2, FACTS, "Vorm van de plekken nauwkeuriger beschreven.", "Pieter Jansen"),
            ),
        ),
        Signal(22, 7, MOMENT, 1, (_version(1, WITHHELD_FACTS, None),)),
    )
    audit = (
        AuditEntry(3, MOMENT, "correct", 2, None, 7, "signal", 21, "version=2"),
        AuditEntry(1, MOMENT, "create", 1, None, 7, "case", 7, ""),
        AuditEntry(2, MOMENT, "create", 1, None, 7, "signal", 21, ""),
        AuditEntry(4, MOMENT, "export", 1, 2, 7, None, None, ""),
    )
    return DossierContent(
        case=case,
        printed_at=datetime(2026, 11, 22, 10, 0, tzinfo=UTC),
        printed_by=REPORTER_NAME,
        persons=persons,
        signals=signals,
        consultations=(CONSULTATION, VT_ADVICE),
        conversations=(CONVERSATION,),
        help_offered=(HELP,),
        assessments=(ASSESSMENT,),
        decisions=(
            Decision(
                6,
                date(2026, 11, 7),
                REPORTER_NAME,
                True,
                "Structurele onveiligheid.",
                True,
                "Wijkteam kan ondersteunen.",
            ),
        ),
        reports=(
            ReportRecord(
                8,
                date(2026, 11, 22),
                REPORTER_NAME,
                False,
                "Veilig Thuis (landelijk nummer)",
                "Melding gedaan, schriftelijk nagestuurd.",
            ),
        ),
        follow_ups=(FollowUp(9, date(2027, 2, 22), None, "", ""),),
        audit=audit,
        user_names={1: REPORTER_NAME, 2: "Pieter Jansen"},
        withheld=withheld,
    )


WITHHOLD_NEIGHBOUR = frozenset(
    {PartRef(DossierSection.PERSONS, 13), PartRef(DossierSection.SIGNALS, 22)}
)
