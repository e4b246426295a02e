"""What Veilig Thuis sends back after a melding: the dossiernummer it gave the melding, and,
after its safety assessment, its feedback.

Both are stored by the core (`vault.reports`): the dossiernummer alone with `add_reference`;
the feedback with `record_feedback`, which completes the decision's VT-feedback check and takes
a new or changed dossiernummer along in the same transaction. The core checks; each fault
appears at its field and nothing is half-saved. Feedback once recorded is shown, not edited
here (a wrong one is corrected as an entry, with its reason).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import FollowUpOutcome
from app.store.reports import RegisteredReport, ReportStore
from ui.edit_dialog import EditDialog
from ui.text import date_text
from ui.widgets.choices import enum_combo
from ui.widgets.dates import past_date_edit
from ui.widgets.fields import ErrorField
from ui.widgets.labels import wrapped


class FeedbackDialog(EditDialog):
    recorded = Signal(object)  # the RegisteredReport as it is stored now

    def __init__(
        self, reports: ReportStore, report: RegisteredReport, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.reports = reports
        self.report = report
        registration = report.value
        self.setWindowTitle(self.tr("Terugkoppeling van Veilig Thuis vastleggen"))

        self.vt_reference = QLineEdit(registration.vt_reference)
        already = report.feedback_received
        self.received = QCheckBox(self.tr("Veilig Thuis heeft teruggekoppeld"))
        self.received.setChecked(already)
        self.received.setEnabled(not already)
        self.done_on = past_date_edit(report.feedback_on)
        check = report.feedback_check
        stored_outcome = check.value.outcome if check is not None and already else None
        self.outcome = enum_combo(
            FollowUpOutcome,
            self.tr("Kies de uitkomst…"),
            stored_outcome.value if stored_outcome else "",
        )
        self.findings = QPlainTextEdit(report.feedback if already else "")
        self.findings.setTabChangesFocus(True)
        self.findings.setMinimumHeight(90)
        self.received.toggled.connect(self._received_changed)

        # Keyed by the core's field names (the feedback is the result of a check).
        fields = {
            "vt_reference": ErrorField(
                self.vt_reference, self.tr("Het nummer dat Veilig Thuis aan de melding gaf.")
            ),
            "done_on": ErrorField(self.done_on),
            "outcome": ErrorField(self.outcome),
            "findings": ErrorField(
                self.findings, self.tr("Wat Veilig Thuis terugkoppelde, in uw eigen woorden.")
            ),
        }
        form = QFormLayout()
        form.addRow(self.tr("Dossiernummer van Veilig Thuis:"), fields["vt_reference"])
        form.addRow("", self.received)
        form.addRow(self.tr("Ontvangen op:"), fields["done_on"])
        form.addRow(self.tr("Uitkomst:"), fields["outcome"])
        form.addRow(self.tr("Terugkoppeling:"), fields["findings"])
        made = self.tr("Melding van {date} aan {organisation}.").format(
            date=date_text(registration.made_on) if registration.made_on else "—",
            organisation=registration.organisation,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(wrapped(made))
        if already:
            layout.addWidget(
                wrapped(
                    self.tr(
                        "De terugkoppeling is al vastgelegd. Hier kunt u nog het dossiernummer "
                        "aanvullen."
                    )
                )
            )
        layout.addLayout(form)
        layout.addWidget(self.form_error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(600)
        self._received_changed()
        self.finish_setup(fields)

    def _feedback_to_record(self) -> bool:
        return self.received.isChecked() and not self.report.feedback_received

    def _received_changed(self) -> None:
        for editor in (self.done_on, self.outcome, self.findings):
            editor.setEnabled(self._feedback_to_record())

    def _outcome(self) -> FollowUpOutcome | None:
        value = str(self.outcome.currentData() or "")
        return FollowUpOutcome(value) if value else None

    def snapshot(self) -> object:
        return (
            self.vt_reference.text(),
            self.received.isChecked(),
            self.done_on.text(),
            self.outcome.currentIndex(),
            self.findings.toPlainText(),
        )

    def save(self) -> bool:
        entry_id = self.report.entry.id
        reference = self.vt_reference.text()
        if self._feedback_to_record() and self.done_on.fault():
            self.errors.show(None, {"done_on": self.done_on.fault()})
            return False
        if self._feedback_to_record():
            changed = reference.strip() != self.report.value.vt_reference
            stored = self.reports.record_feedback(
                entry_id,
                self.done_on.date(),
                self._outcome(),
                self.findings.toPlainText(),
                reference=reference if changed else None,
            )
        else:
            stored = self.reports.add_reference(entry_id, reference)
        self.report = stored
        self.recorded.emit(stored)
        return True
