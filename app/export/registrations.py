"""The registratielijst: the adviesvragen and meldingen of a period, as a document and as CSV.

One row per adviesvraag or melding: date, kind, Veilig Thuis organisation, channel, case
number, professional, VT's reference and whether VT's feedback came. No client's name, no case
title and no text of a case: the rows are `app.store.registrations.Registration`. It does name
professionals and VT's dossiernummers, which lead to a client at Veilig Thuis, so it leaves the
program encrypted only (`app.case_documents.exports`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from app.export.annual import csv_text
from app.export.document import Block, Document, Heading, KeyValues, Paragraph, Table, Tone
from app.export.formatting import DASH, counted, dutch_date, dutch_moment, yes_no
from app.store.registrations import Registration, RegistrationKind

HEADER_LINE = "Vertrouwelijk — registratielijst meldcode"
CSV_HEADER = (
    "Datum",
    "Soort",
    "Veilig Thuis-organisatie",
    "Kanaal",
    "Casusnummer",
    "Hulpverlener",
    "Kenmerk Veilig Thuis",
    "Terugkoppeling ontvangen",
)
EXPLANATION = (
    "Adviesvragen aan Veilig Thuis of zijn vertrouwensarts en meldingen aan Veilig Thuis, zoals "
    "vastgelegd in de casussen; ingetrokken vastleggingen staan er niet op. Zonder namen van "
    "cliënten: een casus staat er met zijn nummer. Terugkoppeling geldt alleen voor meldingen."
)


def _cells(row: Registration, day: str) -> tuple[str, ...]:
    return (
        day,
        row.kind.label,
        row.organisation,
        row.channel.label if row.channel is not None else DASH,
        str(row.case_id),
        row.professional,
        row.vt_reference or DASH,
        DASH if row.feedback_received is None else yes_no(row.feedback_received),
    )


def registration_list_document(
    rows: Sequence[Registration],
    first: date,
    last: date,
    practice_name: str,
    printed_at: datetime,
    printed_by: str,
) -> Document:
    advice = sum(1 for r in rows if r.kind is RegistrationKind.ADVICE_REQUEST)
    reports = len(rows) - advice
    blocks: list[Block] = [
        KeyValues(
            (
                ("Praktijk of organisatie", practice_name),
                ("Periode", f"{dutch_date(first)} tot en met {dutch_date(last)}"),
                (
                    "Aantal",
                    f"{counted(advice, 'adviesvraag', 'adviesvragen')}, "
                    f"{counted(reports, 'melding', 'meldingen')}",
                ),
                ("Afgedrukt", f"{dutch_moment(printed_at)} door {printed_by}"),
            )
        ),
    ]
    # Two tables, not one: an adviesvraag has no channel, reference or feedback, and eight
    # columns do not fit an A4 page in a readable size.
    blocks.append(Heading("Adviesvragen"))
    advice_rows = [r for r in rows if r.kind is RegistrationKind.ADVICE_REQUEST]
    if advice_rows:
        blocks.append(
            Table(
                header=("Datum", "Aan", "Casus", "Hulpverlener"),
                rows=tuple(
                    (_short_date(r.day), r.organisation, str(r.case_id), r.professional)
                    for r in advice_rows
                ),
                widths=(22, 45, 15, 40),
            )
        )
    else:
        blocks.append(Paragraph("Geen adviesvragen in deze periode."))
    blocks.append(Heading("Meldingen"))
    report_rows = [r for r in rows if r.kind is RegistrationKind.REPORT]
    if report_rows:
        blocks.append(
            Table(
                header=(
                    "Datum",
                    "Veilig Thuis",
                    "Kanaal",
                    "Casus",
                    "Hulpverlener",
                    "Kenmerk VT",
                    "VT koppelde terug",
                ),
                rows=tuple(
                    (
                        _short_date(r.day),
                        r.organisation,
                        r.channel.label if r.channel is not None else DASH,
                        str(r.case_id),
                        r.professional,
                        r.vt_reference or DASH,
                        yes_no(r.feedback_received, DASH),
                    )
                    for r in report_rows
                ),
                widths=(67, 62, 74, 42, 77, 75, 62),
            )
        )
    else:
        blocks.append(Paragraph("Geen meldingen in deze periode."))
    blocks.append(Paragraph(EXPLANATION, Tone.NOTE))
    title = f"Registratielijst {dutch_date(first)} – {dutch_date(last)}"
    return Document(header_line=HEADER_LINE, title=title, blocks=tuple(blocks))


def _short_date(day: date) -> str:
    return day.strftime("%d-%m-%Y")


def registration_list_csv(rows: Sequence[Registration]) -> str:
    return csv_text(CSV_HEADER, [_cells(r, r.day.isoformat()) for r in rows])
