import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.bsn import is_valid_bsn, masked_bsn, normalise_bsn


@pytest.mark.parametrize("bsn", ["111222333", "123456782", "111.222.333", " 123 456 782 "])
def test_valid_numbers_pass(bsn: str) -> None:
    assert is_valid_bsn(bsn)


@pytest.mark.parametrize(
    "bsn", ["000000000", "123456789", "11122233", "1112223334", "12345678a", "", "١١١٢٢٢٣٣٣"]
)
def test_invalid_numbers_fail(bsn: str) -> None:
    assert not is_valid_bsn(bsn)


def weighted_sum(digits: str) -> int:
    weights = (9, 8, 7, 6, 5, 4, 3, 2, -1)
    return sum(int(d) * w for d, w in zip(digits, weights, strict=True))


@given(st.text(alphabet="0123456789", min_size=9, max_size=9))
def test_elfproef_matches_its_definition(digits: str) -> None:
    expected = weighted_sum(digits) % 11 == 0 and digits != "000000000"
    assert is_valid_bsn(digits) == expected


def with_check_digit(first_eight: str) -> str:
    """The ninth digit that makes the elfproef hold (its weight is -1)."""
    return first_eight + str(weighted_sum(first_eight + "0") % 11)


# Built, not filtered: only 1 in 11 random numbers passes, too few for hypothesis' health check.
valid_bsns = (
    st.text(alphabet="0123456789", min_size=8, max_size=8)
    .filter(lambda eight: weighted_sum(eight + "0") % 11 != 10 and eight != "00000000")
    .map(with_check_digit)
)


@given(valid_bsns, st.integers(0, 8), st.integers(1, 9))
def test_any_single_digit_typo_is_caught(valid: str, position: int, shift: int) -> None:
    assert is_valid_bsn(valid)
    changed = str((int(valid[position]) + shift) % 10)
    typo = valid[:position] + changed + valid[position + 1 :]
    assert not is_valid_bsn(typo)


def test_normalise_and_mask() -> None:
    assert normalise_bsn("111.222.333") == "111222333"
    assert masked_bsn("111222333") == "••••••333"
