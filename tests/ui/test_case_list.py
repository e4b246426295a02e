"""The case list: search over all cases (words and filters) asks the vault in the worker, after
typing stops; the columns sort; the list shows where each case stands."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain.enums import CaseStatus, ViolenceForm
from app.domain.models import CaseDraft, PersonDraft
from app.store.search import PAGE
from app.timeutil import clock_at, today
from app.vault.vault import Vault
from tests.entry_values import consultation, signal
from tests.ui.conftest import WORKER_TIMEOUT_MS, run_setup, type_into, wait_for_case
from ui.case_list import CaseListModel
from ui.main_window import MainWindow
from ui.shell import Shell
from ui.widgets.table_model import CASE_ID_ROLE


def titles(main: MainWindow) -> list[str]:
    proxy = main.case_list.proxy
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def column(main: MainWindow, number: int) -> list[str]:
    proxy = main.case_list.proxy
    return [proxy.index(row, number).data() for row in range(proxy.rowCount())]


def refreshed(qtbot: QtBot, main: MainWindow, expected: list[str]) -> None:
    main.case_list.refresh()
    qtbot.waitUntil(lambda: sorted(titles(main)) == sorted(expected))


def test_search_and_sort(qtbot: QtBot, make_shell: Callable[..., Shell]) -> None:
    main, _ = run_setup(qtbot, make_shell())
    vault = main.vault
    for title in ("Gezin B", "Gezin A", "Casus 2026-03"):
        case = vault.cases.create(CaseDraft(title))
    vault.persons.add(case.id, PersonDraft("child", "Sanne Bakker"))
    main.case_list.refresh()
    qtbot.waitUntil(lambda: titles(main) == ["Casus 2026-03", "Gezin A", "Gezin B"])

    main.case_list.table.sortByColumn(CaseListModel.TITLE, Qt.SortOrder.AscendingOrder)
    assert titles(main) == ["Casus 2026-03", "Gezin A", "Gezin B"]
    main.case_list.table.sortByColumn(CaseListModel.TITLE, Qt.SortOrder.DescendingOrder)
    assert titles(main) == ["Gezin B", "Gezin A", "Casus 2026-03"]

    type_into(qtbot, main.case_list.search, "gezin")
    assert len(titles(main)) == 3  # not yet: the search waits until typing stops
    qtbot.waitUntil(lambda: len(titles(main)) == 2)
    assert sorted(titles(main)) == ["Gezin A", "Gezin B"]
    assert main.case_list.count.text() == "2 gevonden"

    main.case_list.search.setText("Bakker")  # a person's name finds the case
    qtbot.waitUntil(lambda: titles(main) == ["Casus 2026-03"])
    assert column(main, CaseListModel.FOUND) == ["Naam van een betrokkene: Sanne Bakker"]

    main.case_list.search.clear()
    qtbot.waitUntil(lambda: len(titles(main)) == 3)


def fill_cases(vault: Vault) -> dict[str, int]:
    """Four cases in different places of the path, one of them long ago and closed."""
    ids = {}
    long_ago = datetime.combine(today() - timedelta(days=400), time(10)).astimezone()
    with clock_at(long_ago):
        old = vault.cases.create(CaseDraft("Oude casus"))
        vault.signals.add(old.id, signal("Verwaarlozing thuis.", long_ago.date()))
        vault.cases.close(old.id, "Afgerond.", "help_completed_safe")
    ids["old"] = old.id
    first = vault.cases.create(CaseDraft("Gezin Stap1"))
    ids["first"] = first.id
    second = vault.cases.create(CaseDraft("Gezin Stap2"))
    vault.signals.add(second.id, signal("Kind vertelt over klappen met de riem."))
    ids["second"] = second.id
    third = vault.cases.create(CaseDraft("Gezin Stap3"))
    vault.signals.add(third.id, signal("Blauwe plek op de wang."))
    vault.entries.add(third.id, consultation())
    ids["third"] = third.id
    return ids


def test_filters_narrow_the_search(qtbot: QtBot, make_shell: Callable[..., Shell]) -> None:
    main, _ = run_setup(qtbot, make_shell())
    fill_cases(main.vault)
    everything = ["Oude casus", "Gezin Stap1", "Gezin Stap2", "Gezin Stap3"]
    refreshed(qtbot, main, everything)
    assert "1 · Signalen" in column(main, CaseListModel.WHERE)
    assert "Gesloten" in column(main, CaseListModel.WHERE)

    panel = main.case_list
    main.case_list.filters_button.click()
    assert panel.filters.isVisible()

    panel.filters.status.setCurrentIndex(panel.filters.status.findData(CaseStatus.CLOSED.value))
    qtbot.waitUntil(lambda: titles(main) == ["Oude casus"])
    panel.filters.status.setCurrentIndex(panel.filters.status.findData(CaseStatus.OPEN.value))
    qtbot.waitUntil(lambda: len(titles(main)) == 3)

    panel.filters.step.setCurrentIndex(panel.filters.step.findData("consultation"))
    qtbot.waitUntil(lambda: titles(main) == ["Gezin Stap2"])
    panel.filters.step.setCurrentIndex(panel.filters.step.findData("conversation"))
    qtbot.waitUntil(lambda: titles(main) == ["Gezin Stap3"])
    panel.filters.step.setCurrentIndex(0)

    panel.filters.status.setCurrentIndex(0)
    panel.filters.phase.setCurrentIndex(panel.filters.phase.findData("closed"))
    qtbot.waitUntil(lambda: titles(main) == ["Oude casus"])
    panel.filters.phase.setCurrentIndex(0)

    panel.filters.form.setCurrentIndex(
        panel.filters.form.findData(ViolenceForm.PHYSICAL_ABUSE.value)
    )
    qtbot.waitUntil(lambda: sorted(titles(main)) == ["Gezin Stap2", "Gezin Stap3", "Oude casus"])
    type_into(qtbot, panel.search, "riem")  # words in a signal's text
    qtbot.waitUntil(lambda: titles(main) == ["Gezin Stap2"])
    panel.search.clear()
    panel.filters.form.setCurrentIndex(0)
    qtbot.waitUntil(lambda: len(titles(main)) == 4)

    # A period in which the old case was open, and one in which only the new ones were.
    old_day = today() - timedelta(days=400)
    type_into(qtbot, panel.filters.active_to, (old_day + timedelta(days=1)).strftime("%d-%m-%Y"))
    qtbot.waitUntil(lambda: titles(main) == ["Oude casus"])
    panel.filters.active_to.clear()
    type_into(qtbot, panel.filters.active_from, today().strftime("%d-%m-%Y"))
    qtbot.waitUntil(lambda: sorted(titles(main)) == sorted(everything[1:]))

    # The end before the start: the core's message at the field; unreadable dates too.
    panel.filters.active_to.setText((today() - timedelta(days=3)).strftime("%d-%m-%Y"))
    qtbot.waitUntil(lambda: "active_to" in panel.errors.messages())
    assert panel.errors.messages()["active_to"] == "De einddatum ligt vóór de begindatum."
    panel.filters.active_to.setText("31-02")
    qtbot.waitUntil(
        lambda: panel.errors.messages().get("active_to", "").startswith("Vul ook het jaar in")
    )
    panel.filters.clear_button.click()
    qtbot.waitUntil(lambda: len(titles(main)) == 4 and not panel.errors.messages())


def test_choosing_a_case_opens_it_and_logs_the_opening(
    qtbot: QtBot, make_shell: Callable[..., Shell]
) -> None:
    main, _ = run_setup(qtbot, make_shell())
    case = main.vault.cases.create(CaseDraft("Gezin A"))
    refreshed(qtbot, main, ["Gezin A"])
    opened_before = main.vault.db.scalar("SELECT count(*) FROM audit_log WHERE event = 'open'")
    main.case_list.table.selectRow(0)
    wait_for_case(qtbot, main, case.id)
    opened_after = main.vault.db.scalar("SELECT count(*) FROM audit_log WHERE event = 'open'")
    assert opened_after == opened_before + 1


def test_scrolling_to_the_end_reads_the_next_page_until_every_case_is_listed(
    qtbot: QtBot, make_shell: Callable[..., Shell]
) -> None:
    main, _ = run_setup(qtbot, make_shell())
    vault = main.vault
    made = [vault.cases.create(CaseDraft(f"Gezin {n:03}")).id for n in range(2 * PAGE + 7)]
    panel = main.case_list
    with qtbot.waitSignal(panel.model.modelReset, timeout=WORKER_TIMEOUT_MS):
        panel.refresh()
    assert panel.model.rowCount() == PAGE and panel.model.more
    assert panel.count.text() == f"De eerste {PAGE} casussen; verder scrollen toont er meer."
    # The newest first: the first page is the last cases made.
    assert sorted(panel.model.row_of(case) is not None for case in made[-PAGE:]) == [True] * PAGE
    for expected in (2 * PAGE, 2 * PAGE + 7):
        panel.table.scrollToBottom()
        qtbot.waitUntil(lambda n=expected: panel.model.rowCount() == n)  # type: ignore[misc]
    assert not panel.model.more and not panel.model.canFetchMore()
    assert panel.count.text() == f"{2 * PAGE + 7} casussen"
    listed = [int(panel.proxy.index(row, 0).data(CASE_ID_ROLE)) for row in range(len(made))]
    # Every case once, shown in the chosen order (the latest change first) across the pages.
    assert listed == list(reversed(made))
    # Searching again shows its first page from the top (not the end, where the former list
    # was left, which would ask for the next page at once) and pages on alike.
    with qtbot.waitSignal(panel.model.modelReset, timeout=WORKER_TIMEOUT_MS):
        type_into(qtbot, panel.search, "gezin")
    assert panel.model.rowCount() == PAGE and panel.table.verticalScrollBar().value() == 0
    # The end of the page is out of sight, so the view has no cause to ask for the next one.
    assert panel.table.rowAt(0) == 0
    assert -1 < panel.table.rowAt(panel.table.viewport().height() - 1) < PAGE - 1

    def scrolled_to_all() -> bool:
        panel.table.scrollToBottom()
        return panel.model.rowCount() == len(made) and not panel.model.more

    qtbot.waitUntil(scrolled_to_all)
    assert sorted(row.case_id for row in panel.model.rows) == sorted(made)
    assert panel.count.text() == f"{len(made)} gevonden"
