"""Reading a typed date: exactly the date typed, or a message that says what is wrong."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.dates import MONTH_NAMES, read_typed_date
from app.domain.entries import FollowUp
from app.domain.entry_validation import validate_entry
from app.domain.enums import FollowUpCheck
from app.domain.models import PersonDraft, SignalDraft
from app.domain.validation import EARLIEST_EVENT, validate_person, validate_signal, validate_year
from app.errors import ValidationError
from app.timeutil import today as today_
from tests.entry_values import consultation


def fault_of(text: str) -> str:
    fault = read_typed_date(text).fault
    assert fault is not None, text
    return fault.format()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("20-11-2026", date(2026, 11, 20)),
        ("3-5-2018", date(2018, 5, 3)),
        ("03/05/2018", date(2018, 5, 3)),
        ("3.5.2018", date(2018, 5, 3)),
        ("  20-11-2026\n", date(2026, 11, 20)),
        ("20112026", date(2026, 11, 20)),
        ("20 november 2026", date(2026, 11, 20)),
        ("20 Nov 2026", date(2026, 11, 20)),
        ("1 mrt 2024", date(2024, 3, 1)),
        ("2026-11-20", date(2026, 11, 20)),
        ("29-02-2024", date(2024, 2, 29)),
    ],
)
def test_dates_as_the_dutch_write_them(text: str, expected: date) -> None:
    assert read_typed_date(text).value == expected
    assert read_typed_date(text).fault is None


def test_empty_is_neither_a_date_nor_a_fault() -> None:
    assert read_typed_date("   ").value is None
    assert read_typed_date("   ").fault is None


def test_a_day_that_does_not_exist_is_named() -> None:
    assert fault_of("31-02-1985") == "Die dag bestaat niet: februari 1985 heeft 28 dagen."
    assert fault_of("29-02-2023") == "Die dag bestaat niet: februari 2023 heeft 28 dagen."
    assert fault_of("31-04-2026") == "Die dag bestaat niet: april 2026 heeft 30 dagen."
    assert fault_of("00-01-2026").startswith("Die dag bestaat niet")


def test_nothing_is_guessed() -> None:
    assert fault_of("27") == "Vul ook maand en jaar in, bijvoorbeeld 20-11-2026."
    assert fault_of("27-8") == "Vul ook het jaar in, bijvoorbeeld 20-11-2026."
    assert fault_of("20-11-26") == "Schrijf het jaar met vier cijfers, bijvoorbeeld 20-11-2026."
    assert fault_of("20-13-2026") == "Maand 13 bestaat niet: kies 1 tot en met 12."
    assert fault_of("04-11--") == "Vul ook het jaar in, bijvoorbeeld 20-11-2026."
    assert fault_of("08:40") == "Schrijf de datum als dd-mm-jjjj, bijvoorbeeld 20-11-2026."
    assert fault_of("gisteren") == "Schrijf de datum als dd-mm-jjjj, bijvoorbeeld 20-11-2026."
    assert fault_of("00-01-0000") == "Jaar 0000 bestaat niet."


@given(st.dates())
def test_every_date_written_the_dutch_way_reads_back_exactly(day: date) -> None:
    for text in (
        f"{day.day:02d}-{day.month:02d}-{day.year:04d}",
        f"{day.day}-{day.month}-{day.year:04d}",
        f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year:04d}",
    ):
        assert read_typed_date(text).value == day


@given(st.text(max_size=40))
def test_any_text_is_a_date_or_a_message_never_an_exception(text: str) -> None:
    typed = read_typed_date(text)
    assert (typed.value is None) or (typed.fault is None)
    if text.strip() and typed.value is None:
        assert typed.fault is not None and typed.fault.format()


def signal(day: date, moment: time | None) -> SignalDraft:
    return SignalDraft(day, moment, "Anna", "own_observation", "neglect", "Feit.", "")


@given(st.dates(), st.none() | st.times())
def test_no_date_crashes_signal_validation(day: date, moment: time | None) -> None:
    try:
        validate_signal(signal(day, moment), now=datetime.now().astimezone())
    except ValidationError as exc:
        assert set(exc.field_errors) <= {"observed_on", "observed_time"}


@given(st.dates())
def test_no_date_crashes_person_validation(day: date) -> None:
    try:
        validate_person(PersonDraft("child", "Sam", date_of_birth=day))
    except ValidationError as exc:
        assert set(exc.field_errors) == {"date_of_birth"}


def test_signal_dates_have_a_lower_bound() -> None:
    for day in (date(1, 1, 1), date(1026, 11, 20), date(1949, 12, 31)):
        with pytest.raises(ValidationError) as exc:
            validate_signal(signal(day, time(8, 40)))
        assert exc.value.field_errors["observed_on"].format() == (
            "Controleer de datum: die ligt vóór 1950."
        )
    assert validate_signal(signal(date(1950, 1, 1), time(8, 40))).observed_on == date(1950, 1, 1)


@given(st.dates())
def test_no_date_crashes_the_validation_of_step_entries(day: date) -> None:
    for value in (
        consultation(held_on=day),
        FollowUp(FollowUpCheck.OTHER, day, description="Bellen"),
        FollowUp(FollowUpCheck.OTHER, today_(), description="Bellen", done_on=day),
    ):
        try:
            validate_entry(value)
        except ValidationError as exc:
            assert set(exc.field_errors) <= {"held_on", "done_on", "outcome", "findings"}


@given(st.integers(min_value=-10_000, max_value=100_000))
def test_a_year_is_kept_as_written_or_refused_at_its_field(year: int) -> None:
    """A year asked for whole (the jaaroverzicht): never widened or moved, only refused."""
    this_year = today_().year
    try:
        kept = validate_year(year)
    except ValidationError as refused:
        assert list(refused.field_errors) == ["year"]
        assert not EARLIEST_EVENT.year <= year <= this_year
        text = refused.field_errors["year"].format()
        assert ("voluit" in text) == (year < 1000)
    else:
        assert kept == year and EARLIEST_EVENT.year <= year <= this_year
