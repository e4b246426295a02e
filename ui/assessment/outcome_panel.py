"""An outcome on screen: what to do now (prominently), both decisions, the norm, the outcome
text and the next steps. Shared by the dialog's result page and the stored weging's view."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from app.domain.weighing import RecordedOutcome
from app.framework.model import Outcome
from ui.assessment.texts import decision_texts
from ui.timeline import small_heading
from ui.widgets.labels import wrapped
from ui.widgets.tones import PLAIN, Look, Tone

URGENT_STYLE = Look(Tone.URGENT, "border: 2px solid; padding: 10px;")
# Only the words that say "melden" stand out; their colour comes with the tone.
REPORT_STYLE = Look(Tone.URGENT, "background: transparent; border: none;")


def strong(label: QLabel, scale: float = 1.0) -> QLabel:
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


class OutcomePanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.urgent = strong(wrapped(), 1.15)
        self.urgent.setObjectName("urgentActions")
        URGENT_STYLE.on(self.urgent)
        self.report = strong(wrapped())
        self.report.setObjectName("reportDecision")
        self.recipients = strong(wrapped())
        self.recipients.setObjectName("recipients")
        self.recipients_label = wrapped(self.tr("Melden aan:"))
        self.help = strong(wrapped())
        self.help.setObjectName("helpDecision")
        self.norm = wrapped()
        self.text = wrapped()
        self.next_heading = small_heading(self.tr("Wat u daarna doet"))
        self.next_actions = wrapped()

        decisions = QFormLayout()
        decisions.setContentsMargins(0, 0, 0, 0)
        decisions.addRow(self.tr("Beslissing 1, melden:"), self.report)
        decisions.addRow(self.recipients_label, self.recipients)
        decisions.addRow(self.tr("Beslissing 2, hulp bieden of organiseren:"), self.help)
        decisions.addRow(self.tr("Norm:"), self.norm)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.urgent)
        layout.addLayout(decisions)
        layout.addWidget(small_heading(self.tr("Toelichting")))
        layout.addWidget(self.text)
        layout.addWidget(self.next_heading)
        layout.addWidget(self.next_actions)

    def show_outcome(self, outcome: Outcome | RecordedOutcome) -> None:
        texts = decision_texts(outcome)
        self.urgent.setText("\n\n".join(texts.urgent_actions))
        self.urgent.setVisible(bool(texts.urgent_actions))
        self.report.setText(texts.report)
        self.recipients.setText(texts.recipients)
        for part in (self.report, self.recipients):
            (REPORT_STYLE if texts.reports else PLAIN).on(part)
        self.recipients.setVisible(texts.reports)
        self.recipients_label.setVisible(texts.reports)
        self.help.setText(texts.help)
        self.norm.setText(texts.norm)
        self.text.setText(outcome.text)
        self.next_actions.setText(
            "\n".join(f"{n}. {a}" for n, a in enumerate(texts.next_actions, start=1))
        )
        self.next_heading.setVisible(bool(texts.next_actions))
        self.next_actions.setVisible(bool(texts.next_actions))

    def clear(self) -> None:
        for label in (
            self.urgent,
            self.report,
            self.recipients,
            self.help,
            self.norm,
            self.text,
            self.next_actions,
        ):
            label.clear()
