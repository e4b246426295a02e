"""One window measurement in its own process (so start time and memory are the process's own).

    window.py bare                 a bare PySide6 window: the yardstick
    window.py unlock FOLDER        the program's first window (the unlock window) for a vault
    window.py unlock-keyring FOLDER   the same, asking the system's keyring as the program does;
                                   memory once its answer is in
    window.py open FOLDER PASS     unlock, show the main window, wait for Vandaag painted; with
                                   a heartbeat timer on the window thread to find its longest
                                   stall, from entering the vault until 1.5 s after Vandaag;
                                   then open the 500-signal case, go to its signals (step
                                   1), read down them to the last (a page every 100 ms),
                                   then open another case, each phase's longest stall apart

Prints one JSON object: seconds from the process start to the window shown, resident memory
(MiB) at that moment, and for `open` the time from unlocked to Vandaag shown and the stall.
"""

from __future__ import annotations

import itertools
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

STARTED = time.perf_counter()
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)


def rss_mib() -> float:
    """Resident memory now (not the peak: the peak of the build-up says less)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:  # not Linux: the peak is the nearest figure at hand
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak / 2**20 if sys.platform == "darwin" else peak / 1024


def bare() -> dict[str, float]:
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication([])
    window = QLabel("Meldcode Werkplek")
    window.show()
    app.processEvents()
    return {"window": time.perf_counter() - STARTED, "memory": rss_mib()}


def _shell(folder: str, device_store: object) -> object:
    from app.settings import Settings
    from app.vault.location import VaultLocation
    from ui.shell import Shell

    return Shell(
        Settings(),
        VaultLocation(Path(folder)),
        device_store=device_store,  # type: ignore[arg-type]
        config_dir=Path(folder).parent / "config",
    )


def unlock(folder: str, *, keyring: bool = False) -> dict[str, float]:
    """The program's own start (`ui.launcher`, then `ui.application.start_gui`: log, settings
    and policy, language, appearance, crash hook, shell) on a throw-away settings folder whose
    data folder is the one holding FOLDER. The keyring is left out (passphrase-only), as
    everywhere here, unless `keyring`: then the window asks the system's keyring in its worker
    as in the program, and the memory is read once that answer is in."""
    import shutil
    import tempfile

    from app.crypto.device_secret import DeviceSecretStore

    class PassphraseOnly(DeviceSecretStore):
        def available(self) -> bool:
            return False

    vault = Path(folder).resolve()
    if vault.name != "kluis":
        raise SystemExit("FOLDER must be a data folder's 'kluis'")
    home = Path(tempfile.mkdtemp(prefix="meldcode-bench-home-"))
    os.environ["MELDCODE_HOME"] = str(home)
    (home / "config").mkdir()
    (home / "config" / "settings.json").write_text(
        json.dumps({"data_dir": str(vault.parent)}), encoding="utf-8"
    )
    # As the executable starts without arguments (ui.launcher.main), up to the event loop.
    from ui import launcher

    launcher.harden_process()
    if not launcher.wants_gui([]):
        raise SystemExit("the program without arguments no longer starts its window")
    from ui.application import start_gui

    started = start_gui([], device_store=None if keyring else PassphraseOnly())
    started.app.processEvents()
    result = {"window": time.perf_counter() - STARTED, "memory": rss_mib()}
    if keyring:
        window = started.shell.unlock_window
        deadline = time.monotonic() + 60
        while window is not None and not window.keyring_answered:
            if time.monotonic() > deadline:
                raise SystemExit("the keyring did not answer within a minute")
            started.app.processEvents()
            time.sleep(0.005)
        result["memory"] = rss_mib()
    shown = started.shell.unlock_window
    shutil.rmtree(home, ignore_errors=True)
    if shown is None or not shown.isVisible():
        raise SystemExit("the first window is not the unlock window: is FOLDER a vault?")
    return result


def open_main(folder: str, passphrase: str) -> dict[str, float]:
    from PySide6.QtCore import QEvent, QObject, QThreadPool, QTimer
    from PySide6.QtWidgets import QApplication

    from app.crypto.device_secret import DeviceSecretStore
    from app.domain.enums import Step
    from app.vault.location import VaultLocation
    from app.vault.vault import Vault

    class PassphraseOnly(DeviceSecretStore):
        def available(self) -> bool:
            return False

    from ui.collector import MainThreadCollector

    app = QApplication([])
    collector = MainThreadCollector(app)  # as `start_gui` does: cycles freed on this thread
    store = PassphraseOnly()
    shell = _shell(folder, store)
    shell.start()  # type: ignore[attr-defined]
    app.processEvents()
    # As in the program: the unlock runs beside the window thread, which meanwhile reads the
    # workplace and makes its first view (`prepare_workplace`, at the unlock window's
    # `unlock_started`); the unlock is timed on its own.
    import threading

    from ui.shell import prepare_workplace

    opened: list[Vault] = []

    def open_vault() -> None:
        opened.append(Vault.unlock(VaultLocation(Path(folder)), 1, passphrase, store))

    prepare_workplace()
    began = time.perf_counter()
    worker = threading.Thread(target=open_vault)
    worker.start()
    while worker.is_alive():
        app.processEvents()
        worker.join(0.002)
    unlocked = time.perf_counter()
    if not opened:
        raise SystemExit("the vault did not open")
    vault = opened[0]
    beats: list[float] = []
    shown: list[float] = []
    loaded: list[float] = []
    painting: list[float] = []

    class Painted(QObject):
        """Vandaag counts as shown once its list (or its summary) has been painted after
        loading: at the first heartbeat after that paint began, so the paint is included."""

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if loaded and not painting and event.type() == QEvent.Type.Paint:
                painting.append(time.perf_counter())
            return False

    painted = Painted()

    windows: list[Any] = []

    def watch(window: Any) -> None:
        windows.append(window)
        today = window.today
        today.loaded.connect(lambda: loaded.append(time.perf_counter()))
        for widget in (today.table.viewport(), today.summary, today.empty):
            widget.installEventFilter(painted)

    shell.entered.connect(watch)  # type: ignore[attr-defined]
    big = int(vault.db.scalar("SELECT value FROM meta WHERE key = 'bench.big_case'"))
    other = int(
        vault.db.scalar(
            "SELECT id FROM cases WHERE status = 'open' AND id != ? ORDER BY updated_at DESC"
            " LIMIT 1",
            [big],
        )
    )
    # After Vandaag: open the 500-signal case, go to its signals, then open another case, as
    # a user goes on; each phase's longest stall apart (the heartbeats of a phase start where
    # it starts).
    phases: list[tuple[str, float]] = []
    memory: list[float] = []
    # Reading down the signals to the last: a page further every 100 ms, as a reader holding
    # Page Down; the column builds its cards as it goes, and each batch lays out the cards
    # built so far, so the stall grows towards the foot of the column.
    reading = QTimer()
    reading.setInterval(100)

    def page_down() -> None:
        bar = windows[0].case_view.timeline.verticalScrollBar()
        bar.setValue(bar.value() + bar.pageStep())

    reading.timeout.connect(page_down)

    def open_other() -> None:
        reading.stop()
        windows[0].open_case(other)

    def read_to_the_end() -> bool:
        timeline = windows[0].case_view.timeline
        return not timeline.pending and bool(timeline.cards)

    # Each phase: its name, its longest time, what starts it, and what ends it sooner.
    steps: list[tuple[str, float, Callable[[], object], Callable[[], bool] | None]] = [
        ("open_big", 3.0, lambda: windows[0].open_case(big), None),
        ("signals_big", 3.0, lambda: windows[0].case_view.show_page(Step.SIGNALS), None),
        ("read_big", 40.0, reading.start, read_to_the_end),
        ("open_other", 1.5, open_other, None),
    ]

    def beat() -> None:
        now = time.perf_counter()
        beats.append(now)
        if painting and not shown:
            shown.append(now)
        if not shown:
            return
        started = phases[-1][1] if phases else shown[0]
        current = steps[len(phases) - 1] if phases else None
        limit = current[1] if current else 1.5
        if now - started > limit or (current and current[3] and current[3]()):
            if len(phases) == len(steps):
                app.quit()
                return
            if not phases:
                memory.append(rss_mib())  # the main window with Vandaag, no case open yet
            name, _, action, _ = steps[len(phases)]
            phases.append((name, now))
            action()

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(beat)
    timer.start()
    beats.append(time.perf_counter())
    shell.enter(vault)  # type: ignore[attr-defined]
    QTimer.singleShot(90_000, app.quit)
    app.exec()

    def longest(start: float, end: float) -> float:
        inside = [b for b in beats if start <= b <= end]
        return max((b - a for a, b in itertools.pairwise(inside)), default=float("nan"))

    bounds = [t for _, t in phases] + [beats[-1]]
    stalls = {
        f"stall_{name}": longest(bounds[i], bounds[i + 1]) for i, (name, _) in enumerate(phases)
    }
    shell.shutdown()  # type: ignore[attr-defined]
    QThreadPool.globalInstance().waitForDone()  # as `run_gui` does before Python ends
    collector.stop()
    return {
        "unlock": unlocked - began,
        "today_after_unlock": (shown[0] - unlocked) if shown else float("nan"),
        "today_loaded_after_unlock": (loaded[0] - unlocked) if loaded else float("nan"),
        "stall": longest(began, bounds[0]) if phases else float("nan"),
        **stalls,
        "memory": memory[0] if memory else rss_mib(),
    }


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    mode = sys.argv[1]
    if mode == "bare":
        result = bare()
    elif mode == "unlock":
        result = unlock(sys.argv[2])
    elif mode == "unlock-keyring":
        result = unlock(sys.argv[2], keyring=True)
    else:
        result = open_main(sys.argv[2], sys.argv[3])
    print(json.dumps(result), flush=True)
    os._exit(0)  # the figures are out; no teardown to wait for
