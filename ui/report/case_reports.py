"""The documents of a case, opened from the case view: the melding to Veilig Thuis (step 5 and
the radar) and the dossier.

Everything comes from the core and is logged there (NEN 7513): the melding is drafted with
every person and signal of the case (the melder unticks what stays out), saved through
`export_report_for_case`, and registered for the decision it carries out, which plans the
follow-up; the dossier is saved through `export_dossier_for_case`, or printed and then logged
with `record_dossier_printed`, each with the purpose chosen in the dialog. The exports run in
the export panel's worker; a lock half-way ends them without a crash report.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from app.domain.entries import ReportRegistration
from app.export.veilig_thuis import VeiligThuisList
from app.practice_profile import practice_profile
from app.vault.vault import Vault
from ui.case_view import CaseView
from ui.workers import while_open

# The PDF stack behind the documents is imported when a document is asked for, not with the
# case view: most sessions never make one, and it is the largest part of the program.
if TYPE_CHECKING:
    from app.case_documents.exports import DossierPurpose
    from app.export.dossier import DossierContent
    from app.export.exporter import Progress
    from app.export.report_content import ReportContent
    from ui.report.composer import ReportComposerDialog
    from ui.report.dossier_dialog import DossierDialog


class CaseReports(QObject):
    def __init__(
        self, view: CaseView, listing: VeiligThuisList, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.view = view
        self.vault: Vault = view.vault
        self.listing = listing
        # Where this session saved each case's melding: in memory only, gone with the lock
        # (the vault never holds file names), so a next export can offer to remove it.
        self.melding_files: dict[int, Path] = {}
        view.compose_report.connect(self.compose)
        view.print_dossier.connect(self.open_dossier)

    # -- the melding -------------------------------------------------------------------------

    def compose(self, case_id: int) -> ReportComposerDialog:
        from app.case_documents.exports import earlier_report_exports, export_report_for_case
        from app.case_documents.report_builder import report_content_for_case
        from ui.report.composer import ReportComposerDialog

        vault = self.vault
        decision = vault.reports.decision_to_carry_out(case_id)

        def export(
            content: ReportContent, passphrase: str, folder: Path, progress: Progress
        ) -> Path:
            return export_report_for_case(
                vault, case_id, content, passphrase, folder, progress=progress
            )

        def register(registration: ReportRegistration) -> object:
            return vault.reports.register(case_id, registration)

        dialog = ReportComposerDialog(
            report_content_for_case(vault, case_id),
            self.listing,
            practice_profile(vault).region_id or None,
            self.view,
            export=while_open(vault, export),
            decision_id=decision.id if decision is not None else None,
            register=register,
        )
        # Registered: the follow-up is planned; the case shows it (the dialog stays open).
        dialog.registered.connect(lambda _: self.view.contents_changed())
        since = decision.created_at if decision is not None else None
        dialog.export_panel.set_previous(
            earlier_report_exports(vault, case_id, since), self.melding_files.get(case_id)
        )
        dialog.export_panel.exported.connect(
            lambda path: self.melding_files.__setitem__(case_id, path)
        )
        self.view.open_dialog(dialog)
        return dialog

    # -- the dossier -------------------------------------------------------------------------

    def open_dossier(self, case_id: int) -> DossierDialog:
        from app.case_documents.dossier_builder import dossier_content_for_case
        from app.case_documents.exports import export_dossier_for_case, record_dossier_printed
        from ui.report.dossier_dialog import DossierDialog

        vault = self.vault

        def export(
            content: DossierContent,
            purpose: DossierPurpose,
            passphrase: str,
            folder: Path,
            progress: Progress,
        ) -> Path:
            return export_dossier_for_case(
                vault, content, passphrase, folder, purpose=purpose, progress=progress
            )

        dialog = DossierDialog(
            dossier_content_for_case(vault, case_id),
            self.view,
            export=while_open(vault, export),
        )
        dialog.printed.connect(lambda purpose: record_dossier_printed(vault, case_id, purpose))
        self.view.open_dialog(dialog)
        return dialog
