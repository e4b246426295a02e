"""The one executable: the desktop program without arguments, the administrator CLI with them."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from app import cli


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not cli.wants_gui(args):
        return cli.main(args)
    from ui.application import run_gui

    return run_gui(args)
