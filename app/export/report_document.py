"""A melding to Veilig Thuis as a `Document`: the sections VT expects, in Dutch."""

from __future__ import annotations

from app.domain.violence_forms import cited_signs_text
from app.export.document import (
    Block,
    BulletList,
    Document,
    Heading,
    KeyValues,
    Paragraph,
    Tone,
)
from app.export.formatting import birth_date_with_age, counted, dutch_date, dutch_time
from app.export.report_content import (
    ClientInformed,
    ClientNotInformed,
    LeftOut,
    ReportContent,
    ReportPerson,
    ReportSignal,
)
from app.export.step_blocks import (
    assessment_blocks,
    consultation_rows,
    conversation_rows,
    conversation_when,
    help_rows,
)

HEADER_LINE = "Vertrouwelijk — melding aan Veilig Thuis"
TITLE = "Melding aan Veilig Thuis"
READERS_NOTE = (
    "Let op: alles in deze melding kan later worden gelezen door de ouders en door kinderen "
    "vanaf 12 jaar. Veilig Thuis bewaart de gegevens van de melder en kan die alleen om "
    "dringende redenen voor het gezin afschermen."
)
NOTHING_RECORDED = "Niets vastgelegd."


def left_out_sentence(left_out: LeftOut) -> str:
    """E.g. "2 signalen en 1 betrokkene zijn niet opgenomen."; empty when nothing was left out."""
    parts = []
    if left_out.signals:
        parts.append(counted(left_out.signals, "signaal", "signalen"))
    if left_out.persons:
        parts.append(counted(left_out.persons, "betrokkene", "betrokkenen"))
    if not parts:
        return ""
    verb = "is" if left_out.signals + left_out.persons == 1 else "zijn"
    return f"{' en '.join(parts)} {verb} niet opgenomen."


def report_document(content: ReportContent) -> Document:
    blocks: list[Block] = [
        Paragraph(READERS_NOTE, Tone.NOTE),
        KeyValues((("Datum van de melding", dutch_date(content.made_on)),)),
    ]
    if content.safety.acute:
        blocks.append(Paragraph("De melder schat de situatie in als acuut onveilig.", Tone.WARNING))
    if content.left_out.anything:
        blocks.append(
            Paragraph(
                f"{left_out_sentence(content.left_out)} De melder heeft ervoor gekozen deze "
                "niet in de melding op te nemen; de inhoud ervan staat hier niet in.",
                Tone.NOTE,
            )
        )
    blocks += _reporter(content)
    blocks += _persons(content)
    blocks += _signals(content.signals)
    blocks += _safety(content)
    blocks += _steps(content)
    blocks += _assessment(content)
    blocks += _client(content)
    blocks += [Heading("Vraag aan Veilig Thuis"), Paragraph(content.request_to_vt)]
    if content.unsure_to_share:
        blocks += [
            Heading("Informatie waarvan de melder twijfelt of die gedeeld mag worden"),
            Paragraph(
                "Deze informatie staat apart: de melder weet niet zeker of zij gedeeld mag "
                "worden en wil dit eerst met Veilig Thuis bespreken.",
                Tone.NOTE,
            ),
            Paragraph(content.unsure_to_share),
        ]
    return Document(header_line=HEADER_LINE, title=TITLE, blocks=tuple(blocks))


def _reporter(content: ReportContent) -> list[Block]:
    reporter = content.reporter
    return [
        Heading("Melder"),
        KeyValues(
            (
                ("Naam", reporter.name),
                ("Functie", reporter.role),
                ("Praktijk of organisatie", reporter.practice),
                ("Telefoon", reporter.phone),
            )
        ),
    ]


def _persons(content: ReportContent) -> list[Block]:
    blocks: list[Block] = [Heading("Betrokkenen")]
    for number, person in enumerate(content.persons, start=1):
        blocks += [
            Heading(f"Betrokkene {number}: {person.role.label}", level=2),
            _person_rows(person, content),
        ]
    return blocks


