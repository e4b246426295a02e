"""PDF encryption with AES-256 (PDF 2.0 security handler, revision 6) through pikepdf/qpdf.

reportlab's own encryption is RC4 or AES-128 and is not used. The document information and XMP
metadata are emptied before encrypting, so no title, author or producer names a case.
"""

from __future__ import annotations

import io
import secrets

import pikepdf


def strip_metadata(pdf: pikepdf.Pdf) -> None:
    if "/Info" in pdf.trailer:
        del pdf.trailer["/Info"]
    if "/Metadata" in pdf.Root:
        del pdf.Root["/Metadata"]


def encrypt_pdf(plain_pdf: bytes, passphrase: str) -> bytes:
    """The same document, AES-256 R6 encrypted; it opens only with `passphrase`."""
    with pikepdf.open(io.BytesIO(plain_pdf)) as pdf:
        strip_metadata(pdf)
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
