"""Developer tool: PNG grabs of the weging (afwegingskader) dialog and the stored weging.

    python -m tests.tools.assessment_screenshots OUTDIR

No vault is needed: the shipped kaders are loaded, a copy of them with broken files shows the
kader chooser's note, and the stored weging is built as the vault would hand it back. All
reasons and names are made up.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QDialog

from app.domain.entries import Entry, EntryVersion
from app.domain.enums import ChangeKind, EntryKind
from app.domain.weighing import RecordedAssessment, recorded_from
from app.framework.assessment import Assessment
from app.framework.library import FrameworkLibrary, load_library
from app.store.assessments import stored_view
from tests.tools.screenshots import save
from tests.ui.assessment.conftest import library_with_broken_files
from ui.application import install_translators
from ui.assessment.dialog import AssessmentDialog
from ui.assessment.view import AssessmentView

MADE_AT = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)


def as_stored(assessment: Assessment) -> Entry[RecordedAssessment]:
    """The weging as the vault gives it back: one version, made by Anna de Vries."""
    version = EntryVersion(
        1, recorded_from(assessment), ChangeKind.CREATED, None, MADE_AT, 1, "Anna de Vries"
    )
    return Entry(1, 1, EntryKind.ASSESSMENT, MADE_AT, 1, (version,))


def answer(dialog: AssessmentDialog, answer_id: str, reason: str) -> None:
    dialog.question_page.answer_button(answer_id).setChecked(True)
    dialog.question_page.reason.setPlainText(reason)
    dialog.go_next()


def take_screenshots(outdir: Path, library: FrameworkLibrary, broken: FrameworkLibrary) -> None:
    general = library.get("algemeen")
    dialog = AssessmentDialog(library, general, case_title="Gezin A")
    dialog.show()
    answer(
        dialog,
        "yes",
        "Noor vertelt over ruzies thuis; blauwe plek op de arm zonder uitleg. Besproken met de "
        "aandachtsfunctionaris.",
    )
    dialog.question_page.answer_button("yes").setChecked(True)
    dialog.question_page.reason.setPlainText("Moeder zegt dat vader vannacht weer dreigde.")
    save(dialog, outdir, "assessment-question.png")
    dialog.go_next()
    save(dialog, outdir, "assessment-result-report.png")
    assert dialog.assessment is not None
    stored = as_stored(dialog.assessment)
    view = AssessmentView()
    view.resize(760, 900)
    view.show_stored(stored_view(stored, library))
    view.show()
    save(view, outdir, "assessment-view.png")
    dialog.done(QDialog.DialogCode.Rejected)

    childcare = library.get("kinderopvang")
    route = AssessmentDialog(broken, childcare, case_title="Groep Vlinders")
    route.show()
    answer(route, "staff", "Een collega zag dat een invalkracht een kind hard bij de arm greep.")
    route.question_page.answer_button("yes").setChecked(True)
    save(route, outdir, "assessment-staff-route.png")
    route.choose_framework()
    save(route, outdir, "assessment-chooser.png")
    route.done(QDialog.DialogCode.Rejected)

    gone = AssessmentView()
    gone.resize(760, 700)
    gone.show_stored(stored_view(stored, FrameworkLibrary([])))
    gone.show()
    save(gone, outdir, "assessment-view-kader-gone.png")


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    outdir = Path(argv[0])
    outdir.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    translators = install_translators(app, "nl")  # noqa: F841 - keeps them alive
    with tempfile.TemporaryDirectory(prefix="meldcode-kaders-") as scratch:
        broken = library_with_broken_files(Path(scratch))
    take_screenshots(outdir, load_library(), broken)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
