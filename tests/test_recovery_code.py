from hypothesis import given
from hypothesis import strategies as st

from app.crypto.recovery import (
    ALPHABET,
    generate_recovery_code,
    normalise_recovery_code,
)


def test_generated_code_has_six_groups_of_five() -> None:
    code = generate_recovery_code()
    groups = code.split("-")
    assert [len(g) for g in groups] == [5] * 6
    assert all(ch in ALPHABET for ch in "".join(groups))


def test_codes_differ() -> None:
    assert len({generate_recovery_code() for _ in range(50)}) == 50


def test_typed_code_is_forgiven_case_spaces_and_lookalikes() -> None:
    code = "0123A-BCDEF-GHJKM-NPQRS-TVWXY-Z1111"
    typed = "o123a bcdef ghjkm npqrs tvwxy zilI1"
    assert normalise_recovery_code(typed) == code


def test_wrong_length_or_symbols_are_refused() -> None:
    assert normalise_recovery_code("ABCDE") is None
    assert normalise_recovery_code("ABCDE-FGHJK-MNPQR-STVWX-YZ012-3456#") is None


@given(st.text(alphabet=ALPHABET, min_size=30, max_size=30))
def test_any_code_survives_formatting_and_normalising(symbols: str) -> None:
    formatted = normalise_recovery_code(symbols)
    assert formatted is not None
    assert normalise_recovery_code(formatted.lower().replace("-", " ")) == formatted
