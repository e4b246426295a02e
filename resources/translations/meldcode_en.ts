<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Over Meldcode Werkplek</source>
        <translation>About Meldcode Werkplek</translation>
    </message>
    <message>
        <source>Meldcode Werkplek: een versleuteld werkstation voor de meldcode huiselijk geweld en kindermishandeling. Alle gegevens blijven versleuteld op deze computer. Hieronder staat wat uw beheerder of helpdesk over deze installatie wil weten; er staat niets in over een casus.</source>
        <translation>Meldcode Werkplek: an encrypted workstation for the reporting code for domestic violence and child abuse (meldcode). All data stays encrypted on this computer. Below is what your administrator or helpdesk wants to know about this installation; it contains nothing about a case.</translation>
    </message>
    <message>
        <source>Gegevens over deze installatie</source>
        <translation>Details of this installation</translation>
    </message>
    <message>
        <source>Kopiëren</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Gekopieerd</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>AccessLogDialog</name>
    <message>
        <source>Logboek</source>
        <translation>Access log</translation>
    </message>
    <message>
        <source>alle</source>
        <translation>all</translation>
    </message>
    <message>
        <source>Alle gebruikers</source>
        <translation>All users</translation>
    </message>
    <message>
        <source>Alle soorten</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Nieuwste eerst</source>
        <translation>Newest first</translation>
    </message>
    <message>
        <source>Oudste eerst</source>
        <translation>Oldest first</translation>
    </message>
    <message>
        <source>Toepassen</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Filteren</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Casus:</source>
        <translation>Case:</translation>
    </message>
    <message>
        <source>Gebruiker:</source>
        <translation>User:</translation>
    </message>
    <message>
        <source>Soort:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Van:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>Tot en met:</source>
        <translation>Up to and including:</translation>
    </message>
    <message>
        <source>Gebeurtenissen in het logboek</source>
        <translation>Events in the access log</translation>
    </message>
    <message>
        <source>‹ Vorige</source>
        <translation>‹ Previous</translation>
    </message>
    <message>
        <source>Volgende ›</source>
        <translation>Next ›</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>CSV (in een versleuteld bestand)</source>
        <translation>CSV (inside an encrypted file)</translation>
    </message>
    <message>
        <source>Logboek exporteren</source>
        <translation>Export the access log</translation>
    </message>
    <message>
        <source>Het logboek staat versleuteld in {name}. Het opent alleen met deze wachtzin.</source>
        <translation>The access log is saved encrypted in {name}. It opens only with this passphrase.</translation>
    </message>
    <message>
        <source>Exporteren (versleuteld, met de filter hierboven)</source>
        <translation>Export (encrypted, with the filter above)</translation>
    </message>
    <message>
        <source>Als:</source>
        <translation>As:</translation>
    </message>
    <message>
        <source>Vul een casusnummer in (alleen cijfers).</source>
        <translation>Enter a case number (digits only).</translation>
    </message>
    <message>
        <source>Regels {first}–{last} van {total}</source>
        <translation>Rows {first}–{last} of {total}</translation>
    </message>
    <message>
        <source>Geen regels met deze filter.</source>
        <translation>No rows with this filter.</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Collega toevoegen</source>
        <translation>Add a colleague</translation>
    </message>
    <message>
        <source>bijvoorbeeld huisarts, verloskundige</source>
        <translation>for example GP, midwife</translation>
    </message>
    <message>
        <source>Mag gebruikers beheren (beheerder)</source>
        <translation>May manage users (administrator)</translation>
    </message>
    <message>
        <source>Naam:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Inlognaam:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <source>Waarmee de collega zich op elke computer van de praktijk aanmeldt.</source>
        <translation>What the colleague logs in with on every computer of the practice.</translation>
    </message>
    <message>
        <source>Functie:</source>
        <translation>Job title:</translation>
    </message>
    <message>
        <source>Rol:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Een praktijkmanager ziet aantallen, registraties, het logboek en de gebruikers, maar nooit de inhoud van een casus.</source>
        <translation>A practice manager sees counts, registrations, the access log and the users, but never the contents of a case.</translation>
    </message>
    <message>
        <source>Geef de collega een eerste wachtzin. Bij de eerste keer ontgrendelen kiest de collega een eigen wachtzin; pas daarna kan hij of zij werken.</source>
        <translation>Give the colleague a first passphrase. At the first unlock the colleague chooses their own passphrase; only then can they work.</translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
</context>
<context>
    <name>AnnualOverviewDialog</name>
    <message>
        <source>Jaaroverzicht</source>
        <translation>Annual overview</translation>
    </message>
    <message>
        <source>Adviesvragen en meldingen per maand</source>
        <translation>Requests for advice and reports per month</translation>
    </message>
    <message>
        <source>Adviesvragen</source>
        <translation>Requests for advice</translation>
    </message>
    <message>
        <source>Meldingen</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Totaal</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Het hele jaaroverzicht zoals het wordt afgedrukt</source>
        <translation>The whole annual overview as it is printed</translation>
    </message>
    <message>
        <source>Het hele overzicht</source>
        <translation>The whole overview</translation>
    </message>
    <message>
        <source>Per maand</source>
        <translation>Per month</translation>
    </message>
    <message>
        <source>Er zijn nog geen adviesvragen of meldingen vastgelegd.</source>
        <translation>No requests for advice or reports have been recorded yet.</translation>
    </message>
    <message>
        <source>Afdrukvoorbeeld…</source>
        <translation>Print preview…</translation>
    </message>
    <message>
        <source>Afdrukken…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Opslaan als versleutelde PDF</source>
        <translation>Save as encrypted PDF</translation>
    </message>
    <message>
        <source>Het jaaroverzicht is versleuteld opgeslagen als {name}. Het opent alleen met deze wachtzin.</source>
        <translation>The annual overview was saved encrypted as {name}. It opens only with this passphrase.</translation>
    </message>
    <message>
        <source>Opslaan als PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>Opslaan als CSV</source>
        <translation>Save as CSV</translation>
    </message>
    <message>
        <source>Zonder versleuteling (alleen aantallen, eerst gecontroleerd):</source>
        <translation>Without encryption (counts only, checked first):</translation>
    </message>
    <message>
        <source>Jaar:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Adviesvragen en meldingen aan Veilig Thuis, casussen, vormen van geweld, wegingen, kindchecks en de vergelijking met eerdere jaren. Alleen aantallen: dit overzicht mag u afdrukken en laten zien.</source>
        <translation>Requests for advice and reports to Veilig Thuis, cases, forms of violence, weighings, child checks and the comparison with earlier years. Counts only: you may print and show this overview.</translation>
    </message>
    <message>
        <source>Opgeslagen zonder versleuteling als {name} in de map {folder}. De controle vond geen namen, titels of signalen.</source>
        <translation>Saved without encryption as {name} in the folder {folder}. The check found no names, titles or signals.</translation>
    </message>
    <message>
        <source>Beslissingen om te melden zonder geregistreerde melding: {count}. Die tellen hier niet als melding; registreer de melding in de casus als die is gedaan.</source>
        <translation>Decisions to report without a registered report: {count}. They are not counted as reports here; register the report in the case once it has been made.</translation>
    </message>
    <message>
        <source>Afdrukvoorbeeld jaaroverzicht</source>
        <translation>Print preview of the annual overview</translation>
    </message>
    <message>
        <source>Jaaroverzicht afdrukken</source>
        <translation>Print the annual overview</translation>
    </message>
