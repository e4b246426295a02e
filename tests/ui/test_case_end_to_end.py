"""One case from its first signal to VT's feedback, the dossier and the jaaroverzicht, through
the real window: steps 1-3, the weging in the afwegingskader dialog, step 5 drafted from it,
the melding composed, exported and read back with real readers, registered, the follow-up
planned, VT's feedback, the dossier for a request to see it with a part withheld, and the
annual figures. The audit log holds every export, with its purpose and without a file name."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pikepdf
from jsonschema import Draft202012Validator, FormatChecker
from pytestqt.qtbot import QtBot

from app.domain.entries import Decision
from app.domain.enums import FollowUpCheck, Step, StepStatus
from app.domain.follow_up import add_months
from app.export.dossier import WITHHELD_TITLE
from app.export.report_json import schema
from app.timeutil import today
from app.vault.audit import AuditEvent
from tests.export.conftest import contains_as_text, decrypted_plain_bytes, run_tool
from tests.support import require_tool
from tests.ui import case_session as session
from tests.ui.conftest import Questions, click, go_to, read_to_the_end, run_setup
from tests.ui.report.conftest import decrypted_text
from ui.report.annual_dialog import AnnualOverviewDialog
from ui.shell import Shell
from ui.steps.entry_cards import EntryAction, EntryHistoryDialog

PEOPLE = session.People("Noor Verbeek", "111222333", "Saskia Verbeek", "mishandeling")


def test_a_case_from_signal_to_melding_feedback_dossier_and_jaaroverzicht(
    qtbot: QtBot,
    make_shell: Callable[..., Shell],
    questions: Questions,
    export_folder: Path,
    system_temp: Path,
) -> None:
    require_tool("qpdf")
    require_tool("pdftotext")
    main, _ = run_setup(qtbot, make_shell(settings=session.SETTINGS))
    vault = main.vault
    view = main.case_view
    session.set_practice_details(qtbot, main)
    case_id = session.case_through_steps_one_to_three(qtbot, main, PEOPLE)
    assert vault.steps.progress(case_id).current_step is Step.WEIGHING

    # Step 4: the doctors' kader, each answer with a reason; both decisions, VT and 112 shown.
    weging = session.weigh_to_a_report(qtbot, main)
    assert weging.windowTitle() == "Afwegingskader doorlopen"  # no case text in window lists
    assert (
        weging.framework_title.text()
        == "Afwegingskader voor artsen en tandartsen (KNMG-meldcode 2023)"
    )
    panel = weging.outcome_panel
    assert panel.report.text().startswith("Ja")
    assert panel.recipients.text() == "Veilig Thuis"
    assert panel.help.text() == "Ja"
    urgent = panel.urgent.text()
    assert urgent.index("112") < urgent.index("0800-2000")
    session.record_weging(qtbot, weging)
    page = view.weighing_page
    assert vault.steps.progress(case_id).state(Step.WEIGHING).status is StepStatus.DONE
    assert (
        page.tabs.count() == 1
        and page.view.title.text()
        == "Afwegingskader voor artsen en tandartsen (KNMG-meldcode 2023)"
    )
    assert "versie 2.0" in page.view.framework.text()
    assert any("Structureel onveilig" in t or "structureel" in t for t in page.view.step_texts())

    # Step 5: drafted from the weging, confirmed with the help and the client told.
    decision = session.decide_as_drafted(qtbot, main)
    assert (
        "Afwegingskader voor artsen en tandartsen (KNMG-meldcode 2023)"
        in decision.report_reasons.toPlainText()
    )
    stored = vault.entries.of_kind(case_id, Decision)[-1]
    assert stored.value.report_to_vt is True and stored.value.offer_help is True
    assert stored.value.assessment_id == vault.assessments.newest(case_id).id  # type: ignore[union-attr]

    # The melding: every person and signal of the case, one signal left out here.
    composer = session.compose(qtbot, main)
    assert composer.windowTitle() == "Melding aan Veilig Thuis"
    assert [e.form.fields["name"].editor.text() for e in composer.person_editors] == [  # type: ignore[attr-defined]
        PEOPLE.child,
        PEOPLE.parent,
    ]
    assert len(composer.signal_editors) == 2
    assert composer.organisation.currentText() == "Veilig Thuis Utrecht"
    assert composer.reporter_form.fields["practice"].editor.text() == session.PRACTICE  # type: ignore[attr-defined]
    session.fill_and_check(qtbot, composer)
    assert not composer.export_panel.export_button.isEnabled()  # the reminder comes first
    assert "112" in composer.reminder.acute.text()
    assert "0800-2000" in composer.reminder.call_first.text()
    click(qtbot, composer.reminder.confirm)
    melding, passphrase_dialog = session.export_from(qtbot, composer, export_folder)
    path, passphrase = melding.path, melding.passphrase
    assert re.fullmatch(r"melding-veilig-thuis-\d{4}-\d{2}-\d{2}\.pdf", path.name)
    assert list(export_folder.iterdir()) == [path]
    assert list(system_temp.iterdir()) == []

    # Real readers: qpdf for the encryption; pdftotext on the copy pikepdf decrypted in memory
    # (poppler's tools read passwords of at most 32 characters; this one is longer).
    assert len(passphrase) > 32
    assert run_tool("qpdf", "--requires-password", str(path)).returncode == 0
    shown = run_tool("qpdf", "--show-encryption", f"--password={passphrase}", str(path))
    assert shown.returncode == 0, shown.stderr
    assert re.search(r"^R = 6$", shown.stdout, re.MULTILINE)
    assert "file encryption method: AESv3" in shown.stdout
    text = decrypted_text(path, passphrase)
    assert PEOPLE.child in text and PEOPLE.parent in text and session.PRACTICE in text
    assert session.LEFT_OUT_FACTS not in text
    assert "1 signaal is niet opgenomen." in text
    assert "Afwegingskader voor artsen en tandartsen (KNMG-meldcode 2023)" in text
    with pikepdf.open(path, password=passphrase) as pdf:
        attached = pdf.attachments["melding.json"].get_file().read_bytes()
    data = json.loads(attached.decode("utf-8"))
    Draft202012Validator(schema(), format_checker=FormatChecker()).validate(data)
    assert data["left_out"] == {"signals": 1, "persons": 0}
    session.close_passphrase(qtbot, passphrase_dialog, questions.answers)

    # Registered for the decision; the core plans the follow-up from the day of the melding.
    session.register(qtbot, composer)
    assert composer.registered_label.isVisible()
    click(qtbot, composer.close_button)
    assert not composer.isVisible()
    (report,) = vault.reports.for_case(case_id)
    assert report.value.decision_id == stored.id and report.value.organisation
    made_on = report.value.made_on
    assert made_on == today()
    checks = {c.value.check: c.value.due_on for c in vault.follow_ups.for_case(case_id)}
    assert checks == {
        FollowUpCheck.VT_FEEDBACK: made_on + timedelta(weeks=2),
        FollowUpCheck.SAFETY_3_MONTHS: add_months(made_on, 3),
        FollowUpCheck.SAFETY_12_MONTHS: add_months(made_on, 12),
    }
    follow_up = go_to(qtbot, main, None)
    read_to_the_end(qtbot, follow_up.list)
    assert len(follow_up.list.cards) == 4  # the melding and its three checks

    # VT's dossiernummer and feedback, from the melding's card.
    session.record_feedback(qtbot, main, report.entry.id)
    (report,) = vault.reports.for_case(case_id)
    assert report.feedback_received and report.value.vt_reference == "VT-2026-0815"
    card = next(c for c in follow_up.list.cards if c.entry_id == report.entry.id)
    rows = {label: value.text() for label, value in card.rows.values.items()}
    assert rows["Dossiernummer Veilig Thuis"] == "VT-2026-0815"
    assert rows["Wat Veilig Thuis terugkoppelde"].startswith("Veilig Thuis heeft")
    click(qtbot, card.buttons[EntryAction.HISTORY])  # registered, then the dossiernummer added
    history = view.active_dialog
    assert isinstance(history, EntryHistoryDialog) and len(history.version_frames) == 2
    history.reject()

    # The export is in the audit log: which case, by whom, "melding"; never the file's name.
    exports = [e for e in vault.audit.entries(case_id=case_id) if e.event == AuditEvent.EXPORT]
    assert [(e.detail, e.user_id) for e in exports] == [("melding", vault.user.id)]
    assert all(path.name not in e.detail for e in vault.audit.entries())

    # The dossier for a request to see it, with the parent withheld.
    dossier = session.open_dossier(qtbot, main)
    parent = next(p for p in vault.persons.for_case(case_id) if p.name == PEOPLE.parent)
    session.withhold_person(dossier, parent.id)
    click(qtbot, dossier.access_request)
    saved, passphrase_dialog = session.export_from(qtbot, dossier, export_folder)
    dossier_text = decrypted_text(saved.path, saved.passphrase)
    assert PEOPLE.child in dossier_text and WITHHELD_TITLE in dossier_text
    assert PEOPLE.parent not in dossier_text
    assert not contains_as_text(decrypted_plain_bytes(saved.path, saved.passphrase), PEOPLE.parent)
    session.close_passphrase(qtbot, passphrase_dialog, questions.answers)
    click(qtbot, dossier.close_button)
    (latest,) = vault.audit.entries(case_id=case_id, limit=1)
    assert (latest.event, latest.detail) == (AuditEvent.EXPORT, "dossier-inzage")
    assert list(system_temp.iterdir()) == []

    # The jaaroverzicht counts the melding, in this month of this year.
    main.annual_action.trigger()
    annual = main.active_dialog
    assert isinstance(annual, AnnualOverviewDialog)
    figures = annual.figures().months
    assert (figures.year, figures.report_total) == (today().year, 1)
    assert figures.reports[today().month - 1] == 1
    assert annual.table.item(12, 1).text() == "1"
    saved, passphrase_dialog = session.export_from(qtbot, annual, export_folder)
    assert saved.path.name.startswith("jaaroverzicht-")
    assert run_tool("qpdf", "--requires-password", str(saved.path)).returncode == 0
    assert "Jaaroverzicht" in decrypted_text(saved.path, saved.passphrase)
    session.close_passphrase(qtbot, passphrase_dialog, questions.answers)
    (latest,) = vault.audit.entries(limit=1)
    assert (latest.event, latest.case_id, latest.detail) == (
        AuditEvent.EXPORT,
        None,
        f"jaaroverzicht;year={today().year}",
    )
    annual.reject()
    assert list(system_temp.iterdir()) == []
