"""Helpers for the export tests: real readers (qpdf, poppler) and a clean temp folder."""

from __future__ import annotations

import io
import subprocess
import tempfile
from pathlib import Path

import pikepdf
import pytest

from app.export.encryption import open_encrypted

# At most 32 characters: poppler's command-line tools cut a longer password off (see
# test_export_report.py); generated passphrases are longer and are checked with qpdf.
PASSPHRASE = "zolder-kano-tulp-vaas-boom-42"


@pytest.fixture
def system_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh, empty system temp folder for Python (tempfile) and for C libraries (TMPDIR)."""
    folder = tmp_path / "systemtemp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setenv("TEMP", str(folder))
    monkeypatch.setenv("TMP", str(folder))
    return folder


@pytest.fixture
def export_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "export"
    folder.mkdir()
    return folder


def run_tool(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(args), capture_output=True, text=True, check=False)


def pdftotext(path: Path, password: str | None) -> subprocess.CompletedProcess[str]:
    args = ["pdftotext", "-enc", "UTF-8"]
    if password is not None:
        args += ["-upw", password]
    return run_tool(*args, str(path), "-")


def decrypted_plain_bytes(path: Path, password: str) -> bytes:
    """The PDF decrypted and with every stream decompressed: what a byte search can read."""
    with open_encrypted(path.read_bytes(), password) as pdf:
        out = io.BytesIO()
        pdf.save(
            out,
            encryption=False,
            compress_streams=False,
            stream_decode_level=pikepdf.StreamDecodeLevel.all,
        )
        return out.getvalue()


def contains_as_text(raw: bytes, text: str) -> bool:
    return any(text.encode(codec) in raw for codec in ("utf-8", "utf-16-le", "utf-16-be"))
