"""Text as matching compares it: the form a search or a privacy check looks for.

Only ever used to compare; what is stored and shown is never folded.
"""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"\w+")

# Letters that carry their mark inside themselves, so removing combining marks leaves them as
# they are; people typing on a Dutch keyboard write the plain letter ("Yilmaz", "Lukasz").
_PLAIN_LETTERS = str.maketrans(
    {"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "ħ": "h", "ŧ": "t", "æ": "ae", "œ": "oe"}
)


def match_form(text: str) -> str:
    """The text as search compares it: folded case, no accents. For matching only."""
    if text.isascii():
        # Most texts are plain Dutch; for ASCII every step below comes down to lower case.
        return text.lower()
    # Compatibility forms first (a full-width or mathematical capital becomes a plain one),
    # then case; decomposing again after folding keeps the result stable when folded twice.
    folded = unicodedata.normalize("NFKD", text).casefold().translate(_PLAIN_LETTERS)
    decomposed = unicodedata.normalize("NFKD", folded)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", bare)


def words(text: str) -> list[str]:
    return _WORD.findall(match_form(text))
