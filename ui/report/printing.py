"""Qt's print preview and print dialog for a `Document`, drawn by `ui.document_renderer`.

A printed page shows everything on it in the clear, so only the user's explicit choice leads
here; the print queue gets no document name (`new_printer`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

from app.export.document import Document
from ui.document_renderer import new_printer, print_document


def print_preview(
    document: Callable[[], Document], parent: QWidget, title: str
) -> QPrintPreviewDialog:
    """A preview of the document as it is when the preview paints; opened, not executed."""
    printer = new_printer()
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.paintRequested.connect(lambda device: print_document(document(), device))
    dialog.printer_ = printer  # type: ignore[attr-defined]  # the dialog does not own it
    dialog.finished.connect(dialog.deleteLater)
    dialog.resize(900, 1000)
    dialog.open()
    return dialog


def choose_printer(printer: QPrinter, parent: QWidget, title: str) -> bool:
    """Qt's print dialog; False when the user cancelled. (Tests replace this function.)"""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    return dialog.exec() == QDialog.DialogCode.Accepted


def print_directly(document: Document, parent: QWidget, title: str) -> bool:
    printer = new_printer()
    if not choose_printer(printer, parent, title):
        return False
    print_document(document, printer)
    return True
