"""A stored weging in the file, as the core gives it (`vault.assessments.view`): its stored
words, completed from the replay under its own kader version; when that version is gone, the
same words with the core's note; never under another version."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.domain.entries import Entry
from app.domain.weighing import RecordedAssessment
from app.framework.assessment import Assessment, start_assessment
from app.framework.library import FrameworkLibrary, load_library
from app.framework.loader import framework_folder
from app.vault.vault import Vault
from tests.entry_values import case_with_signal
from ui.assessment.view import AssessmentView
from ui.text import moment_text


@pytest.fixture
def staff_route(library: FrameworkLibrary) -> Assessment:
    return (
        start_assessment(library.get("kinderopvang", "1.0"))
        .answer("staff", "Collega zag een invalkracht een kind hard bij de arm grijpen.")
        .answer("yes", "Blauwe plekken op de bovenarm.")
        .answer("no", "De vertrouwensinspecteur ziet geen strafbaar feit.")
    )


def stored(vault: Vault, assessment: Assessment) -> Entry[RecordedAssessment]:
    return vault.assessments.record(case_with_signal(vault), assessment)


def make_view(qtbot: QtBot) -> AssessmentView:
    view = AssessmentView()
    qtbot.addWidget(view)
    view.show()
    return view


def test_a_weging_is_shown_under_its_own_kader_version(
    qtbot: QtBot, library: FrameworkLibrary, staff_route: Assessment, vault: Vault
) -> None:
    entry = stored(vault, staff_route)
    view = make_view(qtbot)
    view.show_stored(vault.assessments.view(entry, library))
    childcare = library.get("kinderopvang", "1.0")
    assert not view.kader_missing and not view.notice.isVisibleTo(view)
    assert view.title.text() == childcare.title
    assert view.framework.text().startswith(f"{childcare.group.name} · versie 1.0 van 22-11-2026")
    made_at = entry.current.recorded_at
    assert view.made.text() == f"Vastgelegd door Anna de Vries op {moment_text(made_at)}"
    lines = view.step_texts()
    assert f"Route: {childcare.questions['route'].text}" in lines
    staff = childcare.questions["route"].answer("staff")
    assert staff is not None and f"Antwoord: {staff.label}" in lines
    assert "Reden: De vertrouwensinspecteur ziet geen strafbaar feit." in lines
    panel = view.outcome_panel
    assert panel.isVisibleTo(view) and not view.unfinished.isVisibleTo(view)
    assert panel.report.text() == "Ja"
    assert panel.recipients.text() == "de houder en de vertrouwensinspecteur (overleg)"
    assert panel.norm.text().startswith("Aanwijzing van geweld of een zedendelict")


def test_without_its_kader_version_the_stored_words_are_shown_with_a_note(
    qtbot: QtBot, library: FrameworkLibrary, staff_route: Assessment, vault: Vault
) -> None:
    entry = stored(vault, staff_route)
    without_childcare = FrameworkLibrary([k for k in library.frameworks if k.id != "kinderopvang"])
    view = make_view(qtbot)
    view.show_stored(vault.assessments.view(entry, without_childcare))
    assert view.kader_missing
    assert view.notice.isVisibleTo(view)
    assert "versie 1.0, dat niet meer in dit programma zit" in view.notice.text()
    assert "zoals ze toen zijn vastgelegd" in view.notice.text()
    assert view.title.text() == entry.value.framework_title
    assert "versie 1.0 van 22-11-2026" in view.framework.text()  # the date was stored too
    assert "Reden: Blauwe plekken op de bovenarm." in view.step_texts()
    assert view.outcome_panel.recipients.text() == "de houder en de vertrouwensinspecteur (overleg)"
    next_actions = view.outcome_panel.next_actions
    assert next_actions.isVisibleTo(view) and next_actions.text().startswith("1. ")  # stored too

    view.show_stored(vault.assessments.view(entry, library))
    assert not view.kader_missing and not view.notice.isVisibleTo(view)


def test_an_older_weging_gets_its_kaders_date_and_next_steps_from_the_replay(
    qtbot: QtBot, library: FrameworkLibrary, staff_route: Assessment, vault: Vault
) -> None:
    entry = stored(vault, staff_route)
    recorded = entry.value
    assert recorded.outcome is not None
    older = replace(recorded, framework_date=None, outcome=replace(recorded.outcome, actions=()))
    entry = replace(entry, versions=(replace(entry.versions[0], value=older),))
    view = make_view(qtbot)
    view.show_stored(vault.assessments.view(entry, library))
    assert "versie 1.0 van 22-11-2026" in view.framework.text()
    assert view.outcome_panel.next_actions.isVisibleTo(view)

    gone = FrameworkLibrary([])
    view.show_stored(vault.assessments.view(entry, gone))
    assert view.framework.text().startswith(f"{recorded.group_name} · versie 1.0 · ")
    assert view.outcome_panel.report.text() == "Ja"  # the decisions are in the stored words
    assert not view.outcome_panel.next_actions.isVisibleTo(view)  # not kept, not made up


def test_an_unfinished_weging_names_its_open_question(
    qtbot: QtBot, library: FrameworkLibrary, vault: Vault
) -> None:
    general = library.get("algemeen")
    unfinished = start_assessment(general).answer("yes", "Zorgen.").answer("no", "Niet acuut.")
    view = make_view(qtbot)
    view.show_stored(vault.assessments.view(stored(vault, unfinished), library))
    assert view.unfinished.isVisibleTo(view) and not view.outcome_panel.isVisibleTo(view)
    open_question = general.questions["help_possible"].text
    assert view.unfinished.text() == (
        f"Deze weging is nog niet afgerond. Open staat Vraag 3: {open_question}"
    )


def test_clearing_leaves_no_reason_in_any_widget(
    qtbot: QtBot, library: FrameworkLibrary, staff_route: Assessment, vault: Vault
) -> None:
    view = make_view(qtbot)
    view.show_stored(vault.assessments.view(stored(vault, staff_route), library))
    view.clear()
    qtbot.waitUntil(lambda: view.step_texts() == [])
    shown = " ".join(label.text() for label in view.findChildren(QLabel))
    assert "Blauwe plekken" not in shown and "Anna de Vries" not in shown
    assert "Beslissing 1, melden:" in shown  # the form itself stays


def test_a_weging_whose_kader_file_changed_shows_the_difference(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    """Replayed under its own version, the answers end elsewhere: both ends are on screen."""
    entry = vault.assessments.record(
        case_with_signal(vault),
        start_assessment(load_library().get("algemeen", "1.0"))
        .answer("yes", "Blauwe plekken.")
        .answer("yes", "Vader dreigt opnieuw."),
    )
    folder = tmp_path / "kaders"
    folder.mkdir()
    shutil.copy(framework_folder() / "kader.schema.json", folder)
    text = (framework_folder() / "algemeen.toml").read_text(encoding="utf-8")
    edited = text.replace('report = "yes_weigh_help_with_veilig_thuis"', 'report = "yes"', 1)
    (folder / "algemeen.toml").write_text(edited, encoding="utf-8")
    view = make_view(qtbot)
    view.show_stored(vault.assessments.view(entry, load_library(folder)))
    assert view.notice.isVisibleTo(view) and "andere uitkomst" in view.notice.text()
    assert view.difference.isVisibleTo(view)
    stored_line, replayed_line = view.difference.text().splitlines()
    assert stored_line.startswith("Vastgelegd: melden: Ja, en de vragen 3-5")
    assert replayed_line.startswith("Nu bij opnieuw doorlopen: melden: Ja; hulp: Ja")
    # The outcome shown is the stored one.
    assert view.outcome_panel.report.text().startswith("Ja, en de vragen 3-5")
    view.clear()
    assert not view.difference.isVisibleTo(view) and view.difference.text() == ""
