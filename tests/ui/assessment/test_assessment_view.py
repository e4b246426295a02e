"""A stored weging in the file: replayed under its own kader version, or, when that version is
gone, shown from its snapshot with a note; never under another version."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.framework.assessment import Assessment, start_assessment
from app.framework.library import FrameworkLibrary
from app.framework.snapshot import AssessmentSnapshot
from ui.assessment.view import AssessmentView
from ui.text import moment_text

MADE_AT = datetime(2026, 12, 1, 8, 30, tzinfo=UTC)


@pytest.fixture
def staff_route(library: FrameworkLibrary) -> Assessment:
    return (
        start_assessment(library.get("kinderopvang"))
        .answer("staff", "Collega zag een invalkracht een kind hard bij de arm grijpen.")
        .answer("yes", "Blauwe plekken op de bovenarm.")
        .answer("no", "De vertrouwensinspecteur ziet geen strafbaar feit.")
    )


def make_view(qtbot: QtBot) -> AssessmentView:
    view = AssessmentView()
    qtbot.addWidget(view)
    view.show()
    return view


def test_a_record_is_shown_under_its_own_kader_version(
    qtbot: QtBot, library: FrameworkLibrary, staff_route: Assessment
) -> None:
    view = make_view(qtbot)
    view.show_record(library, staff_route.record(), made_by="Anna de Vries", made_at=MADE_AT)
    childcare = library.get("kinderopvang")
    assert not view.from_snapshot and not view.notice.isVisibleTo(view)
    assert view.title.text() == childcare.title
    assert view.framework.text().startswith(f"{childcare.group.name} · versie 1.0 van 22-11-2026")
    assert view.made.text() == f"Vastgelegd door Anna de Vries op {moment_text(MADE_AT)}"
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


def test_without_its_kader_version_the_snapshot_is_shown_with_a_note(
    qtbot: QtBot, library: FrameworkLibrary, staff_route: Assessment
) -> None:
    snapshot = AssessmentSnapshot.from_json(AssessmentSnapshot.of(staff_route).to_json())
    without_childcare = FrameworkLibrary([k for k in library.frameworks if k.id != "kinderopvang"])
    view = make_view(qtbot)
    view.show_record(
        without_childcare,
        snapshot.record(),
        made_by="Anna de Vries",
        made_at=MADE_AT,
        snapshot=snapshot,
    )
    assert view.from_snapshot
    assert view.notice.isVisibleTo(view)
    assert "versie 1.0 is niet (meer) beschikbaar" in view.notice.text()
    assert "zoals ze luidden toen de weging werd vastgelegd" in view.notice.text()
    assert view.title.text() == snapshot.framework_title
    assert "Reden: Blauwe plekken op de bovenarm." in view.step_texts()
    assert view.outcome_panel.recipients.text() == "de houder en de vertrouwensinspecteur (overleg)"

    view.show_record(without_childcare, snapshot.record(), made_by="A", made_at=MADE_AT)
    assert view.notice.isVisibleTo(view) and "niet (meer) beschikbaar" in view.notice.text()
    assert view.step_texts() == [] and not view.outcome_panel.isVisibleTo(view)
    assert view.title.text() == ""


def test_an_unfinished_weging_names_its_open_question(
    qtbot: QtBot, library: FrameworkLibrary
) -> None:
    general = library.get("algemeen")
    unfinished = start_assessment(general).answer("yes", "Zorgen.").answer("no", "Niet acuut.")
    view = make_view(qtbot)
    view.show_snapshot(AssessmentSnapshot.of(unfinished), made_by="B", made_at=MADE_AT)
    assert view.unfinished.isVisibleTo(view) and not view.outcome_panel.isVisibleTo(view)
    open_question = general.questions["help_possible"].text
    assert view.unfinished.text() == (
        f"Deze weging is nog niet afgerond. Open staat Vraag 3: {open_question}"
    )


def test_clearing_leaves_no_reason_in_any_widget(
    qtbot: QtBot, library: FrameworkLibrary, staff_route: Assessment
) -> None:
    view = make_view(qtbot)
    view.show_record(library, staff_route.record(), made_by="Anna de Vries", made_at=MADE_AT)
    view.clear()
    qtbot.waitUntil(lambda: view.step_texts() == [])
    shown = " ".join(label.text() for label in view.findChildren(QLabel))
    assert "Blauwe plekken" not in shown and "Anna de Vries" not in shown
    assert "Beslissing 1, melden:" in shown  # the form itself stays
