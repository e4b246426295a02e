"""The mouse wheel scrolls a form; a drop-down list or a number it passes stays as it was."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.domain.enums import SignalSource
from ui.steps.step_dialogs import spin_box
from ui.widgets.choices import enum_combo


def wheel_down(widget: QWidget) -> None:
    """One notch of the wheel with the pointer over `widget`, as the platform delivers it."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_the_wheel_over_a_closed_list_or_a_number_scrolls_the_form_instead(
    qtbot: QtBot,
) -> None:
    form = QWidget()
    layout = QFormLayout(form)
    facts = QLineEdit()  # where the user typed last
    layout.addRow("Feiten:", facts)
    source = enum_combo(SignalSource, "Kies…", SignalSource.OWN_OBSERVATION.value)
    people = spin_box(2)
    layout.addRow("Bron:", source)
    layout.addRow("Aantal:", people)
    for line in range(60):  # a long form: there is something to scroll
        layout.addRow(QLabel(f"Regel {line}"))
    area = QScrollArea()
    area.setWidget(form)
    area.resize(400, 200)
    qtbot.addWidget(area)
    area.show()
    qtbot.waitExposed(area)
    facts.setFocus()
    qtbot.waitUntil(facts.hasFocus)
    bar = area.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0

    wheel_down(source)
    assert source.currentData() == SignalSource.OWN_OBSERVATION.value
    assert bar.value() > 0  # the form scrolled under the pointer
    scrolled = bar.value()
    wheel_down(people)
    assert people.value() == 2
    assert bar.value() > scrolled

    # A list the user is in still keeps its choice: it changes by a click or a key only.
    source.setFocus()
    qtbot.waitUntil(source.hasFocus)
    wheel_down(source)
    assert source.currentData() == SignalSource.OWN_OBSERVATION.value
    # In the number's box, the wheel is the user's way to change it.
    people.setFocus()
    qtbot.waitUntil(people.hasFocus)
    wheel_down(people)
    assert people.value() == 1


def test_every_list_and_spin_box_of_the_program_is_made_calm() -> None:
    """Made anywhere else, a drop-down list or spin box would take the wheel again."""
    import re
    from pathlib import Path

    ui = Path(__file__).resolve().parents[2] / "ui"
    made = re.compile(r"\b(QComboBox|QSpinBox|QDoubleSpinBox)\(")
    elsewhere = [
        f"{path.relative_to(ui)}:{number}"
        for path in sorted(ui.rglob("*.py"))
        if path.name != "wheel.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if made.search(line)
    ]
    assert elsewhere == []
