"""Sharing a case with colleagues: the aandachtsfunctionaris consulted in step 2, or a
hulpverlener who takes part. The core decides (`Vault.share_case`) and logs each change."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from app.domain.roles import CaseVisibility
from app.errors import MeldcodeError
from app.vault.vault import Vault
from ui.text import error_text, label_text
from ui.widgets.fields import error_label
from ui.widgets.labels import wrapped


class ShareCaseDialog(QDialog):
    def __init__(self, vault: Vault, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.case_id = case_id
        self.setWindowTitle(self.tr("Casus delen"))
        shared = {user.id for user in vault.shared_with(case_id)}
        self.boxes: dict[int, QCheckBox] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(
            wrapped(
                self.tr(
                    "Een collega met wie u de casus deelt, kan hem openen en aanvullen. Deel "
                    "hem bijvoorbeeld met de aandachtsfunctionaris die u in stap 2 raadpleegt. "
                    "Delen en stoppen met delen komen in het logboek."
                )
            )
        )
        if vault.case_visibility is CaseVisibility.ALL:
            layout.addWidget(
                wrapped(
                    self.tr("In deze praktijk geldt nu: {rule}.").format(
                        rule=label_text(CaseVisibility.ALL)
                    )
                )
            )
        for user in vault.users():
            if user.id == vault.user.id or not user.active or not user.reads_cases:
                continue
            box = QCheckBox(f"{user.display_name} ({label_text(user.work_role)})")
            box.setChecked(user.id in shared)
            self.boxes[user.id] = box
            layout.addWidget(box)
        if not self.boxes:
            layout.addWidget(wrapped(self.tr("Er zijn nog geen collega's om mee te delen.")))
        self.form_error = error_label()
        layout.addWidget(self.form_error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._shared = shared

    def apply(self) -> None:
        try:
            for user_id, box in self.boxes.items():
                if box.isChecked() and user_id not in self._shared:
                    self.vault.share_case(self.case_id, user_id)
                elif not box.isChecked() and user_id in self._shared:
                    self.vault.unshare_case(self.case_id, user_id)
        except MeldcodeError as exc:
            self.form_error.setText(error_text(exc))
            self.form_error.show()
            return
        self.accept()
