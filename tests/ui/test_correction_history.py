"""Correcting a signal adds a version; the card says so and the history is one click away."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from pytestqt.qtbot import QtBot

from tests.ui.conftest import add_signal, click, new_case, run_setup, type_into
from ui.shell import Shell
from ui.signal_dialog import SignalDialog
from ui.timeline import HistoryDialog

FACTS = "Blauwe plek op de linkerarm."
CORRECTED = "Blauwe plek op de rechterarm."


def test_a_correction_shows_in_the_history(qtbot: QtBot, make_shell: Callable[..., Shell]) -> None:
    main, _ = run_setup(qtbot, make_shell())
    new_case(qtbot, main, "Gezin A")
    add_signal(qtbot, main, FACTS, interpretation="Valt op.")
    card = main.case_view.timeline.cards[0]
    assert card.corrected_mark is None and card.history_button is None

    click(qtbot, card.correct_button)
    dialog = main.case_view.active_dialog
    assert isinstance(dialog, SignalDialog)
    assert dialog.windowTitle() == "Signaal corrigeren"
    assert dialog.facts.toPlainText() == FACTS  # starts from the current version
    click(qtbot, dialog.save_button)
    assert dialog.errors.messages() == {
        "correction_reason": "Geef aan waarom u dit signaal corrigeert.",
    }
    type_into(qtbot, dialog.correction_reason, "Arm verwisseld.")
    click(qtbot, dialog.save_button)
    assert dialog.errors.messages() == {"facts": "De correctie verandert niets aan het signaal."}

    dialog.facts.setPlainText(CORRECTED)
    dialog.observed_on.set_date(date.today() - timedelta(days=1))
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()

    card = main.case_view.timeline.cards[0]
    assert card.view.facts.text() == CORRECTED
    assert card.corrected_mark is not None and card.corrected_mark.text() == "gecorrigeerd"
    assert card.history_button is not None
    click(qtbot, card.history_button)
    history = main.case_view.active_dialog
    assert isinstance(history, HistoryDialog) and history.isVisible()
    assert len(history.version_frames) == 2
    first, second = (frame.findChildren(type(card.view.facts)) for frame in history.version_frames)
    first_texts = [label.text() for label in first]
    second_texts = [label.text() for label in second]
    assert FACTS in first_texts and CORRECTED not in first_texts
    assert CORRECTED in second_texts
    assert any(text.startswith("Versie 1, vastgelegd op") for text in first_texts)
    assert any(t.startswith("Versie 2") and t.endswith("door Anna de Vries") for t in second_texts)
    assert "Reden van de correctie: Arm verwisseld." in second_texts
    assert not any(text.startswith("Reden van de correctie") for text in first_texts)
