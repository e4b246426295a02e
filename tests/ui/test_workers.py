"""The workers module: work off the main thread, callbacks on it, errors sorted, late results
for a closed window dropped."""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable

import pytest
from PySide6.QtCore import QCoreApplication, QObject, QThread, QThreadPool
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.errors import DiskFull, MeldcodeError
from ui import workers
from ui.workers import Reporter, run_in_background


def on_main_thread() -> bool:
    app = QCoreApplication.instance()
    return app is not None and QThread.currentThread() is app.thread()


def test_the_job_runs_elsewhere_and_the_callbacks_on_the_main_thread(qtbot: QtBot) -> None:
    context = QWidget()
    qtbot.addWidget(context)
    seen: list[tuple[str, object, bool]] = []
    job_thread: list[bool] = []

    def job(report: Reporter) -> int:
        job_thread.append(on_main_thread())
        report.stage("key")
        report.progress(1, 2)
        report.progress(2, 2)
        return 42

    finished = threading.Event()
    run_in_background(
        job,
        context=context,
        on_result=lambda value: seen.append(("result", value, on_main_thread())),
        on_error=lambda error: seen.append(("error", error, on_main_thread())),
        on_progress=lambda done, total: seen.append(("progress", (done, total), on_main_thread())),
        on_stage=lambda name: seen.append(("stage", name, on_main_thread())),
        on_finished=finished.set,
    )
    qtbot.waitUntil(finished.is_set)
    assert job_thread == [False]
    assert seen == [
        ("stage", "key", True),
        ("progress", (1, 2), True),
        ("progress", (2, 2), True),
        ("result", 42, True),
    ]
    qtbot.waitUntil(lambda: workers.running_count() == 0)


def test_a_meldcode_error_goes_to_on_error(qtbot: QtBot) -> None:
    context = QWidget()
    qtbot.addWidget(context)
    errors: list[MeldcodeError] = []

    def job(_: Reporter) -> None:
        raise DiskFull()

    run_in_background(job, context=context, on_result=pytest.fail, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], DiskFull)


def test_any_other_error_takes_the_crash_path(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    context = QWidget()
    qtbot.addWidget(context)
    crashes: list[BaseException] = []
    monkeypatch.setattr(workers, "report_crash", crashes.append)

    def job(_: Reporter) -> None:
        raise KeyError("een waarde uit een casus")

    run_in_background(job, context=context, on_result=pytest.fail, on_error=pytest.fail)
    qtbot.waitUntil(lambda: bool(crashes))
    assert isinstance(crashes[0], KeyError)


def test_results_for_a_window_that_is_gone_are_dropped(qtbot: QtBot) -> None:
    context = QWidget()
    release = threading.Event()
    results: list[int] = []

    def job(_: Reporter) -> int:
        release.wait(5)
        return 7

    run_in_background(job, context=context, on_result=results.append, on_error=pytest.fail)
    context.deleteLater()
    qtbot.waitUntil(lambda: not _alive(context))
    release.set()
    QThreadPool.globalInstance().waitForDone(5_000)
    qtbot.waitUntil(lambda: workers.running_count() == 0)
    assert results == []


def _alive(widget: QWidget) -> bool:
    import shiboken6

    return bool(shiboken6.isValid(widget))


def test_many_jobs_in_a_row_are_all_delivered(qtbot: QtBot) -> None:
    context = QWidget()
    qtbot.addWidget(context)
    results: list[int] = []
    for number in range(200):
        run_in_background(
            lambda report, n=number: (report.progress(n, 200), n)[1],
            context=context,
            on_result=results.append,
            on_error=pytest.fail,
            on_progress=lambda done, total: None,
        )
    qtbot.waitUntil(lambda: len(results) == 200, timeout=15_000)
    assert sorted(results) == list(range(200))
    qtbot.waitUntil(lambda: workers.running_count() == 0)


def _run_on_a_thread(target: Callable[[], None]) -> None:
    thread = threading.Thread(target=target)
    thread.start()
    thread.join()


def test_a_job_thread_keeps_no_qt_object_past_its_end() -> None:
    """A Qt object freed on the job's thread, off its own, may take the program down: once a
    worker says it has ended, the last references are the main thread's."""
    signals = workers.WorkerSignals()
    worker = workers.Worker(lambda _: 42, signals)
    _run_on_a_thread(worker.run)
    assert worker.ended.is_set()
    gone = weakref.ref(signals)
    del signals
    assert gone() is None


def test_a_follower_thread_keeps_no_qt_object_past_its_end() -> None:
    context = QObject()
    following = workers.Following(context, lambda _: None, lambda _: None)
    run = workers._FollowingRun(lambda stop, news, reachable: None, following)
    _run_on_a_thread(run.run)
    assert following.done.is_set()
    gone = weakref.ref(following)
    del following
    assert gone() is None
