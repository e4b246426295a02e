"""Registering a melding in the case: the core's value back, checked by the core's rules with
each fault at its field, stored when a store is given; VT's dossiernummer and feedback added
later, through the core's report store."""

from __future__ import annotations

from datetime import date, timedelta

from pytestqt.qtbot import QtBot

from app.domain.entries import ReportRegistration
from app.domain.enums import FollowUpOutcome, ReportChannel
from app.export.veilig_thuis import VeiligThuisList
from app.timeutil import today
from app.vault.vault import Vault
from tests.entry_values import case_with_signal, decision, report_registration
from tests.ui.conftest import Questions, click, type_into
from ui.report.feedback_dialog import FeedbackDialog
from ui.report.registration_dialog import RegistrationDialog

DAY = date(2026, 11, 20)
DECISION = 7


def make(qtbot: QtBot, listing: VeiligThuisList, **kwargs: object) -> RegistrationDialog:
    kwargs.setdefault("decision_id", DECISION)
    dialog = RegistrationDialog(listing, kwargs.pop("region", "utrecht"), **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def choose(dialog: RegistrationDialog, channel: ReportChannel) -> None:
    dialog.channel.setCurrentIndex(dialog.channel.findData(channel.value))


def test_the_dialog_returns_the_cores_registration(qtbot: QtBot, listing: VeiligThuisList) -> None:
    dialog = make(qtbot, listing, made_on=DAY)
    assert dialog.organisation.currentText() == "Veilig Thuis Utrecht"
    assert dialog.made_on.date() == DAY
    choose(dialog, ReportChannel.PHONE)
    assert not dialog.channel_detail.isEnabled()
    assert not dialog.phoned_yes.isEnabled()  # a melding by phone is its own call
    choose(dialog, ReportChannel.SECURE_FORM)
    assert dialog.phoned_yes.isEnabled()
    click(qtbot, dialog.phoned_no)
    with qtbot.waitSignal(dialog.registered) as registered:
        click(qtbot, dialog.save_button)
    assert (
        registered.args[0]
        == dialog.registration
        == ReportRegistration(
            decision_id=DECISION,
            made_on=DAY,
            region_id="utrecht",
            channel=ReportChannel.SECURE_FORM,
            channel_detail="",
            phoned_first=False,
        )
    )
    assert not dialog.isVisible()


def test_faults_appear_at_their_fields(qtbot: QtBot, listing: VeiligThuisList) -> None:
    dialog = make(qtbot, listing, region=None)
    assert "0800-2000" in dialog.errors.fields["phoned_first"].hint.text()
    click(qtbot, dialog.save_button)
    assert dialog.isVisible() and dialog.registration is None
    assert dialog.errors.messages() == {
        "region_id": "Kies de Veilig Thuis-organisatie (regio) waar u meldde.",
        "channel": "Kies hoe u de melding heeft gedaan.",
    }
    dialog.organisation.setCurrentIndex(1)
    choose(dialog, ReportChannel.OTHER)
    assert dialog.channel_detail.isEnabled()
    click(qtbot, dialog.save_button)
    assert dialog.errors.messages() == {
        "channel_detail": "Vul in hoe u de melding heeft gedaan.",
        "phoned_first": "Geef aan of u Veilig Thuis vóór deze melding heeft gebeld.",
    }
    click(qtbot, dialog.phoned_yes)
    assert "phoned_first" not in dialog.errors.messages()  # ticking clears its fault
    type_into(qtbot, dialog.channel_detail, "Zorgmail")
    click(qtbot, dialog.save_button)
    assert dialog.registration is not None
    assert dialog.registration.channel_detail == "Zorgmail"
    assert dialog.registration.phoned_first is True


def test_without_the_decision_it_carries_out_the_form_says_so(
    qtbot: QtBot, listing: VeiligThuisList
) -> None:
    dialog = make(qtbot, listing, decision_id=None, channel=ReportChannel.PHONE)
    click(qtbot, dialog.save_button)
    assert dialog.errors.messages() == {
        "": "Kies de beslissing om te melden die u met deze melding uitvoert."
    }
    assert dialog.registration is None


def test_with_a_store_the_registration_is_stored_and_its_refusals_shown(
    qtbot: QtBot, listing: VeiligThuisList, vault: Vault
) -> None:
    case_id = case_with_signal(vault)
    decision_id = vault.entries.add(case_id, decision(decided_on=today())).id

    def store(value: ReportRegistration) -> object:
        return vault.reports.register(case_id, value)

    dialog = make(qtbot, listing, decision_id=decision_id, channel=ReportChannel.PHONE, store=store)
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    (stored,) = vault.reports.for_case(case_id)
    assert stored.value.organisation == "Veilig Thuis Utrecht"
    assert stored.value.channel is ReportChannel.PHONE and stored.value.phoned_first is None

    again = make(qtbot, listing, decision_id=decision_id, channel=ReportChannel.PHONE, store=store)
    click(qtbot, again.save_button)
    assert again.isVisible()
    assert "al een melding geregistreerd" in again.errors.messages()[""]
    assert len(vault.reports.for_case(case_id)) == 1


def test_vt_reference_and_feedback_are_added_later(
    qtbot: QtBot, vault: Vault, questions: Questions
) -> None:
    case_id = case_with_signal(vault)
    decision_id = vault.entries.add(case_id, decision(decided_on=today() - timedelta(days=3))).id
    earlier = vault.reports.register(
        case_id, report_registration(decision_id, made_on=today() - timedelta(days=2))
    )

    dialog = FeedbackDialog(vault.reports, earlier)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.findings.isEnabled()  # until the feedback is there
    dialog.reject()
    assert questions.asked == [] and not dialog.isVisible()  # nothing changed: no question

    dialog = FeedbackDialog(vault.reports, earlier)
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog.vt_reference, "VT-2026-0815")
    click(qtbot, dialog.received)
    type_into(qtbot, dialog.findings, "Onderzoek gestart; terugkoppeling na 10 weken.")
    dialog.reject()
    assert len(questions.asked) == 1 and dialog.isVisible()  # unsaved input: asked first
    click(qtbot, dialog.save_button)
    assert dialog.errors.messages() == {"outcome": "Kies de uitkomst van de controle."}
    assert vault.reports.get(earlier.entry.id).value.vt_reference == ""  # nothing half-saved
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(FollowUpOutcome.UNCLEAR.value))
    with qtbot.waitSignal(dialog.recorded) as recorded:
        click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    stored = vault.reports.get(earlier.entry.id)
    assert recorded.args[0] == stored
    assert stored.value.vt_reference == "VT-2026-0815"
    assert stored.feedback == "Onderzoek gestart; terugkoppeling na 10 weken."
    assert stored.feedback_on == today()
    assert stored.value.made_on == earlier.value.made_on
    assert stored.value.channel == earlier.value.channel

    done = FeedbackDialog(vault.reports, stored)
    qtbot.addWidget(done)
    assert not done.received.isEnabled() and not done.findings.isEnabled()
    assert done.findings.toPlainText() == stored.feedback
