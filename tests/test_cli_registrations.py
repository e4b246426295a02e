"""`jaaroverzicht` and `registraties` on the command line, from a fresh vault, run as a
separate process like an administrator's script; the files read back and the audit rows."""

from __future__ import annotations

import csv
import io
import re
import subprocess
from datetime import date
from pathlib import Path

import pytest

from app.domain.enums import ConsulteeKind, PersonRole
from app.domain.models import CaseDraft, PersonDraft, UserDraft
from app.export.encryption import open_encrypted
from app.vault.audit import AuditEvent
from app.vault.location import main_location
from app.vault.vault import Vault
from tests.entry_values import consultation, decision, report_registration, signal
from tests.support import TEST_PASSPHRASE, require_tool
from tests.test_cli import PassphraseOnly, cli

YEAR = 2026


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    vault, _code = Vault.create(
        main_location(folder), UserDraft("Anna de Vries"), TEST_PASSPHRASE, PassphraseOnly()
    )
    with vault:
        case = vault.cases.create(CaseDraft("Gezin Kowalski"))
        vault.persons.add(case.id, PersonDraft(PersonRole.CHILD, "Zofia Kowalska"))
        vault.signals.add(case.id, signal("Kind vertelt over slaan.", date(YEAR, 3, 2)))
        vault.entries.add(
            case.id,
            consultation(held_on=date(YEAR, 3, 4), consultee_kind=ConsulteeKind.VEILIG_THUIS),
        )
        made = vault.entries.add(case.id, decision(decided_on=date(YEAR, 3, 9)))
        report = vault.reports.register(
            case.id,
            report_registration(
                made.id, made_on=date(YEAR, 3, 10), organisation="Veilig Thuis Utrecht"
            ),
        )
        vault.reports.add_reference(report.entry.id, "VT-77-123")
    return folder


def audit_details(folder: Path) -> list[tuple[AuditEvent, str]]:
    with Vault.unlock(main_location(folder), 1, TEST_PASSPHRASE, PassphraseOnly()) as vault:
        rows = vault.audit.entries(limit=50)
    return [(row.event, row.detail) for row in rows if row.event == AuditEvent.EXPORT]


