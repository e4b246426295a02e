"""Cycles are collected on the main thread, even when a worker does the allocating.

A collection in a worker thread frees the main thread's Qt objects held in cycles from the
wrong thread, and Qt crashes later on the main thread (CI once did, just after the practice
vault was remade on a worker while the old practice window went).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator
from typing import ClassVar

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from tests.ui.conftest import WORKER_TIMEOUT_MS, run_setup
from ui.collector import MainThreadCollector
from ui.shell import Shell
from ui.workers import Reporter, run_in_background


class Cycle:
    """Garbage in a reference cycle that notes the thread that freed it."""

    freed_in: ClassVar[list[str]] = []

    def __init__(self) -> None:
        self.me = self
        self.qt = QObject()

    def __del__(self) -> None:
        Cycle.freed_in.append(threading.current_thread().name)


@pytest.fixture
def collector() -> Iterator[MainThreadCollector]:
    collector = MainThreadCollector()
    yield collector
    collector.stop()


def test_a_worker_that_allocates_much_does_not_collect_the_main_threads_cycles(
    qtbot: QtBot, collector: MainThreadCollector
) -> None:
    assert not gc.isenabled()
    gc.collect()
    Cycle.freed_in.clear()
    Cycle()  # unreachable at once, but only the cyclic collector can free it
    assert Cycle.freed_in == []

    def allocate(_: Reporter) -> list[list[int]]:
        # Far past the first generation's threshold, and kept: an enabled collector would
        # run here, and the main thread's timer finds a collection due afterwards.
        return [[index] for index in range(50 * gc.get_threshold()[0])]

    context = QObject()
    results: list[list[list[int]]] = []
    run_in_background(allocate, context=context, on_result=results.append, on_error=print)
    qtbot.waitUntil(lambda: results != [], timeout=WORKER_TIMEOUT_MS)
    qtbot.waitUntil(lambda: Cycle.freed_in != [], timeout=WORKER_TIMEOUT_MS)
    assert Cycle.freed_in == [threading.main_thread().name]


def test_stopping_gives_the_collector_back() -> None:
    was = gc.isenabled()
    collector = MainThreadCollector()
    assert not gc.isenabled()
    collector.stop()
    assert gc.isenabled() == was


def test_what_lives_when_the_vault_opens_is_set_aside_until_it_locks(
    qtbot: QtBot, collector: MainThreadCollector, make_shell: Callable[..., Shell]
) -> None:
    """A full collection leaves out the program's modules, classes and main window while the
    vault is open; at locking they are collected again, so the cycles of the window that goes
    (and the case data they hold) are freed."""
    gc.collect()
    Cycle.freed_in.clear()
    alive = [Cycle()]
    shell = make_shell()
    run_setup(qtbot, shell)
    assert gc.get_freeze_count() > 0
    alive.clear()  # garbage now, but set aside: a full collection leaves it
    gc.collect()
    assert Cycle.freed_in == []
    shell.lock()
    assert gc.get_freeze_count() == 0
    gc.collect()
    assert Cycle.freed_in == [threading.main_thread().name]
