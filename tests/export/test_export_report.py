"""The melding as a person and VT's systems meet it: an encrypted PDF read by real readers."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator, FormatChecker

from app.errors import ValidationError
from app.export import phone_passphrase
from app.export.encryption import open_encrypted
from app.export.exporter import export_report
from app.export.report_content import Reporter
from app.export.report_json import schema
from tests.export import samples
from tests.export.conftest import (
    PASSPHRASE,
    contains_as_text,
    decrypted_plain_bytes,
    pdftotext,
    run_tool,
)
from tests.support import MARKERS, plaintext_hits, require_tool

DAY = date(2026, 11, 22)


@pytest.fixture
def exported(export_folder: Path) -> Path:
    return export_report(samples.report(), PASSPHRASE, export_folder, day=DAY)


def test_qpdf_says_a_password_is_required(exported: Path) -> None:
    require_tool("qpdf")
    assert run_tool("qpdf", "--requires-password", str(exported)).returncode == 0


def test_qpdf_reports_aes_256_revision_6(exported: Path) -> None:
    require_tool("qpdf")
    result = run_tool("qpdf", "--show-encryption", f"--password={PASSPHRASE}", str(exported))
    assert result.returncode == 0, result.stderr
    assert re.search(r"^R = 6$", result.stdout, re.MULTILINE)
    # qpdf calls AES-256 "AESv3"; strings, streams and embedded files all use it.
    for what in ("stream", "string", "file"):
        assert f"{what} encryption method: AESv3" in result.stdout


def test_pdftotext_shows_the_dutch_text_with_the_password(exported: Path) -> None:
    require_tool("pdftotext")
    result = pdftotext(exported, PASSPHRASE)
    assert result.returncode == 0, result.stderr
    text = result.stdout
    for expected in (
        "Vertrouwelijk — melding aan Veilig Thuis",
        "Melding aan Veilig Thuis",
        "Noëlle Anaïs Verhoeven",
        "Juf Eléonore",
        "René Łukasz Şahin",
        "kinderen vanaf 12 jaar",
        "2 signalen en 1 betrokkene zijn niet opgenomen.",
        "Informatie waarvan de melder twijfelt of die gedeeld mag worden",
        "De veiligheid van het kind of van het gezin komt in gevaar",
        "Herkend uit de signalenlijst",
        "Het kind vertelt over slaan, schoppen of knijpen.",
    ):
        assert expected in " ".join(text.split()), expected
    pages = re.findall(r"Pagina (\d+) van (\d+)", text)
    total = int(pages[0][1])
    assert total >= 2
    assert [int(n) for n, _ in pages] == list(range(1, total + 1))
    assert text.count("Vertrouwelijk — melding aan Veilig Thuis") == total


def test_pdftotext_fails_without_or_with_a_wrong_password(exported: Path) -> None:
    require_tool("pdftotext")
    for password in (None, "verkeerd-wachtwoord-12"):
        result = pdftotext(exported, password)
        assert result.returncode != 0
        assert "Noëlle" not in result.stdout and samples.PARENT_NAME not in result.stdout


def test_the_file_on_disk_holds_no_case_text(exported: Path, export_folder: Path) -> None:
    markers = (*MARKERS, *samples.NAMES, samples.REPORTER_NAME, "Kerkstraat", "Blauwe plekken")
    assert plaintext_hits(markers, export_folder) == []
    assert list(export_folder.iterdir()) == [exported]


def test_the_json_inside_validates_against_the_schema(exported: Path) -> None:
    with open_encrypted(exported.read_bytes(), PASSPHRASE) as pdf:
        assert list(pdf.attachments) == ["melding.json"]
        attached = pdf.attachments["melding.json"]
        assert attached.description == "Gegevens van de melding (JSON)"
        data = json.loads(attached.get_file().read_bytes().decode("utf-8"))
    Draft202012Validator(schema(), format_checker=FormatChecker()).validate(data)
    assert data["schema_version"] == 2
    assert [p["name"] for p in data["persons"]] == [
        samples.CHILD_NAME,
        samples.PARENT_NAME,
        samples.OTHER_NAME,
    ]
    assert data["signals"][0]["facts"] == samples.FACTS
    assert data["signals"][0]["interpretation"] == samples.INTERPRETATION
    assert data["signals"][0]["signs"] == [
        {
            "citation": samples.SIGN,
            "text": "Het kind vertelt over slaan, schoppen of knijpen.",
            "age_group": "Schoolkind (4-12 jaar)",
        }
    ]
    assert data["signals"][1]["signs"] == []
    assert data["client"] == {
        "informed": False,
        "reason": "danger_to_child_or_family",
        "reason_label": "De veiligheid van het kind of van het gezin komt in gevaar",
        "explanation": "Vader reageerde eerder agressief op vragen van de school.",
    }
    assert data["left_out"] == {"signals": 2, "persons": 1}


def test_metadata_names_nobody_and_no_program(exported: Path) -> None:
    with open_encrypted(exported.read_bytes(), PASSPHRASE) as pdf:
        assert "/Info" not in pdf.trailer
        assert "/Metadata" not in pdf.Root
        assert pdf.docinfo.keys() == set()
        with pdf.open_metadata() as xmp:
            assert len(xmp) == 0
    raw = decrypted_plain_bytes(exported, PASSPHRASE)
    for word in ("ReportLab", "reportlab", "anonymous", "untitled", "unspecified", "/Producer"):
        assert word.encode() not in raw, word
    require_tool("pdfinfo")
    info = run_tool("pdfinfo", "-upw", PASSPHRASE, str(exported))
    assert info.returncode == 0, info.stderr
    assert not re.search(r"^(Title|Author|Subject|Keywords|Creator|Producer):", info.stdout, re.M)


def test_file_names_are_neutral_and_never_overwrite(export_folder: Path) -> None:
    first = export_report(samples.report(), PASSPHRASE, export_folder, day=DAY)
    second = export_report(samples.report(), PASSPHRASE, export_folder, day=DAY)
    assert first.name == "melding-veilig-thuis-2026-11-22.pdf"
    assert second.name == "melding-veilig-thuis-2026-11-22-2.pdf"
    assert first.read_bytes() != second.read_bytes()
    for name in (first.name, second.name):
        assert re.fullmatch(r"melding-veilig-thuis-\d{4}-\d{2}-\d{2}(-\d+)?\.pdf", name)


def test_a_generated_passphrase_opens_the_file_in_qpdf(export_folder: Path) -> None:
    require_tool("qpdf")
    passphrase = phone_passphrase.generate().text
    exported = export_report(samples.report(), passphrase, export_folder, day=DAY)
    assert run_tool("qpdf", f"--password={passphrase}", "--check", str(exported)).returncode == 0
    wrong = passphrase[:-1] + ("1" if passphrase[-1] != "1" else "2")
    assert run_tool("qpdf", f"--password={wrong}", "--check", str(exported)).returncode != 0


def test_poppler_tools_cut_passwords_at_32_characters(export_folder: Path) -> None:
    """Why PASSPHRASE is short: a limit of poppler's command-line tools, not of the file."""
    require_tool("pdftotext")
    long_passphrase = "appel-fiets-zolder-tuin-boek-vaas-kano-42"
    exported = export_report(samples.report(), long_passphrase, export_folder, day=DAY)
    assert pdftotext(exported, long_passphrase).returncode != 0
    with open_encrypted(exported.read_bytes(), long_passphrase) as pdf:
        assert len(pdf.pages) >= 2


def test_an_invalid_report_writes_nothing(export_folder: Path) -> None:
    content = samples.report(reporter=Reporter("", "huisarts", "", ""))
    with pytest.raises(ValidationError) as exc:
        export_report(content, PASSPHRASE, export_folder, day=DAY)
    assert {"reporter.name", "reporter.phone"} <= set(exc.value.field_errors)
    assert list(export_folder.iterdir()) == []


def test_a_short_passphrase_is_refused(export_folder: Path) -> None:
    with pytest.raises(ValidationError) as exc:
        export_report(samples.report(), "kort", export_folder, day=DAY)
    assert "te kort" in exc.value.field_errors["passphrase"].format()
    assert list(export_folder.iterdir()) == []


def test_the_byte_search_sees_stream_contents(exported: Path) -> None:
    """Control for the dossier's byte checks: decrypted, decompressed streams are searchable.

    Page text is written as font glyph codes, so it is checked through pdftotext; strings and
    embedded files (here melding.json) do show up in a byte search.
    """
    raw = decrypted_plain_bytes(exported, PASSPHRASE)
    assert contains_as_text(raw, samples.CHILD_NAME)
