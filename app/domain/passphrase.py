"""Passphrase rules and the strength hint shown while a user types one.

A long phrase of ordinary words beats a short tangle of symbols, so the hint rewards length
and variety and punishes repetition and the obvious. It is a guide, not a guarantee; the rule
that is enforced is a minimum length.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from app.domain.validation import FieldErrors, msg
from app.i18n import QT_TRANSLATE_NOOP, Message

MIN_LENGTH = 12
_COMMON = ("wachtwoord", "password", "welkom", "meldcode", "123456", "qwerty", "azerty", "geheim")


def estimate_bits(passphrase: str) -> float:
    if not passphrase:
        return 0.0
    pool = 0
    if any(c.islower() for c in passphrase):
        pool += 26
    if any(c.isupper() for c in passphrase):
        pool += 26
    if any(c.isdigit() for c in passphrase):
        pool += 10
    if any(not c.isalnum() for c in passphrase):
        pool += 33
    distinct = len(set(passphrase))
    effective_length = min(len(passphrase), distinct * 3)
    bits = effective_length * math.log2(max(pool, 2))
    lowered = passphrase.lower()
    if any(word in lowered for word in _COMMON):
        bits /= 2
    return bits


def strength(passphrase: str) -> tuple[int, Message]:
    """A score 0..4 and a Dutch hint for the field."""
    bits = estimate_bits(passphrase)
    if len(passphrase) < MIN_LENGTH:
        return 0, msg(
            QT_TRANSLATE_NOOP(
                "validation", "Te kort: gebruik minstens {n} tekens, bijvoorbeeld vier woorden."
            ),
            n=MIN_LENGTH,
        )
    if bits < 50:
        return 1, msg(
            QT_TRANSLATE_NOOP("validation", "Zwak: maak de wachtzin langer of minder voorspelbaar.")
        )
    if bits < 70:
        return 2, msg(
            QT_TRANSLATE_NOOP("validation", "Redelijk: een extra woord maakt haar sterker.")
        )
    if bits < 90:
        return 3, msg(QT_TRANSLATE_NOOP("validation", "Sterk."))
    return 4, msg(QT_TRANSLATE_NOOP("validation", "Zeer sterk."))


def validate_new_passphrase(
    passphrase: str, repeat: str, given: Callable[[str], bool] | None = None
) -> str:
    """A new passphrase, strong enough and typed twice alike. `given`: whether a passphrase
    still opens the first one a beheerder gave (asked last, as it takes a key derivation);
    the user's own may not be that one, which the beheerder knows too."""
    errors = FieldErrors()
    score, hint = strength(passphrase)
    if len(passphrase) < MIN_LENGTH or score < 2:
        errors.add("passphrase", hint)
    if passphrase != repeat:
        errors.add(
            "passphrase_repeat",
            msg(QT_TRANSLATE_NOOP("validation", "De twee wachtzinnen zijn niet gelijk.")),
        )
    errors.raise_if_any()
    if given is not None and given(passphrase):
        errors.add(
            "passphrase",
            msg(
                QT_TRANSLATE_NOOP(
                    "validation",
                    "Dit is de eerste wachtzin die de beheerder u gaf, en die kent de beheerder"
                    " ook. Kies een wachtzin die alleen u kent.",
                )
            ),
        )
        errors.raise_if_any()
    return passphrase
