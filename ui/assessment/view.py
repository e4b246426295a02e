"""A stored weging, read-only, for the file: the kader and its version (and, when it was
another group's, that it was chosen instead of the user's own), who and when, the outcome
with both decisions and the norm, and every question with its answer and reason.

It shows what the core gives (`vault.assessments.view(entry, library)`, a
`StoredAssessmentView`): the words stored with the weging, so they read as they did when it was
made, completed from the replay under its own kader version when that version is shipped. When
it is not, the core's notice says so; the view never shows a weging under another version.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from app.domain.weighing import RecordedOutcome, RecordedQuestion
from app.framework.model import Outcome, Question
from app.store.assessments import ReplayDifference, StoredAssessmentView
from ui.assessment.outcome_panel import OutcomePanel, strong
from ui.assessment.texts import framework_line, question_heading, term_text
from ui.text import message_text, moment_text
from ui.timeline import small_heading
from ui.widgets.card import Card
from ui.widgets.labels import warning, wipe_texts, wrapped


class AssessmentView(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        # Not a Tab stop of its own: focus goes to what it holds, and it scrolls to follow.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.kader_missing = False  # True when its kader version is not shipped (see notice)
        self.title = strong(wrapped(), 1.2)
        self.title.setObjectName("frameworkTitle")
        self.framework = wrapped()
        self.framework.setObjectName("frameworkLine")
        self.made = wrapped()
        self.other_group = warning()
        self.other_group.setObjectName("otherGroupNote")
        self.other_group.hide()
        self.notice = warning()
        self.notice.setObjectName("kaderMissingNotice")
        self.notice.hide()
        self.difference = warning()
        self.difference.setObjectName("replayDifference")
        self.difference.hide()
        self.outcome_heading = small_heading(self.tr("Uitkomst van de weging"))
        self.outcome_panel = OutcomePanel()
        self.unfinished = wrapped()
        self.unfinished.setObjectName("unfinished")
        self.steps_heading = small_heading(self.tr("Vragen, antwoorden en redenen"))
        self.steps_box = QWidget()
        self.steps_layout = QVBoxLayout(self.steps_box)
        self.steps_layout.setContentsMargins(0, 0, 0, 0)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.title)
        layout.addWidget(self.framework)
        layout.addWidget(self.made)
        layout.addWidget(self.other_group)
        layout.addWidget(self.notice)
        layout.addWidget(self.difference)
        layout.addWidget(self.outcome_heading)
        layout.addWidget(self.outcome_panel)
        layout.addWidget(self.unfinished)
        layout.addWidget(self.steps_heading)
        layout.addWidget(self.steps_box)
        layout.addStretch(1)
        self.setWidget(content)
        self.clear()

    def show_stored(self, stored: StoredAssessmentView) -> None:
        self.clear()
        weging = stored.shown
        self.kader_missing = stored.live is None
        self.title.setText(weging.framework_title)
        self.framework.setText(
            framework_line(
                weging.group_name, weging.framework_version, weging.framework_date, weging.start
            )
        )
        self.made.setText(
            self.tr("Vastgelegd door {name} op {moment}").format(
                name=stored.assessed_by, moment=moment_text(stored.assessed_at)
            )
        )
        if weging.instead_of_group:
            self.other_group.setText(
                self.tr(
                    "Gewogen met het kader van een andere beroepsgroep, gekozen voor deze "
                    "casus in plaats van het kader van de eigen beroepsgroep ({group})."
                ).format(group=weging.instead_of_group)
            )
        self.other_group.setVisible(bool(weging.instead_of_group))
        self._show_notice(message_text(stored.notice) if stored.notice else "")
        if stored.difference is not None:
            self.difference.setText(self._difference_text(stored.difference))
        self.difference.setVisible(stored.difference is not None)
        if weging.outcome is not None:
            self.outcome_panel.show_outcome(weging.outcome)
        elif weging.waiting_at is not None:
            self.unfinished.setText(
                self.tr("Deze weging is nog niet afgerond. Open staat {question}: {text}").format(
                    question=question_heading(weging.waiting_at.number),
                    text=weging.waiting_at.text,
                )
            )
        self.outcome_heading.setVisible(weging.outcome is not None)
        self.outcome_panel.setVisible(weging.outcome is not None)
        self.unfinished.setVisible(weging.outcome is None)
        self.steps_heading.setVisible(bool(weging.answers))
        for answer in weging.answers:
            card = Card()
            card.setObjectName("assessmentStep")
            lines = QVBoxLayout(card)
            question = wrapped(
                f"{question_heading(answer.question.number)}: {answer.question.text}"
            )
            lines.addWidget(strong(question))
            lines.addWidget(
                wrapped(self.tr("Antwoord: {answer}").format(answer=answer.answer_label))
            )
            reason = wrapped(self.tr("Reden: {reason}").format(reason=answer.reason))
            reason.setObjectName("reason")
            lines.addWidget(reason)
            self.steps_layout.addWidget(card)

    def _difference_text(self, difference: ReplayDifference) -> str:
        return "\n".join(
            (
                self.tr("Vastgelegd: {where}").format(
                    where=self._end_text(difference.stored, difference.stored_waiting)
                ),
                self.tr("Nu bij opnieuw doorlopen: {where}").format(
                    where=self._end_text(difference.replayed, difference.replayed_waiting)
                ),
            )
        )

    def _end_text(
        self,
        outcome: Outcome | RecordedOutcome | None,
        waiting: Question | RecordedQuestion | None,
    ) -> str:
        if outcome is not None:
            return self.tr("melden: {report}; hulp: {help}; norm: {norm}").format(
                report=term_text(outcome.report),
                help=term_text(outcome.help),
                norm=term_text(outcome.norm),
            )
        if waiting is not None:
            return self.tr("nog open bij {question}").format(
                question=question_heading(waiting.number)
            )
        return self.tr("onbekend")

    def _show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def step_texts(self) -> list[str]:
        """Every line shown for the questions, in order (what a reader of the file sees)."""
        return [label.text() for label in self.steps_box.findChildren(QLabel)]

    def clear(self) -> None:
        """Forget what is shown (locking, or another weging): no reason stays in a widget."""
        for label in (
            self.title,
            self.framework,
            self.made,
            self.other_group,
            self.notice,
            self.difference,
            self.unfinished,
        ):
            label.clear()
        self.outcome_panel.clear()
        while self.steps_layout.count():
            item = self.steps_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                wipe_texts(widget)
                widget.setParent(None)
                widget.deleteLater()
        self.kader_missing = False
        self.notice.hide()
        self.difference.hide()
        self.other_group.hide()
        for part in (self.outcome_heading, self.outcome_panel, self.unfinished):
            part.hide()
        self.steps_heading.hide()
