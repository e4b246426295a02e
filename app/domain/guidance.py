"""Short guidance per step, in our own words, and what each step records.

The texts are Dutch and marked for Qt Linguist under the context "steps"; the UI shows them
through `QCoreApplication.translate("steps", text)`.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.enums import Step
from app.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Guidance:
    title: str
    text: str
    records: tuple[str, ...]


STEP_GUIDANCE: dict[Step, Guidance] = {
    Step.SIGNALS: Guidance(
        QT_TRANSLATE_NOOP("steps", "Stap 1 · Signalen in kaart brengen"),
        QT_TRANSLATE_NOOP(
            "steps",
            "Schrijf op wat u ziet en hoort, zo feitelijk mogelijk: wanneer, wat precies en "
            "van wie het komt. Houd wat u waarneemt los van hoe u het uitlegt; uw uitleg krijgt "
            "een eigen plek. Is uw cliënt volwassen, kijk dan ook wie er van hem of haar "
            "afhankelijk is en of die veilig zijn: de kindcheck.",
        ),
        (
            QT_TRANSLATE_NOOP("steps", "Elk signaal met datum, bron en wie het zag of hoorde"),
            QT_TRANSLATE_NOOP("steps", "Feiten en uw interpretatie apart van elkaar"),
            QT_TRANSLATE_NOOP(
                "steps",
                "Bij een volwassen cliënt de kindcheck: aantal en leeftijden van de kinderen, "
                "een zwangerschap, afhankelijke volwassenen en of hun veiligheid in het geding is",
            ),
        ),
    ),
    Step.CONSULTATION: Guidance(
        QT_TRANSLATE_NOOP("steps", "Stap 2 · Collegiale consultatie"),
        QT_TRANSLATE_NOOP(
            "steps",
            "Leg wat u heeft gezien voor aan een collega of aan de aandachtsfunctionaris. "
            "Twijfelt u, vraag dan advies aan Veilig Thuis; dat kan zonder de naam van uw "
            "cliënt te noemen. Voor artsen hoort overleg met Veilig Thuis bij de stappen vóór "
            "een melding.",
        ),
        (
            QT_TRANSLATE_NOOP("steps", "De datum en met wie u overlegde"),
            QT_TRANSLATE_NOOP("steps", "Of de cliënt bij naam is genoemd of anoniem besproken"),
            QT_TRANSLATE_NOOP("steps", "Het advies en de volgende stap die u afsprak"),
        ),
    ),
    Step.CONVERSATION: Guidance(
        QT_TRANSLATE_NOOP("steps", "Stap 3 · Gesprek met de cliënt"),
        QT_TRANSLATE_NOOP(
            "steps",
            "Bespreek uw zorgen met de cliënt; bij een jong kind zijn dat de ouders. Praat ook "
            "met het kind zelf, het liefst alleen, tenzij dat echt niet gaat. Jong zijn of een "
            "beperking hebben is op zichzelf geen reden om het kind niet te spreken. Gaat een "
            "gesprek niet door, noteer dan waarom.",
        ),
        (
            QT_TRANSLATE_NOOP("steps", "De datum en wie er aanwezig waren"),
            QT_TRANSLATE_NOOP("steps", "Of met het kind is gesproken, en of dat alleen was"),
            QT_TRANSLATE_NOOP("steps", "Wat er is gezegd en hoe er werd gereageerd"),
            QT_TRANSLATE_NOOP("steps", "Als een gesprek niet plaatsvond: de reden"),
        ),
    ),
    Step.WEIGHING: Guidance(
        QT_TRANSLATE_NOOP("steps", "Stap 4 · Wegen"),
        QT_TRANSLATE_NOOP(
            "steps",
            "Weeg met het afwegingskader van uw beroepsgroep hoe groot het risico is en hoe "
            "ernstig. Het kader helpt u bepalen of er acute of structurele onveiligheid is en of "
            "u zelf passende hulp kunt bieden of organiseren.",
        ),
        (
            QT_TRANSLATE_NOOP("steps", "Uw antwoorden op de vragen van het afwegingskader"),
            QT_TRANSLATE_NOOP("steps", "Welk kader u gebruikte: beroepsgroep en versie"),
        ),
    ),
    Step.DECISION: Guidance(
        QT_TRANSLATE_NOOP("steps", "Stap 5 · Beslissen"),
        QT_TRANSLATE_NOOP(
            "steps",
            "U neemt twee beslissingen, elk met uw redenen. Is een melding bij Veilig Thuis "
            "nodig? Bij acute of structurele onveiligheid meldt u, ook als u zelf kunt helpen. "
            "En kunt u (ook) hulp bieden of organiseren? Vertel de cliënt vooraf dat u meldt, "
            "tenzij dat iemand in gevaar brengt.",
        ),
        (
            QT_TRANSLATE_NOOP("steps", "Melden bij Veilig Thuis: ja of nee, met redenen"),
            QT_TRANSLATE_NOOP("steps", "Hulp bieden of organiseren: ja of nee, met redenen"),
            QT_TRANSLATE_NOOP("steps", "De afgesproken hulp: wat, door wie en tot wanneer"),
            QT_TRANSLATE_NOOP("steps", "Bij een melding: of de cliënt vooraf is ingelicht"),
        ),
    ),
}

WEIGHING_UNAVAILABLE = QT_TRANSLATE_NOOP(
    "steps",
    "Het afwegingskader zit nog niet in deze versie van Meldcode Werkplek. Deze stap staat "
    "daarom niet op gedaan. Weeg met het kader van uw beroepsgroep en noteer uw afweging bij "
    "de redenen van uw beslissing.",
)

FOLLOW_UP_GUIDANCE = Guidance(
    QT_TRANSLATE_NOOP("steps", "Na de beslissing · Vervolg"),
    QT_TRANSLATE_NOOP(
        "steps",
        "Na een melding laat Veilig Thuis u weten wat het heeft gedaan, in elk geval na de "
        "veiligheidsbeoordeling. Ga na een melding of na hulp zelf na of de situatie echt veilig "
        "is geworden; daarvoor staan controles klaar na ongeveer 3 en 12 maanden. Ziet u na een "
        "melding nieuwe signalen van onveiligheid, meld dan opnieuw: Veilig Thuis legt signalen "
        "van verschillende melders over langere tijd naast elkaar.",
    ),
    (
        QT_TRANSLATE_NOOP("steps", "De terugkoppeling van Veilig Thuis"),
        QT_TRANSLATE_NOOP("steps", "Bij elke controle: de datum, wat u vond en of het veilig is"),
    ),
)
