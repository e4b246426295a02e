"""Fixtures for the weging's windows: the shipped kaders, a copy with a broken file, and a
helper that answers a question the way a user does (click an answer, type a reason, Next)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from app.framework.library import FrameworkLibrary, load_library
from app.framework.loader import framework_folder
from tests.ui.conftest import Questions, click, type_into
from ui.assessment.dialog import AssessmentDialog

BROKEN = Path(__file__).resolve().parents[2] / "framework" / "broken"


@pytest.fixture(autouse=True)
def never_blocked(questions: Questions) -> Questions:
    """A question nobody answers (a dialog closed at the end of a test) must not block."""
    return questions


@pytest.fixture(scope="session")
def library() -> FrameworkLibrary:
    return load_library()


def library_with_broken_files(folder: Path) -> FrameworkLibrary:
    """The shipped kaders, but the doctors' file broken (a cycle, every version of it gone),
    and one more broken file."""
    folder.mkdir(parents=True, exist_ok=True)
    for path in framework_folder().glob("*.toml"):
        if not path.name.startswith("artsen"):
            shutil.copy(path, folder)
    shutil.copy(BROKEN / "cycle.toml", folder / "artsen.toml")
    shutil.copy(BROKEN / "not_toml.toml", folder / "eigen-kader.toml")
    return load_library(folder)


@pytest.fixture
def library_with_a_broken_file(tmp_path: Path) -> FrameworkLibrary:
    return library_with_broken_files(tmp_path / "kaders")


def open_dialog(qtbot: QtBot, dialog: AssessmentDialog) -> AssessmentDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def choose(qtbot: QtBot, dialog: AssessmentDialog, answer_id: str) -> None:
    """Click the round button of an answer, where a user aims."""
    button = dialog.question_page.answer_button(answer_id)
    qtbot.waitUntil(lambda: button.height() >= button.sizeHint().height())  # laid out
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    assert button.isChecked()


def give(qtbot: QtBot, dialog: AssessmentDialog, answer_id: str, reason: str) -> None:
    """Click the answer, write the reason, press Next; the dialog must have moved on."""
    page = dialog.question_page
    before = dialog.assessment.steps if dialog.assessment else ()
    choose(qtbot, dialog, answer_id)
    page.reason.clear()
    type_into(qtbot, page.reason, reason)
    click(qtbot, dialog.next_button)
    assert dialog.assessment is not None
    assert len(dialog.assessment.steps) == len(before) + 1, dialog.errors.messages()
