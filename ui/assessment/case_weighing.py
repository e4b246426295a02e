"""Step 4 of a case: the weging with the afwegingskader, started or continued from the case view.

The kader is the user's profession group's (`framework_for_case`); the dialog's chooser may
take another for this case, and the weging then keeps the group passed over. When the group
has no usable kader the dialog opens at the chooser, and when no kader loaded at all, step 4
says so plainly: the step can then only be skipped with a reason. A lock keeps the answers
given so far as a draft; they come back the next time the weging is opened for the case.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from app.domain.case_guidance import GuidanceContext, guidance_context
from app.domain.entries import Consultation
from app.domain.weighing import RecordedAssessment
from app.framework.assessment import Assessment
from app.framework.library import GENERAL_GROUP_ID, FrameworkLibrary, FrameworkUnavailable
from app.framework.model import Framework
from app.framework.profession import framework_for_case
from app.framework.terms import Entry
from app.settings import Settings
from app.vault.vault import Vault
from ui.assessment.dialog import AssessmentDialog
from ui.assessment.framework_chooser import refused_note
from ui.case_view import CaseView
from ui.text import error_text
from ui.violence_notes import case_forms, notes_for

DRAFT_FORM = "weging"


def guidance_for_case(vault: Vault, case_id: int) -> GuidanceContext:
    """What the weging's guidance takes into account: step 2 of this round."""
    progress = vault.steps.progress(case_id)
    start = progress.round_starts[-1] if progress.round_starts else None
    return guidance_context(vault.entries.of_kind(case_id, Consultation), start)


class CaseWeighing(QObject):
    def __init__(
        self,
        view: CaseView,
        settings: Settings,
        library: FrameworkLibrary,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.view = view
        self.vault: Vault = view.vault
        self.library = library
        self.settings = settings
        view.start_assessment.connect(self.start)
        view.continue_assessment.connect(self.resume)
        self.apply_settings(settings)

    def apply_settings(self, settings: Settings) -> None:
        """The profession group may have changed: step 4 says what that means for a weging."""
        self.settings = settings
        self.view.set_kaders(self.library, bool(self.library.frameworks), self.kader_notice())

    def own_framework(self) -> Framework | None:
        try:
            return framework_for_case(self.settings, self.library)
        except FrameworkUnavailable:
            return None

    def kader_notice(self) -> str:
        """What step 4 says when a weging cannot be made under the group's own kader."""
        refused = "\n".join(f"• {refused_note(r)}" for r in self.library.refused)
        if not self.library.frameworks:
            text = self.tr(
                "Er kon geen afwegingskader worden geladen, dus u kunt hier nu niet wegen. "
                "Weeg met het afwegingskader van uw beroepsgroep op papier en sla deze stap over "
                "met uw reden; die blijft in het dossier. Vraag de beheerder het programma te "
                "herstellen."
            )
        elif self.own_framework() is None:
            group = self.settings.profession_group or self.tr("geen gekozen")
            text = self.tr(
                "Voor uw beroepsgroep ({group}) is geen bruikbaar afwegingskader geladen. Kies "
                "bij het doorlopen zelf het kader, of sla deze stap over met uw reden."
            ).format(group=group)
        else:
            return ""
        return f"{text}\n{refused}" if refused else text

    def start(self, case_id: int) -> None:
        """A new weging; in a later round (after a decision) it starts at the follow-up."""
        if not self.library.frameworks:
            return
        progress = self.vault.steps.progress(case_id)
        entry = Entry.FOLLOW_UP if progress.revisited else Entry.CHECK
        own = self.own_framework()
        dialog = AssessmentDialog(
            self.library, own, entry=entry, parent=self.view, guidance=self.guidance(case_id)
        )
        dialog.set_case_notes(notes_for(case_forms(self.vault, case_id), "weighing"))

        def record(assessment: Assessment) -> None:
            passed_over = ""
            if dialog.chose_other_framework:
                group = self.settings.profession_group or GENERAL_GROUP_ID
                passed_over = own.group.name if own else group
            self.vault.assessments.record(case_id, assessment, instead_of_group=passed_over)

        dialog.store = record
        dialog.keep_drafts(self.vault.drafts, case_id, DRAFT_FORM)
        self.view.open_dialog(dialog)

    def guidance(self, case_id: int) -> GuidanceContext:
        return guidance_for_case(self.vault, case_id)

    def resume(self, entry_id: int) -> None:
        """An open weging, under its own kader version, to add the answers still open."""
        entry = self.vault.entries.get_as(entry_id, RecordedAssessment)
        try:
            dialog = AssessmentDialog(
                self.library,
                self.own_framework(),
                record=entry.value.record(),
                store=lambda assessment: self._continue(entry_id, assessment),
                parent=self.view,
                guidance=self.guidance(entry.case_id),
            )
        except FrameworkUnavailable as exc:
            self.view.weighing_page.set_kader_notice(error_text(exc))
            return
        dialog.set_case_notes(notes_for(case_forms(self.vault, entry.case_id), "weighing"))
        dialog.keep_drafts(self.vault.drafts, entry.case_id, f"{DRAFT_FORM}-{entry_id}")
        self.view.open_dialog(dialog)

    def _continue(self, entry_id: int, assessment: Assessment) -> None:
        self.vault.assessments.continue_open(entry_id, assessment)
