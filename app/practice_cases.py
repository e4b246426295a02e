"""The fictional example cases of the practice vault, written for it, in our own words.

Every name is made up and carries "(fictief)", the practice's own name too. The cases are
written through the ordinary stores, as a user would, with the clock set back so they have a
believable history:

- A: an adult client (partner violence) in step 3; the kindcheck found two children at risk,
  and a case was opened for them (B). Includes an anonymous adviesvraag to Veilig Thuis.
- B: the children's case, opened from A's kindcheck; stuck in step 2 for weeks.
- C: a toddler at a childcare centre, steps 1 to 3 done and weighed with the childcare kader
  (route 1, the home situation): now in step 5, where the decision is drafted from the weging.
- D: an elderly man exploited financially; weighed with the doctors' kader, reported to Veilig
  Thuis (the melding registered, VT's feedback still awaited) with help agreed, follow-up
  checks planned, and a new signal after the report: the VT radar asks to report again.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, time, timedelta

from app.domain.entries import (
    Consultation,
    Conversation,
    Decision,
    HelpAgreement,
    KindCheck,
    ReportRegistration,
)
from app.domain.enums import (
    ChildTalk,
    ClientTalk,
    ConsulteeKind,
    ContactRole,
    DependantSafety,
    FollowUpCheck,
    FollowUpOutcome,
    PersonRole,
    ReportChannel,
    SignalSource,
    ViolenceForm,
)
from app.domain.models import CaseDraft, ContactDraft, PersonDraft, SignalDraft
from app.export.veilig_thuis import load_default
from app.framework.assessment import start_assessment
from app.framework.library import FrameworkLibrary, load_library
from app.practice_profile import PracticeProfile, save_practice_profile
from app.timeutil import clock_at, today
from app.vault.vault import Vault

WORKER = "Oefengebruiker"
PRACTICE_PROFILE = PracticeProfile("Oefenpraktijk De Voorbeeldhoek (fictief)", "utrecht")


@contextmanager
def _days_ago(days: int) -> Iterator[date]:
    """Run the block as if it were `days` days ago, mid-morning; yields that day."""
    day = today() - timedelta(days=days)
    with clock_at(datetime.combine(day, time(10, 30)).astimezone()):
        yield day


def _signal(
    day: date, source: SignalSource, form: ViolenceForm, facts: str, interpretation: str = ""
) -> SignalDraft:
    return SignalDraft(day, None, WORKER, source, form, facts, interpretation)


def fill_practice_vault(vault: Vault) -> None:
    save_practice_profile(vault, PRACTICE_PROFILE, load_default())
    contacts = _social_map(vault)
    library = load_library()
    _case_a_and_b(vault, contacts)
    _case_c(vault, contacts, library)
    _case_d(vault, library)


def _weigh(
    vault: Vault,
    case_id: int,
    library: FrameworkLibrary,
    framework_id: str,
    answers: tuple[tuple[str, str], ...],
) -> int:
    """A weging under a shipped kader: (answer id, own reason) per question, in order."""
    assessment = start_assessment(library.get(framework_id))
    for answer_id, reason in answers:
        assessment = assessment.answer(answer_id, reason)
    return vault.assessments.record(case_id, assessment).id


def _social_map(vault: Vault) -> dict[ContactRole, int]:
    drafts = [
        ContactDraft(
            ContactRole.VEILIG_THUIS,
            "Veilig Thuis Voorbeeldregio (fictief)",
            phone="0800 2000",
            notes="Landelijk nummer, gratis en dag en nacht bereikbaar. Bij acuut gevaar: 112.",
        ),
        ContactDraft(
            ContactRole.DESIGNATED_CONSULTEE,
            "Joke Oefenmans (fictief)",
            "Praktijk De Oefenhoek (fictief)",
            "012 345 6701",
        ),
        ContactDraft(
            ContactRole.LOCAL_TEAM, "Wijkteam Voorbeeldstad (fictief)", phone="012 345 6702"
        ),
        ContactDraft(
            ContactRole.CONFIDENTIAL_DOCTOR,
            "Vertrouwensarts Veilig Thuis Voorbeeldregio (fictief)",
            phone="012 345 6703",
        ),
        ContactDraft(ContactRole.POLICE, "Wijkagent Voorbeeldstad (fictief)", phone="012 345 6704"),
    ]
    with _days_ago(200):
        return {ContactRole(d.role): vault.contacts.add(d).id for d in drafts}


def _case_a_and_b(vault: Vault, contacts: dict[ContactRole, int]) -> None:
    with _days_ago(40) as day:
        case = vault.cases.create(CaseDraft("Oefencasus A · mevrouw V. (fictief)"))
        vault.persons.add(
            case.id,
            PersonDraft(PersonRole.CLIENT, "Fleur Voorbeeld (fictief)", date(1991, 3, 14)),
        )
        vault.signals.add(
            case.id,
            _signal(
                day,
                SignalSource.OWN_OBSERVATION,
                ViolenceForm.PARTNER_VIOLENCE,
                "Cliënte komt op het spreekuur met een gezwollen linkeroog en blauwe plekken op "
                "de rechteronderarm. Ze zegt dat ze tegen een kastdeur is gelopen.",
                "De plekken op de arm passen niet goed bij die uitleg.",
            ),
        )
    with _days_ago(33) as day:
        vault.signals.add(
            case.id,
            _signal(
                day,
                SignalSource.TOLD_BY_PARENT,
                ViolenceForm.PARTNER_VIOLENCE,
                "Cliënte vertelt dat haar partner 'soms flink uitvalt' als hij gedronken heeft, "
                "en dat de kinderen er dan meestal bij zijn.",
            ),
        )
        check = vault.entries.add(
            case.id,
            KindCheck(
                day,
                children_count=2,
                children_ages=(4, 7),
                safety=DependantSafety.AT_STAKE,
                notes="Beide kinderen zijn thuis als de ruzies plaatsvinden.",
            ),
        )
        children = vault.cases.create_for_children(
            check.id, CaseDraft("Oefencasus B · kinderen van mevrouw V. (fictief)")
        )
        vault.persons.add(
            children.id,
            PersonDraft(PersonRole.CHILD, "Noor Voorbeeld (fictief)", date(day.year - 7, 9, 2)),
        )
        vault.persons.add(
            children.id,
            PersonDraft(PersonRole.CHILD, "Siem Voorbeeld (fictief)", date(day.year - 4, 1, 20)),
        )
    with _days_ago(30) as day:
        vault.signals.add(
            children.id,
            _signal(
                day,
                SignalSource.TOLD_BY_THIRD_PARTY,
                ViolenceForm.WITNESSING_PARTNER_VIOLENCE,
                "De juf van Noor vertelt dat Noor sinds een paar weken stil en moe is en na "
                "school vaak vraagt of ze bij een vriendinnetje mag blijven spelen.",
            ),
        )
    with _days_ago(12) as day:
        vault.entries.add(
            case.id,
            Consultation(
                day,
                ConsulteeKind.DESIGNATED_CONSULTEE,
                contact_id=contacts[ContactRole.DESIGNATED_CONSULTEE],
                client_named=True,
                advice="Bespreek de zorgen met cliënte zelf, ook over de kinderen, en vraag "
                "Veilig Thuis om advies over de veiligheid van de kinderen.",
                next_step="Adviesvraag bij Veilig Thuis, daarna een gesprek met cliënte.",
            ),
        )
    with _days_ago(10) as day:
        vault.entries.add(
            case.id,
            Consultation(
                day,
                ConsulteeKind.VEILIG_THUIS,
                contact_id=contacts[ContactRole.VEILIG_THUIS],
                client_named=False,
                advice="Ga eerst met cliënte in gesprek en bied hulp aan via het wijkteam. "
                "Blijven de kinderen getuige van geweld, dan is een melding op zijn plaats.",
                next_step="Gesprek met cliënte inplannen binnen twee weken.",
            ),
        )


def _case_c(vault: Vault, contacts: dict[ContactRole, int], library: FrameworkLibrary) -> None:
    with _days_ago(25) as day:
        case = vault.cases.create(CaseDraft("Oefencasus C · peuter J. (fictief)"))
        vault.persons.add(
            case.id,
            PersonDraft(PersonRole.CHILD, "Jip Oefening (fictief)", day - timedelta(days=900)),
        )
        vault.persons.add(
            case.id, PersonDraft(PersonRole.PARENT_OR_CARER, "Kees Oefening (fictief)")
        )
        vault.signals.add(
            case.id,
            _signal(
                day,
                SignalSource.OWN_OBSERVATION,
                ViolenceForm.PHYSICAL_ABUSE,
                "Bij het verschonen zijn op beide bovenbenen blauwe plekken te zien, in een rij "
                "van vier kleine vlekken.",
                "Het patroon doet denken aan een hardhandige greep.",
            ),
        )
    with _days_ago(18) as day:
        vault.signals.add(
            case.id,
            _signal(
                day,
                SignalSource.OWN_OBSERVATION,
                ViolenceForm.NOT_YET_CLEAR,
                "Jip schrikt zichtbaar en begint te huilen als een leidster snel haar hand "
                "optilt om een bal te vangen.",
            ),
        )
    with _days_ago(16) as day:
        vault.entries.add(
            case.id,
            Consultation(
                day,
                ConsulteeKind.DESIGNATED_CONSULTEE,
                contact_id=contacts[ContactRole.DESIGNATED_CONSULTEE],
                client_named=True,
                advice="Leg de plekken en het schrikken vast, bespreek ze met vader en vraag "
                "Veilig Thuis om advies.",
                next_step="Anoniem advies vragen bij Veilig Thuis.",
            ),
        )
    with _days_ago(14) as day:
        vault.entries.add(
            case.id,
            Consultation(
                day,
                ConsulteeKind.VEILIG_THUIS,
                client_named=False,
                advice="Voer het gesprek met vader en let op zijn uitleg. Past die niet bij de "
                "plekken of herhalen ze zich, dan is melden nodig.",
                next_step="Gesprek met vader bij het ophalen.",
            ),
        )
    with _days_ago(9) as day:
        vault.entries.add(
            case.id,
            Conversation(
                day,
                ClientTalk.HELD,
                ChildTalk.NOT_HELD,
                child_reason="Jip is ruim twee jaar en praat nog in losse woorden. In plaats "
                "van een gesprek is gekeken hoe hij reageert als zijn vader hem ophaalt.",
                present="Vader, de groepsleidster en de aandachtsfunctionaris (allen fictief).",
                said="De plekken en het schrikken zijn feitelijk benoemd. Vader zegt dat Jip "
                "thuis van de bank is gevallen.",
                reaction="Vader werd kortaf en wilde het gesprek snel beëindigen. Jip klampte "
                "zich bij het ophalen vast aan de leidster.",
            ),
        )
    with _days_ago(8):
        _weigh(
            vault,
            case.id,
            library,
            "kinderopvang",
            (
                ("home", "De zorgen gaan over wat Jip thuis overkomt, niet over de opvang."),
                (
                    "yes",
                    "Twee keer blauwe plekken in een patroon dat bij een greep past, "
                    "schrikreacties en een uitleg van vader die er niet bij past.",
                ),
                (
                    "yes",
                    "De plekken komen terug en vader ontkent; de onveiligheid lijkt structureel.",
                ),
            ),
        )


def _case_d(vault: Vault, library: FrameworkLibrary) -> None:
    with _days_ago(130) as day:
        case = vault.cases.create(CaseDraft("Oefencasus D · meneer P. (fictief)"))
        vault.persons.add(
            case.id,
            PersonDraft(PersonRole.CLIENT, "Wim Proefmans (fictief)", date(day.year - 84, 6, 1)),
        )
        vault.persons.add(
            case.id,
            PersonDraft(PersonRole.SUSPECTED_PERPETRATOR, "Ruben Proefmans (fictief), neef"),
        )
        vault.signals.add(
            case.id,
            _signal(
                day,
                SignalSource.OWN_OBSERVATION,
                ViolenceForm.ELDER_ABUSE,
                "Bij een huisbezoek is de koelkast bijna leeg. Meneer is in twee maanden vier "
                "kilo afgevallen.",
            ),
        )
        vault.signals.add(
            case.id,
            _signal(
                day,
                SignalSource.TOLD_BY_THIRD_PARTY,
                ViolenceForm.ELDER_ABUSE,
                "De thuiszorg vertelt dat de neef de bankpas van meneer 'beheert' en dat er aan "
                "het eind van de maand geen geld is voor boodschappen.",
            ),
        )
        vault.entries.add(case.id, KindCheck(day))
    with _days_ago(125) as day:
        vault.entries.add(
            case.id,
            Consultation(
                day,
                ConsulteeKind.VEILIG_THUIS,
                client_named=False,
                advice="Bespreek het met meneer en zoek samen naar bewindvoering. Weigert hij "
                "hulp of verbetert er niets, dan melden.",
                next_step="Gesprek met meneer bij het volgende huisbezoek.",
            ),
        )
    with _days_ago(120) as day:
        vault.entries.add(
            case.id,
            Conversation(
                day,
                ClientTalk.HELD,
                ChildTalk.NO_CHILD,
                present="Meneer Proefmans en de huisarts (fictief).",
                said="De lege koelkast, het gewichtsverlies en de bankpas zijn besproken.",
                reaction="Meneer schaamt zich, wil zijn neef niet kwijt, maar zegt ook dat hij "
                "bang is om geen geld meer te hebben.",
            ),
        )
    with _days_ago(112):
        weging = _weigh(
            vault,
            case.id,
            library,
            "artsen",
            (
                (
                    "yes",
                    "Gewichtsverlies, een lege koelkast en een neef die de bankpas beheert: een "
                    "vermoeden van financiële uitbuiting.",
                ),
                (
                    "yes",
                    "Meneer is voor eten en geld afhankelijk van zijn neef, al maanden: "
                    "structureel onveilig.",
                ),
            ),
        )
    with _days_ago(110) as day:
        decision = vault.entries.add(
            case.id,
            Decision(
                day,
                report_to_vt=True,
                report_reasons="Structurele onveiligheid: meneer is afhankelijk van zijn neef "
                "en wordt financieel uitgebuit; het gaat al maanden zo.",
                offer_help=True,
                help_reasons="Meneer wil hulp bij zijn geldzaken en blijft onder behandeling.",
                help_agreed=(
                    HelpAgreement(
                        "Beschermingsbewind aanvragen",
                        "Maatschappelijk werk Voorbeeldstad (fictief)",
                        day + timedelta(days=90),
                    ),
                    HelpAgreement("Maandelijks huisbezoek", "Huisarts (fictief)"),
                ),
                client_informed=True,
                client_informed_note="Meneer was opgelucht dat er iets gebeurt.",
                assessment_id=weging,
            ),
        )
        vault.reports.register(
            case.id,
            ReportRegistration(
                decision.id,
                made_on=day,
                region_id="utrecht",
                channel=ReportChannel.PHONE,
            ),
        )
    # The decision planned its checks itself; the one after three months has been done.
    three_months = next(
        f
        for f in vault.follow_ups.for_case(case.id)
        if f.value.decision_id == decision.id and f.value.check == FollowUpCheck.SAFETY_3_MONTHS
    )
    with _days_ago(15) as day:
        vault.follow_ups.record_result(
            three_months.id,
            day,
            FollowUpOutcome.UNCLEAR,
            "Het bewind is aangevraagd maar nog niet rond; de neef komt minder vaak.",
        )
    with _days_ago(5) as day:
        vault.signals.add(
            case.id,
            _signal(
                day,
                SignalSource.TOLD_BY_THIRD_PARTY,
                ViolenceForm.ELDER_ABUSE,
                "De thuiszorg ziet dat de neef weer dagelijks langskomt en de post meeneemt.",
            ),
        )
