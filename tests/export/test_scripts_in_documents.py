"""Names and facts in the scripts of the clients, through a melding and a dossier, read back by
real readers: qpdf decrypts, pdftotext extracts, and what comes out is what was entered.

Only whitespace is normalised (line breaks and runs of spaces). pdftotext also wraps right-to-
left runs in its own direction marks (U+202A..U+202E); those are the reader's decoration of its
output, not text of the document, and are dropped before comparing.

pdftotext restores logical order with a simple rule of its own: it reverses each run of
right-to-left letters, and a number or a Latin word inside a right-to-left sentence ends the
run, so such a sentence comes out with its pieces in the wrong order whatever the PDF holds. For
those entries (`MIXED`), the test reads the glyphs as drawn (`pdftotext -bbox`, left to right)
and compares them with the visual order that python-bidi's own implementation of the Unicode
bidi algorithm gives for the entered text: the drawing is checked instead of the extraction.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import replace
from datetime import date, time
from pathlib import Path
from xml.etree import ElementTree

import pytest
from bidi import get_display

from app.domain.enums import PersonRole, SignalSource, ViolenceForm
from app.domain.models import Person, Signal, SignalVersion
from app.errors import ValidationError
from app.export.exporter import export_dossier, export_report
from app.export.pdf import CharacterNotPrintable
from app.export.report_content import ReportPerson, ReportSignal
from tests.export import samples
from tests.export.conftest import PASSPHRASE, run_tool
from tests.support import require_tool

NAMES = (
    "Noëlle van der Meer-IJzerman",  # Dutch
    "Şükrü Öztürk uit Iğdır, İlknur",  # Turkish
    "Grzegorz Brzęczyszczykiewicz, Łódź",  # Polish
    "Ștefan Țurcanu din Brașov",  # Romanian
    "Nguyễn Thị Thủy, Trần Đức Lộc",  # Vietnamese
    "Sjoerd Fâns Jûstesma, Ĳsbrand",  # Frisian and the Ĳ as one letter
    "Ελένη Παπαδοπούλου",  # Greek
    "Олена Шевченко з Київа, Їжак ґанок",  # Ukrainian
    "محمد عبدالله الأحمد",  # Arabic
    "زهرا احمدی",  # Persian
    "שרה לוי",  # Hebrew
    "ዮናስ ተስፋይ",  # Tigrinya (Ethiopic)
    "王小明 陳美玲",  # Chinese, simplified and traditional
)
FACTS = (
    "Het kind tekende 😢 en ❤ bij papa",  # emoji, drawn as plain glyphs
    "قالت الأم إن الطفل خائف جدا",  # Arabic
    "Yusuf zei: أريد أن أذهب إلى البيت",  # Arabic quoted in a Dutch sentence
    "پدرم گفت که فردا می آید",  # Persian
    "הילד אמר שהוא פוחד",  # Hebrew
    "孩子说他很害怕回家。",  # Chinese
    "ቆልዓ ፈሪሑ ኣሎ።",  # Tigrinya
    "Ο μικρός είπε ότι φοβάται",  # Greek
    "Дитина сказала, що боїться батька",  # Ukrainian
    "Cháu nói: bố đánh mẹ tối hôm qua.",  # Vietnamese
)
MIXED = (
    "أحمد عمره 12 سنة",  # Arabic with a number
    "زهرا گفت: Ahmed 2026 آمد",  # Persian with Latin and a number
    "הילדה בת 7",  # Hebrew with a number
)
DIRECTION_MARKS = re.compile("[\u202a-\u202e]")


def normalised(text: str) -> str:
    return " ".join(DIRECTION_MARKS.sub("", text).split())


def decrypted(path: Path, folder: Path) -> Path:
    require_tool("qpdf")
    plain = folder / "gedecodeerd.pdf"
    result = run_tool("qpdf", f"--password={PASSPHRASE}", "--decrypt", str(path), str(plain))
    assert result.returncode == 0, result.stderr
    return plain


def extracted_lines(plain: Path) -> list[str]:
    require_tool("pdftotext")
    result = run_tool("pdftotext", "-enc", "UTF-8", str(plain), "-")
    assert result.returncode == 0, result.stderr
    return [normalised(line) for line in result.stdout.splitlines() if line.strip()]


def drawn_lines(plain: Path) -> list[str]:
    """Each line of each page as drawn: its words from left to right, characters as drawn."""
    require_tool("pdftotext")
    result = run_tool("pdftotext", "-enc", "UTF-8", "-bbox", str(plain), "-")
    assert result.returncode == 0, result.stderr
    root = ElementTree.fromstring(re.sub(r"<!DOCTYPE[^>]*>", "", result.stdout))
    lines: list[str] = []
    for page in root.iter("{http://www.w3.org/1999/xhtml}page"):
        rows: dict[float, list[tuple[float, str]]] = {}
        for word in page.iter("{http://www.w3.org/1999/xhtml}word"):
            top = round(float(word.attrib["yMin"]))
            rows.setdefault(top, []).append((float(word.attrib["xMin"]), word.text or ""))
        lines += [" ".join(text for _, text in sorted(row)) for _, row in sorted(rows.items())]
    return [normalised(line) for line in lines]


def check(plain: Path, entered: tuple[str, ...], mixed: tuple[str, ...]) -> None:
    lines = extracted_lines(plain)
    for text in entered:
        assert normalised(text) in lines, text
    drawn = drawn_lines(plain)
    for text in mixed:
        visual = normalised(get_display(text))
        assert any(line.endswith(visual) for line in drawn), (text, visual)


def look(plain: Path, folder: Path) -> list[Path]:
    """The pages as pictures (for a person to look at; the test checks they were made)."""
    require_tool("pdftoppm")
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(plain), str(folder / "pagina")], check=True)
    return sorted(folder.glob("pagina-*.png"))


def test_a_melding_shows_every_script_as_entered(tmp_path: Path) -> None:
    persons = tuple(ReportPerson(role=PersonRole.OTHER, name=name) for name in NAMES)
    signals = tuple(
        ReportSignal(
            observed_on=date(2026, 11, 2),
            observed_time=time(9, 15),
            observed_by=samples.REPORTER_NAME,
            source=SignalSource.TOLD_BY_CHILD,
            form=ViolenceForm.PHYSICAL_ABUSE,
            facts=facts,
        )
        for facts in (*FACTS, *MIXED)
    )
    content = samples.report(persons=persons, signals=signals)
    out = tmp_path / "uit"
    out.mkdir()
    plain = decrypted(export_report(content, PASSPHRASE, out, day=date(2026, 11, 22)), tmp_path)
    check(plain, (*NAMES, *FACTS), MIXED)
    assert look(plain, tmp_path)


def _signal(number: int, facts: str) -> Signal:
    version = SignalVersion(
        version=1,
        observed_on=date(2026, 11, 2),
        observed_time=None,
        observed_by=samples.REPORTER_NAME,
        source=SignalSource.OWN_OBSERVATION,
        form=ViolenceForm.NEGLECT,
        facts=facts,
        interpretation="",
        recorded_at=samples.MOMENT,
        recorded_by=1,
        recorded_by_name=samples.REPORTER_NAME,
        correction_reason=None,
    )
    return Signal(100 + number, 7, samples.MOMENT, 1, (version,))


def _dossier(names: tuple[str, ...], facts: tuple[str, ...]) -> object:
    base = samples.dossier()
    persons = tuple(
        Person(
            200 + number,
            7,
            PersonRole.OTHER,
            name,
            None,
            None,
            "",
            "",
            samples.MOMENT,
            samples.MOMENT,
        )
        for number, name in enumerate(names)
    )
    signals = tuple(_signal(number, text) for number, text in enumerate(facts))
    return replace(base, persons=persons, signals=signals, audit=())


def test_a_dossier_shows_every_script_as_entered(tmp_path: Path) -> None:
    out = tmp_path / "uit"
    out.mkdir()
    content = _dossier(NAMES, (*FACTS, *MIXED))
    path = export_dossier(content, PASSPHRASE, out, day=date(2026, 11, 22))  # type: ignore[arg-type]
    plain = decrypted(path, tmp_path)
    check(plain, (*NAMES, *FACTS), MIXED)
    assert look(plain, tmp_path)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Kumar zei: தமிழ் வணக்கம்", "U+0BA4"),  # Tamil: a script the program does not ship
        ("een teken \ue000 uit het privégebied", "U+E000"),
        ("niet toegekend \u0378", "U+0378"),
    ],
)
def test_an_undrawable_character_stops_the_melding_at_its_field(
    tmp_path: Path, text: str, code: str
) -> None:
    signal = replace(samples.report().signals[0], facts=text)
    content = samples.report(signals=(samples.report().signals[1], signal))
    with pytest.raises(ValidationError) as exc:
        export_report(content, PASSPHRASE, tmp_path)
    assert set(exc.value.field_errors) == {"signals.1.facts"}
    message = exc.value.field_errors["signals.1.facts"].format()
    assert code in message and "kan niet in de melding of het dossier worden" in message
    assert list(tmp_path.iterdir()) == []


def test_an_undrawable_character_stops_the_dossier_naming_where_and_which(
    tmp_path: Path,
) -> None:
    content = _dossier(("Anna de Vries", "Kumar தமிழ்"), ("Blauwe plekken.",))
    with pytest.raises(CharacterNotPrintable) as exc:
        export_dossier(content, PASSPHRASE, tmp_path)  # type: ignore[arg-type]
    message = str(exc.value)
    assert "U+0BA4" in message
    assert "“Betrokkenen”, “Betrokkene 2”, “Naam”" in message
    assert "Kumar" not in message  # where it is, never what it says
    assert list(tmp_path.iterdir()) == []
