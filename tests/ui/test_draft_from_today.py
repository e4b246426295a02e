"""A draft in Vandaag opens the form it belongs to, and the question that follows keeps the
draft unless the user deliberately starts empty."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.domain.entries import Consultation
from app.domain.enums import ConsulteeKind
from app.domain.models import CaseDraft
from app.timeutil import today
from app.vault.vault import Vault
from tests.ui.conftest import (
    WORKER_TIMEOUT_MS,
    Questions,
    click,
    new_case,
    run_setup,
    wait_for_case,
)
from ui.edit_dialog import DRAFT_VERSION
from ui.shell import Shell
from ui.signal_dialog import SignalDialog
from ui.steps.step_dialogs import ConsultationDialog
from ui.today import Attention

FACTS = "Kind kwam zonder jas, het regende."


def draft(vault: Vault, case_id: int, form: str, fields: dict[str, object]) -> None:
    vault.drafts.save(case_id, form, {"version": DRAFT_VERSION, "fields": fields})


def test_enter_on_a_draft_in_vandaag_opens_that_form_with_the_draft(
    qtbot: QtBot, make_shell: Callable[..., Shell], questions: Questions
) -> None:
    main, _ = run_setup(qtbot, make_shell())
    case_id = new_case(qtbot, main, "Gezin Concept")
    other = main.vault.cases.create(CaseDraft("Gezin Ander")).id
    draft(main.vault, case_id, "signal", {"facts": FACTS})
    consultation = main.vault.entries.add(
        other,
        Consultation(
            today(), ConsulteeKind.COLLEAGUE, "Joke", None, False, "Praten met moeder.", "Bellen."
        ),
    )
    draft(
        main.vault,
        other,
        f"consultation-correction-{consultation.id}",
        {"advice": "Eerst praten met moeder, daarna Veilig Thuis bellen."},
    )
    qtbot.waitUntil(lambda: not main.today.loading, timeout=WORKER_TIMEOUT_MS)
    with qtbot.waitSignal(main.today.loaded, timeout=WORKER_TIMEOUT_MS):
        click(qtbot, main.case_list.today_button)
    model, proxy, table = main.today.model, main.today.proxy, main.today.table
    assert [row.attention for row in model.rows] == [Attention.DRAFT, Attention.DRAFT]

    def choose_row(title: str) -> None:
        row = next(r for r in range(proxy.rowCount()) if proxy.index(r, model.CASE).data() == title)
        table.setCurrentIndex(proxy.index(row, 0))
        main.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
        table.setFocus()
        qtbot.waitUntil(table.hasFocus)
        questions.answers.append(True)
        qtbot.keyClick(table, Qt.Key.Key_Return)
        wait_for_case(qtbot, main)

    choose_row("Gezin Concept")
    dialog = main.case_view.active_dialog
    assert isinstance(dialog, SignalDialog) and dialog.isVisible()
    assert dialog.facts.toPlainText() == FACTS
    assert len(questions.asked) == 1 and "nog niet opgeslagen" in questions.asked[0]
    dialog.done(0)

    choose_row("Gezin Ander")
    assert main.case_view.case is not None and main.case_view.case.id == other
    dialog = main.case_view.active_dialog
    assert isinstance(dialog, ConsultationDialog) and dialog.correcting
    assert dialog.advice.toPlainText() == "Eerst praten met moeder, daarna Veilig Thuis bellen."
    dialog.done(0)


@pytest.fixture
def case_id(vault: Vault) -> int:
    return vault.cases.create(CaseDraft("Gezin A")).id


def test_enter_or_escape_at_the_draft_question_keeps_the_draft(
    qtbot: QtBot, vault: Vault, case_id: int
) -> None:
    seen: list[str] = []

    def answer(key: Qt.Key) -> Callable[[], None]:
        def press() -> None:
            box = QApplication.activeModalWidget()
            if not isinstance(box, QMessageBox):
                QTimer.singleShot(20, press)  # not shown yet
                return
            seen.extend([box.defaultButton().text(), box.escapeButton().text()])  # type: ignore[union-attr]
            QTest.keyClick(box, key)

        return press

    for key in (Qt.Key.Key_Return, Qt.Key.Key_Escape):
        draft(vault, case_id, "signal", {"facts": FACTS})
        QTimer.singleShot(0, answer(key))
        dialog = SignalDialog(vault, case_id)
        qtbot.addWidget(dialog)
        assert dialog.facts.toPlainText() == FACTS
        assert seen[-2:] == ["Verder met het concept", "Verder met het concept"]
        assert [d.form for d in vault.drafts.mine()] == ["signal"]  # still kept until saved
        dialog.done(0)
