"""The profession group: choices for the settings, the lock of the policy, the default kader."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.errors import ValidationError
from app.framework.library import FrameworkUnavailable, load_library
from app.framework.profession import (
    ProfessionGroupLocked,
    choose_profession_group,
    framework_for_case,
    profession_group_choices,
    profession_group_setting,
    start_for_case,
)
from app.framework.terms import Entry
from app.settings import Settings, load_settings, save_settings

LIBRARY = load_library()


def test_the_dropdown_lists_each_group_once_by_name_with_its_version() -> None:
    choices = profession_group_choices(LIBRARY)
    ids = [c.id for c in choices]
    own_groups = {k.group.id for k in LIBRARY.frameworks}
    assert len(ids) == len(set(ids)) == len(own_groups) + len(LIBRARY.pointers)
    assert len(own_groups) == len(LIBRARY.newest())  # one kader per group is shipped
    assert {p.id for p in LIBRARY.pointers} <= set(ids)  # a dentist finds "Tandartsen"
    assert {"algemeen", "artsen", "kinderopvang", "onderwijs"} <= set(ids)
    names = [c.name.casefold() for c in choices]
    assert names == sorted(names)
    childcare = next(c for c in choices if c.id == "kinderopvang")
    assert childcare.version == "2.0" and childcare.name.startswith("Kinderopvang")


def test_the_group_chooses_the_default_kader_and_no_group_means_the_general_model() -> None:
    assert framework_for_case(Settings(profession_group="artsen"), LIBRARY).id == "artsen"
    assert framework_for_case(Settings(), LIBRARY).id == "algemeen"
    setting = profession_group_setting(Settings(profession_group="verloskunde"), LIBRARY)
    assert setting.group_id == "verloskunde"
    assert profession_group_setting(Settings(), LIBRARY).group_id == "algemeen"
    assert setting.default_framework is not None
    assert setting.default_framework.id == "verloskunde" and not setting.locked


def test_a_case_may_be_weighed_under_another_kader() -> None:
    settings = Settings(profession_group="artsen")
    assessment = start_for_case(settings, LIBRARY, "kinderopvang")
    assert assessment.framework.id == "kinderopvang" and assessment.entry is Entry.CHECK
    assert assessment.current_question is not None
    assert assessment.current_question.id == "route"
    assert assessment.record().framework_id == "kinderopvang"


def test_an_unknown_group_is_never_weighed_under_another_groups_kader() -> None:
    with pytest.raises(FrameworkUnavailable):
        framework_for_case(Settings(profession_group="bakkers"), LIBRARY)


def test_a_group_that_points_to_another_kader_weighs_under_it() -> None:
    """A dentist's weging is made under the doctors' kader, as its own, not as another's."""
    framework = framework_for_case(Settings(profession_group="tandartsen"), LIBRARY)
    assert (framework.id, framework.version) == ("artsen", "2.0")


def test_choosing_a_group_and_the_administrators_lock(tmp_path: Path) -> None:
    chosen = choose_profession_group(Settings(), "onderwijs", LIBRARY)
    assert chosen.profession_group == "onderwijs"
    with pytest.raises(ValidationError) as raised:
        choose_profession_group(Settings(), "bakkers", LIBRARY)
    assert set(raised.value.field_errors) == {"profession_group"}

    policy = tmp_path / "policy.json"
    policy.write_text(json.dumps({"locked": {"profession_group": "artsen"}}), encoding="utf-8")
    config = tmp_path / "config"
    save_settings(Settings(profession_group="onderwijs"), config)
    locked = load_settings(config, policy)
    setting = profession_group_setting(locked, LIBRARY)
    assert setting.locked and setting.current == "artsen"
    assert setting.default_framework is not None and setting.default_framework.id == "artsen"
    with pytest.raises(ProfessionGroupLocked):
        choose_profession_group(locked, "onderwijs", LIBRARY)
