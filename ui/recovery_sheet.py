"""The recovery code on paper: the code, the date and what to do with it; nothing else."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from ui.report import printing
from ui.text import date_text

GROUPS_PER_LINE = 3


def code_lines(code: str) -> list[str]:
    """The code in two lines of three groups, as easy to copy by hand as to read aloud."""
    groups = code.split("-")
    return [
        "  ".join(groups[i : i + GROUPS_PER_LINE]) for i in range(0, len(groups), GROUPS_PER_LINE)
    ]


def sheet_html(code: str, vault_id: str, made_on: date) -> str:
    translate = QCoreApplication.translate
    title = translate("RecoverySheet", "Herstelcode Meldcode Werkplek")
    facts = translate("RecoverySheet", "Kluis {vault} · aangemaakt op {date}").format(
        vault=vault_id[:8], date=date_text(made_on)
    )
    advice = [
        translate("RecoverySheet", "Bewaar dit papier op een veilige plek, apart van de computer."),
        translate(
            "RecoverySheet",
            "Met deze code opent u de kluis als u uw wachtzin kwijt bent, en zet u een "
            "reservekopie terug op een andere computer.",
        ),
        translate(
            "RecoverySheet",
            "Wie deze code en een reservekopie heeft, kan de gegevens lezen. Maak er geen "
            "foto of kopie van.",
        ),
    ]
    lines = "<br>".join(html.escape(line).replace(" ", "&nbsp;") for line in code_lines(code))
    items = "".join(f"<li>{html.escape(text)}</li>" for text in advice)
    return (
        f"<h1>{html.escape(title)}</h1>"
        f"<p>{html.escape(facts)}</p>"
        '<p style="font-family: monospace; font-size: 22pt;">'
        f"<b>{lines}</b></p>"
        f"<ul>{items}</ul>"
    )


def print_sheet(code: str, vault_id: str, made_on: date, parent: QWidget | None) -> bool:
    """Ask for a printer and print the sheet; False when the user cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(QCoreApplication.translate("RecoverySheet", "Herstelcode"))
    # The code on paper only: "print to file" would leave it unencrypted on disk.
    dialog = printing.print_dialog(
        printer, parent, QCoreApplication.translate("RecoverySheet", "Herstelcode afdrukken")
    )
    if dialog.exec() != QDialog.DialogCode.Accepted or printing.writes_to_file(printer):
        return False
    document = QTextDocument()
    document.setHtml(sheet_html(code, vault_id, made_on))
    document.print_(printer)
    return True
