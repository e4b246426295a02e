"""PySide's look at each module imported after it, made without keeping the module's lines.

PySide 6 asks of every module imported after it whether its source holds the word "PySide6"
(its `__feature__` switches apply to those modules only), through `inspect.getsource`. That
puts every line of every such module in Python's line cache for good: some 70,000 lines of
some 200 files once the main window stands, a few MiB that clearing the cache afterwards does
not give back to the system, and 11 ms of reading before the unlock window. The program
selects no `__feature__`; the answer is kept the same all the same, read from the module's
file as bytes, and nothing is kept.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

# PySide's module of the check (part of its signature support, inside shiboken).
FEATURE_MODULE = "shibokensupport.feature"
WORD = b"PySide6"

# PySide's own check, as it was before it was replaced (for the test that both agree).
_pyside_check: list[Callable[[ModuleType], bool]] = []


def uses_pyside(module: ModuleType) -> bool:
    """Whether the module's source file holds the word PySide's check looks for. A module
    without one (built in, compiled, frozen in the executable) holds none, as PySide finds."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False
    try:
        with open(path, "rb") as source:
            return WORD in source.read()
    except OSError:
        return False


def spare_the_sources() -> None:
    """Put `uses_pyside` in the place of PySide's check, once, if this PySide has that check
    where PySide 6.11 has it (another version keeps its own)."""
    import shiboken6  # noqa: F401  (puts PySide's import hook and its check in place)

    feature = sys.modules.get(FEATURE_MODULE)
    check = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(check) or check is uses_pyside:
        return
    _pyside_check.append(check)
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
