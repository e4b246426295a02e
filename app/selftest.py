"""`--self-test`: a headless check that this installation can do its core work.

It makes a throw-away vault in a temporary folder, writes and reads a signal, checks integrity
and the audit chain, renders a small PDF and encrypts it with AES-256, then removes everything.
The keyring is not touched: the throw-away vault uses a passphrase-only slot. The practice
server's driver (psycopg with its own libpq) is loaded, without connecting anywhere.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

from app.crypto import kdf
from app.crypto.device_secret import NoDeviceSecret
from app.domain.models import CaseDraft, SignalDraft, UserDraft
from app.export.encryption import encrypt_pdf, open_encrypted
from app.vault.location import VaultLocation
from app.vault.vault import Vault

MARKER = "zelftest-signaal"
PASSPHRASE = "zelftest wachtzin voor een wegwerpkluis"


# A letter of every script the documents promise: rendering them proves the fonts in
# resources/fonts are there (in the frozen program too) and load.
SCRIPTS = "Ĳ ę ş ễ Ω Ж بيت زهرا שלום ሰላም 王 😢"


def _render_pdf(text: str) -> bytes:
    from app.export.document import Document, Paragraph
    from app.export.pdf import render_pdf

    return render_pdf(Document("Zelftest", "Zelftest", (Paragraph(f"{text} {SCRIPTS}"),)))


def _server_driver(say: Callable[[str], None]) -> bool:
    """psycopg and the libpq it brings along: a user's computer has no libpq of its own, so the
    pure-Python fallback (which needs one) does not count."""
    try:
        import psycopg
    except ImportError:
        say("FOUT: psycopg (de koppeling met de praktijkserver) ontbreekt")
        return False
    implementation = psycopg.pq.__impl__
    if implementation not in ("binary", "c"):
        say(f"FOUT: psycopg zonder eigen libpq ({implementation})")
        return False
    major, rest = divmod(psycopg.pq.version(), 10000)
    say(f"psycopg {psycopg.__version__}, libpq {major}.{rest} ({implementation})")
    return True


def run_self_test(say: Callable[[str], None] = print) -> bool:
    if not _server_driver(say):
        return False
    folder = Path(tempfile.mkdtemp(prefix="meldcode-selftest-"))
    quick = kdf.CalibrationProfile(target_seconds=0.05, memory_kib=16 * 1024, min_time_cost=1)
    try:
        with kdf.calibration_profile(quick):
            vault, _code = Vault.create(
                VaultLocation(folder / "kluis"),
                UserDraft("Zelftest", "test"),
                PASSPHRASE,
                NoDeviceSecret(),
            )
        with vault:
            say(f"SQLCipher {vault.db.cipher_version}")
            case = vault.cases.create(CaseDraft("Zelftest"))
            vault.signals.add(
                case.id,
                SignalDraft(
                    date.today(), None, "Zelftest", "own_observation", "not_yet_clear", MARKER
                ),
            )
            stored = vault.signals.for_case(case.id)
            if [s.current.facts for s in stored] != [MARKER]:
                say("FOUT: signaal niet teruggelezen")
                return False
            report = vault.verify()
            if not report.sound:
                say("FOUT: integriteit of logboek niet in orde")
                return False
            say("kluis: schrijven, lezen, integriteit en logboek in orde")
        raw = (folder / "kluis" / "meldcode.db").read_bytes()
        if MARKER.encode() in raw:
            say("FOUT: kluisbestand bevat leesbare tekst")
            return False
        encrypted = encrypt_pdf(_render_pdf(MARKER), PASSPHRASE)
        with open_encrypted(encrypted, PASSPHRASE) as pdf:
            if pdf.encryption.R != 6 or len(pdf.pages) != 1:
                say("FOUT: PDF niet met AES-256 (R6) versleuteld")
                return False
        say("pdf: gemaakt en versleuteld met AES-256 (revisie 6)")
        return True
    finally:
        shutil.rmtree(folder, ignore_errors=True)
