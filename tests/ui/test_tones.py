"""Notices and step states stay readable on light, dark and high-contrast screens."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from tests.tools.screenshots import dark_palette
from ui.widgets import tones
from ui.widgets.tones import DARK, LIGHT, Appearance, Tone, contrast_ratio, set_tone, tone_sheet


@pytest.mark.parametrize("scheme", [LIGHT, DARK], ids=["light", "dark"])
@pytest.mark.parametrize("tone", list(Tone))
def test_every_tone_reads_at_normal_text_contrast(scheme: dict, tone: Tone) -> None:
    colours = scheme[tone]
    # WCAG AA for normal text.
    assert contrast_ratio(colours.text, colours.background) >= 4.5


def test_contrast_ratio_matches_known_values() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


def test_high_contrast_uses_the_system_palette_only() -> None:
    sheet = tone_sheet(dark=False, contrast=True)
    assert "#" not in sheet
    assert sheet.count("palette(text)") == 2 * len(Tone)


@pytest.fixture
def appearance() -> Iterator[Appearance]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    old_palette, old_sheet = app.palette(), app.styleSheet()
    watcher = Appearance(app)
    yield watcher
    app.removeEventFilter(watcher)
    watcher.deleteLater()
    app.setPalette(old_palette)
    app.setStyleSheet(old_sheet)


def background_of(label: QLabel) -> QColor:
    """The colour most of the label shows: its background, wherever its text's glyphs fall
    (a fixed pixel was the edge of the "L" in one font and background in another)."""
    image = label.grab().toImage()
    counts = Counter(image.pixel(x, y) for x in range(image.width()) for y in range(image.height()))
    return QColor.fromRgb(counts.most_common(1)[0][0])


def test_a_warning_follows_the_system_from_light_to_dark(
    qtbot: QtBot, appearance: Appearance
) -> None:
    label = QLabel("Let op")
    label.setStyleSheet("border: 1px solid; padding: 8px;")
    set_tone(label, Tone.WARNING)
    qtbot.addWidget(label)
    label.show()
    assert not appearance.dark
    light = background_of(label)
    assert light.name() == LIGHT[Tone.WARNING].background

    QApplication.instance().setPalette(dark_palette())  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: appearance.dark)
    dark = background_of(label)
    assert dark.name() == DARK[Tone.WARNING].background
    assert label.palette().color(QPalette.ColorRole.WindowText).lightness() > 128


def test_a_tone_set_before_and_after_the_first_show_both_count(
    qtbot: QtBot, appearance: Appearance
) -> None:
    # Before the first show the style reads the property when it polishes; after it, the
    # widget is polished again at once.
    label = QLabel("Let op")
    set_tone(label, Tone.WARNING)
    qtbot.addWidget(label)
    label.show()
    assert background_of(label).name() == LIGHT[Tone.WARNING].background
    set_tone(label, Tone.URGENT)
    assert background_of(label).name() == LIGHT[Tone.URGENT].background


def test_set_tone_none_gives_the_plain_window_colours(qtbot: QtBot, appearance: Appearance) -> None:
    label = QLabel("Gewoon")
    set_tone(label, Tone.URGENT)
    set_tone(label, None)
    qtbot.addWidget(label)
    label.show()
    assert label.property(tones.PROPERTY) == ""
    assert background_of(label) == QApplication.palette().color(QPalette.ColorRole.Window)


def test_the_step_bar_says_each_state_in_words_and_tone_in_the_dark(
    qtbot: QtBot, appearance: Appearance
) -> None:
    from app.domain.enums import Step, StepStatus
    from ui.steps.step_bar import STATUS_MARKS, StepBar

    QApplication.instance().setPalette(dark_palette())  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: appearance.dark)
    bar = StepBar()
    qtbot.addWidget(bar)

    class Shown:
        def __init__(self, status: StepStatus) -> None:
            self.status = status

    class Progress:
        radar = help_not_safe = False
        phase = None

        def state(self, step: Step) -> Shown:
            return Shown(list(StepStatus)[step.number % len(StepStatus)])

    bar.show_progress(Progress())  # type: ignore[arg-type]
    bar.show()
    expected = {
        StepStatus.DONE: Tone.NOTICE,
        StepStatus.SKIPPED: Tone.WARNING,
        StepStatus.CURRENT: Tone.INFO,
        StepStatus.OPEN: None,
        StepStatus.UNAVAILABLE: Tone.MUTED,
    }
    for step in Step:
        status = list(StepStatus)[step.number % len(StepStatus)]
        button = bar.buttons[step]
        # The state is in words (and a mark), not in colour alone.
        assert STATUS_MARKS[status] in button.text() and "\n" in button.text()
        tone = expected[status]
        assert button.property(tones.PROPERTY) == (tone.value if tone else "")
        if tone is not None:
            shade = button.grab().toImage().pixelColor(button.width() // 2, 3)
            assert shade.name() == DARK[tone].background
