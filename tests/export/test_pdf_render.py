"""The renderer: shipped fonts, letters never replaced, long text, in memory, one pass."""

from __future__ import annotations

import io

import pikepdf
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab import rl_config
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, Table
from reportlab.platypus.doctemplate import BaseDocTemplate

from app.export import document as doc
from app.export import fonts, pdf
from app.export.dossier import dossier_document
from app.export.exporter import ExportCancelled
from app.export.report_document import report_document
from tests.export import samples


def test_the_fonts_are_shipped_with_their_licences() -> None:
    folder = fonts.font_folder()
    files = {face.regular for face in fonts.CHAIN} | {
        face.bold for face in fonts.CHAIN if face.bold
    }
    for name in files:
        assert (folder / name).is_file(), name
    assert "SIL Open Font License" in (folder / "OFL.txt").read_text(encoding="utf-8")
    assert "Bitstream" in (folder / "LICENSE-DejaVu.txt").read_text(encoding="utf-8")
    total = sum(path.stat().st_size for path in folder.glob("*.ttf"))
    assert total < 16 * 1024 * 1024, "README promises a bundle of about 14 MB of fonts"


def test_every_font_has_a_family_name_of_its_own() -> None:
    """The print preview registers these fonts with Qt; under the name of a font the
    computer has too ("DejaVu Sans" is the window's own font on many Linux desktops), Qt
    mixed the two and the window drew typed text with the wrong font's glyphs."""
    from reportlab.pdfbase.ttfonts import TTFontFile

    for path in sorted(fonts.font_folder().glob("*.ttf")):
        face = TTFontFile(str(path))
        assert face.familyName.startswith(b"Meldcode "), path.name
        assert face.name.startswith(b"Meldcode"), path.name


def test_every_script_of_the_clients_has_a_font() -> None:
    for text in (
        "Noëlle Ĳsselmeer Łódź ę Şahin İ ı Ştefan Țurcanu Nguyễn Thị Thủy",
        "Ελένη Олена Їжак",
        "زهرا احمدی محمد",
        "שלום",
        "ትግርኛ",
        "王小明 张伟 李娜 陳",
        "👍 ❤ 😀",
    ):
        assert fonts.first_unprintable(text) is None, text
    assert fonts.first_unprintable("\ue000") == "\ue000"  # private use: no font has it
    assert fonts.first_unprintable("தமிழ்") == "த"  # Tamil is not shipped


def small(blocks: tuple[doc.Block, ...]) -> doc.Document:
    return doc.Document(header_line="Vertrouwelijk — test", title="Test", blocks=blocks)


def test_long_text_and_markup_characters_render() -> None:
    long_facts = "Een lange beschrijving <b>met</b> & tekens. " * 600  # about 26,000 characters
    document = small(
        (
            doc.Heading("Signaal"),
            doc.KeyValues((("Feiten", long_facts),)),
            doc.Table(("a", "b"), (("1", long_facts[:3000]),)),
            doc.BulletList(("één", "twee")),
            doc.Withheld("Niet verstrekt", "Signaal 2"),
        )
    )
    data = pdf.render_pdf(document)
    assert data.startswith(b"%PDF-")
    with pikepdf.open(io.BytesIO(data)) as rendered:
        assert len(rendered.pages) >= 5


def test_a_page_hook_can_cancel_and_sees_the_page_count() -> None:
    seen: list[tuple[int, int]] = []

    def hook(page: int, total: int) -> None:
        seen.append((page, total))
        if page == 2:
            raise ExportCancelled()

    document = small(tuple(doc.Paragraph(f"Alinea {n}. " * 40) for n in range(60)))
    with pytest.raises(ExportCancelled):
        pdf.render_pdf(document, on_page=hook)
    assert seen[0][0] == 1 and seen[-1][0] == 2 and seen[0][1] >= 3


