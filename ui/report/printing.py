"""Printing a `Document` on paper, drawn by `ui.document_renderer`: one path, always logged.

A printed page shows everything on it in the clear, so only the user's explicit choice leads
here; the print queue gets no document name (`new_printer`). Every print, from a window's
print button or from its print preview, goes through `print_directly` and then the window's
own `printed` signal, which its caller logs with the purpose (NEN 7513).

Nothing leaves as a file this way. Qt's print dialog offers "print to file (PDF)"; that
would write the document unencrypted wherever the user points, so the option is switched
off (`print_dialog`), and a printer that was still given a file name, or a queue known to save
files ("Microsoft Print to PDF", CUPS-PDF), is refused (`writes_to_file`). Qt's own print
preview dialog is not used: its print button opens its own print dialog with "print to file"
on, and on Windows and macOS saves a PDF when no printer is installed, and neither print would
be logged. `PrintPreview` shows the same pages and prints
through the host's logged path. Documents leave as files only through the encrypted exports
(or, for the jaaroverzicht, after the check that it holds no personal data).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import (
    QAbstractPrintDialog,
    QPrintDialog,
    QPrinter,
    QPrintPreviewWidget,
)
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.export.document import Document
from app.print_targets import writes_files
from ui.document_renderer import new_printer, print_document
from ui.widgets.labels import resize_within_screen


def print_dialog(printer: QPrinter, parent: QWidget | None, title: str) -> QPrintDialog:
    """Qt's print dialog without "print to file": only a real printer can be chosen."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
    return dialog


def writes_to_file(printer: QPrinter) -> bool:
    """The printer would write a file: the user or a platform dialog gave it a file name, or
    it is a queue known to save what it prints (`app.print_targets`)."""
    return bool(printer.outputFileName()) or writes_files(printer.printerName())


def file_refusal(printer: QPrinter) -> str:
    if printer.outputFileName():
        return QCoreApplication.translate(
            "Printing",
            "Afdrukken naar een bestand kan niet: dat bestand zou niet versleuteld zijn. "
            "Kies een printer, of sla het document op met de knop voor opslaan.",
        )
    return QCoreApplication.translate(
        "Printing",
        "De printer “{name}” drukt niet op papier af maar bewaart een bestand, en dat "
        "bestand zou niet versleuteld zijn. Kies een printer die op papier afdrukt, of sla het "
        "document op met de knop voor opslaan.",
    ).format(name=printer.printerName())


def choose_printer(printer: QPrinter, parent: QWidget, title: str) -> bool:
    """Qt's print dialog; False when the user cancelled. (Tests replace this function.)"""
    return print_dialog(printer, parent, title).exec() == QDialog.DialogCode.Accepted


def send_to_printer(document: Document, printer: QPrinter) -> int:
    """Draws the document on the chosen printer. (Tests replace this with their paper.)"""
    return print_document(document, printer)


def tell(parent: QWidget, text: str) -> None:
    """A notice the user must read. (Tests replace this function.)"""
    QMessageBox.warning(parent, QCoreApplication.translate("Printing", "Afdrukken"), text)


def print_directly(document: Document, parent: QWidget, title: str) -> bool:
    """Ask for a printer and print; True only when the pages went to a printer."""
    printer = new_printer()
    if not choose_printer(printer, parent, title):
        return False
    if writes_to_file(printer):
        tell(parent, file_refusal(printer))
        return False
    if not send_to_printer(document, printer):
        # Qt could not start on the printer (none installed, or it went away): nothing was
        # printed, so nothing is logged as printed.
        tell(
            parent,
            QCoreApplication.translate(
                "Printing",
                "Er is niets afgedrukt: de printer nam het document niet aan. Kies een andere"
                " printer, of vraag uw beheerder of er op deze computer een printer is"
                " ingesteld.",
            ),
        )
        return False
    return True


class PrintPreview(QDialog):
    """The pages as they will be printed, with page and zoom buttons; printing from here is
    the host's own print (`print_action`: its `print_directly`, which is logged)."""

    def __init__(
        self,
        document: Callable[[], Document],
        parent: QWidget,
        title: str,
        print_action: Callable[[], bool],
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.print_action = print_action
        self.printer = new_printer()  # the preview's page size; never printed on
        self.preview = QPrintPreviewWidget(self.printer, self)
        self.preview.paintRequested.connect(lambda device: print_document(document(), device))
        self.preview.previewChanged.connect(self._update_page)

        self.previous_button = QPushButton(QCoreApplication.translate("Printing", "Vorige pagina"))
        self.previous_button.clicked.connect(lambda: self._go(-1))
        self.next_button = QPushButton(QCoreApplication.translate("Printing", "Volgende pagina"))
        self.next_button.clicked.connect(lambda: self._go(1))
        self.page_label = QLabel()
        self.zoom_in_button = QPushButton(QCoreApplication.translate("Printing", "Groter"))
        self.zoom_in_button.clicked.connect(lambda: self.preview.zoomIn(1.25))
        self.zoom_out_button = QPushButton(QCoreApplication.translate("Printing", "Kleiner"))
        self.zoom_out_button.clicked.connect(lambda: self.preview.zoomOut(1.25))
        self.fit_button = QPushButton(QCoreApplication.translate("Printing", "Hele breedte"))
        self.fit_button.clicked.connect(self.preview.fitToWidth)
        self.print_button = QPushButton(QCoreApplication.translate("Printing", "Afdrukken…"))
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_now)
        self.close_button = QPushButton(QCoreApplication.translate("Printing", "Sluiten"))
        self.close_button.clicked.connect(self.reject)

        bar = QHBoxLayout()
        for widget in (
            self.previous_button,
            self.page_label,
            self.next_button,
            self.zoom_out_button,
            self.zoom_in_button,
            self.fit_button,
        ):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.preview, 1)
        self.finished.connect(self.deleteLater)

    def _go(self, step: int) -> None:
        page = min(max(1, self.preview.currentPage() + step), self.preview.pageCount())
        self.preview.setCurrentPage(page)
        self._update_page()

    def _update_page(self) -> None:
        current, count = self.preview.currentPage(), self.preview.pageCount()
        self.page_label.setText(
            QCoreApplication.translate("Printing", "Pagina {page} van {count}").format(
                page=current, count=count
            )
        )
        self.previous_button.setEnabled(current > 1)
        self.next_button.setEnabled(current < count)

    def print_now(self) -> bool:
        """The host's logged print; the preview closes once the pages went to the printer."""
        if not self.print_action():
            return False
        self.accept()
        return True


def print_preview(
    document: Callable[[], Document],
    parent: QWidget,
    title: str,
    print_action: Callable[[], bool],
) -> PrintPreview:
    """A preview of the document as it is when the preview paints; opened, not executed."""
    dialog = PrintPreview(document, parent, title, print_action)
    resize_within_screen(dialog, 900, 1000)
    dialog.open()
    return dialog


class PreviewSlot:
    """The print preview a window has open, if any: opened through the window's own logged
    print, forgotten when it closes, and closed with the window (a lock included)."""

    def __init__(self) -> None:
        self.dialog: PrintPreview | None = None

    def open(
        self,
        document: Callable[[], Document],
        parent: QWidget,
        title: str,
        print_action: Callable[[], bool],
    ) -> PrintPreview:
        dialog = print_preview(document, parent, title, print_action)
        self.dialog = dialog
        dialog.finished.connect(lambda _: self._closed(dialog))
        return dialog

    def _closed(self, dialog: PrintPreview) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def close(self) -> None:
        if self.dialog is not None:
            self.dialog.done(QDialog.DialogCode.Rejected)
