"""Saving and printing documents, each logged in the audit log (NEN 7513).

The audit row says what happened to which case, by whom and when, with a fixed code as its
detail ("melding", "dossier", "dossier-inzage", "jaaroverzicht;year=2026"); never the file
name, which is neutral but is still no business of the log. The file is written first and
the row after it: if the row cannot be written, the file is removed again, so no document
leaves the vault unlogged.
"""

from __future__ import annotations

import contextlib
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path

from app.export.annual import annual_overview_document
from app.export.document import Document
from app.export.dossier import DossierContent
from app.export.exporter import Progress, export_document, export_dossier, export_report
from app.export.report_content import ReportContent
from app.practice_profile import PRACTICE_NAME_SETTING
from app.timeutil import utc_now
from app.vault.audit import AuditEvent
from app.vault.vault import Vault

REPORT_CODE = "melding"
ANNUAL_STEM = "jaaroverzicht"


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
        vault.annual.figures(year),
        vault.setting(PRACTICE_NAME_SETTING),
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
