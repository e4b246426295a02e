"""Nothing is lost when the program locks mid-edit: the open form's input is kept as a draft
inside the vault before the lock closes it, and offered back when the same form is opened for
the same case; a real save (or a refusal) throws the draft away."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain.entries import Consultation, Decision
from app.domain.enums import ConsulteeKind, EntryKind, Step
from tests.support import plaintext_hits
from tests.ui.conftest import (
    HOUR_MS,
    WORKER_TIMEOUT_MS,
    Questions,
    add_signal,
    choose,
    click,
    go_to,
    new_case,
    open_case,
    open_from,
    press_at_window,
    run_setup,
    save,
    type_into,
    unlock,
    visible_texts,
)
from ui.shell import Shell
from ui.signal_dialog import SignalDialog
from ui.steps.step_dialogs import ConsultationDialog, DecisionDialog
from ui.today import Attention

IDLE_MS = 300
ADVICE = "Eerst met moeder praten, dan Veilig Thuis bellen"


def test_a_draft_survives_the_auto_lock_and_is_offered_back(
    qtbot: QtBot, make_shell: Callable[..., Shell], questions: Questions
) -> None:
    shell = make_shell()
    main, _ = run_setup(qtbot, shell)
    case_id = new_case(qtbot, main, "Gezin Concept")
    add_signal(qtbot, main, "Blauwe plek.")
    go_to(qtbot, main, Step.CONSULTATION)
    dialog = open_from(qtbot, main, main.case_view.consultation_button, ConsultationDialog)
    choose(dialog.consultee_kind, ConsulteeKind.COLLEAGUE.value)
    type_into(qtbot, dialog.consultee, "Collega Joke")
    click(qtbot, dialog.client_named.no)
    type_into(qtbot, dialog.advice, ADVICE)
    vault = shell.vault
    assert vault is not None

    shell.idle.set_interval(IDLE_MS)
    with qtbot.waitSignal(shell.locked, timeout=20 * IDLE_MS):
        pass
    # Back to a long wait: on a busy machine the next unlock's first read can take longer
    # than IDLE_MS, and the program would lock again before the test looks.
    shell.idle.set_interval(HOUR_MS)
    assert not vault.is_open and not dialog.isVisible()
    assert questions.asked == []  # the lock asks nothing
    assert not any(ADVICE in text for text in visible_texts())
    # The draft is in the vault, which is encrypted: nowhere on disk in the clear.
    assert plaintext_hits([ADVICE], shell.location.folder) == []

    main = unlock(qtbot, shell)
    qtbot.waitUntil(lambda: bool(main.today.model.rows), timeout=WORKER_TIMEOUT_MS)
    assert [(r.attention, r.case_title) for r in main.today.model.rows] == [
        (Attention.DRAFT, "Gezin Concept")
    ]
    open_case(qtbot, main, case_id)
    go_to(qtbot, main, Step.CONSULTATION)
    questions.answers.append(True)
    dialog = open_from(qtbot, main, main.case_view.consultation_button, ConsultationDialog)
    assert len(questions.asked) == 1 and "nog niet opgeslagen" in questions.asked[0]
    assert dialog.advice.toPlainText() == ADVICE
    assert dialog.consultee.text() == "Collega Joke"
    assert dialog.consultee_kind.currentData() == ConsulteeKind.COLLEAGUE.value
    assert dialog.client_named.value() is False
    type_into(qtbot, dialog.next_step, "Moeder bellen.")
    save(qtbot, dialog)

    assert main.vault.drafts.mine() == []
    stored = main.vault.entries.for_case(case_id, EntryKind.CONSULTATION)[0].value
    assert isinstance(stored, Consultation) and stored.advice == ADVICE
    events = [
        str(r[0])
        for r in main.vault.db.execute(
            "SELECT event FROM audit_log WHERE object_type = 'draft' ORDER BY seq"
        )
    ]
    assert events == ["draft_saved", "draft_discarded"]


def test_a_refused_draft_is_thrown_away(
    qtbot: QtBot, make_shell: Callable[..., Shell], questions: Questions
) -> None:
    shell = make_shell()
    main, _ = run_setup(qtbot, shell)
    case_id = new_case(qtbot, main, "Gezin Weg")
    click(qtbot, main.case_view.add_signal_button)
    dialog = main.case_view.active_dialog
    assert isinstance(dialog, SignalDialog)
    type_into(qtbot, dialog.facts, "Nog niet af")
    qtbot.waitUntil(dialog.isActiveWindow)
    with qtbot.waitSignal(shell.locked):
        press_at_window(dialog.facts, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    main = unlock(qtbot, shell)
    assert [(d.case_id, d.form) for d in main.vault.drafts.mine()] == [(case_id, "signal")]
    open_case(qtbot, main, case_id)
    questions.answers.append(False)
    click(qtbot, main.case_view.add_signal_button)
    dialog = main.case_view.active_dialog
    assert isinstance(dialog, SignalDialog)
    assert dialog.facts.toPlainText() == ""
    assert main.vault.drafts.mine() == []
    dialog.reject()  # nothing typed: closes without a question
    assert len(questions.asked) == 1


def test_the_help_agreed_in_a_decision_comes_back_row_by_row(
    qtbot: QtBot, make_shell: Callable[..., Shell], questions: Questions
) -> None:
    shell = make_shell()
    main, _ = run_setup(qtbot, shell)
    case_id = new_case(qtbot, main, "Gezin Hulp")
    go_to(qtbot, main, Step.DECISION)
    dialog = open_from(qtbot, main, main.case_view.decision_button, DecisionDialog)
    click(qtbot, dialog.offer_help.yes)
    click(qtbot, dialog.report_to_vt.no)
    row = dialog.help_agreed._rows[0]
    type_into(qtbot, row.what, "Opvoedondersteuning")
    type_into(qtbot, row.by_whom, "Wijkteam")
    type_into(qtbot, row.until, "31-12-2099")
    click(qtbot, dialog.help_agreed.add_button)
    type_into(qtbot, dialog.help_agreed._rows[1].what, "Huisbezoek")
    with qtbot.waitSignal(shell.locked):
        main.lock_action.trigger()

    main = unlock(qtbot, shell)
    open_case(qtbot, main, case_id)
    go_to(qtbot, main, Step.DECISION)
    questions.answers.append(True)
    dialog = open_from(qtbot, main, main.case_view.decision_button, DecisionDialog)
    assert dialog.offer_help.value() is True and dialog.report_to_vt.value() is False
    assert dialog.help_agreed.state() == [
        ["Opvoedondersteuning", "Wijkteam", "31-12-2099"],
        ["Huisbezoek", "", ""],
    ]
    type_into(qtbot, dialog.report_reasons, "Geen acute onveiligheid.")
    type_into(qtbot, dialog.help_reasons, "Ouders willen hulp.")
    click(qtbot, dialog.save_button)
    # The second agreement lacks who gives it: said at that row's own field.
    assert dialog.errors.messages() == {
        "help_agreed.1.by_whom": "Vul in wie deze hulp geeft of organiseert."
    }
    type_into(qtbot, dialog.help_agreed._rows[1].by_whom, "Huisarts")
    save(qtbot, dialog)
    stored = main.vault.entries.for_case(case_id, EntryKind.DECISION)[0].value
    assert isinstance(stored, Decision)
    assert [(a.what, a.by_whom) for a in stored.help_agreed] == [
        ("Opvoedondersteuning", "Wijkteam"),
        ("Huisbezoek", "Huisarts"),
    ]
