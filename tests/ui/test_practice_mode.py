"""Practice mode: switching locks the real vault first; the practice vault is marked on every
window (a banner in the main window, the mark in every title); leaving locks it again and
brings back the real vault's unlock window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.domain.enums import Step
from app.domain.models import CaseDraft
from tests.ui.conftest import (
    WORKER_TIMEOUT_MS,
    Questions,
    click,
    go_to,
    new_case,
    open_case,
    run_setup,
    type_into,
    unlock,
    visible_texts,
)
from ui.case_dialog import NewCaseDialog
from ui.contacts_dialog import ContactsDialog
from ui.main_window import MainWindow
from ui.shell import Shell
from ui.signal_dialog import SignalDialog
from ui.steps.entry_cards import EntryAction
from ui.steps.step_dialogs import DecisionDialog

MARK = "OEFENMODUS"
BANNER = "OEFENMODUS — fictieve casussen, voer geen echte gegevens in"


def case_titles(main: MainWindow) -> list[str]:
    model = main.case_list.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def wait_marked(qtbot: QtBot, window: QWidget) -> None:
    qtbot.waitUntil(lambda: window.windowTitle().endswith(f"— {MARK}"))


def test_practice_is_marked_everywhere_and_switching_locks_the_vault_first(
    qtbot: QtBot, make_shell: Callable[..., Shell], questions: Questions
) -> None:
    shell = make_shell()
    main, _ = run_setup(qtbot, shell)
    assert main.practice_banner is None and MARK not in main.windowTitle()
    new_case(qtbot, main, "Gezin Echt")
    click(qtbot, main.case_view.add_signal_button)
    unsaved = main.case_view.active_dialog
    assert isinstance(unsaved, SignalDialog)
    type_into(qtbot, unsaved.facts, "Half ingevuld signaal")
    real = shell.vault
    assert real is not None

    with qtbot.waitSignal(shell.entered, timeout=WORKER_TIMEOUT_MS) as entered:
        main.practice_action.trigger()
        assert not real.is_open  # locked before anything of practice opens
    practice = entered.args[0]
    assert isinstance(practice, MainWindow) and practice.vault.is_practice
    assert questions.asked == []

    assert practice.practice_banner is not None and practice.practice_banner.isVisible()
    assert practice.practice_banner.text.text() == BANNER
    assert practice.windowTitle() == f"Meldcode Werkplek — {MARK}"
    qtbot.waitUntil(lambda: len(case_titles(practice)) == 4, timeout=WORKER_TIMEOUT_MS)
    assert all("(fictief)" in title for title in case_titles(practice))
    assert not any("Gezin Echt" in text for text in visible_texts())
    assert not practice.keyring_warning.isVisible()

    # Every dialog's title carries the mark, whoever opens it.
    practice.new_case_action.trigger()
    dialog = practice.active_dialog
    assert isinstance(dialog, NewCaseDialog)
    wait_marked(qtbot, dialog)
    assert dialog.windowTitle() == f"Nieuwe casus — {MARK}"
    dialog.reject()
    practice.contacts_action.trigger()
    contacts = practice.active_dialog
    assert isinstance(contacts, ContactsDialog)
    wait_marked(qtbot, contacts)
    contacts.reject()
    open_case(qtbot, practice, practice.vault.cases.summaries()[0].id)
    click(qtbot, practice.case_view.add_signal_button)
    signal_dialog = practice.case_view.active_dialog
    assert isinstance(signal_dialog, SignalDialog)
    wait_marked(qtbot, signal_dialog)
    signal_dialog.setWindowTitle("Signaal")  # a later title is marked too
    wait_marked(qtbot, signal_dialog)
    signal_dialog.reject()

    # Leaving locks the practice vault; the unlock window is the real vault's, unmarked.
    practice_vault = practice.vault
    with qtbot.waitSignal(shell.locked):
        assert practice.practice_banner is not None
        click(qtbot, practice.practice_banner.leave_button)
    assert not practice_vault.is_open
    window = shell.unlock_window
    assert window is not None and MARK not in window.windowTitle()
    assert "oefent niet meer" in window.notice.text()
    main = unlock(qtbot, shell)
    assert main.practice_banner is None and MARK not in main.windowTitle()
    assert case_titles(main) == ["Gezin Echt"]
    main.new_case_action.trigger()
    dialog = main.active_dialog
    assert isinstance(dialog, NewCaseDialog)
    assert MARK not in dialog.windowTitle()
    dialog.reject()
    # The form left open at the switch was kept, inside the real vault.
    assert [(d.form, d.case_id) for d in main.vault.drafts.mine()] == [
        ("signal", main.vault.cases.summaries()[0].id)
    ]


def test_practice_from_the_unlock_window_and_starting_over(
    qtbot: QtBot, make_shell: Callable[..., Shell], questions: Questions
) -> None:
    shell = make_shell()
    main, _ = run_setup(qtbot, shell)
    with qtbot.waitSignal(shell.locked):
        main.lock_action.trigger()
    window = shell.unlock_window
    assert window is not None
    with qtbot.waitSignal(shell.entered, timeout=WORKER_TIMEOUT_MS) as entered:
        click(qtbot, window.practice_link)
    practice = entered.args[0]
    assert isinstance(practice, MainWindow) and practice.vault.is_practice
    practice.vault.cases.create(CaseDraft("Mijn eigen oefening"))

    questions.answers.append(True)
    with qtbot.waitSignal(shell.entered, timeout=WORKER_TIMEOUT_MS) as entered:
        practice.reset_practice_action.trigger()
    fresh = entered.args[0]
    assert isinstance(fresh, MainWindow) and fresh.vault.is_practice
    assert "Alles wat u in de oefenkluis hebt gedaan, gaat weg" in questions.asked[0]
    titles = [summary.title for summary in fresh.vault.cases.summaries()]
    assert "Mijn eigen oefening" not in titles and len(titles) == 4


def test_the_practice_cases_show_their_weging_melding_and_drafted_decision(
    qtbot: QtBot, make_shell: Callable[..., Shell], questions: Questions
) -> None:
    shell = make_shell()
    main, _ = run_setup(qtbot, shell)
    with qtbot.waitSignal(shell.entered, timeout=WORKER_TIMEOUT_MS) as entered:
        main.practice_action.trigger()
    practice = entered.args[0]
    assert isinstance(practice, MainWindow)
    vault = practice.vault
    by_title = {s.title: s.id for s in vault.cases.summaries()}
    reported = next(i for t, i in by_title.items() if t.startswith("Oefencasus D"))
    weighed = next(i for t, i in by_title.items() if t.startswith("Oefencasus C"))

    # D: weighed under the doctors' kader, reported, VT's feedback awaited.
    open_case(qtbot, practice, reported)
    view = practice.case_view
    go_to(qtbot, practice, Step.WEIGHING)
    page = view.weighing_page
    assert page.tabs.count() == 1 and page.tabs.tabText(0).endswith("melden")
    assert page.view.title.text() == "Afwegingskader voor artsen en tandartsen (KNMG-meldcode 2023)"
    assert not page.view.kader_missing
    follow_up = go_to(qtbot, practice, None)
    (report,) = vault.reports.for_case(reported)
    card = next(c for c in follow_up.list.cards if c.entry_id == report.entry.id)
    rows = {label: value.text() for label, value in card.rows.values.items()}
    assert rows["Veilig Thuis"] == "Veilig Thuis Utrecht" and rows["Terugkoppeling"]
    assert EntryAction.FEEDBACK in card.buttons
    assert view.radar_banner.isVisible() and view.radar_report_button.isVisible()

    # C: weighed with the childcare kader, now in step 5: the decision comes drafted.
    open_case(qtbot, practice, weighed)
    assert vault.steps.progress(weighed).current_step is Step.DECISION
    go_to(qtbot, practice, Step.DECISION)
    click(qtbot, view.decision_button)
    decision = view.active_dialog
    assert isinstance(decision, DecisionDialog) and decision.draft is not None
    assert "Afwegingskader voor de kinderopvang" in decision.report_reasons.toPlainText()
    decision.reject()
    assert practice.listing is not None
    assert vault.setting("practice_name").endswith("(fictief)")
