"""Process hygiene at start: no core dump of a process that holds decrypted case data.

A core dump (or a Windows error report) is a copy of the process's memory: the vault's data
key and whatever case was on screen, in the clear, in a file the program does not control.
What each platform offers is switched off here, once, before anything is decrypted:

- POSIX (Linux, macOS): `RLIMIT_CORE` 0, soft and hard, so no core file is written and the
  limit cannot be raised again by this process.
- Linux: `prctl(PR_SET_DUMPABLE, 0)`: also no core through a `core_pattern` pipe (systemd-
  coredump, apport), and other processes of the same user cannot attach a debugger or read
  this one's memory through /proc.
- Windows: `SetErrorMode` without the crash dialog, and `WerAddExcludedApplication` so Windows
  Error Reporting collects no report (with its memory dump) for this program for this user.

Each step that fails is left out silently (the program still runs); `harden_process` returns
what was done, and the log records it by code only.
"""

from __future__ import annotations

import ctypes
import os
import sys
from typing import Any

PR_SET_DUMPABLE = 4
# SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX | SEM_NOOPENFILEERRORBOX
WINDOWS_ERROR_MODE = 0x0001 | 0x0002 | 0x8000


def harden_process() -> list[str]:
    """Switch off core dumps and crash reports for this process; returns the steps done."""
    done: list[str] = []
    if os.name == "posix" and _no_core_limit():
        done.append("rlimit_core")
    if sys.platform.startswith("linux") and _not_dumpable():
        done.append("not_dumpable")
    if os.name == "nt":
        done.extend(_windows_no_reports())
    return done


def _no_core_limit() -> bool:
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):
        return False
    return True


def _not_dumpable() -> bool:
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return int(libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)) == 0
    except (OSError, AttributeError):
        return False


def _windows_no_reports() -> list[str]:  # pragma: no cover - Windows only
    done: list[str] = []
    windll: Any = getattr(ctypes, "windll", None)
    if windll is None:
        return done
    try:
        windll.kernel32.SetErrorMode(WINDOWS_ERROR_MODE)
        done.append("error_mode")
    except (OSError, AttributeError):
        pass
    try:
        # Per user (FALSE): excluding for all users needs administrator rights.
        exe = os.path.basename(sys.executable)
        if int(windll.wer.WerAddExcludedApplication(ctypes.c_wchar_p(exe), False)) == 0:
            done.append("wer_excluded")
    except (OSError, AttributeError):
        pass
    return done
