"""The main window after unlocking: Vandaag first, the rest when it is used.

The case view (with its steps, the weging and the documents) is built when a case is first
opened; the PDF stack is imported only for a document; the first case of a session reads the
kaders in the worker while the window stays usable. The tables sort their rows themselves, in
one sort per fill or per click on a header, keeping the chosen row."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.domain.models import CaseDraft
from app.framework.library import shipped_library
from tests.ui.conftest import click, new_case, open_case, run_setup, wait_for_case
from ui.main_window import MainWindow
from ui.shell import Shell
from ui.widgets.table_model import SORT_ROLE, RowsModel, SortProxy

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("reportlab", "pikepdf", "ui.case_view", "ui.report.case_reports", "ui.help.window")


def test_the_main_window_module_leaves_the_case_view_and_the_pdf_stack_for_later() -> None:
    # In its own process: this test session has long imported all of them.
    code = (
        "import json, sys; import ui.main_window; "
        f"print(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []


def case_views(main: MainWindow) -> list[QWidget]:
    return [w for w in main.findChildren(QWidget) if type(w).__name__ == "CaseView"]


def test_the_case_view_is_built_when_the_first_case_opens(
    qtbot: QtBot, make_shell: Callable[..., Shell]
) -> None:
    main, _ = run_setup(qtbot, make_shell())
    qtbot.waitUntil(lambda: not main.today.loading)
    assert main.right.currentWidget() is main.today
    assert case_views(main) == []

    first = main.vault.cases.create(CaseDraft("Gezin Jansen")).id
    second = main.vault.cases.create(CaseDraft("Gezin Pietersen")).id
    # As at the first case of a run: the kaders not read yet. They are read in the worker;
    # meanwhile the window answers, and the case asked for last is the one shown.
    shipped_library.cache_clear()
    main._library = None
    main.open_case(first)
    assert case_views(main) == []
    assert main.statusBar().currentMessage() == "De casus wordt geopend…"
    main.open_case(second)
    qtbot.waitUntil(lambda: main.right.currentWidget() is not main.today)
    assert main.right.currentWidget() is main.case_view
    assert main.case_view.case is not None and main.case_view.case.id == second
    assert len(case_views(main)) == 1
    assert main.statusBar().currentMessage() == ""

    open_case(qtbot, main, first)  # from now on without the kaders' wait
    assert len(case_views(main)) == 1


class Numbers(RowsModel[tuple[int, str]]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(["Getal", "Naam"], parent)

    def sort_key(self, row: tuple[int, str], column: int) -> Any:
        return row[column]

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return str(row[index.column()])
        if role == SORT_ROLE:
            return self.sort_key(row, index.column())
        return None


def shown(proxy: SortProxy) -> list[str]:
    return [proxy.index(r, 1).data() for r in range(proxy.rowCount())]


def test_rows_sort_in_the_model_keep_their_arrival_order_on_ties_and_keep_the_current_row(
    qtbot: QtBot,
) -> None:
    from ui.widgets.choosing_table import ChoosingTable

    model = Numbers()
    proxy = SortProxy(model)
    table = ChoosingTable()
    qtbot.addWidget(table)
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    model.set_rows([(3, "c"), (1, "a1"), (2, "b"), (1, "a2")])
    assert shown(proxy) == ["a1", "a2", "b", "c"]  # sorted as it is filled

    table.setCurrentIndex(proxy.index(2, 0))  # "b"
    table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert shown(proxy) == ["c", "b", "a1", "a2"]  # ties keep their order either way
    assert table.currentIndex().row() == 1 and table.currentIndex().siblingAtColumn(1).data() == "b"

    table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert shown(proxy) == ["a1", "a2", "b", "c"]
    assert table.currentIndex().siblingAtColumn(1).data() == "b"
    model.set_rows([(5, "e"), (4, "d")])  # a new fill keeps the chosen order
    assert shown(proxy) == ["d", "e"]


def test_going_back_to_vandaag_while_the_first_case_is_prepared_stays_there(
    qtbot: QtBot, make_shell: Callable[..., Shell]
) -> None:
    main, _ = run_setup(qtbot, make_shell())
    case_id = main.vault.cases.create(CaseDraft("Gezin Jansen")).id
    shipped_library.cache_clear()
    main._library = None
    main.open_case(case_id)
    main.show_today()
    qtbot.waitUntil(lambda: main.statusBar().currentMessage() == "")  # the worker is back
    assert main.right.currentWidget() is main.today
    open_case(qtbot, main, case_id)  # the kaders are there now


def test_a_case_is_read_in_the_worker_and_the_one_asked_for_last_is_shown(
    qtbot: QtBot, make_shell: Callable[..., Shell]
) -> None:
    main, _ = run_setup(qtbot, make_shell())
    first = main.vault.cases.create(CaseDraft("Gezin Jansen")).id
    second = main.vault.cases.create(CaseDraft("Gezin Pietersen")).id
    open_case(qtbot, main, first)
    shown: list[int] = []
    main.case_shown.connect(shown.append)
    main.open_case(second)
    # Not read on the window thread: the window still shows the first case meanwhile.
    assert main.case_view.case is not None and main.case_view.case.id == first
    main.open_case(first)  # chosen again before the second was shown
    open_case(qtbot, main, first)
    assert shown == [first]  # the second was read, and never shown


def test_after_vandaag_one_click_on_the_case_shown_before_opens_it_again(
    qtbot: QtBot, make_shell: Callable[..., Shell]
) -> None:
    main, _ = run_setup(qtbot, make_shell())
    case_id = new_case(qtbot, main, "Gezin Jansen")
    table = main.case_list.table
    row = main.case_list.proxy.mapFromSource(
        main.case_list.model.index(main.case_list.model.row_of(case_id), 0)
    )

    def click_row() -> None:
        qtbot.mouseClick(
            table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(row).center()
        )

    click(qtbot, main.case_list.today_button)
    assert main.right.currentWidget() is main.today
    # Vandaag shows no case, so the list shows none chosen either.
    assert main.case_list.current_case_id() is None
    assert not table.selectionModel().hasSelection()
    click_row()
    wait_for_case(qtbot, main, case_id)
