"""The one executable: the desktop program without arguments, the administrator CLI with them."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from app.hardening import harden_process


def wants_gui(args: Sequence[str]) -> bool:
    """Without arguments (the program started from its icon) the window is wanted, and the
    administrator's commands, with the vault and export code they import, are not read: the
    first window would otherwise wait for them. With arguments the command line decides."""
    if not args:
        return True
    from app import cli

    return cli.wants_gui(args)


NO_SCREEN = (
    "Er is hier geen scherm om het venster op te tonen. Start het programma op een computer "
    "met een bureaublad, of geef een opdracht: meldcode-werkplek --help toont ze."
)


def has_a_screen() -> bool:
    """Whether a window can be shown. Windows and macOS always have their own screen; on
    Linux an X or Wayland display must be named (or a Qt platform chosen), or Qt stops the
    program with its own English text."""
    if not sys.platform.startswith("linux"):
        return True
    return any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def main(argv: Sequence[str] | None = None) -> int:
    # Before anything is decrypted: no core dump or crash report of this process.
    harden_process()
    args = list(sys.argv[1:] if argv is None else argv)
    if wants_gui(args):
        if not has_a_screen():
            print(NO_SCREEN, file=sys.stderr)
            return 2
        from ui.application import run_gui

        return run_gui(args)
    from app import cli

    if "--self-test" in args:
        # The window first: its time from process start is the program's start time.
        from ui.selftest import run_gui_self_test

        if not run_gui_self_test():
            print("Zelftest venster MISLUKT.")
            return cli.EXIT_PROBLEMS
        print("Zelftest venster geslaagd.")
    return cli.main(args)
