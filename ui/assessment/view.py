"""A stored weging, read-only, for the file: the kader and its version, who and when, the
outcome with both decisions and the norm, and every question with its answer and reason.

Normally the record is replayed under its own kader version, so the texts are the kader's. When
that version is gone (or the record no longer fits it), the stored `AssessmentSnapshot` is
shown instead, with a note saying so; the view never shows a weging under another version.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.errors import MeldcodeError
from app.framework.assessment import AssessmentRecord
from app.framework.library import FrameworkLibrary
from app.framework.snapshot import AssessmentSnapshot
from ui.assessment.outcome_panel import OutcomePanel, strong
from ui.assessment.texts import framework_line, question_heading
from ui.text import error_text, moment_text
from ui.timeline import CARD_STYLE, small_heading
from ui.widgets.labels import warning, wipe_texts, wrapped


class AssessmentView(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.from_snapshot = False  # True when the texts came from the stored snapshot
        self.title = strong(wrapped(), 1.2)
        self.title.setObjectName("frameworkTitle")
        self.framework = wrapped()
        self.framework.setObjectName("frameworkLine")
        self.made = wrapped()
        self.notice = warning()
        self.notice.setObjectName("snapshotNotice")
        self.notice.hide()
        self.outcome_heading = small_heading(self.tr("Uitkomst van de weging"))
        self.outcome_panel = OutcomePanel()
        self.unfinished = wrapped()
        self.unfinished.setObjectName("unfinished")
        self.steps_heading = small_heading(self.tr("Vragen, antwoorden en redenen"))
        self.steps_box = QWidget()
        self.steps_layout = QVBoxLayout(self.steps_box)
        self.steps_layout.setContentsMargins(0, 0, 0, 0)

        content = QWidget()
        content.setStyleSheet(CARD_STYLE.replace("signalCard", "assessmentStep"))
        layout = QVBoxLayout(content)
        layout.addWidget(self.title)
        layout.addWidget(self.framework)
        layout.addWidget(self.made)
        layout.addWidget(self.notice)
        layout.addWidget(self.outcome_heading)
        layout.addWidget(self.outcome_panel)
        layout.addWidget(self.unfinished)
        layout.addWidget(self.steps_heading)
        layout.addWidget(self.steps_box)
        layout.addStretch(1)
        self.setWidget(content)
        self.clear()

    def show_record(
        self,
        library: FrameworkLibrary,
        record: AssessmentRecord,
        *,
        made_by: str,
        made_at: datetime,
        snapshot: AssessmentSnapshot | None = None,
    ) -> None:
        """Replay `record` under its own kader version; without it, show `snapshot`."""
        try:
            replayed = AssessmentSnapshot.of(library.replay(record))
        except MeldcodeError as exc:
            if snapshot is None:
                self.clear()
                self._show_notice(error_text(exc))
                return
            note = self.tr(
                "{reason} U ziet de teksten zoals ze luidden toen de weging werd vastgelegd."
            ).format(reason=error_text(exc))
            self.show_snapshot(snapshot, made_by=made_by, made_at=made_at, notice=note)
            return
        self.show_snapshot(replayed, made_by=made_by, made_at=made_at)
        self.from_snapshot = False

    def show_snapshot(
        self,
        snapshot: AssessmentSnapshot,
        *,
        made_by: str,
        made_at: datetime,
        notice: str = "",
    ) -> None:
        self.clear()
        self.from_snapshot = True
        self.title.setText(snapshot.framework_title)
        self.framework.setText(
            framework_line(
                snapshot.group_name,
                snapshot.framework_version,
                snapshot.framework_date,
                snapshot.entry,
            )
        )
        self.made.setText(
            self.tr("Vastgelegd door {name} op {moment}").format(
                name=made_by, moment=moment_text(made_at)
            )
        )
        self._show_notice(notice)
        if snapshot.outcome is not None:
            self.outcome_panel.show_outcome(snapshot.outcome)
        else:
            self.unfinished.setText(
                self.tr("Deze weging is nog niet afgerond. Open staat {question}: {text}").format(
                    question=question_heading(snapshot.open_number), text=snapshot.open_question
                )
            )
        self.outcome_heading.setVisible(snapshot.outcome is not None)
        self.outcome_panel.setVisible(snapshot.outcome is not None)
        self.unfinished.setVisible(snapshot.outcome is None)
        self.steps_heading.setVisible(bool(snapshot.steps))
        for step in snapshot.steps:
            card = QFrame()
            card.setObjectName("assessmentStep")
            lines = QVBoxLayout(card)
            question = wrapped(f"{question_heading(step.number)}: {step.question}")
            lines.addWidget(strong(question))
            lines.addWidget(wrapped(self.tr("Antwoord: {answer}").format(answer=step.answer)))
            reason = wrapped(self.tr("Reden: {reason}").format(reason=step.reason))
            reason.setObjectName("reason")
            lines.addWidget(reason)
            self.steps_layout.addWidget(card)

    def _show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def step_texts(self) -> list[str]:
        """Every line shown for the questions, in order (what a reader of the file sees)."""
        return [label.text() for label in self.steps_box.findChildren(QLabel)]

    def clear(self) -> None:
        """Forget what is shown (locking, or another weging): no reason stays in a widget."""
        for label in (self.title, self.framework, self.made, self.notice, self.unfinished):
            label.clear()
        self.outcome_panel.clear()
        while self.steps_layout.count():
            item = self.steps_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                wipe_texts(widget)
                widget.setParent(None)
                widget.deleteLater()
        self.from_snapshot = False
        self.notice.hide()
        for part in (self.outcome_heading, self.outcome_panel, self.unfinished):
            part.hide()
        self.steps_heading.hide()
