"""Vandaag: shown after unlocking, read in the worker, it lists checks that are due or overdue,
cases that stand still in a step, reports waiting for Veilig Thuis and the radar; sortable,
and Enter opens the case."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.domain.entries import FollowUp
from app.domain.enums import FollowUpCheck
from app.domain.follow_up import add_months
from app.domain.models import CaseDraft
from app.settings import Settings
from app.timeutil import clock_at, today
from app.vault.vault import Vault
from tests.entry_values import consultation, conversation, decision, signal, skip
from tests.ui.conftest import WORKER_TIMEOUT_MS, click, run_setup, unlock, wait_for_case
from ui.main_window import MainWindow
from ui.settings_dialog import SettingsDialog
from ui.shell import Shell
from ui.today import TodayModel


@contextmanager
def days_ago(days: int) -> Iterator[date]:
    day = today() - timedelta(days=days)
    with clock_at(datetime.combine(day, time(10)).astimezone()):
        yield day


def fill(vault: Vault) -> dict[str, int]:
    ids: dict[str, int] = {}
    with days_ago(20) as day:  # in step 2 for 20 days
        stuck = vault.cases.create(CaseDraft("Gezin Stil"))
        vault.signals.add(stuck.id, signal(day=day))
    ids["stuck"] = stuck.id
    with days_ago(100) as day:  # reported 100 days ago, no feedback recorded since
        reported = vault.cases.create(CaseDraft("Gezin Gemeld"))
        vault.signals.add(reported.id, signal(day=day))
        vault.entries.add(reported.id, consultation(held_on=day))
        vault.entries.add(reported.id, conversation(held_on=day))
        vault.entries.add(reported.id, skip())
        vault.entries.add(reported.id, decision(decided_on=day))
    ids["reported"] = reported.id
    with days_ago(50) as day:  # reported, then a new signal: the radar
        radar = vault.cases.create(CaseDraft("Gezin Radar"))
        vault.signals.add(radar.id, signal(day=day))
        vault.entries.add(radar.id, decision(decided_on=day, offer_help=False, help_agreed=()))
    with days_ago(2) as day:
        vault.signals.add(radar.id, signal("Weer een blauwe plek.", day))
    ids["radar"] = radar.id
    calm = vault.cases.create(CaseDraft("Gezin Vandaag"))
    vault.signals.add(calm.id, signal())
    vault.entries.add(calm.id, FollowUp(FollowUpCheck.OTHER, today(), description="Bellen"))
    ids["due"] = calm.id
    return ids


def rows(main: MainWindow) -> list[tuple[str, str]]:
    proxy = main.today.proxy
    return [
        (proxy.index(r, TodayModel.ATTENTION).data(), proxy.index(r, TodayModel.CASE).data())
        for r in range(proxy.rowCount())
    ]


def reload_today(qtbot: QtBot, main: MainWindow) -> None:
    # A read still under way (the one after unlocking) would answer first, with older data.
    qtbot.waitUntil(lambda: not main.today.loading, timeout=WORKER_TIMEOUT_MS)
    with qtbot.waitSignal(main.today.loaded, timeout=WORKER_TIMEOUT_MS):
        click(qtbot, main.case_list.today_button)


def test_today_lists_what_needs_attention_and_enter_opens_the_case(
    qtbot: QtBot, make_shell: Callable[..., Shell]
) -> None:
    shell = make_shell(settings=Settings(stuck_after_days=14))
    main, _ = run_setup(qtbot, shell)
    ids = fill(main.vault)
    with qtbot.waitSignal(shell.locked):
        main.lock_action.trigger()
    main = unlock(qtbot, shell)

    # After unlocking, Vandaag is what the window shows, read in the worker.
    assert main.right.currentWidget() is main.today
    qtbot.waitUntil(lambda: bool(main.today.model.rows), timeout=WORKER_TIMEOUT_MS)
    assert rows(main) == [
        ("Opnieuw melden", "Gezin Radar"),
        ("Controle over tijd", "Gezin Gemeld"),  # the VT feedback, 86 days late
        ("Controle over tijd", "Gezin Radar"),  # its VT feedback, 36 days late
        ("Controle over tijd", "Gezin Gemeld"),  # the safety check after 3 months
        ("Controle vandaag", "Gezin Vandaag"),
        ("Wacht op Veilig Thuis", "Gezin Gemeld"),
        ("Wacht op Veilig Thuis", "Gezin Radar"),
        ("Staat stil", "Gezin Stil"),
    ]
    assert main.today.summary.text() == (
        "Opnieuw melden: 1 · Controle over tijd: 3 · Controle vandaag: 1 · "
        "Wacht op Veilig Thuis: 2 · Staat stil: 1"
    )
    model = main.today.model
    stuck = next(r for r in model.rows if r.case_id == ids["stuck"])
    assert (stuck.days, stuck.detail) == (20, "Stap 2 · Collegiale consultatie")
    late = [r.days for r in model.rows if r.case_id == ids["reported"]]
    three_months = add_months(today() - timedelta(days=100), 3)
    assert sorted(late) == sorted([86, (today() - three_months).days, 100])  # type: ignore[type-var]

    # Keyboard: the list has the focus, Enter opens the chosen case.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    qtbot.waitUntil(main.today.table.hasFocus)
    table = main.today.table
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.currentIndex().row() == 1
    qtbot.keyClick(table, Qt.Key.Key_Return)
    wait_for_case(qtbot, main, ids["reported"])

    # Sortable: longest waiting first on the days column.
    reload_today(qtbot, main)
    table.sortByColumn(TodayModel.DAYS, Qt.SortOrder.DescendingOrder)
    assert rows(main)[0] == ("Wacht op Veilig Thuis", "Gezin Gemeld")
    table.sortByColumn(TodayModel.CASE, Qt.SortOrder.AscendingOrder)
    assert rows(main)[0][1] == "Gezin Gemeld"


def test_the_stuck_setting_comes_from_the_settings_dialog(
    qtbot: QtBot, make_shell: Callable[..., Shell]
) -> None:
    shell = make_shell(settings=Settings(stuck_after_days=14))
    main, _ = run_setup(qtbot, shell)
    fill(main.vault)
    reload_today(qtbot, main)
    assert ("Staat stil", "Gezin Stil") in rows(main)

    main.settings_action.trigger()
    dialog = main.active_dialog
    assert isinstance(dialog, SettingsDialog)
    assert dialog.stuck_after.value() == 14
    dialog.stuck_after.setValue(30)
    with qtbot.waitSignal(main.today.loaded, timeout=WORKER_TIMEOUT_MS):
        dialog.accept()
    assert shell.settings.stuck_after_days == 30
    assert ("Staat stil", "Gezin Stil") not in rows(main)


def test_an_empty_day_says_so(qtbot: QtBot, make_shell: Callable[..., Shell]) -> None:
    main, _ = run_setup(qtbot, make_shell())
    qtbot.waitUntil(lambda: main.today.title.text().startswith("Vandaag, "))
    assert main.today.empty.isVisible() and not main.today.table.isVisible()


def test_a_count_beyond_the_cap_reads_more_than(
    qtbot: QtBot, make_shell: Callable[..., Shell], monkeypatch: pytest.MonkeyPatch
) -> None:
    main, _ = run_setup(qtbot, make_shell(settings=Settings(stuck_after_days=14)))
    with days_ago(20) as day:
        for n in range(3):
            case = main.vault.cases.create(CaseDraft(f"Gezin Stil {n}"))
            main.vault.signals.add(case.id, signal(day=day))
    # The store counts up to its cap; the window says "more than" beyond it, never a number.
    monkeypatch.setattr("app.store.today.COUNT_CAP", 2)
    monkeypatch.setattr("ui.today.COUNT_CAP", 2)
    reload_today(qtbot, main)
    assert [r[0] for r in rows(main)] == ["Staat stil"] * 3
    assert main.today.summary.text() == "Staat stil: meer dan 2"
