"""One question of a kader: its number and text, the answers as radio buttons, the
professional's own reason, and the kader's guidance beside it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QPlainTextEdit,
    QRadioButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.domain.case_guidance import GuidanceContext, actions_in_context
from app.framework.model import Answer, Question
from ui.assessment.outcome_panel import strong
from ui.assessment.texts import question_heading, term_text
from ui.text import message_text
from ui.timeline import small_heading
from ui.widgets.fields import ErrorField
from ui.widgets.labels import NOTICE_STYLE, wrapped

REASON_HEIGHT = 110
REASON_MAX_HEIGHT = 260


class QuestionPage(QWidget):
    input_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question: Question | None = None
        # What the forms of violence in the case ask of the weging, below each question's
        # guidance (set by the caller that knows the case).
        self.case_notes = ""
        # What of the case the guidance takes into account (set by whoever knows the case).
        self.context = GuidanceContext()
        self.number = small_heading("")
        self.text = strong(wrapped(), 1.2)
        # A frame, so that a fault marks the answers as a whole (see ErrorField.set_error).
        self.answers_box = QFrame()
        self.answers_layout = QVBoxLayout(self.answers_box)
        self.answers_layout.setContentsMargins(4, 4, 4, 4)
        self.answers_layout.setSpacing(6)
        self.answer_group = QButtonGroup(self)
        self.answer_group.setExclusive(True)
        self.answer_field = ErrorField(self.answers_box)
        self.answer_notice = wrapped()
        self.answer_notice.setObjectName("answerGuidance")
        NOTICE_STYLE.on(self.answer_notice)
        self.answer_notice.hide()
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setMinimumHeight(REASON_HEIGHT)
        self.reason.setMaximumHeight(REASON_MAX_HEIGHT)
        self.reason.setPlaceholderText(self.tr("Waarom antwoordt u zo? In uw eigen woorden."))
        self.reason.setAccessibleName(self.tr("Uw reden"))
        self.reason_field = ErrorField(
            self.reason,
            self.tr("Verplicht: uw eigen reden komt bij deze vraag in het dossier."),
        )
        self.guidance = QTextBrowser()
        self.guidance.setOpenLinks(False)
        self.guidance.setObjectName("guidance")
        self.guidance.setAccessibleName(self.tr("Toelichting bij deze vraag"))

        question_column = QWidget()
        column = QVBoxLayout(question_column)
        column.setContentsMargins(0, 0, 8, 0)
        column.addWidget(self.number)
        column.addWidget(self.text)
        column.addWidget(small_heading(self.tr("Uw antwoord")))
        column.addWidget(self.answer_field)
        column.addWidget(small_heading(self.tr("Uw reden")))
        column.addWidget(self.reason_field)
        # Below the reason, not above it: what the kader says about the chosen answer
        # appears after the choice, and must not move the box the user is about to type in.
        column.addWidget(self.answer_notice)
        column.addStretch(1)
        guidance_column = QWidget()
        side = QVBoxLayout(guidance_column)
        side.setContentsMargins(8, 0, 0, 0)
        side.addWidget(small_heading(self.tr("Toelichting bij deze vraag")))
        side.addWidget(self.guidance, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(question_column)
        split.addWidget(guidance_column)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

        self.answer_group.idToggled.connect(self._answer_toggled)
        self.reason.textChanged.connect(self.input_changed)

    def fields(self) -> dict[str, ErrorField]:
        """The fields as the engine names them in its `ValidationError`."""
        return {"answer": self.answer_field, "reason": self.reason_field}

    def show_question(self, question: Question, answer_id: str = "", reason: str = "") -> None:
        """Show a question, with an answer and reason given earlier (when going back)."""
        self.question = question
        self.answer_field.clear_error(keep_room=False)
        self.reason_field.clear_error(keep_room=False)
        self.number.setText(question_heading(question.number))
        self.text.setText(question.text)
        guidance = question.guidance
        if self.case_notes:
            guidance += f"\n\n{self.case_notes}"
        self.guidance.setPlainText(guidance)
        for button in self.answer_group.buttons():
            self.answer_group.removeButton(button)
            self.answers_layout.removeWidget(button)
            button.setParent(None)
            button.deleteLater()
        for index, answer in enumerate(question.shown_answers):
            button = QRadioButton(answer.label)
            button.setObjectName(f"answer_{answer.id}")
            button.setStyleSheet("border: none;")  # the frame's red border is not theirs
            self.answer_group.addButton(button, index)
            self.answers_layout.addWidget(button)
            button.show()  # at once, not when the layout gets round to it
            button.setChecked(answer.id == answer_id)
        self.reason.setPlainText(reason)
        self._show_answer_notice()
        self.input_changed.emit()

    def chosen_answer(self) -> Answer | None:
        index = self.answer_group.checkedId()
        if self.question is None or index < 0:
            return None
        return self.question.shown_answers[index]

    def answer_id(self) -> str:
        answer = self.chosen_answer()
        return answer.id if answer else ""

    def reason_text(self) -> str:
        return self.reason.toPlainText()

    def answer_button(self, answer_id: str) -> QRadioButton:
        assert self.question is not None
        index = next(i for i, a in enumerate(self.question.shown_answers) if a.id == answer_id)
        button = self.answer_group.button(index)
        assert isinstance(button, QRadioButton)
        return button

    def is_ready(self) -> bool:
        """An answer is chosen and a reason written: only then does Enter go on."""
        return self.chosen_answer() is not None and bool(self.reason_text().strip())

    def focus_answer(self) -> None:
        button = self.answer_group.checkedButton() or self.answer_group.button(0)
        if button is not None:
            button.setFocus()

    def _answer_toggled(self, _: int, checked: bool) -> None:
        if checked:
            self.answer_field.clear_error()
            self._show_answer_notice()
            self.input_changed.emit()

    def _show_answer_notice(self) -> None:
        """What the kader says about the chosen answer, and what to do now."""
        answer = self.chosen_answer()
        parts = []
        if answer is not None and answer.guidance:
            parts.append(answer.guidance)
        if answer is not None and answer.actions:
            actions = actions_in_context(answer.actions, self.context)
            if actions.to_do:
                parts.append(self.tr("Wat u nu doet:"))
                parts += [f"• {term_text(action)}" for action in actions.to_do]
            parts += [f"✓ {message_text(done)}" for done in actions.done]
        self.answer_notice.setText("\n".join(parts))
        self.answer_notice.setVisible(bool(parts))
