<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>errors</name>
    <message>
        <source>De databasebibliotheek versleutelt niet (SQLCipher ontbreekt). Meldcode Werkplek werkt nooit met een onversleutelde database.</source>
        <translation>The database library does not encrypt (SQLCipher is missing). Meldcode Werkplek never works with an unencrypted database.</translation>
    </message>
    <message>
        <source>Er is op deze plek nog geen kluis aangemaakt.</source>
        <translation>No vault has been created in this place yet.</translation>
    </message>
    <message>
        <source>Op deze plek staat al een kluis; die wordt niet overschreven.</source>
        <translation>There is already a vault in this place; it will not be overwritten.</translation>
    </message>
    <message>
        <source>De wachtzin klopt niet. U kunt het over {seconds} seconden opnieuw proberen.</source>
        <translation>The passphrase is not correct. You can try again in {seconds} seconds.</translation>
    </message>
    <message>
        <source>De wachtzin klopt niet. Probeer het opnieuw.</source>
        <translation>The passphrase is not correct. Please try again.</translation>
    </message>
    <message>
        <source>Deze herstelcode past niet bij deze kluis. Controleer de code op uw papieren afdruk.</source>
        <translation>This recovery code does not fit this vault. Check the code on your printed copy.</translation>
    </message>
    <message>
        <source>Na meerdere mislukte pogingen moet u even wachten: nog {seconds} seconden.</source>
        <translation>After several failed attempts you have to wait a moment: {seconds} more seconds.</translation>
    </message>
    <message>
        <source>Deze kluis hoort bij een andere computer of de sleutelbos van dit systeem is niet bereikbaar. Open de kluis met de herstelcode en kies daarna een nieuwe wachtzin.</source>
        <translation>This vault belongs to another computer, or this system&apos;s keyring cannot be reached. Open the vault with the recovery code and then choose a new passphrase.</translation>
    </message>
    <message>
        <source>Het kluisbestand is beschadigd: de controle van de versleutelde pagina&apos;s faalt. Er is niets gewijzigd. Zet een reservekopie terug.</source>
        <translation>The vault file is damaged: the check of the encrypted pages fails. Nothing has been changed. Restore a backup.</translation>
    </message>
    <message>
        <source>Het sleutelbestand van de kluis is onleesbaar. Zet een reservekopie terug met de herstelcode.</source>
        <translation>The vault&apos;s key file cannot be read. Restore a backup with the recovery code.</translation>
    </message>
    <message>
        <source>Deze kluis is gemaakt met een nieuwere versie van Meldcode Werkplek (schema {found}; deze versie kent tot {supported}). Werk het programma bij.</source>
        <translation>This vault was made by a newer version of Meldcode Werkplek (schema {found}; this version knows up to {supported}). Please update the program.</translation>
    </message>
    <message>
        <source>De schijf is vol. Er is niets half opgeslagen; maak ruimte vrij en probeer het opnieuw.</source>
        <translation>The disk is full. Nothing was half saved; free some space and try again.</translation>
    </message>
    <message>
        <source>Opslaan is niet gelukt door een fout van het bestandssysteem. Er is niets half opgeslagen; probeer het opnieuw.</source>
        <translation>Saving failed because of a file system error. Nothing was half saved; please try again.</translation>
    </message>
    <message>
        <source>De kluis is vergrendeld. Ontgrendel haar eerst.</source>
        <translation>The vault is locked. Unlock it first.</translation>
    </message>
    <message>
        <source>Dit bestand is geen (volledige) reservekopie van Meldcode Werkplek.</source>
        <translation>This file is not a (complete) Meldcode Werkplek backup.</translation>
    </message>
    <message>
        <source>Dit onderdeel bestaat niet (meer) in de kluis.</source>
        <translation>This item does not exist in the vault (any more).</translation>
    </message>
    <message>
        <source>Het exporteren is afgebroken. Er is geen bestand opgeslagen.</source>
        <translation>The export was cancelled. No file has been saved.</translation>
    </message>
    <message>
        <source>De lijst van Veilig Thuis-organisaties in dit programma is beschadigd. Bel Veilig Thuis op 0800-2000 (bij acuut gevaar 112) en installeer het programma opnieuw.</source>
        <translation>The list of Veilig Thuis organisations in this program is damaged. Call Veilig Thuis on 0800-2000 (in acute danger 112) and reinstall the program.</translation>
    </message>
    <message>
        <source>Het document kon niet worden opgemaakt. Er is niets opgeslagen; probeer het opnieuw of meld deze fout.</source>
        <translation>The document could not be laid out. Nothing has been saved; try again or report this error.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Gesloten</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Eigen waarneming</source>
        <translation>Own observation</translation>
    </message>
    <message>
        <source>Verteld door het kind</source>
        <translation>Told by the child</translation>
    </message>
    <message>
        <source>Verteld door een ouder</source>
        <translation>Told by a parent</translation>
    </message>
    <message>
        <source>Verteld door een derde</source>
        <translation>Told by a third party</translation>
    </message>
    <message>
        <source>Nog niet duidelijk</source>
        <translation>Not yet clear</translation>
    </message>
    <message>
        <source>Lichamelijke mishandeling</source>
        <translation>Physical abuse</translation>
    </message>
    <message>
        <source>Psychische mishandeling</source>
        <translation>Psychological abuse</translation>
    </message>
    <message>
        <source>Seksueel misbruik</source>
        <translation>Sexual abuse</translation>
    </message>
    <message>
        <source>Verwaarlozing</source>
        <translation>Neglect</translation>
    </message>
    <message>
        <source>Kind getuige van partnergeweld</source>
        <translation>Child witnessing partner violence</translation>
    </message>
    <message>
        <source>Partnergeweld</source>
        <translation>Partner violence</translation>
    </message>
    <message>
        <source>Ouderenmishandeling (ook financiële uitbuiting)</source>
        <translation>Elder abuse (including financial exploitation)</translation>
    </message>
    <message>
        <source>Eergerelateerd geweld</source>
        <translation>Honour-related violence</translation>
    </message>
    <message>
        <source>Vrouwelijke genitale verminking</source>
        <translation>Female genital mutilation</translation>
    </message>
    <message>
        <source>Huwelijksdwang</source>
        <translation>Forced marriage</translation>
    </message>
    <message>
        <source>Mensenhandel en uitbuiting</source>
        <translation>Human trafficking and exploitation</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Cliënt (volwassene)</source>
        <translation>Client (adult)</translation>
    </message>
    <message>
        <source>Ouder of verzorger</source>
        <translation>Parent or carer</translation>
    </message>
    <message>
        <source>Vermoedelijke pleger</source>
        <translation>Suspected perpetrator</translation>
    </message>
    <message>
        <source>Afhankelijke volwassene</source>
        <translation>Dependent adult</translation>
    </message>
    <message>
        <source>Andere betrokkene</source>
        <translation>Other person involved</translation>
    </message>
    <message>
        <source>Kluis aangemaakt</source>
        <translation>Vault created</translation>
    </message>
    <message>
        <source>Ontgrendeld</source>
        <translation>Unlocked</translation>
    </message>
    <message>
        <source>Mislukte ontgrendelpoging</source>
        <translation>Failed unlock attempt</translation>
    </message>
    <message>
        <source>Ontgrendeld met herstelcode</source>
        <translation>Unlocked with recovery code</translation>
    </message>
    <message>
        <source>Vergrendeld</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Geopend</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Aangemaakt</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Gewijzigd</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Gecorrigeerd</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <source>Heropend</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <source>Geëxporteerd</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Afgedrukt</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>Reservekopie gemaakt</source>
        <translation>Backup made</translation>
    </message>
    <message>
        <source>Reservekopie teruggezet</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <source>Kluis bijgewerkt</source>
        <translation>Vault updated</translation>
    </message>
    <message>
        <source>Wachtzin gewijzigd</source>
        <translation>Passphrase changed</translation>
    </message>
    <message>
        <source>Gebruiker toegevoegd</source>
        <translation>User added</translation>
    </message>
    <message>
        <source>Kluis gecontroleerd</source>
        <translation>Vault checked</translation>
    </message>
    <message>
        <source>Document opmaken</source>
        <translation>Laying out the document</translation>
    </message>
    <message>
        <source>Versleutelen</source>
        <translation>Encrypting</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Saving</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>De veiligheid van het kind of van het gezin komt in gevaar</source>
        <translation>It would endanger the safety of the child or the family</translation>
    </message>
    <message>
        <source>De veiligheid van de melder of van collega&apos;s komt in gevaar</source>
        <translation>It would endanger the safety of the reporter or colleagues</translation>
    </message>
    <message>
        <source>De cliënt zou het contact met de melder verbreken</source>
        <translation>The client would break off contact with the reporter</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>Te kort: gebruik minstens {n} tekens, bijvoorbeeld vier woorden.</source>
        <translation>Too short: use at least {n} characters, for example four words.</translation>
    </message>
    <message>
        <source>Zwak: maak de wachtzin langer of minder voorspelbaar.</source>
        <translation>Weak: make the passphrase longer or less predictable.</translation>
    </message>
    <message>
        <source>Redelijk: een extra woord maakt haar sterker.</source>
        <translation>Fair: one more word makes it stronger.</translation>
    </message>
    <message>
        <source>Sterk.</source>
        <translation>Strong.</translation>
    </message>
    <message>
        <source>Zeer sterk.</source>
        <translation>Very strong.</translation>
    </message>
    <message>
        <source>De twee wachtzinnen zijn niet gelijk.</source>
        <translation>The two passphrases are not the same.</translation>
    </message>
    <message>
        <source>Te lang: hoogstens {limit} tekens.</source>
        <translation>Too long: at most {limit} characters.</translation>
    </message>
    <message>
        <source>Geef de casus een titel, zonder namen (bijvoorbeeld &apos;Gezin A&apos;).</source>
        <translation>Give the case a title, without names (for example &apos;Family A&apos;).</translation>
    </message>
    <message>
        <source>Kies de rol van deze betrokkene.</source>
        <translation>Choose the role of this person.</translation>
    </message>
    <message>
        <source>Vul de naam in.</source>
        <translation>Fill in the name.</translation>
    </message>
    <message>
        <source>De geboortedatum kan niet in de toekomst liggen.</source>
        <translation>The date of birth cannot lie in the future.</translation>
    </message>
    <message>
        <source>Controleer de geboortedatum: die ligt vóór 1900.</source>
        <translation>Check the date of birth: it is before 1900.</translation>
    </message>
    <message>
        <source>Dit is geen geldig BSN: een BSN heeft 9 cijfers en moet de elfproef doorstaan. Laat het veld leeg als u het niet zeker weet.</source>
        <translation>This is not a valid BSN: a BSN has 9 digits and must pass the eleven test. Leave the field empty if you are not sure.</translation>
    </message>
    <message>
        <source>Vul de datum in waarop het signaal is waargenomen.</source>
        <translation>Fill in the date on which the signal was observed.</translation>
    </message>
    <message>
        <source>De datum van waarneming kan niet in de toekomst liggen.</source>
        <translation>The date of observation cannot lie in the future.</translation>
    </message>
    <message>
        <source>Het tijdstip van waarneming ligt in de toekomst.</source>
        <translation>The time of observation lies in the future.</translation>
    </message>
    <message>
        <source>Vul in wie het signaal heeft gezien of gehoord.</source>
        <translation>Fill in who saw or heard the signal.</translation>
    </message>
    <message>
        <source>Kies de bron van het signaal.</source>
        <translation>Choose the source of the signal.</translation>
    </message>
    <message>
        <source>Kies de vorm van geweld, of &apos;Nog niet duidelijk&apos;.</source>
        <translation>Choose the form of violence, or &apos;Not yet clear&apos;.</translation>
    </message>
    <message>
        <source>Beschrijf de feiten: wat is er gezien of gehoord?</source>
        <translation>Describe the facts: what was seen or heard?</translation>
    </message>
    <message>
        <source>Geef aan waarom u dit signaal corrigeert.</source>
        <translation>State why you are correcting this signal.</translation>
    </message>
    <message>
        <source>Vul uw naam in zoals die in het dossier komt.</source>
        <translation>Fill in your name as it will appear in the file.</translation>
    </message>
    <message>
        <source>Een telefoonnummer bevat alleen cijfers, spaties en +.</source>
        <translation>A phone number contains only digits, spaces and +.</translation>
    </message>
    <message>
        <source>Geef aan waarom de casus wordt gesloten.</source>
        <translation>State why the case is being closed.</translation>
    </message>
    <message>
        <source>De correctie verandert niets aan het signaal.</source>
        <translation>The correction does not change anything in the signal.</translation>
    </message>
    <message>
        <source>De wachtzin voor het bestand is te kort: gebruik minstens {n} tekens.</source>
        <translation>The passphrase for the file is too short: use at least {n} characters.</translation>
    </message>
    <message>
        <source>De datum van de melding kan niet in de toekomst liggen.</source>
        <translation>The date of the report cannot lie in the future.</translation>
    </message>
    <message>
        <source>Neem minstens één betrokkene op in de melding.</source>
        <translation>Include at least one person involved in the report.</translation>
    </message>
    <message>
        <source>Neem minstens één signaal op in de melding.</source>
        <translation>Include at least one signal in the report.</translation>
    </message>
    <message>
        <source>Beschrijf hoe veilig de betrokkenen op dit moment zijn.</source>
        <translation>Describe how safe the people involved are at this moment.</translation>
    </message>
    <message>
        <source>Beschrijf wat u van Veilig Thuis vraagt.</source>
        <translation>Describe what you are asking of Veilig Thuis.</translation>
    </message>
    <message>
        <source>Een weging noemt het afwegingskader en de versie waarmee zij is gemaakt.</source>
        <translation>An assessment names the weighing framework and the version it was made with.</translation>
    </message>
    <message>
        <source>Vul de naam van de melder in.</source>
        <translation>Enter the reporter&apos;s name.</translation>
    </message>
    <message>
        <source>Vul het telefoonnummer in waarop Veilig Thuis de melder kan terugbellen.</source>
        <translation>Enter the phone number on which Veilig Thuis can call the reporter back.</translation>
    </message>
    <message>
        <source>Geef aan of de cliënt vooraf over de melding is geïnformeerd, of waarom niet.</source>
        <translation>State whether the client was informed about the report beforehand, or why not.</translation>
    </message>
    <message>
        <source>De datum van het gesprek kan niet in de toekomst liggen.</source>
        <translation>The date of the conversation cannot lie in the future.</translation>
    </message>
    <message>
        <source>Beschrijf hoe de cliënt op de melding reageerde.</source>
        <translation>Describe how the client reacted to the report.</translation>
    </message>
    <message>
        <source>Kies waarom de cliënt niet vooraf is geïnformeerd: dat mag alleen om een van de drie genoemde redenen.</source>
        <translation>Choose why the client was not informed beforehand: this is only allowed for one of the three listed reasons.</translation>
    </message>
</context>
</TS>
