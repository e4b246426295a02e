"""The Dutch citizen service number (BSN) and its eleven-test (elfproef)."""

from __future__ import annotations

BSN_LENGTH = 9


def normalise_bsn(text: str) -> str:
    """Digits only: users type BSNs with spaces or dots (123.456.782)."""
    return "".join(ch for ch in text if not ch.isspace() and ch not in ".-")


def is_valid_bsn(text: str) -> bool:
    """Nine digits whose weighted sum (9..2, and -1 for the last) divides by 11; not all zeros."""
    digits = normalise_bsn(text)
    if len(digits) != BSN_LENGTH or not digits.isascii() or not digits.isdigit():
        return False
    if digits == "0" * BSN_LENGTH:
        return False
    weights = (9, 8, 7, 6, 5, 4, 3, 2, -1)
    total = sum(int(d) * w for d, w in zip(digits, weights, strict=True))
    return total % 11 == 0


def masked_bsn(text: str) -> str:
    """Shown in lists: enough to tell two people apart, not enough to copy."""
    digits = normalise_bsn(text)
    return "•" * (len(digits) - 3) + digits[-3:] if len(digits) > 3 else digits
