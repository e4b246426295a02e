"""The annual overview (jaaroverzicht) of adviesvragen and meldingen, as a printable document.

What a practice manager prints to show that the practice works with the meldcode: counts per
month, the practice's name, who printed it and when. Nothing of any case is in it.
"""

from __future__ import annotations

from datetime import datetime

from app.export.document import Block, Document, Heading, KeyValues, Paragraph, Table, Tone
from app.export.formatting import counted, dutch_moment, month_name
from app.store.annual import YearFigures

HEADER_LINE = "Jaaroverzicht meldcode huiselijk geweld en kindermishandeling"
EXPLANATION = (
    "Adviesvragen: consultaties van Veilig Thuis of zijn vertrouwensarts, met of zonder de naam "
    "van de cliënt. Meldingen: meldingen aan Veilig Thuis zoals geregistreerd in de casussen, "
    "geteld in de maand van de melding. Ingetrokken vastleggingen tellen niet mee."
)


def annual_overview_document(
    figures: YearFigures, practice_name: str, printed_at: datetime, printed_by: str
) -> Document:
    rows = tuple(
        (month_name(month).capitalize(), str(advice), str(reports))
        for month, (advice, reports) in enumerate(
            zip(figures.advice_requests, figures.reports, strict=True), start=1
        )
    )
    total = ("Totaal", str(figures.advice_request_total), str(figures.report_total))
    blocks: list[Block] = [
        KeyValues(
            (
                ("Praktijk of organisatie", practice_name),
                ("Jaar", str(figures.year)),
                ("Afgedrukt", f"{dutch_moment(printed_at)} door {printed_by}"),
            )
        ),
        Heading("Adviesvragen en meldingen aan Veilig Thuis per maand"),
        Table(
            header=("Maand", "Adviesvragen", "Meldingen"),
            rows=(*rows, total),
            widths=(3.0, 2.0, 2.0),
        ),
        Paragraph(EXPLANATION, Tone.NOTE),
    ]
    if figures.unregistered_report_decisions:
        number = figures.unregistered_report_decisions
        count = counted(number, "beslissing", "beslissingen")
        verb = "is" if number == 1 else "zijn"
        blocks.append(
            Paragraph(
                f"In {figures.year} {verb} {count} om te melden vastgelegd zonder dat de melding "
                "zelf in de casus is geregistreerd. Die staan hierboven niet als melding geteld; "
                "registreer de melding in de casus als die is gedaan.",
                Tone.WARNING,
            )
        )
    return Document(
        header_line=HEADER_LINE, title=f"Jaaroverzicht {figures.year}", blocks=tuple(blocks)
    )
