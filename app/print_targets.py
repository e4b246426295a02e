"""Printers that are files in disguise.

"Print to file" is switched off in the print dialog, but an operating system also offers
printers that write what they receive to disk: Windows' "Microsoft Print to PDF" and "XPS
Document Writer", OneNote, macOS' PDF services, CUPS-PDF on Linux, and PDF printers a user
installs (PDFCreator, PDF24, Bullzip, CutePDF, novaPDF, doPDF, Adobe PDF). Their file would
hold the document unencrypted, so printing to them is refused like printing to a file. They
are known by name only (Qt does not say where a queue writes); a real printer whose name
contains one of these words is refused too, and its name says why.
"""

from __future__ import annotations

import re

# Words in a print queue's name that mark it as writing files (case does not matter).
_FILE_WRITERS = re.compile(
    r"pdf|xps|onenote|document writer|print to file|afdrukken naar bestand|"
    r"virtual printer|fax",
    re.IGNORECASE,
)


def writes_files(printer_name: str) -> bool:
    """The queue `printer_name` is known to save what it prints as a file."""
    return bool(_FILE_WRITERS.search(printer_name))
