"""Printers that save a file are told apart from printers that put ink on paper."""

from __future__ import annotations

import pytest

from app.print_targets import writes_files


@pytest.mark.parametrize(
    "name",
    [
        "Microsoft Print to PDF",
        "Microsoft XPS Document Writer",
        "OneNote (Desktop)",
        "Send To OneNote 16",
        "PDF",
        "Cups-PDF",
        "PDFCreator",
        "PDF24",
        "Bullzip PDF Printer",
        "Adobe PDF",
        "Fax",
    ],
)
def test_a_printer_that_saves_a_file_is_known(name: str) -> None:
    assert writes_files(name)
    assert writes_files(name.upper()) and writes_files(name.lower())


@pytest.mark.parametrize(
    "name", ["HP LaserJet M404", "Brother HL-L2350DW", "Balie", "Kyocera ECOSYS P2135d", ""]
)
def test_a_printer_on_paper_is_not_refused(name: str) -> None:
    assert not writes_files(name)
