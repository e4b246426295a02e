"""Registering a melding in the case: a plain value back, faults at their fields, and VT's
reference and feedback added later to the same registration."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from app.export.veilig_thuis import VeiligThuisList
from tests.ui.conftest import Questions, click, type_into
from ui.report.registration_dialog import RegistrationDialog, ReportChannel, ReportRegistration

DAY = date(2026, 11, 20)


def make(qtbot: QtBot, listing: VeiligThuisList, **kwargs: object) -> RegistrationDialog:
    dialog = RegistrationDialog(listing, kwargs.pop("region", "utrecht"), **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def choose(dialog: RegistrationDialog, channel: ReportChannel) -> None:
    dialog.channel.setCurrentIndex(dialog.channel.findData(channel.value))


def test_the_dialog_returns_the_registration(qtbot: QtBot, listing: VeiligThuisList) -> None:
    dialog = make(qtbot, listing, made_on=DAY)
    assert dialog.organisation.currentText() == "Veilig Thuis Utrecht"
    assert dialog.made_on.date() == QDate(DAY)
    choose(dialog, ReportChannel.PHONE)
    assert not dialog.channel_other.isEnabled()
    click(qtbot, dialog.phoned_no)
    with qtbot.waitSignal(dialog.registered) as registered:
        click(qtbot, dialog.save_button)
    assert (
        registered.args[0]
        == dialog.registration
        == ReportRegistration(
            made_on=DAY,
            region_id="utrecht",
            organisation="Veilig Thuis Utrecht",
            channel=ReportChannel.PHONE,
            channel_other="",
            phoned_first=False,
        )
    )
    assert not dialog.isVisible()


def test_faults_appear_at_their_fields(qtbot: QtBot, listing: VeiligThuisList) -> None:
    dialog = make(qtbot, listing, region=None)
    click(qtbot, dialog.save_button)
    assert dialog.isVisible() and dialog.registration is None
    assert dialog.errors.messages() == {
        "organisation": "Kies de Veilig Thuis-organisatie.",
        "channel": "Kies hoe u de melding hebt gedaan.",
        "phoned_first": "Geef aan of u Veilig Thuis eerst hebt gebeld (0800-2000).",
    }
    dialog.organisation.setCurrentIndex(1)
    choose(dialog, ReportChannel.OTHER)
    assert dialog.channel_other.isEnabled()
    click(qtbot, dialog.phoned_yes)
    assert "phoned_first" not in dialog.errors.messages()  # ticking clears its fault
    click(qtbot, dialog.save_button)
    assert dialog.errors.messages() == {
        "channel_other": "Schrijf op welk beveiligd kanaal u gebruikte."
    }
    type_into(qtbot, dialog.channel_other, "Zorgmail")
    click(qtbot, dialog.save_button)
    assert dialog.registration is not None
    assert dialog.registration.channel_other == "Zorgmail"


def test_vt_reference_and_feedback_are_added_later(
    qtbot: QtBot, listing: VeiligThuisList, questions: Questions
) -> None:
    earlier = ReportRegistration(
        DAY, "utrecht", "Veilig Thuis Utrecht", ReportChannel.VT_SECURE_FORM, "", True
    )
    dialog = make(qtbot, listing, region=None, earlier=earlier)
    assert dialog.organisation.currentText() == "Veilig Thuis Utrecht"
    assert dialog.phoned_yes.isChecked()
    dialog.reject()
    assert questions.asked == [] and not dialog.isVisible()  # nothing changed: no question

    dialog = make(qtbot, listing, region=None, earlier=earlier)
    type_into(qtbot, dialog.vt_reference, "VT-2026-0815")
    type_into(qtbot, dialog.vt_feedback, "Onderzoek gestart; terugkoppeling na 10 weken.")
    dialog.reject()
    assert len(questions.asked) == 1 and dialog.isVisible()  # unsaved input: asked first
    click(qtbot, dialog.save_button)
    assert dialog.registration is not None
    assert dialog.registration.vt_reference == "VT-2026-0815"
    assert dialog.registration.made_on == DAY
    assert dialog.registration.channel == ReportChannel.VT_SECURE_FORM
