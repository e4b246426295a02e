"""The access log as the practice reads it, on both stores: filters, order and pages in SQL,
the export encrypted and itself logged, and searches logged without what was searched for."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta
from pathlib import Path

import pytest

from app.domain.models import CaseDraft
from app.domain.roles import WorkRole
from app.errors import AccessDenied, ValidationError
from app.export.access_log import CSV_NAME, LogFormat, export_log
from app.export.encryption import open_encrypted
from app.store.access_log import LogFilter
from app.store.search import CaseQuery
from app.timeutil import today
from app.vault.audit import AuditEvent
from tests.stores.conftest import Backend
from tests.support import plaintext_hits, require_tool

FILE_PASSPHRASE = "wachtzin voor het logboekbestand"


def test_filters_by_case_user_kind_and_period_sorted_and_paged(backend: Backend) -> None:
    vault = backend.store
    cases = [vault.cases.create(CaseDraft(f"Casus {n}")) for n in range(3)]
    for case in cases:
        vault.cases.open(case.id)
    log = vault.access_log
    everything = log.count(LogFilter())
    assert everything == len(vault.audit.entries())
    first_page = log.page(LogFilter(), 0, 4)
    second_page = log.page(LogFilter(), 4, 4)
    seqs = [r.seq for r in first_page + second_page]
    assert seqs == sorted(seqs, reverse=True) and len(set(seqs)) == min(everything, 8)
    oldest = log.page(LogFilter(newest_first=False), 0, 1)[0]
    assert oldest.seq == 1 and oldest.event == backend.first_event
    about_one = log.page(LogFilter(case_id=cases[1].id))
    assert {r.event for r in about_one} == {"create", "open"}
    assert all(
        r.user_name == "Anna de Vries" and r.work_role is WorkRole.PROFESSIONAL for r in about_one
    )
    opened = LogFilter(event=AuditEvent.OPEN.value)
    assert log.count(opened) == 3
    assert log.count(LogFilter(user_id=1)) == everything
    assert log.count(LogFilter(user_id=2)) == 0
    assert log.count(LogFilter(date_from=today(), date_to=today())) == everything
    assert log.count(LogFilter(date_to=today() - timedelta(days=1))) == 0
    with pytest.raises(ValidationError) as invalid:
        log.count(LogFilter(date_from=date(2025, 2, 1), date_to=date(2025, 1, 1)))
    assert "date_to" in invalid.value.field_errors
    with pytest.raises(ValidationError):
        log.count(LogFilter(event="geen-soort"))


def test_searches_are_logged_without_the_words(backend: Backend) -> None:
    vault = backend.store
    vault.cases.create(CaseDraft("Gezin Zoekwoord"))
    vault.search.find(CaseQuery("Zoekwoord"))
    searches = [e for e in vault.audit.entries() if e.event == AuditEvent.SEARCH]
    assert len(searches) == 1 and searches[0].detail == ""
    assert not any("Zoekwoord" in e.detail for e in vault.audit.entries())


def test_a_colleague_without_the_beheerder_right_does_not_read_the_log(
    backend: Backend,
) -> None:
    bram = backend.add_colleague("Bram", first_passphrase=True)
    as_bram = backend.act_as(bram.id)
    backend.change_passphrase("eerste wachtzin van bram!")
    with pytest.raises(AccessDenied) as refused:
        as_bram.access_log.page(LogFilter())
    # The refusal names who reads the log, not who manages users.
    assert refused.value.text == AccessDenied.LOG_ONLY


@pytest.mark.parametrize("fmt", [LogFormat.CSV, LogFormat.PDF])
def test_the_export_is_encrypted_holds_the_rows_and_is_logged(
    backend: Backend, tmp_path: Path, fmt: LogFormat
) -> None:
    vault = backend.store
    case = vault.cases.create(CaseDraft("Marieke Verhoeven-Testmarker"))
    vault.cases.open(case.id)
    wanted = LogFilter(case_id=case.id)
    rows = vault.access_log.all_rows(wanted)
    target = export_log(rows, wanted, fmt, FILE_PASSPHRASE, tmp_path / "uit" / "logboek")
    vault.access_log.log_export(wanted, fmt.value, len(rows))
    assert target.name == "logboek.pdf"
    assert plaintext_hits(("Anna de Vries", "Geopend", "Marieke"), tmp_path / "uit") == []
    with open_encrypted(target.read_bytes(), FILE_PASSPHRASE) as pdf:
        attachments = list(pdf.attachments)
        if fmt is LogFormat.CSV:
            assert attachments == [CSV_NAME]
            text = pdf.attachments[CSV_NAME].get_file().read_bytes().decode("utf-8-sig")
            table = list(csv.reader(io.StringIO(text), delimiter=";"))
            assert table[0][:3] == ["Nr.", "Tijd", "Gebruiker"]
            assert [(r[2], r[3], r[4], r[5]) for r in table[1:]] == [
                ("Anna de Vries", "Hulpverlener", str(case.id), "Geopend"),
                ("Anna de Vries", "Hulpverlener", str(case.id), "Aangemaakt"),
            ]
        else:
            assert attachments == []
    exports = [e for e in vault.audit.entries() if e.event == AuditEvent.EXPORT]
    assert exports[0].object_type == "access_log" and exports[0].case_id == case.id
    assert exports[0].detail == f"format={fmt.value};rows=2"


def test_the_pdf_export_reads_as_a_table(backend: Backend, tmp_path: Path) -> None:
    vault = backend.store
    pdftotext = require_tool("pdftotext")
    import subprocess

    from app.export.encryption import open_encrypted as _open

    rows = vault.access_log.all_rows(LogFilter())
    target = export_log(rows, LogFilter(), LogFormat.PDF, FILE_PASSPHRASE, tmp_path / "l.pdf")
    plain = tmp_path / "plain.pdf"
    with _open(target.read_bytes(), FILE_PASSPHRASE) as pdf:
        pdf.save(plain)
    done = subprocess.run([pdftotext, str(plain), "-"], capture_output=True, text=True, check=True)
    text = done.stdout
    assert "Logboek" in text and "Geopend" not in text
    # The label of the log's first event, its words perhaps on lines of their own.
    assert all(word in text for word in backend.first_event.label.split())
    assert "Hulpverlener" in text


def test_details_read_as_words_in_the_window_the_pdf_and_the_csv(backend: Backend) -> None:
    vault = backend.store
    from app.domain.enums import CloseReason
    from app.export.access_log import detail_text, row_cells

    case = vault.cases.create(CaseDraft("Casus"))
    vault.cases.close(case.id, code=CloseReason.NO_SUSPICION)
    closed = vault.access_log.page(LogFilter(case_id=case.id, event=AuditEvent.CLOSE.value))[0]
    assert closed.detail == "reason=no_suspicion"
    assert row_cells(closed)[7] == f"reden: {CloseReason.NO_SUSPICION.label}"
    assert detail_text("role=praktijkmanager;admin=0") == "rol: Praktijkmanager, beheerder: nee"
    assert detail_text("jaaroverzicht;year=2026") == "jaaroverzicht, jaar: 2026"
    assert detail_text("registratielijst;from=2026-01-01;to=2026-03-31") == (
        "registratielijst, van: 01-01-2026, tot en met: 31-03-2026"
    )
    assert detail_text("7->8") == "schema 7 naar 8"
    # Every code the program writes reads as Dutch words, none as stored English.
    assert detail_text("jaaroverzicht;year=2026;format=csv;unencrypted") == (
        "jaaroverzicht, jaar: 2026, vorm: CSV, onversleuteld"
    )
    assert detail_text("login") == "inlognaam"
    assert detail_text("role=praktijkmanager;admin=0;imported") == (
        "rol: Praktijkmanager, beheerder: nee, overgenomen uit een kluis"
    )
    assert detail_text("vault=ab12;first_seq=1;last_seq=9;cases=3") == (
        "kluis: ab12, eerste logregel: 1, laatste logregel: 9, casussen: 3"
    )
    baseline = '{"content_baseline": {"case_entries": 3, "signals": 12, "zzz": 1}}'
    assert detail_text(baseline) == "signalen t/m nr. 12, stappen t/m nr. 3, zzz t/m nr. 1"
    assert detail_text('{"other": 1}') == '{"other": 1}'  # shown as stored
    # What the program does not know is shown as it is stored, never dropped.
    assert detail_text("kind=nieuw;onbekend=1;los") == "soort: nieuw, onbekend=1, los"
    # The window passes Qt's translator; every piece goes through it.
    asked: list[tuple[str, str]] = []

    def translate(context: str, text: str) -> str:
        asked.append((context, text))
        return text.upper()

    assert detail_text("admin=1", translate) == "BEHEERDER: JA"
    assert asked == [("access_log", "beheerder"), ("access_log", "ja")]