def test_the_jaaroverzicht_as_csv_and_pdf(data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "overzicht.csv"
    result = cli(
        "--data-dir",
        str(data_dir),
        "jaaroverzicht",
        str(YEAR),
        "--format",
        "csv",
        "--out",
        str(out),
        stdin=TEST_PASSPHRASE + "\n",
    )
    assert result.returncode == 0, result.stderr
    assert "Jaaroverzicht 2026 geschreven" in result.stdout
    rows = list(csv.reader(io.StringIO(out.read_text("utf-8-sig")), delimiter=";"))
    assert ["Adviesvragen per maand", "maart", "1"] in rows
    assert ["Meldingen per maand", "totaal", "1"] in rows
    assert ["Dagen van eerste signaal tot beslissing", "mediaan", "7"] in rows
    assert "Kowalsk" not in out.read_text("utf-8-sig")

    require_tool("pdftotext")
    pdf = tmp_path / "overzicht.pdf"
    result = cli(
        "--data-dir",
        str(data_dir),
        "jaaroverzicht",
        str(YEAR),
        "--format",
        "pdf",
        "--out",
        str(pdf),
        stdin=TEST_PASSPHRASE + "\n",
    )
    assert result.returncode == 0, result.stderr
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Jaaroverzicht 2026" in text and "Vormen van geweld" in text
    assert "Kowalsk" not in text and "slaan" not in text
    assert audit_details(data_dir)[:2] == [
        (AuditEvent.EXPORT, f"jaaroverzicht;year={YEAR};format=pdf;unencrypted"),
        (AuditEvent.EXPORT, f"jaaroverzicht;year={YEAR};format=csv;unencrypted"),
    ]


@pytest.mark.parametrize(
    ("typed", "told"),
    [("26", "voluit, met vier cijfers"), ("0026", "voluit"), ("2999", "tot en met")],
)
def test_a_year_written_short_or_not_begun_is_refused_and_nothing_is_written(
    data_dir: Path, tmp_path: Path, typed: str, told: str
) -> None:
    out = tmp_path / "overzicht.csv"
    result = cli(
        "--data-dir",
        str(data_dir),
        "jaaroverzicht",
        typed,
        "--format",
        "csv",
        "--out",
        str(out),
        stdin=TEST_PASSPHRASE + "\n",
    )
    assert result.returncode != 0 and told in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists()
    assert audit_details(data_dir) == []


def test_the_jaaroverzicht_is_refused_when_it_meets_a_client(
    data_dir: Path, tmp_path: Path
) -> None:
    with Vault.unlock(main_location(data_dir), 1, TEST_PASSPHRASE, PassphraseOnly()) as vault:
        vault.cases.create(CaseDraft("Maart"))  # a title that is a word of the overview
    out = tmp_path / "overzicht.csv"
    result = cli(
        "--data-dir",
        str(data_dir),
        "jaaroverzicht",
        str(YEAR),
        "--format",
        "csv",
        "--out",
        str(out),
        stdin=TEST_PASSPHRASE + "\n",
    )
    assert result.returncode == 2
    assert "niet onversleuteld opgeslagen" in result.stderr and "Maart" not in result.stderr
    assert not out.exists() and list(tmp_path.glob(".tmp-*")) == []


def test_the_registratielijst_is_encrypted_with_the_csv_inside(
    data_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "lijst.pdf"
    result = cli(
        "--data-dir",
        str(data_dir),
        "registraties",
        "--van",
        "01-01-2026",
        "--tot",
        "2026-12-31",
        "--format",
        "csv",
        "--out",
        str(out),
        stdin=TEST_PASSPHRASE + "\n",
    )
    assert result.returncode == 0, result.stderr
    found = re.search(r"Wachtzin van het bestand: (.+)", result.stdout)
    assert found is not None
    data = out.read_bytes()
    assert b"VT-77-123" not in data
    with open_encrypted(data, found.group(1).strip()) as pdf:
        attached = pdf.attachments["registratielijst.csv"].get_file().read_bytes()
    rows = list(csv.reader(io.StringIO(attached.decode("utf-8-sig")), delimiter=";"))
    assert rows[1][:2] == ["2026-03-04", "Adviesvraag"]
    assert rows[2][:5] == [
        "2026-03-10",
        "Melding",
        "Veilig Thuis Utrecht",
        "Beveiligd meldformulier van de regionale Veilig Thuis",
        "1",
    ]
    assert rows[2][5:] == ["Anna de Vries", "VT-77-123", "nee"]
    assert "Kowalsk" not in attached.decode("utf-8-sig")
    assert audit_details(data_dir)[0] == (
        AuditEvent.EXPORT,
        "registratielijst;from=2026-01-01;to=2026-12-31;format=csv",
    )


def test_the_registratielijst_is_never_written_as_a_plain_csv(
    data_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "lijst.csv"
    result = cli(
        "--data-dir",
        str(data_dir),
        "registraties",
        "--van",
        "2026-01-01",
        "--tot",
        "2026-12-31",
        "--format",
        "csv",
        "--out",
        str(out),
        stdin=TEST_PASSPHRASE + "\n",
    )
    assert result.returncode != 0 and "alleen versleuteld" in result.stderr
    assert not out.exists()
    bad = cli(
        "--data-dir",
        str(data_dir),
        "registraties",
        "--van",
        "31-02-2026",
        "--tot",
        "2026-12-31",
        "--out",
        str(tmp_path / "x.pdf"),
    )
    assert bad.returncode == 2 and "Die dag bestaat niet" in bad.stderr
    backwards = cli(
        "--data-dir",
        str(data_dir),
        "registraties",
        "--van",
        "2026-03-01",
        "--tot",
        "2026-02-01",
        "--out",
        str(tmp_path / "x.pdf"),
        stdin=TEST_PASSPHRASE + "\n",
    )
    assert backwards.returncode == 2 and "voor de eerste dag" in backwards.stderr
    assert not (tmp_path / "x.pdf").exists()
