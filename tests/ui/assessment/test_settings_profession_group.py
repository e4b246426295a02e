"""The profession group in the settings: chosen from the loaded kaders, saved, and locked by the
administrator's policy; a group whose kader did not load is kept and said to be missing."""

from __future__ import annotations

import json
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.framework.library import FrameworkLibrary
from app.framework.profession import profession_group_choices
from app.settings import Settings, load_settings, save_settings
from ui.settings_dialog import SettingsDialog


def test_the_profession_group_is_chosen_from_the_kaders_and_saved(
    qtbot: QtBot, library: FrameworkLibrary
) -> None:
    dialog = SettingsDialog(load_settings(), library=library)
    qtbot.addWidget(dialog)
    combo = dialog.profession_group
    assert combo.isEnabled()
    assert [combo.itemData(i) for i in range(combo.count())] == [
        c.id for c in profession_group_choices(library)
    ]
    assert combo.currentData() == "algemeen"  # nothing chosen yet: the general model
    childcare = combo.findData("kinderopvang")
    assert "Kinderopvang" in combo.itemText(childcare) and "versie 2.0" in combo.itemText(childcare)
    combo.setCurrentIndex(childcare)
    dialog.changed.connect(save_settings)
    with qtbot.waitSignal(dialog.changed) as changed:
        dialog.accept()
    assert changed.args[0].profession_group == "kinderopvang"
    assert load_settings().profession_group == "kinderopvang"
    assert library.default_for_group(load_settings().profession_group) == library.get(
        "kinderopvang"
    )
    again = SettingsDialog(load_settings(), library=library)
    qtbot.addWidget(again)
    assert again.profession_group.currentData() == "kinderopvang"


def test_a_group_locked_by_the_administrator_is_shown_disabled(
    qtbot: QtBot, library: FrameworkLibrary, tmp_path: Path
) -> None:
    (tmp_path / "policy.json").write_text(
        json.dumps({"locked": {"profession_group": "artsen"}}), encoding="utf-8"
    )
    settings = load_settings()
    dialog = SettingsDialog(settings, library=library)
    qtbot.addWidget(dialog)
    assert not dialog.profession_group.isEnabled()
    assert dialog.profession_group.currentData() == "artsen"
    assert dialog.fields["profession_group"].hint.text() == "vastgezet door de beheerder"
    assert dialog.auto_lock.isEnabled()
    dialog.profession_group.setCurrentIndex(dialog.profession_group.findData("onderwijs"))
    assert dialog.chosen().profession_group == "artsen"


def test_a_group_without_a_usable_kader_is_kept_and_named(
    qtbot: QtBot, library_with_a_broken_file: FrameworkLibrary
) -> None:
    dialog = SettingsDialog(Settings(profession_group="artsen"), library=library_with_a_broken_file)
    qtbot.addWidget(dialog)
    combo = dialog.profession_group
    assert combo.currentData() == "artsen"
    assert "geen bruikbaar afwegingskader" in combo.currentText()
    assert "geen afwegingskader geladen" in dialog.fields["profession_group"].hint.text()
    assert dialog.chosen().profession_group == "artsen"


def test_a_choice_the_core_refuses_is_said_at_the_field(
    qtbot: QtBot, library: FrameworkLibrary
) -> None:
    dialog = SettingsDialog(Settings(), library=library)
    qtbot.addWidget(dialog)
    combo = dialog.profession_group
    combo.addItem("Bakkers", "bakkers")  # not a group with a kader (cannot happen by hand)
    combo.setCurrentIndex(combo.findData("bakkers"))
    with qtbot.assertNotEmitted(dialog.changed):
        dialog.accept()
    assert dialog.errors.messages() == {"profession_group": "Kies een beroepsgroep uit de lijst."}
