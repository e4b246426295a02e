"""The export passphrase: our own word list, its strength, and the read-aloud form."""

from __future__ import annotations

import math
import re

import pytest

from app.export import phone_passphrase as pp

# Words that have no place in a phrase read out while reporting violence.
UNSUITABLE = {"mes", "slaan", "schop", "bloed", "dood", "pijn", "wapen", "geweer", "kogel"}


def test_the_word_list_is_ours_and_plain() -> None:
    words = pp.word_list()
    assert len(words) >= 1024
    assert len(set(words)) == len(words), "every word once"
    for word in words:
        assert re.fullmatch(r"[a-z]{3,9}", word), word  # no diacritics, capitals or digits
        # one spelling when heard: no ij/ei, au/ou, c, q, x, y, no final d or b
        assert not re.search(r"ij|ei|au|ou|c|q|x|y|sh|ph", word.replace("sch", "s")), word
        assert word[-1] not in "db", word
    assert UNSUITABLE.isdisjoint(words)


def test_entropy_follows_from_the_list_size() -> None:
    size = len(pp.word_list())
    expected = pp.WORD_COUNT * math.log2(size) + math.log2(90)
    assert pp.entropy_bits() == pytest.approx(expected)
    assert pp.entropy_bits() >= pp.MIN_BITS >= 75
    # the header of the list states the same figures
    header = pp.word_list_path().read_text(encoding="utf-8")
    assert f"Omvang: {size} woorden" in header
    assert f"= {pp.entropy_bits():.1f} bit".replace(".", ",") in header


def test_a_generated_passphrase_has_the_promised_shape() -> None:
    phrase = pp.generate()
    assert len(phrase.words) == pp.WORD_COUNT
    assert set(phrase.words) <= set(pp.word_list())
    assert 10 <= phrase.number <= 99
    assert re.fullmatch(r"([a-z]+-){7}[1-9][0-9]", phrase.text)
    assert str(phrase) == phrase.text
    # PDF 2.0 (AES-256, R6) takes passwords up to 127 bytes
    assert len(phrase.text.encode("utf-8")) <= 127
    assert phrase.text not in repr(phrase) and phrase.words[0] not in repr(phrase)
    assert pp.generate().text != phrase.text


def test_passphrases_are_drawn_with_secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pp.secrets, "choice", lambda seq: seq[3])
    monkeypatch.setattr(pp.secrets, "randbelow", lambda n: n - 1)
    phrase = pp.generate()
    assert phrase.words == (pp.word_list()[3],) * pp.WORD_COUNT
    assert phrase.number == 99


def test_reading_aloud_numbers_the_words_and_names_the_digits() -> None:
    phrase = pp.PhonePassphrase(("appel", "fiets", "zolder", "tuin", "boek", "vaas", "kano"), 40)
    assert pp.reading_aloud(phrase) == [
        "1. appel",
        "2. fiets",
        "3. zolder",
        "4. tuin",
        "5. boek",
        "6. vaas",
        "7. kano",
        "8. getal 40: vier, nul",
        "Alles in kleine letters, met een streepje (-) tussen de delen.",
    ]
