"""The forms of violence that need their own care, and the signalenlijsten: shipped data,
checked as data, in our words and with sources."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain.enums import ViolenceForm
from app.domain.violence_forms import AgeGroup, FormsDataRefused, load_forms, shipped_forms

OWN_CARE = {
    ViolenceForm.HONOUR_RELATED_VIOLENCE,
    ViolenceForm.FEMALE_GENITAL_MUTILATION,
    ViolenceForm.FORCED_MARRIAGE,
    ViolenceForm.HUMAN_TRAFFICKING,
    ViolenceForm.ELDER_ABUSE,
}


def test_the_forms_that_need_their_own_care_say_so_for_every_step() -> None:
    forms = shipped_forms()
    assert {f for f, g in forms.guides.items() if g.needs_own_care} == OWN_CARE
    for form in OWN_CARE:
        guide = forms.guide(form)
        assert guide is not None
        assert guide.care and guide.consultation and guide.conversation and guide.weighing
        assert "Veilig Thuis" in guide.care
        for source in guide.sources:
            assert source.title and source.publisher and 2000 <= source.year <= 2026


def test_what_each_form_asks_is_in_the_data() -> None:
    forms = shipped_forms()

    def guide(form: ViolenceForm) -> str:
        found = forms.guide(form)
        assert found is not None
        return " ".join((found.care, found.consultation, found.conversation, found.weighing))

    honour = guide(ViolenceForm.HONOUR_RELATED_VIOLENCE)
    assert "niet eerst met de familie" in honour and "escalatie" in honour
    assert "risico-inschatting" in honour
    mutilation = guide(ViolenceForm.FEMALE_GENITAL_MUTILATION)
    assert "moeder besneden" in mutilation and "dochter" in mutilation
    marriage = guide(ViolenceForm.FORCED_MARRIAGE)
    assert "achtergelaten" in marriage and "niet eerst met de familie" in marriage
    assert "loverboy" in guide(ViolenceForm.HUMAN_TRAFFICKING)
    elder = guide(ViolenceForm.ELDER_ABUSE)
    assert "financiële uitbuiting" in elder and "zijn wil telt" in elder


def test_every_form_has_signs_per_age_group_and_each_citation_leads_back() -> None:
    forms = shipped_forms()
    listed = set(forms.guides)
    assert listed == set(ViolenceForm) - {ViolenceForm.NOT_YET_CLEAR}
    for guide in forms.guides.values():
        assert guide.signs and guide.ages()
        for age in guide.ages():
            assert 1 <= len(guide.signs_for(age)) <= 6  # a short list
        for sign in guide.signs:
            assert forms.sign(sign.citation) == sign
    elder = forms.guide(ViolenceForm.ELDER_ABUSE)
    assert elder is not None and AgeGroup.OLDER_PERSON in elder.ages()
    assert forms.sign("neglect/baby/bestaat-niet") is None
    assert forms.sign("onzin") is None


@pytest.mark.parametrize(
    ("text", "fault"),
    [
        ("format = 2\nforms = []", "format"),
        ('format = 1\n[[forms]]\nform = "weet_niet"', "unknown form"),
        ('format = 1\n[[forms]]\nform = "neglect"', "no source"),
        (
            'format = 1\n[[forms]]\nform = "neglect"\ncare = "Zorg."\n'
            '[[forms.sources]]\ntitle = "T"\npublisher = "P"\nyear = 2020',
            "care without",
        ),
        (
            'format = 1\n[[forms]]\nform = "neglect"\n[[forms.sources]]\ntitle = "T"\n'
            'publisher = "P"\nyear = 2020\n[[forms.signs]]\nage = "kleuter"\nitems = []',
            "unknown age group",
        ),
        (
            'format = 1\n[[forms]]\nform = "neglect"\n[[forms.sources]]\ntitle = "T"\n'
            'publisher = "P"\nyear = 2020\n[[forms.signs]]\nage = "baby"\n'
            'items = [{ id = "vw-b1", text = "A" }, { id = "vw-b1", text = "B" }]',
            "twice",
        ),
    ],
)
def test_broken_data_is_refused(tmp_path: Path, text: str, fault: str) -> None:
    path = tmp_path / "geweldsvormen.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(FormsDataRefused, match=fault):
        load_forms(path)


def test_cited_signs_print_with_their_citation() -> None:
    from app.domain.violence_forms import cited_signs_text

    text = cited_signs_text(["elder_abuse/oudere/om-o3", "neglect/baby/weg"])
    first, second = text.splitlines()
    assert first.startswith("- Rekeningen blijven onbetaald")
    assert first.endswith("(oudere; signalenlijst elder_abuse/oudere/om-o3)")
    assert second == "- neglect/baby/weg"  # an unknown citation is printed as it was stored
