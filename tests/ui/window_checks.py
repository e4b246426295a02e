"""Checks a window as a screen-reader or keyboard user, and a small laptop screen, meets it.

- every control that takes focus has a name a screen reader reads (its accessible name, its
  text, or the label whose buddy it is: what Qt's accessibility interface reports);
- Tab from the first control reaches every control, and focus never sticks in one place;
- at 1024x700 the window's content fits: no sideways scrolling, no label cut short.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QRadioButton,
    QScrollArea,
    QWidget,
)

SMALL_SCREEN = (1024, 700)


def describe(widget: QWidget) -> str:
    parts = [type(widget).__name__]
    if widget.objectName():
        parts.append(f"#{widget.objectName()}")
    parent = widget.parentWidget()
    if parent is not None:
        parts.append(f"in {type(parent).__name__}")
    return " ".join(parts)


def focusable(window: QWidget) -> list[QWidget]:
    """The controls a keyboard user can reach: shown, enabled, taking focus by Tab."""
    return [
        w
        for w in window.findChildren(QWidget)
        if w.isVisibleTo(window)
        and w.isEnabled()
        and bool(w.focusPolicy() & Qt.FocusPolicy.TabFocus)
        # A widget that hands its focus on (a spin box's inner line) is not a stop itself.
        and w.focusProxy() is None
    ]


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None:
        return ""
    return interface.text(QAccessible.Text.Name).strip()


def unnamed_controls(window: QWidget) -> list[str]:
    return [describe(w) for w in focusable(window) if not accessible_name(w)]


def tab_walk(window: QWidget) -> tuple[list[str], list[str]]:
    """Press Tab as often as there are controls (and a few more); returns the controls never
    reached and the places where focus stuck (a Tab that left focus where it was)."""
    controls = focusable(window)
    if not controls:
        return [], []
    window.activateWindow()
    QApplication.setActiveWindow(window)
    first = controls[0]
    first.setFocus(Qt.FocusReason.TabFocusReason)
    QCoreApplication.processEvents()
    reached: set[int] = set()
    stuck: list[str] = []
    # Round the window once: until focus comes back to where it started (a few stops that are
    # not controls of their own, such as a scroll area, may lie on the way).
    for presses in range(3 * len(controls) + 10):
        current = QApplication.focusWidget()
        if current is None or (presses and current is first):
            break
        reached.add(id(current))
        target = current
        # A text box or table that eats Tab holds the user there: that is the stuck case.
        QTest.keyClick(current, Qt.Key.Key_Tab)
        QCoreApplication.processEvents()
        if QApplication.focusWidget() is target and len(controls) > 1:
            stuck.append(describe(target))
            break
    # Tab enters an exclusive group of radio buttons once, at its chosen button; the arrow
    # keys move within it. A group counts as reached when one of its buttons was.
    # The same holds for checkable buttons in an exclusive QButtonGroup (the step bar).
    groups: dict[int, list[QWidget]] = {}
    for w in controls:
        if isinstance(w, QAbstractButton) and w.group() is not None and w.group().exclusive():
            groups.setdefault(id(w.group()), []).append(w)
        elif isinstance(w, QRadioButton) and w.autoExclusive():
            groups.setdefault(id(w.parentWidget()), []).append(w)
    for members in groups.values():
        if any(id(m) in reached for m in members):
            reached.update(id(m) for m in members)
    missing = [describe(w) for w in controls if id(w) not in reached]
    return missing, stuck


def overflow_at(window: QWidget, size: tuple[int, int] = SMALL_SCREEN) -> list[str]:
    """Shrink the window to the small screen (never grow it) and list what no longer fits."""
    width = min(window.width(), size[0])
    height = min(window.height(), size[1])
    window.resize(width, height)
    for _ in range(3):
        QCoreApplication.processEvents()
    faults: list[str] = []
    hint = window.minimumSizeHint()
    if hint.width() > size[0]:
        faults.append(f"{describe(window)} needs {hint.width()} px wide")
    for area in window.findChildren(QAbstractScrollArea):
        if not area.isVisibleTo(window):
            continue
        bar = area.horizontalScrollBar()
        if isinstance(area, QScrollArea) and bar.maximum() > 0:
            faults.append(f"{describe(area)} scrolls sideways by {bar.maximum()} px")
    for label in window.findChildren(QLabel):
        if not label.isVisibleTo(window) or not label.text() or label.wordWrap():
            continue
        if label.width() < label.minimumSizeHint().width():
            faults.append(f"{describe(label)} cut: {label.text()[:30]!r}")
    return faults
