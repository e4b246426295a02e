"""The annual overview (jaaroverzicht) of the meldcode, as a printable document and as CSV.

What a practice manager prints to show an inspector that the practice works with the meldcode:
adviesvragen and meldingen per month (with a chart), meldingen per Veilig Thuis organisation,
cases opened and closed with their closing reasons, forms of violence, the outcomes of the
wegingen, the kindchecks, the median time from first signal to decision, and the earlier
years beside this one. What goes in is built from `AnnualFigures` alone: numbers, the fixed
labels of closed lists, the names of Veilig Thuis organisations, the practice's name and who
printed it. Nothing of any case can reach it; `app.case_documents.exports` checks the
rendered text against the vault before it may be saved unencrypted.
"""

from __future__ import annotations

import csv
import io
from datetime import datetime

from app.export.document import (
    BarChart,
    Block,
    Document,
    Heading,
    KeyValues,
    Paragraph,
    Table,
    Tone,
)
from app.export.formatting import counted, dutch_moment, month_name
from app.store.annual import AnnualFigures, WeighingOutcome

HEADER_LINE = "Jaaroverzicht meldcode huiselijk geweld en kindermishandeling"
EXPLANATION = (
    "Adviesvragen: consultaties van Veilig Thuis of zijn vertrouwensarts, met of zonder de naam "
    "van de cliënt. Meldingen: meldingen aan Veilig Thuis zoals geregistreerd in de casussen, "
    "geteld in de maand van de melding. Ingetrokken vastleggingen tellen niet mee."
)
NO_PERSONAL_DATA = (
    "Dit overzicht bevat alleen aantallen en vaste omschrijvingen: geen namen, geen titels van "
    "casussen en geen inhoud van signalen."
)
OUTCOME_LABELS = {
    WeighingOutcome.REPORT: "Melden",
    WeighingOutcome.HELP: "Hulp bieden of organiseren",
    WeighingOutcome.BOTH: "Melden én hulp bieden of organiseren",
    WeighingOutcome.NEITHER: "Geen melding en geen hulp (afsluiten)",
}
MONTH_ABBREVIATIONS = tuple(month_name(m)[:3] for m in range(1, 13))


def _months_table(figures: AnnualFigures) -> Table:
    months = figures.months
    rows = tuple(
        (month_name(month).capitalize(), str(advice), str(reports))
        for month, (advice, reports) in enumerate(
            zip(months.advice_requests, months.reports, strict=True), start=1
        )
    )
    total = ("Totaal", str(months.advice_request_total), str(months.report_total))
    return Table(
        header=("Maand", "Adviesvragen", "Meldingen"),
        rows=(*rows, total),
        widths=(3.0, 2.0, 2.0),
    )


def _median_text(figures: AnnualFigures) -> str:
    median = figures.median_days_to_decision
    if median is None:
        return f"In {figures.year} is in geen casus voor het eerst een beslissing genomen."
    days = f"{median:g}".replace(".", ",")
    cases = counted(len(figures.days_to_decision), "casus", "casussen")
    return (
        f"Mediaan: {days} {'dag' if median == 1 else 'dagen'} van het eerste signaal tot de "
        f"eerste beslissing (stap 5), over {cases} met een eerste beslissing in {figures.year}."
    )


def annual_overview_document(
    figures: AnnualFigures, practice_name: str, printed_at: datetime, printed_by: str
) -> Document:
    months = figures.months
    year = figures.year
    blocks: list[Block] = [
        KeyValues(
            (
                ("Praktijk of organisatie", practice_name),
                ("Jaar", str(year)),
                ("Afgedrukt", f"{dutch_moment(printed_at)} door {printed_by}"),
            )
        ),
        Paragraph(NO_PERSONAL_DATA, Tone.NOTE),
        Heading("Adviesvragen en meldingen aan Veilig Thuis per maand"),
        _months_table(figures),
        BarChart(
            categories=MONTH_ABBREVIATIONS,
            series=(("Adviesvragen", months.advice_requests), ("Meldingen", months.reports)),
            description=f"Grafiek: adviesvragen en meldingen per maand in {year}",
        ),
        Paragraph(EXPLANATION, Tone.NOTE),
    ]
    if months.unregistered_report_decisions:
        number = months.unregistered_report_decisions
        count = counted(number, "beslissing", "beslissingen")
        verb = "is" if number == 1 else "zijn"
        blocks.append(
            Paragraph(
                f"In {year} {verb} {count} om te melden vastgelegd zonder dat de melding "
                "zelf in de casus is geregistreerd. Die staan hierboven niet als melding geteld; "
                "registreer de melding in de casus als die is gedaan.",
                Tone.WARNING,
            )
        )
    blocks.append(Heading("Meldingen per Veilig Thuis-organisatie"))
    if figures.reports_per_organisation:
        blocks.append(
            Table(
                header=("Veilig Thuis-organisatie", "Meldingen"),
                rows=tuple(
                    (name or "Onbekend", str(count))
                    for name, count in figures.reports_per_organisation
                ),
                widths=(5.0, 2.0),
            )
        )
    else:
        blocks.append(Paragraph(f"Geen meldingen in {year}."))
    blocks += [
        Heading("Casussen"),
        KeyValues(
            (
                ("Geopend", str(figures.cases_opened)),
                ("Gesloten", str(figures.cases_closed)),
            )
        ),
        Heading("Redenen van sluiten", 2),
        Table(
            header=("Reden", "Casussen"),
            rows=tuple((reason.label, str(count)) for reason, count in figures.close_reasons),
            widths=(5.0, 2.0),
        ),
        Heading("Vormen van geweld"),
        Paragraph(
            f"Casussen met minstens één signaal van deze vorm, waargenomen in {year}. Een casus "
            "met signalen van meer vormen telt bij elke vorm.",
            Tone.NOTE,
        ),
        Table(
            header=("Vorm", "Casussen"),
            rows=tuple((form.label, str(count)) for form, count in figures.violence_forms),
            widths=(5.0, 2.0),
        ),
        Heading("Uitkomsten van wegingen (stap 4)"),
        Table(
            header=("Uitkomst", "Wegingen"),
            rows=tuple(
                (OUTCOME_LABELS[outcome], str(count))
                for outcome, count in figures.weighing_outcomes
            ),
            widths=(5.0, 2.0),
        ),
        Heading("Kindcheck"),
        KeyValues(
            (
                ("Kindchecks gedaan", str(figures.kindchecks)),
                ("Waarvan kinderen of afhankelijken in gevaar", str(figures.kindchecks_at_risk)),
            )
        ),
        Heading("Tijd van eerste signaal tot beslissing"),
        Paragraph(_median_text(figures)),
        Heading("Vergelijking met eerdere jaren"),
        Table(
            header=("Jaar", "Adviesvragen", "Meldingen", "Casussen geopend", "Casussen gesloten"),
            rows=tuple(
                (
                    str(t.year),
                    str(t.advice_requests),
                    str(t.reports),
                    str(t.cases_opened),
                    str(t.cases_closed),
                )
                for t in figures.earlier_years
            ),
            widths=(1.2, 2.0, 2.0, 2.0, 2.0),
        ),
        BarChart(
            categories=tuple(str(t.year) for t in figures.earlier_years),
            series=(
                ("Adviesvragen", tuple(t.advice_requests for t in figures.earlier_years)),
                ("Meldingen", tuple(t.reports for t in figures.earlier_years)),
            ),
            description=f"Grafiek: adviesvragen en meldingen per jaar tot en met {year}",
        ),
    ]
    return Document(header_line=HEADER_LINE, title=f"Jaaroverzicht {year}", blocks=tuple(blocks))


