"""The handleiding (user guide): its chapters as translatable Dutch text.

The text lives in code rather than in resources/ so that it takes the same route to English as
every other text of the window: `pyside6-lupdate` collects each paragraph into the Qt Linguist
catalogue. Paragraphs may hold the simple markup <b> and <i>. The pictures are the project's
own screenshots with fictional data (resources/screenshots/, made by the tools in tests/tools/).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP

CONTEXT = "Handleiding"


@dataclass(frozen=True)
class Block:
    """One piece of a chapter: a paragraph (p), a heading (h), a list item (i) or a picture
    (img, whose text is its caption)."""

    kind: str
    text: str
    picture: str = ""


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    blocks: tuple[Block, ...]


SECTIONS: tuple[Section, ...] = (
    Section(
        "start",
        QT_TRANSLATE_NOOP("Handleiding", "Aan de slag"),
        (
            Block(
                "p",
                QT_TRANSLATE_NOOP(
                    "Handleiding",
                    "Meldcode Werkplek helpt u de meldcode huiselijk geweld en "
                    "kindermishandeling te volgen: u legt signalen vast als gedateerde "
                    "feiten, doorloopt de vijf stappen, weegt met het afwegingskader van uw "
                    "beroepsgroep en maakt zo nodig een beveiligde melding voor Veilig Thuis. "
                    "Alles wat u invoert staat versleuteld op deze computer.",
                ),
            ),
            Block(
                "h",
                QT_TRANSLATE_NOOP("Handleiding", "De eerste keer"),
            ),
            Block(
                "p",
                QT_TRANSLATE_NOOP(
                    "Handleiding",
                    "Bij de eerste start kiest u uw naam, uw beroepsgroep en een wachtzin. "
                    "Een wachtzin is een zin van een paar woorden die alleen u kent; hoe "
                    "langer, hoe beter. U typt hem twee keer.",
                ),
            ),
            Block(
                "p",
                QT_TRANSLATE_NOOP(
                    "Handleiding",
                    "Daarna toont het programma één keer de <b>herstelcode</b>. Print die of "
                    "schrijf hem over en bewaar hem op een veilige plek, bijvoorbeeld in de "
                    "kluis van de praktijk. Met de herstelcode komt u weer bij uw gegevens "
                    "als u uw wachtzin kwijt bent of als u een reservekopie op een andere "
                    "computer terugzet. Niemand anders kan hem voor u opvragen: ook de makers "
                    "van het programma niet.",
                ),
            ),
            Block(
                "img",
                QT_TRANSLATE_NOOP(
                    "Handleiding",
                    "De herstelcode, één keer getoond om te printen of over te schrijven",
                ),
                "setup-recovery-code.png",
            ),
            Block(
                "h",
                QT_TRANSLATE_NOOP("Handleiding", "Vergrendelen"),
            ),
            Block(
                "p",
                QT_TRANSLATE_NOOP(
                    "Handleiding",
                    "Loopt u weg van de computer, vergrendel dan het programma met <b>Bestand "
                    "&gt; Vergrendelen</b> (Ctrl+L). Na een paar minuten zonder gebruik "
                    "vergrendelt het programma zichzelf; hoe lang dat duurt stelt u in bij "
                    "Instellingen, of uw beheerder legt het vast. Na vergrendelen zijn alle "
                    "vensters dicht en is tekst die u uit het programma kopieerde van het "
                    "klembord gehaald.",
                ),
            ),
            Block(
                "h",
                QT_TRANSLATE_NOOP("Handleiding", "Het venster"),
            ),
            Block(
                "p",
                QT_TRANSLATE_NOOP(
                    "Handleiding",
                    "Links staan uw casussen en in welke stap ze zijn, met een zoekveld en "
                    "filters. Rechts staat Vandaag of de casus die u kiest. Bovenaan een "
                    "casus ziet u de vijf stappen; een stap met een vinkje is gedaan. De "
                    "staat van een stap staat er ook in woorden bij, niet alleen in kleur.",
                ),
            ),
            Block(
                "img",
                QT_TRANSLATE_NOOP(
                    "Handleiding",
                    "Het hoofdvenster: links de casussen, rechts de gekozen casus met de vijf "
                    "stappen",
                ),
                "main-window.png",
            ),
            Block(
                "p",
                QT_TRANSLATE_NOOP(
                    "Handleiding",
                    "Druk in elk venster op <b>F1</b> om het deel van deze handleiding te "
                    "openen dat over dat venster gaat.",
                ),
            ),
        ),
    ),
    Section(
        "stappen",
        QT_TRANSLATE_NOOP("Handleiding", "De vijf stappen"),
        (
            Block(
                "p",
                QT_TRANSLATE_NOOP(
                    "Handleiding",
                    "De meldcode kent vijf stappen. Signalen opmerken is geen stap maar een "
                    "houding: iets valt u op en u begint het op te schrijven. De volgende "
                    "hoofdstukken lopen de stappen door met één verzonnen casus.",
                ),
            ),
            Block(
                "i",
                QT_TRANSLATE_NOOP(
                    "Handleiding",
                    "Stap 1: signalen in kaart brengen, met de kindcheck.",
                ),
            ),
            Block(
                "i",
                QT_TRANSLATE_NOOP(
                    "Handleiding",
                    "Stap 2: collegiale consultatie, en zo nodig advies van Veilig Thuis.",
                ),
            ),
            Block(
                "i",
                QT_TRANSLATE_NOOP(
                    "Handleiding",
                    "Stap 3: gesprek met de cliënt, en met het kind.",
                ),
            ),
            Block(
                "i",
                QT_TRANSLATE_NOOP(
                    "Handleiding",
                    "Stap 4: wegen met het afwegingskader van uw beroepsgroep.",
                ),
            ),
            Block(
                "i",
                QT_TRANSLATE_NOOP(
                    "Handleiding",
                    "Stap 5: beslissen over melden en over hulp.",
                ),
            ),
            Block(
                "p",
                QT_TRANSLATE_NOOP(
                    "Handleiding",
                    "U hoeft de stappen niet strikt na elkaar te doen, maar een stap "
                    "overslaan vraagt altijd een reden. Na een melding of na hulp volgt het "
                    "vervolg.",
                ),
            ),
        ),
    ),
    Section(
        "signalen",
        QT_TRANSLATE_NOOP("Handleiding", "Stap 1: signalen in kaart brengen"),
        (
            Block(
                "p",
                QT_TRANSLATE_NOOP(
                    "Handleiding",
                    "In dit voorbeeld (verzonnen) ziet een huisarts bij de vierjarige Noor "
                    "blauwe plekken op beide bovenarmen. Zij maakt een casus <i>Gezin A</i> "
                    "(Bestand &gt; Nieuwe casus, Ctrl+N) en voegt Noor en haar moeder toe als "
                    "betrokkenen.",
                ),
            ),
            Block(
                "p",
                QT_TRANSLATE_NOOP(
                    "Handleiding",
                    "Een signaal is een feit met een datum: wat zag of hoorde u, wie zag het, "
                    "en waar komt het vandaan (eigen waarneming, verteld door het kind, door "
                    "een ouder, door een ander). Schrijf de feiten en uw interpretatie in de "
                    "aparte velden. Citeer wat een kind zei in zijn eigen woorden en taal; "
                    "het programma bewaart elk teken precies zoals u het typt.",
                ),
            ),
            Block(
                "p",
                QT_TRANSLATE_NOOP(
                    "Handleiding",
                    "Datums typt u als dag-maand-jaar, bijvoorbeeld 20-11-2026. Een datum die "
                    "niet bestaat of in de toekomst ligt, wordt geweigerd met een melding bij "
                    "het veld; er wordt nooit een andere datum van gemaakt.",
                ),
            ),
            Block(
                "img",
                QT_TRANSLATE_NOOP(
                    "Handleiding",
                    "Een nieuw signaal: feiten en interpretatie apart; elke fout staat bij "
                    "zijn eigen veld",
                ),
                "signal-dialog-errors.png",
            ),
            Block(
                "p",
                QT_TRANSLATE_NOOP(
                    "Handleiding",
                    "Een signaal wordt nooit overschreven. Klopt er iets niet, kies dan "
                    "<b>Corrigeren…</b> en geef een reden: de oude versie blijft in de "
                    "geschiedenis staan.",
                ),
            ),
            Block(
                "p",
                QT_TRANSLATE_NOOP(
                    "Handleiding",
                    "Behandelt u een volwassene met ernstige problemen, dan hoort bij stap 1 "
                    "de <b>kindcheck</b>: zijn er kinderen (of een afhankelijke volwassene, "
                    "of een ongeboren kind) die van deze volwassene afhankelijk zijn, en zijn "
                    "zij veilig? Leg het aantal en de leeftijden vast.",
                ),
            ),
        ),
    ),
    Section(
        "consultatie",
        QT_TRANSLATE_NOOP("Handleiding", "Stap 2: collegiale consultatie"),
        (
            Block(
                "p",
                QT_TRANSLATE_NOOP(
                    "Handleiding",
                    "Bespreek de signalen met een collega of met de aandachtsfunctionaris, en "
                    "vraag zo nodig advies aan Veilig Thuis (0800-2000). Een adviesvraag kan "
                    "zonder de naam van de cliënt. Leg vast met wie u sprak, wanneer, en wat "
                    "het advies was.",
                ),
            ),
            Block(
                "p",
                QT_TRANSLATE_NOOP(
                    "Handleiding",
                    "Voor artsen verwacht de beroepscode dat u Veilig Thuis raadpleegt "
                    "voordat u besluit. Staat er in stap 2 al een adviesvraag, dan noemt de "
                    "weging die met haar datum.",
                ),
            ),
        ),
    ),
    Section(
        "gesprek",
        QT_TRANSLATE_NOOP("Handleiding", "Stap 3: gesprek met de cliënt"),
        (
            Block(
                "p",
                QT_TRANSLATE_NOOP(
                    "Handleiding",
                    "Bespreek de signalen met de cliënt; bij een jong kind met de ouders. "
                    "Praat ook met het kind zelf, zo mogelijk alleen. Leeftijd of een "
                    "beperking alleen is geen reden om dat niet te doen: het programma wijst "
                    "u daarop als uw reden alleen de leeftijd noemt. De reden wordt dan toch "
                    "bewaard, met de waarschuwing erbij.",
                ),
            ),
            Block(
                "p",
                QT_TRANSLATE_NOOP(
                    "Handleiding",
                    "Leg vast wanneer het gesprek was, wie erbij waren, wat er gezegd is en "
                    "hoe de cliënt reageerde. Vond een gesprek niet plaats, schrijf dan op "
                    "waarom.",
                ),
            ),
        ),
    ),
    Section(
        "weging",
        QT_TRANSLATE_NOOP("Handleiding", "Stap 4: wegen met het afwegingskader"),
        (
            Block(
                "p",
                QT_TRANSLATE_NOOP(
                    "Handleiding",
                    "Het afwegingskader stelt vijf vragen, één voor één. Bij elke vraag ziet "
                    "u ernaast wat uw beroepsgroep erover zegt, en u schrijft uw eigen reden "
                    "op. De antwoorden staan bij elke vraag in dezelfde volgorde.",
                ),
            ),
            Block(
                "img",
                QT_TRANSLATE_NOOP(
                    "Handleiding",
                    "Een vraag van het afwegingskader, met de toelichting ernaast en uw eigen "
                    "reden",
                ),
                "weging-vraag.png",
            ),
            Block(
                "p",
                QT_TRANSLATE_NOOP(
                    "Handleiding",
                    "De uitkomst noemt altijd twee beslissingen: is een melding bij Veilig "
                    "Thuis nodig, en kunt u (ook) hulp bieden of organiseren? Bij acute of "
                    "structurele onveiligheid meldt u, ook als u zelf hulp kunt bieden. De "
                    "weging wordt bewaard met de naam en versie van het kader waarmee u woog.",
                ),
            ),
            Block(
                "img",
                QT_TRANSLATE_NOOP(
                    "Handleiding",
                    "De uitkomst: beide beslissingen, met 112 en Veilig Thuis voorop",
                ),
                "weging-uitkomst-melden.png",
            ),
            Block(
                "p",
                QT_TRANSLATE_NOOP("Handleiding", "Bij acuut gevaar belt u eerst 112."),
            ),
        ),
    ),
    Section(
        "beslissen",
        QT_TRANSLATE_NOOP("Handleiding", "Stap 5: beslissen"),
        (
            Block(
                "p",
                QT_TRANSLATE_NOOP(
                    "Handleiding",
                    "In stap 5 legt u beide beslissingen vast met hun redenen. Het programma "
                    "vult ze voor u in vanuit de weging; wijkt u daarvan af, dan vraagt het "
                    "waarom. Besluit u te melden, dan informeert u de cliënt vooraf, tenzij "
                    "dat iemand in gevaar brengt; schrijf de reden dan op.",
                ),
            ),
            Block(
                "img",
                QT_TRANSLATE_NOOP(
                    "Handleiding",
                    "Stap 4 van een casus: de bewaarde weging met kader en versie",
                ),
                "steps-of-a-case.png",
            ),
        ),
    ),
    Section(
        "melding",
        QT_TRANSLATE_NOOP("Handleiding", "Een melding maken en versturen"),
        (
            Block(
                "p",
                QT_TRANSLATE_NOOP(
                    "Handleiding",
                    "Bel Veilig Thuis eerst: 0800-2000, gratis en dag en nacht bereikbaar. "
                    "Veilig Thuis heeft liever een telefoontje dan alleen een brief. Bij "
                    "acuut gevaar belt u 112.",
                ),
            ),
            Block(
                "p",
                QT_TRANSLATE_NOOP(
                    "Handleiding",
                    "Kies daarna in stap 5 <b>Melding voorbereiden</b>. Het programma vult de "
                    "melding uit de casus: de betrokkenen, de signalen met datum en bron, de "
                    "genomen stappen. U kiest wat erin komt; wat u weglaat staat als zodanig "
                    "in de melding.",
                ),
            ),
            Block(
                "img",
                QT_TRANSLATE_NOOP(
                    "Handleiding",
                    "De melding opstellen, vooraf ingevuld uit de casus",
                ),
                "melding-opstellen.png",
            ),
            Block(
                "p",
                QT_TRANSLATE_NOOP(
                    "Handleiding",
                    "De melding wordt bewaard als een versleuteld PDF-bestand (AES-256). Het "
                    "programma toont één keer de wachtzin van dat bestand: lees die voor aan "
                    "de medewerker van Veilig Thuis aan de telefoon, en stuur het bestand via "
                    "het beveiligde formulier of een beveiligd kanaal dat de praktijk al "
                    "gebruikt. Stuur de wachtzin nooit mee in dezelfde e-mail.",
                ),
            ),
            Block(
                "img",
                QT_TRANSLATE_NOOP(
                    "Handleiding",
                    "De wachtzin van het versleutelde bestand, één keer getoond",
                ),
                "wachtzin.png",
            ),
            Block(
                "p",
                QT_TRANSLATE_NOOP(
                    "Handleiding",
                    "Maakt u een tweede bestand van dezelfde melding, dan vervangt dat het "
                    "eerste en krijgt het een eigen wachtzin. Het programma zegt welke "
                    "wachtzin bij welk bestand hoort en biedt aan het oude bestand te "
                    "verwijderen.",
                ),
            ),
        ),
    ),
    Section(
        "vervolg",
        QT_TRANSLATE_NOOP("Handleiding", "Na de melding: vervolg"),
        (
            Block(
                "p",
                QT_TRANSLATE_NOOP(
                    "Handleiding",
                    "Registreer de melding met de datum en de Veilig Thuis-organisatie. "
                    "Veilig Thuis geeft u ten minste terugkoppeling na zijn "
                    "veiligheidsbeoordeling; leg die vast met het kenmerk van Veilig Thuis.",
                ),
            ),
            Block(
                "p",
                QT_TRANSLATE_NOOP(
                    "Handleiding",
                    "Het programma plant controles na de melding of na de hulp (bijvoorbeeld "
                    "na 3 en 12 maanden): is de situatie echt veilig geworden? Ziet u na een "
                    "melding nieuwe signalen, meld dan opnieuw: Veilig Thuis legt signalen "
                    "van veel melders over lange tijd naast elkaar.",
                ),
            ),
        ),
    ),
    Section(
        "vandaag",
        QT_TRANSLATE_NOOP("Handleiding", "Vandaag"),
        (
            Block(
                "p",
                QT_TRANSLATE_NOOP(
                    "Handleiding",
                    "Vandaag laat zien wat uw aandacht vraagt: geplande controles, casussen "
                    "die stilstaan, nieuwe signalen na een melding, en concepten die u "
                    "bewaarde. Klik op een regel om de casus te openen; bij <b>Concept "
                    "bewaard</b> opent het concept zelf.",
                ),
            ),
            Block(
                "img",
                QT_TRANSLATE_NOOP("Handleiding", "Vandaag: wat aandacht vraagt"),
                "today.png",
            ),
        ),
    ),
    Section(
        "dossier",
        QT_TRANSLATE_NOOP("Handleiding", "Het dossier afdrukken of inzien"),
        (
            Block(
                "p",
                QT_TRANSLATE_NOOP(
                    "Handleiding",
                    "Ouders, en kinderen vanaf 12 jaar (tot 16 jaar samen met hun ouders), "
                    "kunnen vragen hun dossier in te zien. Kies in een casus <b>Bestand &gt; "
                    "Dossier afdrukken of opslaan</b>: het dossier bevat alle signalen met "
                    "hun eerdere versies, de stappen (met wat er stond vóór elke correctie), "
                    "de weging en de meldingen.",
                ),
            ),
            Block(
                "p",
                QT_TRANSLATE_NOOP(
                    "Handleiding",
                    "Delen die anderen beschermen, bijvoorbeeld wie iets vertelde, kunt u "
                    "weglaten. Het dossier zegt dan dat er iets is weggelaten en waarom.",
                ),
            ),
            Block(
                "img",
                QT_TRANSLATE_NOOP(
                    "Handleiding",
                    "De eerste bladzijde van een dossier met een weggelaten deel",
                ),
                "dossier.png",
            ),
        ),
    ),
    Section(
        "praktijk",
        QT_TRANSLATE_NOOP(
            "Handleiding",
            "Voor de praktijkmanager: registraties en logboek",
        ),
        (
            Block(
                "p",
                QT_TRANSLATE_NOOP(
                    "Handleiding",
                    "Elke praktijk houdt per jaar bij hoeveel adviesvragen en meldingen er "
                    "waren. Onder <b>Praktijk &gt; Jaaroverzicht meldcode</b> ziet, print en "
                    "bewaart u die aantallen. Het jaaroverzicht bevat geen namen en geen "
                    "casustitels; u kunt het laten zien aan de inspectie of de GGD.",
                ),
            ),
            Block(
                "p",
                QT_TRANSLATE_NOOP(
                    "Handleiding",
                    "De praktijkmanager kan de aantallen, de registratielijst en het logboek "
                    "lezen, maar geen inhoud van casussen. Het logboek toont wie wanneer "
                    "welke casus opende of wijzigde; elke toegang tot een casus wordt "
                    "vastgelegd.",
                ),
            ),
            Block(
                "p",
                QT_TRANSLATE_NOOP(
                    "Handleiding",
                    "<b>Praktijk &gt; Registratielijst</b> toont de adviesvragen en meldingen "
                    "van een periode, zonder namen van cliënten. Omdat de lijst hulpverleners "
                    "en kenmerken van Veilig Thuis noemt, wordt hij alleen versleuteld "
                    "bewaard.",
                ),
            ),
            Block(
                "h",
                QT_TRANSLATE_NOOP("Handleiding", "Collega's en rollen"),
            ),
            Block(
                "p",
                QT_TRANSLATE_NOOP(
                    "Handleiding",
                    "De beheerder voegt collega's toe onder <b>Praktijk &gt; Gebruikers</b>, "
                    "elk met een rol (hulpverlener, aandachtsfunctionaris of praktijkmanager) "
                    "en een eerste wachtzin. Bij de eerste keer ontgrendelen kiest de collega "
                    "zelf een nieuwe. Wie vertrekt, wordt uitgeschakeld en nooit verwijderd: "
                    "het logboek blijft zijn naam noemen.",
                ),
            ),
            Block(
                "p",
                QT_TRANSLATE_NOOP(
                    "Handleiding",
                    "Een casus is te zien voor wie hem begon en voor de collega's met wie hij "
                    "gedeeld is (<b>Delen…</b> in de casus). De beheerder kan ook kiezen dat "
                    "elke hulpverlener alle casussen ziet. Een casus openen die u niet mag "
                    "zien, wordt geweigerd en vastgelegd.",
                ),
            ),
            Block(
                "p",
                QT_TRANSLATE_NOOP(
                    "Handleiding",
                    "Elke afdruk en elk bewaard document komt in het logboek met het doel "
                    "ervan, nooit met een bestandsnaam. Documenten met persoonsgegevens "
                    "worden alleen versleuteld bewaard. Afdrukken gaat alleen naar een "
                    "printer die op papier afdrukt: een printer die een bestand maakt "
                    "(zoals Microsoft Print to PDF) weigert het programma, want dat bestand "
                    "zou niet versleuteld zijn.",
                ),
            ),
        ),
    ),
    Section(
        "reservekopie",
        QT_TRANSLATE_NOOP("Handleiding", "Reservekopie en een nieuwe computer"),
        (
            Block(
                "p",
                QT_TRANSLATE_NOOP(
                    "Handleiding",
                    "Maak regelmatig een reservekopie met <b>Bestand &gt; Reservekopie "
                    "maken</b>, bijvoorbeeld op een USB-stick die in de kluis ligt. De "
                    "reservekopie is versleuteld; zonder de herstelcode kan niemand hem "
                    "openen.",
                ),
            ),
            Block(
                "p",
                QT_TRANSLATE_NOOP(
                    "Handleiding",
                    "Op een nieuwe computer installeert uw beheerder het programma. Kies daar "
                    "<b>Reservekopie terugzetten</b>, wijs het bestand aan en typ de "
                    "herstelcode. Daarna kiest u een nieuwe wachtzin voor die computer.",
                ),
            ),
            Block(
                "p",
                QT_TRANSLATE_NOOP(
                    "Handleiding",
                    "Waarom werkt mijn wachtzin niet op een andere computer? Uw gegevens zijn "
                    "extra beveiligd met een geheim dat het besturingssysteem van deze "
                    "computer voor u bewaart. Een gekopieerde kluis gaat op een andere "
                    "computer daarom alleen open met de herstelcode.",
                ),
            ),
        ),
    ),
    Section(
        "praktijkserver",
        QT_TRANSLATE_NOOP("Handleiding", "Werken op de praktijkserver"),
        (
            Block(
                "p",
                QT_TRANSLATE_NOOP(
                    "Handleiding",
                    "Werkt uw praktijk met een praktijkserver, dan staan de casussen niet op uw "
                    "computer maar op de server van de praktijk, en werkt iedereen met dezelfde "
                    "casussen. Het ontgrendelvenster noemt dan de praktijkserver en vraagt uw "
                    "<b>inlognaam</b> en wachtzin. Uw beheerder geeft u een inlognaam en een "
                    "eerste wachtzin; bij de eerste keer aanmelden kiest u een eigen wachtzin.",
                ),
            ),
            Block(
                "p",
                QT_TRANSLATE_NOOP(
                    "Handleiding",
                    "Wat u vastlegt, wordt op uw computer versleuteld voordat het de server "
                    "bereikt. Wie de server beheert, kan geen namen, signalen of stappen lezen.",
                ),
            ),
            Block(
                "p",
                QT_TRANSLATE_NOOP(
                    "Handleiding",
                    "Wat een collega op een andere computer vastlegt, ziet u binnen een paar "
                    "seconden: in Vandaag, in de lijst met casussen en in de casus die u open "
                    "hebt.",
                ),
            ),
            Block(
                "p",
                QT_TRANSLATE_NOOP(
                    "Handleiding",
                    "Is de server even niet bereikbaar (het netwerk is weg, of de server wordt "
                    "herstart), dan zegt de onderste regel van het venster dat. Wat u in een "
                    "formulier invult, blijft staan. Klikt u op opslaan, dan bewaart het "
                    "programma het versleuteld op uw computer. Zodra de server terug is, zet "
                    "het programma het daar als uw concept; klik dan nog eens op opslaan. Wat u "
                    "ziet, kan intussen elders veranderd zijn.",
                ),
            ),
            Block(
                "p",
                QT_TRANSLATE_NOOP(
                    "Handleiding",
                    "Reservekopieën maakt op de praktijkserver niet u maar de beheerder van de "
                    "server. Wachtzin kwijt? Vraag een beheerder van de praktijk om een nieuwe "
                    "eerste wachtzin.",
                ),
            ),
        ),
    ),
    Section(
        "wachtzin-kwijt",
        QT_TRANSLATE_NOOP("Handleiding", "Wachtzin kwijt?"),
        (
            Block(
                "p",
                QT_TRANSLATE_NOOP(
                    "Handleiding",
                    "Kies in het ontgrendelvenster <b>Herstelcode gebruiken</b> en typ de "
                    "herstelcode. U kiest dan een nieuwe wachtzin. Dit wordt in het logboek "
                    "vastgelegd.",
                ),
            ),
            Block(
                "p",
                QT_TRANSLATE_NOOP(
                    "Handleiding",
                    "Werkt u met collega's in één praktijk, dan kan de beheerder u ook een "
                    "nieuwe eerste wachtzin geven, terwijl u erbij bent. Bij de eerste keer "
                    "ontgrendelen kiest u dan zelf een nieuwe.",
                ),
            ),
            Block(
                "p",
                QT_TRANSLATE_NOOP(
                    "Handleiding",
                    "Zijn zowel de wachtzin als de herstelcode kwijt, dan kan niemand de "
                    "gegevens meer openen. Dat is de prijs van echte versleuteling. Vraag uw "
                    "beheerder of er een reservekopie en een herstelcode in de kluis van de "
                    "praktijk liggen.",
                ),
            ),
            Block(
                "p",
                QT_TRANSLATE_NOOP(
                    "Handleiding",
                    "Te vaak een verkeerde wachtzin? Dan moet u steeds iets langer wachten "
                    "voor u het opnieuw kunt proberen. Dat beschermt uw gegevens tegen iemand "
                    "die wachtzinnen raadt.",
                ),
            ),
        ),
    ),
)
