"""The closed vocabularies of a kader, each value with the Dutch label users read.

A kader file may only use these values (the JSON Schema lists them too; a test keeps the two
equal). Values are English and stable, because a recorded check stores them; labels are Dutch
and marked for Qt Linguist under the context "afwegingskader".
"""

from __future__ import annotations

from app.domain.enums import LabelledEnum, label_table
from app.i18n import QT_TRANSLATE_NOOP

# The Qt Linguist context of every text of the engine (QT_TRANSLATE_NOOP needs it literally).
CTX = "afwegingskader"


class FrameworkTerm(LabelledEnum):
    """A closed list of the kader format; labels come from this module's table."""

    @property
    def label(self) -> str:
        return _LABELS[(type(self), self.value)]


class Entry(FrameworkTerm):
    """Where a check starts: the weighing in step 4, or the follow-up after a report or help."""

    CHECK = "check"
    FOLLOW_UP = "follow_up"


class QuestionRole(FrameworkTerm):
    """What a question asks, so the safety rules can find the questions they are about."""

    ROUTE = "route"
    SUSPICION = "suspicion"
    UNSAFETY = "unsafety"
    HELP_POSSIBLE = "help_possible"
    HELP_ACCEPTED = "help_accepted"
    HELP_EFFECTIVE = "help_effective"
    NEW_SIGNALS = "new_signals"
    STAFF_OFFENCE = "staff_offence"
    REASONABLE_SUSPICION = "reasonable_suspicion"
    OTHER = "other"


class Meaning(FrameworkTerm):
    """What an answer counts as. Education's 'twijfel' at the unsafety question counts as yes."""

    YES = "yes"
    NO = "no"


class ReportDecision(FrameworkTerm):
    NO = "no"
    YES = "yes"
    YES_WEIGH_HELP_WITH_VEILIG_THUIS = "yes_weigh_help_with_veilig_thuis"


class HelpDecision(FrameworkTerm):
    NO = "no"
    YES = "yes"


class Recipient(FrameworkTerm):
    """Who a report goes to. Staff routes report to the operator, the inspector and the police."""

    VEILIG_THUIS = "veilig_thuis"
    CHILDCARE_OPERATOR = "childcare_operator"
    SCHOOL_BOARD = "school_board"
    CONFIDENTIAL_INSPECTOR = "confidential_inspector"
    POLICE = "police"


class Norm(FrameworkTerm):
    """The norm that decides an outcome: why it reports, or why it need not."""

    ACUTE_OR_STRUCTURAL_UNSAFETY = "acute_or_structural_unsafety"
    NO_ADEQUATE_HELP_POSSIBLE = "no_adequate_help_possible"
    HELP_REFUSED = "help_refused"
    HELP_NOT_LEADING_TO_SAFETY = "help_not_leading_to_safety"
    NEW_SIGNALS_AFTER_REPORT = "new_signals_after_report"
    STAFF_OFFENCE_INDICATION = "staff_offence_indication"
    STAFF_OFFENCE_REASONABLE_SUSPICION = "staff_offence_reasonable_suspicion"
    NO_SUSPICION = "no_suspicion"
    HELP_LEADS_TO_SAFETY = "help_leads_to_safety"

    @property
    def requires_report(self) -> bool:
        return self not in _NORMS_WITHOUT_REPORT


_NORMS_WITHOUT_REPORT = frozenset({Norm.NO_SUSPICION, Norm.HELP_LEADS_TO_SAFETY})


class Action(FrameworkTerm):
    """A next thing to do, shown with an outcome or after an answer."""

    CALL_112_IF_ACUTE = "call_112_if_acute"
    CALL_VEILIG_THUIS = "call_veilig_thuis"
    ASK_VEILIG_THUIS_ADVICE = "ask_veilig_thuis_advice"
    INFORM_CLIENT_BEFORE_REPORT = "inform_client_before_report"
    WEIGH_HELP_WITH_VEILIG_THUIS = "weigh_help_with_veilig_thuis"
    PLAN_HELP = "plan_help"
    START_HELP_WITH_TERM = "start_help_with_term"
    MONITOR_SAFETY = "monitor_safety"
    PLAN_FOLLOW_UP = "plan_follow_up"
    CLOSE_AND_RECORD = "close_and_record"
    RECORD_DECISION = "record_decision"
    TELL_CHILDCARE_OPERATOR = "tell_childcare_operator"
    TELL_SCHOOL_BOARD = "tell_school_board"
    CONSULT_CONFIDENTIAL_INSPECTOR = "consult_confidential_inspector"
    REPORT_TO_POLICE = "report_to_police"
    PROTECT_CHILDREN = "protect_children"
    INFORM_PARENTS_OF_CHILDREN_INVOLVED = "inform_parents_of_children_involved"
    DO_CHILD_CHECK = "do_child_check"
    # Staff routes when the operator or the board is the one suspected: never to the suspect.
    CONSULT_CONFIDENTIAL_INSPECTOR_DIRECTLY = "consult_confidential_inspector_directly"
    REPORT_TO_POLICE_DIRECTLY = "report_to_police_directly"
    # What the childcare protocol expects beyond the report, in the staff-member route.
    SUSPEND_STAFF_MEMBER_IF_NEEDED = "suspend_staff_member_if_needed"
    MAKE_ACTION_PLAN = "make_action_plan"
    # A staff route without an indication against the staff member, but with worries at home.
    WEIGH_HOME_SITUATION = "weigh_home_situation"


