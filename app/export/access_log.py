"""The access log exported: as an encrypted PDF, or as CSV inside an encrypted PDF.

The CSV travels as an attachment of a short encrypted PDF (the same AES-256 encryption as the
melding), so it never lies on disk in the clear. Rows carry numbers, codes and user names,
never case contents.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from enum import StrEnum
from pathlib import Path

from app.export import document as doc
from app.export.encryption import Attachment, encrypt_pdf
from app.export.exporter import _check_passphrase
from app.export.pdf import render_pdf
from app.fileio import write_atomically
from app.i18n import QT_TRANSLATE_NOOP
from app.store.access_log import LogFilter, LogRow

CSV_NAME = "logboek.csv"
# A PDF of a whole year's log would run to thousands of pages; the CSV holds every row.
PDF_MAX_ROWS = 5000
CTX = "access_log"


class LogFormat(StrEnum):
    CSV = "csv"
    PDF = "pdf"


HEADER = (
    QT_TRANSLATE_NOOP("access_log", "Nr."),
    QT_TRANSLATE_NOOP("access_log", "Tijd"),
    QT_TRANSLATE_NOOP("access_log", "Gebruiker"),
    QT_TRANSLATE_NOOP("access_log", "Rol"),
    QT_TRANSLATE_NOOP("access_log", "Casus"),
    QT_TRANSLATE_NOOP("access_log", "Gebeurtenis"),
    QT_TRANSLATE_NOOP("access_log", "Namens"),
    QT_TRANSLATE_NOOP("access_log", "Details"),
)


def row_cells(row: LogRow) -> tuple[str, ...]:
    return (
        str(row.seq),
        row.at.astimezone().strftime("%d-%m-%Y %H:%M:%S"),
        row.user_name,
        row.work_role.label if row.work_role else "",
        "" if row.case_id is None else str(row.case_id),
        row.event_label,
        row.on_behalf_of_name,
        "; ".join(part for part in (row.object_name, row.detail) if part),
    )


def log_csv(rows: Sequence[LogRow]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADER)
    for row in rows:
        writer.writerow(row_cells(row))
    # With a byte order mark, so spreadsheet programs on Windows read the accents right.
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _filter_lines(log_filter: LogFilter) -> tuple[tuple[str, str], ...]:
    def shown(value: object) -> str:
        return "—" if value is None else str(value)

    return (
        (QT_TRANSLATE_NOOP("access_log", "Casus"), shown(log_filter.case_id)),
        (QT_TRANSLATE_NOOP("access_log", "Gebruiker (nummer)"), shown(log_filter.user_id)),
        (QT_TRANSLATE_NOOP("access_log", "Van"), shown(log_filter.date_from)),
        (QT_TRANSLATE_NOOP("access_log", "Tot en met"), shown(log_filter.date_to)),
        (QT_TRANSLATE_NOOP("access_log", "Soort"), shown(log_filter.event)),
    )


def log_document(rows: Sequence[LogRow], log_filter: LogFilter, fmt: LogFormat) -> doc.Document:
    blocks: list[doc.Block] = [
        doc.Paragraph(
            QT_TRANSLATE_NOOP(
                "access_log",
                "Het logboek van de kluis (NEN 7513): wie wanneer wat deed, met welke casus. "
                "Het bevat geen inhoud van casussen.",
            ),
            doc.Tone.NOTE,
        ),
        doc.KeyValues(_filter_lines(log_filter)),
    ]
    if fmt is LogFormat.CSV:
        blocks.append(
            doc.Paragraph(
                QT_TRANSLATE_NOOP(
                    "access_log",
                    "De regels staan in de bijlage logboek.csv van dit versleutelde bestand.",
                )
            )
        )
    else:
        shown = rows[:PDF_MAX_ROWS]
        blocks.append(
            doc.Table(HEADER, tuple(row_cells(r) for r in shown), (5, 11, 12, 14, 7, 14, 10, 12))
        )
        if len(rows) > len(shown):
            blocks.append(
                doc.Paragraph(
                    QT_TRANSLATE_NOOP(
                        "access_log",
                        "Alleen de eerste regels staan hier; kies CSV voor het hele logboek.",
                    ),
                    doc.Tone.WARNING,
                )
            )
    return doc.Document(
        QT_TRANSLATE_NOOP("access_log", "Vertrouwelijk — logboek"),
        QT_TRANSLATE_NOOP("access_log", "Logboek"),
        tuple(blocks),
    )


def export_log(
    rows: Sequence[LogRow], log_filter: LogFilter, fmt: LogFormat, passphrase: str, target: Path
) -> Path:
    """Write the log, encrypted with `passphrase`, to `target` (`.pdf` is added if missing)."""
    _check_passphrase(passphrase)
    fmt = LogFormat(fmt)
    if target.suffix.lower() != ".pdf":
        target = target.with_name(target.name + ".pdf")
    attachments = (
        [Attachment(CSV_NAME, log_csv(rows), "text/csv", "logboek")] if fmt is LogFormat.CSV else []
    )
    plain = render_pdf(log_document(rows, log_filter, fmt))
    encrypted = encrypt_pdf(plain, passphrase, attachments)
    del plain
    write_atomically(target, encrypted)
    return target
