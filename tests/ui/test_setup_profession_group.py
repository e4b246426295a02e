"""The profession group is chosen while setting up, from the kaders the program has; a group
the administrator's policy sets is shown there and cannot be changed."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from app.framework.library import load_library
from app.framework.profession import profession_group_choices
from app.settings import load_settings
from tests.ui.conftest import WORKER_TIMEOUT_MS, choose, click, type_into
from ui.main_window import MainWindow
from ui.setup_wizard import SetupWizard
from ui.shell import Shell


def to_user_page(qtbot: QtBot, shell: Shell) -> SetupWizard:
    shell.start()
    wizard = shell.wizard
    assert isinstance(wizard, SetupWizard)
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    assert wizard.currentId() == SetupWizard.USER_PAGE
    type_into(qtbot, wizard.user_page.display_name, "Anna de Vries")
    return wizard


def finish(qtbot: QtBot, shell: Shell, wizard: SetupWizard) -> MainWindow:
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    assert wizard.currentId() == SetupWizard.PASSPHRASE_PAGE
    passphrase = "vier woorden die ik onthoud"
    type_into(qtbot, wizard.passphrase_page.input.passphrase, passphrase)
    type_into(qtbot, wizard.passphrase_page.input.repeat, passphrase)
    click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
    qtbot.waitUntil(
        lambda: wizard.currentId() == SetupWizard.RECOVERY_PAGE, timeout=WORKER_TIMEOUT_MS
    )
    wizard.recovery_page.noted.setChecked(True)
    with qtbot.waitSignal(shell.entered) as entered:
        click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    main = entered.args[0]
    assert isinstance(main, MainWindow)
    return main


def test_the_group_is_asked_during_setup_and_kept(
    qtbot: QtBot, make_shell: Callable[..., Shell]
) -> None:
    shell = make_shell()
    wizard = to_user_page(qtbot, shell)
    page = wizard.user_page
    names = [page.group.itemText(i) for i in range(1, page.group.count())]
    assert names == [c.name for c in profession_group_choices(load_library())]
    assert page.group.isEnabled() and page.group_id() == ""

    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    assert wizard.currentId() == SetupWizard.USER_PAGE
    assert page.errors.messages() == {"profession_group": "Kies een beroepsgroep uit de lijst."}

    choose(page.group, "artsen")
    assert "profession_group" not in page.errors.messages()
    main = finish(qtbot, shell, wizard)
    assert shell.settings.profession_group == "artsen"
    assert load_settings().profession_group == "artsen"  # saved, not only for this session
    assert main.case_weighing.own_framework() is not None
    assert main.case_weighing.own_framework().group.id == "artsen"  # type: ignore[union-attr]


def test_a_group_the_administrator_set_is_shown_and_locked(
    qtbot: QtBot, make_shell: Callable[..., Shell], tmp_path: Path
) -> None:
    policy = tmp_path / "policy.json"  # where the tests' policy file is (see conftest)
    policy.write_text(json.dumps({"locked": {"profession_group": "verloskunde"}}))
    settings = load_settings()
    assert settings.is_locked("profession_group")
    shell = make_shell(settings=settings)
    wizard = to_user_page(qtbot, shell)
    page = wizard.user_page
    assert not page.group.isEnabled()
    assert page.group_id() == "verloskunde"
    assert page.fields["profession_group"].hint.text() == (
        "Vastgezet door de beheerder van deze computer."
    )
    finish(qtbot, shell, wizard)
    assert shell.settings.profession_group == "verloskunde"
