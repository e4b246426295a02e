"""A character the documents cannot print is refused at its field when typed, not at export."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.enums import PersonRole
from app.domain.models import CaseDraft, PersonDraft, SignalDraft
from app.domain.printable import first_unprintable
from app.domain.validation import validate_case, validate_person, validate_signal
from app.errors import ValidationError
from app.export import fonts
from tests.support import printable_characters
from tests.tools.font_coverage import coverage_text


def test_the_kept_coverage_is_what_the_fonts_draw() -> None:
    """resources/fonts/printable.txt, which the fields read, says what the fonts say."""
    kept = (fonts.font_folder() / "printable.txt").read_text(encoding="ascii")
    assert kept == coverage_text(), "run: python -m tests.tools.font_coverage"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Gezin Zwartewaalstra 👨\u200d👩\u200d👧", "U+1F468"),  # a family emoji: no font has it
        ("Duim 👍🏽", "U+1F3FD"),  # the skin tone of an emoji the fonts do have
        ("Kumar தமிழ்", "U+0BA4"),  # Tamil: a script the program does not ship
        ("privé \ue000", "U+E000"),
    ],
)
def test_what_no_font_draws_is_refused_at_the_field_as_typed(text: str, code: str) -> None:
    with pytest.raises(ValidationError) as title:
        validate_case(CaseDraft(text))
    assert list(title.value.field_errors) == ["title"]
    assert code in str(title.value) and "afgedrukt" in str(title.value)
    with pytest.raises(ValidationError) as facts:
        validate_signal(SignalDraft(date(2026, 3, 2), None, "", "own_observation", "neglect", text))
    assert "facts" in facts.value.field_errors
    with pytest.raises(ValidationError) as name:
        validate_person(PersonDraft(PersonRole.CHILD, text))
    assert "name" in name.value.field_errors


def test_what_the_fonts_draw_is_kept_in_every_script() -> None:
    for text in ("Zoë e\u0301", "Олена", "محمد العلوي", "ትግርኛ", "张伟", "Nguyễn", "😢 👍"):
        assert validate_case(CaseDraft(text)).title == text


@settings(max_examples=200)
@given(st.text(st.one_of(printable_characters(), st.characters()), max_size=40))
def test_a_field_keeps_a_text_exactly_or_refuses_it_and_the_export_agrees(text: str) -> None:
    try:
        kept = validate_case(CaseDraft(text))
    except ValidationError as refused:
        assert list(refused.field_errors) == ["title"]
    else:
        assert kept.title == text.strip()
        # What a field keeps, the documents can print (their own check, from the fonts).
        assert fonts.first_unprintable(kept.title) is None
        assert first_unprintable(kept.title) is None
