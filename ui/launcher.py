"""The one executable: the desktop program without arguments, the administrator CLI with them."""

from __future__ import annotations

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


def main(argv: Sequence[str] | None = None) -> int:
    # Before anything is decrypted: no core dump or crash report of this process.
    harden_process()
    args = list(sys.argv[1:] if argv is None else argv)
    if wants_gui(args):
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
