"""The handleiding in the program: every chapter shows, its pictures exist, search finds,
F1 opens the chapter about the window in front, and the first-use tour can be skipped."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.paths import resources_dir
from tests.ui.conftest import click, new_case, press_at_window, run_setup
from ui.help import window as help_window
from ui.help.guide import SECTIONS
from ui.help.tour import FirstUseTour
from ui.help.window import HelpWindow, open_help, section_html, section_text
from ui.shell import Shell
from ui.signal_dialog import SignalDialog


def help_windows() -> list[HelpWindow]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, HelpWindow) and w.isVisible()
    ]


@pytest.fixture(autouse=True)
def close_help_windows() -> None:
    yield
    for window in help_windows():
        window.close()


def test_every_picture_the_guide_names_is_shipped() -> None:
    pictures = [b.picture for s in SECTIONS for b in s.blocks if b.kind == "img"]
    assert pictures, "the guide shows pictures"
    for name in pictures:
        assert (resources_dir() / "handleiding" / name).is_file(), name


def test_every_chapter_has_a_unique_key_a_title_and_text() -> None:
    keys = [s.key for s in SECTIONS]
    assert len(keys) == len(set(keys))
    for section in SECTIONS:
        assert section.title and section.blocks
        assert len(section_text(section)) > 100, section.key


def test_chapter_html_keeps_its_markup_and_points_at_the_pictures() -> None:
    melding = next(s for s in SECTIONS if s.key == "melding")
    page = section_html(melding)
    assert "<h1>Een melding maken en versturen</h1>" in page
    assert "0800-2000" in page
    assert "handleiding/wachtzin.png" in page
    # Markup in a paragraph is kept as markup, not shown as text.
    assert "<b>Melding voorbereiden</b>" in page


def test_the_guide_reads_in_english_when_english_is_chosen(qtbot: QtBot) -> None:
    from ui.application import install_translators

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translators(app, "en")
    try:
        start = next(s for s in SECTIONS if s.key == "start")
        assert "Getting started" in section_html(start)
        assert "recovery code" in section_text(start)
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
        install_translators(app, "nl")


def test_search_keeps_only_chapters_with_every_word_and_selects_the_first_place(
    qtbot: QtBot,
) -> None:
    window = HelpWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.keyClicks(window.search, "herstelcode")
    visible = [
        window.chapters.item(row).data(Qt.ItemDataRole.UserRole)
        for row in range(window.chapters.count())
        if not window.chapters.item(row).isHidden()
    ]
    assert "wachtzin-kwijt" in visible and "start" in visible
    assert "vandaag" not in visible
    for key in visible:
        text = section_text(next(s for s in SECTIONS if s.key == key)).casefold()
        assert "herstelcode" in text
    assert window.browser.textCursor().selectedText().casefold() == "herstelcode"

    window.search.clear()
    qtbot.keyClicks(window.search, "woordzonderbetekenis")
    assert window.no_match.isVisible()
    assert all(window.chapters.item(row).isHidden() for row in range(window.chapters.count()))
    window.search.clear()
    assert not window.no_match.isVisible()
    assert not any(window.chapters.item(row).isHidden() for row in range(window.chapters.count()))


def test_chapter_list_click_shows_that_chapter(qtbot: QtBot) -> None:
    window = HelpWindow()
    qtbot.addWidget(window)
    window.show()
    row = [s.key for s in SECTIONS].index("vervolg")
    window.chapters.setCurrentRow(row)
    assert window.current_key == "vervolg"
    assert "Na de melding" in window.browser.toPlainText()


def test_first_use_tour_after_setup_then_f1_opens_the_chapter_of_each_window(
    qtbot: QtBot, make_shell: Callable[..., Shell]
) -> None:
    shell = make_shell()
    main, _code = run_setup(qtbot, shell)  # sees the tour and skips it
    assert shell.tour is None

    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    press_at_window(main.case_list.search, Qt.Key.Key_F1)
    (guide,) = help_windows()
    assert guide.current_key == "start"
    guide.close()

    new_case(qtbot, main, "Gezin A")
    click(qtbot, main.case_view.add_signal_button)
    dialog = main.case_view.active_dialog
    assert isinstance(dialog, SignalDialog)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog)
    press_at_window(dialog.facts, Qt.Key.Key_F1)
    (guide,) = help_windows()
    assert guide.current_key == "signalen"
    # Over a modal dialog the guide is that dialog's child, so it takes input.
    assert guide.parentWidget() is dialog
    qtbot.keyClicks(guide.search, "kindcheck")
    assert guide.search.text() == "kindcheck"
    guide.close()
    dialog.reject()

    main.guide_action.trigger()
    assert [w.current_key for w in help_windows()] == ["start"]


def test_the_tour_walks_three_pages_and_ends(qtbot: QtBot) -> None:
    tour = FirstUseTour()
    qtbot.addWidget(tour)
    tour.show()
    titles = []
    for _ in range(tour.pages.count()):
        titles.append(tour.pages.currentWidget().findChildren(type(tour.position))[0].text())
        assert re.fullmatch(r"\d van 3", tour.position.text())
        click(qtbot, tour.next_button)
    assert not tour.isVisible()
    assert tour.result() == tour.DialogCode.Accepted
    assert titles == ["<h2>De vijf stappen</h2>", "<h2>Vandaag</h2>", "<h2>Vergrendelen</h2>"]


def test_open_help_reuses_the_open_window(qtbot: QtBot) -> None:
    first = open_help("weging")
    second = open_help("melding")
    assert first is second
    assert second.current_key == "melding"
    assert help_window.topic_for(None) == "start"


def test_screenshot_tool_writes_the_guide_and_the_tour(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    from tests.tools import help_screenshots

    help_screenshots.main(tmp_path)
    for name in ("handleiding.png", "handleiding-zoeken.png", "rondleiding.png"):
        image = QImage(str(tmp_path / name))
        assert image.width() >= 400 and image.height() >= 100, name


def test_each_window_named_leads_to_a_chapter_that_tells_of_it(qtbot: QtBot) -> None:
    from ui.help.guide import SECTIONS
    from ui.share_dialog import ShareCaseDialog

    keys = {section.key for section in SECTIONS}
    assert set(help_window.TOPICS.values()) <= keys
    # Sharing a case is told among colleagues and roles, not among the steps around it.
    assert help_window.TOPICS[ShareCaseDialog.__name__] == "praktijk"
    chapter = help_window.section_html(help_window.section_by_key("praktijk"))
    assert "Collega's en rollen" in chapter.replace("&#x27;", "'")
