"""The check that a document said to hold no personal data really holds none of this vault's.

The jaaroverzicht is built from numbers and fixed labels only, so by construction no client's
data can be in it. Because it may then be saved unencrypted, the text it actually renders is
also checked against what the vault holds about clients before it leaves: every case title,
every name, BSN, address and school of a person involved, and every signal's facts and
interpretation (all their versions). A hit refuses the unencrypted save; the caller learns
how many texts were found, never which. Names and titles are matched as whole words, ignoring
case and spacing, so "Jan" is not found in "januari", but a person called "Mei" is found in the
month "mei": such a false alarm only means the overview is saved encrypted instead. Any nine
digits in a row are treated as a possible BSN, whether or not the vault holds it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.domain.text_match import words
from app.store.backend import opened
from app.store.base import Session

_PERSON_TEXTS = ("name", "bsn", "address", "school_or_childcare")

_WORD = re.compile(r"\w+", re.UNICODE)
# Nine digits in a row, or written as 1234.56.789.
_NINE_DIGITS = re.compile(r"(?<![\d.])(?:\d{9}|\d{4}\.\d{2}\.\d{3})(?![\d.])")


def _words(text: str) -> tuple[str, ...]:
    # The same folding as search, so a name written "Aı" or "Çelik" is found as "AI" or
    # "CELIK": for this check a false alarm is safer than a miss.
    return tuple(words(text))


class PersonalTextScan:
    def __init__(self, session: Session) -> None:
        self._s = session

    def _texts(self) -> Iterator[str]:
        # Every text is opened on this side: on the practice server each is sealed.
        db, sealer = self._s.db, self._s.sealer
        for case_id, title in db.execute("SELECT id, title FROM cases"):
            yield opened(sealer, "cases", "title", int(case_id), title)
        for row in db.execute("SELECT id, name, bsn, address, school_or_childcare FROM persons"):
            for column, stored in zip(_PERSON_TEXTS, row[1:], strict=True):
                yield sealer.open("persons", column, int(row[0]), stored) or ""
        for version_id, facts, interpretation in db.execute(
            "SELECT id, facts, interpretation FROM signal_versions"
        ):
            yield opened(sealer, "signal_versions", "facts", int(version_id), facts)
            yield opened(
                sealer, "signal_versions", "interpretation", int(version_id), interpretation
            )

    def hits(self, rendered: str) -> int:
        """How many of the vault's client texts appear in `rendered` (0: none)."""
        words = _words(rendered)
        joined = " " + " ".join(words) + " "
        found = len(_NINE_DIGITS.findall(rendered))
        single = set(words)
        for text in self._texts():
            sought = _words(text or "")
            if not sought:
                continue
            if len(sought) == 1:
                found += sought[0] in single
            else:
                found += (" " + " ".join(sought) + " ") in joined
        return found
