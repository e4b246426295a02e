"""A reporting outcome is never displayed as 'no report'.

Checked where the UI turns an outcome into decision text (`ui.assessment.texts`): for every
path of every shipped kader, driven through the dialog's own widgets, and for any outcome the
kader format allows (hypothesis), so a future kader cannot slip past it either.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from app.framework.library import FrameworkLibrary, load_library
from app.framework.model import Outcome
from app.framework.rules import outcome_faults
from app.framework.terms import Action, Entry, HelpDecision, Norm, Recipient, ReportDecision
from tests.framework.paths import all_paths
from tests.ui.assessment.conftest import open_dialog
from ui.assessment.dialog import AssessmentDialog
from ui.assessment.outcome_panel import OutcomePanel
from ui.assessment.texts import decision_texts, term_text

SHIPPED = load_library()
KADERS = [(k.id, entry) for k in SHIPPED.frameworks for entry in k.entries]


def assert_shown_as_the_engine_decided(panel: OutcomePanel, outcome: Outcome) -> None:
    window = panel.window()
    no = term_text(ReportDecision.NO)
    if outcome.reports:
        assert panel.report.text() == term_text(outcome.report) != no
        assert panel.recipients.isVisibleTo(window) and panel.recipients.text()
        for recipient in outcome.report_to:
            assert term_text(recipient) in panel.recipients.text()
        if outcome.reports_to_veilig_thuis:
            assert panel.urgent.isVisibleTo(window)
            assert term_text(Action.CALL_VEILIG_THUIS) in panel.urgent.text()
    else:
        assert panel.report.text() == no
        assert not panel.recipients.isVisibleTo(window)
        assert "0800-2000" not in panel.urgent.text()
    if Action.CALL_112_IF_ACUTE in outcome.actions:
        assert panel.urgent.text().startswith(term_text(Action.CALL_112_IF_ACUTE))


@pytest.mark.parametrize(("framework_id", "entry"), KADERS, ids=str)
def test_every_path_of_every_kader_shows_the_engines_decision(
    qtbot: QtBot, library: FrameworkLibrary, framework_id: str, entry: Entry
) -> None:
    framework = library.get(framework_id)
    dialog = open_dialog(qtbot, AssessmentDialog(library, framework, entry=entry))
    page = dialog.question_page
    first = framework.entries[entry]
    paths = all_paths(framework, entry)
    assert paths
    for path, outcome in paths.items():
        if dialog.assessment is not None and dialog.assessment.steps:
            dialog.jump_to(first)
        for step in path:
            question_id, answer_id = step.split("=")
            assert page.question is not None and page.question.id == question_id
            page.answer_button(answer_id).setChecked(True)
            page.reason.setPlainText(f"Eigen reden bij {step}.")
            dialog.go_next()
        assert dialog.pages.currentWidget() is dialog.result_page, path
        assert dialog.outcome == outcome, path
        assert_shown_as_the_engine_decided(dialog.outcome_panel, outcome)
        record = dialog.record()
        assert record is not None and library.replay(record).outcome == outcome


def consistent(outcome: Outcome) -> bool:
    return not any(outcome_faults(outcome, "test"))


OUTCOMES = st.builds(
    Outcome,
    id=st.just("uitkomst"),
    report=st.sampled_from(ReportDecision),
    report_to=st.lists(st.sampled_from(Recipient), unique=True).map(tuple),
    help=st.sampled_from(HelpDecision),
    norm=st.sampled_from(Norm),
    text=st.just("Tekst."),
    actions=st.lists(st.sampled_from(Action), unique=True).map(tuple),
).filter(consistent)


@settings(max_examples=200, deadline=None)
@given(outcome=OUTCOMES)
def test_any_valid_outcome_that_reports_is_never_displayed_as_no_report(
    outcome: Outcome,
) -> None:
    texts = decision_texts(outcome)
    assert texts.reports == outcome.reports
    if outcome.reports:
        assert texts.report != term_text(ReportDecision.NO)
        assert texts.recipients
    else:
        assert texts.report == term_text(ReportDecision.NO) and texts.recipients == ""
    shown = {*texts.urgent_actions, *texts.next_actions}
    assert shown == {term_text(a) for a in outcome.actions}
