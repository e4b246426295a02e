"""The questions answered so far, with their answers; any of them can be reopened."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from app.framework.assessment import Assessment
from ui.assessment.lists import ActivatingList
from ui.assessment.texts import question_heading
from ui.timeline import small_heading

QUESTION_ROLE = Qt.ItemDataRole.UserRole
SHORT_QUESTION = 70


def shortened(text: str) -> str:
    return text if len(text) <= SHORT_QUESTION else text[: SHORT_QUESTION - 1].rstrip() + "…"


class PathOverview(QWidget):
    jump_requested = Signal(str)  # the id of an answered question to go back to

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = ActivatingList()
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.setAccessibleName(self.tr("Uw weg tot nu toe"))
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.jump_button = QPushButton(self.tr("&Naar deze vraag terug"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.addWidget(small_heading(self.tr("Uw weg tot nu toe")))
        layout.addWidget(self.list, 1)
        layout.addWidget(self.jump_button)
        self.list.itemActivated.connect(self._activated)
        self.list.currentItemChanged.connect(lambda *_: self._update_button())
        self.jump_button.clicked.connect(lambda: self._activated(self.list.currentItem()))
        self._update_button()

    def show_path(self, assessment: Assessment | None) -> None:
        self.list.clear()
        if assessment is None:
            self._update_button()
            return
        for step in assessment.path():
            item = QListWidgetItem(
                self.tr("{question}: {text}\nAntwoord: {answer}").format(
                    question=question_heading(step.question.number),
                    text=shortened(step.question.text),
                    answer=step.answer.label,
                )
            )
            item.setData(QUESTION_ROLE, step.question.id)
            item.setToolTip(step.question.text)
            self.list.addItem(item)
        current = assessment.current_question
        if current is not None:
            here = self.tr("{question}: nu aan de beurt").format(
                question=question_heading(current.number)
            )
        else:
            here = self.tr("Uitkomst")
        last = QListWidgetItem(here)
        last.setFlags(Qt.ItemFlag.ItemIsEnabled)  # where the user is now: nothing to reopen
        font = last.font()
        font.setBold(True)
        last.setFont(font)
        self.list.addItem(last)
        self._update_button()

    def answered_ids(self) -> list[str]:
        items = (self.list.item(row) for row in range(self.list.count()))
        return [str(i.data(QUESTION_ROLE)) for i in items if i.data(QUESTION_ROLE)]

    def select(self, question_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(QUESTION_ROLE) == question_id:
                self.list.setCurrentRow(row)

    def _update_button(self) -> None:
        item = self.list.currentItem()
        self.jump_button.setEnabled(item is not None and bool(item.data(QUESTION_ROLE)))

    def _activated(self, item: QListWidgetItem | None) -> None:
        if item is not None and item.data(QUESTION_ROLE):
            self.jump_requested.emit(str(item.data(QUESTION_ROLE)))
