"""The access log exported: as an encrypted PDF, or as CSV inside an encrypted PDF.

The CSV travels as an attachment of a short encrypted PDF (the same AES-256 encryption as the
melding), so it never lies on disk in the clear. Rows carry numbers, codes and user names,
never case contents.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
from collections.abc import Callable, Sequence
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path

from app.domain.enums import ChangeKind, CloseReason, EntryKind, LabelledEnum, LinkRelation
from app.domain.roles import WorkRole
from app.export import document as doc
from app.export.encryption import Attachment, encrypt_pdf
from app.export.exporter import _check_passphrase
from app.export.pdf import render_pdf
from app.fileio import write_atomically
from app.i18n import QT_TRANSLATE_NOOP
from app.store.access_log import LogFilter, LogRow
from app.vault.content import BASELINE

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


Translate = Callable[[str, str], str]


def _dutch(context: str, text: str) -> str:
    return text


# The log stores short codes (stable, English, free of case contents); a reader sees words.
_WORDS = {
    "melding": QT_TRANSLATE_NOOP("access_log", "melding"),
    "dossier": QT_TRANSLATE_NOOP("access_log", "dossier"),
    "dossier-inzage": QT_TRANSLATE_NOOP("access_log", "dossier voor inzage"),
    "jaaroverzicht": QT_TRANSLATE_NOOP("access_log", "jaaroverzicht"),
    "registratielijst": QT_TRANSLATE_NOOP("access_log", "registratielijst"),
    "title": QT_TRANSLATE_NOOP("access_log", "titel"),
    "archived": QT_TRANSLATE_NOOP("access_log", "gearchiveerd"),
    "restored": QT_TRANSLATE_NOOP("access_log", "teruggezet"),
    "recovery_code": QT_TRANSLATE_NOOP("access_log", "herstelcode"),
    "after_recovery": QT_TRANSLATE_NOOP("access_log", "na herstel met de herstelcode"),
    "sound": QT_TRANSLATE_NOOP("access_log", "in orde"),
    "faults": QT_TRANSLATE_NOOP("access_log", "fouten gevonden"),
    "unencrypted": QT_TRANSLATE_NOOP("access_log", "onversleuteld"),
    "login": QT_TRANSLATE_NOOP("access_log", "inlognaam"),
    "imported": QT_TRANSLATE_NOOP("access_log", "overgenomen uit een kluis"),
}
_KEYS = {
    "role": QT_TRANSLATE_NOOP("access_log", "rol"),
    "admin": QT_TRANSLATE_NOOP("access_log", "beheerder"),
    "kind": QT_TRANSLATE_NOOP("access_log", "soort"),
    "change": QT_TRANSLATE_NOOP("access_log", "wijziging"),
    "version": QT_TRANSLATE_NOOP("access_log", "versie"),
    "reason": QT_TRANSLATE_NOOP("access_log", "reden"),
    "relation": QT_TRANSLATE_NOOP("access_log", "verband"),
    "linked_case": QT_TRANSLATE_NOOP("access_log", "gekoppelde casus"),
    "format": QT_TRANSLATE_NOOP("access_log", "vorm"),
    "rows": QT_TRANSLATE_NOOP("access_log", "regels"),
    "year": QT_TRANSLATE_NOOP("access_log", "jaar"),
    "from": QT_TRANSLATE_NOOP("access_log", "van"),
    "to": QT_TRANSLATE_NOOP("access_log", "tot en met"),
    "setting": QT_TRANSLATE_NOOP("access_log", "instelling"),
    "attempted_at": QT_TRANSLATE_NOOP("access_log", "poging om"),
    "vault": QT_TRANSLATE_NOOP("access_log", "kluis"),
    "first_seq": QT_TRANSLATE_NOOP("access_log", "eerste logregel"),
    "last_seq": QT_TRANSLATE_NOOP("access_log", "laatste logregel"),
    "cases": QT_TRANSLATE_NOOP("access_log", "casussen"),
}
_LISTS: dict[str, type[LabelledEnum]] = {
    "kind": EntryKind,
    "change": ChangeKind,
    "reason": CloseReason,
    "relation": LinkRelation,
}
_YES_NO = {"1": QT_TRANSLATE_NOOP("access_log", "ja"), "0": QT_TRANSLATE_NOOP("access_log", "nee")}


def _value(key: str, value: str, translate: Translate) -> str:
    if key in _LISTS:
        member = _LISTS[key].parse(value)
        return value if member is None else translate("labels", member.label)
    if key == "role":
        try:
            return translate("labels", WorkRole(value).label)
        except ValueError:
            return value
    if key == "admin" and value in _YES_NO:
        return translate("access_log", _YES_NO[value])
    if key in ("from", "to"):
        with contextlib.suppress(ValueError):
            return date.fromisoformat(value).strftime("%d-%m-%Y")
    if key == "attempted_at":
        with contextlib.suppress(ValueError):
            return datetime.fromisoformat(value).astimezone().strftime("%d-%m-%Y %H:%M:%S")
    if key == "format":
        return value.upper()
    return value


# The records the content baseline covers (`app.vault.content`), by their tables.
_BASELINE_TABLES = {
    "signals": QT_TRANSLATE_NOOP("access_log", "signalen"),
    "signal_versions": QT_TRANSLATE_NOOP("access_log", "versies van signalen"),
    "case_entries": QT_TRANSLATE_NOOP("access_log", "stappen"),
    "case_entry_versions": QT_TRANSLATE_NOOP("access_log", "versies van stappen"),
}


def _baseline_text(detail: str, translate: Translate) -> str | None:
    """The content baseline's detail (`{"content_baseline": {table: highest id}}`) in words:
    "signalen t/m nr. 12, ..."; None for any other JSON, which is shown as stored."""
    try:
        limits = json.loads(detail).get(BASELINE)
    except (ValueError, AttributeError):
        return None
    if not isinstance(limits, dict) or not limits:
        return None
    upto = translate("access_log", QT_TRANSLATE_NOOP("access_log", "{records} t/m nr. {number}"))
    return ", ".join(
        upto.format(
            records=translate("access_log", _BASELINE_TABLES[table])
            if table in _BASELINE_TABLES
            else table,
            number=number,
        )
        for table, number in sorted(limits.items(), key=lambda item: _baseline_order(item[0]))
    )


def _baseline_order(table: str) -> tuple[int, str]:
    order = list(_BASELINE_TABLES)
    return (order.index(table) if table in order else len(order), table)


def detail_text(detail: str, translate: Translate = _dutch) -> str:
    """The stored detail code in words ("role=praktijkmanager;admin=0" reads "rol:
    praktijkmanager, beheerder: nee"). A part the program does not know is shown as stored,
    so nothing the log holds is hidden."""
    if detail.startswith("{"):
        return _baseline_text(detail, translate) or detail
    if not detail:
        return detail
    if "->" in detail and "=" not in detail:
        before, _, after = detail.partition("->")
        text = translate(
            "access_log", QT_TRANSLATE_NOOP("access_log", "schema {before} naar {after}")
        )
        return text.format(before=before, after=after)
    shown = []
    for part in detail.split(";"):
        key, sep, value = part.partition("=")
        if not sep:
            shown.append(translate("access_log", _WORDS[part]) if part in _WORDS else part)
        elif key in _KEYS:
            shown.append(f"{translate('access_log', _KEYS[key])}: {_value(key, value, translate)}")
        else:
            shown.append(part)
    return ", ".join(shown)


def row_cells(row: LogRow, translate: Translate = _dutch) -> tuple[str, ...]:
    """A row as the window, the PDF and the CSV show it; `translate` gives the window's language."""
    return (
        str(row.seq),
        row.at.astimezone().strftime("%d-%m-%Y %H:%M:%S"),
        row.user_name,
        translate("labels", row.work_role.label) if row.work_role else "",
        "" if row.case_id is None else str(row.case_id),
        translate("labels", row.event_label),
        row.on_behalf_of_name,
        "; ".join(part for part in (row.object_name, detail_text(row.detail, translate)) if part),
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
                "Het logboek (NEN 7513): wie wanneer wat deed, met welke casus. "
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
