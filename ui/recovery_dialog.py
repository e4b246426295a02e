"""The way in without the passphrase: the recovery code, then a new passphrase at once."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.crypto.device_secret import DeviceSecretStore
from app.domain.passphrase import validate_new_passphrase
from app.errors import (
    MeldcodeError,
    UnlockThrottled,
    ValidationError,
    WrongRecoveryCode,
)
from app.vault.location import VaultLocation
from app.vault.vault import Vault, slot_holders
from ui.text import error_text
from ui.widgets.busy import BusyIndicator
from ui.widgets.countdown import Countdown
from ui.widgets.fields import ErrorField, FieldErrors, error_label
from ui.widgets.labels import wrapped
from ui.widgets.passphrase import NewPassphraseInput
from ui.workers import Reporter, run_in_background


class RecoveryDialog(QDialog):
    """Open the vault with the recovery code, as the chosen user."""

    unlocked = Signal(object)  # the Vault, with `recovered` set

    def __init__(
        self, location: VaultLocation, user_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.location = location
        self._working = False
        self.setWindowTitle(self.tr("Herstelcode gebruiken"))
        intro = wrapped(
            self.tr(
                "Typ de herstelcode van uw papieren afdruk; streepjes en hoofdletters maken "
                "niet uit. Daarna kiest u meteen een nieuwe wachtzin."
            )
        )
        self.user = QComboBox()
        self.code = QLineEdit()
        self.code.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        self.code.setFont(QFont("monospace"))
        self.code.setMinimumWidth(380)
        self.code_field = ErrorField(self.code)
        self.form_error = error_label()
        self.errors = FieldErrors({"recovery_code": self.code_field}, self.form_error)
        self.busy = BusyIndicator()
        self.buttons = QDialogButtonBox()
        self.open_button = QPushButton(self.tr("Openen"))
        self.open_button.setDefault(True)
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Gebruiker:"), self.user)
        form.addRow(self.tr("Herstelcode:"), self.code_field)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.form_error)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.countdown = Countdown(self)
        self.countdown.tick.connect(lambda _: self.open_button.setEnabled(False))
        self.countdown.done.connect(lambda: self.open_button.setEnabled(not self._working))
        try:
            for holder in slot_holders(location):
                self.user.addItem(holder.display_name, holder.user_id)
        except MeldcodeError as exc:
            self.errors.show_form_error(error_text(exc))
            self.open_button.setEnabled(False)
        if user_id is not None and self.user.findData(user_id) >= 0:
            self.user.setCurrentIndex(self.user.findData(user_id))

    def submit(self) -> None:
        if self._working or self.countdown.running or self.user.currentData() is None:
            return
        code = self.code.text()
        if not code.strip():
            self.errors.set("recovery_code", self.tr("Vul de herstelcode in."))
            return
        self.errors.clear()
        location, user_id = self.location, int(self.user.currentData())

        def open_vault(report: Reporter) -> Vault:
            return Vault.unlock_with_recovery(location, code, user_id, report.stage)

        self._set_working(True)
        self.busy.start(self.tr("Herstelcode controleren en kluis openen…"))
        run_in_background(
            open_vault,
            context=self,
            on_result=self._opened,
            on_error=self._failed,
            on_finished=lambda: self._set_working(False),
        )

    def _opened(self, vault: Vault) -> None:
        self.code.clear()
        self.accept()
        self.unlocked.emit(vault)

    def _failed(self, error: MeldcodeError) -> None:
        if isinstance(error, WrongRecoveryCode):
            self.errors.set("recovery_code", error_text(error))
            self.countdown.start(error.delay_seconds)
        elif isinstance(error, UnlockThrottled):
            self.errors.set("recovery_code", error_text(error))
            self.countdown.start(error.seconds)
        else:
            self.errors.show_form_error(error_text(error))

    def _set_working(self, working: bool) -> None:
        self._working = working
        self.code.setEnabled(not working)
        self.user.setEnabled(not working)
        self.open_button.setEnabled(not working and not self.countdown.running)
        if not working:
            self.busy.stop()


class NewPassphraseDialog(QDialog):
    """After the recovery code: a new passphrase is required before any work."""

    def __init__(
        self, vault: Vault, device_store: DeviceSecretStore, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.device_store = device_store
        self._working = False
        self.setWindowTitle(self.tr("Nieuwe wachtzin kiezen"))
        intro = wrapped(
            self.tr(
                "U hebt de kluis geopend met de herstelcode. Kies nu een nieuwe wachtzin; "
                "daarmee opent u de kluis voortaan op deze computer."
            )
        )
        self.input = NewPassphraseInput()
        self.form_error = error_label()
        self.errors = FieldErrors(self.input.fields(), self.form_error)
        self.busy = BusyIndicator()
        self.buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("Wachtzin opslaan"))
        self.save_button.setDefault(True)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Vergrendelen"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.input)
        layout.addWidget(self.form_error)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def submit(self) -> None:
        if self._working:
            return
        passphrase, repeat = self.input.values()
        try:
            validate_new_passphrase(passphrase, repeat)
        except ValidationError as exc:
            self.errors.show(exc)
            return
        self.errors.clear()
        vault, store = self.vault, self.device_store

        def change(_: Reporter) -> None:
            vault.change_passphrase(passphrase, repeat, store)

        self._set_working(True)
        self.busy.start(self.tr("Nieuwe wachtzin vastleggen…"))
        run_in_background(
            change,
            context=self,
            on_result=lambda _: self.accept(),
            on_error=self._failed,
            on_finished=lambda: self._set_working(False),
        )

    def _failed(self, error: MeldcodeError) -> None:
        if isinstance(error, ValidationError):
            self.errors.show(error)
        else:
            self.errors.show_form_error(error_text(error))

    def _set_working(self, working: bool) -> None:
        self._working = working
        self.input.setEnabled(not working)
        self.save_button.setEnabled(not working)
        if not working:
            self.busy.stop()

    def reject(self) -> None:
        if not self._working:
            super().reject()
