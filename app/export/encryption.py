"""PDF encryption with AES-256 (PDF 2.0 security handler, revision 6) through pikepdf/qpdf.

reportlab's own encryption is RC4 or AES-128 and is not used. The document information and XMP
metadata are emptied before encrypting, so no title, author, creator or producer names a case
or a program. Files embedded in the PDF (e.g. melding.json) are streams, so they are encrypted
with the rest. Everything happens in memory: pikepdf reads from and writes to BytesIO and qpdf
opens no temporary file for that (tests/export checks the temp folder).
"""

from __future__ import annotations

import io
import secrets
from collections.abc import Sequence
from dataclasses import dataclass

import pikepdf


@dataclass(frozen=True)
class Attachment:
    name: str  # the file name the reader shows, e.g. "melding.json"
    data: bytes
    mime_type: str
    description: str  # says what it is, never whom it is about

    def __repr__(self) -> str:
        return f"Attachment({self.name!r}, {len(self.data)} bytes)"


def strip_metadata(pdf: pikepdf.Pdf) -> None:
    if "/Info" in pdf.trailer:
        del pdf.trailer["/Info"]
    if "/Metadata" in pdf.Root:
        del pdf.Root["/Metadata"]


def encrypt_pdf(plain_pdf: bytes, passphrase: str, attachments: Sequence[Attachment] = ()) -> bytes:
    """The same document, AES-256 R6 encrypted; it opens only with `passphrase`."""
    with pikepdf.open(io.BytesIO(plain_pdf)) as pdf:
        strip_metadata(pdf)
        for attachment in attachments:
            pdf.attachments[attachment.name] = pikepdf.AttachedFileSpec(
                pdf,
                attachment.data,
                description=attachment.description,
                filename=attachment.name,
                mime_type=attachment.mime_type,
                creation_date="",
                mod_date="",
            )
        out = io.BytesIO()
        pdf.save(
            out,
            encryption=pikepdf.Encryption(
                user=passphrase,
                owner=secrets.token_urlsafe(32),
                R=6,
                aes=True,
                metadata=True,
            ),
            static_id=False,
        )
        return out.getvalue()


def open_encrypted(data: bytes, passphrase: str) -> pikepdf.Pdf:
    return pikepdf.open(io.BytesIO(data), password=passphrase)
