"""Work that takes time (unlock, create, backup, restore) runs here, off the main thread.

A job is a plain function that receives a `Reporter` for its progress. It runs on the global
QThreadPool; what it returns, the exception it raised, and its progress travel back as queued
Qt signals to a relay on the main thread, which calls the callbacks there. No widget is
touched off the main thread.

Lifetimes: the signal object and the relay belong to the main thread and are released there,
only after the job's thread has finished with them. When the context widget is gone (a window
closed by locking), late results are dropped instead of shown.

One rule for errors: a `MeldcodeError` carries a Dutch message written for users and goes to
the caller's `on_error`; anything else is a defect and goes through the crash path.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from typing import Any, Generic, ParamSpec, Protocol, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

from app.errors import MeldcodeError, VaultClosed
from ui.crash import report_crash

T = TypeVar("T")
P = ParamSpec("P")
RELEASE_RETRY_MS = 5


class WorkerSignals(QObject):
    result = Signal(object)
    error = Signal(object)  # the exception object itself
    progress = Signal(int, int)  # done, total
    stage = Signal(str)  # a named step, e.g. "key" while unlocking
    finished = Signal()


class Reporter:
    """What a job gets to tell how far it is; called from the worker thread."""

    def __init__(self, signals: WorkerSignals) -> None:
        self._signals = signals

    def progress(self, done: int, total: int) -> None:
        self._signals.progress.emit(done, total)

    def stage(self, name: str) -> None:
        self._signals.stage.emit(name)


class Worker(QRunnable, Generic[T]):
    """Runs the job; the pool deletes it afterwards. `ended` is set after its last emit."""

    def __init__(self, job: Callable[[Reporter], T], signals: WorkerSignals) -> None:
        super().__init__()
        self._job: Callable[[Reporter], Any] = job
        self._signals: WorkerSignals | None = signals
        self.ended = threading.Event()

    def run(self) -> None:
        # The relay holds the job and the signals too: the references here are let go before
        # `ended`, so the last ones go on the main thread with the relay, never on this one
        # (a Qt object freed here, off its thread, may take the program down).
        job, self._job = self._job, _spent
        signals, self._signals = self._signals, None
        assert signals is not None
        try:
            value = job(Reporter(signals))
        except BaseException as exc:
            signals.error.emit(exc)
        else:
            signals.result.emit(value)
            del value
        finally:
            signals.finished.emit()
            del job, signals
            self.ended.set()


def _spent(_: Reporter) -> Any:
    raise RuntimeError("a worker runs once")


class _Relay(QObject):
    """Main-thread end of one worker: calls the callbacks while the context still exists."""

    def __init__(
        self,
        context: QObject,
        job: object,
        signals: WorkerSignals,
        ended: threading.Event,
        on_result: Callable[[Any], None],
        on_error: Callable[[MeldcodeError], None],
        on_progress: Callable[[int, int], None] | None,
        on_stage: Callable[[str], None] | None,
        on_finished: Callable[[], None] | None,
    ) -> None:
        super().__init__()
        self._context = context
        self._job = job  # released with the relay, on the main thread
        self._signals = signals
        self._ended = ended
        self._on_result = on_result
        self._on_error = on_error
        self._on_progress = on_progress
        self._on_stage = on_stage
        self._on_finished = on_finished
        signals.progress.connect(self.progress)
        signals.stage.connect(self.stage)
        signals.result.connect(self.result)
        signals.error.connect(self.error)
        signals.finished.connect(self.finished)

    def _context_alive(self) -> bool:
        return shiboken6.isValid(self._context)

    @Slot(object)
    def result(self, value: object) -> None:
        if self._context_alive():
            self._on_result(value)

    @Slot(object)
    def error(self, exc: object) -> None:
        if isinstance(exc, MeldcodeError):
            if self._context_alive():
                self._on_error(exc)
        elif isinstance(exc, BaseException):
            report_crash(exc)

    @Slot(int, int)
    def progress(self, done: int, total: int) -> None:
        if self._on_progress is not None and self._context_alive():
            self._on_progress(done, total)

    @Slot(str)
    def stage(self, name: str) -> None:
        if self._on_stage is not None and self._context_alive():
            self._on_stage(name)

    @Slot()
    def finished(self) -> None:
        try:
            if self._on_finished is not None and self._context_alive():
                self._on_finished()
        finally:
            self._release()

    def _release(self) -> None:
        # Let go only once the worker thread is past its last emit, and outside this slot.
        if self._ended.is_set():
            QTimer.singleShot(0, lambda: _live.discard(self))
        else:
            QTimer.singleShot(RELEASE_RETRY_MS, self._release)


# Relays (and through them the signal objects) of running workers; main thread only.
_live: set[_Relay] = set()


def run_in_background(
    job: Callable[[Reporter], T],
    *,
    context: QObject,
    on_result: Callable[[T], None],
    on_error: Callable[[MeldcodeError], None],
    on_progress: Callable[[int, int], None] | None = None,
    on_stage: Callable[[str], None] | None = None,
    on_finished: Callable[[], None] | None = None,
) -> None:
    """Start `job` on the thread pool; call from the main thread. The callbacks run on the
    main thread: progress/stage while it runs, then result or error, then finished."""
    signals = WorkerSignals()
    worker: Worker[T] = Worker(job, signals)
    relay = _Relay(
        context,
        job,
        signals,
        worker.ended,
        on_result,
        on_error,
        on_progress,
        on_stage,
        on_finished,
    )
    _live.add(relay)
    QThreadPool.globalInstance().start(worker)


class Lockable(Protocol):
    @property
    def is_open(self) -> bool: ...


def while_open(vault: Lockable, job: Callable[P, T]) -> Callable[P, T]:
    """Work on a worker thread that uses the vault, for which a lock half-way is no defect
    but an ending (a job, or an export that writes its audit row).

    Locking closes the connection between two of the job's queries; what the library then
    raises is turned into `VaultClosed`, which a caller whose window went with the lock
    never hears of.
    """

    def guarded(*args: P.args, **kwargs: P.kwargs) -> T:
        try:
            return job(*args, **kwargs)
        except Exception as exc:
            if not vault.is_open and not isinstance(exc, VaultClosed):
                raise VaultClosed() from exc
            raise

    return guarded


def running_count() -> int:
    """How many workers have not been released yet (for tests and for a clean exit)."""
    return len(_live)


# -- work that runs until it is stopped ------------------------------------------------------

FollowJob = Callable[[threading.Event, Callable[[object], None], Callable[[bool], None]], None]


@functools.cache
def _following_threads() -> QThreadPool:
    # A pool of its own: a job that follows the server for the whole session must not hold
    # one of the threads the user's own work waits for.
    pool = QThreadPool()
    pool.setMaxThreadCount(2)
    return pool


class Following(QObject):
    """Main-thread end of a job that runs until `stop` (the window's change listener). Its
    signals are emitted by the job's thread and reach its slots here, queued."""

    news = Signal(object)  # what the job found, in the job's own terms
    reachable = Signal(bool)
    ended = Signal()

    def __init__(
        self,
        context: QObject,
        on_news: Callable[[Any], None],
        on_reachable: Callable[[bool], None],
    ) -> None:
        super().__init__()
        self.stopping = threading.Event()
        self.done = threading.Event()  # set by the job's thread after its last touch
        self._on_news = on_news
        self._on_reachable = on_reachable
        self.news.connect(self._news)
        self.reachable.connect(self._reachable)
        self.ended.connect(self._ended)
        # The window going (locking) ends the job; its late news is not shown.
        context.destroyed.connect(self.stop)

    @Slot()
    def stop(self) -> None:
        self.stopping.set()

    @Slot(object)
    def _news(self, value: object) -> None:
        if isinstance(value, BaseException):
            report_crash(value)
        elif not self.stopping.is_set():
            self._on_news(value)

    @Slot(bool)
    def _reachable(self, up: bool) -> None:
        if not self.stopping.is_set():
            self._on_reachable(up)

    @Slot()
    def _ended(self) -> None:
        # Let go only once the job's thread holds nothing of this any more.
        if self.done.is_set():
            QTimer.singleShot(0, lambda: _live_following.discard(self))
        else:
            QTimer.singleShot(RELEASE_RETRY_MS, self._ended)


class _FollowingRun(QRunnable):
    def __init__(self, job: FollowJob, following: Following) -> None:
        super().__init__()
        self._job: FollowJob | None = job
        self._following: Following | None = following

    def run(self) -> None:
        # As `Worker.run`: the references here go before `done`, so the follower is freed on
        # the main thread (it receives queued signals there), not on this one.
        following, self._following = self._following, None
        job, self._job = self._job, None
        assert following is not None and job is not None
        done = following.done
        try:
            job(following.stopping, following.news.emit, following.reachable.emit)
        except BaseException as exc:  # a defect: the crash path, as for any worker
            following.stopping.set()
            following.news.emit(exc)
        finally:
            following.ended.emit()
            del following, job
            done.set()


def follow_in_background(
    job: FollowJob,
    *,
    context: QObject,
    on_news: Callable[[Any], None],
    on_reachable: Callable[[bool], None],
) -> Following:
    """Run `job(stop, news, reachable)` on a thread of its own until `stop` is set (call
    `Following.stop`, or let `context` go). The callbacks run on the main thread."""
    following = Following(context, on_news, on_reachable)
    _live_following.add(following)
    _following_threads().start(_FollowingRun(job, following))
    return following


# Followers whose job still runs; main thread only.
_live_following: set[Following] = set()
