"""Saving a report or dossier: render in memory, encrypt, then write under a neutral name.

The one path every document takes out of the program. Nothing unencrypted touches the disk:
the PDF is rendered into memory, encrypted there (with its JSON attached), and only the
encrypted bytes go to `app.fileio.write_atomically`, whose temporary file sits beside the
target and is removed on any failure, a cancel included. The file name holds only the kind of
document and a date.

Progress goes to an optional callback, `progress(stage, fraction)`; the caller cancels by
raising from it (the UI raises `ExportCancelled`), which leaves nothing behind.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.domain.passphrase import MIN_LENGTH
from app.domain.validation import FieldErrors, msg
from app.errors import MeldcodeError
from app.export.document import Document
from app.export.dossier import DossierContent, dossier_document
from app.export.report_content import ReportContent
from app.export.report_document import report_document
from app.export.report_validation import validate_report
from app.fileio import write_atomically
from app.i18n import QT_TRANSLATE_NOOP, Message
from app.logs import get_logger
from app.timeutil import today

# The PDF stack (reportlab, pikepdf) and the melding's JSON schema are imported at the first
# export, not with the main window: most sessions never export.
if TYPE_CHECKING:
    from app.export.encryption import Attachment

REPORT_STEM = "melding-veilig-thuis"
DOSSIER_STEM = "dossier"
CHUNK_SIZE = 64 * 1024
_log = get_logger("export")


class ExportStage(StrEnum):
    RENDER = "render"
    ENCRYPT = "encrypt"
    WRITE = "write"
    DONE = "done"

    @property
    def label(self) -> str:
        return _STAGE_LABELS[self]


_STAGE_LABELS = {
    ExportStage.RENDER: QT_TRANSLATE_NOOP("labels", "Document opmaken"),
    ExportStage.ENCRYPT: QT_TRANSLATE_NOOP("labels", "Versleutelen"),
    ExportStage.WRITE: QT_TRANSLATE_NOOP("labels", "Opslaan"),
    ExportStage.DONE: QT_TRANSLATE_NOOP("labels", "Klaar"),
}

Progress = Callable[[ExportStage, float], None]


class ExportCancelled(MeldcodeError):
    def __init__(self) -> None:
        super().__init__(
            Message(
                "errors",
                QT_TRANSLATE_NOOP(
                    "errors", "Het exporteren is afgebroken. Er is geen bestand opgeslagen."
                ),
            )
        )


def neutral_path(folder: Path, stem: str, day: date, suffix: str = ".pdf") -> Path:
    """`folder/stem-YYYY-MM-DD.pdf`, or with -2, -3 ... when that name is taken."""
    base = f"{stem}-{day.isoformat()}"
    candidate = folder / f"{base}{suffix}"
    counter = 2
    while candidate.exists():
        candidate = folder / f"{base}-{counter}{suffix}"
        counter += 1
    return candidate


def render_pdf(*args: Any, **kwargs: Any) -> bytes:
    """`app.export.pdf.render_pdf`, imported at the first export."""
    from app.export import pdf

    return pdf.render_pdf(*args, **kwargs)


def encrypt_pdf(*args: Any, **kwargs: Any) -> bytes:
    """`app.export.encryption.encrypt_pdf`, imported at the first export."""
    from app.export import encryption

    return encryption.encrypt_pdf(*args, **kwargs)


def export_report(
    content: ReportContent,
    passphrase: str,
    folder: Path,
    *,
    day: date | None = None,
    progress: Progress | None = None,
) -> Path:
    """Validate, render and save a melding with `melding.json` inside; returns the new file."""
    from app.export.encryption import Attachment
    from app.export.report_json import ATTACHMENT_NAME, report_json_bytes

    checked = validate_report(content)
    attachment = Attachment(
        name=ATTACHMENT_NAME,
        data=report_json_bytes(checked),
        mime_type="application/json",
        description="Gegevens van de melding (JSON)",
    )
    return export_document(
        report_document(checked),
        passphrase,
        folder,
        stem=REPORT_STEM,
        day=day,
        attachments=(attachment,),
        progress=progress,
    )


def export_dossier(
    content: DossierContent,
    passphrase: str,
    folder: Path,
    *,
    day: date | None = None,
    progress: Progress | None = None,
) -> Path:
    return export_document(
        dossier_document(content),
        passphrase,
        folder,
        stem=DOSSIER_STEM,
        day=day,
        progress=progress,
    )


def export_document(
    document: Document,
    passphrase: str,
    folder: Path,
    *,
    stem: str,
    day: date | None = None,
    attachments: Sequence[Attachment] = (),
    progress: Progress | None = None,
    target: Path | None = None,
) -> Path:
    """Render, encrypt and write; under a neutral name in `folder`, or as `target` when the
    caller names the file (the command line, where the administrator chooses it)."""
    _check_passphrase(passphrase)
    report = progress or _no_progress
    try:
        report(ExportStage.RENDER, 0.0)
        plain = render_pdf(
            document, on_page=lambda page, pages: report(ExportStage.RENDER, page / pages)
        )
        report(ExportStage.ENCRYPT, 0.0)
        encrypted = encrypt_pdf(plain, passphrase, attachments)
        del plain
        report(ExportStage.WRITE, 0.0)
        target = target or neutral_path(folder, stem, day or today())
        write_atomically(target, _chunks(encrypted, report))
        try:
            report(ExportStage.DONE, 1.0)
        except BaseException:
            # Cancelled at the very end: the caller will not log or show this file.
            target.unlink(missing_ok=True)
            raise
    except BaseException as exc:
        # The type only: a library's message may quote a value it was given.
        _log.warning("export failed: %s", type(exc).__name__)
        raise
    _log.info("export ok: %s", stem)
    return target


def _chunks(data: bytes, report: Progress) -> Iterator[bytes]:
    """The bytes in slices, reporting after each, so a cancel can land mid-write."""
    view = memoryview(data)
    for start in range(0, len(data), CHUNK_SIZE):
        yield bytes(view[start : start + CHUNK_SIZE])
        report(ExportStage.WRITE, min(1.0, (start + CHUNK_SIZE) / len(data)))


def _check_passphrase(passphrase: str) -> None:
    errors = FieldErrors()
    if len(passphrase) < MIN_LENGTH:
        errors.add(
            "passphrase",
            msg(
                QT_TRANSLATE_NOOP(
                    "validation",
                    "De wachtzin voor het bestand is te kort: gebruik minstens {n} tekens.",
                ),
                n=MIN_LENGTH,
            ),
        )
    errors.raise_if_any()


def _no_progress(stage: ExportStage, fraction: float) -> None:
    pass
