"""Developer tool: PNG grabs of the melding and dossier windows, with fictional data.

    python -m tests.tools.report_screenshots OUTDIR

The composer (with a fault shown at its field), the reminder before export, the passphrase
dialog, the dossier dialog and the first page of the melding as the Qt renderer prints it.
Nothing is exported and no vault is opened; all names are made up (tests/export/samples).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.export.dossier import DossierSection
from app.export.phone_passphrase import PhonePassphrase
from app.export.report_content import LeftOut
from app.export.report_document import report_document
from app.export.veilig_thuis import load_default
from tests.export import samples
from tests.tools.screenshots import save
from ui.application import install_translators
from ui.document_renderer import PagedDocument
from ui.report.composer import ReportComposerDialog
from ui.report.dossier_dialog import DossierDialog
from ui.report.passphrase_dialog import PassphraseDialog

EXPECTED = (
    "melding-opstellen.png",
    "melding-herinnering.png",
    "wachtzin.png",
    "dossier-dialoog.png",
    "melding-afdrukpagina.png",
)


def nothing_exported(*_: object) -> Path:
    raise AssertionError("the screenshots export nothing")


def take_screenshots(outdir: Path) -> None:
    composer = ReportComposerDialog(
        samples.report(left_out=LeftOut()), load_default(), "utrecht", export=nothing_exported
    )
    composer.resize(1180, 720)
    composer.show()
    composer.person_editors[2].include.setChecked(False)
    composer.reporter_form.fields["phone"].editor.setText("")  # type: ignore[attr-defined]
    composer.proceed()
    composer.refresh_preview()
    composer.navigation.setCurrentRow(1)
    save(composer, outdir, "melding-opstellen.png")
    composer.reporter_form.fields["phone"].editor.setText("020 123 4567")  # type: ignore[attr-defined]
    composer.proceed()
    composer.reminder.confirm.setChecked(True)
    save(composer, outdir, "melding-herinnering.png")
    composer.done(0)

    passphrase = PhonePassphrase(("zolder", "kano", "tulp", "vaas", "boom", "fiets", "lamp"), 42)
    dialog = PassphraseDialog(passphrase, "melding-veilig-thuis-2026-11-22.pdf")
    dialog.show()
    dialog.adjustSize()
    save(dialog, outdir, "wachtzin.png")
    dialog.done(0)

    dossier = DossierDialog(samples.dossier(), export=nothing_exported)
    dossier.show()
    dossier.access_request.setChecked(True)
    dossier.item_for(DossierSection.PERSONS, 13).setCheckState(0, Qt.CheckState.Unchecked)
    dossier.item_for(DossierSection.SIGNALS, 22).setCheckState(0, Qt.CheckState.Unchecked)
    dossier.refresh_preview()
    save(dossier, outdir, "dossier-dialoog.png")
    dossier.done(0)

    page = PagedDocument(report_document(samples.report())).page_image(0, dpi=80)
    page.save(str(outdir / "melding-afdrukpagina.png"))
    print(outdir / "melding-afdrukpagina.png")


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    outdir = Path(argv[0])
    outdir.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    translators = install_translators(app, "nl")  # noqa: F841 - keeps them alive
    take_screenshots(outdir)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