def test_a_reportlab_failure_does_not_carry_the_text_it_was_laying_out(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def failing_build(self: object, flowables: object, **kwargs: object) -> None:
        raise ValueError("Flowable <Paragraph 'Noëlle Anaïs Verhoeven'> too large")

    # reportlab's layout itself, under the document template the export sets up.
    monkeypatch.setattr(BaseDocTemplate, "build", failing_build)
    with pytest.raises(pdf.DocumentRenderFailed) as exc:
        pdf.render_pdf(small((doc.Paragraph("Noëlle Anaïs Verhoeven"),)))
    assert "Noëlle" not in str(exc.value)
    assert exc.value.__context__ is None and exc.value.__cause__ is None


def test_a_character_no_font_has_stops_the_document_and_names_field_and_character() -> None:
    document = small(
        (
            doc.Heading("Signalen"),
            doc.Heading("Signaal 2: 3 maart 2026", level=2),
            doc.KeyValues((("Waargenomen door", "Juf Anna"), ("Feiten", "Zij zei \ue000 nee"))),
        )
    )
    with pytest.raises(pdf.CharacterNotPrintable) as exc:
        pdf.render_pdf(document)
    message = str(exc.value)
    assert exc.value.code_point == "U+E000"
    assert "U+E000" in message and "“Feiten”" in message and "“Signaal 2”" in message
    assert "“Signalen”" in message and "niets opgeslagen" in message
    assert "Zij zei" not in message and "maart" not in message  # labels, never the contents


def test_page_numbers_come_from_one_layout_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    builds: list[int] = []
    original = BaseDocTemplate.build

    def counting_build(self: object, *args: object, **kwargs: object) -> None:
        builds.append(1)
        original(self, *args, **kwargs)

    monkeypatch.setattr(BaseDocTemplate, "build", counting_build)
    document = small(tuple(doc.Paragraph(f"Alinea {n}. " * 40) for n in range(60)))
    data = pdf.render_pdf(document)
    assert builds == [1]
    with pikepdf.open(io.BytesIO(data)) as rendered:
        total = len(rendered.pages)
        assert total >= 3
        for number, page in enumerate(rendered.pages, start=1):
            assert f"Pagina {number} van {total}".encode() in page.Contents.read_bytes()


@settings(max_examples=40, deadline=None)
@given(text=st.text(max_size=40))
def test_any_text_is_drawn_or_refused_by_name_never_anything_else(text: str) -> None:
    document = small((doc.KeyValues((("Feiten", text),)), doc.Paragraph(text)))
    try:
        data = pdf.render_pdf(document)
    except pdf.CharacterNotPrintable as exc:
        assert exc.code_point == f"U+{ord(fonts.first_unprintable(text) or ' '):04X}"
        assert exc.code_point in str(exc)
        return
    assert fonts.first_unprintable(text) is None
    assert data.startswith(b"%PDF-")


def test_right_to_left_text_wraps_within_its_width_and_splits_without_loss() -> None:
    from app.export.bidi_text import BidiParagraph

    words = [*("قالت الأم إن الطفل خائف جدا من أبيه 12 مرة " * 60).split(), "ب" * 400]
    text = " ".join(words)
    paragraph = BidiParagraph(text, pdf._styles()["cell"], bold=False)
    _, height = paragraph.wrap(300, 10_000)
    lines = paragraph._lines
    assert lines is not None and len(lines) > 20
    assert all(line.width <= 300 for line in lines)
    head, tail = paragraph.split(300, height / 2)
    kept = [line.logical for part in (head, tail) for line in part._lines]
    assert "".join(kept).replace(" ", "") == text.replace(" ", "")
    # A long Arabic fact across pages, in a table cell and as a paragraph.
    data = pdf.render_pdf(small((doc.KeyValues((("Feiten", text),)), doc.Paragraph(text))))
    with pikepdf.open(io.BytesIO(data)) as rendered:
        assert len(rendered.pages) >= 2


def _reuse_test_documents() -> list[doc.Document]:
    """Documents with what the reuse in `app.export.pdf` touches: signals under headings, a
    key-value table and a table longer than a page (both split), paragraphs split over pages,
    text in several scripts (the fonts' subset codes), a shaded withheld block."""
    long_value = "Een waarneming met een lange beschrijving, over meer regels verdeeld. " * 12
    rows = tuple((f"Veld {n}", long_value if n % 3 == 0 else f"waarde {n}") for n in range(90))
    table_rows = tuple((f"{n}", f"Noëlle {n}", long_value[: 40 + n]) for n in range(160))
    return [
        report_document(samples.report()),
        dossier_document(samples.dossier()),
        small(
            (
                doc.Heading("Signalen"),
                *(
                    block
                    for n in range(40)
                    for block in (
                        doc.Heading(f"Signaal {n}: 2 maart 2026", level=2),
                        doc.KeyValues((("Waargenomen door", "Juf Anna"), ("Feiten", long_value))),
                    )
                ),
                doc.KeyValues(rows),
                doc.Table(("Nr", "Naam", "Tekst"), table_rows, widths=(1, 3, 6)),
                doc.Paragraph("Ελένη Олена زهرا احمدی שלום ትግርኛ 王小明 👍 " * 30),
                *(doc.Paragraph(f"Alinea {n}. " * 90) for n in range(8)),
                doc.Withheld("Niet verstrekt", "Signaal 2"),
            )
        ),
        # White space the parser tidies, and text beside it that goes through the parser.
        small(
            tuple(
                block
                for text in (
                    "  twee  spaties\tén een tab  ",
                    "harde\u00a0spatie en\u2003em-spatie",
                    "regel\reen\u2028twee",
                    "a > b & c < d",
                    "eerste regel\ntweede regel",
                    "Noëlle zei: „papa kneep heel hard”. " * 8,
                )
                for block in (
                    doc.Paragraph(text),
                    doc.KeyValues((("Feiten", text), ("Kort", text[:12]))),
                    doc.Heading(text, level=2),
                    doc.Paragraph(text, doc.Tone.NOTE),
                )
            )
        ),
        # A long paragraph after more and more short ones: on one of them a single line fits
        # at the foot of the page, and reportlab moves the whole paragraph on (no orphan).
        *(
            small(
                (
                    *(doc.Paragraph(f"Korte alinea {n}.") for n in range(20)),
                    doc.Paragraph("Tekst " * 15 * shift),
                    doc.Paragraph("Een alinea die over de pagina heen loopt. " * 160),
                )
            )
            for shift in range(1, 12)
        ),
    ]


def test_the_reuse_in_layout_changes_no_byte_of_the_pdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Plain text given to reportlab as its one fragment, lines broken once per width, a whole
    table measured once, subset codes kept per text and the frame copied field by field: the
    same PDF as reportlab gives without them."""
    monkeypatch.setattr(rl_config, "invariant", 1)  # no time stamp or random id in the bytes
    documents = _reuse_test_documents()
    with_reuse = [pdf.render_pdf(document) for document in documents]
    monkeypatch.setattr(pdf, "_parsed_plain", lambda text, style: None)
    monkeypatch.setattr(pdf._Paragraph, "wrap", Paragraph.wrap)
    monkeypatch.setattr(pdf._Table, "_calc", Table._calc)
    monkeypatch.delattr(pdf._Frame, "__deepcopy__")
    monkeypatch.setattr(fonts._font_class(), "splitString", TTFont.splitString)
    without = [pdf.render_pdf(document) for document in documents]
    for kept, plain in zip(with_reuse, without, strict=True):
        assert kept == plain
    with pikepdf.open(io.BytesIO(with_reuse[2])) as rendered:
        assert len(rendered.pages) >= 8  # the tables and paragraphs did split


def test_a_paragraph_in_a_table_is_broken_into_lines_once(monkeypatch: pytest.MonkeyPatch) -> None:
    broken: list[str] = []
    original = Paragraph.breakLines

    def counting(self: Paragraph, *args: object, **kwargs: object) -> object:
        broken.append(self.text)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Paragraph, "breakLines", counting)
    facts = "Blauwe plekken op beide bovenarmen, over meer regels beschreven. " * 4
    pdf.render_pdf(
        small(
            (
                doc.Heading("Signaal 1: 2 maart 2026", level=2),
                doc.KeyValues((("Waargenomen door", "Juf Anna"), ("Feiten", facts))),
            )
        )
    )
    # Measured in the heading's group, measured again as placed, and drawn: broken once.
    assert sum(facts.strip()[:40] in text for text in broken) == 1
