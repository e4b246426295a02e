import pytest

from app.crypto import kdf


def params(time_cost: int = 1, salt: bytes = b"s" * 16) -> kdf.KdfParams:
    return kdf.KdfParams(time_cost=time_cost, memory_kib=1024, parallelism=1, salt=salt)


def test_derivation_is_deterministic_for_the_same_parameters() -> None:
    assert kdf.derive("wachtzin", params()) == kdf.derive("wachtzin", params())
    assert len(kdf.derive("wachtzin", params())) == 32


def test_salt_time_cost_and_secret_each_change_the_key() -> None:
    base = kdf.derive("wachtzin", params())
    assert kdf.derive("wachtzin", params(salt=b"t" * 16)) != base
    assert kdf.derive("wachtzin", params(time_cost=2)) != base
    assert kdf.derive("wachtzim", params()) != base


def test_composed_and_decomposed_unicode_give_the_same_key() -> None:
    composed = "caf\u00e9 op het plein"
    decomposed = "cafe\u0301 op het plein"
    assert kdf.derive(composed, params()) == kdf.derive(decomposed, params())


def test_parameters_survive_a_round_trip_through_the_slot_format() -> None:
    original = params(time_cost=3)
    assert kdf.KdfParams.from_dict(original.to_dict()) == original


def test_unknown_algorithm_is_refused() -> None:
    data = params().to_dict() | {"algorithm": "pbkdf2"}
    with pytest.raises(ValueError):
        kdf.KdfParams.from_dict(data)


@pytest.mark.parametrize(
    ("seconds_per_pass", "expected_time_cost"),
    [(0.1, 5), (0.05, 10), (0.3, 2), (2.0, 2), (0.001, 32)],
)
def test_calibration_aims_at_the_target_within_the_bounds(
    seconds_per_pass: float, expected_time_cost: int
) -> None:
    profile = kdf.CalibrationProfile(target_seconds=0.5, memory_kib=1024)
    chosen = kdf.calibrate(profile, measure=lambda _p: seconds_per_pass)
    assert chosen.time_cost == expected_time_cost
    assert chosen.memory_kib == 1024


def test_default_profile_is_memory_hard() -> None:
    assert kdf.DEFAULT_PROFILE.memory_kib >= 64 * 1024
    assert kdf.DEFAULT_PROFILE.target_seconds == 0.5
    assert kdf.DEFAULT_PROFILE.min_time_cost >= 2


def test_each_calibration_draws_a_fresh_salt() -> None:
    profile = kdf.CalibrationProfile(target_seconds=0.5, memory_kib=1024)
    first = kdf.calibrate(profile, measure=lambda _p: 0.1)
    second = kdf.calibrate(profile, measure=lambda _p: 0.1)
    assert first.salt != second.salt
