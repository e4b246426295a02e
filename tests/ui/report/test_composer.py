"""The melding composer as a melder uses it: pre-filled, trimmed, corrected at its fields, the
reminder ticked, exported encrypted through the real widgets, checked with real readers, and
registered in the case."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pikepdf
from jsonschema import Draft202012Validator, FormatChecker
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractSpinBox, QDialog, QLabel, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from app.domain.enums import ReportChannel
from app.export.report_content import NotInformedReason, ReportContent, Reporter
from app.export.report_json import schema
from app.export.veilig_thuis import VeiligThuisList
from tests.export import samples
from tests.export.conftest import run_tool
from tests.support import MARKERS, plaintext_hits, require_tool
from tests.ui.conftest import Questions, click, type_into
from tests.ui.report.conftest import (
    DECISION_ID,
    REGION,
    decrypted_text,
    open_passphrase_dialog,
    report_export,
)
from ui.report.composer import ReportComposerDialog
from ui.report.registration_dialog import RegistrationDialog
from ui.widgets.dialog_slot import DialogSlot

SECOND_SIGNAL_FACTS = "De leerkracht hoorde Noëlle vertellen"


def preview_text(composer: ReportComposerDialog) -> str:
    return composer.preview.toPlainText()


def wait_for_preview(qtbot: QtBot, composer: ReportComposerDialog, text: str) -> None:
    qtbot.waitUntil(lambda: text in preview_text(composer))


def go_to_send_page(qtbot: QtBot, composer: ReportComposerDialog) -> None:
    click(qtbot, composer.next_button)
    assert composer.errors.messages() == {}
    assert composer.pages.currentIndex() == composer.SEND_PAGE


def test_the_melding_is_pre_filled_from_the_case(composer: ReportComposerDialog) -> None:
    reporter = composer.reporter_form.fields
    assert reporter["name"].editor.text() == samples.REPORTER_NAME  # type: ignore[attr-defined]
    assert reporter["phone"].editor.text() == "020 123 4567"  # type: ignore[attr-defined]
    names = [e.form.fields["name"].editor.text() for e in composer.person_editors]  # type: ignore[attr-defined]
    assert names == [samples.CHILD_NAME, samples.PARENT_NAME, samples.OTHER_NAME]
    facts = composer.signal_editors[0].form.fields["facts"].editor
    assert isinstance(facts, QPlainTextEdit) and facts.toPlainText() == samples.FACTS
    assert len(composer.step_editors) == 4  # two consultations, a conversation, help
    assert composer.informed_no.isChecked() and not composer.informed_yes.isChecked()
    reason = composer.not_informed_form.values()["reason"]
    assert reason == NotInformedReason.DANGER_TO_CHILD_OR_FAMILY
    assert composer.organisation.currentText() == "Veilig Thuis Utrecht"
    # the assessment is shown with its kader and version, and goes along unchanged
    shown = [label.text() for label in composer.assessment_field.findChildren(QLabel)]
    assert "Afwegingskader huisartsen" in shown and "2019.1" in shown
    assert composer.assessment_field.findChildren(QLineEdit) == []  # read-only
    assert composer.content().assessment == samples.ASSESSMENT
    text = preview_text(composer)
    for expected in (samples.CHILD_NAME, "Afwegingskader huisartsen", "2019.1", "Telefoon"):
        assert expected in text, expected
    assert "niet opgenomen" not in text
    assert composer.left_out_label.text() == (
        "Alle betrokkenen en signalen van de casus worden opgenomen."
    )


def test_a_left_out_person_and_signal_are_counted_not_described(
    qtbot: QtBot, composer: ReportComposerDialog
) -> None:
    composer.person_editors[2].include.setChecked(False)  # type: ignore[union-attr]
    composer.signal_editors[1].include.setChecked(False)  # type: ignore[union-attr]
    assert "1 signaal en 1 betrokkene zijn niet opgenomen." in composer.left_out_label.text()
    assert not composer.person_editors[2].form.isEnabled()
    wait_for_preview(qtbot, composer, "1 signaal en 1 betrokkene zijn niet opgenomen.")
    text = preview_text(composer)
    assert samples.OTHER_NAME not in text
    assert SECOND_SIGNAL_FACTS not in text
    assert samples.CHILD_NAME in text and "Signaal 1" in text and "Signaal 2" not in text
    content = composer.content()
    assert [p.name for p in content.persons] == [samples.CHILD_NAME, samples.PARENT_NAME]
    assert len(content.signals) == 1
    assert (content.left_out.persons, content.left_out.signals) == (1, 1)
    # taking one back in updates the summary
    composer.signal_editors[1].include.setChecked(True)  # type: ignore[union-attr]
    assert "1 betrokkene is niet opgenomen." in composer.left_out_label.text()


def test_what_the_case_builder_left_out_is_counted_too(
    qtbot: QtBot, listing: VeiligThuisList
) -> None:
    dialog = ReportComposerDialog(
        samples.report(), listing, REGION, export=report_export
    )  # left_out: 2 signals, 1 p.
    qtbot.addWidget(dialog)
    dialog.person_editors[0].include.setChecked(False)  # type: ignore[union-attr]
    assert "2 signalen en 2 betrokkenen zijn niet opgenomen." in dialog.left_out_label.text()


def test_faults_appear_at_their_fields_and_go_when_fixed(
    qtbot: QtBot, composer: ReportComposerDialog
) -> None:
    phone = composer.reporter_form.fields["phone"]
    phone.editor.clear()  # type: ignore[attr-defined]
    # With the child left out, the parent is person 0 in the melding: the core's fault for
    # "persons.0.bsn" must land at the parent's field, the second box.
    composer.person_editors[0].include.setChecked(False)  # type: ignore[union-attr]
    bsn = composer.person_editors[1].form.fields["bsn"]
    bsn.editor.setText("123456789")  # type: ignore[attr-defined]
    time = composer.signal_editors[0].form.fields["observed_time"]
    time.editor.setText("25:70")  # type: ignore[attr-defined]
    composer.informed_yes.setChecked(True)  # informed, but no reaction written
    click(qtbot, composer.next_button)

    assert composer.pages.currentIndex() == composer.COMPOSE_PAGE
    shown = composer.errors.messages()
    assert shown["reporter.phone"] == (
        "Vul het telefoonnummer in waarop Veilig Thuis de melder kan terugbellen."
    )
    assert shown["persons.0.bsn"].startswith("Dit is geen geldig BSN")
    assert shown["signals.0.observed_time"].startswith("Schrijf het tijdstip als uu:mm")
    assert shown["client.reaction"] == "Beschrijf hoe de cliënt op de melding reageerde."
    assert phone.error.isVisible() and bsn.error.isVisible() and time.error.isVisible()
    assert composer.person_editors[1].isAncestorOf(bsn)
    assert composer.person_editors[0].form.fields["bsn"].error_text() == ""
    flagged = [composer.navigation.item(r).text() for r in range(composer.navigation.count())]
    assert "Melder  ⚠" in flagged and "Betrokkenen  ⚠" in flagged and "Signalen  ⚠" in flagged
    assert "Melding" in flagged  # untouched parts stay unmarked
    assert composer.checked_content is None

    type_into(qtbot, phone.editor, "030 765 4321")
    assert phone.error_text() == ""  # an edit clears its own fault
    bsn.editor.setText(samples.BSN)  # type: ignore[attr-defined]
    time.editor.setText("09:30")  # type: ignore[attr-defined]
    composer.informed_no.setChecked(True)
    go_to_send_page(qtbot, composer)
    checked = composer.checked_content
    assert checked is not None
    assert checked.reporter.phone == "030 765 4321"
    assert [p.name for p in checked.persons] == [samples.PARENT_NAME, samples.OTHER_NAME]
    assert checked.left_out.persons == 1


def test_an_urgent_melding_gets_people_and_signals_added_here(
    qtbot: QtBot, listing: VeiligThuisList
) -> None:
    empty = ReportContent(
        made_on=date.today(),
        reporter=Reporter(samples.REPORTER_NAME, "huisarts", "", "020 123 4567"),
        persons=(),
        signals=(),
        safety=samples.report().safety,
        client=None,
        request_to_vt="Graag direct contact.",
    )
    composer = ReportComposerDialog(empty, listing, None, export=report_export)
    qtbot.addWidget(composer)
    composer.show()
    click(qtbot, composer.next_button)
    shown = composer.errors.messages()
    assert shown["persons"] == "Neem minstens één betrokkene op in de melding."
    assert shown["signals"] == "Neem minstens één signaal op in de melding."
    assert shown["organisation"] == "Kies de Veilig Thuis-organisatie van uw regio."
    assert shown["client"].startswith("Geef aan of de cliënt vooraf")

    person = composer.add_person()
    type_into(qtbot, person.form.fields["name"].editor, "Kind K.")
    signal = composer.add_signal()
    type_into(qtbot, signal.form.fields["facts"].editor, "Blauwe plek op de wang.")
    click(qtbot, composer.next_button)
    shown = composer.errors.messages()
    assert shown["persons.0.role"] == "Kies de rol van deze betrokkene."
    assert shown["signals.0.source"] == "Kies de bron van het signaal."
    assert "persons" not in shown and "signals" not in shown
    assert composer.left_out().persons == 0  # added ones are never 'left out'

    composer.person_editors[0].form.fields["role"].editor.setCurrentIndex(1)  # type: ignore[attr-defined]
    for name in ("source", "form"):
        composer.signal_editors[0].form.fields[name].editor.setCurrentIndex(1)  # type: ignore[attr-defined]
    composer.organisation.setCurrentIndex(1)
    composer.informed_no.setChecked(True)
    reason = composer.not_informed_form.fields["reason"].editor
    reason.setCurrentIndex(reason.findData(NotInformedReason.WOULD_END_CONTACT.value))  # type: ignore[attr-defined]
    go_to_send_page(qtbot, composer)


def test_the_reminder_comes_first_and_gates_the_export(
    qtbot: QtBot, composer: ReportComposerDialog
) -> None:
    go_to_send_page(qtbot, composer)
    reminder = composer.reminder
    assert reminder.isVisible()
    assert reminder.acute.text() == "Is er nu acuut gevaar? Bel dan eerst 112."
    assert "Bel Veilig Thuis op 0800-2000 voordat u iets op schrift stuurt" in (
        reminder.call_first.text()
    )
    assert "beveiligde formulier van Veilig Thuis Utrecht" in reminder.written.text()
    assert "beveiligd kanaal dat uw praktijk al gebruikt" in reminder.written.text()
    export = composer.export_panel.export_button
    assert not export.isEnabled()
    click(qtbot, reminder.confirm)
    assert export.isEnabled()
    click(qtbot, reminder.confirm)
    assert not export.isEnabled()
    # back to the melding and on again: still the same tick
    click(qtbot, composer.back_button)
    assert composer.pages.currentIndex() == composer.COMPOSE_PAGE


def test_exported_through_the_widgets_and_read_with_real_readers(
    qtbot: QtBot,
    composer: ReportComposerDialog,
    export_folder: Path,
    system_temp: Path,
    isolated_home: Path,
    questions: Questions,
) -> None:
    require_tool("qpdf")
    require_tool("pdftotext")
    composer.person_editors[2].include.setChecked(False)  # type: ignore[union-attr]
    composer.signal_editors[1].include.setChecked(False)  # type: ignore[union-attr]
    go_to_send_page(qtbot, composer)
    panel = composer.export_panel
    panel.folder.setText(str(export_folder))
    click(qtbot, composer.reminder.confirm)
    with qtbot.waitSignal(composer.exported, timeout=20_000) as exported:
        click(qtbot, panel.export_button)
    path = exported.args[0]
    assert isinstance(path, Path)
    qtbot.waitUntil(lambda: not panel.running)  # the worker's end follows its result
    dialog = open_passphrase_dialog(qtbot, composer)
    passphrase = dialog.passphrase_text
    assert len(passphrase) > 32  # too long for poppler's tools: qpdf and pikepdf read it

    # a neutral name, shown to the user, and nothing else in the folder
    assert re.fullmatch(r"melding-veilig-thuis-\d{4}-\d{2}-\d{2}\.pdf", path.name)
    assert list(export_folder.iterdir()) == [path]
    assert path.name in panel.saved.text() and panel.saved.isVisible()
    assert list(system_temp.iterdir()) == []

    assert run_tool("qpdf", "--requires-password", str(path)).returncode == 0
    shown = run_tool("qpdf", "--show-encryption", f"--password={passphrase}", str(path))
    assert shown.returncode == 0, shown.stderr
    assert re.search(r"^R = 6$", shown.stdout, re.MULTILINE)
    assert "stream encryption method: AESv3" in shown.stdout
    assert "file encryption method: AESv3" in shown.stdout
    assert run_tool("qpdf", f"--password={passphrase}", "--check", str(path)).returncode == 0
    assert run_tool("qpdf", "--password=verkeerd-wachtwoord", "--check", str(path)).returncode != 0

    text = decrypted_text(path, passphrase)
    assert samples.CHILD_NAME in text and samples.PARENT_NAME in text
    assert samples.OTHER_NAME not in text and SECOND_SIGNAL_FACTS not in text
    assert "1 signaal en 1 betrokkene zijn niet opgenomen." in text
    with pikepdf.open(path, password=passphrase) as pdf:
        attached = pdf.attachments["melding.json"].get_file().read_bytes()
    data = json.loads(attached.decode("utf-8"))
    Draft202012Validator(schema(), format_checker=FormatChecker()).validate(data)
    assert [p["name"] for p in data["persons"]] == [samples.CHILD_NAME, samples.PARENT_NAME]
    assert data["left_out"] == {"signals": 1, "persons": 1}

    # the passphrase is nowhere on disk: not in the export folder, the logs, the program folders
    markers = (passphrase, *MARKERS[:2], samples.CHILD_NAME)
    assert plaintext_hits(markers, export_folder, isolated_home, system_temp) == []

    click(qtbot, dialog.copy_button)
    assert QGuiApplication.clipboard().text() == passphrase
    questions.answers = [True]
    click(qtbot, dialog.close_button)
    assert not dialog.isVisible()
    assert QGuiApplication.clipboard().text() == ""  # closing took it off the clipboard
    qtbot.waitUntil(lambda: panel.passphrase_dialog is None)

    # registered in the case: the dialog hands back the core's value, for the decision
    assert composer.register_button.isVisible()
    click(qtbot, composer.register_button)
    registration = composer.findChild(RegistrationDialog)
    assert isinstance(registration, RegistrationDialog) and registration.isVisible()
    assert registration.organisation.currentText() == "Veilig Thuis Utrecht"
    channel = registration.channel
    channel.setCurrentIndex(channel.findData(ReportChannel.SECURE_FORM.value))
    click(qtbot, registration.phoned_yes)
    with qtbot.waitSignal(composer.registered) as registered:
        click(qtbot, registration.save_button)
    value = registered.args[0]
    assert value == composer.registration
    assert (value.made_on, value.region_id, value.channel, value.phoned_first) == (
        samples.report().made_on,
        "utrecht",
        ReportChannel.SECURE_FORM,
        True,
    )
    assert (value.decision_id, value.vt_reference) == (DECISION_ID, "")
    # exported, so closing asks nothing
    click(qtbot, composer.close_button)
    assert questions.asked == [questions.asked[0]] and not composer.isVisible()


def test_a_full_disk_is_said_in_dutch_and_leaves_nothing(
    qtbot: QtBot,
    composer: ReportComposerDialog,
    export_folder: Path,
    system_temp: Path,
    monkeypatch: object,
) -> None:
    import errno

    from app.export import exporter

    real_write = exporter.write_atomically

    def filling_disk(path: Path, data: object, mode: int = 0o600) -> None:
        def chunks() -> object:
            yield b"%PDF-" + b"x" * 4096
            raise OSError(errno.ENOSPC, "No space left on device")

        real_write(path, chunks(), mode)  # type: ignore[arg-type]

    monkeypatch.setattr(exporter, "write_atomically", filling_disk)  # type: ignore[attr-defined]
    go_to_send_page(qtbot, composer)
    panel = composer.export_panel
    panel.folder.setText(str(export_folder))
    click(qtbot, composer.reminder.confirm)
    click(qtbot, panel.export_button)
    qtbot.waitUntil(panel.form_error.isVisible, timeout=20_000)
    assert panel.form_error.text().startswith("De schijf is vol. Er is niets half opgeslagen")
    assert panel.passphrase_dialog is None and not composer.register_button.isVisible()
    qtbot.waitUntil(lambda: not panel.running)
    assert list(export_folder.iterdir()) == []
    assert list(system_temp.iterdir()) == []
    assert panel.export_button.isEnabled()  # try again after making room


def test_the_temp_folder_is_refused_as_destination(
    qtbot: QtBot, composer: ReportComposerDialog, system_temp: Path
) -> None:
    go_to_send_page(qtbot, composer)
    panel = composer.export_panel
    panel.folder.setText(str(system_temp))
    click(qtbot, composer.reminder.confirm)
    click(qtbot, panel.export_button)
    assert panel.folder_field.error_text().startswith("Kies een andere map")
    assert not panel.running and list(system_temp.iterdir()) == []


def test_closing_with_edits_asks_first(
    qtbot: QtBot, composer: ReportComposerDialog, questions: Questions
) -> None:
    composer.reject()
    assert questions.asked == [] and not composer.isVisible()  # nothing changed: no question

    composer.show()
    type_into(qtbot, composer.request_form.fields["request_to_vt"].editor, " Met spoed.")
    questions.answers = [False]
    composer.reject()
    assert len(questions.asked) == 1 and composer.isVisible()
    questions.answers = [True]
    composer.reject()
    assert not composer.isVisible()


def test_locking_closes_without_asking_and_wipes_the_texts(
    qtbot: QtBot, composer: ReportComposerDialog, questions: Questions
) -> None:
    type_into(qtbot, composer.request_form.fields["request_to_vt"].editor, " Met spoed.")
    slot = DialogSlot()
    slot.open(composer)
    slot.discard()
    assert questions.asked == []
    assert composer.result() == QDialog.DialogCode.Rejected
    assert composer.preview.toPlainText() == ""
    for line in composer.findChildren(QLineEdit):
        if not isinstance(line.parent(), QAbstractSpinBox):  # a date edit redraws its date
            assert line.text() == ""
    for box in composer.findChildren(QPlainTextEdit):
        assert box.toPlainText() == ""
