"""The passphrase shown once: read aloud in parts, copied for a short while only, and gone
from the clipboard and the widgets when the dialog goes, unless the user copied something
else since."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from app.export.phone_passphrase import PhonePassphrase
from tests.ui.conftest import Questions, click
from tests.ui.report.conftest import SHORT_CLEAR_MS
from ui.report.passphrase_dialog import PassphraseDialog
from ui.widgets.dialog_slot import DialogSlot

PASSPHRASE = PhonePassphrase(("zolder", "kano", "tulp", "vaas", "boom", "fiets", "lamp"), 42)


def clipboard() -> str:
    return QGuiApplication.clipboard().text()


def make_dialog(qtbot: QtBot, parent: QWidget | None = None) -> PassphraseDialog:
    dialog = PassphraseDialog(
        PASSPHRASE, "melding-veilig-thuis-2026-11-22.pdf", parent, clear_after_ms=SHORT_CLEAR_MS
    )
    if parent is None:
        qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def wait_past_the_clearing(qtbot: QtBot) -> None:
    """Let the guard's time pass (an event-driven wait, not a sleep)."""
    probe = QTimer()
    probe.setSingleShot(True)
    with qtbot.waitSignal(probe.timeout, timeout=SHORT_CLEAR_MS * 10):
        probe.start(SHORT_CLEAR_MS * 3)


def test_the_passphrase_is_shown_in_parts_to_read_aloud(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    parts = [label.text() for label in dialog.part_labels]
    assert parts == [
        "1. zolder",
        "2. kano",
        "3. tulp",
        "4. vaas",
        "5. boom",
        "6. fiets",
        "7. lamp",
        "8. getal 42: vier, twee",
    ]
    assert dialog.typed.text() == "zolder-kano-tulp-vaas-boom-fiets-lamp-42"
    assert "melding-veilig-thuis-2026-11-22.pdf" in dialog.intro.text()
    assert "bewaart deze wachtzin nergens" in dialog.not_kept.text()
    # only 'Kopiëren' puts it on the clipboard, so the clipboard is always guarded
    for label in [dialog.typed, *dialog.part_labels]:
        assert label.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction


def test_copy_puts_it_on_the_clipboard_and_clears_it_after_the_time(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    assert "blijft de wachtzin" in dialog.clipboard_state.text()
    click(qtbot, dialog.copy_button)
    assert clipboard() == PASSPHRASE.text
    assert dialog.clipboard_state.text().startswith("Op het klembord; dat wordt over 1 s")
    qtbot.waitUntil(lambda: clipboard() == "", timeout=SHORT_CLEAR_MS * 10)
    assert not dialog.guard.guarding
    assert "blijft de wachtzin" in dialog.clipboard_state.text()


def test_what_the_user_copied_since_is_left_alone(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    click(qtbot, dialog.copy_button)
    assert dialog.guard.guarding
    QGuiApplication.clipboard().setText("adres van de praktijk")
    qtbot.waitUntil(lambda: not dialog.guard.guarding)
    wait_past_the_clearing(qtbot)
    assert clipboard() == "adres van de praktijk"
    dialog.done(PassphraseDialog.DialogCode.Rejected)
    assert clipboard() == "adres van de praktijk"  # closing leaves it too


def test_closing_clears_the_clipboard_and_forgets_the_passphrase(
    qtbot: QtBot, questions: Questions
) -> None:
    dialog = make_dialog(qtbot)
    click(qtbot, dialog.copy_button)
    questions.answers = [False]
    click(qtbot, dialog.close_button)
    assert dialog.isVisible() and clipboard() == PASSPHRASE.text  # 'Open laten'
    questions.answers = [True]
    click(qtbot, dialog.close_button)
    assert not dialog.isVisible()
    assert clipboard() == ""
    assert dialog.passphrase_text == ""
    assert all(label.text() == "" for label in dialog.findChildren(QLabel))


def test_locking_closes_it_without_asking_and_clears_the_clipboard(
    qtbot: QtBot, questions: Questions
) -> None:
    dialog = make_dialog(qtbot)
    click(qtbot, dialog.copy_button)
    slot = DialogSlot()
    slot.open(dialog)
    slot.discard()
    assert questions.asked == []
    assert clipboard() == "" and dialog.passphrase_text == ""


def test_a_dialog_deleted_with_its_parent_still_clears_the_clipboard(qtbot: QtBot) -> None:
    parent = QWidget()
    dialog = make_dialog(qtbot, parent)
    click(qtbot, dialog.copy_button)
    guard = dialog.guard
    assert clipboard() == PASSPHRASE.text
    shiboken6.delete(parent)  # the dialog goes without being closed
    assert clipboard() == ""
    qtbot.waitUntil(lambda: not shiboken6.isValid(guard))  # and the guard lets go of itself
