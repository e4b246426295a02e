"""The melding's document: VT's sections, facts apart from interpretation, omissions said."""

from __future__ import annotations

from app.export.document import Paragraph, Tone
from app.export.report_content import LeftOut, ReportSignal, Safety, select_for_report
from app.export.report_document import HEADER_LINE, left_out_sentence, report_document
from tests.export import samples


def test_the_left_out_sentence_counts_without_content() -> None:
    assert left_out_sentence(LeftOut(2, 1)) == "2 signalen en 1 betrokkene zijn niet opgenomen."
    assert left_out_sentence(LeftOut(1, 0)) == "1 signaal is niet opgenomen."
    assert left_out_sentence(LeftOut(0, 3)) == "3 betrokkenen zijn niet opgenomen."
    assert left_out_sentence(LeftOut()) == ""


def test_choosing_what_to_report_counts_the_rest() -> None:
    case = samples.dossier()
    persons, signals, left_out = select_for_report(case.persons, case.signals, {11, 12}, {21})
    assert [p.name for p in persons] == [samples.CHILD_NAME, samples.PARENT_NAME]
    assert signals == (ReportSignal.from_signal(case.signals[0]),)
    assert signals[0].facts == samples.FACTS  # the current version of a corrected signal
    assert left_out == LeftOut(signals=1, persons=1)
    text = report_document(
        samples.report(persons=persons, signals=signals, left_out=left_out)
    ).plain_text()
    assert "1 signaal en 1 betrokkene zijn niet opgenomen." in text
    assert samples.WITHHELD_PERSON not in text and samples.WITHHELD_FACTS not in text


def test_the_document_has_the_parts_vt_expects() -> None:
    document = report_document(samples.report())
    text = document.plain_text()
    assert document.header_line == HEADER_LINE == "Vertrouwelijk — melding aan Veilig Thuis"
    assert "kinderen vanaf 12 jaar" in text
    headings = [
        "Melder",
        "Betrokkenen",
        "Signalen",
        "Huidige veiligheid van de betrokkenen",
        "Genomen stappen",
        "Weging met het afwegingskader",
        "Is de cliënt over de melding geïnformeerd?",
        "Vraag aan Veilig Thuis",
        "Informatie waarvan de melder twijfelt of die gedeeld mag worden",
    ]
    positions = [text.index(f"\n{heading}\n") for heading in headings]
    assert positions == sorted(positions)
    # facts and interpretation each in their own row
    assert f"Feiten: {samples.FACTS}" in text
    assert f"Interpretatie van de melder: {samples.INTERPRETATION}" in text
    assert "BSN: 111222333" in text
    assert "Geboortedatum: 9 april 2018 (8 jaar)" in text
    assert f"{samples.CHILD_NAME} (Kind): Slaapt deze week bij haar oma." in text
    assert "Afwegingskader: Afwegingskader huisartsen" in text and "Versie: 2019.1" in text
    assert "Reden: De veiligheid van het kind of van het gezin komt in gevaar" in text
    # the unsure part stands last, apart from the rest
    assert text.rindex("psychiatrische") > text.index("Vraag aan Veilig Thuis")
    assert text.count("psychiatrische") == 1


def test_acute_unsafety_is_a_warning_and_nothing_left_out_says_nothing() -> None:
    document = report_document(
        samples.report(safety=Safety("Vader dreigt vandaag.", acute=True), left_out=LeftOut())
    )
    warnings = [b for b in document.blocks if isinstance(b, Paragraph) and b.tone == Tone.WARNING]
    assert warnings and "acuut onveilig" in warnings[0].text
    assert "niet opgenomen" not in document.plain_text()
    empty = report_document(
        samples.report(consultations=(), conversations=(), help_offered=(), assessment=None)
    ).plain_text()
    assert empty.count("Niets vastgelegd.") == 3
    assert "geen weging met het afwegingskader" in empty
