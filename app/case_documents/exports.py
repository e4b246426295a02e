"""Saving and printing documents, each logged in the audit log (NEN 7513).

The audit row says what happened to which case, by whom and when, with a fixed code as its
detail ("melding", "dossier", "dossier-inzage", "jaaroverzicht;year=2026",
"jaaroverzicht;year=2026;format=csv;unencrypted", "registratielijst;from=2026-01-01;to=2026-03-31;
format=pdf"); never the file name, which is neutral but is still no business of the log. The
file is written first and the row after it: if the row cannot be written, the file is removed
again, so no document leaves the vault unlogged.

The jaaroverzicht holds no personal data, so it may also be saved unencrypted (PDF or CSV),
but only after its text was checked against the vault (`vault.personal_texts`): a hit refuses
the save. The registratielijst names professionals and Veilig Thuis's dossiernummers, which lead
to a client at Veilig Thuis, so it is saved encrypted only: as a PDF, or as a PDF with the CSV
inside (the same container as the melding's JSON).
"""

from __future__ import annotations

import contextlib
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path

from app.domain.validation import FieldErrors, msg
from app.errors import MeldcodeError
from app.export.annual import annual_overview_csv, annual_overview_document, csv_bytes
from app.export.document import Document
from app.export.dossier import DossierContent
from app.export.encryption import Attachment
from app.export.exporter import (
    Progress,
    export_document,
    export_dossier,
    export_report,
    neutral_path,
)
from app.export.pdf import render_pdf
from app.export.registrations import registration_list_csv, registration_list_document
from app.export.report_content import ReportContent
from app.fileio import write_atomically
from app.i18n import QT_TRANSLATE_NOOP, Message
from app.practice_profile import PRACTICE_NAME_SETTING
from app.timeutil import today, utc_now
from app.vault.audit import AuditEvent
from app.vault.vault import Vault

REPORT_CODE = "melding"
ANNUAL_STEM = "jaaroverzicht"
REGISTRATIONS_STEM = "registratielijst"
REGISTRATIONS_CSV_NAME = "registratielijst.csv"


class DocumentFormat(StrEnum):
    PDF = "pdf"
    CSV = "csv"


class HoldsPersonalData(MeldcodeError):
    """The check before an unencrypted save found text the vault holds about clients."""

    def __init__(self) -> None:
        super().__init__(
            Message(
                "errors",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Het jaaroverzicht is niet onversleuteld opgeslagen: er staat tekst in die "
                    "in de kluis ook als naam, titel, BSN of signaal voorkomt. Sla het "
                    "versleuteld op.",
                ),
            )
        )


class DossierPurpose(StrEnum):
    """Why the dossier is handed out; the value is the audit log's code."""

    FILE = "dossier"  # the professional's own copy, an inspector, a handover
    ACCESS_REQUEST = "dossier-inzage"  # parents or a child asking to see the file


def export_report_for_case(
    vault: Vault,
    case_id: int,
    content: ReportContent,
    passphrase: str,
    folder: Path,
    *,
    day: date | None = None,
    progress: Progress | None = None,
) -> Path:
    """The melding as an encrypted PDF in `folder`; returns the new file."""
    vault.cases.get(case_id)
    target = export_report(content, passphrase, folder, day=day, progress=progress)
    _log_or_remove(vault, AuditEvent.EXPORT, case_id, REPORT_CODE, target)
    return target


def earlier_report_exports(
    vault: Vault, case_id: int, since: datetime | None = None
) -> list[datetime]:
    """When the melding of this case was saved before (from `since`: the decision it carries
    out), newest first. From the audit log, which knows the moments but never the files."""
    return [
        entry.at
        for entry in vault.audit.entries(case_id)
        if entry.event == AuditEvent.EXPORT
        and entry.detail == REPORT_CODE
        and (since is None or entry.at >= since)
    ]


def export_dossier_for_case(
    vault: Vault,
    content: DossierContent,
    passphrase: str,
    folder: Path,
    *,
    purpose: DossierPurpose = DossierPurpose.FILE,
    day: date | None = None,
    progress: Progress | None = None,
) -> Path:
    """The dossier of `content.case` as an encrypted PDF in `folder`; returns the new file."""
    target = export_dossier(content, passphrase, folder, day=day, progress=progress)
    _log_or_remove(vault, AuditEvent.EXPORT, content.case.id, purpose.value, target)
    return target


def record_dossier_printed(
    vault: Vault, case_id: int, purpose: DossierPurpose = DossierPurpose.FILE
) -> None:
    """Log that the UI printed the dossier on paper (call it once the print job is sent)."""
    _log(vault, AuditEvent.PRINT, case_id, purpose.value)


def annual_overview(vault: Vault, year: int) -> Document:
    """The year's overview for the practice manager, to preview, print or save."""
    return annual_overview_document(
        vault.annual.annual_figures(year),
        vault.settings.get(PRACTICE_NAME_SETTING),
        utc_now(),
        vault.user.display_name,
    )


