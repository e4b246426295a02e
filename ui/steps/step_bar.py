"""The five steps as a bar across the case, with the follow-up after them: where the case stands.

Each button says its step and its state (done, skipped, current, open, not yet available); the
state comes from the core's derived progress, never from the UI.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QSizePolicy, QToolButton, QWidget

from app.domain.enums import CasePhase, Step, StepStatus
from app.domain.progress import CaseProgress
from ui.text import label_text
from ui.widgets.tones import Look, Tone

# A page of the case: one of the steps, or None for the follow-up after step 5.
Page = Step | None

STATUS_MARKS = {
    StepStatus.DONE: "✓",
    StepStatus.SKIPPED: "↷",
    StepStatus.CURRENT: "●",
    StepStatus.OPEN: "○",
    StepStatus.UNAVAILABLE: "–",
}
_SHAPE = "QToolButton { border: 1px solid palette(mid); border-radius: 4px; padding: 4px 8px; }"
# The chosen page is marked by a frame in the text's own colour: visible in every scheme.
CHOSEN_STYLE = " QToolButton:checked { border: 2px solid palette(text); }"
_BOLD = " QToolButton { font-weight: bold; }"
STATUS_STYLES = {
    StepStatus.DONE: Look(Tone.NOTICE, _SHAPE + CHOSEN_STYLE),
    StepStatus.SKIPPED: Look(Tone.WARNING, _SHAPE + CHOSEN_STYLE),
    StepStatus.CURRENT: Look(Tone.INFO, _SHAPE + _BOLD + CHOSEN_STYLE),
    StepStatus.OPEN: Look(None, _SHAPE + CHOSEN_STYLE),
    StepStatus.UNAVAILABLE: Look(Tone.MUTED, _SHAPE + CHOSEN_STYLE),
}
RADAR_STYLE = Look(Tone.URGENT, _SHAPE + _BOLD + CHOSEN_STYLE)


def page_names() -> dict[Page, str]:
    """Short names of the pages, for the bar and for lists where space is scarce."""
    return {
        Step.SIGNALS: QCoreApplication.translate("StepBar", "Signalen"),
        Step.CONSULTATION: QCoreApplication.translate("StepBar", "Consultatie"),
        Step.CONVERSATION: QCoreApplication.translate("StepBar", "Gesprek"),
        Step.WEIGHING: QCoreApplication.translate("StepBar", "Wegen"),
        Step.DECISION: QCoreApplication.translate("StepBar", "Beslissen"),
        None: QCoreApplication.translate("StepBar", "Vervolg"),
    }


def short_step(step: Step) -> str:
    """ "2 · Consultatie"."""
    return f"{step.number} · {page_names()[step]}"


class StepBar(QWidget):
    chosen = Signal(object)  # the Page

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names = page_names()
        self.buttons: dict[Page, QToolButton] = {}
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for page in self.names:
            button = QToolButton()
            button.setCheckable(True)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            button.clicked.connect(lambda _=False, p=page: self.chosen.emit(p))
            self._group.addButton(button)
            self.buttons[page] = button
            layout.addWidget(button)

    def show_progress(self, progress: CaseProgress) -> None:
        for step in Step:
            status = progress.state(step).status
            button = self.buttons[step]
            text = (
                f"{step.number} · {self.names[step]}\n{STATUS_MARKS[status]} {label_text(status)}"
            )
            button.setText(text)
            STATUS_STYLES[status].on(button)
            button.setAccessibleName(text.replace("\n", ", "))
        follow_up = self.buttons[None]
        if progress.radar or progress.help_not_safe:
            state, style = self.tr("! Nieuwe zorgen"), RADAR_STYLE
        elif progress.phase is CasePhase.FOLLOW_UP:
            state, style = self.tr("● Loopt"), STATUS_STYLES[StepStatus.CURRENT]
        elif progress.phase is CasePhase.CLOSED:
            state, style = self.tr("Gesloten"), STATUS_STYLES[StepStatus.UNAVAILABLE]
        else:
            state, style = self.tr("Na stap 5"), STATUS_STYLES[StepStatus.OPEN]
        follow_up.setText(f"{self.names[None]}\n{state}")
        style.on(follow_up)
        follow_up.setAccessibleName(f"{self.names[None]}, {state}")

    def select(self, page: Page) -> None:
        self.buttons[page].setChecked(True)

    def clear(self) -> None:
        for button in self.buttons.values():
            button.setText("")
