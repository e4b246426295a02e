"""Recovery codes: 30 random symbols, written down once, readable over the phone.

Crockford's base-32 alphabet leaves out I, L, O and U, so a code copied by hand survives the
usual confusions; reading it back forgives case, spaces, dashes and the look-alike letters.
"""

from __future__ import annotations

import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
GROUPS = 6
GROUP_SIZE = 5
_LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"})


def generate_recovery_code() -> str:
    symbols = "".join(secrets.choice(ALPHABET) for _ in range(GROUPS * GROUP_SIZE))
    return format_recovery_code(symbols)


def format_recovery_code(symbols: str) -> str:
    return "-".join(symbols[i : i + GROUP_SIZE] for i in range(0, len(symbols), GROUP_SIZE))


def normalise_recovery_code(text: str) -> str | None:
    """The canonical form of a typed code, or None when it cannot be one."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum()).translate(_LOOKALIKES)
    if len(cleaned) != GROUPS * GROUP_SIZE or any(ch not in ALPHABET for ch in cleaned):
        return None
    return format_recovery_code(cleaned)
