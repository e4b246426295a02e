"""Registering a melding in the case: when, to which Veilig Thuis, by which channel, whether
the melder phoned first; VT's reference and feedback are filled in later, in the same dialog.

The dialog returns a plain `ReportRegistration`; storing it is the case's business (the core's
store of report registrations), so nothing here touches the vault.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.validation import NAME_MAX, TEXT_MAX
from app.export.veilig_thuis import VeiligThuisList
from app.timeutil import today
from ui.edit_dialog import EditDialog
from ui.report.organisations import chosen_organisation, organisation_combo
from ui.widgets.fields import ErrorField
from ui.widgets.labels import wrapped

REFERENCE_MAX = 100


class ReportChannel(StrEnum):
    PHONE = "phone"
    VT_SECURE_FORM = "vt_secure_form"
    SECURE_MAIL = "secure_mail"
    OTHER = "other"


def channel_label(channel: ReportChannel) -> str:
    translate = QCoreApplication.translate
    return {
        ReportChannel.PHONE: translate("ReportChannel", "Telefoon"),
        ReportChannel.VT_SECURE_FORM: translate(
            "ReportChannel", "Beveiligd formulier van Veilig Thuis"
        ),
        ReportChannel.SECURE_MAIL: translate("ReportChannel", "Beveiligde mail"),
        ReportChannel.OTHER: translate("ReportChannel", "Anders"),
    }[channel]


@dataclass(frozen=True)
class ReportRegistration:
    made_on: date
    region_id: str  # the organisation's region in resources/veilig_thuis
    organisation: str  # its name as it was when the melding was made
    channel: ReportChannel
    channel_other: str  # which channel, when `channel` is OTHER
    phoned_first: bool
    vt_reference: str = ""
    vt_feedback: str = ""


def _text_box(height: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setMinimumHeight(height)
    return box


class RegistrationDialog(EditDialog):
    registered = Signal(object)  # the ReportRegistration

    def __init__(
        self,
        listing: VeiligThuisList,
        region_id: str | None,
        parent: QWidget | None = None,
        *,
        made_on: date | None = None,
        channel: ReportChannel | None = None,
        phoned_first: bool | None = None,
        earlier: ReportRegistration | None = None,
    ) -> None:
        """`earlier`: a registration to complete (VT's reference and feedback come later)."""
        super().__init__(parent)
        self.listing = listing
        self.registration: ReportRegistration | None = None
        self.setWindowTitle(self.tr("Melding registreren in de casus"))
        if earlier is not None:
            region_id, made_on = earlier.region_id, earlier.made_on
            channel, phoned_first = earlier.channel, earlier.phoned_first

        self.made_on = QDateEdit()
        self.made_on.setCalendarPopup(True)
        self.made_on.setDisplayFormat("dd-MM-yyyy")
        self.made_on.setMaximumDate(QDate(today()))
        self.made_on.setDate(QDate(made_on or today()))
        self.made_on.setMaximumWidth(160)
        self.organisation = organisation_combo(listing, region_id)
        self.channel = QComboBox()
        self.channel.addItem(self.tr("Kies hoe u de melding deed…"), "")
        for member in ReportChannel:
            self.channel.addItem(channel_label(member), member.value)
        self.channel.setCurrentIndex(
            max(0, self.channel.findData(channel.value if channel else ""))
        )
        self.channel_other = QLineEdit(earlier.channel_other if earlier else "")
        self.channel.currentIndexChanged.connect(self._channel_changed)
        self.phoned_yes = QRadioButton(self.tr("Ja"))
        self.phoned_no = QRadioButton(self.tr("Nee"))
        self.phoned = QButtonGroup(self)
        self.phoned.addButton(self.phoned_yes)
        self.phoned.addButton(self.phoned_no)
        if phoned_first is not None:
            (self.phoned_yes if phoned_first else self.phoned_no).setChecked(True)
        phoned_row = QWidget()
        row = QHBoxLayout(phoned_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.phoned_yes)
        row.addWidget(self.phoned_no)
        row.addStretch(1)
        phoned_row.setFocusProxy(self.phoned_yes)
        self.vt_reference = QLineEdit(earlier.vt_reference if earlier else "")
        self.vt_feedback = _text_box(80)
        self.vt_feedback.setPlainText(earlier.vt_feedback if earlier else "")

        fields = {
            "made_on": ErrorField(self.made_on),
            "organisation": ErrorField(self.organisation),
            "channel": ErrorField(self.channel),
            "channel_other": ErrorField(
                self.channel_other, self.tr("Bij 'Anders': welk beveiligd kanaal.")
            ),
            "phoned_first": ErrorField(phoned_row),
            "vt_reference": ErrorField(
                self.vt_reference, self.tr("Later invullen, als Veilig Thuis een kenmerk geeft.")
            ),
            "vt_feedback": ErrorField(
                self.vt_feedback,
                self.tr("Later invullen: wat Veilig Thuis terugkoppelde, en wanneer."),
            ),
        }
        for button in (self.phoned_yes, self.phoned_no):
            button.toggled.connect(fields["phoned_first"].clear_error)
        form = QFormLayout()
        form.addRow(self.tr("Datum van de melding:"), fields["made_on"])
        form.addRow(self.tr("Veilig Thuis-organisatie:"), fields["organisation"])
        form.addRow(self.tr("Kanaal:"), fields["channel"])
        form.addRow(self.tr("Welk kanaal:"), fields["channel_other"])
        form.addRow(self.tr("Eerst gebeld met Veilig Thuis:"), fields["phoned_first"])
        form.addRow(self.tr("Kenmerk van Veilig Thuis:"), fields["vt_reference"])
        form.addRow(self.tr("Terugkoppeling:"), fields["vt_feedback"])
        layout = QVBoxLayout(self)
        layout.addWidget(
            wrapped(
                self.tr(
                    "Leg vast dat de melding is gedaan. Het kenmerk en de terugkoppeling van "
                    "Veilig Thuis vult u later aan."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.form_error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(600)
        self._channel_changed()
        self.finish_setup(fields)

    def _chosen_channel(self) -> ReportChannel | None:
        value = str(self.channel.currentData() or "")
        return ReportChannel(value) if value else None

    def _channel_changed(self) -> None:
        self.channel_other.setEnabled(self._chosen_channel() == ReportChannel.OTHER)

    def _phoned_first(self) -> bool | None:
        if self.phoned_yes.isChecked():
            return True
        if self.phoned_no.isChecked():
            return False
        return None

    def snapshot(self) -> object:
        return (
            self.made_on.date().toPython(),
            self.organisation.currentIndex(),
            self.channel.currentIndex(),
            self.channel_other.text(),
            self._phoned_first(),
            self.vt_reference.text(),
            self.vt_feedback.toPlainText(),
        )

    def save(self) -> bool:
        faults: dict[str, str] = {}
        made_on = self.made_on.date().toPython()
        organisation = chosen_organisation(self.listing, self.organisation)
        channel = self._chosen_channel()
        other = self.channel_other.text().strip()
        phoned_first = self._phoned_first()
        reference = self.vt_reference.text().strip()
        feedback = self.vt_feedback.toPlainText().strip()
        if made_on > today():  # type: ignore[operator]
            faults["made_on"] = self.tr("De datum van de melding kan niet in de toekomst liggen.")
        if organisation is None:
            faults["organisation"] = self.tr("Kies de Veilig Thuis-organisatie.")
        if channel is None:
            faults["channel"] = self.tr("Kies hoe u de melding hebt gedaan.")
        elif channel == ReportChannel.OTHER and not other:
            faults["channel_other"] = self.tr("Schrijf op welk beveiligd kanaal u gebruikte.")
        if len(other) > NAME_MAX:
            faults["channel_other"] = self.tr("Te lang: hoogstens {limit} tekens.").format(
                limit=NAME_MAX
            )
        if phoned_first is None:
            faults["phoned_first"] = self.tr(
                "Geef aan of u Veilig Thuis eerst hebt gebeld ({national})."
            ).format(national=self.listing.national_phone)
        if len(reference) > REFERENCE_MAX:
            faults["vt_reference"] = self.tr("Te lang: hoogstens {limit} tekens.").format(
                limit=REFERENCE_MAX
            )
        if len(feedback) > TEXT_MAX:
            faults["vt_feedback"] = self.tr("Te lang: hoogstens {limit} tekens.").format(
                limit=TEXT_MAX
            )
        if faults:
            self.errors.show(None, faults)
            return False
        assert organisation is not None and channel is not None and phoned_first is not None
        self.registration = ReportRegistration(
            made_on=made_on,  # type: ignore[arg-type]
            region_id=organisation.id,
            organisation=organisation.organisation,
            channel=channel,
            channel_other=other if channel == ReportChannel.OTHER else "",
            phoned_first=phoned_first,
            vt_reference=reference,
            vt_feedback=feedback,
        )
        self.registered.emit(self.registration)
        return True
