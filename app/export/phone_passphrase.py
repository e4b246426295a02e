"""The passphrase of an exported document: strong, yet easy to read out over the phone.

The melder sends the encrypted PDF by one channel and phones its passphrase to Veilig Thuis.
The phrase is drawn with `secrets` from our own word list (resources/passphrase/woorden.txt),
shown once by the UI and never stored. Its strength follows from the list alone: every word
adds log2(len(list)) bits and the closing two-digit number log2(90).
"""

from __future__ import annotations

import math
import secrets
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from app.paths import resources_dir

WORD_COUNT = 7
NUMBER_LOW, NUMBER_HIGH = 10, 99  # two digits, never a leading zero to stumble over
SEPARATOR = "-"
MIN_BITS = 75.0

# Spoken to a Dutch Veilig Thuis employee, so always Dutch, whatever the UI language is.
_DIGIT_NAMES = ("nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen")


def word_list_path() -> Path:
    return resources_dir() / "passphrase" / "woorden.txt"


@cache
def word_list() -> tuple[str, ...]:
    """The words, in file order; comment lines (#) and blank lines are skipped."""
    lines = word_list_path().read_text(encoding="utf-8").splitlines()
    return tuple(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def entropy_bits(words: int = WORD_COUNT, list_size: int | None = None) -> float:
    size = len(word_list()) if list_size is None else list_size
    return words * math.log2(size) + math.log2(NUMBER_HIGH - NUMBER_LOW + 1)


@dataclass(frozen=True)
class PhonePassphrase:
    words: tuple[str, ...]
    number: int

    @property
    def text(self) -> str:
        """What is typed into the PDF reader: the words and the number joined by hyphens."""
        return SEPARATOR.join((*self.words, str(self.number)))

    def __str__(self) -> str:
        return self.text

    def __repr__(self) -> str:
        # Never printed by accident into a log or a traceback.
        return "PhonePassphrase(<verborgen>)"


def generate(words: int = WORD_COUNT) -> PhonePassphrase:
    vocabulary = word_list()
    return PhonePassphrase(
        words=tuple(secrets.choice(vocabulary) for _ in range(words)),
        number=NUMBER_LOW + secrets.randbelow(NUMBER_HIGH - NUMBER_LOW + 1),
    )


def reading_aloud(passphrase: PhonePassphrase) -> list[str]:
    """One line per thing to say: numbered words, then the number with its digits named.

    For example: ["1. appel", ..., "7. zolder", "8. getal 42: vier, twee"], with the note
    that everything is written in small letters joined by hyphens.
    """
    lines = [f"{index}. {word}" for index, word in enumerate(passphrase.words, start=1)]
    digits = ", ".join(_DIGIT_NAMES[int(digit)] for digit in str(passphrase.number))
    lines.append(f"{len(passphrase.words) + 1}. getal {passphrase.number}: {digits}")
    lines.append("Alles in kleine letters, met een streepje (-) tussen de delen.")
    return lines