</context>
<context>
    <name>Assessment</name>
    <message>
        <source>(en nog één andere fout)</source>
        <translation>(and one other fault)</translation>
    </message>
    <message>
        <source>(en nog {count} andere fouten)</source>
        <translation>(and {count} other faults)</translation>
    </message>
    <message>
        <source>{items} en {last}</source>
        <translation>{items} and {last}</translation>
    </message>
    <message>
        <source>Vraag {number}</source>
        <translation>Question {number}</translation>
    </message>
    <message>
        <source>{group} · versie {version}</source>
        <translation>{group} · version {version}</translation>
    </message>
    <message>
        <source>{group} · versie {version} van {date}</source>
        <translation>{group} · version {version} of {date}</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>Afwegingskader: {case}</source>
        <translation>Weighing framework: {case}</translation>
    </message>
    <message>
        <source>Afwegingskader doorlopen</source>
        <translation>Work through the weighing framework</translation>
    </message>
    <message>
        <source>Ander afwegingskader &amp;kiezen…</source>
        <translation>&amp;Choose another framework…</translation>
    </message>
    <message>
        <source>&lt; &amp;Vorige</source>
        <translation>&lt; &amp;Previous</translation>
    </message>
    <message>
        <source>Vol&amp;gende &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Tussentijds vastleggen</source>
        <translation>&amp;Record for now</translation>
    </message>
    <message>
        <source>Legt de beantwoorde vragen vast; de weging maakt u later af.</source>
        <translation>Records the questions answered so far; you finish the weighing later.</translation>
    </message>
    <message>
        <source>Weging &amp;vastleggen</source>
        <translation>&amp;Record weighing</translation>
    </message>
    <message>
        <source>Uitkomst van de weging</source>
        <translation>Outcome of the weighing</translation>
    </message>
    <message>
        <source>Met &apos;Weging vastleggen&apos; komen uw antwoorden, uw redenen en beide beslissingen in het dossier, met het afwegingskader en zijn versie. Wilt u een antwoord wijzigen, kies dan links de vraag of ga terug met &apos;Vorige&apos;.</source>
        <translation>&apos;Record weighing&apos; puts your answers, your reasons and both decisions in the file, with the weighing framework and its version. To change an answer, choose the question on the left or go back with &apos;Previous&apos;.</translation>
    </message>
    <message>
        <source>Ander afwegingskader</source>
        <translation>Another weighing framework</translation>
    </message>
    <message>
        <source>Met een ander afwegingskader begint de weging opnieuw. Uw antwoorden en redenen bij het huidige kader worden niet bewaard. Wilt u opnieuw beginnen?</source>
        <translation>With another weighing framework the weighing starts again. Your answers and reasons under the current framework are not kept. Do you want to start again?</translation>
    </message>
    <message>
        <source>Opnieuw beginnen</source>
        <translation>Start again</translation>
    </message>
    <message>
        <source>Bij dit kader blijven</source>
        <translation>Keep this framework</translation>
    </message>
    <message>
        <source>Nog geen afwegingskader gekozen</source>
        <translation>No weighing framework chosen yet</translation>
    </message>
    <message>
        <source>U weegt onder een ander kader dan dat van uw beroepsgroep ({group}). Het gekozen kader en zijn versie worden bij de weging vastgelegd.</source>
        <translation>You are weighing under another framework than that of your profession group ({group}). The chosen framework and its version are recorded with the weighing.</translation>
    </message>
    <message>
        <source>Tussentijds vastleggen</source>
        <translation>Record for now</translation>
    </message>
    <message>
        <source>Vastgelegd worden de vragen die u al beantwoordde. Wat u bij de vraag die nu openstaat invulde, wordt niet bewaard. Toch tussentijds vastleggen?</source>
        <translation>The questions you already answered are recorded. What you entered at the question that is open now is not kept. Record for now anyway?</translation>
    </message>
    <message>
        <source>Vastleggen</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Verder invullen</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <source>Uitkomst van de weging</source>
        <translation>Outcome of the weighing</translation>
    </message>
    <message>
        <source>Vragen, antwoorden en redenen</source>
        <translation>Questions, answers and reasons</translation>
    </message>
    <message>
        <source>Vastgelegd door {name} op {moment}</source>
        <translation>Recorded by {name} on {moment}</translation>
    </message>
    <message>
        <source>Gewogen met het kader van een andere beroepsgroep, gekozen voor deze casus in plaats van het kader van de eigen beroepsgroep ({group}).</source>
        <translation>Weighed with another profession group&apos;s framework, chosen for this case instead of the framework of the user&apos;s own group ({group}).</translation>
    </message>
    <message>
        <source>Deze weging is nog niet afgerond. Open staat {question}: {text}</source>
        <translation>This weighing is not finished yet. Still open: {question}: {text}</translation>
    </message>
    <message>
        <source>Antwoord: {answer}</source>
        <translation>Answer: {answer}</translation>
    </message>
    <message>
        <source>Reden: {reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
    <message>
        <source>Vastgelegd: {where}</source>
        <translation>Recorded: {where}</translation>
    </message>
    <message>
        <source>Nu bij opnieuw doorlopen: {where}</source>
        <translation>Replayed now: {where}</translation>
    </message>
    <message>
        <source>melden: {report}; hulp: {help}; norm: {norm}</source>
        <translation>report: {report}; help: {help}; norm: {norm}</translation>
    </message>
    <message>
        <source>nog open bij {question}</source>
        <translation>still open at {question}</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Reservekopie maken</source>
        <translation>Make a backup</translation>
    </message>
    <message>
        <source>Een reservekopie is één versleuteld bestand met de hele kluis. Terugzetten kan met de herstelcode, ook op een andere computer. Bewaar reservekopieën buiten deze computer, bijvoorbeeld op een externe schijf van de praktijk.</source>
        <translation>A backup is a single encrypted file holding the whole vault. It can be restored with the recovery code, also on another computer. Keep backups away from this computer, for example on an external drive of the practice.</translation>
    </message>
    <message>
        <source>Bladeren…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Bestand:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Reservekopie opslaan als</source>
        <translation>Save backup as</translation>
    </message>
    <message>
        <source>Reservekopie (*.mwbackup)</source>
        <translation>Backup (*.mwbackup)</translation>
    </message>
    <message>
        <source>Kies waar de reservekopie komt.</source>
        <translation>Choose where the backup goes.</translation>
    </message>
    <message>
        <source>Reservekopie maken…</source>
        <translation>Making the backup…</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Waar</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Gewijzigd</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Gevonden in</source>
        <translation>Found in</translation>
    </message>
    <message>
        <source>Geopend</source>
        <translation>Opened</translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <source>Zoeken in casussen</source>
        <translation>Search cases</translation>
    </message>
    <message>
        <source>Zoeken in titels, namen van betrokkenen en signalen</source>
        <translation>Search titles, names of people involved and signals</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>Vandaag</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Nieuwe casus…</source>
        <translation>New case…</translation>
    </message>
    <message>
        <source>Casussen</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>De eerste {count} casussen; verder scrollen toont er meer.</source>
        <translation>The first {count} cases; scroll on to see more.</translation>
    </message>
    <message>
        <source>{count} gevonden</source>
        <translation>{count} found</translation>
    </message>
    <message>
        <source>1 casus</source>
        <translation>1 case</translation>
    </message>
    <message>
        <source>{count} casussen</source>
        <translation>{count} cases</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Kies links een casus, of maak een nieuwe casus (Ctrl+N).</source>
        <translation>Choose a case on the left, or make a new case (Ctrl+N).</translation>
    </message>
    <message>
        <source>Signaal toevoegen…</source>
        <translation>Add signal…</translation>
    </message>
    <message>
        <source>Casus sluiten…</source>
        <translation>Close case…</translation>
    </message>
    <message>
        <source>Delen…</source>
        <translation>Share…</translation>
    </message>
    <message>
        <source>Geef een collega toegang tot deze casus</source>
        <translation>Give a colleague access to this case</translation>
    </message>
    <message>
        <source>Heropenen…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <source>Uitleg verbergen</source>
        <translation>Hide guidance</translation>
    </message>
    <message>
        <source>Betrokkene toevoegen…</source>
        <translation>Add person involved…</translation>
    </message>
    <message>
        <source>Wijzigen…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Kindcheck vastleggen…</source>
        <translation>Record child check…</translation>
    </message>
    <message>
        <source>Consultatie vastleggen…</source>
        <translation>Record consultation…</translation>
    </message>
    <message>
        <source>Stap overslaan…</source>
        <translation>Skip step…</translation>
    </message>
    <message>
        <source>Gesprek vastleggen…</source>
        <translation>Record conversation…</translation>
    </message>
    <message>
        <source>Afwegingskader doorlopen…</source>
        <translation>Work through the assessment framework…</translation>
    </message>
    <message>
        <source>Beslissing vastleggen…</source>
        <translation>Record decision…</translation>
    </message>
    <message>
        <source>Melding voorbereiden…</source>
        <translation>Prepare report…</translation>
    </message>
    <message>
        <source>Controle plannen…</source>
        <translation>Plan a check…</translation>
    </message>
    <message>
        <source>Dossier…</source>
        <translation>Case file…</translation>
    </message>
    <message>
        <source>Dossier afdrukken of opslaan…</source>
        <translation>Print or save the case file…</translation>
    </message>
    <message>
        <source>Nog geen consultatie vastgelegd.</source>
        <translation>No consultation recorded yet.</translation>
    </message>
    <message>
        <source>Nog geen gesprek vastgelegd.</source>
        <translation>No conversation recorded yet.</translation>
    </message>
    <message>
        <source>Nog geen beslissing vastgelegd.</source>
        <translation>No decision recorded yet.</translation>
    </message>
    <message>
        <source>Er zijn (nog) geen controles: die komen er na een beslissing in stap 5.</source>
        <translation>There are no checks (yet): they follow a decision in step 5.</translation>
    </message>
    <message>
        <source>Leg eerst de beslissing vast om te melden bij Veilig Thuis.</source>
        <translation>First record the decision to report to Veilig Thuis.</translation>
    </message>
    <message>
        <source>geopend op {opened}</source>
        <translation>opened on {opened}</translation>
    </message>
    <message>
        <source>nu: stap {number}, {step}</source>
        <translation>now: step {number}, {step}</translation>
    </message>
    <message>
        <source>ronde {round}</source>
        <translation>round {round}</translation>
    </message>
    <message>
        <source>Gesloten op {day}. Reden: {reason}. Heropen de casus om verder te werken.</source>
        <translation>Closed on {day}. Reason: {reason}. Reopen the case to continue working on it.</translation>
    </message>
    <message>
        <source>Nieuwe signalen van onveiligheid na uw melding. Meld opnieuw bij Veilig Thuis ({phone}): Veilig Thuis legt signalen van verschillende melders over langere tijd naast elkaar.</source>
        <translation>New signs of unsafety after your report. Report again to Veilig Thuis ({phone}): Veilig Thuis puts signals from different reporters side by side over a longer time.</translation>
    </message>
    <message>
        <source>Nieuwe zorgen terwijl er hulp is: de hulp brengt (nog) geen veiligheid. Overweeg alsnog een melding bij Veilig Thuis ({phone}).</source>
        <translation>New concerns while help is under way: the help does not (yet) bring safety. Consider reporting to Veilig Thuis after all ({phone}).</translation>
    </message>
    <message>
        <source>Uitleg tonen</source>
        <translation>Show guidance</translation>
    </message>
    <message>
        <source>Het signaal van {date} is vastgelegd. Het staat bij die datum, verder naar beneden in de lijst.</source>
        <translation>The signal of {date} has been recorded. It is listed at that date, further down the list.</translation>
    </message>
    <message>
        <source>Casus voor de kinderen?</source>
        <translation>A case for the children?</translation>
    </message>
    <message>
        <source>De kindcheck vond kinderen van wie de veiligheid in het geding is. Wilt u voor hen een eigen casus openen, gekoppeld aan deze casus?</source>
        <translation>The child check found children whose safety is at stake. Do you want to open a case of their own for them, linked to this case?</translation>
    </message>
    <message>
        <source>Casus openen…</source>
        <translation>Open case…</translation>
    </message>
    <message>
        <source>Nu niet</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>Kinderen van {title}</source>
        <translation>Children of {title}</translation>
    </message>
    <message>
        <source>Casus heropenen</source>
        <translation>Reopen case</translation>
    </message>
    <message>
        <source>Wilt u deze casus weer openen? Het heropenen komt in het logboek.</source>
        <translation>Do you want to open this case again? Reopening is written in the log.</translation>
    </message>
    <message>
        <source>Heropenen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CaseWeighing</name>
    <message>
        <source>Er kon geen afwegingskader worden geladen, dus u kunt hier nu niet wegen. Weeg met het afwegingskader van uw beroepsgroep op papier en sla deze stap over met uw reden; die blijft in het dossier. Vraag de beheerder het programma te herstellen.</source>
        <translation>No weighing framework could be loaded, so you cannot weigh here now. Weigh on paper with your profession group&apos;s framework and skip this step with your reason; it stays in the case file. Ask the administrator to repair the program.</translation>
    </message>
    <message>
        <source>geen gekozen</source>
        <translation>none chosen</translation>
    </message>
    <message>
        <source>Voor uw beroepsgroep ({group}) is geen bruikbaar afwegingskader geladen. Kies bij het doorlopen zelf het kader, of sla deze stap over met uw reden.</source>
        <translation>No usable weighing framework is loaded for your profession group ({group}). Choose the framework yourself when you work through it, or skip this step with your reason.</translation>
    </message>
</context>
<context>
    <name>CheckResultDialog</name>
    <message>
        <source>Uitkomst corrigeren</source>
        <translation>Correct the outcome</translation>
    </message>
    <message>
        <source>Uitkomst vastleggen</source>
        <translation>Record the outcome</translation>
    </message>
    <message>
        <source>Kies…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Datum van de controle:</source>
        <translation>Date of the check:</translation>
    </message>
    <message>
        <source>Is de situatie veilig?</source>
        <translation>Is the situation safe?</translation>
    </message>
    <message>
        <source>Wat u vond:</source>
        <translation>What you found:</translation>
    </message>
    <message>
        <source>{check} (gepland op {day}). Leg vast wat u bij deze controle vond.</source>
        <translation>{check} (planned for {day}). Record what you found at this check.</translation>
    </message>
</context>
<context>
    <name>ChildrenCaseDialog</name>
    <message>
        <source>Casus voor de kinderen</source>
        <translation>Case for the children</translation>
    </message>
    <message>
        <source>Titel:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Gebruik geen namen: de titel staat in de lijst van casussen.</source>
        <translation>Do not use names: the title appears in the list of cases.</translation>
    </message>
    <message>
        <source>Casus openen</source>
        <translation>Open case</translation>
    </message>
    <message>
        <source>De kindcheck vond kinderen van wie de veiligheid in het geding is. Open voor hen een eigen casus: daarin legt u de signalen over de kinderen vast. De twee casussen worden aan elkaar gekoppeld.</source>
        <translation>The child check found children whose safety is at stake. Open a case of their own for them: there you record the signals about the children. The two cases are linked to each other.</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <source>Casus sluiten</source>
        <translation>Close case</translation>
    </message>
    <message>
        <source>Kies de reden…</source>
        <translation>Choose the reason…</translation>
    </message>
    <message>
        <source>Reden:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Toelichting:</source>
        <translation>Explanation:</translation>
    </message>
    <message>
        <source>Verplicht bij &apos;Andere reden&apos;; anders een aanvulling als u die hebt.</source>
        <translation>Required with &apos;Other reason&apos;; otherwise an addition if you have one.</translation>
    </message>
    <message>
        <source>Een gesloten casus blijft in de kluis en kan weer worden geopend. De reden van sluiten komt in het dossier.</source>
        <translation>A closed case stays in the vault and can be opened again. The reason for closing goes into the file.</translation>
    </message>
</context>
<context>
    <name>ConsultationDialog</name>
    <message>
        <source>Consultatie corrigeren</source>
        <translation>Correct consultation</translation>
    </message>
    <message>
        <source>Consultatie vastleggen</source>
        <translation>Record consultation</translation>
    </message>
    <message>
        <source>Niet uit de sociale kaart</source>
        <translation>Not from the practice contacts</translation>
    </message>
    <message>
        <source>Kies met wie…</source>
        <translation>Choose with whom…</translation>
    </message>
    <message>
        <source>Bij naam genoemd</source>
        <translation>Named</translation>
    </message>
    <message>
        <source>Anoniem besproken</source>
        <translation>Discussed anonymously</translation>
    </message>
    <message>
        <source>Datum:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Uit de sociale kaart:</source>
        <translation>From the practice contacts:</translation>
    </message>
    <message>
        <source>Contacten van de praktijk beheert u via Praktijk &gt; Sociale kaart.</source>
        <translation>You manage the practice&apos;s contacts under Practice &gt; Practice contacts.</translation>
    </message>
    <message>
        <source>Met wie:</source>
        <translation>With whom:</translation>
    </message>
    <message>
        <source>Adviesvraag aan Veilig Thuis: telt mee in het jaaroverzicht</source>
        <translation>Request for advice to Veilig Thuis: counts in the annual overview</translation>
    </message>
    <message>
        <source>Naam of functie:</source>
        <translation>Name or role:</translation>
    </message>
    <message>
        <source>Verplicht bij een andere deskundige; anders mag het leeg blijven.</source>
        <translation>Required for another expert; otherwise it may stay empty.</translation>
    </message>
    <message>
        <source>De cliënt is:</source>
        <translation>The client was:</translation>
    </message>
    <message>
        <source>Advies:</source>
        <translation>Advice:</translation>
    </message>
    <message>
        <source>Afgesproken volgende stap:</source>
        <translation>Agreed next step:</translation>
    </message>
    <message>
        <source>Leg vast met wie u overlegde en wat u afsprak. Advies vragen aan Veilig Thuis kan zonder de naam van de cliënt te noemen.</source>
        <translation>Record whom you consulted and what you agreed. You can ask Veilig Thuis for advice without naming the client.</translation>
    </message>
</context>
<context>
    <name>ConsultationEditor</name>
    <message>
        <source>Datum:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Geraadpleegd:</source>
        <translation>Consulted:</translation>
    </message>
    <message>
        <source>Functie:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Adviesvraag aan Veilig Thuis</source>
        <translation>Request for advice to Veilig Thuis</translation>
    </message>
    <message>
        <source>Vraag:</source>
        <translation>Question:</translation>
    </message>
    <message>
        <source>Advies:</source>
        <translation>Advice:</translation>
    </message>
    <message>
        <source>Vastgelegd door:</source>
        <translation>Recorded by:</translation>
    </message>
    <message>
        <source>Consultatie {number}</source>
        <translation>Consultation {number}</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Contact wijzigen</source>
        <translation>Change contact</translation>
    </message>
    <message>
        <source>Contact toevoegen</source>
        <translation>Add contact</translation>
    </message>
    <message>
        <source>Kies wat voor contact…</source>
        <translation>Choose the kind of contact…</translation>
    </message>
    <message>
        <source>Soort:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Naam:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Organisatie:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Telefoon:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <source>Notities:</source>
        <translation>Notes:</translation>
    </message>
</context>
<context>
    <name>ContactsDialog</name>
    <message>
        <source>Sociale kaart</source>
        <translation>Practice contacts</translation>
    </message>
    <message>
        <source>De contacten van uw praktijk: Veilig Thuis, de aandachtsfunctionaris, het lokale team, de vertrouwensarts en de wijkagent. Bij een consultatie (stap 2) kiest u ze uit deze lijst.</source>
        <translation>Your practice&apos;s contacts: Veilig Thuis, the designated consultee, the local team, the confidential doctor and the community police officer. For a consultation (step 2) you choose them from this list.</translation>
    </message>
    <message>
        <source>Contacten op de sociale kaart</source>
        <translation>Contacts on the social map</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Gearchiveerde contacten tonen</source>
        <translation>Show archived contacts</translation>
    </message>
    <message>
        <source>Toevoegen…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Wijzigen…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>Archiveren</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>{role} (gearchiveerd)</source>
        <translation>{role} (archived)</translation>
    </message>
    <message>
        <source>Terugzetten</source>
        <translation>Restore</translation>
    </message>
</context>
<context>
    <name>ConversationDialog</name>
    <message>
        <source>Gesprek corrigeren</source>
        <translation>Correct conversation</translation>
    </message>
    <message>
        <source>Gesprek vastleggen</source>
        <translation>Record conversation</translation>
    </message>
    <message>
        <source>Kies…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Datum:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Met de cliënt:</source>
        <translation>With the client:</translation>
    </message>
    <message>
        <source>Waarom geen gesprek?</source>
        <translation>Why no conversation?</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: het gesprek zou iemand in gevaar brengen.</source>
        <translation>For example: the conversation would put someone in danger.</translation>
    </message>
    <message>
        <source>Met het kind:</source>
        <translation>With the child:</translation>
    </message>
    <message>
        <source>Waarom niet met het kind?</source>
        <translation>Why not with the child?</translation>
    </message>
    <message>
        <source>Alleen de leeftijd of een beperking is daarvoor geen reden.</source>
        <translation>Age or a disability alone is no reason for that.</translation>
    </message>
    <message>
        <source>Aanwezig:</source>
        <translation>Present:</translation>
    </message>
    <message>
        <source>Wat is besproken:</source>
        <translation>What was discussed:</translation>
    </message>
    <message>
        <source>Reactie:</source>
        <translation>Reaction:</translation>
    </message>
    <message>
        <source>Leg het gesprek over uw zorgen vast: met de cliënt (bij een jong kind: de ouders) en met het kind zelf, liefst alleen. Ging een gesprek niet door, leg dan vast waarom.</source>
        <translation>Record the conversation about your concerns: with the client (for a young child: the parents) and with the child itself, preferably alone. If a conversation did not take place, record why.</translation>
    </message>
    <message>
        <source>Waarschuwing: alleen de leeftijd is geen reden.</source>
        <translation>Warning: age alone is no reason.</translation>
    </message>
</context>
<context>
    <name>ConversationEditor</name>
    <message>
        <source>Het gesprek heeft plaatsgevonden</source>
        <translation>The conversation took place</translation>
    </message>
    <message>
        <source>Datum:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Gesprek met het kind</source>
        <translation>Conversation with the child</translation>
    </message>
    <message>
        <source>Aanwezig:</source>
        <translation>Present:</translation>
    </message>
    <message>
        <source>Wat is besproken:</source>
        <translation>What was discussed:</translation>
    </message>
    <message>
        <source>Reactie:</source>
        <translation>Reaction:</translation>
    </message>
    <message>
        <source>Reden (niet gevoerd):</source>
        <translation>Reason (not held):</translation>
    </message>
    <message>
        <source>Vastgelegd door:</source>
        <translation>Recorded by:</translation>
    </message>
    <message>
        <source>Gesprek {number}</source>
        <translation>Conversation {number}</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Er ging iets mis</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>Meldcode Werkplek is op een onverwachte fout gestuit. Wat al was opgeslagen, staat veilig in de versleutelde kluis.

Het rapport hieronder zegt alleen wáár het misging; het bevat geen gegevens uit uw casussen. U kunt het kopiëren en naar uw beheerder of de makers sturen.</source>
        <translation>Meldcode Werkplek ran into an unexpected error. Whatever had already been saved is safe in the encrypted vault.

The report below only says where it went wrong; it holds no data from your cases. You can copy it and send it to your administrator or the makers.</translation>
    </message>
    <message>
        <source>Foutrapport</source>
        <translation>Error report</translation>
    </message>
    <message>
        <source>Rapport kopiëren</source>
        <translation>Copy report</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Datum, als dd-mm-jjjj</source>
        <translation>Date, as dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Kies in de kalender</source>
        <translation>Choose in the calendar</translation>
    </message>
    <message>
        <source>Kalender</source>
        <translation>Calendar</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Beslissing corrigeren</source>
        <translation>Correct decision</translation>
    </message>
    <message>
        <source>Beslissing vastleggen</source>
        <translation>Record decision</translation>
    </message>
    <message>
        <source>Ja, melden bij Veilig Thuis</source>
        <translation>Yes, report to Veilig Thuis</translation>
    </message>
    <message>
        <source>Nee, niet melden</source>
        <translation>No, do not report</translation>
    </message>
    <message>
        <source>Ja, hulp bieden of organiseren</source>
        <translation>Yes, give or organise help</translation>
    </message>
    <message>
        <source>Nee, geen hulp</source>
        <translation>No, no help</translation>
    </message>
    <message>
        <source>Ja, vooraf ingelicht</source>
        <translation>Yes, told beforehand</translation>
    </message>
    <message>
        <source>Nee, niet ingelicht</source>
        <translation>No, not told</translation>
    </message>
    <message>
        <source>Datum:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>1. Melden bij Veilig Thuis?</source>
        <translation>1. Report to Veilig Thuis?</translation>
    </message>
    <message>
        <source>Redenen:</source>
        <translation>Reasons:</translation>
    </message>
    <message>
        <source>2. Hulp bieden of organiseren?</source>
        <translation>2. Give or organise help?</translation>
    </message>
    <message>
        <source>Afgesproken hulp:</source>
        <translation>Help agreed:</translation>
    </message>
    <message>
        <source>Cliënt vooraf ingelicht?</source>
        <translation>Client told beforehand?</translation>
    </message>
    <message>
        <source>Vertel de cliënt dat u meldt, tenzij dat iemand in gevaar brengt.</source>
        <translation>Tell the client that you are reporting, unless that puts someone in danger.</translation>
    </message>
    <message>
        <source>Toelichting:</source>
        <translation>Explanation:</translation>
    </message>
    <message>
        <source>Niet ingelicht: waarom niet (verplicht). Wel ingelicht: hoe reageerde de cliënt?</source>
        <translation>Not told: why not (required). Told: how did the client react?</translation>
    </message>
    <message>
        <source>Geen advies van Veilig Thuis:</source>
        <translation>No advice from Veilig Thuis:</translation>
    </message>
    <message>
        <source>Twee beslissingen, elk met uw redenen. Bij acute of structurele onveiligheid meldt u, ook als u zelf kunt helpen. Na het opslaan staan de vervolgcontroles klaar.</source>
        <translation>Two decisions, each with your reasons. With acute or structural unsafety you report, even when you can help yourself. After saving, the follow-up checks are planned.</translation>
    </message>
    <message>
        <source>Voorgesteld vanuit de weging met {kader}: controleer beide beslissingen en uw redenen, en pas aan waar u anders oordeelt.</source>
        <translation>Proposed from the weighing with {kader}: check both decisions and your reasons, and change what you judge differently.</translation>
    </message>
    <message>
        <source>U wijkt af van de weging, die melden zegt. Schrijf hier waarom u niet meldt.</source>
        <translation>You depart from the weighing, which says to report. Write here why you do not report.</translation>
    </message>
</context>
<context>
    <name>DetailedNotice</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Technische details tonen</source>
        <translation>Show technical details</translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <source>Dossier afdrukken of opslaan</source>
        <translation>Print or save the case file</translation>
    </message>
    <message>
        <source>Het dossier van deze casus: alles wat is vastgelegd, met alle versies en het logboek. Vraagt iemand het dossier in te zien (ouders; kinderen vanaf 12 jaar), dan kunt u delen die anderen beschermen niet verstrekken: haal het vinkje weg. Op hun plaats staat dan dat er iets niet is verstrekt.</source>
        <translation>The file of this case: everything recorded, with all versions and the log. When someone asks to see the file (parents; children from 12), you can withhold parts that protect others: untick them. In their place the file then says that something was withheld.</translation>
    </message>
    <message>
        <source>Opnemen in de afdruk</source>
        <translation>Include in the printout</translation>
    </message>
    <message>
        <source>Onderdelen van het dossier</source>
        <translation>Parts of the case file</translation>
    </message>
    <message>
        <source>Voorbeeld van het dossier</source>
        <translation>Preview of the case file</translation>
    </message>
    <message>
        <source>Afdrukvoorbeeld…</source>
        <translation>Print preview…</translation>
    </message>
    <message>
        <source>Voor het eigen dossier (bijvoorbeeld een inspecteur of een overdracht)</source>
        <translation>For the practice&apos;s own file (for instance an inspector or a handover)</translation>
    </message>
    <message>
        <source>Voor een verzoek om inzage (ouders, of een kind vanaf 12 jaar)</source>
        <translation>For a request to see the file (parents, or a child from 12)</translation>
    </message>
    <message>
        <source>Kies eerst waarvoor: het logboek legt vast waarvoor het dossier is afgedrukt of opgeslagen.</source>
        <translation>Choose the purpose first: the audit log records what the case file was printed or saved for.</translation>
    </message>
    <message>
        <source>Opslaan als versleutelde PDF (aanbevolen)</source>
        <translation>Save as encrypted PDF (recommended)</translation>
    </message>
    <message>
        <source>Direct afdrukken op papier</source>
        <translation>Print directly on paper</translation>
    </message>
    <message>
        <source>Opslaan als versleutelde PDF</source>
        <translation>Save as encrypted PDF</translation>
    </message>
    <message>
        <source>Het dossier is versleuteld opgeslagen als {name}. Het opent alleen met deze wachtzin. Geef haar los van het bestand door aan wie het dossier mag inzien, bijvoorbeeld aan de telefoon.</source>
        <translation>The case file was saved encrypted as {name}. It opens only with this passphrase. Pass it on separately from the file to whoever may see the file, for instance by phone.</translation>
    </message>
    <message>
        <source>Let op: op papier staan alle namen en gegevens leesbaar, zonder versleuteling. Haal de afdruk meteen van de printer en bewaar hem achter slot. Afdrukken naar een bestand kan niet; een bestand maakt u met &apos;Opslaan als versleutelde PDF&apos;.</source>
        <translation>Note: on paper every name and detail is readable, without encryption. Take the printout from the printer at once and keep it under lock. Printing to a file is not possible; make a file with &apos;Save as encrypted PDF&apos;.</translation>
    </message>
    <message>
        <source>Afdrukken…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Waarvoor:</source>
        <translation>Purpose:</translation>
    </message>
    <message>
        <source>niet gevoerd</source>
        <translation>not held</translation>
    </message>
    <message>
        <source>Betrokkenen</source>
        <translation>People involved</translation>
    </message>
    <message>
        <source>Signalen</source>
        <translation>Signals</translation>
    </message>
    <message>
        <source>Collegiale consultatie en adviesvragen</source>
        <translation>Consultation with colleagues and requests for advice</translation>
    </message>
    <message>
        <source>Gesprekken</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Aangeboden hulp</source>
        <translation>Help offered</translation>
    </message>
    <message>
        <source>Wegingen met het afwegingskader</source>
        <translation>Assessments with the weighing framework</translation>
    </message>
    <message>
        <source>Beslissingen</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Adviesvragen en meldingen aan Veilig Thuis</source>
        <translation>Requests for advice and reports to Veilig Thuis</translation>
    </message>
    <message>
        <source>Vervolg en nazorg</source>
        <translation>Follow-up and aftercare</translation>
    </message>
    <message>
        <source>Logboek van deze casus</source>
        <translation>Log of this case</translation>
    </message>
    <message>
        <source>Niet verstrekt: {parts}. Het dossier zegt op die plaatsen dat er iets is weggelaten.</source>
        <translation>Withheld: {parts}. In those places the file says that something was left out.</translation>
    </message>
    <message>
        <source>onderdeel</source>
        <translation>part</translation>
    </message>
    <message>
        <source>onderdelen</source>
        <translation>parts</translation>
    </message>
    <message>
        <source>Het hele dossier wordt opgenomen.</source>
        <translation>The whole case file is included.</translation>
    </message>
    <message>
        <source>Afdrukvoorbeeld van het dossier</source>
        <translation>Print preview of the case file</translation>
    </message>
    <message>
        <source>Kies eerst waarvoor het dossier is.</source>
        <translation>First choose what the case file is for.</translation>
    </message>
    <message>
        <source>Dossier afdrukken</source>
        <translation>Print the case file</translation>
    </message>
    <message>
        <source>Naar de printer gestuurd. Haal de afdruk meteen op.</source>
        <translation>Sent to the printer. Collect the printout at once.</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Concept terugzetten?</source>
        <translation>Restore the draft?</translation>
    </message>
    <message>
        <source>Toen het programma op {moment} vergrendelde, was dit formulier nog niet opgeslagen. Wilt u verder met wat u toen had ingevuld?</source>
        <translation>When the program locked at {moment}, this form had not been saved yet. Do you want to continue with what you had filled in then?</translation>
    </message>
    <message>
        <source>Verder met het concept</source>
        <translation>Continue with the draft</translation>
    </message>
    <message>
        <source>Leeg beginnen</source>
        <translation>Start empty</translation>
    </message>
    <message>
        <source>Op een andere computer of in een ander venster is intussen een nieuwer concept van dit formulier bewaard. Dat concept blijft staan; wat u hier invult, wordt daarom niet meer als concept bewaard, maar staat er nog wel.</source>
        <translation>A newer draft of this form was saved meanwhile on another computer or in another window. That draft stays; what you enter here is therefore no longer kept as a draft, but it is still here.</translation>
    </message>
    <message>
        <source>De praktijkserver is nu niet bereikbaar, dus dit is nog niet opgeslagen. Wat u invulde staat hier nog en is ook versleuteld op deze computer bewaard. Klik op opslaan zodra de server terug is; de onderste regel van het hoofdvenster zegt wanneer.</source>
        <translation>The practice server cannot be reached now, so this has not been saved yet. What you entered is still here and has also been kept, encrypted, on this computer. Click save once the server is back; the bottom line of the main window says when.</translation>
    </message>
    <message>
        <source>Invoer niet opgeslagen</source>
        <translation>Input not saved</translation>
    </message>
    <message>
        <source>U hebt iets ingevuld dat nog niet is opgeslagen. Wilt u dat weggooien?</source>
        <translation>You have entered something that has not been saved yet. Do you want to discard it?</translation>
    </message>
    <message>
        <source>Weggooien</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Verder invullen</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>EntryCard</name>
    <message>
        <source>Vastgelegd op {moment} door {name}</source>
        <translation>Recorded on {moment} by {name}</translation>
    </message>
    <message>
        <source>vervolg</source>
        <translation>follow-up</translation>
    </message>
    <message>
        <source>stap {number}</source>
        <translation>step {number}</translation>
    </message>
    <message>
        <source>{where} · ronde {round}</source>
        <translation>{where} · round {round}</translation>
    </message>
    <message>
        <source>Adviesvraag aan Veilig Thuis</source>
        <translation>Request for advice to Veilig Thuis</translation>
    </message>
    <message>
        <source>gedaan</source>
        <translation>done</translation>
    </message>
    <message>
        <source>{days} dagen over tijd</source>
        <translation>{days} days overdue</translation>
    </message>
    <message>
        <source>gecorrigeerd</source>
        <translation>corrected</translation>
    </message>
    <message>
        <source>ingetrokken</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>vervallen</source>
        <translation>lapsed</translation>
    </message>
    <message>
        <source>Vervallen op {moment}: de beslissing vraagt deze controle niet meer.</source>
        <translation>Lapsed on {moment}: the decision no longer asks for this check.</translation>
    </message>
    <message>
        <source>Ingetrokken op {moment} door {name}. Reden: {reason}</source>
        <translation>Withdrawn on {moment} by {name}. Reason: {reason}</translation>
    </message>
    <message>
        <source>Geschiedenis ({count} versies)…</source>
        <translation>History ({count} versions)…</translation>
    </message>
    <message>
        <source>Corrigeren…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <source>Intrekken…</source>
        <translation>Withdraw…</translation>
    </message>
    <message>
        <source>Uitkomst vastleggen…</source>
        <translation>Record outcome…</translation>
    </message>
    <message>
        <source>Datum verzetten…</source>
        <translation>Move date…</translation>
    </message>
    <message>
        <source>Casus voor de kinderen openen…</source>
        <translation>Open a case for the children…</translation>
    </message>
    <message>
        <source>Weging voortzetten…</source>
        <translation>Continue weighing…</translation>
    </message>
    <message>
        <source>Terugkoppeling Veilig Thuis…</source>
        <translation>Feedback from Veilig Thuis…</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Reden van de correctie:</source>
        <translation>Reason for the correction:</translation>
    </message>
    <message>
        <source>De eerdere versie blijft bewaard en zichtbaar in de geschiedenis.</source>
        <translation>The earlier version is kept and stays visible in the history.</translation>
    </message>
</context>
<context>
    <name>EntryHistoryDialog</name>
    <message>
        <source>Geschiedenis: {title}</source>
        <translation>History: {title}</translation>
    </message>
    <message>
        <source>Wat bij een stap is vastgelegd, wordt nooit overschreven. Hieronder staan alle versies, de oudste eerst.</source>
        <translation>What was recorded at a step is never overwritten. Below are all versions, the oldest first.</translation>
    </message>
    <message>
        <source>Versie {number} · {change} op {moment} door {name}</source>
        <translation>Version {number} · {change} on {moment} by {name}</translation>
    </message>
    <message>
        <source>Reden: {reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <source>Map kiezen…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <source>Het bestand krijgt een neutrale naam: alleen de soort en de datum, geen namen.</source>
        <translation>The file gets a neutral name: only the kind and the date, no names.</translation>
    </message>
    <message>
        <source>Exporteren afbreken</source>
        <translation>Cancel the export</translation>
    </message>
    <message>
        <source>Eerder bestand zoeken en verwijderen…</source>
        <translation>Find and remove the earlier file…</translation>
    </message>
    <message>
        <source>Opslaan in map:</source>
        <translation>Save in folder:</translation>
    </message>
    <message>
        <source>eerder in deze sessie</source>
        <translation>earlier in this session</translation>
    </message>
    <message>
        <source> als {name}</source>
        <translation> as {name}</translation>
    </message>
    <message>
        <source>Deze melding is al eerder opgeslagen (laatst op {when}{where}). Een nieuw bestand vervangt het eerdere: stuur Veilig Thuis alleen het nieuwe. Het nieuwe bestand krijgt een eigen wachtzin; de wachtzin van het eerdere bestand opent alleen dat eerdere bestand.</source>
        <translation>This report was saved before (last on {when}{where}). A new file replaces the earlier one: send Veilig Thuis only the new one. The new file gets its own passphrase; the earlier file&apos;s passphrase opens only that earlier file.</translation>
    </message>
    <message>
        <source>Map kiezen voor het versleutelde bestand</source>
        <translation>Choose a folder for the encrypted file</translation>
    </message>
    <message>
        <source>Kies de map waarin het bestand komt.</source>
        <translation>Choose the folder for the file.</translation>
    </message>
    <message>
        <source>Deze map bestaat niet. Kies een andere map.</source>
        <translation>This folder does not exist. Choose another folder.</translation>
    </message>
    <message>
        <source>Kies een andere map: de tijdelijke map van de computer is voor iedereen leesbaar en wordt zonder te vragen opgeruimd.</source>
        <translation>Choose another folder: the computer&apos;s temporary folder can be read by anyone and is cleaned up without asking.</translation>
    </message>
    <message>
        <source>Bezig met exporteren…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Exporteren wordt afgebroken…</source>
        <translation>Cancelling the export…</translation>
    </message>
    <message>
        <source>Opgeslagen als {name} in de map {folder}.</source>
        <translation>Saved as {name} in the folder {folder}.</translation>
    </message>
    <message>
        <source>Het eerdere bestand {old}</source>
        <translation>The earlier file {old}</translation>
    </message>
    <message>
        <source>Het eerdere bestand</source>
        <translation>The earlier file</translation>
    </message>
    <message>
        <source>Deze wachtzin hoort alleen bij het nieuwe bestand {name}. {old} opent alleen met de wachtzin die u toen kreeg; die opent het nieuwe bestand niet.</source>
        <translation>This passphrase belongs only to the new file {name}. {old} opens only with the passphrase you were given then; that one does not open the new file.</translation>
    </message>
    <message>
        <source>Dit bestand vervangt het eerdere.</source>
        <translation>This file replaces the earlier one.</translation>
    </message>
    <message>
        <source>Eerdere bestand verwijderen?</source>
        <translation>Remove the earlier file?</translation>
    </message>
    <message>
        <source>Het nieuwe bestand {new} vervangt het eerdere bestand {old} (in de map {folder}). Wilt u het eerdere bestand verwijderen, zodat het niet per vergissing wordt verstuurd?</source>
        <translation>The new file {new} replaces the earlier file {old} (in the folder {folder}). Do you want to remove the earlier file, so that it is not sent by mistake?</translation>
    </message>
    <message>
        <source>Eerdere bestand verwijderen</source>
        <translation>Remove the earlier file</translation>
    </message>
    <message>
        <source>Laten staan</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <source>Het eerdere bestand {old} kon niet worden verwijderd. Verwijder het zelf, of laat het staan en stuur alleen het nieuwe bestand.</source>
        <translation>The earlier file {old} could not be removed. Remove it yourself, or keep it and send only the new file.</translation>
    </message>
    <message>
        <source>Het eerdere bestand {old} is verwijderd.</source>
        <translation>The earlier file {old} has been removed.</translation>
    </message>
    <message>
        <source>Het eerdere bestand kiezen om te verwijderen</source>
        <translation>Choose the earlier file to remove</translation>
    </message>
    <message>
        <source>Versleutelde PDF (*.pdf)</source>
        <translation>Encrypted PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Dit is het nieuwe bestand. Kies het eerdere bestand.</source>
        <translation>This is the new file. Choose the earlier file.</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Terugkoppeling van Veilig Thuis vastleggen</source>
        <translation>Record feedback from Veilig Thuis</translation>
    </message>
    <message>
        <source>Veilig Thuis heeft teruggekoppeld</source>
        <translation>Veilig Thuis has given feedback</translation>
    </message>
    <message>
        <source>Kies de uitkomst…</source>
        <translation>Choose the outcome…</translation>
    </message>
    <message>
        <source>Het nummer dat Veilig Thuis aan de melding gaf.</source>
        <translation>The number Veilig Thuis gave the report.</translation>
    </message>
    <message>
        <source>Wat Veilig Thuis terugkoppelde, in uw eigen woorden.</source>
        <translation>What Veilig Thuis reported back, in your own words.</translation>
    </message>
    <message>
        <source>Dossiernummer van Veilig Thuis:</source>
        <translation>Veilig Thuis case number:</translation>
    </message>
    <message>
        <source>Ontvangen op:</source>
        <translation>Received on:</translation>
    </message>
    <message>
        <source>Uitkomst:</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <source>Terugkoppeling:</source>
        <translation>Feedback:</translation>
    </message>
    <message>
        <source>Melding van {date} aan {organisation}.</source>
        <translation>Report of {date} to {organisation}.</translation>
    </message>
    <message>
        <source>De terugkoppeling is al vastgelegd. Hier kunt u nog het dossiernummer aanvullen.</source>
        <translation>The feedback has already been recorded. Here you can still add the case number.</translation>
    </message>
</context>
<context>
    <name>FirstUseTour</name>
    <message>
        <source>Welkom bij Meldcode Werkplek</source>
        <translation>Welcome to Meldcode Werkplek</translation>
    </message>
    <message>
        <source>&amp;Overslaan</source>
        <translation>&amp;Skip</translation>
    </message>
    <message>
        <source>Rondleiding overslaan</source>
        <translation>Skip the tour</translation>
    </message>
    <message>
        <source>&amp;Handleiding openen</source>
        <translation>&amp;Open the user guide</translation>
    </message>
    <message>
        <source>&amp;Vorige</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>V&amp;olgende</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>De vijf stappen</source>
        <translation>The five steps</translation>
    </message>
    <message>
        <source>Kies links een casus, of maak er een met &lt;b&gt;Bestand &amp;gt; Nieuwe casus&lt;/b&gt; (Ctrl+N). Bovenaan de casus staan de vijf stappen van de meldcode; een stap met een vinkje is gedaan. In stap 1 legt u signalen vast als feiten met een datum.</source>
        <translation>Choose a case on the left, or make one with &lt;b&gt;File &amp;gt; New case&lt;/b&gt; (Ctrl+N). At the top of the case are the five steps of the reporting code; a step with a tick is done. In step 1 you record signals as facts with a date.</translation>
    </message>
    <message>
        <source>Vandaag</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>&lt;b&gt;Vandaag&lt;/b&gt; toont wat uw aandacht vraagt: geplande controles, casussen die stilstaan en bewaarde concepten. U vindt het onder &lt;b&gt;Beeld&lt;/b&gt; en bovenaan de lijst met casussen.</source>
        <translation>&lt;b&gt;Today&lt;/b&gt; shows what needs your attention: planned checks, cases that stand still and kept drafts. You find it under &lt;b&gt;View&lt;/b&gt; and at the top of the list of cases.</translation>
    </message>
    <message>
        <source>Vergrendelen</source>
        <translation>Locking</translation>
    </message>
    <message>
        <source>Loopt u weg van de computer, vergrendel dan met &lt;b&gt;Ctrl+L&lt;/b&gt;. Na een paar minuten zonder gebruik vergrendelt het programma zichzelf. De handleiding opent u altijd met &lt;b&gt;F1&lt;/b&gt;.</source>
        <translation>When you walk away from the computer, lock with &lt;b&gt;Ctrl+L&lt;/b&gt;. After a few minutes without use the program locks itself. You can always open the user guide with &lt;b&gt;F1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>{number} van {total}</source>
        <translation>{number} of {total}</translation>
    </message>
    <message>
        <source>&amp;Klaar</source>
        <translation>&amp;Done</translation>
    </message>
</context>
<context>
    <name>FrameworkChooser</name>
    <message>
        <source>Afwegingskaders</source>
        <translation>Weighing frameworks</translation>
    </message>
    <message>
        <source>(uw beroepsgroep)</source>
        <translation>(your profession group)</translation>
    </message>
    <message>
        <source>Voor uw beroepsgroep is geen bruikbaar afwegingskader geladen. Kies het kader waarmee u deze weging maakt, of vraag de beheerder de beroepsgroep in te stellen.</source>
        <translation>No usable weighing framework was loaded for your profession group. Choose the framework for this weighing, or ask the administrator to set the profession group.</translation>
    </message>
    <message>
        <source>Dit kader &amp;gebruiken</source>
        <translation>&amp;Use this framework</translation>
    </message>
    <message>
        <source>&amp;Terug naar de weging</source>
        <translation>&amp;Back to the weighing</translation>
    </message>
    <message>
        <source>Ander afwegingskader kiezen</source>
        <translation>Choose another weighing framework</translation>
    </message>
    <message>
        <source>Een weging wordt vastgelegd met het afwegingskader en de versie waaronder zij is gemaakt; ook een ander kader dan dat van uw beroepsgroep wordt zo vastgelegd. Kies alleen een ander kader als de situatie erom vraagt, bijvoorbeeld de route bij een aanwijzing tegen een medewerker in de kinderopvang of het onderwijs.</source>
        <translation>A weighing is recorded with the weighing framework and the version it was made under; another framework than that of your profession group is recorded the same way. Only choose another framework when the situation calls for it, for example the route for an indication against a staff member in childcare or education.</translation>
    </message>
    <message>
        <source>Niet geladen, en daarom niet te kiezen:</source>
        <translation>Not loaded, and therefore not available:</translation>
    </message>
</context>
<context>
    <name>Handleiding</name>
    <message>
        <source>Aan de slag</source>
        <translation>Getting started</translation>
    </message>
    <message>
        <source>Meldcode Werkplek helpt u de meldcode huiselijk geweld en kindermishandeling te volgen: u legt signalen vast als gedateerde feiten, doorloopt de vijf stappen, weegt met het afwegingskader van uw beroepsgroep en maakt zo nodig een beveiligde melding voor Veilig Thuis. Alles wat u invoert staat versleuteld op deze computer.</source>
        <translation>Meldcode Werkplek helps you follow the reporting code for domestic violence and child abuse: you record signals as dated facts, work through the five steps, weigh the situation with your profession group&apos;s weighing framework and, when needed, make a secure report for Veilig Thuis. Everything you enter is stored encrypted on this computer.</translation>
    </message>
    <message>
        <source>De eerste keer</source>
        <translation>The first time</translation>
    </message>
    <message>
        <source>Bij de eerste start kiest u uw naam, uw beroepsgroep en een wachtzin. Een wachtzin is een zin van een paar woorden die alleen u kent; hoe langer, hoe beter. U typt hem twee keer.</source>
        <translation>The first time you start the program you choose your name, your profession group and a passphrase. A passphrase is a sentence of a few words that only you know; the longer, the better. You type it twice.</translation>
    </message>
    <message>
        <source>Daarna toont het programma één keer de &lt;b&gt;herstelcode&lt;/b&gt;. Print die of schrijf hem over en bewaar hem op een veilige plek, bijvoorbeeld in de kluis van de praktijk. Met de herstelcode komt u weer bij uw gegevens als u uw wachtzin kwijt bent of als u een reservekopie op een andere computer terugzet. Niemand anders kan hem voor u opvragen: ook de makers van het programma niet.</source>
        <translation>Then the program shows the &lt;b&gt;recovery code&lt;/b&gt;, once. Print it or copy it by hand and keep it in a safe place, for example in the practice&apos;s safe. With the recovery code you get back to your data when you have lost your passphrase or when you restore a backup on another computer. Nobody else can look it up for you, not even the makers of the program.</translation>
    </message>
    <message>
        <source>De herstelcode, één keer getoond om te printen of over te schrijven</source>
        <translation>The recovery code, shown once, to print or copy by hand</translation>
    </message>
    <message>
        <source>Vergrendelen</source>
        <translation>Locking</translation>
    </message>
    <message>
        <source>Loopt u weg van de computer, vergrendel dan het programma met &lt;b&gt;Bestand &amp;gt; Vergrendelen&lt;/b&gt; (Ctrl+L). Na een paar minuten zonder gebruik vergrendelt het programma zichzelf; hoe lang dat duurt stelt u in bij Instellingen, of uw beheerder legt het vast. Na vergrendelen zijn alle vensters dicht en is tekst die u uit het programma kopieerde van het klembord gehaald.</source>
        <translation>When you walk away from the computer, lock the program with &lt;b&gt;File &amp;gt; Lock&lt;/b&gt; (Ctrl+L). After a few minutes without use the program locks itself; you set how long in Settings, or your administrator fixes it. After locking every window is closed and text you copied from the program has been removed from the clipboard.</translation>
    </message>
    <message>
        <source>Het venster</source>
        <translation>The window</translation>
    </message>
    <message>
        <source>Links staan uw casussen en in welke stap ze zijn, met een zoekveld en filters. Rechts staat Vandaag of de casus die u kiest. Bovenaan een casus ziet u de vijf stappen; een stap met een vinkje is gedaan. De staat van een stap staat er ook in woorden bij, niet alleen in kleur.</source>
        <translation>On the left are your cases and the step each one is in, with a search field and filters. On the right is Today or the case you choose. At the top of a case you see the five steps; a step with a tick is done. A step&apos;s state is also given in words, not only in colour.</translation>
    </message>
    <message>
        <source>Het hoofdvenster: links de casussen, rechts de gekozen casus met de vijf stappen</source>
        <translation>The main window: the cases on the left, the chosen case with the five steps on the right</translation>
    </message>
    <message>
        <source>Druk in elk venster op &lt;b&gt;F1&lt;/b&gt; om het deel van deze handleiding te openen dat over dat venster gaat.</source>
        <translation>Press &lt;b&gt;F1&lt;/b&gt; in any window to open the part of this guide about that window.</translation>
    </message>
    <message>
        <source>De vijf stappen</source>
        <translation>The five steps</translation>
    </message>
    <message>
        <source>De meldcode kent vijf stappen. Signalen opmerken is geen stap maar een houding: iets valt u op en u begint het op te schrijven. De volgende hoofdstukken lopen de stappen door met één verzonnen casus.</source>
        <translation>The reporting code has five steps. Noticing signals is not a step but an attitude: something catches your eye and you start writing it down. The next chapters walk through the steps with one made-up case.</translation>
    </message>
    <message>
        <source>Stap 1: signalen in kaart brengen, met de kindcheck.</source>
        <translation>Step 1: mapping the signals, with the child check.</translation>
    </message>
    <message>
        <source>Stap 2: collegiale consultatie, en zo nodig advies van Veilig Thuis.</source>
        <translation>Step 2: consulting a colleague, and advice from Veilig Thuis when needed.</translation>
    </message>
    <message>
        <source>Stap 3: gesprek met de cliënt, en met het kind.</source>
        <translation>Step 3: talking with the client, and with the child.</translation>
    </message>
    <message>
        <source>Stap 4: wegen met het afwegingskader van uw beroepsgroep.</source>
        <translation>Step 4: weighing with your profession group&apos;s weighing framework.</translation>
    </message>
    <message>
        <source>Stap 5: beslissen over melden en over hulp.</source>
        <translation>Step 5: deciding about reporting and about help.</translation>
    </message>
    <message>
        <source>U hoeft de stappen niet strikt na elkaar te doen, maar een stap overslaan vraagt altijd een reden. Na een melding of na hulp volgt het vervolg.</source>
        <translation>You need not take the steps strictly one after the other, but skipping a step always asks for a reason. After a report or after help comes the follow-up.</translation>
    </message>
    <message>
        <source>Stap 1: signalen in kaart brengen</source>
        <translation>Step 1: mapping the signals</translation>
    </message>
    <message>
        <source>In dit voorbeeld (verzonnen) ziet een huisarts bij de vierjarige Noor blauwe plekken op beide bovenarmen. Zij maakt een casus &lt;i&gt;Gezin A&lt;/i&gt; (Bestand &amp;gt; Nieuwe casus, Ctrl+N) en voegt Noor en haar moeder toe als betrokkenen.</source>
        <translation>In this (made-up) example a GP notices bruises on both upper arms of four-year-old Noor. She creates a case &lt;i&gt;Gezin A&lt;/i&gt; (File &amp;gt; New case, Ctrl+N) and adds Noor and her mother as people involved.</translation>
    </message>
    <message>
        <source>Een signaal is een feit met een datum: wat zag of hoorde u, wie zag het, en waar komt het vandaan (eigen waarneming, verteld door het kind, door een ouder, door een ander). Schrijf de feiten en uw interpretatie in de aparte velden. Citeer wat een kind zei in zijn eigen woorden en taal; het programma bewaart elk teken precies zoals u het typt.</source>
        <translation>A signal is a fact with a date: what did you see or hear, who saw it, and where does it come from (your own observation, told by the child, by a parent, by someone else). Write the facts and your interpretation in their separate fields. Quote what a child said in their own words and language; the program keeps every character exactly as you type it.</translation>
    </message>
    <message>
        <source>Datums typt u als dag-maand-jaar, bijvoorbeeld 20-11-2026. Een datum die niet bestaat of in de toekomst ligt, wordt geweigerd met een melding bij het veld; er wordt nooit een andere datum van gemaakt.</source>
        <translation>You type dates as day-month-year, for example 20-11-2026. A date that does not exist or lies in the future is refused with a message at the field; it is never turned into another date.</translation>
    </message>
    <message>
        <source>Een nieuw signaal: feiten en interpretatie apart; elke fout staat bij zijn eigen veld</source>
        <translation>A new signal: facts and interpretation apart; every fault is shown at its own field</translation>
    </message>
    <message>
        <source>Een signaal wordt nooit overschreven. Klopt er iets niet, kies dan &lt;b&gt;Corrigeren…&lt;/b&gt; en geef een reden: de oude versie blijft in de geschiedenis staan.</source>
        <translation>A signal is never overwritten. If something is wrong, choose &lt;b&gt;Correct…&lt;/b&gt; and give a reason: the old version stays in the history.</translation>
    </message>
    <message>
        <source>Behandelt u een volwassene met ernstige problemen, dan hoort bij stap 1 de &lt;b&gt;kindcheck&lt;/b&gt;: zijn er kinderen (of een afhankelijke volwassene, of een ongeboren kind) die van deze volwassene afhankelijk zijn, en zijn zij veilig? Leg het aantal en de leeftijden vast.</source>
        <translation>If you treat an adult with serious problems, step 1 includes the &lt;b&gt;child check&lt;/b&gt;: are there children (or a dependent adult, or an unborn child) who depend on this adult, and are they safe? Record their number and ages.</translation>
    </message>
    <message>
        <source>Stap 2: collegiale consultatie</source>
        <translation>Step 2: consulting a colleague</translation>
    </message>
    <message>
        <source>Bespreek de signalen met een collega of met de aandachtsfunctionaris, en vraag zo nodig advies aan Veilig Thuis (0800-2000). Een adviesvraag kan zonder de naam van de cliënt. Leg vast met wie u sprak, wanneer, en wat het advies was.</source>
        <translation>Discuss the signals with a colleague or with the designated consultee (aandachtsfunctionaris), and ask Veilig Thuis for advice when needed (0800-2000). A request for advice can be made without the client&apos;s name. Record whom you spoke with, when, and what was advised.</translation>
    </message>
    <message>
        <source>Voor artsen verwacht de beroepscode dat u Veilig Thuis raadpleegt voordat u besluit. Staat er in stap 2 al een adviesvraag, dan noemt de weging die met haar datum.</source>
        <translation>For doctors, the professional code expects you to consult Veilig Thuis before you decide. When step 2 already holds a request for advice, the weighing names it with its date.</translation>
    </message>
    <message>
        <source>Stap 3: gesprek met de cliënt</source>
        <translation>Step 3: talking with the client</translation>
    </message>
    <message>
        <source>Bespreek de signalen met de cliënt; bij een jong kind met de ouders. Praat ook met het kind zelf, zo mogelijk alleen. Leeftijd of een beperking alleen is geen reden om dat niet te doen: het programma wijst u daarop als uw reden alleen de leeftijd noemt. De reden wordt dan toch bewaard, met de waarschuwing erbij.</source>
        <translation>Discuss the signals with the client; for a young child, with the parents. Also talk with the child itself, alone where possible. Age or a disability alone is no reason not to: the program points this out when your reason names only the age. The reason is still kept, with the warning beside it.</translation>
    </message>
    <message>
        <source>Leg vast wanneer het gesprek was, wie erbij waren, wat er gezegd is en hoe de cliënt reageerde. Vond een gesprek niet plaats, schrijf dan op waarom.</source>
        <translation>Record when the conversation was, who was present, what was said and how the client reacted. If a conversation did not take place, write down why.</translation>
    </message>
    <message>
        <source>Stap 4: wegen met het afwegingskader</source>
        <translation>Step 4: weighing with the weighing framework</translation>
    </message>
    <message>
        <source>Het afwegingskader stelt vijf vragen, één voor één. Bij elke vraag ziet u ernaast wat uw beroepsgroep erover zegt, en u schrijft uw eigen reden op. De antwoorden staan bij elke vraag in dezelfde volgorde.</source>
        <translation>The weighing framework asks five questions, one at a time. Beside each question you see what your profession group says about it, and you write down your own reason. The answers are listed in the same order at every question.</translation>
    </message>
    <message>
        <source>Een vraag van het afwegingskader, met de toelichting ernaast en uw eigen reden</source>
        <translation>A question of the weighing framework, with its guidance beside it and your own reason</translation>
    </message>
    <message>
        <source>De uitkomst noemt altijd twee beslissingen: is een melding bij Veilig Thuis nodig, en kunt u (ook) hulp bieden of organiseren? Bij acute of structurele onveiligheid meldt u, ook als u zelf hulp kunt bieden. De weging wordt bewaard met de naam en versie van het kader waarmee u woog.</source>
        <translation>The outcome always names two decisions: is a report to Veilig Thuis needed, and can you (also) give or organise help? When there is acute or structural unsafety you report, even when you can help yourself. The weighing is stored with the name and version of the framework you used.</translation>
    </message>
    <message>
        <source>De uitkomst: beide beslissingen, met 112 en Veilig Thuis voorop</source>
        <translation>The outcome: both decisions, with 112 and Veilig Thuis first</translation>
    </message>
    <message>
        <source>Bij acuut gevaar belt u eerst 112.</source>
        <translation>In acute danger, call 112 first.</translation>
    </message>
    <message>
        <source>Stap 5: beslissen</source>
        <translation>Step 5: deciding</translation>
    </message>
    <message>
        <source>In stap 5 legt u beide beslissingen vast met hun redenen. Het programma vult ze voor u in vanuit de weging; wijkt u daarvan af, dan vraagt het waarom. Besluit u te melden, dan informeert u de cliënt vooraf, tenzij dat iemand in gevaar brengt; schrijf de reden dan op.</source>
        <translation>In step 5 you record both decisions with their reasons. The program fills them in from the weighing; if you depart from it, it asks why. If you decide to report, you inform the client beforehand, unless that puts someone in danger; then write down the reason.</translation>
    </message>
    <message>
        <source>Stap 4 van een casus: de bewaarde weging met kader en versie</source>
        <translation>Step 4 of a case: the stored weighing with its framework and version</translation>
    </message>
    <message>
        <source>Een melding maken en versturen</source>
        <translation>Making and sending a report</translation>
    </message>
    <message>
        <source>Bel Veilig Thuis eerst: 0800-2000, gratis en dag en nacht bereikbaar. Veilig Thuis heeft liever een telefoontje dan alleen een brief. Bij acuut gevaar belt u 112.</source>
        <translation>Phone Veilig Thuis first: 0800-2000, free and available day and night. Veilig Thuis prefers a phone call to a letter alone. In acute danger, call 112.</translation>
    </message>
    <message>
        <source>Kies daarna in stap 5 &lt;b&gt;Melding voorbereiden&lt;/b&gt;. Het programma vult de melding uit de casus: de betrokkenen, de signalen met datum en bron, de genomen stappen. U kiest wat erin komt; wat u weglaat staat als zodanig in de melding.</source>
        <translation>Then choose &lt;b&gt;Prepare report&lt;/b&gt; in step 5. The program fills the report from the case: the people involved, the signals with their date and source, the steps taken. You choose what goes in; what you leave out is said in the report.</translation>
    </message>
    <message>
        <source>De melding opstellen, vooraf ingevuld uit de casus</source>
        <translation>Composing the report, filled in from the case</translation>
    </message>
    <message>
        <source>De melding wordt bewaard als een versleuteld PDF-bestand (AES-256). Het programma toont één keer de wachtzin van dat bestand: lees die voor aan de medewerker van Veilig Thuis aan de telefoon, en stuur het bestand via het beveiligde formulier of een beveiligd kanaal dat de praktijk al gebruikt. Stuur de wachtzin nooit mee in dezelfde e-mail.</source>
        <translation>The report is saved as an encrypted PDF file (AES-256). The program shows the file&apos;s passphrase once: read it out to the Veilig Thuis worker on the phone, and send the file through the secure form or a secure channel the practice already uses. Never send the passphrase in the same e-mail.</translation>
    </message>
    <message>
        <source>De wachtzin van het versleutelde bestand, één keer getoond</source>
        <translation>The encrypted file&apos;s passphrase, shown once</translation>
    </message>
    <message>
        <source>Maakt u een tweede bestand van dezelfde melding, dan vervangt dat het eerste en krijgt het een eigen wachtzin. Het programma zegt welke wachtzin bij welk bestand hoort en biedt aan het oude bestand te verwijderen.</source>
        <translation>If you make a second file of the same report, it replaces the first and gets its own passphrase. The program tells you which passphrase belongs to which file and offers to remove the old file.</translation>
    </message>
    <message>
        <source>Na de melding: vervolg</source>
        <translation>After the report: follow-up</translation>
    </message>
    <message>
        <source>Registreer de melding met de datum en de Veilig Thuis-organisatie. Veilig Thuis geeft u ten minste terugkoppeling na zijn veiligheidsbeoordeling; leg die vast met het kenmerk van Veilig Thuis.</source>
        <translation>Register the report with its date and the Veilig Thuis organisation. Veilig Thuis gives you feedback at least after its safety assessment; record it with Veilig Thuis&apos;s reference.</translation>
    </message>
    <message>
        <source>Het programma plant controles na de melding of na de hulp (bijvoorbeeld na 3 en 12 maanden): is de situatie echt veilig geworden? Ziet u na een melding nieuwe signalen, meld dan opnieuw: Veilig Thuis legt signalen van veel melders over lange tijd naast elkaar.</source>
        <translation>The program plans checks after the report or after the help (for example after 3 and 12 months): has the situation really become safe? If you see new signals after a report, report again: Veilig Thuis puts signals from many reporters side by side over a long time.</translation>
    </message>
    <message>
        <source>Vandaag</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Vandaag laat zien wat uw aandacht vraagt: geplande controles, casussen die stilstaan, nieuwe signalen na een melding, en concepten die u bewaarde. Klik op een regel om de casus te openen; bij &lt;b&gt;Concept bewaard&lt;/b&gt; opent het concept zelf.</source>
        <translation>Today shows what needs your attention: planned checks, cases that stand still, new signals after a report, and drafts you kept. Click a row to open the case; &lt;b&gt;Draft kept&lt;/b&gt; opens the draft itself.</translation>
    </message>
    <message>
        <source>Vandaag: wat aandacht vraagt</source>
        <translation>Today: what needs attention</translation>
    </message>
    <message>
        <source>Het dossier afdrukken of inzien</source>
        <translation>Printing or showing the file</translation>
    </message>
    <message>
        <source>Ouders, en kinderen vanaf 12 jaar (tot 16 jaar samen met hun ouders), kunnen vragen hun dossier in te zien. Kies in een casus &lt;b&gt;Bestand &amp;gt; Dossier afdrukken of opslaan&lt;/b&gt;: het dossier bevat alle signalen met hun eerdere versies, de stappen (met wat er stond vóór elke correctie), de weging en de meldingen.</source>
        <translation>Parents, and children from 12 (until 16 together with their parents), can ask to see their file. In a case, choose &lt;b&gt;File &amp;gt; Print or save file&lt;/b&gt;: the file holds every signal with its earlier versions, the steps (with what they said before each correction), the weighing and the reports.</translation>
    </message>
    <message>
        <source>Elke afdruk en elk bewaard document komt in het logboek met het doel ervan, nooit met een bestandsnaam. Documenten met persoonsgegevens worden alleen versleuteld bewaard. Afdrukken gaat alleen naar een printer die op papier afdrukt: een printer die een bestand maakt (zoals Microsoft Print to PDF) weigert het programma, want dat bestand zou niet versleuteld zijn.</source>
        <translation>Every print and every saved document goes into the access log with its purpose, never with a file name. Documents with personal data are only saved encrypted. Printing goes only to a printer that prints on paper: the program refuses a printer that makes a file (such as Microsoft Print to PDF), because that file would not be encrypted.</translation>
    </message>
    <message>
        <source>Delen die anderen beschermen, bijvoorbeeld wie iets vertelde, kunt u weglaten. Het dossier zegt dan dat er iets is weggelaten en waarom.</source>
        <translation>Parts that protect others, for example who told you something, can be withheld. The file then says that something was withheld, and why.</translation>
    </message>
    <message>
        <source>De eerste bladzijde van een dossier met een weggelaten deel</source>
        <translation>The first page of a file with a withheld part</translation>
    </message>
    <message>
        <source>Voor de praktijkmanager: registraties en logboek</source>
        <translation>For the practice manager: registrations and the access log</translation>
    </message>
    <message>
        <source>Elke praktijk houdt per jaar bij hoeveel adviesvragen en meldingen er waren. Onder &lt;b&gt;Praktijk &amp;gt; Jaaroverzicht meldcode&lt;/b&gt; ziet, print en bewaart u die aantallen. Het jaaroverzicht bevat geen namen en geen casustitels; u kunt het laten zien aan de inspectie of de GGD.</source>
        <translation>Every practice keeps a yearly count of its requests for advice and reports. Under &lt;b&gt;Practice &amp;gt; Annual overview&lt;/b&gt; you view, print and save those counts. The annual overview holds no names and no case titles; you can show it to the inspectorate or the GGD.</translation>
    </message>
    <message>
        <source>De praktijkmanager kan de aantallen, de registratielijst en het logboek lezen, maar geen inhoud van casussen. Het logboek toont wie wanneer welke casus opende of wijzigde; elke toegang tot een casus wordt vastgelegd.</source>
        <translation>The practice manager can read the counts, the list of registrations and the access log, but not the contents of cases. The access log shows who opened or changed which case, and when; every access to a case is recorded.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Praktijk &amp;gt; Registratielijst&lt;/b&gt; toont de adviesvragen en meldingen van een periode, zonder namen van cliënten. Omdat de lijst hulpverleners en kenmerken van Veilig Thuis noemt, wordt hij alleen versleuteld bewaard.</source>
        <translation>&lt;b&gt;Practice &amp;gt; List of registrations&lt;/b&gt; shows the requests for advice and the reports of a period, without clients&apos; names. Because the list names professionals and Veilig Thuis&apos;s references, it is only saved encrypted.</translation>
    </message>
    <message>
        <source>Collega&apos;s en rollen</source>
        <translation>Colleagues and roles</translation>
    </message>
    <message>
        <source>De beheerder voegt collega&apos;s toe onder &lt;b&gt;Praktijk &amp;gt; Gebruikers&lt;/b&gt;, elk met een rol (hulpverlener, aandachtsfunctionaris of praktijkmanager) en een eerste wachtzin. Bij de eerste keer ontgrendelen kiest de collega zelf een nieuwe. Wie vertrekt, wordt uitgeschakeld en nooit verwijderd: het logboek blijft zijn naam noemen.</source>
        <translation>The administrator (beheerder) adds colleagues under &lt;b&gt;Practice &amp;gt; Users&lt;/b&gt;, each with a role (professional, designated consultee or practice manager) and a first passphrase. At the first unlock the colleague chooses a new one. Someone who leaves is switched off, never removed: the access log keeps naming them.</translation>
    </message>
    <message>
        <source>Een casus is te zien voor wie hem begon en voor de collega&apos;s met wie hij gedeeld is (&lt;b&gt;Delen…&lt;/b&gt; in de casus). De beheerder kan ook kiezen dat elke hulpverlener alle casussen ziet. Een casus openen die u niet mag zien, wordt geweigerd en vastgelegd.</source>
        <translation>A case can be seen by whoever started it and by the colleagues it is shared with (&lt;b&gt;Share…&lt;/b&gt; in the case). The administrator can also choose that every professional sees all cases. Opening a case you may not see is refused and recorded.</translation>
    </message>
    <message>
        <source>Reservekopie en een nieuwe computer</source>
        <translation>Backups and a new computer</translation>
    </message>
    <message>
        <source>Maak regelmatig een reservekopie met &lt;b&gt;Bestand &amp;gt; Reservekopie maken&lt;/b&gt;, bijvoorbeeld op een USB-stick die in de kluis ligt. De reservekopie is versleuteld; zonder de herstelcode kan niemand hem openen.</source>
        <translation>Make a backup regularly with &lt;b&gt;File &amp;gt; Make backup&lt;/b&gt;, for example on a USB stick kept in the safe. The backup is encrypted; nobody can open it without the recovery code.</translation>
    </message>
    <message>
        <source>Op een nieuwe computer installeert uw beheerder het programma. Kies daar &lt;b&gt;Reservekopie terugzetten&lt;/b&gt;, wijs het bestand aan en typ de herstelcode. Daarna kiest u een nieuwe wachtzin voor die computer.</source>
        <translation>On a new computer your administrator installs the program. There, choose &lt;b&gt;Restore backup&lt;/b&gt;, point to the file and type the recovery code. Then you choose a new passphrase for that computer.</translation>
    </message>
    <message>
        <source>Waarom werkt mijn wachtzin niet op een andere computer? Uw gegevens zijn extra beveiligd met een geheim dat het besturingssysteem van deze computer voor u bewaart. Een gekopieerde kluis gaat op een andere computer daarom alleen open met de herstelcode.</source>
        <translation>Why does my passphrase not work on another computer? Your data are also protected with a secret that this computer&apos;s operating system keeps for you. A copied vault therefore opens on another computer only with the recovery code.</translation>
    </message>
    <message>
        <source>Werken op de praktijkserver</source>
        <translation>Working on the practice server</translation>
    </message>
    <message>
        <source>Werkt uw praktijk met een praktijkserver, dan staan de casussen niet op uw computer maar op de server van de praktijk, en werkt iedereen met dezelfde casussen. Het ontgrendelvenster noemt dan de praktijkserver en vraagt uw &lt;b&gt;inlognaam&lt;/b&gt; en wachtzin. Uw beheerder geeft u een inlognaam en een eerste wachtzin; bij de eerste keer aanmelden kiest u een eigen wachtzin.</source>
        <translation>If your practice works with a practice server, the cases are not on your computer but on the practice&apos;s server, and everyone works with the same cases. The unlock window then names the practice server and asks for your &lt;b&gt;login&lt;/b&gt; and passphrase. Your administrator gives you a login and a first passphrase; the first time you log in you choose your own passphrase.</translation>
    </message>
    <message>
        <source>Wat u vastlegt, wordt op uw computer versleuteld voordat het de server bereikt. Wie de server beheert, kan geen namen, signalen of stappen lezen.</source>
        <translation>What you record is encrypted on your computer before it reaches the server. Whoever manages the server cannot read names, signals or steps.</translation>
    </message>
    <message>
        <source>Wat een collega op een andere computer vastlegt, ziet u binnen een paar seconden: in Vandaag, in de lijst met casussen en in de casus die u open hebt.</source>
        <translation>What a colleague records on another computer you see within a few seconds: in Vandaag, in the list of cases and in the case you have open.</translation>
    </message>
    <message>
        <source>Is de server even niet bereikbaar (het netwerk is weg, of de server wordt herstart), dan zegt de onderste regel van het venster dat. Wat u in een formulier invult, blijft staan. Klikt u op opslaan, dan bewaart het programma het versleuteld op uw computer. Zodra de server terug is, zet het programma het daar als uw concept; klik dan nog eens op opslaan. Wat u ziet, kan intussen elders veranderd zijn.</source>
        <translation>If the server cannot be reached for a while (the network is gone, or the server is restarting), the bottom line of the window says so. What you enter in a form stays there. If you click save, the program keeps it encrypted on your computer. As soon as the server is back, the program puts it there as your draft; then click save once more. What you see may have changed elsewhere meanwhile.</translation>
    </message>
    <message>
        <source>Reservekopieën maakt op de praktijkserver niet u maar de beheerder van de server. Wachtzin kwijt? Vraag een beheerder van de praktijk om een nieuwe eerste wachtzin.</source>
        <translation>On the practice server, backups are made by the server&apos;s administrator, not by you. Passphrase lost? Ask an administrator of the practice for a new first passphrase.</translation>
    </message>
    <message>
        <source>Wachtzin kwijt?</source>
        <translation>Lost your passphrase?</translation>
    </message>
    <message>
        <source>Kies in het ontgrendelvenster &lt;b&gt;Herstelcode gebruiken&lt;/b&gt; en typ de herstelcode. U kiest dan een nieuwe wachtzin. Dit wordt in het logboek vastgelegd.</source>
        <translation>In the unlock window, choose &lt;b&gt;Use recovery code&lt;/b&gt; and type the recovery code. You then choose a new passphrase. This is recorded in the access log.</translation>
    </message>
    <message>
        <source>Werkt u met collega&apos;s in één praktijk, dan kan de beheerder u ook een nieuwe eerste wachtzin geven, terwijl u erbij bent. Bij de eerste keer ontgrendelen kiest u dan zelf een nieuwe.</source>
        <translation>If you work with colleagues in one practice, the administrator (beheerder) can also give you a new first passphrase while you are present. You then choose a new one yourself at your first unlock.</translation>
    </message>
    <message>
        <source>Zijn zowel de wachtzin als de herstelcode kwijt, dan kan niemand de gegevens meer openen. Dat is de prijs van echte versleuteling. Vraag uw beheerder of er een reservekopie en een herstelcode in de kluis van de praktijk liggen.</source>
        <translation>If both the passphrase and the recovery code are lost, nobody can open the data any more. That is the price of real encryption. Ask your administrator whether a backup and a recovery code are kept in the practice&apos;s safe.</translation>
    </message>
    <message>
        <source>Te vaak een verkeerde wachtzin? Dan moet u steeds iets langer wachten voor u het opnieuw kunt proberen. Dat beschermt uw gegevens tegen iemand die wachtzinnen raadt.</source>
        <translation>Typed a wrong passphrase too often? Then you wait a little longer each time before you can try again. That protects your data against someone guessing passphrases.</translation>
    </message>
</context>
<context>
    <name>HelpAgreementsEditor</name>
    <message>
        <source>Welke hulp</source>
        <translation>What help</translation>
    </message>
    <message>
        <source>Door wie</source>
        <translation>By whom</translation>
    </message>
    <message>
        <source>Tot wanneer (mag leeg)</source>
        <translation>Until when (may be empty)</translation>
    </message>
    <message>
        <source>Afspraak toevoegen</source>
        <translation>Add agreement</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Welke hulp, afspraak {n}</source>
        <translation>What help, agreement {n}</translation>
    </message>
    <message>
        <source>Door wie, afspraak {n}</source>
        <translation>By whom, agreement {n}</translation>
    </message>
    <message>
        <source>Tot wanneer, afspraak {n}</source>
        <translation>Until when, agreement {n}</translation>
    </message>
    <message>
        <source>Afspraak {n} verwijderen</source>
        <translation>Remove agreement {n}</translation>
    </message>
</context>
<context>
    <name>HelpEditor</name>
    <message>
        <source>Datum:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Hulp:</source>
        <translation>Help:</translation>
    </message>
    <message>
        <source>Aangeboden aan:</source>
        <translation>Offered to:</translation>
    </message>
    <message>
        <source>Aanvaard:</source>
        <translation>Accepted:</translation>
    </message>
    <message>
        <source>Vastgelegd door:</source>
        <translation>Recorded by:</translation>
    </message>
    <message>
        <source>Hulp {number}</source>
        <translation>Help {number}</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Handleiding – Meldcode Werkplek</source>
        <translation>User guide – Meldcode Werkplek</translation>
    </message>
    <message>
        <source>Zoeken in de handleiding</source>
        <translation>Search the user guide</translation>
    </message>
    <message>
        <source>&amp;Zoeken:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Hoofdstukken</source>
        <translation>Chapters</translation>
    </message>
    <message>
        <source>Niets gevonden.</source>
        <translation>Nothing found.</translation>
    </message>
    <message>
        <source>Tekst van de handleiding</source>
        <translation>Text of the user guide</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Geschiedenis van het signaal</source>
        <translation>History of the signal</translation>
    </message>
    <message>
        <source>Een signaal wordt nooit overschreven. Hieronder staan alle versies, de oudste eerst.</source>
        <translation>A signal is never overwritten. All its versions are listed below, oldest first.</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Versie {number}, vastgelegd op {moment} door {name}</source>
        <translation>Version {number}, recorded on {moment} by {name}</translation>
    </message>
    <message>
        <source>Reden van de correctie: {reason}</source>
        <translation>Reason for the correction: {reason}</translation>
    </message>
</context>
<context>
    <name>ItemForm</name>
    <message>
        <source>uu:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <source>Schrijf het tijdstip als uu:mm, bijvoorbeeld 14:05, of laat het leeg.</source>
        <translation>Write the time as hh:mm, for example 14:05, or leave it empty.</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>nog niet bekend</source>
        <translation>not yet known</translation>
    </message>
</context>
<context>
    <name>KeyringRequiredWindow</name>
    <message>
        <source>Meldcode Werkplek</source>
        <translation>Meldcode Werkplek</translation>
    </message>
    <message>
        <source>Er kan op deze computer nog geen kluis worden aangemaakt. Uw beheerder wil dat de computer een extra geheim voor de kluis bewaart, en deze computer kan dat nu niet. Neem contact op met uw beheerder.</source>
        <translation>No vault can be made on this computer yet. Your administrator wants the computer to keep an extra secret for the vault, and this computer cannot do that now. Contact your administrator.</translation>
    </message>
    <message>
        <source>Technisch: het beleid staat een kluis zonder sleutelbos niet toe, en dit systeem heeft geen bruikbare sleutelbos. Op Windows en macOS is de sleutelbos er altijd (Referentiebeheer, Sleutelhanger); op Linux is het de sleutelbos van de desktop (bijvoorbeeld GNOME Keyring of KWallet, via Secret Service).</source>
        <translation>Technical: the policy does not allow a vault without a keyring, and this system has no usable keyring. On Windows and macOS the keyring is always there (Credential Manager, Keychain); on Linux it is the desktop&apos;s keyring (for example GNOME Keyring or KWallet, through Secret Service).</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>KindCheckDialog</name>
    <message>
        <source>Kindcheck corrigeren</source>
        <translation>Correct child check</translation>
    </message>
    <message>
        <source>Kindcheck</source>
        <translation>Child check</translation>
    </message>
    <message>
        <source>bijvoorbeeld 4, 7</source>
        <translation>for example 4, 7</translation>
    </message>
    <message>
        <source>Er is een zwangerschap (een ongeboren kind)</source>
        <translation>There is a pregnancy (an unborn child)</translation>
    </message>
    <message>
        <source>Kies…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Datum van de kindcheck:</source>
        <translation>Date of the child check:</translation>
    </message>
    <message>
        <source>Aantal kinderen:</source>
        <translation>Number of children:</translation>
    </message>
    <message>
        <source>Leeftijden:</source>
        <translation>Ages:</translation>
    </message>
    <message>
        <source>Voor elk kind een leeftijd in jaren, gescheiden door komma&apos;s.</source>
        <translation>An age in years for each child, separated by commas.</translation>
    </message>
    <message>
        <source>Zwangerschap:</source>
        <translation>Pregnancy:</translation>
    </message>
    <message>
        <source>Afhankelijke volwassenen:</source>
        <translation>Dependent adults:</translation>
    </message>
    <message>
        <source>Bijvoorbeeld een ouder of een volwassen kind dat zorg van de cliënt nodig heeft.</source>
        <translation>For example a parent or an adult child who needs the client&apos;s care.</translation>
    </message>
    <message>
        <source>Is hun veiligheid in het geding?</source>
        <translation>Is their safety at stake?</translation>
    </message>
    <message>
        <source>In te vullen als er iemand van de cliënt afhankelijk is.</source>
        <translation>To be filled in when anyone depends on the client.</translation>
    </message>
    <message>
        <source>Toelichting:</source>
        <translation>Explanation:</translation>
    </message>
    <message>
        <source>Uw cliënt is volwassen. Ga na wie er van hem of haar afhankelijk is: kinderen, een ongeboren kind, een volwassene die zorg nodig heeft. En of zij veilig zijn.</source>
        <translation>Your client is an adult. Find out who depends on him or her: children, an unborn child, an adult who needs care. And whether they are safe.</translation>
    </message>
    <message>
        <source>Schrijf de leeftijden als hele getallen, gescheiden door komma&apos;s, bijvoorbeeld 4, 7.</source>
        <translation>Write the ages as whole numbers separated by commas, for example 4, 7.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Inlognaam geven</source>
        <translation>Give a login</translation>
    </message>
    <message>
        <source>Inlognaam:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <source>Waarmee de collega zich op elke computer van de praktijk aanmeldt.</source>
        <translation>What the colleague logs in with on every computer of the practice.</translation>
    </message>
    <message>
        <source>{name} kwam mee uit een kluis en heeft op de praktijkserver nog geen inlognaam. Geef {name} een inlognaam en een eerste wachtzin. Doe dit met {name} erbij: bij de eerste keer aanmelden kiest {name} een eigen wachtzin. Dit wordt in het logboek vastgelegd.</source>
        <translation>{name} came over from a vault and has no login on the practice server yet. Give {name} a login and a first passphrase. Do this with {name} present: at the first login {name} chooses their own passphrase. This is recorded in the access log.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Meldcode Werkplek</source>
        <translation>Meldcode Werkplek</translation>
    </message>
    <message>
        <source>Reservekopie terugzetten…</source>
        <translation>Restore a backup…</translation>
    </message>
    <message>
        <source>De praktijkserver is weer bereikbaar.</source>
        <translation>The practice server can be reached again.</translation>
    </message>
    <message>
        <source>Niet alles wat op deze computer was bewaard, is naar de praktijkserver gegaan: daar is intussen een nieuwer concept van hetzelfde formulier bewaard, dat blijft staan. Wat hier was bewaard, blijft versleuteld op deze computer.</source>
        <translation>Not everything kept on this computer went to the practice server: a newer draft of the same form was kept there meanwhile, and it stays. What was kept here stays encrypted on this computer.</translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Nieuwe casus…</source>
        <translation>&amp;New case…</translation>
    </message>
    <message>
        <source>Reservekopie &amp;maken…</source>
        <translation>&amp;Make a backup…</translation>
    </message>
    <message>
        <source>Reservekopie &amp;terugzetten…</source>
        <translation>&amp;Restore a backup…</translation>
    </message>
    <message>
        <source>&amp;Instellingen…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Vergrendelen</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Dossier afdrukken of opslaan…</source>
        <translation>Print or save the case &amp;file…</translation>
    </message>
    <message>
        <source>Be&amp;eld</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Vandaag</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <source>&amp;Zoeken</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>&amp;Praktijk</source>
        <translation>&amp;Practice</translation>
    </message>
    <message>
        <source>&amp;Sociale kaart…</source>
        <translation>Practice &amp;contacts…</translation>
    </message>
    <message>
        <source>&amp;Praktijkgegevens…</source>
        <translation>&amp;Practice details…</translation>
    </message>
    <message>
        <source>&amp;Jaaroverzicht meldcode…</source>
        <translation>&amp;Annual overview of the reporting code…</translation>
    </message>
    <message>
        <source>&amp;Registratielijst…</source>
        <translation>&amp;Registration list…</translation>
    </message>
    <message>
        <source>&amp;Gebruikers…</source>
        <translation>&amp;Users…</translation>
    </message>
    <message>
        <source>&amp;Logboek…</source>
        <translation>Access &amp;log…</translation>
    </message>
    <message>
        <source>Oefenen &amp;stoppen</source>
        <translation>&amp;Stop practising</translation>
    </message>
    <message>
        <source>Oefenkluis &amp;opnieuw beginnen…</source>
        <translation>Start the practice vault &amp;over…</translation>
    </message>
    <message>
        <source>&amp;Oefenen met fictieve casussen…</source>
        <translation>&amp;Practise with fictional cases…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Handleiding</source>
        <translation>User &amp;guide</translation>
    </message>
    <message>
        <source>&amp;Over Meldcode Werkplek</source>
        <translation>&amp;About Meldcode Werkplek</translation>
    </message>
    <message>
        <source>Gebruiker: {name}</source>
        <translation>User: {name}</translation>
    </message>
    <message>
        <source>Let op: alleen uw wachtzin beschermt deze kluis; deze computer bewaart er geen extra geheim voor. Vraag uw beheerder dit na te kijken.</source>
        <translation>Note: only your passphrase protects this vault; this computer keeps no extra secret for it. Ask your administrator to look into this.</translation>
    </message>
    <message>
        <source>Technisch: uw sleutelvak is niet aan een sleutelbos van het systeem gebonden (Windows Referentiebeheer, macOS Sleutelhanger of Secret Service).</source>
        <translation>Technical: your key slot is not bound to a system keyring (Windows Credential Manager, macOS Keychain or Secret Service).</translation>
    </message>
    <message>
        <source>De praktijkserver is niet bereikbaar. Wat u opslaat, blijft hier bewaard.</source>
        <translation>The practice server cannot be reached. What you save is kept here.</translation>
    </message>
    <message>
        <source>Wat u in een casus invult en opslaat, blijft in het venster staan en wordt versleuteld op deze computer bewaard tot de server terug is; dan wordt het verstuurd. Wat u ziet, kan intussen elders veranderd zijn.

Technisch: de verbinding met de PostgreSQL-server is weg (netwerk, of de server wordt herstart). Het programma probeert het elke paar seconden opnieuw.</source>
        <translation>What you enter and save in a case stays in its window and is kept, encrypted, on this computer until the server is back; then it is sent. What you see may have changed elsewhere meanwhile.

Technical: the connection to the PostgreSQL server is gone (network, or the server is restarting). The program tries again every few seconds.</translation>
    </message>
    <message>
        <source>De kluis is beschadigd: een deel van de gegevens is niet meer te lezen of is buiten dit programma veranderd. Werk niet verder in deze kluis: zet een reservekopie terug en meld dit aan uw beheerder.</source>
        <translation>The vault is damaged: part of the data can no longer be read or was changed outside this program. Do not continue working in this vault: restore a backup and report this to your administrator.</translation>
    </message>
    <message>
        <source>De casus wordt geopend…</source>
        <translation>Opening the case…</translation>
    </message>
    <message>
        <source>Geen toegang</source>
        <translation>No access</translation>
    </message>
    <message>
        <source>Reservekopie gemaakt: {path}</source>
        <translation>Backup made: {path}</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>Nieuwe casus</source>
        <translation>New case</translation>
    </message>
    <message>
        <source>bijvoorbeeld Gezin A</source>
        <translation>for example Family A</translation>
    </message>
    <message>
        <source>Gebruik geen namen: de titel staat in de lijst van casussen. Namen legt u vast bij de betrokkenen.</source>
        <translation>Do not use names: the title appears in the list of cases. Names go with the people involved.</translation>
    </message>
    <message>
        <source>Titel:</source>
        <translation>Title:</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Nieuwe wachtzin kiezen</source>
        <translation>Choose a new passphrase</translation>
    </message>
    <message>
        <source>U hebt de kluis geopend met de herstelcode. Kies nu een nieuwe wachtzin; daarmee opent u de kluis voortaan op deze computer.</source>
        <translation>You opened the vault with the recovery code. Now choose a new passphrase; from now on it opens the vault on this computer.</translation>
    </message>
    <message>
        <source>U werkt met een eerste wachtzin die een beheerder u gaf. Kies nu uw eigen wachtzin; daarmee meldt u zich voortaan aan. Niemand anders kent haar.</source>
        <translation>You are working with a first passphrase an administrator gave you. Choose your own passphrase now; you will log in with it from now on. Nobody else knows it.</translation>
    </message>
    <message>
        <source>U werkt met een eerste wachtzin die een beheerder u gaf. Kies nu uw eigen wachtzin; daarmee opent u de kluis voortaan. Niemand anders kent haar.</source>
        <translation>You are working with a first passphrase an administrator gave you. Choose your own passphrase now; from now on you open the vault with it. Nobody else knows it.</translation>
    </message>
    <message>
        <source>Wachtzin opslaan</source>
        <translation>Save passphrase</translation>
    </message>
    <message>
        <source>Vergrendelen</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Nieuwe wachtzin vastleggen…</source>
        <translation>Saving the new passphrase…</translation>
    </message>
</context>
<context>
    <name>NewPassphraseInput</name>
    <message>
        <source>bijvoorbeeld vier woorden die u onthoudt</source>
        <translation>for example four words you will remember</translation>
    </message>
    <message>
        <source>Wachtzin tonen</source>
        <translation>Show passphrase</translation>
    </message>
    <message>
        <source>Wachtzin:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Herhaal de wachtzin:</source>
        <translation>Repeat the passphrase:</translation>
    </message>
</context>
<context>
    <name>OutcomePanel</name>
    <message>
        <source>Melden aan:</source>
        <translation>Report to:</translation>
    </message>
    <message>
        <source>Wat u daarna doet</source>
        <translation>What you do next</translation>
    </message>
    <message>
        <source>Beslissing 1, melden:</source>
        <translation>Decision 1, report:</translation>
    </message>
    <message>
        <source>Beslissing 2, hulp bieden of organiseren:</source>
        <translation>Decision 2, give or organise help:</translation>
    </message>
    <message>
        <source>Norm:</source>
        <translation>Norm:</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Wachtzin van het bestand</source>
        <translation>Passphrase of the file</translation>
    </message>
    <message>
        <source>Het bestand {name} is versleuteld opgeslagen. Het opent alleen met deze wachtzin. Geef haar telefonisch door aan Veilig Thuis; stuur haar nooit mee met het bestand.</source>
        <translation>The file {name} was saved encrypted. It opens only with this passphrase. Give it to Veilig Thuis by phone; never send it along with the file.</translation>
    </message>
    <message>
        <source>Kopiëren</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Zet de wachtzin op het klembord; na korte tijd wordt dat weer leeggemaakt.</source>
        <translation>Puts the passphrase on the clipboard; after a short while the clipboard is emptied again.</translation>
    </message>
    <message>
        <source>Meldcode Werkplek bewaart deze wachtzin nergens: niet in de kluis, niet in een bestand en niet nadat u dit venster sluit. Houd het venster open tot u de wachtzin hebt doorgegeven. Kwijt? Exporteer dan opnieuw; dat geeft een nieuw bestand met een nieuwe wachtzin.</source>
        <translation>Meldcode Werkplek keeps this passphrase nowhere: not in the vault, not in a file, and not after you close this window. Keep the window open until you have passed the passphrase on. Lost it? Export again; that gives a new file with a new passphrase.</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Zo typt u haar in:</source>
        <translation>Type it like this:</translation>
    </message>
    <message>
        <source>Op het klembord; dat wordt over {seconds} s leeggemaakt.</source>
        <translation>On the clipboard; it will be emptied in {seconds} s.</translation>
    </message>
    <message>
        <source>Na kopiëren blijft de wachtzin {seconds} seconden op het klembord staan.</source>
        <translation>After copying, the passphrase stays on the clipboard for {seconds} seconds.</translation>
    </message>
    <message>
        <source>Wachtzin sluiten</source>
        <translation>Close the passphrase</translation>
    </message>
    <message>
        <source>Na het sluiten is de wachtzin niet meer te zien; het programma bewaart haar niet. Hebt u haar doorgegeven of bij de hand?</source>
        <translation>After closing, the passphrase can no longer be seen; the program does not keep it. Have you passed it on, or do you have it at hand?</translation>
    </message>
    <message>
        <source>Open laten</source>
        <translation>Keep open</translation>
    </message>
    <message>
        <source>Eigen wachtzin wijzigen</source>
        <translation>Change your own passphrase</translation>
    </message>
    <message>
        <source>Nieuwe eerste wachtzin</source>
        <translation>New first passphrase</translation>
    </message>
    <message>
        <source>Kies een nieuwe wachtzin. Daarmee meldt u zich voortaan aan.</source>
        <translation>Choose a new passphrase. You will log in with it from now on.</translation>
    </message>
    <message>
        <source>Kies een nieuwe wachtzin. Daarmee opent u de kluis voortaan.</source>
        <translation>Choose a new passphrase. From now on you open the vault with it.</translation>
    </message>
    <message>
        <source>Een nieuwe eerste wachtzin voor {name}, die de eigen wachtzin vergat. Doe dit met {name} erbij: bij de volgende keer ontgrendelen kiest {name} een eigen wachtzin. Dit wordt in het logboek vastgelegd.</source>
        <translation>A new first passphrase for {name}, who forgot their own. Do this with {name} present: at the next unlock {name} chooses their own passphrase. This is recorded in the access log.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Wachtzin kiezen</source>
        <translation>Choose a passphrase</translation>
    </message>
    <message>
        <source>Met de wachtzin opent u de kluis. Kies een zin van een paar woorden die u onthoudt en nergens anders gebruikt.</source>
        <translation>The passphrase opens the vault. Choose a phrase of a few words that you will remember and use nowhere else.</translation>
    </message>
    <message>
        <source>Kluis aanmaken</source>
        <translation>Create vault</translation>
    </message>
    <message>
        <source>Deze computer bewaart een extra geheim voor de kluis. Een kopie van het kluisbestand opent daardoor op een andere computer niet met alleen uw wachtzin, wel met de herstelcode.</source>
        <translation>This computer keeps an extra secret for the vault. A copy of the vault file therefore does not open on another computer with your passphrase alone, but it does with the recovery code.</translation>
    </message>
    <message>
        <source>Technisch: het apparaatgeheim staat in de sleutelbos van het systeem (Windows Referentiebeheer, macOS Sleutelhanger of Secret Service).</source>
        <translation>Technical: the device secret is kept in the system keyring (Windows Credential Manager, macOS Keychain or Secret Service).</translation>
    </message>
    <message>
        <source>Let op: deze computer kan geen extra geheim voor de kluis bewaren. Alleen uw wachtzin beschermt de kluis, dus kies een extra sterke wachtzin. Vraag uw beheerder of dit zo hoort.</source>
        <translation>Note: this computer cannot keep an extra secret for the vault. Only your passphrase protects the vault, so choose an extra strong passphrase. Ask your administrator whether this is as it should be.</translation>
    </message>
    <message>
        <source>Technisch: er is geen bruikbare sleutelbos (Windows Referentiebeheer, macOS Sleutelhanger of Secret Service); de sleutelvakken gebruiken alleen de wachtzin.</source>
        <translation>Technical: there is no usable keyring (Windows Credential Manager, macOS Keychain or Secret Service); the key slots use the passphrase only.</translation>
    </message>
    <message>
        <source>De kluis wordt aangemaakt en versleuteld…</source>
        <translation>Creating and encrypting the vault…</translation>
    </message>
</context>
<context>
    <name>PathOverview</name>
    <message>
        <source>Uw weg tot nu toe</source>
        <translation>Your path so far</translation>
    </message>
    <message>
        <source>&amp;Naar deze vraag terug</source>
        <translation>&amp;Back to this question</translation>
    </message>
    <message>
        <source>{question}: {text}
Antwoord: {answer}</source>
        <translation>{question}: {text}
Answer: {answer}</translation>
    </message>
    <message>
        <source>{question}: nu aan de beurt</source>
        <translation>{question}: now open</translation>
    </message>
    <message>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Betrokkene wijzigen</source>
        <translation>Edit person involved</translation>
    </message>
    <message>
        <source>Betrokkene toevoegen</source>
        <translation>Add person involved</translation>
    </message>
    <message>
        <source>Kies de rol…</source>
        <translation>Choose the role…</translation>
    </message>
    <message>
        <source>Mag leeg blijven.</source>
        <translation>May be left empty.</translation>
    </message>
    <message>
        <source>9 cijfers, met of zonder spaties of punten.</source>
        <translation>9 digits, with or without spaces or dots.</translation>
    </message>
    <message>
        <source>Rol:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Naam:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Geboortedatum:</source>
        <translation>Date of birth:</translation>
    </message>
    <message>
        <source>BSN:</source>
        <translation>BSN:</translation>
    </message>
    <message>
        <source>Adres:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>School of kinderopvang:</source>
        <translation>School or childcare:</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Rol:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Kies de rol…</source>
        <translation>Choose the role…</translation>
    </message>
    <message>
        <source>Kies de rol van deze betrokkene.</source>
        <translation>Choose the role of this person involved.</translation>
    </message>
    <message>
        <source>Naam:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Geboortedatum:</source>
        <translation>Date of birth:</translation>
    </message>
    <message>
        <source>Adres:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>School of kinderopvang:</source>
        <translation>School or childcare:</translation>
    </message>
    <message>
        <source>BSN:</source>
        <translation>BSN:</translation>
    </message>
    <message>
        <source>Mag leeg blijven. 9 cijfers, met of zonder spaties of punten.</source>
        <translation>May stay empty. 9 digits, with or without spaces or dots.</translation>
    </message>
    <message>
        <source>Veiligheid van deze persoon:</source>
        <translation>Safety of this person involved:</translation>
    </message>
    <message>
        <source>Alleen invullen als het anders is dan bij &apos;Huidige veiligheid&apos;.</source>
        <translation>Only fill in when it differs from &apos;Current safety&apos;.</translation>
    </message>
    <message>
        <source>Betrokkene {number}</source>
        <translation>Person involved {number}</translation>
    </message>
</context>
<context>
    <name>PersonTable</name>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>School of kinderopvang</source>
        <translation>School or childcare</translation>
    </message>
</context>
<context>
    <name>PlanCheckDialog</name>
    <message>
        <source>Controle plannen</source>
        <translation>Plan a check</translation>
    </message>
    <message>
        <source>Gepland op:</source>
        <translation>Planned for:</translation>
    </message>
    <message>
        <source>Wat u wilt nagaan:</source>
        <translation>What you want to check:</translation>
    </message>
    <message>
        <source>De controle komt op Vandaag te staan zodra de datum er is.</source>
        <translation>The check appears on Today once its date has come.</translation>
    </message>
</context>
<context>
    <name>PracticeDetailsDialog</name>
    <message>
        <source>Praktijkgegevens</source>
        <translation>Practice details</translation>
    </message>
    <message>
        <source>Staat als praktijk van de melder in een melding.</source>
        <translation>Named as the reporter&apos;s practice in a report.</translation>
    </message>
    <message>
        <source>Een melding gaat naar deze organisatie, tenzij u bij de melding een andere kiest. Bellen gaat altijd via {national}.</source>
        <translation>A report goes to this organisation unless you choose another one for the report. Calls always go through {national}.</translation>
    </message>
    <message>
        <source>Naam van de praktijk:</source>
        <translation>Name of the practice:</translation>
    </message>
    <message>
        <source>Veilig Thuis van uw regio:</source>
        <translation>Veilig Thuis of your region:</translation>
    </message>
    <message>
        <source>Deze gegevens gelden voor de hele praktijk: ze staan op de praktijkserver en iedereen die zich aanmeldt, ziet dezelfde.</source>
        <translation>These details hold for the whole practice: they are kept on the practice server and everyone who logs in sees the same.</translation>
    </message>
    <message>
        <source>Deze gegevens gelden voor de hele praktijk: ze staan in de kluis en iedereen die de kluis opent, ziet dezelfde.</source>
        <translation>These details apply to the whole practice: they are kept in the vault, and everyone who opens the vault sees the same.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Afdrukken</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Afdrukken naar een bestand kan niet: dat bestand zou niet versleuteld zijn. Kies een printer, of sla het document op met de knop voor opslaan.</source>
        <translation>Printing to a file is not possible: that file would not be encrypted. Choose a printer, or save the document with the save button.</translation>
    </message>
    <message>
        <source>De printer “{name}” drukt niet op papier af maar bewaart een bestand, en dat bestand zou niet versleuteld zijn. Kies een printer die op papier afdrukt, of sla het document op met de knop voor opslaan.</source>
        <translation>The printer “{name}” does not print on paper but saves a file, and that file would not be encrypted. Choose a printer that prints on paper, or save the document with the save button.</translation>
    </message>
    <message>
        <source>Er is niets afgedrukt: de printer nam het document niet aan. Kies een andere printer, of vraag uw beheerder of er op deze computer een printer is ingesteld.</source>
        <translation>Nothing was printed: the printer did not accept the document. Choose another printer, or ask your administrator whether a printer is set up on this computer.</translation>
    </message>
    <message>
        <source>Vorige pagina</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Volgende pagina</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Groter</source>
        <translation>Larger</translation>
    </message>
    <message>
        <source>Kleiner</source>
        <translation>Smaller</translation>
    </message>
    <message>
        <source>Hele breedte</source>
        <translation>Full width</translation>
    </message>
    <message>
        <source>Afdrukken…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Pagina {page} van {count}</source>
        <translation>Page {page} of {count}</translation>
    </message>
</context>
<context>
    <name>ProblemBanner</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Technische details tonen</source>
        <translation>Show technical details</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>Waarom antwoordt u zo? In uw eigen woorden.</source>
        <translation>Why do you answer this way? In your own words.</translation>
    </message>
    <message>
        <source>Verplicht: uw eigen reden komt bij deze vraag in het dossier.</source>
        <translation>Required: your own reason goes into the file with this question.</translation>
    </message>
    <message>
        <source>Uw antwoord</source>
        <translation>Your answer</translation>
    </message>
    <message>
        <source>Uw reden</source>
        <translation>Your reason</translation>
    </message>
    <message>
        <source>Toelichting bij deze vraag</source>
        <translation>Guidance for this question</translation>
    </message>
    <message>
        <source>Wat u nu doet:</source>
        <translation>What you do now:</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Opnemen in de melding</source>
        <translation>Include in the report</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <source>Uw herstelcode</source>
        <translation>Your recovery code</translation>
    </message>
    <message>
        <source>Deze code ziet u maar één keer. Ermee opent u de kluis als u uw wachtzin vergeet, en zet u een reservekopie terug op een andere computer.</source>
        <translation>You see this code only once. It opens the vault if you forget your passphrase, and restores a backup on another computer.</translation>
    </message>
    <message>
        <source>Schrijf de code over of druk haar af, en bewaar het papier op een veilige plek, niet bij de computer. Wie de code en een reservekopie heeft, kan de gegevens lezen.</source>
        <translation>Copy the code by hand or print it, and keep the paper in a safe place, not near the computer. Anyone with the code and a backup can read the data.</translation>
    </message>
    <message>
        <source>Afdrukken…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Ik heb de herstelcode opgeschreven of afgedrukt</source>
        <translation>I have written down or printed the recovery code</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Herstelcode gebruiken</source>
        <translation>Use recovery code</translation>
    </message>
    <message>
        <source>Typ de herstelcode van uw papieren afdruk; streepjes en hoofdletters maken niet uit. Daarna kiest u meteen een nieuwe wachtzin.</source>
        <translation>Type the recovery code from your paper copy; dashes and capitals do not matter. Then you choose a new passphrase straight away.</translation>
    </message>
    <message>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Gebruiker:</source>
        <translation>User:</translation>
    </message>
    <message>
        <source>Herstelcode:</source>
        <translation>Recovery code:</translation>
    </message>
    <message>
        <source>Vul de herstelcode in.</source>
        <translation>Enter the recovery code.</translation>
    </message>
    <message>
        <source>Herstelcode controleren en kluis openen…</source>
        <translation>Checking the recovery code and opening the vault…</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>Herstelcode Meldcode Werkplek</source>
        <translation>Meldcode Werkplek recovery code</translation>
    </message>
    <message>
        <source>Kluis {vault} · aangemaakt op {date}</source>
        <translation>Vault {vault} · created on {date}</translation>
    </message>
    <message>
        <source>Bewaar dit papier op een veilige plek, apart van de computer.</source>
        <translation>Keep this paper in a safe place, away from the computer.</translation>
    </message>
    <message>
        <source>Met deze code opent u de kluis als u uw wachtzin kwijt bent, en zet u een reservekopie terug op een andere computer.</source>
        <translation>This code opens the vault if you have lost your passphrase, and restores a backup on another computer.</translation>
    </message>
    <message>
        <source>Wie deze code en een reservekopie heeft, kan de gegevens lezen. Maak er geen foto of kopie van.</source>
        <translation>Anyone with this code and a backup can read the data. Do not photograph or copy it.</translation>
    </message>
    <message>
        <source>Herstelcode</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>Herstelcode afdrukken</source>
        <translation>Print recovery code</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <source>Melding registreren in de casus</source>
        <translation>Register the report in the case</translation>
    </message>
    <message>
        <source>Kies hoe u de melding deed…</source>
        <translation>Choose how you made the report…</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nee</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Bij &apos;Anders&apos;: welk beveiligd kanaal.</source>
        <translation>With &apos;Other&apos;: which secure channel.</translation>
    </message>
    <message>
        <source>Het landelijke nummer van Veilig Thuis is {national}.</source>
        <translation>The national number of Veilig Thuis is {national}.</translation>
    </message>
    <message>
        <source>Leg vast dat de melding is gedaan. Het dossiernummer en de terugkoppeling van Veilig Thuis legt u later vast.</source>
        <translation>Record that the report was made. You record the case number and the feedback from Veilig Thuis later.</translation>
    </message>
    <message>
        <source>Datum van de melding:</source>
        <translation>Date of the report:</translation>
    </message>
    <message>
        <source>Veilig Thuis-organisatie:</source>
        <translation>Veilig Thuis organisation:</translation>
    </message>
    <message>
        <source>Kanaal:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <source>Welk kanaal:</source>
        <translation>Which channel:</translation>
    </message>
    <message>
        <source>Eerst gebeld met Veilig Thuis:</source>
        <translation>Phoned Veilig Thuis first:</translation>
    </message>
</context>
<context>
    <name>RegistrationListDialog</name>
    <message>
        <source>Registratielijst</source>
        <translation>Registration list</translation>
    </message>
    <message>
        <source>Adviesvragen en meldingen van de periode</source>
        <translation>Requests for advice and reports of the period</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Veilig Thuis</source>
        <translation>Veilig Thuis</translation>
    </message>
    <message>
        <source>Kanaal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Casus</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Hulpverlener</source>
        <translation>Professional</translation>
    </message>
    <message>
        <source>Kenmerk VT</source>
        <translation>VT reference</translation>
    </message>
    <message>
        <source>Terugkoppeling</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>CSV (in een versleutelde PDF)</source>
        <translation>CSV (inside an encrypted PDF)</translation>
    </message>
    <message>
        <source>Versleuteld opslaan</source>
        <translation>Save encrypted</translation>
    </message>
    <message>
        <source>De registratielijst is versleuteld opgeslagen als {name}. Het opent alleen met deze wachtzin.</source>
        <translation>The registration list was saved encrypted as {name}. It opens only with this passphrase.</translation>
    </message>
    <message>
        <source>Afdrukvoorbeeld…</source>
        <translation>Print preview…</translation>
    </message>
    <message>
        <source>Afdrukken…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>tot en met</source>
        <translation>up to and including</translation>
    </message>
    <message>
        <source>Periode:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Opslaan als:</source>
        <translation>Save as:</translation>
    </message>
    <message>
        <source>De adviesvragen en meldingen aan Veilig Thuis van een periode, zonder namen van cliënten. De lijst noemt wel hulpverleners en kenmerken van Veilig Thuis; daarom wordt zij alleen versleuteld opgeslagen.</source>
        <translation>The requests for advice and reports to Veilig Thuis of a period, without client names. The list does name professionals and Veilig Thuis references; that is why it is saved encrypted only.</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>{count} adviesvragen en meldingen in deze periode.</source>
        <translation>{count} requests for advice and reports in this period.</translation>
    </message>
    <message>
        <source>Afdrukvoorbeeld registratielijst</source>
        <translation>Print preview of the registration list</translation>
    </message>
    <message>
        <source>Registratielijst afdrukken</source>
        <translation>Print the registration list</translation>
    </message>
</context>
<context>
    <name>ReminderPanel</name>
    <message>
        <source>Voordat u de melding verstuurt</source>
        <translation>Before you send the report</translation>
    </message>
    <message>
        <source>Is er nu acuut gevaar? Bel dan eerst {acute}.</source>
        <translation>Is there acute danger now? Then call {acute} first.</translation>
    </message>
    <message>
        <source>Bel Veilig Thuis op {national} voordat u iets op schrift stuurt: Veilig Thuis wil een melding het liefst eerst telefonisch bespreken. Het nummer is gratis en dag en nacht bereikbaar; u komt bij de Veilig Thuis-organisatie van de regio.</source>
        <translation>Call Veilig Thuis on {national} before you send anything in writing: Veilig Thuis prefers to discuss a report by phone first. The number is free and open day and night; it puts you through to the Veilig Thuis organisation of the region.</translation>
    </message>
    <message>
        <source>Het bestand is versleuteld. De wachtzin ziet u één keer na het exporteren; die geeft u telefonisch door, nooit in hetzelfde bericht als het bestand.</source>
        <translation>The file is encrypted. You see the passphrase once, after exporting; you pass it on by phone, never in the same message as the file.</translation>
    </message>
    <message>
        <source>Gelezen: bij acuut gevaar bel ik {acute}, en ik bel Veilig Thuis ({national}) voordat ik de melding op schrift stuur.</source>
        <translation>Read: in acute danger I call {acute}, and I call Veilig Thuis ({national}) before I send the report in writing.</translation>
    </message>
    <message>
        <source>Veilig Thuis in uw regio</source>
        <translation>Veilig Thuis in your region</translation>
    </message>
    <message>
        <source>Daarna gaat de schriftelijke melding via het beveiligde formulier van {organisation}, of via een beveiligd kanaal dat uw praktijk al gebruikt.</source>
        <translation>Then the written report goes through the secure form of {organisation}, or through a secure channel your practice already uses.</translation>
    </message>
</context>
<context>
    <name>ReportAssessmentView</name>
    <message>
        <source>Er is geen weging met het afwegingskader vastgelegd; de melding zegt dat.</source>
        <translation>No assessment with the weighing framework was recorded; the report says so.</translation>
    </message>
    <message>
        <source>Zo vastgelegd in stap 4. De weging gaat ongewijzigd mee, met het kader en de versie waaronder zij is gemaakt.</source>
        <translation>As recorded in step 4. The assessment goes along unchanged, with the framework and the version it was made under.</translation>
    </message>
    <message>
        <source>Afwegingskader:</source>
        <translation>Weighing framework:</translation>
    </message>
    <message>
        <source>Versie:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Datum:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Gewogen door:</source>
        <translation>Assessed by:</translation>
    </message>
    <message>
        <source>Uitkomst:</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <source>Vraag {number}:</source>
        <translation>Question {number}:</translation>
    </message>
</context>
<context>
    <name>ReportComposerDialog</name>
    <message>
        <source>Melding aan Veilig Thuis</source>
        <translation>Report to Veilig Thuis</translation>
    </message>
    <message>
        <source>Onderdelen van de melding</source>
        <translation>Parts of the report</translation>
    </message>
    <message>
        <source>Voorbeeld van de melding</source>
        <translation>Preview of the report</translation>
    </message>
    <message>
        <source>Voorbeeld: zo komt de melding in het versleutelde bestand.</source>
        <translation>Preview: this is how the report goes into the encrypted file.</translation>
    </message>
    <message>
        <source>Controleren en verder</source>
        <translation>Check and continue</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Voorbeeld verbergen</source>
        <translation>Hide preview</translation>
    </message>
    <message>
        <source>Voorbeeld tonen</source>
        <translation>Show preview</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Bellen gaat altijd via {national}; dat nummer verbindt door met de regio.</source>
        <translation>Calls always go through {national}; that number puts you through to the region.</translation>
    </message>
    <message>
        <source>Datum van de melding:</source>
        <translation>Date of the report:</translation>
    </message>
    <message>
        <source>Aan:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Melder</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Veilig Thuis bewaart de gegevens van de melder en kan ze alleen om dringende redenen voor het gezin afschermen.</source>
        <translation>Veilig Thuis keeps the reporter&apos;s details and can shield them from the family only for urgent reasons.</translation>
    </message>
    <message>
        <source>Naam:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Functie:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Praktijk of organisatie:</source>
        <translation>Practice or organisation:</translation>
    </message>
    <message>
        <source>Telefoon:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>Waarop Veilig Thuis u kan terugbellen.</source>
        <translation>Where Veilig Thuis can call you back.</translation>
    </message>
    <message>
        <source>Betrokkenen</source>
        <translation>People involved</translation>
    </message>
    <message>
        <source>Kinderen, ouders of verzorgers, de vermoedelijke pleger en anderen. Wie u niet opneemt, wordt in de melding geteld maar niet beschreven.</source>
        <translation>Children, parents or carers, the suspected perpetrator and others. Whoever you leave out is counted in the report but not described.</translation>
    </message>
    <message>
        <source>Betrokkene toevoegen</source>
        <translation>Add person involved</translation>
    </message>
    <message>
        <source>Signalen</source>
        <translation>Signals</translation>
    </message>
    <message>
        <source>Signalen als feiten, met datum en bron; uw interpretatie staat apart. Wat u niet opneemt, wordt in de melding geteld maar niet beschreven.</source>
        <translation>Signals as facts, with date and source; your interpretation is kept apart. What you leave out is counted in the report but not described.</translation>
    </message>
    <message>
        <source>Signaal toevoegen</source>
        <translation>Add a signal</translation>
    </message>
    <message>
        <source>Huidige veiligheid</source>
        <translation>Current safety</translation>
    </message>
    <message>
        <source>Hoe veilig is iedereen nu?</source>
        <translation>How safe is everyone now?</translation>
    </message>
    <message>
        <source>De veiligheid van alle betrokkenen op dit moment, in uw woorden.</source>
        <translation>The safety of everyone involved at this moment, in your words.</translation>
    </message>
    <message>
        <source>Acuut onveilig (dan eerst 112 bellen)</source>
        <translation>Acutely unsafe (then call 112 first)</translation>
    </message>
    <message>
        <source>Genomen stappen</source>
        <translation>Steps taken</translation>
    </message>
    <message>
        <source>Collegiale consultatie en adviesvragen</source>
        <translation>Consultation with colleagues and requests for advice</translation>
    </message>
    <message>
        <source>Gesprekken met de cliënt of het kind</source>
        <translation>Conversations with the client or the child</translation>
    </message>
    <message>
        <source>Aangeboden hulp</source>
        <translation>Help offered</translation>
    </message>
    <message>
        <source>Niets vastgelegd.</source>
        <translation>Nothing recorded.</translation>
    </message>
    <message>
        <source>Weging</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Cliënt geïnformeerd</source>
        <translation>Client informed</translation>
    </message>
    <message>
        <source>U informeert de cliënt vooraf (informeren, geen toestemming vragen), tenzij dat de veiligheid van het kind of het gezin, of van u of uw collega&apos;s, in gevaar brengt, of de cliënt daardoor het contact zou verbreken.</source>
        <translation>You inform the client beforehand (inform, not ask permission), unless that would endanger the child or the family, or you or your colleagues, or the client would then break off contact.</translation>
    </message>
    <message>
        <source>Ja, de cliënt is vooraf geïnformeerd</source>
        <translation>Yes, the client was informed beforehand</translation>
    </message>
    <message>
        <source>Nee, de cliënt is niet geïnformeerd</source>
        <translation>No, the client was not informed</translation>
    </message>
    <message>
        <source>Geïnformeerd op:</source>
        <translation>Informed on:</translation>
    </message>
    <message>
        <source>Reactie van de cliënt:</source>
        <translation>Reaction of the client:</translation>
    </message>
    <message>
        <source>Reden:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Kies een van de drie redenen…</source>
        <translation>Choose one of the three reasons…</translation>
    </message>
    <message>
        <source>Toelichting:</source>
        <translation>Explanation:</translation>
    </message>
    <message>
        <source>Vraag aan Veilig Thuis</source>
        <translation>Request to Veilig Thuis</translation>
    </message>
    <message>
        <source>Wat vraagt u van Veilig Thuis?</source>
        <translation>What do you ask of Veilig Thuis?</translation>
    </message>
    <message>
        <source>Twijfel over delen</source>
        <translation>Unsure whether to share</translation>
    </message>
    <message>
        <source>Informatie waarvan u niet zeker weet of u die mag delen, staat apart in de melding, zodat u dat eerst met Veilig Thuis kunt bespreken. Mag leeg blijven.</source>
        <translation>Information you are not sure you may share is kept apart in the report, so that you can discuss it with Veilig Thuis first. May stay empty.</translation>
    </message>
    <message>
        <source>Apart te bespreken:</source>
        <translation>To discuss separately:</translation>
    </message>
    <message>
        <source>Kies de Veilig Thuis-organisatie van uw regio.</source>
        <translation>Choose the Veilig Thuis organisation of your region.</translation>
    </message>
    <message>
        <source>Niet alles is goed ingevuld; zie de rode meldingen.</source>
        <translation>Not everything is filled in correctly; see the red messages.</translation>
    </message>
    <message>
        <source>Niet opgenomen. In de melding komt te staan: “{sentence}” Wat is weggelaten, staat er niet in.</source>
        <translation>Not included. The report will say: “{sentence}” What was left out is not in it.</translation>
    </message>
    <message>
        <source>Alle betrokkenen en signalen van de casus worden opgenomen.</source>
        <translation>All people and signals of the case are included.</translation>
    </message>
    <message>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>De melding is versleuteld opgeslagen als {name}. Het bestand opent alleen met deze wachtzin. Geef haar telefonisch door aan Veilig Thuis; stuur haar nooit mee met het bestand.</source>
        <translation>The report was saved encrypted as {name}. The file opens only with this passphrase. Give it to Veilig Thuis by phone; never send it along with the file.</translation>
    </message>
    <message>
        <source>Melding registreren in de casus…</source>
        <translation>Register the report in the case…</translation>
    </message>
    <message>
        <source>Terug naar de melding</source>
        <translation>Back to the report</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Melding van {date} aan {organisation}. Betrokkenen in de melding: {persons}. Signalen in de melding: {signals}.</source>
        <translation>Report of {date} to {organisation}. People in the report: {persons}. Signals in the report: {signals}.</translation>
    </message>
    <message>
        <source>Deze melding kan pas in de casus worden geregistreerd als de beslissing om te melden is vastgelegd (stap 5).</source>
        <translation>This report can be registered in the case only once the decision to report has been recorded (step 5).</translation>
    </message>
    <message>
        <source>De melding is geregistreerd in de casus.</source>
        <translation>The report is registered in the case.</translation>
    </message>
    <message>
        <source>Melding niet geëxporteerd</source>
        <translation>Report not exported</translation>
    </message>
    <message>
        <source>U hebt de melding aangepast maar nog niet geëxporteerd. Wilt u uw wijzigingen weggooien?</source>
        <translation>You changed the report but have not exported it yet. Do you want to discard your changes?</translation>
    </message>
    <message>
        <source>Weggooien</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Verder werken</source>
        <translation>Keep working</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <source>Datum van de controle verzetten</source>
        <translation>Move the date of the check</translation>
    </message>
    <message>
        <source>Nieuwe datum:</source>
        <translation>New date:</translation>
    </message>
    <message>
        <source>Reden:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Waarom verzet u de controle? De eerdere datum blijft in de geschiedenis.</source>
        <translation>Why are you moving the check? The earlier date stays in the history.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Reservekopie terugzetten</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Kies een reservekopie en typ de herstelcode die bij die kluis hoort. De kluis die nu op deze computer staat, wordt niet verwijderd maar bewaard in de map &apos;vervangen&apos;.</source>
        <translation>Choose a backup and type the recovery code of that vault. The vault now on this computer is not deleted but kept in the folder &apos;vervangen&apos;.</translation>
    </message>
    <message>
        <source>Kiezen…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Terugzetten</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Reservekopie:</source>
        <translation>Backup:</translation>
    </message>
    <message>
        <source>Herstelcode:</source>
        <translation>Recovery code:</translation>
    </message>
    <message>
        <source>Reservekopie kiezen</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <source>Reservekopie (*.mwbackup)</source>
        <translation>Backup (*.mwbackup)</translation>
    </message>
    <message>
        <source>Kies de reservekopie die u wilt terugzetten.</source>
        <translation>Choose the backup you want to restore.</translation>
    </message>
    <message>
        <source>Vul de herstelcode in.</source>
        <translation>Enter the recovery code.</translation>
    </message>
    <message>
        <source>Reservekopie controleren en terugzetten…</source>
        <translation>Checking and restoring the backup…</translation>
    </message>
</context>
<context>
    <name>SearchFilters</name>
    <message>
        <source>Alle statussen</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Alle stappen</source>
        <translation>All steps</translation>
    </message>
    <message>
        <source>Alle fasen</source>
        <translation>All phases</translation>
    </message>
    <message>
        <source>Alle vormen van geweld</source>
        <translation>All forms of violence</translation>
    </message>
    <message>
        <source>van dd-mm-jjjj</source>
        <translation>from dd-mm-yyyy</translation>
    </message>
    <message>
        <source>t/m dd-mm-jjjj</source>
        <translation>to dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Filters wissen</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Open in de periode:</source>
        <translation>Open in the period:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>na 1 minuut</source>
        <translation>after 1 minute</translation>
    </message>
    <message>
        <source>na {minutes} minuten</source>
        <translation>after {minutes} minutes</translation>
    </message>
    <message>
        <source> dagen</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Zonder gebruik vergrendelt het programma zich na deze tijd.</source>
        <translation>When not in use, the program locks itself after this time.</translation>
    </message>
    <message>
        <source>Een andere taal geldt na opnieuw starten.</source>
        <translation>Another language takes effect after a restart.</translation>
    </message>
    <message>
        <source>Staat een casus langer in dezelfde stap, dan meldt Vandaag dat hij stilstaat.</source>
        <translation>When a case stays in the same step longer than this, Today reports it as standing still.</translation>
    </message>
    <message>
        <source>vastgezet door de beheerder</source>
        <translation>locked by the administrator</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Automatisch vergrendelen:</source>
        <translation>Lock automatically:</translation>
    </message>
    <message>
        <source>Taal:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Beroepsgroep:</source>
        <translation>Profession group:</translation>
    </message>
    <message>
        <source>Stilstand na:</source>
        <translation>Standing still after:</translation>
    </message>
    <message>
        <source>Deze instellingen gelden voor u op deze computer.</source>
        <translation>These settings apply to you on this computer.</translation>
    </message>
    <message>
        <source>{group} · kader versie {version}</source>
        <translation>{group} · framework version {version}</translation>
    </message>
    <message>
        <source>{group} (geen bruikbaar afwegingskader)</source>
        <translation>{group} (no usable weighing framework)</translation>
    </message>
    <message>
        <source>Voor deze beroepsgroep is geen afwegingskader geladen; bij een weging kiest u dan zelf het kader.</source>
        <translation>No weighing framework was loaded for this profession group; you then choose the framework yourself when weighing.</translation>
    </message>
    <message>
        <source>Bepaalt met welk afwegingskader u weegt. Elke weging legt het kader en de versie vast.</source>
        <translation>Decides which weighing framework you weigh with. Every weighing records the framework and its version.</translation>
    </message>
    <message>
        <source>Instellingen niet opgeslagen</source>
        <translation>Settings not saved</translation>
    </message>
    <message>
        <source>U hebt instellingen gewijzigd die nog niet zijn opgeslagen. Weggooien?</source>
        <translation>You changed settings that have not been saved yet. Discard them?</translation>
    </message>
    <message>
        <source>Weggooien</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Terug naar de instellingen</source>
        <translation>Back to the settings</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Meldcode Werkplek instellen</source>
        <translation>Set up Meldcode Werkplek</translation>
    </message>
    <message>
        <source>Volgende</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Vorige</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Beginnen</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>ShareCaseDialog</name>
    <message>
        <source>Casus delen</source>
        <translation>Share case</translation>
    </message>
    <message>
        <source>Een collega met wie u de casus deelt, kan hem openen en aanvullen. Deel hem bijvoorbeeld met de aandachtsfunctionaris die u in stap 2 raadpleegt. Delen en stoppen met delen komen in het logboek.</source>
        <translation>A colleague you share the case with can open it and add to it. Share it, for example, with the designated consultee you consult in step 2. Sharing and unsharing are recorded in the access log.</translation>
    </message>
    <message>
        <source>In deze praktijk geldt nu: {rule}.</source>
        <translation>In this practice the rule now is: {rule}.</translation>
    </message>
    <message>
        <source>Er zijn nog geen collega&apos;s om mee te delen.</source>
        <translation>There are no colleagues to share with yet.</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Beleid van de beheerder</source>
        <translation>Administrator policy</translation>
    </message>
    <message>
        <source>U bent afgemeld omdat er een minuut niets is gedaan.</source>
        <translation>You were logged out because nothing was done for a minute.</translation>
    </message>
    <message>
        <source>De kluis is vergrendeld omdat er een minuut niets is gedaan.</source>
        <translation>The vault was locked because nothing was done for a minute.</translation>
    </message>
    <message>
        <source>U bent afgemeld omdat er {minutes} minuten niets is gedaan.</source>
        <translation>You were logged out because nothing was done for {minutes} minutes.</translation>
    </message>
    <message>
        <source>De kluis is vergrendeld omdat er {minutes} minuten niets is gedaan.</source>
        <translation>The vault was locked because nothing was done for {minutes} minutes.</translation>
    </message>
    <message>
        <source>De oefenkluis wordt geopend…</source>
        <translation>Opening the practice vault…</translation>
    </message>
    <message>
        <source>Oefenkluis opnieuw beginnen</source>
        <translation>Start the practice vault over</translation>
    </message>
    <message>
        <source>Alles wat u in de oefenkluis hebt gedaan, gaat weg; de voorbeeldcasussen komen terug zoals ze waren. Uw eigen kluis blijft zoals hij is.</source>
        <translation>Everything you did in the practice vault goes away; the example cases come back as they were. Your own vault stays as it is.</translation>
    </message>
    <message>
        <source>Opnieuw beginnen</source>
        <translation>Start over</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>De oefenkluis wordt opnieuw gemaakt…</source>
        <translation>Making the practice vault again…</translation>
    </message>
    <message>
        <source>U oefent niet meer. Ontgrendel uw eigen kluis om verder te werken.</source>
        <translation>You have stopped practising. Unlock your own vault to continue working.</translation>
    </message>
    <message>
        <source>Oefenkluis opnieuw maken</source>
        <translation>Make the practice vault again</translation>
    </message>
</context>
<context>
    <name>SignalCard</name>
    <message>
        <source>Vastgelegd op {moment} door {name}</source>
        <translation>Recorded on {moment} by {name}</translation>
    </message>
    <message>
        <source>gecorrigeerd</source>
        <translation>corrected</translation>
    </message>
    <message>
        <source>Geschiedenis ({count} versies)…</source>
        <translation>History ({count} versions)…</translation>
    </message>
    <message>
        <source>Corrigeren…</source>
        <translation>Correct…</translation>
    </message>
</context>
<context>
    <name>SignalDialog</name>
    <message>
        <source>Signaal corrigeren</source>
        <translation>Correct signal</translation>
    </message>
    <message>
        <source>Nieuw signaal</source>
        <translation>New signal</translation>
    </message>
    <message>
        <source>uu:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <source>Kies de bron…</source>
        <translation>Choose the source…</translation>
    </message>
    <message>
        <source>Kies de vorm van geweld…</source>
        <translation>Choose the form of violence…</translation>
    </message>
    <message>
        <source>Signalenlijst…</source>
        <translation>List of signs…</translation>
    </message>
    <message>
        <source>Mag leeg blijven als u het tijdstip niet weet.</source>
        <translation>May be left empty if you do not know the time.</translation>
    </message>
    <message>
        <source>Wat hebt u gezien of gehoord? Zo letterlijk mogelijk, zonder uw duiding.</source>
        <translation>What did you see or hear? As literally as possible, without your own reading of it.</translation>
    </message>
    <message>
        <source>Uw duiding of zorg, apart van de feiten. Mag leeg blijven.</source>
        <translation>Your reading or concern, kept apart from the facts. May be left empty.</translation>
    </message>
    <message>
        <source>Mag leeg blijven. De lijst hoort bij de gekozen vorm.</source>
        <translation>May stay empty. The list belongs to the chosen form.</translation>
    </message>
    <message>
        <source>Datum van waarneming:</source>
        <translation>Date observed:</translation>
    </message>
    <message>
        <source>Tijdstip:</source>
        <translation>Time:</translation>
    </message>
    <message>
        <source>Waargenomen door:</source>
        <translation>Observed by:</translation>
    </message>
    <message>
        <source>Bron:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>Vorm van geweld:</source>
        <translation>Form of violence:</translation>
    </message>
    <message>
        <source>Feiten:</source>
        <translation>Facts:</translation>
    </message>
    <message>
        <source>Interpretatie:</source>
        <translation>Interpretation:</translation>
    </message>
    <message>
        <source>Herkende signalen:</source>
        <translation>Recognised signs:</translation>
    </message>
    <message>
        <source>De eerdere versie blijft bewaard en zichtbaar in de geschiedenis.</source>
        <translation>The earlier version is kept and stays visible in the history.</translation>
    </message>
    <message>
        <source>Reden van de correctie:</source>
        <translation>Reason for the correction:</translation>
    </message>
    <message>
        <source>Leg het signaal vast als feit: wanneer, wat, wie het zag of hoorde, en van wie u het weet. Uw eigen duiding hoort bij Interpretatie.</source>
        <translation>Record the signal as a fact: when, what, who saw or heard it, and who told you. Your own reading belongs under Interpretation.</translation>
    </message>
    <message>
        <source>Schrijf het tijdstip als uu:mm, bijvoorbeeld 14:05, of laat het leeg.</source>
        <translation>Write the time as hh:mm, for example 14:05, or leave it empty.</translation>
    </message>
</context>
<context>
    <name>SignalEditor</name>
    <message>
        <source>Datum van waarneming:</source>
        <translation>Date observed:</translation>
    </message>
    <message>
        <source>Tijdstip:</source>
        <translation>Time:</translation>
    </message>
    <message>
        <source>Mag leeg blijven.</source>
        <translation>May stay empty.</translation>
    </message>
    <message>
        <source>Waargenomen door:</source>
        <translation>Observed by:</translation>
    </message>
    <message>
        <source>Bron:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>Kies de bron…</source>
        <translation>Choose the source…</translation>
    </message>
    <message>
        <source>Kies de bron van het signaal.</source>
        <translation>Choose the source of the signal.</translation>
    </message>
    <message>
        <source>Vorm van geweld:</source>
        <translation>Form of violence:</translation>
    </message>
    <message>
        <source>Kies de vorm van geweld…</source>
        <translation>Choose the form of violence…</translation>
    </message>
    <message>
        <source>Kies de vorm van geweld, of &apos;Nog niet duidelijk&apos;.</source>
        <translation>Choose the form of violence, or &apos;Not yet clear&apos;.</translation>
    </message>
    <message>
        <source>Feiten:</source>
        <translation>Facts:</translation>
    </message>
    <message>
        <source>Wat is gezien of gehoord, zonder duiding.</source>
        <translation>What was seen or heard, without interpretation.</translation>
    </message>
    <message>
        <source>Interpretatie:</source>
        <translation>Interpretation:</translation>
    </message>
    <message>
        <source>Signaal {number}</source>
        <translation>Signal {number}</translation>
    </message>
</context>
<context>
    <name>SignalsPage</name>
    <message>
        <source>Nog geen kindcheck vastgelegd.</source>
        <translation>No child check recorded yet.</translation>
    </message>
    <message>
        <source>Signalen ({count}), nieuwste eerst</source>
        <translation>Signals ({count}), newest first</translation>
    </message>
    <message>
        <source>Betrokkenen ({count})</source>
        <translation>People involved ({count})</translation>
    </message>
    <message>
        <source>Kindcheck</source>
        <translation>Child check</translation>
    </message>
    <message>
        <source>De kindcheck hoort bij een volwassen cliënt. Voeg de cliënt toe als betrokkene met de rol &apos;Cliënt (volwassene)&apos;.</source>
        <translation>The child check belongs with an adult client. Add the client as a person involved with the role &apos;Client (adult)&apos;.</translation>
    </message>
    <message>
        <source>Kindcheck ✓</source>
        <translation>Child check ✓</translation>
    </message>
    <message>
        <source>Kindcheck (nog te doen)</source>
        <translation>Child check (still to do)</translation>
    </message>
    <message>
        <source>Uw cliënt is volwassen: ga na of er kinderen, een ongeboren kind of een afhankelijke volwassene van hem of haar afhankelijk zijn, en of zij veilig zijn.</source>
        <translation>Your client is an adult: find out whether children, an unborn child or a dependent adult depend on him or her, and whether they are safe.</translation>
    </message>
</context>
<context>
    <name>SignsDialog</name>
    <message>
        <source>Signalenlijst: {form}</source>
        <translation>List of signs: {form}</translation>
    </message>
    <message>
        <source>Vink aan wat u herkent. Een signaal is een aanwijzing om verder te kijken, geen bewijs; beschrijf wat u zag bij Feiten, in uw eigen woorden.</source>
        <translation>Tick what you recognise. A sign is a reason to look further, not proof; describe what you saw under Facts, in your own words.</translation>
    </message>
</context>
<context>
    <name>StepBar</name>
    <message>
        <source>Signalen</source>
        <translation>Signals</translation>
    </message>
    <message>
        <source>Consultatie</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Gesprek</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Wegen</source>
        <translation>Weighing</translation>
    </message>
    <message>
        <source>Beslissen</source>
        <translation>Deciding</translation>
    </message>
    <message>
        <source>Vervolg</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>! Nieuwe zorgen</source>
        <translation>! New concerns</translation>
    </message>
    <message>
        <source>● Loopt</source>
        <translation>● Under way</translation>
    </message>
    <message>
        <source>Gesloten</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Na stap 5</source>
        <translation>After step 5</translation>
    </message>
</context>
<context>
    <name>StepHeader</name>
    <message>
        <source>Wat u vastlegt: {records}.</source>
        <translation>What you record: {records}.</translation>
    </message>
    <message>
        <source>het vervolg</source>
        <translation>the follow-up</translation>
    </message>
    <message>
        <source>Verder: {target} →</source>
        <translation>Next: {target} →</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>{status} op {day}</source>
        <translation>{status} on {day}</translation>
    </message>
    <message>
        <source>(ronde {round})</source>
        <translation>(round {round})</translation>
    </message>
    <message>
        <source>De casus is gesloten.</source>
        <translation>The case is closed.</translation>
    </message>
    <message>
        <source>De beslissing is genomen. Hieronder staan de controles die volgen.</source>
        <translation>The decision has been made. Below are the checks that follow.</translation>
    </message>
    <message>
        <source>De controles na de eerdere beslissing lopen door. Door nieuwe signalen worden de stappen opnieuw doorlopen (ronde {round}).</source>
        <translation>The checks after the earlier decision continue. New signals mean the steps are walked through again (round {round}).</translation>
    </message>
    <message>
        <source>Het vervolg begint na de beslissing in stap 5.</source>
        <translation>The follow-up starts after the decision in step 5.</translation>
    </message>
</context>
<context>
    <name>StepSkipDialog</name>
    <message>
        <source>Stap overslaan: {step}</source>
        <translation>Skip step: {step}</translation>
    </message>
    <message>
        <source>Reden:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>U slaat deze stap over in deze ronde. Leg vast waarom; de reden blijft in het dossier zichtbaar.</source>
        <translation>You skip this step in this round. Record why; the reason stays visible in the file.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Nog geen signalen. Leg vast wat u hebt gezien of gehoord, met datum en bron.</source>
        <translation>No signals yet. Record what you saw or heard, with date and source.</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <source>Vraagt aandacht</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>Casus</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Dagen</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Opnieuw melden</source>
        <translation>Report again</translation>
    </message>
    <message>
        <source>Melding overwegen</source>
        <translation>Consider a report</translation>
    </message>
    <message>
        <source>Controle over tijd</source>
        <translation>Check overdue</translation>
    </message>
    <message>
        <source>Controle vandaag</source>
        <translation>Check due today</translation>
    </message>
    <message>
        <source>Wacht op Veilig Thuis</source>
        <translation>Waiting for Veilig Thuis</translation>
    </message>
    <message>
        <source>Staat stil</source>
        <translation>Standing still</translation>
    </message>
    <message>
        <source>Concept bewaard</source>
        <translation>Draft kept</translation>
    </message>
    <message>
        <source>Terugkoppeling op de melding van {day}</source>
        <translation>Feedback on the report of {day}</translation>
    </message>
    <message>
        <source>Niet-opgeslagen invoer, bewaard toen het programma vergrendelde</source>
        <translation>Unsaved input, kept when the program locked</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <source>Vandaag</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Bijwerken</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Wat vandaag aandacht vraagt</source>
        <translation>What needs attention today</translation>
    </message>
    <message>
        <source>Controle over tijd</source>
        <translation>Check overdue</translation>
    </message>
    <message>
        <source>Dagen</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Niets dat vandaag aandacht vraagt: geen controles die klaarstaan, geen casussen die stilstaan en geen nieuwe zorgen na een melding.</source>
        <translation>Nothing needs attention today: no checks due, no cases standing still and no new concerns after a report.</translation>
    </message>
    <message>
        <source>Kies een regel en druk op Enter (of dubbelklik) om de casus te openen.</source>
        <translation>Choose a row and press Enter (or double-click) to open the case.</translation>
    </message>
    <message>
        <source>Vandaag wordt bijgewerkt…</source>
        <translation>Refreshing Today…</translation>
    </message>
    <message>
        <source>Vandaag, {day}</source>
        <translation>Today, {day}</translation>
    </message>
    <message>
        <source>meer dan {count}</source>
        <translation>more than {count}</translation>
    </message>
    <message>
        <source>van elke soort staan de eerste {count} in de lijst</source>
        <translation>the first {count} of each kind are listed</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>Meldcode Werkplek – vergrendeld</source>
        <translation>Meldcode Werkplek – locked</translation>
    </message>
    <message>
        <source>Meldcode Werkplek</source>
        <translation>Meldcode Werkplek</translation>
    </message>
    <message>
        <source>Meld u aan bij de praktijkserver met uw inlognaam en wachtzin.</source>
        <translation>Log in to the practice server with your login and passphrase.</translation>
    </message>
    <message>
        <source>De kluis is vergrendeld. Ontgrendel haar met uw wachtzin.</source>
        <translation>The vault is locked. Unlock it with your passphrase.</translation>
    </message>
    <message>
        <source>Waar de gegevens staan</source>
        <translation>Where the data is kept</translation>
    </message>
    <message>
        <source>Deze computer kan geen extra geheim voor de kluis bewaren. Een kluis die op deze computer is gemaakt, opent hier nu alleen met de herstelcode. Vraag uw beheerder dit na te kijken.</source>
        <translation>This computer cannot keep an extra secret for the vault. A vault made on this computer now opens here only with the recovery code. Ask your administrator to look into this.</translation>
    </message>
    <message>
        <source>Technisch: er is geen bruikbare sleutelbos (Windows Referentiebeheer, macOS Sleutelhanger of Secret Service); kluizen met alleen een wachtzin openen wel.</source>
        <translation>Technical: there is no usable keyring (Windows Credential Manager, macOS Keychain or Secret Service); vaults with a passphrase only do open.</translation>
    </message>
    <message>
        <source>Inlognaam</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Ontgrendelen</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Aanmelden</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Herstelcode gebruiken</source>
        <translation>Use recovery code</translation>
    </message>
    <message>
        <source>Reservekopie terugzetten…</source>
        <translation>Restore a backup…</translation>
    </message>
    <message>
        <source>Oefenen met fictieve casussen</source>
        <translation>Practise with fictional cases</translation>
    </message>
    <message>
        <source>Inlognaam:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <source>Gebruiker:</source>
        <translation>User:</translation>
    </message>
    <message>
        <source>Wachtzin:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Kluis op deze computer: {folder}</source>
        <translation>Vault on this computer: {folder}</translation>
    </message>
    <message>
        <source>Praktijkserver: {host}, database {database}</source>
        <translation>Practice server: {host}, database {database}</translation>
    </message>
    <message>
        <source>Vul uw wachtzin in.</source>
        <translation>Enter your passphrase.</translation>
    </message>
    <message>
        <source>Sleutel controleren…</source>
        <translation>Checking the key…</translation>
    </message>
    <message>
        <source>Vul uw inlognaam in.</source>
        <translation>Enter your login.</translation>
    </message>
    <message>
        <source>Verbinden met de praktijkserver…</source>
        <translation>Connecting to the practice server…</translation>
    </message>
    <message>
        <source>Kluis openen…</source>
        <translation>Opening the vault…</translation>
    </message>
    <message>
        <source>Versleutelde pagina&apos;s controleren…</source>
        <translation>Checking the encrypted pages…</translation>
    </message>
    <message>
        <source>Reservekopie maken vóór de update…</source>
        <translation>Making a backup before the update…</translation>
    </message>
    <message>
        <source>Bezig…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>Herstelcode gebruiken…</source>
        <translation>Use recovery code…</translation>
    </message>
    <message>
        <source>Opnieuw proberen</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Wacht nog 1 seconde…</source>
        <translation>Wait 1 more second…</translation>
    </message>
    <message>
        <source>Wacht nog {seconds} seconden…</source>
        <translation>Wait {seconds} more seconds…</translation>
    </message>
    <message>
        <source>De reservekopie is teruggezet. Ontgrendel met uw wachtzin; op een andere computer kiest u &apos;Herstelcode gebruiken&apos;.</source>
        <translation>The backup has been restored. Unlock with your passphrase; on another computer, choose &apos;Use recovery code&apos;.</translation>
    </message>
</context>
<context>
    <name>UserPage</name>
    <message>
        <source>Over uzelf</source>
        <translation>About you</translation>
    </message>
    <message>
        <source>Uw naam staat bij alles wat u vastlegt. In een melding aan Veilig Thuis komen ook uw functie en telefoonnummer.</source>
        <translation>Your name goes with everything you record. A report to Veilig Thuis also carries your role and phone number.</translation>
    </message>
    <message>
        <source>bijvoorbeeld huisarts, verloskundige, gastouder</source>
        <translation>for example GP, midwife, childminder</translation>
    </message>
    <message>
        <source>bijvoorbeeld 020 123 4567</source>
        <translation>for example 020 123 4567</translation>
    </message>
    <message>
        <source>Veilig Thuis belt u op dit nummer terug na een melding.</source>
        <translation>Veilig Thuis calls you back on this number after a report.</translation>
    </message>
    <message>
        <source>Naam:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Functie:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Telefoonnummer:</source>
        <translation>Phone number:</translation>
    </message>
    <message>
        <source>Beroepsgroep:</source>
        <translation>Profession group:</translation>
    </message>
    <message>
        <source>Kies uw beroepsgroep…</source>
        <translation>Choose your profession group…</translation>
    </message>
    <message>
        <source>{group} (geen bruikbaar afwegingskader)</source>
        <translation>{group} (no usable weighing framework)</translation>
    </message>
    <message>
        <source>Vastgezet door de beheerder van deze computer.</source>
        <translation>Set by the administrator of this computer.</translation>
    </message>
    <message>
        <source>Bepaalt met welk afwegingskader u weegt. Twijfelt u, kies dan het algemene model. Later te wijzigen in Instellingen.</source>
        <translation>Decides which weighing framework you weigh with. If in doubt, choose the general model. You can change it later in Settings.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Gebruikers</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Gebruikers van de praktijk</source>
        <translation>Users of the practice</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Functie</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Inlognaam</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Collega toevoegen…</source>
        <translation>Add a colleague…</translation>
    </message>
    <message>
        <source>Nieuwe eerste wachtzin…</source>
        <translation>New first passphrase…</translation>
    </message>
    <message>
        <source>Uitschakelen…</source>
        <translation>Switch off…</translation>
    </message>
    <message>
        <source>Mijn wachtzin wijzigen…</source>
        <translation>Change my passphrase…</translation>
    </message>
    <message>
        <source>Inlognaam geven…</source>
        <translation>Give a login…</translation>
    </message>
    <message>
        <source>Wie ziet welke casus:</source>
        <translation>Who sees which case:</translation>
    </message>
    <message>
        <source>Een gebruiker wordt nooit gewist: het logboek blijft hem noemen. Wie uitgeschakeld is, kan zich niet meer aanmelden tot een beheerder een nieuwe eerste wachtzin geeft.</source>
        <translation>A user is never deleted: the log keeps naming them. A user who is switched off can no longer log in until an administrator gives a new first passphrase.</translation>
    </message>
    <message>
        <source>Een gebruiker wordt nooit gewist: het logboek blijft hem noemen. Wie uitgeschakeld is, kan de kluis niet meer openen tot een beheerder een nieuwe eerste wachtzin geeft.</source>
        <translation>A user is never deleted: the access log keeps naming them. A user who is switched off cannot open the vault until an administrator gives a new first passphrase.</translation>
    </message>
    <message>
        <source>Nog geen inlognaam</source>
        <translation>No login yet</translation>
    </message>
    <message>
        <source>Uitgeschakeld</source>
        <translation>Switched off</translation>
    </message>
    <message>
        <source>Moet eigen wachtzin kiezen</source>
        <translation>Must choose own passphrase</translation>
    </message>
    <message>
        <source>Actief</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>{name} is toegevoegd.</source>
        <translation>{name} was added.</translation>
    </message>
    <message>
        <source>{name} kan zich nu aanmelden als {login}.</source>
        <translation>{name} can now log in as {login}.</translation>
    </message>
    <message>
        <source>Gebruiker uitschakelen</source>
        <translation>Switch off user</translation>
    </message>
    <message>
        <source>{name} kan zich daarna niet meer aanmelden. De naam blijft in het logboek en in de casussen staan. Doorgaan?</source>
        <translation>{name} can no longer log in after this. The name stays in the log and in the cases. Continue?</translation>
    </message>
    <message>
        <source>{name} kan de kluis daarna niet meer openen. De naam blijft in het logboek en in de casussen staan. Doorgaan?</source>
        <translation>{name} can no longer open the vault afterwards. The name stays in the access log and in the cases. Continue?</translation>
    </message>
    <message>
        <source>Uitschakelen</source>
        <translation>Switch off</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>VersionView</name>
    <message>
        <source>Waargenomen door: {name}</source>
        <translation>Observed by: {name}</translation>
    </message>
    <message>
        <source>Feiten</source>
        <translation>Facts</translation>
    </message>
    <message>
        <source>Interpretatie</source>
        <translation>Interpretation</translation>
    </message>
    <message>
        <source>Herkend uit de signalenlijst</source>
        <translation>Recognised from the list of signs</translation>
    </message>
</context>
<context>
    <name>ViolenceForms</name>
    <message>
        <source>Bron: {sources}</source>
        <translation>Source: {sources}</translation>
    </message>
    <message>
        <source>Let op, bij de vormen van geweld in deze casus:</source>
        <translation>Take care, for the forms of violence in this case:</translation>
    </message>
</context>
<context>
    <name>WeighingPage</name>
    <message>
        <source>Nog niets vastgelegd bij deze stap.</source>
        <translation>Nothing recorded at this step yet.</translation>
    </message>
    <message>
        <source>Wegingen van deze casus, nieuwste eerst</source>
        <translation>Weighings of this case, newest first</translation>
    </message>
    <message>
        <source>Weging voortzetten…</source>
        <translation>Continue weighing…</translation>
    </message>
    <message>
        <source>Intrekken…</source>
        <translation>Withdraw…</translation>
    </message>
    <message>
        <source>nog open</source>
        <translation>still open</translation>
    </message>
    <message>
        <source>melden</source>
        <translation>report</translation>
    </message>
    <message>
        <source>niet melden</source>
        <translation>do not report</translation>
    </message>
    <message>
        <source>{day} · {result}</source>
        <translation>{day} · {result}</translation>
    </message>
    <message>
        <source>Geschiedenis ({count} versies)…</source>
        <translation>History ({count} versions)…</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welkom bij Meldcode Werkplek</source>
        <translation>Welcome to Meldcode Werkplek</translation>
    </message>
    <message>
        <source>Meldcode Werkplek helpt u de meldcode huiselijk geweld en kindermishandeling stap voor stap te volgen. U legt signalen vast als feiten, met datum en bron, houdt bij wie erbij betrokken zijn en wat u hebt gedaan.

Alles wat u vastlegt, blijft op deze computer, in een versleutelde kluis. Zonder uw wachtzin kan niemand de gegevens lezen, ook niet wie het bestand kopieert. Het programma verstuurt zelf niets via internet.

Hierna maakt u de kluis aan: u vult uw naam en functie in, kiest een wachtzin en noteert een herstelcode voor noodgevallen.</source>
        <translation>Meldcode Werkplek helps you follow the reporting code for domestic violence and child abuse (meldcode) step by step. You record signals as facts, with date and source, and keep track of who is involved and what you have done.

Everything you record stays on this computer, in an encrypted vault. Without your passphrase nobody can read the data, not even someone who copies the file. The program itself sends nothing over the internet.

Next you create the vault: you enter your name and role, choose a passphrase and note down a recovery code for emergencies.</translation>
    </message>
    <message>
        <source>Reservekopie terugzetten…</source>
        <translation>Restore a backup…</translation>
    </message>
    <message>
        <source>Overstappen naar deze computer? Zet dan uw reservekopie terug.</source>
        <translation>Moving to this computer? Then restore your backup.</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Intrekken</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Reden:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>U trekt &apos;{title}&apos; in, bijvoorbeeld omdat het bij de verkeerde casus staat. Het blijft met uw reden in de geschiedenis staan en telt niet meer mee.</source>
        <translation>You are withdrawing &apos;{title}&apos;, for instance because it is in the wrong case. It stays in the history with your reason and no longer counts.</translation>
    </message>
</context>
<context>
    <name>WorkerDialog</name>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>access_log</name>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Gebruiker</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Casus</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Gebeurtenis</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Namens</source>
        <translation>On behalf of</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>melding</source>
        <translation>report</translation>
    </message>
    <message>
        <source>dossier</source>
        <translation>file</translation>
    </message>
    <message>
        <source>dossier voor inzage</source>
        <translation>file for inspection</translation>
    </message>
    <message>
        <source>jaaroverzicht</source>
        <translation>annual overview</translation>
    </message>
    <message>
        <source>registratielijst</source>
        <translation>registration list</translation>
    </message>
    <message>
        <source>titel</source>
        <translation>title</translation>
    </message>
    <message>
        <source>gearchiveerd</source>
        <translation>archived</translation>
    </message>
    <message>
        <source>teruggezet</source>
        <translation>restored</translation>
    </message>
    <message>
        <source>herstelcode</source>
        <translation>recovery code</translation>
    </message>
    <message>
        <source>na herstel met de herstelcode</source>
        <translation>after recovery with the recovery code</translation>
    </message>
    <message>
        <source>in orde</source>
        <translation>sound</translation>
    </message>
    <message>
        <source>fouten gevonden</source>
        <translation>faults found</translation>
    </message>
    <message>
        <source>onversleuteld</source>
        <translation>unencrypted</translation>
    </message>
    <message>
        <source>inlognaam</source>
        <translation>login name</translation>
    </message>
    <message>
        <source>overgenomen uit een kluis</source>
        <translation>taken over from a vault</translation>
    </message>
    <message>
        <source>rol</source>
        <translation>role</translation>
    </message>
    <message>
        <source>beheerder</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>soort</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>wijziging</source>
        <translation>change</translation>
    </message>
    <message>
        <source>versie</source>
        <translation>version</translation>
    </message>
    <message>
        <source>reden</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>verband</source>
        <translation>relation</translation>
    </message>
    <message>
        <source>gekoppelde casus</source>
        <translation>linked case</translation>
    </message>
    <message>
        <source>vorm</source>
        <translation>format</translation>
    </message>
    <message>
        <source>regels</source>
        <translation>rows</translation>
    </message>
    <message>
        <source>jaar</source>
        <translation>year</translation>
    </message>
    <message>
        <source>van</source>
        <translation>from</translation>
    </message>
    <message>
        <source>tot en met</source>
        <translation>up to and including</translation>
    </message>
    <message>
        <source>instelling</source>
        <translation>setting</translation>
    </message>
    <message>
        <source>poging om</source>
        <translation>attempt at</translation>
    </message>
    <message>
        <source>kluis</source>
        <translation>vault</translation>
    </message>
    <message>
        <source>eerste logregel</source>
        <translation>first log row</translation>
    </message>
    <message>
        <source>laatste logregel</source>
        <translation>last log row</translation>
    </message>
    <message>
        <source>casussen</source>
        <translation>cases</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>signalen</source>
        <translation>signals</translation>
    </message>
    <message>
        <source>versies van signalen</source>
        <translation>signal versions</translation>
    </message>
    <message>
        <source>versies van stappen</source>
        <translation>step record versions</translation>
    </message>
    <message>
        <source>stappen</source>
        <translation>step records</translation>
    </message>
    <message>
        <source>{records} t/m nr. {number}</source>
        <translation>{records} up to no. {number}</translation>
    </message>
    <message>
        <source>schema {before} naar {after}</source>
        <translation>schema {before} to {after}</translation>
    </message>
    <message>
        <source>Gebruiker (nummer)</source>
        <translation>User (number)</translation>
    </message>
    <message>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Tot en met</source>
        <translation>Up to and including</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Het logboek (NEN 7513): wie wanneer wat deed, met welke casus. Het bevat geen inhoud van casussen.</source>
        <translation>The log (NEN 7513): who did what when, with which case. It holds no case content.</translation>
    </message>
    <message>
        <source>De regels staan in de bijlage logboek.csv van dit versleutelde bestand.</source>
        <translation>The rows are in the attachment logboek.csv of this encrypted file.</translation>
    </message>
    <message>
        <source>Alleen de eerste regels staan hier; kies CSV voor het hele logboek.</source>
        <translation>Only the first rows are shown here; choose CSV for the whole access log.</translation>
    </message>
    <message>
        <source>Vertrouwelijk — logboek</source>
        <translation>Confidential — access log</translation>
    </message>
    <message>
        <source>Logboek</source>
        <translation>Access log</translation>
    </message>
</context>
<context>
    <name>afwegingskader</name>
    <message>
        <source>Deze weging is al afgerond. Ga eerst terug als u een antwoord wilt wijzigen.</source>
        <translation>This assessment is already complete. Go back first if you want to change an answer.</translation>
    </message>
    <message>
        <source>Er is nog geen antwoord gegeven om naar terug te gaan.</source>
        <translation>No answer has been given yet to go back to.</translation>
    </message>
    <message>
        <source>Vraag &apos;{question}&apos; is in deze weging niet beantwoord.</source>
        <translation>Question &apos;{question}&apos; has not been answered in this assessment.</translation>
    </message>
    <message>
        <source>Afwegingskader &apos;{kader}&apos; versie {version} heeft geen startpunt &apos;{entry}&apos;.</source>
        <translation>Weighing framework &apos;{kader}&apos; version {version} has no starting point &apos;{entry}&apos;.</translation>
    </message>
    <message>
        <source>Deze weging hoort bij afwegingskader &apos;{recorded}&apos;, niet bij &apos;{loaded}&apos;.</source>
        <translation>This assessment belongs to weighing framework &apos;{recorded}&apos;, not to &apos;{loaded}&apos;.</translation>
    </message>
    <message>
        <source>Deze weging is gemaakt met afwegingskader &apos;{recorded}&apos; versie {recorded_version}; zij wordt niet geopend onder versie {loaded_version}.</source>
        <translation>This assessment was made with weighing framework &apos;{recorded}&apos; version {recorded_version}; it is not opened under version {loaded_version}.</translation>
    </message>
    <message>
        <source>De opgeslagen weging past niet bij afwegingskader &apos;{kader}&apos; versie {version}: stap {step} klopt niet.</source>
        <translation>The stored assessment does not fit weighing framework &apos;{kader}&apos; version {version}: step {step} is not right.</translation>
    </message>
    <message>
        <source>De opgeslagen weging is onleesbaar of onvolledig.</source>
        <translation>The stored assessment is unreadable or incomplete.</translation>
    </message>
    <message>
        <source>Afwegingskader {file} kan niet worden gelezen (geen leesbaar UTF-8-tekstbestand).</source>
        <translation>Weighing framework {file} cannot be read (not a readable UTF-8 text file).</translation>
    </message>
    <message>
        <source>Afwegingskader {file} is geen geldig TOML-bestand: de fout zit rond regel {line}.</source>
        <translation>Weighing framework {file} is not a valid TOML file: the error is around line {line}.</translation>
    </message>
    <message>
        <source>Afwegingskader {file}: het verplichte veld &apos;{field}&apos; ontbreekt.</source>
        <translation>Weighing framework {file}: the required field &apos;{field}&apos; is missing.</translation>
    </message>
    <message>
        <source>Afwegingskader {file}: bij {place} ontbreekt het verplichte veld &apos;{field}&apos;.</source>
        <translation>Weighing framework {file}: the required field &apos;{field}&apos; is missing at {place}.</translation>
    </message>
    <message>
        <source>Afwegingskader {file}: het veld &apos;{field}&apos; is onbekend.</source>
        <translation>Weighing framework {file}: the field &apos;{field}&apos; is unknown.</translation>
    </message>
    <message>
        <source>Afwegingskader {file}: bij {place} staat een onbekend veld &apos;{field}&apos;.</source>
        <translation>Weighing framework {file}: there is an unknown field &apos;{field}&apos; at {place}.</translation>
    </message>
    <message>
        <source>Afwegingskader {file}: {place} heeft het verkeerde soort waarde (verwacht: {expected}).</source>
        <translation>Weighing framework {file}: {place} has the wrong kind of value (expected: {expected}).</translation>
    </message>
    <message>
        <source>Afwegingskader {file}: {place} heeft de waarde &apos;{value}&apos;, maar kent alleen: {allowed}.</source>
        <translation>Weighing framework {file}: {place} has the value &apos;{value}&apos;, but only allows: {allowed}.</translation>
    </message>
    <message>
        <source>Afwegingskader {file}: {place} heeft niet de vereiste vorm (&apos;{value}&apos;).</source>
        <translation>Weighing framework {file}: {place} does not have the required form (&apos;{value}&apos;).</translation>
    </message>
    <message>
        <source>Afwegingskader {file}: {place} mag niet leeg zijn.</source>
        <translation>Weighing framework {file}: {place} must not be empty.</translation>
    </message>
    <message>
        <source>Afwegingskader {file}: {place} heeft te weinig onderdelen (minstens {minimum}).</source>
        <translation>Weighing framework {file}: {place} has too few items (at least {minimum}).</translation>
    </message>
    <message>
        <source>Afwegingskader {file}: {place} voldoet niet aan het schema (regel &apos;{rule}&apos;).</source>
        <translation>Weighing framework {file}: {place} does not meet the schema (rule &apos;{rule}&apos;).</translation>
    </message>
    <message>
        <source>Afwegingskader {file}: de datum &apos;{value}&apos; bestaat niet.</source>
        <translation>Weighing framework {file}: the date &apos;{value}&apos; does not exist.</translation>
    </message>
    <message>
        <source>Afwegingskader {file}: de naam &apos;{node}&apos; wordt voor meer dan één vraag of uitkomst gebruikt.</source>
        <translation>Weighing framework {file}: the name &apos;{node}&apos; is used for more than one question or outcome.</translation>
    </message>
    <message>
        <source>Afwegingskader {file}: vraag &apos;{question}&apos; heeft twee antwoorden met de naam &apos;{answer}&apos;.</source>
        <translation>Weighing framework {file}: question &apos;{question}&apos; has two answers named &apos;{answer}&apos;.</translation>
    </message>
    <message>
        <source>Afwegingskader {file}: startpunt &apos;{entry}&apos; verwijst naar &apos;{target}&apos;, maar dat is geen vraag in dit kader.</source>
        <translation>Weighing framework {file}: starting point &apos;{entry}&apos; refers to &apos;{target}&apos;, but that is not a question in this framework.</translation>
    </message>
    <message>
        <source>Afwegingskader {file}: antwoord &apos;{answer}&apos; van vraag &apos;{question}&apos; leidt naar &apos;{target}&apos;, maar die vraag of uitkomst bestaat niet.</source>
        <translation>Weighing framework {file}: answer &apos;{answer}&apos; of question &apos;{question}&apos; leads to &apos;{target}&apos;, but that question or outcome does not exist.</translation>
    </message>
    <message>
        <source>Afwegingskader {file}: de vragen vormen een kringloop ({loop}); elke weg moet bij een uitkomst eindigen.</source>
        <translation>Weighing framework {file}: the questions form a loop ({loop}); every path must end in an outcome.</translation>
    </message>
    <message>
        <source>Afwegingskader {file}: vraag &apos;{question}&apos; is vanaf geen enkel startpunt te bereiken.</source>
        <translation>Weighing framework {file}: question &apos;{question}&apos; cannot be reached from any starting point.</translation>
    </message>
    <message>
        <source>Afwegingskader {file}: uitkomst &apos;{outcome}&apos; is vanaf geen enkel startpunt te bereiken.</source>
        <translation>Weighing framework {file}: outcome &apos;{outcome}&apos; cannot be reached from any starting point.</translation>
    </message>
    <message>
        <source>Afwegingskader {file}: antwoord &apos;{answer}&apos; van vraag &apos;{question}&apos; (rol &apos;{role}&apos;) moet in het veld &apos;means&apos; zeggen of het als ja of als nee telt.</source>
        <translation>Weighing framework {file}: answer &apos;{answer}&apos; of question &apos;{question}&apos; (role &apos;{role}&apos;) must state in the field &apos;means&apos; whether it counts as yes or as no.</translation>
    </message>
    <message>
        <source>Afwegingskader {file}: vraag &apos;{question}&apos; (rol &apos;{role}&apos;) moet een antwoord hebben dat als ja telt en een antwoord dat als nee telt.</source>
        <translation>Weighing framework {file}: question &apos;{question}&apos; (role &apos;{role}&apos;) must have an answer that counts as yes and an answer that counts as no.</translation>
    </message>
    <message>
        <source>Afwegingskader {file}: er is geen vraag met de rol &apos;{role}&apos;, en die is verplicht.</source>
        <translation>Weighing framework {file}: there is no question with the role &apos;{role}&apos;, and it is required.</translation>
    </message>
    <message>
        <source>Afwegingskader {file}: een weg vanaf de start komt bij uitkomst &apos;{outcome}&apos; zonder langs de vraag naar het vermoeden te gaan.</source>
        <translation>Weighing framework {file}: a path from the start reaches outcome &apos;{outcome}&apos; without passing the question about the suspicion.</translation>
    </message>
    <message>
        <source>Afwegingskader {file}: na antwoord &apos;{answer}&apos; op vraag &apos;{question}&apos; moet altijd gemeld worden, maar uitkomst &apos;{outcome}&apos; meldt niet.</source>
        <translation>Weighing framework {file}: after answer &apos;{answer}&apos; to question &apos;{question}&apos; a report must always follow, but outcome &apos;{outcome}&apos; does not report.</translation>
    </message>
    <message>
        <source>Afwegingskader {file}: na antwoord &apos;{answer}&apos; op vraag &apos;{question}&apos; is er geen vermoeden en hoort afsluiten zonder melding, maar uitkomst &apos;{outcome}&apos; meldt.</source>
        <translation>Weighing framework {file}: after answer &apos;{answer}&apos; to question &apos;{question}&apos; there is no suspicion and the check should close without a report, but outcome &apos;{outcome}&apos; reports.</translation>
    </message>
    <message>
        <source>Afwegingskader {file}: uitkomst &apos;{outcome}&apos; noemt norm &apos;{norm}&apos;, maar meldbeslissing &apos;{report}&apos; past daar niet bij.</source>
        <translation>Weighing framework {file}: outcome &apos;{outcome}&apos; names norm &apos;{norm}&apos;, but the report decision &apos;{report}&apos; does not match it.</translation>
    </message>
    <message>
        <source>Afwegingskader {file}: uitkomst &apos;{outcome}&apos; meldt niet, maar noemt wel ontvangers in &apos;report_to&apos;.</source>
        <translation>Weighing framework {file}: outcome &apos;{outcome}&apos; does not report, yet names recipients in &apos;report_to&apos;.</translation>
    </message>
    <message>
        <source>Afwegingskader {file}: uitkomst &apos;{outcome}&apos; meldt, maar zegt niet aan wie (veld &apos;report_to&apos;).</source>
        <translation>Weighing framework {file}: outcome &apos;{outcome}&apos; reports, but does not say to whom (field &apos;report_to&apos;).</translation>
    </message>
    <message>
        <source>Afwegingskader {file}: uitkomst &apos;{outcome}&apos; laat de vragen 3-5 met Veilig Thuis doorlopen, maar meldt niet aan Veilig Thuis.</source>
        <translation>Weighing framework {file}: outcome &apos;{outcome}&apos; has questions 3-5 worked through with Veilig Thuis, but does not report to Veilig Thuis.</translation>
    </message>
    <message>
        <source>Afwegingskader {file}: kader &apos;{kader}&apos; versie {version} staat al in {other}; dit bestand is niet geladen.</source>
        <translation>Weighing framework {file}: framework &apos;{kader}&apos; version {version} is already in {other}; this file has not been loaded.</translation>
    </message>
    <message>
        <source>Afwegingskader &apos;{kader}&apos; is niet beschikbaar.</source>
        <translation>Weighing framework &apos;{kader}&apos; is not available.</translation>
    </message>
    <message>
        <source>Afwegingskader &apos;{kader}&apos; versie {version} is niet (meer) beschikbaar; een weging wordt alleen met haar eigen versie geopend.</source>
        <translation>Weighing framework &apos;{kader}&apos; version {version} is not (or no longer) available; an assessment is only opened with its own version.</translation>
    </message>
    <message>
        <source>Weging (stap 4 en 5)</source>
        <translation>Weighing (steps 4 and 5)</translation>
    </message>
    <message>
        <source>Vervolg na melding of hulp</source>
        <translation>Follow-up after a report or help</translation>
    </message>
    <message>
        <source>Keuze van de route</source>
        <translation>Choice of route</translation>
    </message>
    <message>
        <source>Vermoeden</source>
        <translation>Suspicion</translation>
    </message>
    <message>
        <source>Acute of structurele onveiligheid</source>
        <translation>Acute or structural unsafety</translation>
    </message>
    <message>
        <source>Hulp bieden of organiseren</source>
        <translation>Giving or organising help</translation>
    </message>
    <message>
        <source>Hulp aanvaard</source>
        <translation>Help accepted</translation>
    </message>
    <message>
        <source>Blijvende veiligheid</source>
        <translation>Lasting safety</translation>
    </message>
    <message>
        <source>Nieuwe signalen</source>
        <translation>New signals</translation>
    </message>
    <message>
        <source>Aanwijzing van geweld of een zedendelict door een medewerker</source>
        <translation>Indication of violence or a sexual offence by a staff member</translation>
    </message>
    <message>
        <source>Redelijk vermoeden</source>
        <translation>Reasonable suspicion</translation>
    </message>
    <message>
        <source>Overige vraag</source>
        <translation>Other question</translation>
    </message>
    <message>
        <source>telt als ja</source>
        <translation>counts as yes</translation>
    </message>
    <message>
        <source>telt als nee</source>
        <translation>counts as no</translation>
    </message>
    <message>
        <source>Nee</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Ja, en de vragen 3-5 samen met Veilig Thuis doorlopen</source>
        <translation>Yes, and work through questions 3-5 together with Veilig Thuis</translation>
    </message>
    <message>
        <source>Veilig Thuis</source>
        <translation>Veilig Thuis</translation>
    </message>
    <message>
        <source>de houder</source>
        <translation>the childcare operator (houder)</translation>
    </message>
    <message>
        <source>het bevoegd gezag (schoolbestuur)</source>
        <translation>the competent authority (school board)</translation>
    </message>
    <message>
        <source>de vertrouwensinspecteur (overleg)</source>
        <translation>the confidential inspector (consultation)</translation>
    </message>
    <message>
        <source>de politie (aangifte)</source>
        <translation>the police (criminal complaint)</translation>
    </message>
    <message>
        <source>Acute of structurele onveiligheid: altijd melden, ook als u zelf hulp kunt bieden</source>
        <translation>Acute or structural unsafety: always report, even if you can give help yourself</translation>
    </message>
    <message>
        <source>Passende hulp bieden of organiseren is niet mogelijk</source>
        <translation>Giving or organising adequate help is not possible</translation>
    </message>
    <message>
        <source>De betrokkenen aanvaarden de hulp niet of zetten zich er niet voor in</source>
        <translation>Those involved do not accept the help or do not commit to it</translation>
    </message>
    <message>
        <source>De hulp leidt niet tot blijvende veiligheid</source>
        <translation>The help does not lead to lasting safety</translation>
    </message>
    <message>
        <source>Nieuwe signalen van onveiligheid na een melding of tijdens de hulp</source>
        <translation>New signals of unsafety after a report or during help</translation>
    </message>
    <message>
        <source>Aanwijzing van geweld of een zedendelict door een medewerker: meldplicht en overlegplicht</source>
        <translation>Indication of violence or a sexual offence by a staff member: duty to report and duty to consult</translation>
    </message>
    <message>
        <source>Redelijk vermoeden van geweld of een zedendelict door een medewerker: aangifteplicht</source>
        <translation>Reasonable suspicion of violence or a sexual offence by a staff member: duty to file a criminal complaint</translation>
    </message>
    <message>
        <source>Geen vermoeden van huiselijk geweld of kindermishandeling</source>
        <translation>No suspicion of domestic violence or child abuse</translation>
    </message>
    <message>
        <source>De hulp leidt tot blijvende veiligheid</source>
        <translation>The help leads to lasting safety</translation>
    </message>
    <message>
        <source>Is er direct gevaar? Bel dan eerst 112.</source>
        <translation>Is there immediate danger? Then call 112 first.</translation>
    </message>
    <message>
        <source>Bel Veilig Thuis: 0800-2000 (gratis, dag en nacht). Veilig Thuis wil eerst een telefoongesprek; een schriftelijke melding volgt via een beveiligd kanaal.</source>
        <translation>Call Veilig Thuis: 0800-2000 (free, day and night). Veilig Thuis wants a phone call first; a written report follows through a secure channel.</translation>
    </message>
    <message>
        <source>Vraag Veilig Thuis om advies (0800-2000). Dat kan zonder de naam van de cliënt te noemen. Leg vast wie u sprak, wanneer, en wat werd geadviseerd.</source>
        <translation>Ask Veilig Thuis for advice (0800-2000). You can do so without naming the client. Record whom you spoke to, when, and what was advised.</translation>
    </message>
    <message>
        <source>Vertel de cliënt (bij een jong kind: de ouders) vooraf dat u meldt. U vraagt geen toestemming. Laat dit alleen achterwege als het iemand in gevaar brengt of het contact verbreekt, en leg die reden vast.</source>
        <translation>Tell the client (for a young child: the parents) beforehand that you are reporting. You do not ask for permission. Only leave this out if it would endanger someone or end the contact, and record that reason.</translation>
    </message>
    <message>
        <source>Bespreek met Veilig Thuis welke hulp nodig is en wat uw eigen rol daarin is.</source>
        <translation>Discuss with Veilig Thuis what help is needed and what your own role in it is.</translation>
    </message>
    <message>
        <source>Leg vast welke hulp u biedt of organiseert, met wie, en wie het overzicht houdt.</source>
        <translation>Record what help you give or organise, with whom, and who keeps the overview.</translation>
    </message>
    <message>
        <source>Start de hulp en spreek een termijn af waarbinnen de veiligheid zichtbaar moet verbeteren.</source>
        <translation>Start the help and agree on a period within which safety must visibly improve.</translation>
    </message>
    <message>
        <source>Maak afspraken over hoe de veiligheid gevolgd wordt, en door wie.</source>
        <translation>Agree on how safety will be monitored, and by whom.</translation>
    </message>
    <message>
        <source>Plan een vervolgmoment, bijvoorbeeld na 3 en na 12 maanden, om na te gaan of de situatie veilig is geworden.</source>
        <translation>Plan a follow-up, for instance after 3 and after 12 months, to check whether the situation has become safe.</translation>
    </message>
    <message>
        <source>Sluit af en leg de weging en uw redenen vast in het dossier.</source>
        <translation>Close and record the weighing and your reasons in the file.</translation>
    </message>
    <message>
        <source>Leg beide beslissingen en uw redenen vast in het dossier.</source>
        <translation>Record both decisions and your reasons in the file.</translation>
    </message>
    <message>
        <source>Meld de aanwijzing direct aan de houder. Dat is een plicht van iedere medewerker.</source>
        <translation>Report the indication to the childcare operator (houder) at once. Every staff member has that duty.</translation>
    </message>
    <message>
        <source>Meld de aanwijzing direct aan het bevoegd gezag. Dat is een plicht van iedere medewerker.</source>
        <translation>Report the indication to the competent authority (school board) at once. Every staff member has that duty.</translation>
    </message>
    <message>
        <source>De houder of het bevoegd gezag overlegt direct met de vertrouwensinspecteur van de Inspectie van het Onderwijs.</source>
        <translation>The childcare operator or the competent authority consults the confidential inspector of the Inspectorate of Education at once.</translation>
    </message>
    <message>
        <source>De houder of het bevoegd gezag doet direct aangifte bij de politie.</source>
        <translation>The childcare operator or the competent authority files a criminal complaint with the police at once.</translation>
    </message>
    <message>
        <source>Neem maatregelen die de kinderen nu beschermen, zonder het onderzoek te schaden.</source>
        <translation>Take measures that protect the children now, without harming the investigation.</translation>
    </message>
    <message>
        <source>Informeer de ouders van alle betrokken kinderen.</source>
        <translation>Inform the parents of all children involved.</translation>
    </message>
    <message>
        <source>Gaat het vermoeden over de houder of het bevoegd gezag zelf? Meld het dan niet aan hen, maar overleg zelf direct met de vertrouwensinspecteur van de Inspectie van het Onderwijs.</source>
        <translation>Is the suspicion about the operator or the school board itself? Then do not report it to them, but consult the confidential inspector of the Education Inspectorate directly yourself.</translation>
    </message>
    <message>
        <source>Doe zelf aangifte bij de politie, of laat de vertrouwensinspecteur u daarbij helpen; wacht niet op de houder of het bevoegd gezag.</source>
        <translation>Report it to the police yourself, or let the confidential inspector help you; do not wait for the operator or the school board.</translation>
    </message>
    <message>
        <source>De houder beslist of de medewerker tijdelijk niet met kinderen werkt (op non-actief), zolang dat nodig is om de kinderen te beschermen.</source>
        <translation>The operator decides whether the staff member stops working with children for a while (suspension), as long as that is needed to protect the children.</translation>
    </message>
    <message>
        <source>Maak een plan van aanpak: wie doet wat en wanneer, wie de ouders en de medewerkers informeert, en welke nazorg de kinderen, de ouders en het team krijgen.</source>
        <translation>Make a plan of action: who does what and when, who informs the parents and the staff, and what aftercare the children, the parents and the team receive.</translation>
    </message>
    <message>
        <source>Zijn er wel zorgen over de thuissituatie van het kind? Begin dan een nieuwe weging met route 1 (de thuissituatie), en vraag zo nodig Veilig Thuis om advies.</source>
        <translation>Are there worries about the child&apos;s home situation? Then start a new weging with route 1 (the home situation), and ask Veilig Thuis for advice where needed.</translation>
    </message>
    <message>
        <source>Doe de kindcheck: zijn er kinderen (of een afhankelijke volwassene, of een ongeboren kind) die van deze volwassene afhankelijk zijn, en zijn zij veilig?</source>
        <translation>Do the child check: are there children (or a dependent adult, or an unborn child) who depend on this adult, and are they safe?</translation>
    </message>
    <message>
        <source>De beroepsgroep is door de beheerder vastgezet en kan hier niet worden gewijzigd.</source>
        <translation>The profession group has been locked by the administrator and cannot be changed here.</translation>
    </message>
    <message>
        <source>Deze weging is al afgerond. Wilt u anders antwoorden, begin dan een nieuwe weging; deze blijft in het dossier staan.</source>
        <translation>This assessment has already been completed. To answer differently, start a new assessment; this one stays in the file.</translation>
    </message>
    <message>
        <source>De opgeslagen antwoorden van deze weging blijven zoals ze zijn. Wilt u een eerder antwoord anders geven, begin dan een nieuwe weging.</source>
        <translation>The stored answers of this assessment stay as they are. To give an earlier answer differently, start a new assessment.</translation>
    </message>
    <message>
        <source>Deze weging is gemaakt met afwegingskader &apos;{kader}&apos; versie {version}, dat niet meer in dit programma zit. U ziet de vragen, antwoorden en redenen zoals ze toen zijn vastgelegd.</source>
        <translation>This assessment was made with weighing framework &apos;{kader}&apos; version {version}, which is no longer included in this program. You see the questions, answers and reasons as they were recorded at the time.</translation>
    </message>
    <message>
        <source>Let op: de vastgelegde antwoorden passen niet meer bij afwegingskader &apos;{kader}&apos; versie {version} zoals het nu in dit programma zit; het kaderbestand is na deze weging veranderd. U ziet de vragen, antwoorden, redenen en uitkomst zoals ze toen zijn vastgelegd. Meld dit aan de beheerder.</source>
        <translation>Note: the recorded answers no longer fit weighing framework &apos;{kader}&apos; version {version} as this program now holds it; the framework file changed after this weging. You see the questions, answers, reasons and outcome as they were recorded then. Tell the administrator.</translation>
    </message>
    <message>
        <source>Let op: opnieuw doorlopen onder afwegingskader &apos;{kader}&apos; versie {version} leiden dezelfde antwoorden nu tot een andere uitkomst dan vastgelegd; het kaderbestand is na deze weging veranderd. Hieronder staat de vastgelegde uitkomst; beide staan hier genoemd. Meld dit aan de beheerder.</source>
        <translation>Note: replayed under weighing framework &apos;{kader}&apos; version {version}, the same answers now lead to another outcome than was recorded; the framework file changed after this weging. Below is the recorded outcome; both are named here. Tell the administrator.</translation>
    </message>
    <message>
        <source>Veilig Thuis is al om advies gevraagd: op {day} (stap 2, consultatie).</source>
        <translation>Veilig Thuis has already been asked for advice: on {day} (step 2, consultation).</translation>
    </message>
    <message>
        <source>Let op: de leeftijd alleen is geen reden om niet met het kind te praten. Ook met een jong kind kunt u op zijn niveau in gesprek gaan (spelend, met tekeningen) of het kind observeren. Leg vast waarom een gesprek echt niet kon.</source>
        <translation>Note: age alone is no reason not to talk with the child. Even with a young child you can talk at the child&apos;s level (playing, with drawings) or observe the child. Record why a conversation was really impossible.</translation>
    </message>
</context>
<context>
    <name>beleid</name>
    <message>
        <source>Het beleid van uw beheerder is onleesbaar; neem contact op met uw beheerder. Het programma werkt tot dan met de strengste instellingen.</source>
        <translation>Your administrator&apos;s policy cannot be read; please contact your administrator. Until then the program runs with the strictest settings.</translation>
    </message>
</context>
<context>
    <name>entries</name>
    <message>
        <source>nog niet ingevuld</source>
        <translation>not filled in yet</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>{count} (leeftijden: {ages})</source>
        <translation>{count} (ages: {ages})</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kinderen</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>Zwangerschap</source>
        <translation>Pregnancy</translation>
    </message>
    <message>
        <source>Afhankelijke volwassenen</source>
        <translation>Dependent adults</translation>
    </message>
    <message>
        <source>Veiligheid</source>
        <translation>Safety</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>bij naam genoemd</source>
        <translation>named</translation>
    </message>
    <message>
        <source>anoniem besproken</source>
        <translation>discussed anonymously</translation>
    </message>
    <message>
        <source>Met wie</source>
        <translation>With whom</translation>
    </message>
    <message>
        <source>De cliënt</source>
        <translation>The client</translation>
    </message>
    <message>
        <source>Advies</source>
        <translation>Advice</translation>
    </message>
    <message>
        <source>Afgesproken volgende stap</source>
        <translation>Agreed next step</translation>
    </message>
    <message>
        <source>reden: {reason}</source>
        <translation>reason: {reason}</translation>
    </message>
    <message>
        <source>Cliënt</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Aanwezig</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Wat is besproken</source>
        <translation>What was discussed</translation>
    </message>
    <message>
        <source>Reactie</source>
        <translation>Reaction</translation>
    </message>
    <message>
        <source>Overgeslagen</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Melden bij Veilig Thuis</source>
        <translation>Report to Veilig Thuis</translation>
    </message>
    <message>
        <source>Redenen (melden)</source>
        <translation>Reasons (report)</translation>
    </message>
    <message>
        <source>Hulp bieden of organiseren</source>
        <translation>Give or organise help</translation>
    </message>
    <message>
        <source>Redenen (hulp)</source>
        <translation>Reasons (help)</translation>
    </message>
    <message>
        <source>{what} — door {who}</source>
        <translation>{what} — by {who}</translation>
    </message>
    <message>
        <source>tot {day}</source>
        <translation>until {day}</translation>
    </message>
    <message>
        <source>Afgesproken hulp</source>
        <translation>Help agreed</translation>
    </message>
    <message>
        <source>Cliënt vooraf ingelicht</source>
        <translation>Client told beforehand</translation>
    </message>
    <message>
        <source>Geen advies van Veilig Thuis, omdat</source>
        <translation>No advice from Veilig Thuis, because</translation>
    </message>
    <message>
        <source>Gepland op</source>
        <translation>Planned for</translation>
    </message>
    <message>
        <source>Uitgevoerd op</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Bevindingen</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>{group} (gekozen in plaats van het kader van {own})</source>
        <translation>{group} (chosen instead of the framework of {own})</translation>
    </message>
    <message>
        <source>Afwegingskader</source>
        <translation>Weighing framework</translation>
    </message>
    <message>
        <source>nog open, bij {question}</source>
        <translation>still open, at {question}</translation>
    </message>
    <message>
        <source>{decision} (aan {recipients})</source>
        <translation>{decision} (to {recipients})</translation>
    </message>
    <message>
        <source>Melden</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Norm</source>
        <translation>Norm</translation>
    </message>
    <message>
        <source>ontvangen op {day}</source>
        <translation>received on {day}</translation>
    </message>
    <message>
        <source>Terugkoppeling</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Wat Veilig Thuis terugkoppelde</source>
        <translation>What Veilig Thuis fed back</translation>
    </message>
    <message>
        <source>nog niet ontvangen</source>
        <translation>not received yet</translation>
    </message>
    <message>
        <source>{title}, versie {version}</source>
        <translation>{title}, version {version}</translation>
    </message>
    <message>
        <source>Beroepsgroep van het kader</source>
        <translation>Profession group of the framework</translation>
    </message>
    <message>
        <source>Beantwoorde vragen</source>
        <translation>Questions answered</translation>
    </message>
    <message>
        <source>Gemeld op</source>
        <translation>Reported on</translation>
    </message>
    <message>
        <source>Veilig Thuis</source>
        <translation>Veilig Thuis</translation>
    </message>
    <message>
        <source>Kanaal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Eerst gebeld met Veilig Thuis</source>
        <translation>Phoned Veilig Thuis first</translation>
    </message>
    <message>
        <source>Dossiernummer Veilig Thuis</source>
        <translation>Veilig Thuis file number</translation>
    </message>
</context>
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
        <source>De inlognaam of de wachtzin klopt niet. Probeer het opnieuw.</source>
        <translation>The login or the passphrase is wrong. Try again.</translation>
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
        <source>Technisch: het apparaatgeheim van deze kluis ontbreekt in de sleutelbos van het systeem (Windows Referentiebeheer, macOS Sleutelhanger of Secret Service), of die sleutelbos antwoordt niet.</source>
        <translation>Technical: this vault&apos;s device secret is missing from the system keyring (Windows Credential Manager, macOS Keychain or Secret Service), or that keyring does not answer.</translation>
    </message>
    <message>
        <source>Uw wachtzin opent deze kluis niet op deze computer. Dat gebeurt als de kluis van een andere computer komt, of als de beveiligde opslag van deze computer niet werkt. U kunt de kluis openen met de herstelcode en daarna een nieuwe wachtzin kiezen. Heeft u de herstelcode niet, vraag dan uw beheerder om hulp.</source>
        <translation>Your passphrase does not open this vault on this computer. That happens when the vault comes from another computer, or when this computer&apos;s secure storage does not work. You can open the vault with the recovery code and then choose a new passphrase. If you do not have the recovery code, ask your administrator for help.</translation>
    </message>
    <message>
        <source>Technisch: de controle van de versleutelde pagina&apos;s (HMAC per pagina van SQLCipher) faalt in meldcode.db.</source>
        <translation>Technical: the check of the encrypted pages (SQLCipher&apos;s per-page HMAC) fails in meldcode.db.</translation>
    </message>
    <message>
        <source>Het kluisbestand is beschadigd. Er is niets gewijzigd. Zet een reservekopie terug; vraag uw beheerder als u er geen heeft.</source>
        <translation>The vault file is damaged. Nothing was changed. Restore a backup; ask your administrator if you have none.</translation>
    </message>
    <message>
        <source>Technisch: meldcode.keys (de sleutelvakken naast de kluis) is onleesbaar, ontbreekt of hoort bij een andere kluis.</source>
        <translation>Technical: meldcode.keys (the key slots beside the vault) is unreadable, missing or belongs to another vault.</translation>
    </message>
    <message>
        <source>Het sleutelbestand van de kluis is beschadigd of weg, dus de kluis gaat niet open. Er is niets gewijzigd. Zet een reservekopie terug met de herstelcode; vraag uw beheerder als u geen reservekopie heeft.</source>
        <translation>The vault&apos;s key file is damaged or gone, so the vault does not open. Nothing was changed. Restore a backup with the recovery code; ask your administrator if you have no backup.</translation>
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
        <source>Het logboek van de kluis is beschadigd: de laatste schakel van de keten is onleesbaar. Er is niets gewijzigd. Zet een reservekopie terug en meld dit aan uw beheerder.</source>
        <translation>The vault&apos;s log is damaged: the last link of the chain cannot be read. Nothing was changed. Restore a backup and report this to your administrator.</translation>
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
        <source>Het bestand {path} is er niet. Kijk of de naam klopt en of de schijf of USB-stick met de reservekopie is aangesloten.</source>
        <translation>The file {path} is not there. Check that the name is right and that the disk or USB stick with the backup is connected.</translation>
    </message>
    <message>
        <source>Dit onderdeel is ingetrokken en kan niet meer worden gewijzigd.</source>
        <translation>This item has been withdrawn and can no longer be changed.</translation>
    </message>
    <message>
        <source>Deze controle heeft al een uitkomst. Klopt die niet, corrigeer haar dan.</source>
        <translation>This check already has an outcome. If it is wrong, correct it.</translation>
    </message>
    <message>
        <source>Een weging wordt niet gecorrigeerd. Doorloop het afwegingskader opnieuw; de eerdere weging blijft in het dossier staan.</source>
        <translation>An assessment is never corrected. Work through the weighing framework again; the earlier assessment stays in the file.</translation>
    </message>
    <message>
        <source>Bij deze beslissing is een melding geregistreerd. Trek eerst de melding in als die niet klopt.</source>
        <translation>A report has been registered for this decision. Withdraw the report first if it is not correct.</translation>
    </message>
    <message>
        <source>Dit onderdeel bestaat niet (meer) in de kluis.</source>
        <translation>This item does not exist in the vault (any more).</translation>
    </message>
    <message>
        <source>Als praktijkmanager heeft u geen toegang tot de inhoud van casussen (namen, signalen, stappen, wegingen, documenten). U ziet wel aantallen, de registraties, het logboek en de gebruikers. Deze poging is in het logboek vastgelegd.</source>
        <translation>As practice manager you have no access to the contents of cases (names, signals, steps, weighings, documents). You do see counts, the registrations, the access log and the users. This attempt was recorded in the access log.</translation>
    </message>
    <message>
        <source>Deze casus is niet met u gedeeld. Vraag wie de casus opende om hem met u te delen. Deze poging is in het logboek vastgelegd.</source>
        <translation>This case has not been shared with you. Ask whoever opened the case to share it with you. This attempt was recorded in the access log.</translation>
    </message>
    <message>
        <source>Alleen een beheerder kan gebruikers toevoegen, wijzigen of uitschakelen.</source>
        <translation>Only an administrator can add, change or switch off users.</translation>
    </message>
    <message>
        <source>Het logboek van de praktijk lezen alleen de praktijkmanager en een beheerder. De geschiedenis van een casus ziet u bij die casus. Deze poging is in het logboek vastgelegd.</source>
        <translation>Only the practice manager and an administrator read the practice&apos;s log. A case&apos;s history is shown with that case. This attempt has been recorded in the log.</translation>
    </message>
    <message>
        <source>Alleen een beheerder of de praktijkmanager kan de gegevens van de praktijk controleren. Deze poging is in het logboek vastgelegd.</source>
        <translation>Only an administrator or the practice manager can check the practice&apos;s records. This attempt has been recorded in the log.</translation>
    </message>
    <message>
        <source>Met de herstelcode kunt u alleen een nieuwe wachtzin kiezen of een reservekopie terugzetten. Kies eerst een nieuwe wachtzin.</source>
        <translation>With the recovery code you can only choose a new passphrase or restore a backup. Choose a new passphrase first.</translation>
    </message>
    <message>
        <source>U werkt nog met een eerste wachtzin die een beheerder gaf. Kies eerst uw eigen wachtzin.</source>
        <translation>You are still working with a first passphrase an administrator gave. Choose your own passphrase first.</translation>
    </message>
    <message>
        <source>Deze gebruiker is uitgeschakeld. Een beheerder kan hem weer inschakelen.</source>
        <translation>This user is switched off. An administrator can switch them on again.</translation>
    </message>
    <message>
        <source>Er moet altijd een actieve beheerder blijven; maak eerst iemand anders beheerder.</source>
        <translation>There must always be an active administrator; make someone else administrator first.</translation>
    </message>
    <message>
        <source>De kluis is al geopend door {holder} op computer {computer}, sinds {since}. Eén programma tegelijk kan de kluis gebruiken. Vraag {holder} de kluis te vergrendelen en probeer het dan opnieuw.</source>
        <translation>The vault is already open by {holder} on computer {computer}, since {since}. One program at a time can use the vault. Ask {holder} to lock the vault and then try again.</translation>
    </message>
    <message>
        <source>De kluis is al geopend in een ander programma. Eén programma tegelijk kan de kluis gebruiken. Vergrendel de kluis daar en probeer het dan opnieuw.</source>
        <translation>The vault is already open in another program. One program at a time can use the vault. Lock the vault there and then try again.</translation>
    </message>
    <message>
        <source>Een versleuteld gegeven op de praktijkserver hoort niet op deze plaats of is gewijzigd. Er is niets getoond of opgeslagen. Meld dit aan uw beheerder.</source>
        <translation>An encrypted item on the practice server does not belong in this place or has been altered. Nothing was shown or saved. Report this to your administrator.</translation>
    </message>
    <message>
        <source>De praktijkserver is bijgewerkt door een nieuwere versie van Meldcode Werkplek (schema {found}; deze versie kent tot {supported}). Werk het programma bij.</source>
        <translation>The practice server was updated by a newer version of Meldcode Werkplek (schema {found}; this version knows up to {supported}). Update the program.</translation>
    </message>
    <message>
        <source>De praktijkserver is nog niet bijgewerkt voor deze versie van Meldcode Werkplek (schema {found}; deze versie werkt met {supported}). Vraag uw beheerder &apos;meldcode-werkplek server migrate&apos; uit te voeren. Er is niets veranderd.</source>
        <translation>The practice server has not yet been updated for this version of Meldcode Werkplek (schema {found}; this version works with {supported}). Ask your administrator to run &apos;meldcode-werkplek server migrate&apos;. Nothing was changed.</translation>
    </message>
    <message>
        <source>De praktijkserver is niet bereikbaar: het netwerk is weg of de server wordt herstart. Er is niets half opgeslagen. Probeer het zo opnieuw, of vraag uw beheerder of de server aan staat.</source>
        <translation>The practice server cannot be reached: the network is gone or the server is restarting. Nothing was half saved. Try again shortly, or ask your administrator whether the server is running.</translation>
    </message>
    <message>
        <source>De praktijkserver kon dit niet opslaan of lezen. Er is niets half opgeslagen. Probeer het opnieuw; blijft het misgaan, vraag dan uw beheerder naar de server.</source>
        <translation>The practice server could not save or read this. Nothing was half saved. Try again; if it keeps failing, ask your administrator about the server.</translation>
    </message>
    <message>
        <source>Een collega heeft dit intussen op een andere computer gewijzigd. Er is niets overschreven: bekijk eerst de nieuwe versie en sla uw wijziging daarna opnieuw op.</source>
        <translation>A colleague has changed this on another computer in the meantime. Nothing was overwritten: look at the new version first, then save your change again.</translation>
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
        <source>Het document kan niet worden gemaakt: {where} staat een teken dat geen lettertype van het programma kan afdrukken ({code}). Er is niets opgeslagen. Pas de tekst aan en probeer het opnieuw.</source>
        <translation>The document cannot be made: {where} there is a character that none of the program&apos;s fonts can print ({code}). Nothing has been saved. Change the text and try again.</translation>
    </message>
    <message>
        <source>Het document kon niet worden opgemaakt. Er is niets opgeslagen; probeer het opnieuw of meld deze fout.</source>
        <translation>The document could not be laid out. Nothing has been saved; try again or report this error.</translation>
    </message>
    <message>
        <source>Deze kindcheck noemt geen kinderen.</source>
        <translation>This child check names no children.</translation>
    </message>
    <message>
        <source>Na deze kindcheck is al een casus voor de kinderen geopend.</source>
        <translation>A case for the children has already been opened after this child check.</translation>
    </message>
    <message>
        <source>Het jaaroverzicht is niet onversleuteld opgeslagen: er staat tekst in die in de kluis ook als naam, titel, BSN of signaal voorkomt. Sla het versleuteld op.</source>
        <translation>The annual overview was not saved unencrypted: it holds text that also appears in the vault as a name, title, BSN or signal. Save it encrypted.</translation>
    </message>
    <message>
        <source>Het adres bevat een wachtwoord. Zet het wachtwoord niet in het adres, want dan blijft het in de geschiedenis van de opdrachtregel staan: laat het weg, dan vraagt het programma erom, of zet het in de omgevingsvariabele PGPASSWORD.</source>
        <translation>The address contains a password. Do not put the password in the address, or it stays in the command line&apos;s history: leave it out and the program asks for it, or put it in the environment variable PGPASSWORD.</translation>
    </message>
    <message>
        <source>De server vraagt een wachtwoord voor databasegebruiker {user}. Start de opdracht in een terminal, dan wordt erom gevraagd, of zet het wachtwoord in de omgevingsvariabele PGPASSWORD.</source>
        <translation>The server asks for a password for database user {user}. Run the command in a terminal and you are asked for it, or put the password in the environment variable PGPASSWORD.</translation>
    </message>
    <message>
        <source>De server {host} weigert de aanmelding van databasegebruiker {user}: het wachtwoord klopt niet, de gebruiker bestaat niet, of hij mag zich vanaf deze computer niet aanmelden (pg_hba.conf). Controleer gebruiker en wachtwoord, of vraag degene die de PostgreSQL-server beheert.</source>
        <translation>The server {host} refuses the login of database user {user}: the password is wrong, the user does not exist, or it may not log in from this computer (pg_hba.conf). Check the user and the password, or ask whoever runs the PostgreSQL server.</translation>
    </message>
    <message>
        <source>De database {database} bestaat niet op de server {host}. Controleer de naam achter de laatste / in het adres, of laat degene die de PostgreSQL-server beheert haar aanmaken (zie de handleiding voor beheerders, &apos;Praktijkserver&apos;).</source>
        <translation>The database {database} does not exist on the server {host}. Check the name after the last / in the address, or have whoever runs the PostgreSQL server create it (see the administrators&apos; guide, &apos;Praktijkserver&apos;).</translation>
    </message>
    <message>
        <source>De server {host} (poort {port}) antwoordt niet. Controleer het adres en de poort, of de server aan staat en of een firewall de poort doorlaat. Lukt het niet, vraag dan degene die de server beheert.</source>
        <translation>The server {host} (port {port}) does not answer. Check the address and the port, whether the server is running and whether a firewall lets the port through. If that does not help, ask whoever runs the server.</translation>
    </message>
    <message>
        <source>De versleutelde verbinding met {host} is niet gelukt: de server biedt geen TLS aan, of zijn certificaat is niet te controleren (niet uitgegeven door een uitgever die deze computer vertrouwt, of uitgegeven voor een andere naam). Zonder gecontroleerd certificaat maakt het programma geen verbinding. Vraag degene die de server beheert het certificaat na te kijken (handleiding voor beheerders, &apos;Certificaten&apos;).</source>
        <translation>The encrypted connection to {host} failed: the server offers no TLS, or its certificate cannot be checked (not issued by an authority this computer trusts, or issued for another name). Without a checked certificate the program does not connect. Ask whoever runs the server to look at the certificate (administrators&apos; guide, &apos;Certificaten&apos;).</translation>
    </message>
    <message>
        <source>Databasegebruiker {user} mag dit niet doen op deze server. Voer &apos;server init&apos; en &apos;server migrate&apos; uit als de eigenaar van de database (niet als de programmarol), of vraag degene die de PostgreSQL-server beheert.</source>
        <translation>Database user {user} may not do this on this server. Run &apos;server init&apos; and &apos;server migrate&apos; as the owner of the database (not as the program role), or ask whoever runs the PostgreSQL server.</translation>
    </message>
    <message>
        <source>Op deze server staat al een praktijk (aangemaakt op {created}). &apos;server init&apos; maakt alleen een nieuwe praktijk en verandert een bestaande nooit. Na een update gebruikt u &apos;server migrate&apos;; collega&apos;s voegt u toe in het programma.</source>
        <translation>This server already holds a practice (created on {created}). &apos;server init&apos; only makes a new practice and never changes an existing one. After an update use &apos;server migrate&apos;; colleagues are added in the program.</translation>
    </message>
    <message>
        <source>Op deze server staat nog geen praktijk. Begin met &apos;meldcode-werkplek server init&apos;.</source>
        <translation>This server holds no practice yet. Start with &apos;meldcode-werkplek server init&apos;.</translation>
    </message>
    <message>
        <source>De programmarol {role} bestaat niet op deze server. Laat haar eerst aanmaken (handleiding voor beheerders, &apos;Rollen&apos;), of geef de juiste naam met --programmarol.</source>
        <translation>The program role {role} does not exist on this server. Have it created first (administrators&apos; guide, &apos;Rollen&apos;), or give the right name with --programmarol.</translation>
    </message>
    <message>
        <source>De programmarol {role} is de eigenaar van de database of een superuser. De computers van de praktijk moeten een eigen rol gebruiken die alleen de nodige rechten krijgt: maak een aparte rol (handleiding voor beheerders, &apos;Rollen&apos;) en geef die met --programmarol.</source>
        <translation>The program role {role} is the owner of the database or a superuser. The practice&apos;s computers must use a role of their own that gets only the rights it needs: create a separate role (administrators&apos; guide, &apos;Rollen&apos;) and give it with --programmarol.</translation>
    </message>
    <message>
        <source>De server {host} gaf een fout ({code}). Er is niets half opgeslagen. Probeer het opnieuw; blijft het, geef deze code dan door aan degene die de PostgreSQL-server beheert.</source>
        <translation>The server {host} reported an error ({code}). Nothing was half saved. Try again; if it persists, pass this code on to whoever runs the PostgreSQL server.</translation>
    </message>
    <message>
        <source>In deze map staat geen kluis (geen meldcode.db en meldcode.keys). Geef de map van de kluis, bijvoorbeeld de map &apos;kluis&apos; in de gegevensmap van Meldcode Werkplek.</source>
        <translation>This folder holds no vault (no meldcode.db and meldcode.keys). Give the vault&apos;s folder, for example the folder &apos;kluis&apos; in Meldcode Werkplek&apos;s data folder.</translation>
    </message>
    <message>
        <source>De kluis is beschadigd: versleutelde pagina&apos;s kloppen niet. Een beschadigde kluis wordt niet overgezet. Zet eerst een reservekopie terug (meldcode-werkplek restore) en probeer het dan opnieuw. Er is niets naar de server geschreven.</source>
        <translation>The vault is damaged: encrypted pages do not check out. A damaged vault is not moved. First restore a backup (meldcode-werkplek restore) and then try again. Nothing was written to the server.</translation>
    </message>
    <message>
        <source>De kluis is beschadigd: de keten van het logboek is verbroken. Een beschadigde kluis wordt niet overgezet. Zet eerst een reservekopie terug (meldcode-werkplek restore) en probeer het dan opnieuw. Er is niets naar de server geschreven.</source>
        <translation>The vault is damaged: the chain of the audit log is broken. A damaged vault is not moved. First restore a backup (meldcode-werkplek restore) and then try again. Nothing was written to the server.</translation>
    </message>
    <message>
        <source>De kluis is beschadigd: een signaal of stap is anders dan het logboek vastlegde. Een beschadigde kluis wordt niet overgezet. Zet eerst een reservekopie terug (meldcode-werkplek restore) en probeer het dan opnieuw. Er is niets naar de server geschreven.</source>
        <translation>The vault is damaged: a signal or step differs from what the audit log recorded. A damaged vault is not moved. First restore a backup (meldcode-werkplek restore) and then try again. Nothing was written to the server.</translation>
    </message>
    <message>
        <source>De kluis is beschadigd: het logboek is korter of ouder dan het sleutelbestand weet. Een beschadigde kluis wordt niet overgezet. Zet eerst een reservekopie terug (meldcode-werkplek restore) en probeer het dan opnieuw. Er is niets naar de server geschreven.</source>
        <translation>The vault is damaged: the audit log is shorter or older than the key file knows. A damaged vault is not moved. First restore a backup (meldcode-werkplek restore) and then try again. Nothing was written to the server.</translation>
    </message>
    <message>
        <source>De kluis is beschadigd: iets verwijst naar een rij die niet in de kluis staat. Een beschadigde kluis wordt niet overgezet. Er is niets naar de server geschreven.</source>
        <translation>The vault is damaged: something refers to a row that is not in the vault. A damaged vault is not moved. Nothing was written to the server.</translation>
    </message>
    <message>
        <source>Deze kluis is al naar deze praktijkserver overgezet (op {at}). Een kluis wordt maar één keer overgezet; er is niets dubbel geschreven.</source>
        <translation>This vault was already moved to this practice server (on {at}). A vault is moved only once; nothing was written twice.</translation>
    </message>
    <message>
        <source>Dit is de oefenkluis, met verzonnen casussen om mee te oefenen. Die wordt niet naar de praktijkserver overgezet. Geef de map van de echte kluis.</source>
        <translation>This is the practice vault, with made-up cases to practise with. It is not moved to the practice server. Give the folder of the real vault.</translation>
    </message>
    <message>
        <source>Alleen een beheerder van de praktijkserver kan een kluis overzetten. Meld u aan met de inlognaam van een beheerder.</source>
        <translation>Only an administrator of the practice server can move a vault. Sign in with an administrator&apos;s login name.</translation>
    </message>
    <message>
        <source>De inlognaam of de wachtzin voor de praktijkserver klopt niet. Er is niets overgezet.</source>
        <translation>The login name or the passphrase for the practice server is not right. Nothing was moved.</translation>
    </message>
    <message>
        <source>Zeg met --kluisgebruiker wie u bent in de kluis: {users}. Of open de kluis met haar herstelcode (--herstelcode).</source>
        <translation>Say with --kluisgebruiker who you are in the vault: {users}. Or open the vault with its recovery code (--herstelcode).</translation>
    </message>
    <message>
        <source>De wachtzin of herstelcode van de kluis klopt niet. Er is niets overgezet.</source>
        <translation>The vault&apos;s passphrase or recovery code is not right. Nothing was moved.</translation>
    </message>
    <message>
        <source>Op de praktijkserver is geen gebruiker met de inlognaam {login} (genoemd bij --koppel). Er is niets overgezet.</source>
        <translation>The practice server has no user with the login name {login} (named with --koppel). Nothing was moved.</translation>
    </message>
    <message>
        <source>In de kluis is geen gebruiker met nummer {user} (genoemd bij --koppel). De gebruikers van de kluis toont &apos;meldcode-werkplek users&apos;. Er is niets overgezet.</source>
        <translation>The vault has no user with number {user} (named with --koppel). &apos;meldcode-werkplek users&apos; shows the vault&apos;s users. Nothing was moved.</translation>
    </message>
    <message>
        <source>Op de praktijkserver hebben meerdere gebruikers dezelfde naam als gebruiker {user} van de kluis. Zeg met --koppel {user}=INLOGNAAM wie het is. Er is niets overgezet.</source>
        <translation>Several users on the practice server have the same name as user {user} of the vault. Say with --koppel {user}=INLOGNAAM who it is. Nothing was moved.</translation>
    </message>
    <message>
        <source>Gebruikers {first} en {second} van de kluis zouden dezelfde gebruiker op de server worden; dan klopt niet meer wie wat vastlegde. Koppel ze aan verschillende inlognamen. Er is niets overgezet.</source>
        <translation>Users {first} and {second} of the vault would become the same user on the server; then who recorded what would no longer be true. Link them to different login names. Nothing was moved.</translation>
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
        <source>Signalen in kaart brengen</source>
        <translation>Mapping the signals</translation>
    </message>
    <message>
        <source>Collegiale consultatie</source>
        <translation>Consulting a colleague</translation>
    </message>
    <message>
        <source>Gesprek met de cliënt</source>
        <translation>Conversation with the client</translation>
    </message>
    <message>
        <source>Wegen met het afwegingskader</source>
        <translation>Weighing with the assessment framework</translation>
    </message>
    <message>
        <source>Beslissen: melden en hulp</source>
        <translation>Deciding: report and help</translation>
    </message>
    <message>
        <source>Gedaan</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Overgeslagen</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Nu aan de beurt</source>
        <translation>Current</translation>
    </message>
    <message>
        <source>Nog open</source>
        <translation>Still open</translation>
    </message>
    <message>
        <source>Nog niet beschikbaar</source>
        <translation>Not yet available</translation>
    </message>
    <message>
        <source>In de stappen</source>
        <translation>In the steps</translation>
    </message>
    <message>
        <source>Vervolg na de beslissing</source>
        <translation>Follow-up after the decision</translation>
    </message>
    <message>
        <source>Kindcheck</source>
        <translation>Child check</translation>
    </message>
    <message>
        <source>Consultatie</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Gesprek</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Stap overgeslagen</source>
        <translation>Step skipped</translation>
    </message>
    <message>
        <source>Beslissing</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Vervolgcontrole</source>
        <translation>Follow-up check</translation>
    </message>
    <message>
        <source>Weging met het afwegingskader</source>
        <translation>Assessment with the weighing framework</translation>
    </message>
    <message>
        <source>Melding aan Veilig Thuis</source>
        <translation>Report to Veilig Thuis</translation>
    </message>
    <message>
        <source>Vastgelegd</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Verzet naar een andere datum</source>
        <translation>Moved to another date</translation>
    </message>
    <message>
        <source>Uitkomst vastgelegd</source>
        <translation>Outcome recorded</translation>
    </message>
    <message>
        <source>Ingetrokken</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Vervallen door een gewijzigde beslissing</source>
        <translation>Lapsed because the decision changed</translation>
    </message>
    <message>
        <source>Opnieuw gepland vanaf de datum van de melding</source>
        <translation>Planned again from the date of the report</translation>
    </message>
    <message>
        <source>Weging verder doorlopen</source>
        <translation>Assessment continued</translation>
    </message>
    <message>
        <source>Dossiernummer van Veilig Thuis toegevoegd</source>
        <translation>Veilig Thuis case number added</translation>
    </message>
    <message>
        <source>Telefonisch (0800-2000)</source>
        <translation>By phone (0800-2000)</translation>
    </message>
    <message>
        <source>Beveiligd meldformulier van de regionale Veilig Thuis</source>
        <translation>Secure report form of the regional Veilig Thuis</translation>
    </message>
    <message>
        <source>Beveiligde e-mail</source>
        <translation>Secure e-mail</translation>
    </message>
    <message>
        <source>Anders</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Collega</source>
        <translation>Colleague</translation>
    </message>
    <message>
        <source>Aandachtsfunctionaris</source>
        <translation>Designated consultee</translation>
    </message>
    <message>
        <source>Veilig Thuis (adviesvraag)</source>
        <translation>Veilig Thuis (request for advice)</translation>
    </message>
    <message>
        <source>Vertrouwensarts van Veilig Thuis (adviesvraag)</source>
        <translation>Veilig Thuis confidential doctor (request for advice)</translation>
    </message>
    <message>
        <source>Andere deskundige</source>
        <translation>Other expert</translation>
    </message>
    <message>
        <source>Gesprek met de cliënt gevoerd</source>
        <translation>Conversation with the client held</translation>
    </message>
    <message>
        <source>Geen gesprek met de cliënt</source>
        <translation>No conversation with the client</translation>
    </message>
    <message>
        <source>Met het kind alleen gesproken</source>
        <translation>Spoke with the child alone</translation>
    </message>
    <message>
        <source>Met het kind gesproken, niet alleen</source>
        <translation>Spoke with the child, not alone</translation>
    </message>
    <message>
        <source>Niet met het kind gesproken</source>
        <translation>Did not speak with the child</translation>
    </message>
    <message>
        <source>Er is geen kind bij betrokken</source>
        <translation>No child is involved</translation>
    </message>
    <message>
        <source>Hun veiligheid is niet in het geding</source>
        <translation>Their safety is not at stake</translation>
    </message>
    <message>
        <source>Hun veiligheid is in het geding</source>
        <translation>Their safety is at stake</translation>
    </message>
    <message>
        <source>Terugkoppeling van Veilig Thuis na de veiligheidsbeoordeling</source>
        <translation>Feedback from Veilig Thuis after its safety assessment</translation>
    </message>
    <message>
        <source>Is de situatie veilig? (na ongeveer 3 maanden)</source>
        <translation>Is the situation safe? (after about 3 months)</translation>
    </message>
    <message>
        <source>Is de situatie veilig? (na ongeveer 12 maanden)</source>
        <translation>Is the situation safe? (after about 12 months)</translation>
    </message>
    <message>
        <source>Andere controle</source>
        <translation>Other check</translation>
    </message>
    <message>
        <source>Veilig</source>
        <translation>Safe</translation>
    </message>
    <message>
        <source>Niet veilig: nieuwe zorgen</source>
        <translation>Not safe: new concerns</translation>
    </message>
    <message>
        <source>Nieuwe zorgen na een melding: meld opnieuw bij Veilig Thuis</source>
        <translation>New concerns after a report: report to Veilig Thuis again</translation>
    </message>
    <message>
        <source>Nieuwe zorgen terwijl er hulp is: overweeg alsnog een melding</source>
        <translation>New concerns while help is given: consider reporting after all</translation>
    </message>
    <message>
        <source>Titel van de casus</source>
        <translation>Case title</translation>
    </message>
    <message>
        <source>Naam van een betrokkene</source>
        <translation>Name of a person involved</translation>
    </message>
    <message>
        <source>Tekst van een signaal</source>
        <translation>Text of a signal</translation>
    </message>
    <message>
        <source>Geen vermoeden (meer)</source>
        <translation>No (longer any) suspicion</translation>
    </message>
    <message>
        <source>Hulp afgerond en de situatie is veilig</source>
        <translation>Help completed and the situation is safe</translation>
    </message>
    <message>
        <source>Overgedragen aan een andere hulpverlener</source>
        <translation>Handed over to another professional</translation>
    </message>
    <message>
        <source>Gemeld en Veilig Thuis heeft het overgenomen</source>
        <translation>Reported, and Veilig Thuis has taken over</translation>
    </message>
    <message>
        <source>Cliënt is uit zorg of verhuisd</source>
        <translation>Client has left care or moved away</translation>
    </message>
    <message>
        <source>Andere reden</source>
        <translation>Other reason</translation>
    </message>
    <message>
        <source>Veilig Thuis</source>
        <translation>Veilig Thuis</translation>
    </message>
    <message>
        <source>Lokaal team of wijkteam</source>
        <translation>Local or neighbourhood team</translation>
    </message>
    <message>
        <source>Vertrouwensarts</source>
        <translation>Confidential doctor</translation>
    </message>
    <message>
        <source>Politie (wijkagent)</source>
        <translation>Police (community officer)</translation>
    </message>
    <message>
        <source>Andere contactpersoon</source>
        <translation>Other contact</translation>
    </message>
    <message>
        <source>Casus voor de kinderen</source>
        <translation>Case for the children</translation>
    </message>
    <message>
        <source>Geopend na de kindcheck in casus</source>
        <translation>Opened after the child check in case</translation>
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
        <source>Casussen gekoppeld</source>
        <translation>Cases linked</translation>
    </message>
    <message>
        <source>Concept bewaard</source>
        <translation>Draft saved</translation>
    </message>
    <message>
        <source>Concept verwijderd</source>
        <translation>Draft discarded</translation>
    </message>
    <message>
        <source>Bestaande inhoud vastgelegd</source>
        <translation>Existing content recorded</translation>
    </message>
    <message>
        <source>Toegang geweigerd</source>
        <translation>Access refused</translation>
    </message>
    <message>
        <source>Gebruiker gewijzigd</source>
        <translation>User changed</translation>
    </message>
    <message>
        <source>Gebruiker uitgeschakeld</source>
        <translation>User switched off</translation>
    </message>
    <message>
        <source>Gebruiker ingeschakeld</source>
        <translation>User switched on</translation>
    </message>
    <message>
        <source>Nieuwe eerste wachtzin gegeven</source>
        <translation>New first passphrase given</translation>
    </message>
    <message>
        <source>Casus gedeeld</source>
        <translation>Case shared</translation>
    </message>
    <message>
        <source>Delen van casus gestopt</source>
        <translation>Case no longer shared</translation>
    </message>
    <message>
        <source>Gezocht</source>
        <translation>Searched</translation>
    </message>
    <message>
        <source>Logboek ingezien</source>
        <translation>Access log viewed</translation>
    </message>
    <message>
        <source>Kluis overgezet naar de server</source>
        <translation>Vault moved to the server</translation>
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
    <message>
        <source>Adviesvraag</source>
        <translation>Request for advice</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Baby (0-1 jaar)</source>
        <translation>Baby (0-1 years)</translation>
    </message>
    <message>
        <source>Peuter (1-4 jaar)</source>
        <translation>Toddler (1-4 years)</translation>
    </message>
    <message>
        <source>Schoolkind (4-12 jaar)</source>
        <translation>School child (4-12 years)</translation>
    </message>
    <message>
        <source>Tiener (12-18 jaar)</source>
        <translation>Teenager (12-18 years)</translation>
    </message>
    <message>
        <source>Volwassene</source>
        <translation>Adult</translation>
    </message>
    <message>
        <source>Oudere</source>
        <translation>Older person</translation>
    </message>
    <message>
        <source>Hulpverlener</source>
        <translation>Professional</translation>
    </message>
    <message>
        <source>Praktijkmanager</source>
        <translation>Practice manager</translation>
    </message>
    <message>
        <source>Beheerder</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Elke casus zichtbaar voor wie hem opende en met wie hij gedeeld is</source>
        <translation>Each case visible to whoever opened it and to those it is shared with</translation>
    </message>
    <message>
        <source>Alle casussen zichtbaar voor elke hulpverlener</source>
        <translation>All cases visible to every professional</translation>
    </message>
</context>
<context>
    <name>organisations</name>
    <message>
        <source>Kies de Veilig Thuis-organisatie…</source>
        <translation>Choose the Veilig Thuis organisation…</translation>
    </message>
</context>
<context>
    <name>over</name>
    <message>
        <source>ontwikkelversie (niet bevroren)</source>
        <translation>development version (not frozen)</translation>
    </message>
    <message>
        <source>Beleid ONLEESBAAR (strengste instellingen)</source>
        <translation>Policy UNREADABLE (strictest settings)</translation>
    </message>
    <message>
        <source>Beleid gelezen uit</source>
        <translation>Policy read from</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Beleid</source>
        <translation>Policy</translation>
    </message>
    <message>
        <source>Versie</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Build</translation>
    </message>
    <message>
        <source>Systeem</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Gegevensmap</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>Logmap</source>
        <translation>Log folder</translation>
    </message>
    <message>
        <source>Instellingenmap</source>
        <translation>Settings folder</translation>
    </message>
    <message>
        <source>Beleid gezocht in</source>
        <translation>Policy looked for in</translation>
    </message>
    <message>
        <source>Vastgezet door de beheerder</source>
        <translation>Locked by the administrator</translation>
    </message>
    <message>
        <source>Sleutelhanger</source>
        <translation>Keyring</translation>
    </message>
    <message>
        <source>Praktijkserver</source>
        <translation>Practice server</translation>
    </message>
    <message>
        <source>Afwegingskaders</source>
        <translation>Kaders (assessment frameworks)</translation>
    </message>
</context>
<context>
    <name>practice</name>
    <message>
        <source>OEFENMODUS</source>
        <translation>PRACTICE MODE</translation>
    </message>
    <message>
        <source>OEFENMODUS — fictieve casussen, voer geen echte gegevens in</source>
        <translation>PRACTICE MODE — fictional cases, do not enter real data</translation>
    </message>
    <message>
        <source>Oefenen stoppen</source>
        <translation>Stop practising</translation>
    </message>
</context>
<context>
    <name>prefill</name>
    <message>
        <source>Volgens de weging meldt u bij Veilig Thuis ({norm}).</source>
        <translation>According to the assessment you report to Veilig Thuis ({norm}).</translation>
    </message>
    <message>
        <source>Volgens de weging meldt u bij Veilig Thuis ({norm}). U besluit niet te melden: schrijf in uw redenen op waarom u van de uitkomst afwijkt.</source>
        <translation>According to the assessment you report to Veilig Thuis ({norm}). You decide not to report: write down in your reasons why you depart from the outcome.</translation>
    </message>
    <message>
        <source>Uw beroepscode verwacht dat u Veilig Thuis om advies vraagt voordat u besluit, en in stap 2 staat geen adviesvraag aan Veilig Thuis. Vraag alsnog advies (0800-2000, zo nodig zonder namen), of schrijf op waarom u dat niet deed.</source>
        <translation>Your professional code expects you to ask Veilig Thuis for advice before you decide, and step 2 holds no request for advice to Veilig Thuis. Ask for advice now (0800-2000, without names if needed), or write down why you did not.</translation>
    </message>
    <message>
        <source>De weging met {kader} (versie {version}) is nog niet afgerond: vraag {number} ({question}) beantwoordt u aan het eind van de afgesproken termijn voor de hulp.</source>
        <translation>The assessment with {kader} (version {version}) has not been completed yet: you answer question {number} ({question}) at the end of the agreed term for the help.</translation>
    </message>
    <message>
        <source>De weging met {kader} (versie {version}) is nog niet afgerond; zij staat bij vraag {number} ({question}).</source>
        <translation>The assessment with {kader} (version {version}) has not been completed yet; it stands at question {number} ({question}).</translation>
    </message>
    <message>
        <source>Uitkomst van de weging met {kader} (versie {version}): {outcome}</source>
        <translation>Outcome of the assessment with {kader} (version {version}): {outcome}</translation>
    </message>
    <message>
        <source>Norm: {norm}</source>
        <translation>Norm: {norm}</translation>
    </message>
    <message>
        <source>Volgens de weging meldt u aan: {recipients}. Beslis zelf of u ook bij Veilig Thuis meldt.</source>
        <translation>According to the assessment you report to: {recipients}. Decide yourself whether you also report to Veilig Thuis.</translation>
    </message>
    <message>
        <source>Hulp bieden of organiseren volgens de weging: {help}</source>
        <translation>Give or organise help according to the assessment: {help}</translation>
    </message>
    <message>
        <source>- Vraag {number}: {question} Antwoord: {answer}. Reden: {reason}</source>
        <translation>- Question {number}: {question} Answer: {answer}. Reason: {reason}</translation>
    </message>
    <message>
        <source>Mijn antwoorden en redenen:</source>
        <translation>My answers and reasons:</translation>
    </message>
</context>
<context>
    <name>steps</name>
    <message>
        <source>Stap 1 · Signalen in kaart brengen</source>
        <translation>Step 1 · Mapping the signals</translation>
    </message>
    <message>
        <source>Schrijf op wat u ziet en hoort, zo feitelijk mogelijk: wanneer, wat precies en van wie het komt. Houd wat u waarneemt los van hoe u het uitlegt; uw uitleg krijgt een eigen plek. Is uw cliënt volwassen, kijk dan ook wie er van hem of haar afhankelijk is en of die veilig zijn: de kindcheck.</source>
        <translation>Write down what you see and hear, as factually as you can: when, what exactly and where it comes from. Keep what you observe apart from how you explain it; your explanation has a place of its own. If your client is an adult, also look at who depends on them and whether they are safe: the child check.</translation>
    </message>
    <message>
        <source>Elk signaal met datum, bron en wie het zag of hoorde</source>
        <translation>Each signal with its date, source and who saw or heard it</translation>
    </message>
    <message>
        <source>Feiten en uw interpretatie apart van elkaar</source>
        <translation>Facts and your interpretation kept apart</translation>
    </message>
    <message>
        <source>Bij een volwassen cliënt de kindcheck: aantal en leeftijden van de kinderen, een zwangerschap, afhankelijke volwassenen en of hun veiligheid in het geding is</source>
        <translation>For an adult client, the child check: number and ages of the children, a pregnancy, dependent adults and whether their safety is at stake</translation>
    </message>
    <message>
        <source>Stap 2 · Collegiale consultatie</source>
        <translation>Step 2 · Consulting a colleague</translation>
    </message>
    <message>
        <source>Leg wat u heeft gezien voor aan een collega of aan de aandachtsfunctionaris. Twijfelt u, vraag dan advies aan Veilig Thuis; dat kan zonder de naam van uw cliënt te noemen. Voor artsen hoort overleg met Veilig Thuis bij de stappen vóór een melding.</source>
        <translation>Put what you have seen to a colleague or to the designated consultee. If in doubt, ask Veilig Thuis for advice; you can do so without naming your client. For doctors, consulting Veilig Thuis is part of the steps before a report.</translation>
    </message>
    <message>
        <source>De datum en met wie u overlegde</source>
        <translation>The date and whom you consulted</translation>
    </message>
    <message>
        <source>Of de cliënt bij naam is genoemd of anoniem besproken</source>
        <translation>Whether the client was named or discussed anonymously</translation>
    </message>
    <message>
        <source>Het advies en de volgende stap die u afsprak</source>
        <translation>The advice and the next step you agreed</translation>
    </message>
    <message>
        <source>Stap 3 · Gesprek met de cliënt</source>
        <translation>Step 3 · Conversation with the client</translation>
    </message>
    <message>
        <source>Bespreek uw zorgen met de cliënt; bij een jong kind zijn dat de ouders. Praat ook met het kind zelf, het liefst alleen, tenzij dat echt niet gaat. Jong zijn of een beperking hebben is op zichzelf geen reden om het kind niet te spreken. Gaat een gesprek niet door, noteer dan waarom.</source>
        <translation>Discuss your concerns with the client; for a young child, that means the parents. Also talk with the child, preferably alone, unless that is really impossible. Being young or having a disability is in itself no reason not to talk with the child. If a conversation does not take place, write down why.</translation>
    </message>
    <message>
        <source>De datum en wie er aanwezig waren</source>
        <translation>The date and who was present</translation>
    </message>
    <message>
        <source>Of met het kind is gesproken, en of dat alleen was</source>
        <translation>Whether the child was spoken to, and whether alone</translation>
    </message>
    <message>
        <source>Wat er is gezegd en hoe er werd gereageerd</source>
        <translation>What was said and how people reacted</translation>
    </message>
    <message>
        <source>Als een gesprek niet plaatsvond: de reden</source>
        <translation>If a conversation did not take place: the reason</translation>
    </message>
    <message>
        <source>Stap 4 · Wegen</source>
        <translation>Step 4 · Weighing</translation>
    </message>
    <message>
        <source>Weeg met het afwegingskader van uw beroepsgroep hoe groot het risico is en hoe ernstig. Het kader helpt u bepalen of er acute of structurele onveiligheid is en of u zelf passende hulp kunt bieden of organiseren.</source>
        <translation>Use your profession group&apos;s assessment framework to weigh how great and how serious the risk is. The framework helps you decide whether there is acute or structural unsafety and whether you can give or organise suitable help yourself.</translation>
    </message>
    <message>
        <source>Uw antwoorden op de vragen van het afwegingskader</source>
        <translation>Your answers to the questions of the assessment framework</translation>
    </message>
    <message>
        <source>Welk kader u gebruikte: beroepsgroep en versie</source>
        <translation>Which framework you used: profession group and version</translation>
    </message>
    <message>
        <source>Stap 5 · Beslissen</source>
        <translation>Step 5 · Deciding</translation>
    </message>
    <message>
        <source>U neemt twee beslissingen, elk met uw redenen. Is een melding bij Veilig Thuis nodig? Bij acute of structurele onveiligheid meldt u, ook als u zelf kunt helpen. En kunt u (ook) hulp bieden of organiseren? Vertel de cliënt vooraf dat u meldt, tenzij dat iemand in gevaar brengt.</source>
        <translation>You take two decisions, each with your reasons. Is a report to Veilig Thuis needed? With acute or structural unsafety you report, even if you can help yourself. And can you (also) give or organise help? Tell the client beforehand that you are reporting, unless that puts someone in danger.</translation>
    </message>
    <message>
        <source>Melden bij Veilig Thuis: ja of nee, met redenen</source>
        <translation>Report to Veilig Thuis: yes or no, with reasons</translation>
    </message>
    <message>
        <source>Hulp bieden of organiseren: ja of nee, met redenen</source>
        <translation>Give or organise help: yes or no, with reasons</translation>
    </message>
    <message>
        <source>De afgesproken hulp: wat, door wie en tot wanneer</source>
        <translation>The help agreed: what, by whom and until when</translation>
    </message>
    <message>
        <source>Bij een melding: of de cliënt vooraf is ingelicht</source>
        <translation>With a report: whether the client was told beforehand</translation>
    </message>
    <message>
        <source>Het afwegingskader zit nog niet in deze versie van Meldcode Werkplek. Deze stap staat daarom niet op gedaan. Weeg met het kader van uw beroepsgroep en noteer uw afweging bij de redenen van uw beslissing.</source>
        <translation>The assessment framework is not yet part of this version of Meldcode Werkplek, so this step is not marked as done. Weigh with your profession group&apos;s framework and note your weighing in the reasons for your decision.</translation>
    </message>
    <message>
        <source>Na de beslissing · Vervolg</source>
        <translation>After the decision · Follow-up</translation>
    </message>
    <message>
        <source>Na een melding laat Veilig Thuis u weten wat het heeft gedaan, in elk geval na de veiligheidsbeoordeling. Ga na een melding of na hulp zelf na of de situatie echt veilig is geworden; daarvoor staan controles klaar na ongeveer 3 en 12 maanden. Ziet u na een melding nieuwe signalen van onveiligheid, meld dan opnieuw: Veilig Thuis legt signalen van verschillende melders over langere tijd naast elkaar.</source>
        <translation>After a report, Veilig Thuis lets you know what it has done, at least after its safety assessment. After a report or after help, check for yourself whether the situation has really become safe; checks are planned for this after about 3 and 12 months. If you see new signs of unsafety after a report, report again: Veilig Thuis puts signals from different reporters side by side over a longer time.</translation>
    </message>
    <message>
        <source>De terugkoppeling van Veilig Thuis</source>
        <translation>The feedback from Veilig Thuis</translation>
    </message>
    <message>
        <source>Bij elke controle: de datum, wat u vond en of het veilig is</source>
        <translation>For each check: the date, what you found and whether it is safe</translation>
    </message>
    <message>
        <source>Leg het eerste signaal vast.</source>
        <translation>Record the first signal.</translation>
    </message>
    <message>
        <source>Doe de kindcheck: uw cliënt is volwassen.</source>
        <translation>Do the child check: your client is an adult.</translation>
    </message>
    <message>
        <source>Er zijn nieuwe signalen na de beslissing. Breng ze in kaart en loop de volgende stappen opnieuw door.</source>
        <translation>There are new signals after the decision. Map them and go through the next steps again.</translation>
    </message>
    <message>
        <source>Leg een consultatie vast, of geef aan waarom u deze stap overslaat.</source>
        <translation>Record a consultation, or say why you are skipping this step.</translation>
    </message>
    <message>
        <source>Leg het gesprek vast, of waarom het niet is gevoerd.</source>
        <translation>Record the conversation, or why it did not take place.</translation>
    </message>
    <message>
        <source>Doorloop het afwegingskader.</source>
        <translation>Work through the assessment framework.</translation>
    </message>
    <message>
        <source>Leg beide beslissingen vast: melden en hulp.</source>
        <translation>Record both decisions: report and help.</translation>
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
        <source>Dit is de eerste wachtzin die de beheerder u gaf, en die kent de beheerder ook. Kies een wachtzin die alleen u kent.</source>
        <translation>This is the first passphrase the administrator gave you, and the administrator knows it too. Choose a passphrase only you know.</translation>
    </message>
    <message>
        <source>Deze tekst bevat een beschadigd teken dat niet bewaard kan worden. Typ de tekst opnieuw of plak hem opnieuw vanuit de bron.</source>
        <translation>This text contains a damaged character that cannot be kept. Type the text again or paste it again from its source.</translation>
    </message>
    <message>
        <source>Het teken {character} ({code}) kan niet in de melding of het dossier worden afgedrukt. Laat het weg of beschrijf het in woorden; het programma past niets aan.</source>
        <translation>The character {character} ({code}) cannot be printed in the melding or the dossier. Leave it out or describe it in words; the program changes nothing itself.</translation>
    </message>
    <message>
        <source>Te lang: hoogstens {limit} tekens.</source>
        <translation>Too long: at most {limit} characters.</translation>
    </message>
    <message>
        <source>Controleer de datum: die ligt vóór {year}.</source>
        <translation>Check the date: it lies before {year}.</translation>
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
        <source>Kies de herkende signalen uit de signalenlijst, elk één keer.</source>
        <translation>Choose the recognised signs from the list of signs, each once.</translation>
    </message>
    <message>
        <source>De gekozen signalen horen bij een andere vorm van geweld dan dit signaal.</source>
        <translation>The chosen signs belong to another form of violence than this signal.</translation>
    </message>
    <message>
        <source>Geef aan waarom u dit signaal corrigeert.</source>
        <translation>State why you are correcting this signal.</translation>
    </message>
    <message>
        <source>Schrijf het jaar voluit, met vier cijfers, bijvoorbeeld {year}.</source>
        <translation>Write the year in full, with four digits, for example {year}.</translation>
    </message>
    <message>
        <source>Kies een jaar van {first} tot en met {last}.</source>
        <translation>Choose a year from {first} to {last}.</translation>
    </message>
    <message>
        <source>Vul de naam in zoals die in het dossier komt.</source>
        <translation>Fill in the name as it will appear in the case file.</translation>
    </message>
    <message>
        <source>Kies een rol.</source>
        <translation>Choose a role.</translation>
    </message>
    <message>
        <source>Een telefoonnummer bevat alleen cijfers, spaties en +.</source>
        <translation>A phone number contains only digits, spaces and +.</translation>
    </message>
    <message>
        <source>Kies waarom de casus wordt gesloten.</source>
        <translation>Choose why the case is being closed.</translation>
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
        <source>Vul een aantal van 0 tot en met {most} in.</source>
        <translation>Enter a number from 0 to {most}.</translation>
    </message>
    <message>
        <source>Vul de datum van de kindcheck in.</source>
        <translation>Enter the date of the child check.</translation>
    </message>
    <message>
        <source>De datum van de kindcheck kan niet in de toekomst liggen.</source>
        <translation>The date of the child check cannot lie in the future.</translation>
    </message>
    <message>
        <source>Vul voor elk kind een leeftijd in; het zijn er {count}.</source>
        <translation>Enter an age for each child; there are {count}.</translation>
    </message>
    <message>
        <source>Een kind is 0 tot en met 17 jaar oud. Een ouder kind dat van de cliënt afhankelijk is, telt als afhankelijke volwassene.</source>
        <translation>A child is 0 to 17 years old. An older child who depends on the client counts as a dependent adult.</translation>
    </message>
    <message>
        <source>Geef aan of hun veiligheid in het geding is.</source>
        <translation>Say whether their safety is at stake.</translation>
    </message>
    <message>
        <source>Vul de datum van de consultatie in.</source>
        <translation>Enter the date of the consultation.</translation>
    </message>
    <message>
        <source>De datum van de consultatie kan niet in de toekomst liggen.</source>
        <translation>The date of the consultation cannot lie in the future.</translation>
    </message>
    <message>
        <source>Kies met wie u heeft overlegd.</source>
        <translation>Choose whom you consulted.</translation>
    </message>
    <message>
        <source>Vul in welke deskundige u heeft geraadpleegd.</source>
        <translation>Enter which expert you consulted.</translation>
    </message>
    <message>
        <source>Geef aan of de cliënt bij naam is genoemd of anoniem besproken.</source>
        <translation>Say whether the client was named or discussed anonymously.</translation>
    </message>
    <message>
        <source>Beschrijf het advies dat u kreeg.</source>
        <translation>Describe the advice you were given.</translation>
    </message>
    <message>
        <source>Vul de afgesproken volgende stap in.</source>
        <translation>Enter the next step that was agreed.</translation>
    </message>
    <message>
        <source>Vul de datum in.</source>
        <translation>Enter the date.</translation>
    </message>
    <message>
        <source>De datum van het gesprek kan niet in de toekomst liggen.</source>
        <translation>The date of the conversation cannot lie in the future.</translation>
    </message>
    <message>
        <source>Geef aan of er een gesprek met de cliënt is geweest.</source>
        <translation>Say whether there was a conversation with the client.</translation>
    </message>
    <message>
        <source>Geef aan of u met het kind heeft gesproken.</source>
        <translation>Say whether you spoke with the child.</translation>
    </message>
    <message>
        <source>Geef aan waarom er geen gesprek met de cliënt is geweest.</source>
        <translation>Say why there was no conversation with the client.</translation>
    </message>
    <message>
        <source>Geef aan waarom u niet met het kind heeft gesproken. Alleen de leeftijd of een beperking is daarvoor geen reden.</source>
        <translation>Say why you did not speak with the child. Age or a disability alone is no reason for that.</translation>
    </message>
    <message>
        <source>Vul in wie er bij het gesprek waren.</source>
        <translation>Enter who was present at the conversation.</translation>
    </message>
    <message>
        <source>Beschrijf wat er is besproken.</source>
        <translation>Describe what was discussed.</translation>
    </message>
    <message>
        <source>Beschrijf hoe er op de zorgen is gereageerd.</source>
        <translation>Describe how people reacted to the concerns.</translation>
    </message>
    <message>
        <source>Alleen de consultatie (stap 2) en het wegen (stap 4) kunnen worden overgeslagen. Een gesprek dat niet is gevoerd legt u vast bij stap 3.</source>
        <translation>Only the consultation (step 2) and the weighing (step 4) can be skipped. A conversation that did not take place is recorded in step 3.</translation>
    </message>
    <message>
        <source>Geef aan waarom u deze stap overslaat.</source>
        <translation>Say why you are skipping this step.</translation>
    </message>
    <message>
        <source>Vul in welke hulp is afgesproken.</source>
        <translation>Enter which help was agreed.</translation>
    </message>
    <message>
        <source>Vul in wie deze hulp geeft of organiseert.</source>
        <translation>Enter who gives or organises this help.</translation>
    </message>
    <message>
        <source>Vul de datum van de beslissing in.</source>
        <translation>Enter the date of the decision.</translation>
    </message>
    <message>
        <source>De datum van de beslissing kan niet in de toekomst liggen.</source>
        <translation>The date of the decision cannot lie in the future.</translation>
    </message>
    <message>
        <source>Beslis of u meldt bij Veilig Thuis.</source>
        <translation>Decide whether you report to Veilig Thuis.</translation>
    </message>
    <message>
        <source>Geef de redenen van uw beslissing over melden.</source>
        <translation>Give the reasons for your decision about reporting.</translation>
    </message>
    <message>
        <source>Beslis of u hulp biedt of organiseert.</source>
        <translation>Decide whether you give or organise help.</translation>
    </message>
    <message>
        <source>Geef de redenen van uw beslissing over hulp.</source>
        <translation>Give the reasons for your decision about help.</translation>
    </message>
    <message>
        <source>Vul in welke hulp is afgesproken: wat, door wie, tot wanneer.</source>
        <translation>Enter the help that was agreed: what, by whom, until when.</translation>
    </message>
    <message>
        <source>U biedt of organiseert geen hulp: laat de afspraken leeg.</source>
        <translation>You are not giving or organising help: leave the agreements empty.</translation>
    </message>
    <message>
        <source>Geef aan of de cliënt vooraf over de melding is verteld.</source>
        <translation>Say whether the client was told about the report beforehand.</translation>
    </message>
    <message>
        <source>Geef aan waarom de cliënt niet vooraf is ingelicht.</source>
        <translation>Say why the client was not told beforehand.</translation>
    </message>
    <message>
        <source>Kies wat er wordt gecontroleerd.</source>
        <translation>Choose what is being checked.</translation>
    </message>
    <message>
        <source>Vul de geplande datum in.</source>
        <translation>Enter the planned date.</translation>
    </message>
    <message>
        <source>Beschrijf wat u wilt controleren.</source>
        <translation>Describe what you want to check.</translation>
    </message>
    <message>
        <source>Vul de datum van de controle in.</source>
        <translation>Enter the date of the check.</translation>
    </message>
    <message>
        <source>De datum van de controle kan niet in de toekomst liggen.</source>
        <translation>The date of the check cannot lie in the future.</translation>
    </message>
    <message>
        <source>Kies de uitkomst van de controle.</source>
        <translation>Choose the outcome of the check.</translation>
    </message>
    <message>
        <source>Beschrijf wat u bij de controle vond.</source>
        <translation>Describe what you found at the check.</translation>
    </message>
    <message>
        <source>Beantwoord eerst minstens één vraag.</source>
        <translation>First answer at least one question.</translation>
    </message>
    <message>
        <source>Kies de beslissing om te melden die u met deze melding uitvoert.</source>
        <translation>Choose the decision to report that this report carries out.</translation>
    </message>
    <message>
        <source>Vul de datum van de melding in.</source>
        <translation>Fill in the date of the report.</translation>
    </message>
    <message>
        <source>Kies de Veilig Thuis-organisatie (regio) waar u meldde.</source>
        <translation>Choose the Veilig Thuis organisation (region) you reported to.</translation>
    </message>
    <message>
        <source>Kies hoe u de melding heeft gedaan.</source>
        <translation>Choose how you made the report.</translation>
    </message>
    <message>
        <source>Vul in hoe u de melding heeft gedaan.</source>
        <translation>Fill in how you made the report.</translation>
    </message>
    <message>
        <source>Geef aan of u Veilig Thuis vóór deze melding heeft gebeld.</source>
        <translation>Indicate whether you phoned Veilig Thuis before this report.</translation>
    </message>
    <message>
        <source>Beschrijf hoe de cliënt op de melding reageerde.</source>
        <translation>Describe how the client reacted to the report.</translation>
    </message>
    <message>
        <source>Kies waarom de cliënt niet vooraf is geïnformeerd: dat mag alleen om een van de drie genoemde redenen.</source>
        <translation>Choose why the client was not informed beforehand: this is only allowed for one of the three listed reasons.</translation>
    </message>
    <message>
        <source>Kies een van de antwoorden bij deze vraag.</source>
        <translation>Choose one of the answers to this question.</translation>
    </message>
    <message>
        <source>Schrijf bij elk antwoord uw eigen reden op: waarom antwoordt u zo?</source>
        <translation>Write down your own reason with every answer: why do you answer this way?</translation>
    </message>
    <message>
        <source>Kies wat voor contact dit is.</source>
        <translation>Choose what kind of contact this is.</translation>
    </message>
    <message>
        <source>Vul de naam van de persoon of organisatie in.</source>
        <translation>Enter the name of the person or organisation.</translation>
    </message>
    <message>
        <source>Dit lijkt geen e-mailadres (naam@voorbeeld.nl).</source>
        <translation>This does not look like an email address (name@example.nl).</translation>
    </message>
    <message>
        <source>Er staat te veel tekst in dit formulier om te bewaren.</source>
        <translation>This form holds too much text to be kept.</translation>
    </message>
    <message>
        <source>Geef aan waarom u dit corrigeert.</source>
        <translation>Say why you are correcting this.</translation>
    </message>
    <message>
        <source>De correctie verandert niets.</source>
        <translation>The correction changes nothing.</translation>
    </message>
    <message>
        <source>Geef aan waarom u dit intrekt.</source>
        <translation>Say why you are withdrawing this.</translation>
    </message>
    <message>
        <source>Deze contactpersoon staat niet (meer) in de lijst.</source>
        <translation>This contact is not (or no longer) in the list.</translation>
    </message>
    <message>
        <source>Deze weging hoort niet (meer) bij deze casus.</source>
        <translation>This assessment does not (or no longer) belong to this case.</translation>
    </message>
    <message>
        <source>Bij deze beslissing is al een melding geregistreerd. Trek eerst de melding in als er niet gemeld is.</source>
        <translation>A report has already been registered for this decision. Withdraw the report first if no report was made.</translation>
    </message>
    <message>
        <source>Kies een beslissing om te melden uit deze casus; de melding voert die beslissing uit.</source>
        <translation>Choose a decision to report from this case; the report carries out that decision.</translation>
    </message>
    <message>
        <source>Bij deze beslissing is al een melding geregistreerd. Zijn er nieuwe signalen, leg dan eerst een nieuwe beslissing vast.</source>
        <translation>A report has already been registered for this decision. If there are new signals, record a new decision first.</translation>
    </message>
    <message>
        <source>Deze regio staat niet in de lijst van Veilig Thuis.</source>
        <translation>This region is not in the list of Veilig Thuis organisations.</translation>
    </message>
    <message>
        <source>Kies een andere datum dan de datum die al gepland is.</source>
        <translation>Choose a date other than the one already planned.</translation>
    </message>
    <message>
        <source>De einddatum ligt vóór de begindatum.</source>
        <translation>The end date lies before the start date.</translation>
    </message>
    <message>
        <source>Kies een soort gebeurtenis.</source>
        <translation>Choose a kind of event.</translation>
    </message>
    <message>
        <source>Kies een beroepsgroep uit de lijst.</source>
        <translation>Choose a profession group from the list.</translation>
    </message>
    <message>
        <source>Vul het dossiernummer van Veilig Thuis in.</source>
        <translation>Fill in the Veilig Thuis case number.</translation>
    </message>
    <message>
        <source>De terugkoppeling kan niet van vóór de melding zijn.</source>
        <translation>The feedback cannot predate the report.</translation>
    </message>
    <message>
        <source>Vul de eerste dag in.</source>
        <translation>Enter the first day.</translation>
    </message>
    <message>
        <source>Vul de laatste dag in.</source>
        <translation>Enter the last day.</translation>
    </message>
    <message>
        <source>De laatste dag ligt voor de eerste dag van de periode.</source>
        <translation>The last day lies before the first day of the period.</translation>
    </message>
    <message>
        <source>Schrijf op waarom u Veilig Thuis niet om advies hebt gevraagd.</source>
        <translation>Write down why you did not ask Veilig Thuis for advice.</translation>
    </message>
    <message>
        <source>Schrijf de datum als dd-mm-jjjj, bijvoorbeeld 20-11-2026.</source>
        <translation>Write the date as dd-mm-yyyy, for example 20-11-2026.</translation>
    </message>
    <message>
        <source>Vul ook maand en jaar in, bijvoorbeeld 20-11-2026.</source>
        <translation>Also fill in month and year, for example 20-11-2026.</translation>
    </message>
    <message>
        <source>Vul ook het jaar in, bijvoorbeeld 20-11-2026.</source>
        <translation>Also fill in the year, for example 20-11-2026.</translation>
    </message>
    <message>
        <source>Schrijf het jaar met vier cijfers, bijvoorbeeld 20-11-2026.</source>
        <translation>Write the year with four digits, for example 20-11-2026.</translation>
    </message>
    <message>
        <source>Maand {month} bestaat niet: kies 1 tot en met 12.</source>
        <translation>Month {month} does not exist: choose 1 to 12.</translation>
    </message>
    <message>
        <source>Jaar 0000 bestaat niet.</source>
        <translation>Year 0000 does not exist.</translation>
    </message>
    <message>
        <source>Die dag bestaat niet: {month} {year} heeft {days} dagen.</source>
        <translation>That day does not exist: {month} {year} has {days} days.</translation>
    </message>
    <message>
        <source>Dit is geen adres van een PostgreSQL-server. Een adres ziet eruit als postgresql://gebruiker@server.praktijk.nl/meldcode.</source>
        <translation>This is not the address of a PostgreSQL server. An address looks like postgresql://gebruiker@server.praktijk.nl/meldcode.</translation>
    </message>
    <message>
        <source>De verbinding met een praktijkserver op een andere computer moet versleuteld zijn en het certificaat van de server controleren: gebruik sslmode=verify-full.</source>
        <translation>The connection to a practice server on another computer must be encrypted and check the server&apos;s certificate: use sslmode=verify-full.</translation>
    </message>
    <message>
        <source>Deze collega heeft nog geen inlognaam. Geef eerst een inlognaam en een eerste wachtzin.</source>
        <translation>This colleague has no login yet. First give a login and a first passphrase.</translation>
    </message>
    <message>
        <source>Deze collega heeft al een inlognaam. Vergat hij of zij de wachtzin, geef dan een nieuwe eerste wachtzin.</source>
        <translation>This colleague already has a login. If they forgot their passphrase, give a new first passphrase.</translation>
    </message>
    <message>
        <source>Deze inlognaam is in deze praktijk al in gebruik (ook een uitgezette collega houdt de zijne). Kies een andere.</source>
        <translation>This login is already in use in this practice (a colleague who was switched off keeps theirs too). Choose another.</translation>
    </message>
    <message>
        <source>Vul een inlognaam in, bijv. mverhoeven.</source>
        <translation>Enter a login name, e.g. mverhoeven.</translation>
    </message>
    <message>
        <source>Een inlognaam heeft hoogstens {n} tekens: letters, cijfers en . _ - @, zonder spaties.</source>
        <translation>A login name has at most {n} characters: letters, digits and . _ - @, without spaces.</translation>
    </message>
    <message>
        <source>Er is al een collega met de naam “{name}”. Maak de naam herkenbaar, bijvoorbeeld met een voorletter of tussenvoegsel.</source>
        <translation>There already is a colleague named “{name}”. Make the name recognisable, for example with an initial or a middle name.</translation>
    </message>
    <message>
        <source>Er staat al een bestand {name}. Een reservekopie schrijft daar niet overheen: kies een andere naam, of een map (dan krijgt de kopie de datum als naam).</source>
        <translation>There already is a file {name}. A backup does not write over it: choose another name, or a folder (the copy is then named after the date).</translation>
    </message>
</context>
</TS>
