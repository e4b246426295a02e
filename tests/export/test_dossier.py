"""The dossier: everything of a case with its history, and withheld parts truly absent."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app.export.dossier import WITHHELD_TITLE, DossierSection, PartRef, dossier_document
from app.export.exporter import export_dossier
from tests.export import samples
from tests.export.conftest import PASSPHRASE, contains_as_text, decrypted_plain_bytes, pdftotext
from tests.support import require_tool

DAY = date(2026, 11, 22)


def test_the_dossier_holds_every_version_step_and_audit_entry() -> None:
    text = dossier_document(samples.dossier()).plain_text()
    for expected in (
        "Vertrouwelijk — dossier meldcode",
        "Casus: Gezin K (nr. 7)",
        samples.CHILD_NAME,
        samples.PARENT_NAME,
        samples.BSN,
        samples.WITHHELD_PERSON,
        # both versions of signal 1, with who, when and why
        "Versie 1 (oorspronkelijk)",
        "Feiten: Blauwe plekken op de bovenarm.",
        "Versie 2 (correctie)",
        f"Feiten: {samples.FACTS}",
        "Reden van correctie: Vorm van de plekken nauwkeuriger beschreven.",
        "Vastgelegd: 3 november 2026",
        "door Pieter Jansen",
        # steps, assessment, decisions, reports, follow-ups
        "Consultatie 2: 4 november 2026",
        "Gesprek 1: niet gevoerd",
        "Hulp 1: 5 november 2026",
        "Afwegingskader: Afwegingskader huisartsen",
        "Versie: 2019.1",
        "2 | Is er sprake van acute en/of structurele onveiligheid? | Ja",
        "Melden bij Veilig Thuis nodig: ja",
        "Soort: melding",
        "Vervolg 1: 22 februari 2027",
        # the audit trail, oldest first, with Dutch labels and names
        "1 | 02-11-2026 09:30 | Aangemaakt | Anna de Vries | Casus",
        "3 | 02-11-2026 09:30 | Gecorrigeerd | Pieter Jansen | Signaal 1",
        "Geëxporteerd | Anna de Vries namens Pieter Jansen",
    ):
        assert expected in text, expected
    assert WITHHELD_TITLE not in text


def test_a_withheld_item_is_replaced_by_its_block() -> None:
    document = dossier_document(samples.dossier(samples.WITHHOLD_NEIGHBOUR))
    text = document.plain_text()
    assert samples.WITHHELD_PERSON not in text
    assert samples.WITHHELD_FACTS not in text
    assert "Kerkstraat 14" not in text
    assert text.count(WITHHELD_TITLE) == 2
    assert "Betrokkene 3 is niet in deze afdruk opgenomen." in text
    assert "Signaal 2 is niet in deze afdruk opgenomen." in text
    # what is not withheld stays
    assert samples.CHILD_NAME in text and samples.FACTS in text


def test_a_whole_section_can_be_withheld() -> None:
    withheld = frozenset({PartRef(DossierSection.CONSULTATIONS), PartRef(DossierSection.AUDIT)})
    text = dossier_document(samples.dossier(withheld)).plain_text()
    assert "Jeroen Bakker" not in text and "Anonieme adviesvraag" not in text
    assert "Gecorrigeerd" not in text and "Pieter Jansen namens" not in text
    assert "Dit onderdeel is niet in deze afdruk opgenomen." in text
    assert "Gesprek 1: niet gevoerd" in text


def test_withheld_content_is_absent_from_the_pdf_text_and_bytes(export_folder: Path) -> None:
    require_tool("pdftotext")
    full = export_dossier(samples.dossier(), PASSPHRASE, export_folder, day=DAY)
    part = export_dossier(
        samples.dossier(samples.WITHHOLD_NEIGHBOUR), PASSPHRASE, export_folder, day=DAY
    )
    full_text = pdftotext(full, PASSPHRASE).stdout
    part_text = pdftotext(part, PASSPHRASE).stdout
    # control: the same check finds the content when it is not withheld
    assert samples.WITHHELD_PERSON in full_text
    assert "Geertruida" in full_text
    for secret in ("Geertruida", "Ïjsselstein", "geschreeuw", "Kerkstraat 14"):
        assert secret not in part_text, secret
    assert part_text.count(WITHHELD_TITLE) == 2
    assert "Noëlle Anaïs Verhoeven" in part_text
    raw = decrypted_plain_bytes(part, PASSPHRASE)
    for secret in ("Geertruida", "Ïjsselstein", "geschreeuw"):
        assert not contains_as_text(raw, secret), secret
    assert part.name == "dossier-2026-11-22-2.pdf"