def _person_rows(person: ReportPerson, content: ReportContent) -> KeyValues:
    rows = [
        ("Naam", person.name),
        ("Geboortedatum", birth_date_with_age(person.date_of_birth, content.made_on)),
        ("Adres", person.address),
        ("School of kinderopvang", person.school_or_childcare),
    ]
    if person.bsn:
        rows.append(("BSN", person.bsn))
    return KeyValues(tuple(rows))


def _signals(signals: tuple[ReportSignal, ...]) -> list[Block]:
    blocks: list[Block] = [
        Heading("Signalen"),
        Paragraph(
            "Per signaal staan de feiten (wat is gezien of gehoord) apart van de interpretatie "
            "van de melder.",
            Tone.NOTE,
        ),
    ]
    for number, signal in enumerate(signals, start=1):
        moment = dutch_date(signal.observed_on)
        if signal.observed_time is not None:
            moment += f", {dutch_time(signal.observed_time)}"
        rows = [
            ("Waargenomen door", signal.observed_by),
            ("Bron", signal.source.label),
            ("Vorm van geweld", signal.form.label),
            ("Feiten", signal.facts),
            ("Interpretatie van de melder", signal.interpretation),
        ]
        if signal.signs:
            rows.append(("Herkend uit de signalenlijst", cited_signs_text(signal.signs)))
        blocks += [Heading(f"Signaal {number}: {moment}", level=2), KeyValues(tuple(rows))]
    return blocks


def _safety(content: ReportContent) -> list[Block]:
    blocks: list[Block] = [Heading("Huidige veiligheid van de betrokkenen")]
    if content.safety.acute:
        blocks.append(Paragraph("Acuut onveilig volgens de melder.", Tone.WARNING))
    blocks.append(Paragraph(content.safety.summary))
    notes = tuple(
        f"{person.name} ({person.role.label}): {person.safety_note}"
        for person in content.persons
        if person.safety_note
    )
    if notes:
        blocks.append(BulletList(notes))
    return blocks


def _steps(content: ReportContent) -> list[Block]:
    return [
        Heading("Genomen stappen"),
        *_step_section(
            "Collegiale consultatie en adviesvragen",
            [
                (f"Consultatie {n}: {dutch_date(item.held_on)}", consultation_rows(item))
                for n, item in enumerate(content.consultations, start=1)
            ],
        ),
        *_step_section(
            "Gesprekken met de cliënt of het kind",
            [
                (f"Gesprek {n}: {conversation_when(item)}", conversation_rows(item))
                for n, item in enumerate(content.conversations, start=1)
            ],
        ),
        *_step_section(
            "Aangeboden hulp",
            [
                (f"Hulp {n}: {dutch_date(item.offered_on)}", help_rows(item))
                for n, item in enumerate(content.help_offered, start=1)
            ],
        ),
    ]


def _step_section(title: str, items: list[tuple[str, KeyValues]]) -> list[Block]:
    blocks: list[Block] = [Heading(title, level=2)]
    if not items:
        blocks.append(Paragraph(NOTHING_RECORDED, Tone.NOTE))
    for subtitle, rows in items:
        blocks += [Heading(subtitle, level=3), rows]
    return blocks


def _assessment(content: ReportContent) -> list[Block]:
    blocks: list[Block] = [Heading("Weging met het afwegingskader")]
    if content.assessment is None:
        blocks.append(
            Paragraph(
                "Bij deze melding is geen weging met het afwegingskader vastgelegd.", Tone.NOTE
            )
        )
        return blocks
    return blocks + list(assessment_blocks(content.assessment))


def _client(content: ReportContent) -> list[Block]:
    blocks: list[Block] = [Heading("Is de cliënt over de melding geïnformeerd?")]
    client = content.client
    if isinstance(client, ClientInformed):
        blocks.append(
            KeyValues(
                (
                    ("Geïnformeerd", "ja, vooraf"),
                    ("Datum", dutch_date(client.informed_on)),
                    ("Reactie van de cliënt", client.reaction),
                )
            )
        )
    elif isinstance(client, ClientNotInformed):
        blocks.append(
            KeyValues(
                (
                    ("Geïnformeerd", "nee"),
                    ("Reden", client.reason.label if client.reason else "—"),
                    ("Toelichting", client.explanation),
                )
            )
        )
    return blocks
