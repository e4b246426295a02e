"""The case list: search asks the vault (after typing stops), the columns sort."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain.models import CaseDraft, PersonDraft
from tests.ui.conftest import run_setup, type_into
from ui.case_list import CaseListModel
from ui.shell import Shell


def titles(main: object) -> list[str]:
    proxy = main.case_list.proxy  # type: ignore[attr-defined]
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def test_search_and_sort(qtbot: QtBot, make_shell: Callable[..., Shell]) -> None:
    main, _ = run_setup(qtbot, make_shell())
    vault = main.vault
    for title in ("Gezin B", "Gezin A", "Casus 2026-03"):
        case = vault.cases.create(CaseDraft(title))
    vault.persons.add(case.id, PersonDraft("child", "Sanne Bakker"))
    main.case_list.refresh()
    assert titles(main) == ["Casus 2026-03", "Gezin A", "Gezin B"]  # newest change first

    main.case_list.table.sortByColumn(CaseListModel.TITLE, Qt.SortOrder.AscendingOrder)
    assert titles(main) == ["Casus 2026-03", "Gezin A", "Gezin B"]
    main.case_list.table.sortByColumn(CaseListModel.TITLE, Qt.SortOrder.DescendingOrder)
    assert titles(main) == ["Gezin B", "Gezin A", "Casus 2026-03"]
    main.case_list.table.sortByColumn(CaseListModel.PERSONS, Qt.SortOrder.DescendingOrder)
    assert titles(main)[0] == "Casus 2026-03"

    type_into(qtbot, main.case_list.search, "gezin")
    assert len(titles(main)) == 3  # not yet: the search waits until typing stops
    qtbot.waitUntil(lambda: len(titles(main)) == 2)
    assert sorted(titles(main)) == ["Gezin A", "Gezin B"]

    main.case_list.search.setText("Bakker")  # a person's name finds the case
    qtbot.waitUntil(lambda: titles(main) == ["Casus 2026-03"])

    main.case_list.search.clear()
    qtbot.waitUntil(lambda: len(titles(main)) == 3)


def test_choosing_a_case_opens_it_and_logs_the_opening(
    qtbot: QtBot, make_shell: Callable[..., Shell]
) -> None:
    main, _ = run_setup(qtbot, make_shell())
    case = main.vault.cases.create(CaseDraft("Gezin A"))
    main.case_list.refresh()
    opened_before = main.vault.db.scalar("SELECT count(*) FROM audit_log WHERE event = 'open'")
    main.case_list.table.selectRow(0)
    assert main.case_view.case is not None and main.case_view.case.id == case.id
    opened_after = main.vault.db.scalar("SELECT count(*) FROM audit_log WHERE event = 'open'")
    assert opened_after == opened_before + 1
