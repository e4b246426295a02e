"""Registering a melding in the case: when, to which Veilig Thuis, by which channel, whether
the melder phoned first.

The dialog fills in the core's `ReportRegistration` and checks it with the core's own rules
(`validate_report_registration`), so each fault appears at its field. With `store` (for
instance `vault.reports.register` for the case) it is stored before the dialog closes, and
what the store refuses (a decision already carried out) is shown too. VT's dossiernummer and
its feedback come later, in `ui.report.feedback_dialog`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.entries import ReportRegistration
from app.domain.entry_validation import validate_report_registration
from app.domain.enums import ReportChannel
from app.export.veilig_thuis import VeiligThuisList
from ui.edit_dialog import EditDialog
from ui.report.organisations import chosen_organisation, organisation_combo
from ui.widgets.choices import enum_combo
from ui.widgets.dates import past_date_edit
from ui.widgets.fields import ErrorField, faults_of
from ui.widgets.labels import wrapped

# Stores a checked registration; raises the core's errors when it cannot.
Store = Callable[[ReportRegistration], object]


class RegistrationDialog(EditDialog):
    registered = Signal(object)  # the checked ReportRegistration (stored, when given `store`)

    def __init__(
        self,
        listing: VeiligThuisList,
        region_id: str | None,
        parent: QWidget | None = None,
        *,
        decision_id: int | None = None,
        made_on: date | None = None,
        channel: ReportChannel | None = None,
        phoned_first: bool | None = None,
        store: Store | None = None,
    ) -> None:
        """`decision_id`: the decision to report this melding carries out (required by the
        core; without it the form says so). `region_id`: the practice's own region."""
        super().__init__(parent)
        self.listing = listing
        self.decision_id = decision_id
        self.store = store
        self.registration: ReportRegistration | None = None
        self.setWindowTitle(self.tr("Melding registreren in de casus"))

        self.made_on = past_date_edit(made_on)
        self.organisation = organisation_combo(listing, region_id)
        self.channel = enum_combo(
            ReportChannel, self.tr("Kies hoe u de melding deed…"), channel.value if channel else ""
        )
        self.channel_detail = QLineEdit()
        self.channel.currentIndexChanged.connect(self._channel_changed)
        self.phoned_yes = QRadioButton(self.tr("Ja"))
        self.phoned_no = QRadioButton(self.tr("Nee"))
        self.phoned = QButtonGroup(self)
        self.phoned.addButton(self.phoned_yes)
        self.phoned.addButton(self.phoned_no)
        if phoned_first is not None:
            (self.phoned_yes if phoned_first else self.phoned_no).setChecked(True)
        self.phoned_row = QWidget()
        row = QHBoxLayout(self.phoned_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.phoned_yes)
        row.addWidget(self.phoned_no)
        row.addStretch(1)
        self.phoned_row.setFocusProxy(self.phoned_yes)

        # Keyed by the core's field names, so its faults land here.
        fields = {
            "made_on": ErrorField(self.made_on),
            "region_id": ErrorField(self.organisation),
            "channel": ErrorField(self.channel),
            "channel_detail": ErrorField(
                self.channel_detail, self.tr("Bij 'Anders': welk beveiligd kanaal.")
            ),
            "phoned_first": ErrorField(
                self.phoned_row,
                self.tr("Het landelijke nummer van Veilig Thuis is {national}.").format(
                    national=listing.national_phone
                ),
            ),
        }
        for button in (self.phoned_yes, self.phoned_no):
            button.toggled.connect(fields["phoned_first"].clear_error)
        form = QFormLayout()
        form.addRow(self.tr("Datum van de melding:"), fields["made_on"])
        form.addRow(self.tr("Veilig Thuis-organisatie:"), fields["region_id"])
        form.addRow(self.tr("Kanaal:"), fields["channel"])
        form.addRow(self.tr("Welk kanaal:"), fields["channel_detail"])
        form.addRow(self.tr("Eerst gebeld met Veilig Thuis:"), fields["phoned_first"])
        layout = QVBoxLayout(self)
        layout.addWidget(
            wrapped(
                self.tr(
                    "Leg vast dat de melding is gedaan. Het dossiernummer en de terugkoppeling "
                    "van Veilig Thuis legt u later vast."
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
        channel = self._chosen_channel()
        self.channel_detail.setEnabled(channel is ReportChannel.OTHER)
        # A melding by phone is its own call: the core does not ask about one before it.
        self.phoned_row.setEnabled(channel is not ReportChannel.PHONE)

    def _phoned_first(self) -> bool | None:
        if self.phoned_yes.isChecked():
            return True
        if self.phoned_no.isChecked():
            return False
        return None

    def value(self) -> ReportRegistration:
        """The input as the core's value, unchecked."""
        organisation = chosen_organisation(self.listing, self.organisation)
        return ReportRegistration(
            decision_id=self.decision_id,
            made_on=self.made_on.date(),
            region_id=organisation.id if organisation else "",
            channel=self._chosen_channel(),
            channel_detail=self.channel_detail.text(),
            phoned_first=self._phoned_first(),
        )

    def snapshot(self) -> object:
        return self.value()

    def save(self) -> bool:
        if self.made_on.fault():
            self.errors.show(
                faults_of(validate_report_registration, self.value()),
                {"made_on": self.made_on.fault()},
            )
            return False
        checked = validate_report_registration(self.value())
        if self.store is not None:
            self.store(checked)
        self.registration = checked
        self.registered.emit(checked)
        return True
