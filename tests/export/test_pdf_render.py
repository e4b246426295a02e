"""The renderer: fonts from reportlab's own package, letters kept, long text, in memory."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pikepdf
import pytest

from app.export import document as doc
from app.export import pdf
from app.export.exporter import ExportCancelled

ROOT = Path(__file__).resolve().parents[2]


def test_fonts_come_from_the_installed_reportlab_package() -> None:
    folder = pdf.reportlab_font_folder()
    assert (folder / "Vera.ttf").is_file() and "reportlab" in folder.parts
    covered = pdf.register_fonts()
    assert all(ord(ch) in covered for ch in "ëéïçłşüöäàèÉËÏ€—„”")
    tracked = subprocess.run(
        ["git", "ls-files", "*.ttf", "*.otf"], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert tracked.stdout.split() == [], "font files belong to reportlab's package, not the repo"


def test_letters_the_font_lacks_become_their_plain_form() -> None:
    assert pdf.printable("Noëlle, François, Łukasz, Şahin") == "Noëlle, François, Łukasz, Şahin"
    assert pdf.printable("Erdős") == "Erdos"
    assert pdf.printable("ĳs") == "ijs"
    assert pdf.printable("Wojciechowska-Żak") == "Wojciechowska-Zak"
    assert pdf.printable("名") == "?"


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

    monkeypatch.setattr(pdf.SimpleDocTemplate, "build", failing_build)
    with pytest.raises(pdf.DocumentRenderFailed) as exc:
        pdf.render_pdf(small((doc.Paragraph("Noëlle Anaïs Verhoeven"),)))
    assert "Noëlle" not in str(exc.value)
    assert exc.value.__context__ is None and exc.value.__cause__ is None