def export_annual_overview(
    vault: Vault,
    year: int,
    passphrase: str,
    folder: Path,
    *,
    day: date | None = None,
    progress: Progress | None = None,
) -> Path:
    target = export_document(
        annual_overview(vault, year),
        passphrase,
        folder,
        stem=ANNUAL_STEM,
        day=day,
        progress=progress,
    )
    _log_or_remove(vault, AuditEvent.EXPORT, None, _annual_code(year), target)
    return target


def record_annual_overview_printed(vault: Vault, year: int) -> None:
    _log(vault, AuditEvent.PRINT, None, _annual_code(year))


def annual_overview_text(vault: Vault, year: int, form: DocumentFormat) -> tuple[str, bytes]:
    """The overview's text as it will be read, and the bytes of the file, checked to hold no
    text of the vault's clients (raises `HoldsPersonalData`)."""
    if form is DocumentFormat.CSV:
        text = annual_overview_csv(vault.annual.annual_figures(year))
        data = csv_bytes(text)
    else:
        document = annual_overview(vault, year)
        # The renderer draws exactly these texts (plus page numbers), nothing else.
        text = document.plain_text()
        data = render_pdf(document)
    if vault.personal_texts.hits(text):
        raise HoldsPersonalData()
    return text, data


def save_annual_overview_unencrypted(
    vault: Vault,
    year: int,
    form: DocumentFormat,
    folder: Path,
    *,
    target: Path | None = None,
    day: date | None = None,
) -> Path:
    """The jaaroverzicht as a plain PDF or CSV, after the check that it holds no client data."""
    _text, data = annual_overview_text(vault, year, form)
    path = target or neutral_path(folder, ANNUAL_STEM, day or today(), f".{form.value}")
    write_atomically(path, data)
    _log_or_remove(
        vault,
        AuditEvent.EXPORT,
        None,
        f"{_annual_code(year)};format={form.value};unencrypted",
        path,
    )
    return path


def check_period(first: date | None, last: date | None) -> tuple[date, date]:
    errors = FieldErrors()
    if first is None:
        errors.add("from", msg(QT_TRANSLATE_NOOP("validation", "Vul de eerste dag in.")))
    if last is None:
        errors.add("to", msg(QT_TRANSLATE_NOOP("validation", "Vul de laatste dag in.")))
    if first is not None and last is not None and last < first:
        errors.add(
            "to",
            msg(
                QT_TRANSLATE_NOOP(
                    "validation", "De laatste dag ligt voor de eerste dag van de periode."
                )
            ),
        )
    errors.raise_if_any()
    assert first is not None and last is not None
    return first, last


def registration_list(vault: Vault, first: date, last: date) -> Document:
    """The registratielijst of the period, both days included, to preview, print or save."""
    first, last = check_period(first, last)
    return registration_list_document(
        vault.registrations.between(first, last),
        first,
        last,
        vault.settings.get(PRACTICE_NAME_SETTING),
        utc_now(),
        vault.user.display_name,
    )


def export_registration_list(
    vault: Vault,
    first: date,
    last: date,
    form: DocumentFormat,
    passphrase: str,
    folder: Path,
    *,
    target: Path | None = None,
    day: date | None = None,
    progress: Progress | None = None,
) -> Path:
    """The registratielijst as an encrypted PDF; for CSV the same PDF with the CSV inside."""
    first, last = check_period(first, last)
    attachments: tuple[Attachment, ...] = ()
    if form is DocumentFormat.CSV:
        rows = vault.registrations.between(first, last)
        attachments = (
            Attachment(
                name=REGISTRATIONS_CSV_NAME,
                data=csv_bytes(registration_list_csv(rows)),
                mime_type="text/csv",
                description="Registratielijst (CSV, puntkomma gescheiden)",
            ),
        )
    path = export_document(
        registration_list(vault, first, last),
        passphrase,
        folder,
        stem=REGISTRATIONS_STEM,
        day=day,
        attachments=attachments,
        progress=progress,
        target=target,
    )
    _log_or_remove(
        vault,
        AuditEvent.EXPORT,
        None,
        f"{_registrations_code(first, last)};format={form.value}",
        path,
    )
    return path


def record_registration_list_printed(vault: Vault, first: date, last: date) -> None:
    _log(vault, AuditEvent.PRINT, None, _registrations_code(first, last))


def _registrations_code(first: date, last: date) -> str:
    return f"{REGISTRATIONS_STEM};from={first.isoformat()};to={last.isoformat()}"


def _annual_code(year: int) -> str:
    return f"{ANNUAL_STEM};year={year}"


def _log_or_remove(
    vault: Vault, event: AuditEvent, case_id: int | None, code: str, written: Path
) -> None:
    try:
        _log(vault, event, case_id, code)
    except BaseException:
        with contextlib.suppress(OSError):
            written.unlink()
        raise


def _log(vault: Vault, event: AuditEvent, case_id: int | None, code: str) -> None:
    vault.audit.append(
        event,
        user_id=vault.user.id,
        case_id=case_id,
        object_type=None if case_id is None else "case",
        object_id=case_id,
        detail=code,
    )
