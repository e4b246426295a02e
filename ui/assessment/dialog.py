"""The weging (steps 4 and 5, or the follow-up): one question at a time, each answer with the
professional's own reason, back and forth freely, ending in both decisions and what to do now.

The engine (`app.framework.assessment`) decides everything; this dialog only asks and shows.
Going back never throws typed text away: the answer and reason last given at a question are
kept while the dialog is open and come back when that question is reached again, so choosing
the same answers again finds the same reasons.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import pairwise
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.case_guidance import GuidanceContext
from app.errors import MeldcodeError, ValidationError
from app.framework.assessment import (
    Assessment,
    AssessmentError,
    AssessmentRecord,
    Step,
    start_assessment,
)
from app.framework.library import FrameworkLibrary, FrameworkUnavailable
from app.framework.model import Framework, Outcome
from app.framework.terms import Entry
from ui.assessment.framework_chooser import FrameworkChooser
from ui.assessment.lists import ENTER_KEYS
from ui.assessment.outcome_panel import OutcomePanel, strong
from ui.assessment.path_overview import PathOverview
from ui.assessment.question_page import QuestionPage
from ui.assessment.texts import framework_line
from ui.edit_dialog import EditDialog
from ui.text import error_text
from ui.widgets import ask
from ui.widgets.labels import resize_within_screen, warning, wrapped

# Stores a weging (finished, or kept open to finish later); raises MeldcodeError when it cannot.
Store = Callable[[Assessment], None]


class AssessmentDialog(EditDialog):
    completed = Signal(object)  # the AssessmentRecord of a finished weging, after storing
    kept_open = Signal(object)  # the AssessmentRecord of an unfinished one, to resume later

    def __init__(
        self,
        library: FrameworkLibrary,
        framework: Framework | None,
        *,
        case_title: str = "",
        record: AssessmentRecord | None = None,
        entry: Entry = Entry.CHECK,
        store: Store | None = None,
        parent: QWidget | None = None,
        guidance: GuidanceContext | None = None,
    ) -> None:
        """`framework` is the kader of the user's profession group, from
        `library.default_for_group(settings.profession_group)` (None: none usable, the user
        chooses). A `record` is resumed under its own kader version; when that version is
        gone, `library.replay` raises `FrameworkUnavailable` before any window exists."""
        resumed = library.replay(record) if record is not None else None
        super().__init__(parent)
        self.library = library
        self.own_framework = framework if framework and entry in framework.entries else None
        self.entry = resumed.entry if resumed is not None else entry
        self.store = store
        self.assessment: Assessment | None = resumed
        if resumed is None and self.own_framework is not None:
            self.assessment = start_assessment(self.own_framework, self.entry)
        # Per question: the answer and reason last given there (see the module docstring).
        self.drafts: dict[str, tuple[str, str]] = {}
        self._keep_drafts(resumed.steps if resumed else ())
        self.setWindowTitle(
            self.tr("Afwegingskader: {case}").format(case=case_title)
            if case_title
            else self.tr("Afwegingskader doorlopen")
        )

        self.framework_title = strong(wrapped(), 1.1)
        self.framework_title.setObjectName("frameworkTitle")
        self.framework_line = wrapped()
        self.framework_line.setObjectName("frameworkLine")
        self.other_framework_note = warning()
        self.other_framework_note.setObjectName("otherFrameworkNote")
        self.choose_button = QPushButton(self.tr("Ander afwegingskader &kiezen…"))
        header = QHBoxLayout()
        header_text = QVBoxLayout()
        header_text.addWidget(self.framework_title)
        header_text.addWidget(self.framework_line)
        header.addLayout(header_text, 1)
        header.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignTop)

        self.path = PathOverview()
        self.question_page = QuestionPage()
        self.question_page.context = guidance or GuidanceContext()
        self.outcome_panel = OutcomePanel()
        self.result_page = self._result_page()
        self.chooser = FrameworkChooser(library, self.own_framework, self.entry)
        self.pages = QStackedWidget()
        for page in (self.question_page, self.result_page, self.chooser):
            self.pages.addWidget(page)
        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(self.path)
        body.addWidget(self.pages)
        body.setStretchFactor(0, 1)
        body.setStretchFactor(1, 4)
        body.setSizes([230, 870])
        body.setChildrenCollapsible(False)

        self.back_button = QPushButton(self.tr("< &Vorige"))
        self.next_button = QPushButton(self.tr("Vol&gende >"))
        self.keep_open_button = QPushButton(self.tr("&Tussentijds vastleggen"))
        self.keep_open_button.setToolTip(
            self.tr("Legt de beantwoorde vragen vast; de weging maakt u later af.")
        )
        self.save_button.setText(self.tr("Weging &vastleggen"))
        nav = QHBoxLayout()
        nav.addWidget(self.back_button)
        nav.addWidget(self.keep_open_button)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        nav.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.other_framework_note)
        layout.addWidget(body, 1)
        layout.addWidget(self.form_error)
        layout.addLayout(nav)
        for button in self.findChildren(QPushButton):
            # Enter is decided in keyPressEvent, not by whichever button last had focus.
            button.setAutoDefault(False)

        self.next_button.clicked.connect(self.go_next)
        self.back_button.clicked.connect(self.go_back)
        self.keep_open_button.clicked.connect(self.keep_open)
        self.choose_button.clicked.connect(self.choose_framework)
        self.path.jump_requested.connect(self.jump_to)
        self.question_page.input_changed.connect(self._update_buttons)
        self.chooser.chosen.connect(self._framework_chosen)
        self.chooser.cancelled.connect(self._show_current)
        resize_within_screen(self, 1120, 720)
        self._show_current()
        if self.assessment is None:
            self.choose_framework()
        self.finish_setup(self.question_page.fields())

    def _result_page(self) -> QWidget:
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(strong(wrapped(self.tr("Uitkomst van de weging")), 1.2))
        layout.addWidget(self.outcome_panel)
        layout.addWidget(
            wrapped(
                self.tr(
                    "Met 'Weging vastleggen' komen uw antwoorden, uw redenen en beide "
                    "beslissingen in het dossier, met het afwegingskader en zijn versie. Wilt u "
                    "een antwoord wijzigen, kies dan links de vraag of ga terug met 'Vorige'."
                )
            )
        )
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        # Not a Tab stop of its own: focus goes to what it holds, and it scrolls to follow.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(content)
        return scroll

    # -- what the caller reads -------------------------------------------------------------

    @property
    def outcome(self) -> Outcome | None:
        return self.assessment.outcome if self.assessment is not None else None

    def record(self) -> AssessmentRecord | None:
        return self.assessment.record() if self.assessment is not None else None

    @property
    def chose_other_framework(self) -> bool:
        """Weighed under another kader than the profession group's (recorded by its id)."""
        current = self.assessment.framework if self.assessment is not None else None
        own = self.own_framework
        return current is not None and (own is None or current.key != own.key)

    # -- moving ----------------------------------------------------------------------------

    def go_next(self) -> None:
        if self.assessment is None or self.pages.currentWidget() is not self.question_page:
            return
        try:
            moved = self.assessment.answer(
                self.question_page.answer_id(), self.question_page.reason_text()
            )
        except ValidationError as exc:
            self.errors.show(exc)
            if "answer" in exc.field_errors:
                self.question_page.focus_answer()
            return
        self._remember_page()
        self.assessment = moved
        self._show_current()

    def go_back(self) -> None:
        if self.assessment is None or not self.assessment.can_go_back:
            return
        self._remember_page()
        self._move_back(self.assessment.back())

    def jump_to(self, question_id: str) -> None:
        if self.assessment is None:
            return
        self._remember_page()
        self._move_back(self.assessment.back_to(question_id))

    def _move_back(self, earlier: Assessment) -> None:
        assert self.assessment is not None
        self._keep_drafts(self.assessment.steps[len(earlier.steps) :])
        self.assessment = earlier
        self._show_current()

    def _keep_drafts(self, steps: Iterable[Step]) -> None:
        for step in steps:
            self.drafts[step.question_id] = (step.answer_id, step.reason)

    def _remember_page(self) -> None:
        question = self.question_page.question
        if self.pages.currentWidget() is self.question_page and question is not None:
            self.drafts[question.id] = (
                self.question_page.answer_id(),
                self.question_page.reason_text(),
            )

    # -- the kader -------------------------------------------------------------------------

    def choose_framework(self) -> None:
        self._remember_page()
        self.chooser.start(self.assessment.framework if self.assessment else None)
        self.pages.setCurrentWidget(self.chooser)
        self._update_buttons()

    def _framework_chosen(self, framework: Framework) -> None:
        current = self.assessment
        if current is not None and framework.key == current.framework.key:
            self._show_current()
            return
        if self._has_answers() and not ask.ask(
            self,
            self.tr("Ander afwegingskader"),
            self.tr(
                "Met een ander afwegingskader begint de weging opnieuw. Uw antwoorden en "
                "redenen bij het huidige kader worden niet bewaard. Wilt u opnieuw beginnen?"
            ),
            self.tr("Opnieuw beginnen"),
            self.tr("Bij dit kader blijven"),
        ):
            self._show_current()
            return
        self.drafts.clear()
        self.assessment = start_assessment(framework, self.entry)
        self._show_current()

    def _has_answers(self) -> bool:
        steps = self.assessment.steps if self.assessment is not None else ()
        return bool(steps) or any(a or r.strip() for a, r in self.drafts.values())

    # -- showing ---------------------------------------------------------------------------

    def _show_current(self) -> None:
        self.errors.clear()
        self._show_framework()
        self.path.show_path(self.assessment)
        if self.assessment is None:
            self.pages.setCurrentWidget(self.chooser)
        elif self.assessment.outcome is not None:
            self.outcome_panel.show_outcome(self.assessment.outcome)
            self.pages.setCurrentWidget(self.result_page)
            self.save_button.setFocus()
        else:
            question = self.assessment.current_question
            assert question is not None
            answer_id, reason = self.drafts.get(question.id, ("", ""))
            self.question_page.show_question(question, answer_id, reason)
            self.pages.setCurrentWidget(self.question_page)
            self._order_tabs()
            self.question_page.focus_answer()
        self._update_buttons()

    def set_case_notes(self, notes: str) -> None:
        """What the forms of violence in the case ask of the weging, shown with each
        question's guidance (the dialog itself does not know the case)."""
        self.question_page.case_notes = notes
        if self.assessment is not None and self.assessment.current_question is not None:
            self._show_current()

    def _order_tabs(self) -> None:
        """Tab follows the screen: the path, the answers (new for every question), the
        reason, the guidance, then the buttons below."""
        chain = [
            self.choose_button,
            self.path.list,
            self.path.jump_button,
            *self.question_page.answer_group.buttons(),
            self.question_page.reason,
            self.question_page.guidance,
            self.back_button,
            self.keep_open_button,
            self.next_button,
            *self.buttons.buttons(),
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _show_framework(self) -> None:
        framework = self.assessment.framework if self.assessment is not None else None
        if framework is None:
            self.framework_title.setText(self.tr("Nog geen afwegingskader gekozen"))
            self.framework_line.clear()
        else:
            self.framework_title.setText(framework.title)
            self.framework_line.setText(
                framework_line(framework.group.name, framework.version, framework.date, self.entry)
            )
        own = self.own_framework
        if own is not None and self.chose_other_framework:
            self.other_framework_note.setText(
                self.tr(
                    "U weegt onder een ander kader dan dat van uw beroepsgroep ({group}). "
                    "Het gekozen kader en zijn versie worden bij de weging vastgelegd."
                ).format(group=own.group.name)
            )
        self.other_framework_note.setVisible(own is not None and self.chose_other_framework)

    def _update_buttons(self) -> None:
        page = self.pages.currentWidget()
        on_question = page is self.question_page and self.assessment is not None
        on_result = page is self.result_page
        can_go_back = self.assessment is not None and self.assessment.can_go_back
        self.back_button.setEnabled(can_go_back and page is not self.chooser)
        self.next_button.setVisible(page is not self.result_page)
        self.next_button.setEnabled(on_question)
        self.save_button.setVisible(on_result)
        self.keep_open_button.setEnabled(on_question and can_go_back)
        self.choose_button.setEnabled(page is not self.chooser)
        self.path.setEnabled(page is not self.chooser)
        # Enter goes on only when an answer and a reason are given (or records the result).
        self.next_button.setDefault(False)
        self.save_button.setDefault(False)
        self.chooser.choose_button.setDefault(False)
        if on_question and self.question_page.is_ready():
            self.next_button.setDefault(True)
        elif on_result:
            self.save_button.setDefault(True)
        elif page is self.chooser:
            self.chooser.choose_button.setDefault(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        focus = self.focusWidget()
        if event.key() in ENTER_KEYS and isinstance(focus, QPushButton):
            # Enter on a button presses that button (buttons here are not auto-default).
            if focus.isEnabled():
                focus.click()
            event.accept()
            return
        super().keyPressEvent(event)

    def done(self, result: int) -> None:
        """Closed (recorded, cancelled or locked): reasons of questions off the path go too."""
        self.drafts.clear()
        super().done(result)

    # -- recording -------------------------------------------------------------------------

    def snapshot(self) -> object:
        """What would be lost on Cancel: the answers given and the input on this page."""
        steps = self.assessment.steps if self.assessment is not None else ()
        return (steps, self._page_input())

    def form_state(self) -> dict[str, Any]:
        """What a lock keeps as a draft (`keep_drafts`): the answers given, as the engine's
        record, and what was typed at the open question."""
        record = self.record()
        answer_id, reason = self._page_input() or ("", "")
        return {
            "record": record.to_json() if record is not None else None,
            "answer": answer_id,
            "reason": reason,
        }

    def restore_state(self, state: dict[str, Any]) -> None:
        """Go on from a draft a lock kept; one that no longer replays is left alone."""
        raw = state.get("record")
        if not isinstance(raw, str):
            return
        try:
            restored = self.library.replay(AssessmentRecord.from_json(raw))
        except (FrameworkUnavailable, AssessmentError):
            return
        self.drafts.clear()
        self._keep_drafts(restored.steps)
        question = restored.current_question
        if question is not None:
            self.drafts[question.id] = (str(state.get("answer", "")), str(state.get("reason", "")))
        self.assessment = restored
        self._show_current()

    def _page_input(self) -> tuple[str, str] | None:
        """The answer and reason typed at the open question, not yet given (None: nothing)."""
        if self.pages.currentWidget() is not self.question_page:
            return None
        answer_id, reason = self.question_page.answer_id(), self.question_page.reason_text()
        return (answer_id, reason) if answer_id or reason.strip() else None

    def save(self) -> bool:
        if self.assessment is None or not self.assessment.is_complete:
            return False
        if self.store is not None:
            self.store(self.assessment)
        self.completed.emit(self.assessment.record())
        return True

    def keep_open(self) -> None:
        """Record the questions answered so far; the open question is answered later."""
        if self.assessment is None or self.assessment.is_complete or not self.assessment.steps:
            return
        if self._page_input() is not None and not ask.ask(
            self,
            self.tr("Tussentijds vastleggen"),
            self.tr(
                "Vastgelegd worden de vragen die u al beantwoordde. Wat u bij de vraag die nu "
                "openstaat invulde, wordt niet bewaard. Toch tussentijds vastleggen?"
            ),
            self.tr("Vastleggen"),
            self.tr("Verder invullen"),
        ):
            return
        try:
            if self.store is not None:
                self.store(self.assessment)
        except MeldcodeError as exc:
            self.errors.show_form_error(error_text(exc))
            return
        self.kept_open.emit(self.assessment.record())
        self.accept()