_LABELS = label_table(
    [
        (Entry.CHECK, QT_TRANSLATE_NOOP("afwegingskader", "Weging (stap 4 en 5)")),
        (Entry.FOLLOW_UP, QT_TRANSLATE_NOOP("afwegingskader", "Vervolg na melding of hulp")),
        (QuestionRole.ROUTE, QT_TRANSLATE_NOOP("afwegingskader", "Keuze van de route")),
        (QuestionRole.SUSPICION, QT_TRANSLATE_NOOP("afwegingskader", "Vermoeden")),
        (
            QuestionRole.UNSAFETY,
            QT_TRANSLATE_NOOP("afwegingskader", "Acute of structurele onveiligheid"),
        ),
        (
            QuestionRole.HELP_POSSIBLE,
            QT_TRANSLATE_NOOP("afwegingskader", "Hulp bieden of organiseren"),
        ),
        (QuestionRole.HELP_ACCEPTED, QT_TRANSLATE_NOOP("afwegingskader", "Hulp aanvaard")),
        (QuestionRole.HELP_EFFECTIVE, QT_TRANSLATE_NOOP("afwegingskader", "Blijvende veiligheid")),
        (QuestionRole.NEW_SIGNALS, QT_TRANSLATE_NOOP("afwegingskader", "Nieuwe signalen")),
        (
            QuestionRole.STAFF_OFFENCE,
            QT_TRANSLATE_NOOP(
                "afwegingskader", "Aanwijzing van geweld of een zedendelict door een medewerker"
            ),
        ),
        (
            QuestionRole.REASONABLE_SUSPICION,
            QT_TRANSLATE_NOOP("afwegingskader", "Redelijk vermoeden"),
        ),
        (QuestionRole.OTHER, QT_TRANSLATE_NOOP("afwegingskader", "Overige vraag")),
        (Meaning.YES, QT_TRANSLATE_NOOP("afwegingskader", "telt als ja")),
        (Meaning.NO, QT_TRANSLATE_NOOP("afwegingskader", "telt als nee")),
        (ReportDecision.NO, QT_TRANSLATE_NOOP("afwegingskader", "Nee")),
        (ReportDecision.YES, QT_TRANSLATE_NOOP("afwegingskader", "Ja")),
        (
            ReportDecision.YES_WEIGH_HELP_WITH_VEILIG_THUIS,
            QT_TRANSLATE_NOOP(
                "afwegingskader", "Ja, en de vragen 3-5 samen met Veilig Thuis doorlopen"
            ),
        ),
        (HelpDecision.NO, QT_TRANSLATE_NOOP("afwegingskader", "Nee")),
        (HelpDecision.YES, QT_TRANSLATE_NOOP("afwegingskader", "Ja")),
        (Recipient.VEILIG_THUIS, QT_TRANSLATE_NOOP("afwegingskader", "Veilig Thuis")),
        (Recipient.CHILDCARE_OPERATOR, QT_TRANSLATE_NOOP("afwegingskader", "de houder")),
        (
            Recipient.SCHOOL_BOARD,
            QT_TRANSLATE_NOOP("afwegingskader", "het bevoegd gezag (schoolbestuur)"),
        ),
        (
            Recipient.CONFIDENTIAL_INSPECTOR,
            QT_TRANSLATE_NOOP("afwegingskader", "de vertrouwensinspecteur (overleg)"),
        ),
        (Recipient.POLICE, QT_TRANSLATE_NOOP("afwegingskader", "de politie (aangifte)")),
        (
            Norm.ACUTE_OR_STRUCTURAL_UNSAFETY,
            QT_TRANSLATE_NOOP(
                "afwegingskader",
                "Acute of structurele onveiligheid: altijd melden, ook als u zelf hulp kunt bieden",
            ),
        ),
        (
            Norm.NO_ADEQUATE_HELP_POSSIBLE,
            QT_TRANSLATE_NOOP(
                "afwegingskader", "Passende hulp bieden of organiseren is niet mogelijk"
            ),
        ),
        (
            Norm.HELP_REFUSED,
            QT_TRANSLATE_NOOP(
                "afwegingskader",
                "De betrokkenen aanvaarden de hulp niet of zetten zich er niet voor in",
            ),
        ),
        (
            Norm.HELP_NOT_LEADING_TO_SAFETY,
            QT_TRANSLATE_NOOP("afwegingskader", "De hulp leidt niet tot blijvende veiligheid"),
        ),
        (
            Norm.NEW_SIGNALS_AFTER_REPORT,
            QT_TRANSLATE_NOOP(
                "afwegingskader",
                "Nieuwe signalen van onveiligheid na een melding of tijdens de hulp",
            ),
        ),
        (
            Norm.STAFF_OFFENCE_INDICATION,
            QT_TRANSLATE_NOOP(
                "afwegingskader",
                "Aanwijzing van geweld of een zedendelict door een medewerker: meldplicht en "
                "overlegplicht",
            ),
        ),
        (
            Norm.STAFF_OFFENCE_REASONABLE_SUSPICION,
            QT_TRANSLATE_NOOP(
                "afwegingskader",
                "Redelijk vermoeden van geweld of een zedendelict door een medewerker: "
                "aangifteplicht",
            ),
        ),
        (
            Norm.NO_SUSPICION,
            QT_TRANSLATE_NOOP(
                "afwegingskader", "Geen vermoeden van huiselijk geweld of kindermishandeling"
            ),
        ),
        (
            Norm.HELP_LEADS_TO_SAFETY,
            QT_TRANSLATE_NOOP("afwegingskader", "De hulp leidt tot blijvende veiligheid"),
        ),
        (
            Action.CALL_112_IF_ACUTE,
            QT_TRANSLATE_NOOP("afwegingskader", "Is er direct gevaar? Bel dan eerst 112."),
        ),
        (
            Action.CALL_VEILIG_THUIS,
            QT_TRANSLATE_NOOP(
                "afwegingskader",
                "Bel Veilig Thuis: 0800-2000 (gratis, dag en nacht). Veilig Thuis wil eerst een "
                "telefoongesprek; een schriftelijke melding volgt via een beveiligd kanaal.",
            ),
        ),
        (
            Action.ASK_VEILIG_THUIS_ADVICE,
            QT_TRANSLATE_NOOP(
                "afwegingskader",
                "Vraag Veilig Thuis om advies (0800-2000). Dat kan zonder de naam van de cliënt te "
                "noemen. Leg vast wie u sprak, wanneer, en wat werd geadviseerd.",
            ),
        ),
        (
            Action.INFORM_CLIENT_BEFORE_REPORT,
            QT_TRANSLATE_NOOP(
                "afwegingskader",
                "Vertel de cliënt (bij een jong kind: de ouders) vooraf dat u meldt. U vraagt geen "
                "toestemming. Laat dit alleen achterwege als het iemand in gevaar brengt of het "
                "contact verbreekt, en leg die reden vast.",
            ),
        ),
        (
            Action.WEIGH_HELP_WITH_VEILIG_THUIS,
            QT_TRANSLATE_NOOP(
                "afwegingskader",
                "Bespreek met Veilig Thuis welke hulp nodig is en wat uw eigen rol daarin is.",
            ),
        ),
        (
            Action.PLAN_HELP,
            QT_TRANSLATE_NOOP(
                "afwegingskader",
                "Leg vast welke hulp u biedt of organiseert, met wie, en wie het overzicht houdt.",
            ),
        ),
        (
            Action.START_HELP_WITH_TERM,
            QT_TRANSLATE_NOOP(
                "afwegingskader",
                "Start de hulp en spreek een termijn af waarbinnen de veiligheid zichtbaar moet "
                "verbeteren.",
            ),
        ),
        (
            Action.MONITOR_SAFETY,
            QT_TRANSLATE_NOOP(
                "afwegingskader",
                "Maak afspraken over hoe de veiligheid gevolgd wordt, en door wie.",
            ),
        ),
        (
            Action.PLAN_FOLLOW_UP,
            QT_TRANSLATE_NOOP(
                "afwegingskader",
                "Plan een vervolgmoment, bijvoorbeeld na 3 en na 12 maanden, om na te gaan of de "
                "situatie veilig is geworden.",
            ),
        ),
        (
            Action.CLOSE_AND_RECORD,
            QT_TRANSLATE_NOOP(
                "afwegingskader", "Sluit af en leg de weging en uw redenen vast in het dossier."
            ),
        ),
        (
            Action.RECORD_DECISION,
            QT_TRANSLATE_NOOP(
                "afwegingskader", "Leg beide beslissingen en uw redenen vast in het dossier."
            ),
        ),
        (
            Action.TELL_CHILDCARE_OPERATOR,
            QT_TRANSLATE_NOOP(
                "afwegingskader",
                "Meld de aanwijzing direct aan de houder. Dat is een plicht van iedere medewerker.",
            ),
        ),
        (
            Action.TELL_SCHOOL_BOARD,
            QT_TRANSLATE_NOOP(
                "afwegingskader",
                "Meld de aanwijzing direct aan het bevoegd gezag. Dat is een plicht van iedere "
                "medewerker.",
            ),
        ),
        (
            Action.CONSULT_CONFIDENTIAL_INSPECTOR,
            QT_TRANSLATE_NOOP(
                "afwegingskader",
                "De houder of het bevoegd gezag overlegt direct met de vertrouwensinspecteur van "
                "de Inspectie van het Onderwijs.",
            ),
        ),
        (
            Action.REPORT_TO_POLICE,
            QT_TRANSLATE_NOOP(
                "afwegingskader",
                "De houder of het bevoegd gezag doet direct aangifte bij de politie.",
            ),
        ),
        (
            Action.PROTECT_CHILDREN,
            QT_TRANSLATE_NOOP(
                "afwegingskader",
                "Neem maatregelen die de kinderen nu beschermen, zonder het onderzoek te schaden.",
            ),
        ),
        (
            Action.INFORM_PARENTS_OF_CHILDREN_INVOLVED,
            QT_TRANSLATE_NOOP("afwegingskader", "Informeer de ouders van alle betrokken kinderen."),
        ),
        (
            Action.CONSULT_CONFIDENTIAL_INSPECTOR_DIRECTLY,
            QT_TRANSLATE_NOOP(
                "afwegingskader",
                "Gaat het vermoeden over de houder of het bevoegd gezag zelf? Meld het dan niet "
                "aan hen, maar overleg zelf direct met de vertrouwensinspecteur van de Inspectie "
                "van het Onderwijs.",
            ),
        ),
        (
            Action.REPORT_TO_POLICE_DIRECTLY,
            QT_TRANSLATE_NOOP(
                "afwegingskader",
                "Doe zelf aangifte bij de politie, of laat de vertrouwensinspecteur u daarbij "
                "helpen; wacht niet op de houder of het bevoegd gezag.",
            ),
        ),
        (
            Action.SUSPEND_STAFF_MEMBER_IF_NEEDED,
            QT_TRANSLATE_NOOP(
                "afwegingskader",
                "De houder beslist of de medewerker tijdelijk niet met kinderen werkt (op "
                "non-actief), zolang dat nodig is om de kinderen te beschermen.",
            ),
        ),
        (
            Action.MAKE_ACTION_PLAN,
            QT_TRANSLATE_NOOP(
                "afwegingskader",
                "Maak een plan van aanpak: wie doet wat en wanneer, wie de ouders en de "
                "medewerkers informeert, en welke nazorg de kinderen, de ouders en het team "
                "krijgen.",
            ),
        ),
        (
            Action.WEIGH_HOME_SITUATION,
            QT_TRANSLATE_NOOP(
                "afwegingskader",
                "Zijn er wel zorgen over de thuissituatie van het kind? Begin dan een nieuwe "
                "weging met route 1 (de thuissituatie), en vraag zo nodig Veilig Thuis om advies.",
            ),
        ),
        (
            Action.DO_CHILD_CHECK,
            QT_TRANSLATE_NOOP(
                "afwegingskader",
                "Doe de kindcheck: zijn er kinderen (of een afhankelijke volwassene, of een "
                "ongeboren kind) die van deze volwassene afhankelijk zijn, en zijn zij veilig?",
            ),
        ),
    ]
)
