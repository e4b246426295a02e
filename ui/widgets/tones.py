"""The colours of notices, warnings and step states, for light, dark and high-contrast screens.

A widget says what it is (`set_tone(label, Tone.WARNING)`); the colours come from one
application style sheet that follows the system: made again when the palette or the colour
scheme changes, from dark colours when the window background is dark, and from the system's
own palette alone when the user asked for high contrast. The meaning never rests on colour
alone: every state is also said in words.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

PROPERTY = "tone"


class Tone(StrEnum):
    URGENT = "urgent"  # acute danger, a departure from the weging, new worries after a report
    WARNING = "warning"  # needs attention: a missing keyring, a step skipped
    NOTICE = "notice"  # good news, done
    INFO = "info"  # the current step, an adviesvraag
    MUTED = "muted"  # closed, withdrawn, not available


@dataclass(frozen=True)
class Colours:
    background: str
    text: str
    border: str


LIGHT = {
    Tone.URGENT: Colours("#fdecea", "#5c0d07", "#b3261e"),
    Tone.WARNING: Colours("#fff4e5", "#5f3700", "#e0a040"),
    Tone.NOTICE: Colours("#eef5ee", "#1d3d1d", "#9cc29c"),
    Tone.INFO: Colours("#e3f0fb", "#0b3d66", "#6aa5d8"),
    Tone.MUTED: Colours("#ececec", "#333333", "#b0b0b0"),
}
DARK = {
    Tone.URGENT: Colours("#4a1713", "#ffd9d4", "#e0675c"),
    Tone.WARNING: Colours("#3f2c0b", "#ffe3b3", "#c8912f"),
    Tone.NOTICE: Colours("#1c3520", "#d4eed4", "#62a062"),
    Tone.INFO: Colours("#0f2f4d", "#d5e9fc", "#5593cc"),
    Tone.MUTED: Colours("#343434", "#e2e2e2", "#7a7a7a"),
}


def set_tone(widget: QWidget, tone: Tone | None) -> None:
    """Give a widget its tone (None: the plain window colours) and let the style see it."""
    widget.setProperty(PROPERTY, tone.value if tone is not None else "")
    if not widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
        # Not shown yet: the style reads the property when it first polishes the widget.
        # (Asking for the style here would also build Python's view of QStyle's large enums
        # before the first window.)
        return
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


@dataclass(frozen=True)
class Look:
    """How a notice looks: its tone (colours, from the application sheet) and its shape (the
    widget's own sheet: padding, border width, weight), which stays in every scheme."""

    tone: Tone | None
    shape: str = ""

    def on(self, widget: QWidget) -> None:
        widget.setStyleSheet(self.shape)
        set_tone(widget, self.tone)


PLAIN = Look(None)


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def high_contrast() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast


def tone_sheet(*, dark: bool, contrast: bool) -> str:
    """The application style sheet's rules for the tones. Widgets keep their own sheets for
    padding and border width; these rules give only colours (and weight in high contrast)."""
    rules = []
    for tone in Tone:
        selector = f'*[{PROPERTY}="{tone.value}"]'
        if contrast:
            weight = " font-weight: bold;" if tone is Tone.URGENT else ""
            rules.append(
                f"{selector} {{ background: palette(base); color: palette(text);"
                f" border-color: palette(text);{weight} }}"
            )
            continue
        colours = (DARK if dark else LIGHT)[tone]
        rules.append(
            f"{selector} {{ background: {colours.background}; color: {colours.text};"
            f" border-color: {colours.border}; }}"
        )
    return "\n".join(rules)


def contrast_ratio(first: str, second: str) -> float:
    """WCAG 2 contrast ratio of two #rrggbb colours (1 to 21)."""

    def luminance(colour: str) -> float:
        channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


class Appearance(QObject):
    """Keeps the application's tone rules in step with the system's appearance."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._base_sheet = app.styleSheet()
        self.dark = False
        self.contrast = False
        # A signal, not an application-wide event filter: a filter in Python sees every event
        # of every object, and the first window's construction alone then costs tens of
        # milliseconds more.
        app.paletteChanged.connect(lambda _palette: self.apply())
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(lambda _scheme: self.apply())
        hints.accessibility().contrastPreferenceChanged.connect(lambda _pref: self.apply())
        self.apply()

    def apply(self) -> None:
        dark, contrast = is_dark(self._app.palette()), high_contrast()
        if self._app.styleSheet() and (dark, contrast) == (self.dark, self.contrast):
            return
        self.dark, self.contrast = dark, contrast
        sheet = tone_sheet(dark=dark, contrast=contrast)
        self._app.setStyleSheet(f"{self._base_sheet}\n{sheet}" if self._base_sheet else sheet)
