"""A second export of the same melding says that it replaces the first, which passphrase
belongs to which file, and offers to remove the older file."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.case_documents.exports import earlier_report_exports, export_report_for_case
from app.domain.models import CaseDraft
from app.timeutil import utc_now
from app.vault.vault import Vault
from tests.export import samples
from tests.ui.conftest import Questions, click
from tests.ui.report.conftest import open_passphrase_dialog
from ui.report.composer import ReportComposerDialog


def export_once(qtbot: QtBot, composer: ReportComposerDialog) -> tuple[Path, str]:
    panel = composer.export_panel
    with qtbot.waitSignal(composer.exported, timeout=20_000) as exported:
        click(qtbot, panel.export_button)
    qtbot.waitUntil(lambda: not panel.running)
    dialog = open_passphrase_dialog(qtbot, composer)
    intro, passphrase = dialog.intro.text(), dialog.passphrase_text
    dialog.accept()
    qtbot.waitUntil(lambda: panel.passphrase_dialog is None)
    path = exported.args[0]
    assert isinstance(path, Path)
    return path, intro + "\n" + passphrase


def test_the_second_export_replaces_the_first_and_offers_to_remove_it(
    qtbot: QtBot,
    composer: ReportComposerDialog,
    export_folder: Path,
    system_temp: Path,
    questions: Questions,
) -> None:
    click(qtbot, composer.next_button)
    panel = composer.export_panel
    panel.set_previous(())  # a melding that was never saved before
    panel.folder.setText(str(export_folder))
    click(qtbot, composer.reminder.confirm)
    assert not panel.replace_note.isVisible()

    first, first_intro = export_once(qtbot, composer)
    assert "eerdere" not in first_intro
    assert questions.asked == []  # nothing to remove yet
    # Before the second export: it will replace the first, each with its own passphrase.
    assert panel.replace_note.isVisible()
    note = panel.replace_note.text()
    assert "al eerder opgeslagen" in note and first.name in note
    assert "vervangt het eerdere" in note and "eigen wachtzin" in note

    questions.answers.append(True)
    second, second_intro = export_once(qtbot, composer)
    assert second != first
    assert f"Deze wachtzin hoort alleen bij het nieuwe bestand {second.name}" in second_intro
    assert f"Het eerdere bestand {first.name} opent alleen met de wachtzin" in second_intro
    assert first_intro.splitlines()[-1] != second_intro.splitlines()[-1]  # two passphrases
    assert len(questions.asked) == 1 and first.name in questions.asked[0]
    assert second.name in questions.asked[0]
    assert not first.exists() and second.exists()
    assert f"Het eerdere bestand {first.name} is verwijderd." in panel.saved.text()

    # Kept when the user says so.
    questions.answers.append(False)
    third, _ = export_once(qtbot, composer)
    assert second.exists() and third.exists()


def test_an_export_of_an_earlier_session_is_named_and_found_by_the_user(
    qtbot: QtBot,
    composer: ReportComposerDialog,
    export_folder: Path,
    system_temp: Path,
    questions: Questions,
) -> None:
    click(qtbot, composer.next_button)
    panel = composer.export_panel
    earlier_moment = utc_now() - timedelta(days=1)
    panel.set_previous([earlier_moment])  # the vault knows when, not where
    panel.folder.setText(str(export_folder))
    click(qtbot, composer.reminder.confirm)
    assert panel.replace_note.isVisible()
    assert "al eerder opgeslagen" in panel.replace_note.text()

    _, intro = export_once(qtbot, composer)
    assert "Het eerdere bestand opent alleen met de wachtzin die u toen kreeg" in intro
    assert questions.asked == []  # where it is, the program does not know
    assert panel.find_previous_button.isVisible()


def test_the_vault_knows_when_the_melding_was_saved_not_where(
    vault: Vault, export_folder: Path
) -> None:
    case_id = vault.cases.create(CaseDraft("Gezin A")).id
    assert earlier_report_exports(vault, case_id) == []
    before = utc_now()
    path = export_report_for_case(
        vault, case_id, samples.report(), "een wachtzin van vier woorden", export_folder
    )
    moments = earlier_report_exports(vault, case_id)
    assert len(moments) == 1 and moments[0] >= before.replace(microsecond=0)
    assert earlier_report_exports(vault, case_id, since=utc_now() + timedelta(seconds=5)) == []
    details = [e.detail for e in vault.audit.entries(case_id)]
    assert path.name not in " ".join(details)
