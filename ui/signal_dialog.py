"""Adding a signal, or correcting one: facts and interpretation in separate boxes.

The core validates; each fault appears at its field and the dialog stays open, so nothing is
lost and nothing is half-saved. A correction adds a version with its reason.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import SignalSource, ViolenceForm
from app.domain.models import Signal, SignalDraft
from app.domain.validation import parse_time, validate_correction_reason, validate_signal
from app.domain.violence_forms import shipped_forms
from app.vault.vault import Vault
from ui.edit_dialog import EditDialog
from ui.signs_dialog import SignsDialog, cited_lines
from ui.text import time_text
from ui.violence_notes import care_text
from ui.widgets.choices import enum_combo
from ui.widgets.dates import past_date_edit
from ui.widgets.fields import ErrorField, faults_of, merged, text_box
from ui.widgets.labels import NOTICE_STYLE, wrapped
from ui.widgets.tones import PLAIN


class SignalDialog(EditDialog):
    def __init__(
        self,
        vault: Vault,
        case_id: int,
        signal: Signal | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.case_id = case_id
        self.signal = signal
        self.saved: Signal | None = None  # what Opslaan recorded
        current = signal.current if signal else None
        self.setWindowTitle(self.tr("Signaal corrigeren") if signal else self.tr("Nieuw signaal"))

        self.observed_on = past_date_edit(current.observed_on if current else None)
        self.observed_time = QLineEdit(
            time_text(current.observed_time) if current and current.observed_time else ""
        )
        self.observed_time.setPlaceholderText(self.tr("uu:mm"))
        self.observed_time.setMaximumWidth(120)
        self.observed_by = QLineEdit(current.observed_by if current else vault.user.display_name)
        self.source = enum_combo(
            SignalSource, self.tr("Kies de bron…"), current.source.value if current else ""
        )
        self.form = enum_combo(
            ViolenceForm, self.tr("Kies de vorm van geweld…"), current.form.value if current else ""
        )
        self.facts = text_box(110)
        self.facts.setPlainText(current.facts if current else "")
        self.interpretation = text_box(70)
        self.interpretation.setPlainText(current.interpretation if current else "")
        self.correction_reason = text_box(50)
        self.signs: tuple[str, ...] = current.signs if current else ()
        self.signs_button = QPushButton(self.tr("Signalenlijst…"))
        self.signs_button.clicked.connect(self.choose_signs)
        self.signs_text = wrapped()
        self.signs_text.setObjectName("citedSigns")
        signs_box = QWidget()
        signs_row = QVBoxLayout(signs_box)
        signs_row.setContentsMargins(0, 0, 0, 0)
        signs_row.addWidget(self.signs_button, 0, Qt.AlignmentFlag.AlignLeft)
        signs_row.addWidget(self.signs_text)

        fields = {
            "observed_on": ErrorField(self.observed_on),
            "observed_time": ErrorField(
                self.observed_time, self.tr("Mag leeg blijven als u het tijdstip niet weet.")
            ),
            "observed_by": ErrorField(self.observed_by),
            "source": ErrorField(self.source),
            "form": ErrorField(self.form),
            "facts": ErrorField(
                self.facts,
                self.tr("Wat hebt u gezien of gehoord? Zo letterlijk mogelijk, zonder uw duiding."),
            ),
            "interpretation": ErrorField(
                self.interpretation,
                self.tr("Uw duiding of zorg, apart van de feiten. Mag leeg blijven."),
            ),
            "signs": ErrorField(
                signs_box, self.tr("Mag leeg blijven. De lijst hoort bij de gekozen vorm.")
            ),
        }
        form = QFormLayout()
        form.addRow(self.tr("Datum van waarneming:"), fields["observed_on"])
        form.addRow(self.tr("Tijdstip:"), fields["observed_time"])
        form.addRow(self.tr("Waargenomen door:"), fields["observed_by"])
        form.addRow(self.tr("Bron:"), fields["source"])
        form.addRow(self.tr("Vorm van geweld:"), fields["form"])
        form.addRow(self.tr("Feiten:"), fields["facts"])
        form.addRow(self.tr("Interpretatie:"), fields["interpretation"])
        form.addRow(self.tr("Herkende signalen:"), fields["signs"])
        if signal is not None:
            fields["correction_reason"] = ErrorField(
                self.correction_reason,
                self.tr("De eerdere versie blijft bewaard en zichtbaar in de geschiedenis."),
            )
            form.addRow(self.tr("Reden van de correctie:"), fields["correction_reason"])

        layout = QVBoxLayout(self)
        if signal is None:
            layout.addWidget(
                wrapped(
                    self.tr(
                        "Leg het signaal vast als feit: wanneer, wat, wie het zag of hoorde, "
                        "en van wie u het weet. Uw eigen duiding hoort bij Interpretatie."
                    )
                )
            )
        layout.addLayout(form)
        # Below every field, with its room kept free: choosing a form never moves a field.
        self.form_care = wrapped()
        self.form_care.setObjectName("formCare")
        self.form_care.setMinimumHeight(self.form_care.fontMetrics().lineSpacing() * 7)
        self.form.currentIndexChanged.connect(self._show_form_care)
        self._show_form_care()
        layout.addWidget(self.form_care)
        layout.addWidget(self.form_error)
        layout.addWidget(self.buttons)
        self.resize(720, 840 if signal else 780)
        self.finish_setup(fields)
        form_name = f"signal-correction-{signal.id}" if signal else "signal"
        self.keep_drafts(vault.drafts, case_id, form_name)

    def _show_form_care(self) -> None:
        """What the chosen form of violence asks of the professional (honour-related violence:
        not the family first; ...); the room stays when there is nothing to say."""
        text = care_text(str(self.form.currentData() or ""))
        self.form_care.setText(text)
        (NOTICE_STYLE if text else PLAIN).on(self.form_care)
        guide = shipped_forms().guide(str(self.form.currentData() or ""))
        self.signs_button.setEnabled(guide is not None and bool(guide.signs))
        self._show_signs()

    def form_state(self) -> dict[str, Any]:
        """The fields, and the signs cited (they live beside the fields, not in an editor)."""
        state = {k: v for k, v in super().form_state().items() if k != "signs"}
        return {**state, "signs": list(self.signs)}

    def restore_state(self, state: dict[str, Any]) -> None:
        signs = state.get("signs")
        super().restore_state({k: v for k, v in state.items() if k != "signs"})
        if isinstance(signs, list) and all(isinstance(c, str) for c in signs):
            self.signs = tuple(signs)
            self._show_signs()

    def choose_signs(self) -> None:
        """The signalenlijst of the chosen form; what is ticked is cited in the signal."""
        guide = shipped_forms().guide(str(self.form.currentData() or ""))
        if guide is None:
            return
        picker = SignsDialog(guide, self.signs, self)
        if picker.exec() == QDialog.DialogCode.Accepted:
            self.signs = picker.chosen()
            self._show_signs()

    def _show_signs(self) -> None:
        self.signs_text.setText("\n".join(cited_lines(self.signs)))
        self.signs_text.setVisible(bool(self.signs))

    def draft(self) -> SignalDraft:
        return SignalDraft(
            observed_on=self.observed_on.date(),
            observed_time=parse_time(self.observed_time.text()),
            observed_by=self.observed_by.text(),
            source=str(self.source.currentData() or ""),
            form=str(self.form.currentData() or ""),
            facts=self.facts.toPlainText(),
            interpretation=self.interpretation.toPlainText(),
            signs=self.signs,
        )

    def save(self) -> bool:
        draft = self.draft()
        reason = self.correction_reason.toPlainText()
        unreadable = {}
        if self.observed_on.fault():
            unreadable["observed_on"] = self.observed_on.fault()
        if self.observed_time.text().strip() and draft.observed_time is None:
            unreadable["observed_time"] = self.tr(
                "Schrijf het tijdstip als uu:mm, bijvoorbeeld 14:05, of laat het leeg."
            )
        if unreadable:
            reason_faults = faults_of(validate_correction_reason, reason) if self.signal else None
            self.errors.show(merged(faults_of(validate_signal, draft), reason_faults), unreadable)
            return False
        if self.signal is None:
            self.saved = self.vault.signals.add(self.case_id, draft)
        else:
            self.saved = self.vault.signals.correct(self.signal.id, draft, reason)
        return True
