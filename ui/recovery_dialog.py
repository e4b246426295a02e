"""The way in without the passphrase: the recovery code, then a new passphrase at once."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from app.crypto.device_secret import DeviceSecretStore
from app.domain.passphrase import validate_new_passphrase
from app.errors import MeldcodeError, ValidationError
from app.vault.holders import slot_holders
from app.vault.location import VaultLocation
from app.vault.vault import Vault
from ui.backup_dialogs import recovery_code_line
from ui.text import error_text
from ui.widgets.fields import ErrorField
from ui.widgets.passphrase import NewPassphraseInput
from ui.widgets.wheel import choice_box
from ui.worker_dialog import WorkerDialog
from ui.workers import Reporter


class RecoveryDialog(WorkerDialog):
    """Open the vault with the recovery code, as the chosen user."""

    unlocked = Signal(object)  # the Vault, with `recovered` set

    def __init__(
        self, location: VaultLocation, user_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            parent,
            self.tr("Herstelcode gebruiken"),
            self.tr(
                "Typ de herstelcode van uw papieren afdruk; streepjes en hoofdletters maken "
                "niet uit. Daarna kiest u meteen een nieuwe wachtzin."
            ),
            self.tr("Openen"),
        )
        self.location = location
        self.user = choice_box()
        self.code = recovery_code_line()
        self.add_input(self.tr("Gebruiker:"), self.user)
        self.add_field(self.tr("Herstelcode:"), "recovery_code", ErrorField(self.code))
        try:
            for holder in slot_holders(location):
                self.user.addItem(holder.display_name, holder.user_id)
        except MeldcodeError as exc:
            self.errors.show_form_error(error_text(exc))
            self.action_button.setEnabled(False)
        if user_id is not None and self.user.findData(user_id) >= 0:
            self.user.setCurrentIndex(self.user.findData(user_id))

    def submit(self) -> None:
        if self.user.currentData() is None:
            return
        code = self.code.text()
        if not code.strip():
            self.errors.set("recovery_code", self.tr("Vul de herstelcode in."))
            return
        location, user_id = self.location, int(self.user.currentData())

        def open_vault(report: Reporter) -> Vault:
            return Vault.unlock_with_recovery(location, code, user_id, report.stage)

        self.run(open_vault, self.tr("Herstelcode controleren en kluis openen…"), self._opened)

    def _opened(self, vault: Vault) -> None:
        self.code.clear()
        self.accept()
        self.unlocked.emit(vault)


class NewPassphraseDialog(WorkerDialog):
    """After the recovery code: a new passphrase is required before any work."""

    def __init__(
        self, vault: Vault, device_store: DeviceSecretStore, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            parent,
            self.tr("Nieuwe wachtzin kiezen"),
            self.tr(
                "U hebt de kluis geopend met de herstelcode. Kies nu een nieuwe wachtzin; "
                "daarmee opent u de kluis voortaan op deze computer."
            )
            if vault.recovered
            else self.tr(
                "U werkt met een eerste wachtzin die een beheerder u gaf. Kies nu uw eigen "
                "wachtzin; daarmee meldt u zich voortaan aan. Niemand anders kent haar."
            )
            if vault.on_server
            else self.tr(
                "U werkt met een eerste wachtzin die een beheerder u gaf. Kies nu uw eigen "
                "wachtzin; daarmee opent u de kluis voortaan. Niemand anders kent haar."
            ),
            self.tr("Wachtzin opslaan"),
            self.tr("Vergrendelen"),
        )
        self.vault = vault
        self.device_store = device_store
        self.input = NewPassphraseInput()
        self.form.addRow(self.input)
        self.inputs.append(self.input)
        self.errors.fields.update(self.input.fields())
        self.setMinimumWidth(560)

    def submit(self) -> None:
        passphrase, repeat = self.input.values()
        try:
            validate_new_passphrase(passphrase, repeat)
        except ValidationError as exc:
            self.errors.show(exc)
            return
        vault, store = self.vault, self.device_store

        def change(_: Reporter) -> None:
            vault.change_passphrase(passphrase, repeat, store)

        self.run(change, self.tr("Nieuwe wachtzin vastleggen…"), lambda _: self.accept())
