"""Argument types the administrator's commands share, and argparse's own texts in Dutch."""

from __future__ import annotations

import argparse
from datetime import date

from app.domain.dates import read_typed_date


def day(text: str) -> date:
    """A date as the window reads one (20-11-2026, 2026-11-20, ...); a fault in Dutch."""
    typed = read_typed_date(text)
    if typed.value is None:
        fault = typed.fault.format() if typed.fault is not None else "Vul een datum in."
        raise argparse.ArgumentTypeError(f"'{text}': {fault}")
    return typed.value


# argparse's own texts (usage, headings, its messages about arguments), in Dutch. argparse
# looks each one up through its module's `_` and `ngettext` when it makes a parser or says
# something, so these are put in their place before the first parser is made.
_ARGPARSE_DUTCH = {
    "usage: ": "gebruik: ",
    "positional arguments": "argumenten",
    "options": "opties",
    "show this help message and exit": "toon deze hulp en stop",
    "show program's version number and exit": "toon het versienummer en stop",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "%(argument_name)s: %(message)s",
    "the following arguments are required: %s": "dit ontbreekt nog: %s",
    "one of the arguments %s is required": "een van deze is nodig: %s",
    "unrecognized arguments: %s": "onbekend: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "%(value)r kan hier niet; kies uit %(choices)s"
    ),
    "invalid %(type)s value: %(value)r": "%(value)r is hier geen geldige waarde",
    "expected one argument": "hier hoort één waarde bij",
    "expected at most one argument": "hier hoort hoogstens één waarde bij",
    "expected at least one argument": "hier hoort minstens één waarde bij",
    "not allowed with argument %s": "kan niet samen met %s",
    "ambiguous option: %(option)s could match %(matches)s": (
        "%(option)s is niet eenduidig: het kan %(matches)s zijn"
    ),
    "ignored explicit argument %r": "%r hoort hier niet bij",
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "onbekende opdracht %(parser_name)r (kies uit %(choices)s)"
    ),
    "can't open '%(filename)s': %(error)s": "'%(filename)s' gaat niet open: %(error)s",
}
_ARGPARSE_DUTCH_PLURAL = {
    "expected %s argument": ("hier hoort %s waarde bij", "hier horen %s waarden bij"),
}


def _dutch(text: str) -> str:
    return _ARGPARSE_DUTCH.get(text, text)


def _dutch_plural(singular: str, plural: str, n: int) -> str:
    forms = _ARGPARSE_DUTCH_PLURAL.get(singular)
    if forms is None:
        return singular if n == 1 else plural
    return forms[0] if n == 1 else forms[1]


def speak_dutch() -> None:
    """argparse's texts in Dutch from here on, in this process (the command line's own)."""
    setattr(argparse, "_", _dutch)  # noqa: B010 (a module's name, not an attribute known to mypy)
    setattr(argparse, "ngettext", _dutch_plural)  # noqa: B010
