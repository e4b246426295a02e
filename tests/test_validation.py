from datetime import date, datetime, time, timedelta

import pytest

from app.domain.models import CaseDraft, PersonDraft, SignalDraft, UserDraft
from app.domain.passphrase import strength, validate_new_passphrase
from app.domain.validation import (
    parse_time,
    validate_case,
    validate_person,
    validate_signal,
    validate_user,
)
from app.errors import ValidationError

TODAY = date.today()


def signal(**changes: object) -> SignalDraft:
    values: dict[str, object] = {
        "observed_on": TODAY,
        "observed_time": None,
        "observed_by": "Anna de Vries",
        "source": "own_observation",
        "form": "physical_abuse",
        "facts": "Blauwe plek op de linkerarm, circa 3 cm.",
        "interpretation": "",
    }
    values.update(changes)
    return SignalDraft(**values)  # type: ignore[arg-type]


def fields_of(exc: pytest.ExceptionInfo[ValidationError]) -> set[str]:
    return set(exc.value.field_errors)


def test_case_title_is_required_and_trimmed() -> None:
    assert validate_case(CaseDraft("  Gezin A  ")).title == "Gezin A"
    with pytest.raises(ValidationError) as exc:
        validate_case(CaseDraft("   "))
    assert fields_of(exc) == {"title"}
    assert "titel" in exc.value.field_errors["title"].format()


def test_case_title_has_a_limit() -> None:
    with pytest.raises(ValidationError) as exc:
        validate_case(CaseDraft("x" * 121))
    assert "hoogstens 120" in exc.value.field_errors["title"].format()


def test_signal_dates_cannot_lie_in_the_future() -> None:
    with pytest.raises(ValidationError) as exc:
        validate_signal(signal(observed_on=TODAY + timedelta(days=1)))
    assert fields_of(exc) == {"observed_on"}
    assert "toekomst" in exc.value.field_errors["observed_on"].format()


def test_signal_time_later_today_is_in_the_future() -> None:
    now = datetime.combine(TODAY, time(10, 0)).astimezone()
    with pytest.raises(ValidationError) as exc:
        validate_signal(signal(observed_time=time(11, 0)), now=now)
    assert fields_of(exc) == {"observed_time"}
    assert validate_signal(signal(observed_time=time(9, 0)), now=now)


def test_every_faulty_signal_field_is_named_at_once() -> None:
    with pytest.raises(ValidationError) as exc:
        validate_signal(signal(observed_on=None, source="", form="", facts=" ", observed_by=""))
    assert fields_of(exc) == {"observed_on", "source", "form", "facts", "observed_by"}
    assert all(m.format() for m in exc.value.field_errors.values())


def test_interpretation_is_optional_but_kept_apart() -> None:
    clean = validate_signal(signal(interpretation="  Mogelijk niet-accidenteel  "))
    assert clean.interpretation == "Mogelijk niet-accidenteel"
    assert clean.facts.startswith("Blauwe plek")


def test_person_needs_name_and_role_and_a_valid_bsn() -> None:
    with pytest.raises(ValidationError) as exc:
        validate_person(PersonDraft(role="nobody", name="", bsn="123456789"))
    assert fields_of(exc) == {"role", "name", "bsn"}
    assert "elfproef" in exc.value.field_errors["bsn"].format()
    clean = validate_person(PersonDraft(role="child", name="Sam", bsn="111 222 333"))
    assert clean.bsn == "111222333"


def test_person_birth_date_sanity() -> None:
    with pytest.raises(ValidationError) as exc:
        validate_person(PersonDraft("child", "Sam", date_of_birth=TODAY + timedelta(days=1)))
    assert fields_of(exc) == {"date_of_birth"}
    with pytest.raises(ValidationError):
        validate_person(PersonDraft("child", "Sam", date_of_birth=date(1899, 12, 31)))


def test_user_phone_is_digits() -> None:
    with pytest.raises(ValidationError) as exc:
        validate_user(UserDraft("Anna", phone="bel me"))
    assert fields_of(exc) == {"phone"}


def test_new_passphrase_rules() -> None:
    with pytest.raises(ValidationError) as exc:
        validate_new_passphrase("kort", "anders")
    assert fields_of(exc) == {"passphrase", "passphrase_repeat"}
    with pytest.raises(ValidationError):
        validate_new_passphrase("aaaaaaaaaaaaaaaa", "aaaaaaaaaaaaaaaa")
    assert validate_new_passphrase(
        "paarse olifant fietst door Zwolle", "paarse olifant fietst door Zwolle"
    )


def test_strength_grows_with_length() -> None:
    scores = [
        strength(p)[0]
        for p in (
            "kort",
            "wachtwoord123",
            "paarse olifant fietst",
            "paarse olifant fietst door Zwolle 1987",
        )
    ]
    assert scores == sorted(scores)
    assert scores[0] == 0 and scores[-1] >= 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("14:05", time(14, 5)),
        ("1405", time(14, 5)),
        ("9.30", time(9, 30)),
        ("25:00", None),
        ("", None),
    ],
)
def test_parse_time(text: str, expected: time | None) -> None:
    assert parse_time(text) == expected