CSV_HEADER = ("Onderdeel", "Omschrijving", "Aantal")


def annual_overview_rows(figures: AnnualFigures) -> list[tuple[str, str, str]]:
    """The overview as rows of (section, item, number): what the CSV holds."""
    months = figures.months
    rows: list[tuple[str, str, str]] = [("Jaar", "", str(figures.year))]
    for month, count in enumerate(months.advice_requests, start=1):
        rows.append(("Adviesvragen per maand", month_name(month), str(count)))
    rows.append(("Adviesvragen per maand", "totaal", str(months.advice_request_total)))
    for month, count in enumerate(months.reports, start=1):
        rows.append(("Meldingen per maand", month_name(month), str(count)))
    rows.append(("Meldingen per maand", "totaal", str(months.report_total)))
    rows.append(
        (
            "Beslissingen om te melden zonder geregistreerde melding",
            "",
            str(months.unregistered_report_decisions),
        )
    )
    for name, count in figures.reports_per_organisation:
        rows.append(("Meldingen per Veilig Thuis-organisatie", name or "Onbekend", str(count)))
    rows.append(("Casussen", "geopend", str(figures.cases_opened)))
    rows.append(("Casussen", "gesloten", str(figures.cases_closed)))
    for reason, count in figures.close_reasons:
        rows.append(("Redenen van sluiten", reason.label, str(count)))
    for form, count in figures.violence_forms:
        rows.append(("Vormen van geweld (casussen)", form.label, str(count)))
    for outcome, count in figures.weighing_outcomes:
        rows.append(("Uitkomsten van wegingen", OUTCOME_LABELS[outcome], str(count)))
    rows.append(("Kindcheck", "gedaan", str(figures.kindchecks)))
    rows.append(
        ("Kindcheck", "kinderen of afhankelijken in gevaar", str(figures.kindchecks_at_risk))
    )
    median = figures.median_days_to_decision
    rows.append(
        (
            "Dagen van eerste signaal tot beslissing",
            "mediaan",
            "" if median is None else f"{median:g}".replace(".", ","),
        )
    )
    for totals in figures.earlier_years:
        year = str(totals.year)
        rows.append(
            ("Vergelijking met eerdere jaren", f"{year} adviesvragen", str(totals.advice_requests))
        )
        rows.append(("Vergelijking met eerdere jaren", f"{year} meldingen", str(totals.reports)))
        rows.append(
            ("Vergelijking met eerdere jaren", f"{year} casussen geopend", str(totals.cases_opened))
        )
        rows.append(
            (
                "Vergelijking met eerdere jaren",
                f"{year} casussen gesloten",
                str(totals.cases_closed),
            )
        )
    return rows


def csv_text(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    """Semicolon-separated, as Dutch spreadsheet programs read it; every field quoted when
    needed, and a field that starts like a formula is prefixed, so no cell runs as one."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(tuple(_inert(field) for field in row) for row in rows)
    return out.getvalue()


def csv_bytes(text: str) -> bytes:
    """UTF-8 with a byte order mark, so spreadsheet programs read é and ë correctly."""
    return "\ufeff".encode() + text.encode("utf-8")


def _inert(field: str) -> str:
    return "'" + field if field[:1] in ("=", "+", "-", "@") else field


def annual_overview_csv(figures: AnnualFigures) -> str:
    return csv_text(CSV_HEADER, list(annual_overview_rows(figures)))
