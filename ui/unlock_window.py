"""The locked state: choose who you are, type the passphrase, and the vault opens."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFont, QPaintEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.crypto.device_secret import DeviceSecretStore
from app.errors import (
    DeviceSecretMissing,
    KeyFileDamaged,
    MeldcodeError,
    UnlockThrottled,
    VaultDamaged,
    VaultInUse,
    VaultMissing,
    WrongPassphrase,
)
from app.server_address import server_place
from app.vault.attempts import AttemptTracker
from app.vault.holders import SlotHolder, slot_holders, user_attempt_key
from app.vault.location import VaultLocation
from ui.text import error_details, error_text
from ui.widgets.busy import BusyIndicator
from ui.widgets.countdown import Countdown
from ui.widgets.dialog_slot import DialogSlot
from ui.widgets.fields import ErrorField, FieldErrors, error_label
from ui.widgets.labels import grow_to_fit, link_button
from ui.widgets.notice import DetailedNotice
from ui.widgets.passphrase import password_line
from ui.widgets.tones import Look, Tone
from ui.widgets.wheel import choice_box
from ui.workers import Reporter, run_in_background

# The vault itself (SQLCipher, the stores, Argon2) is read while the passphrase is typed (the
# shell's preload) or at the latest when the user asks to unlock: this window only lists the
# key file's users, so it comes up without them.
if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from app.vault.vault import Vault

KEYRING_AT_THE_LATEST_MS = 1000
BANNER_STYLE = Look(Tone.URGENT, "QFrame#problem { border: 1px solid; }")


class ProblemBanner(QFrame):
    """A problem with the vault itself, explained, with the one thing that helps."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problem")
        BANNER_STYLE.on(self)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.hide()
        self.details_button = QPushButton(self.tr("Details"))
        self.details_button.setCheckable(True)
        self.details_button.setAccessibleName(self.tr("Technische details tonen"))
        self.details_button.toggled.connect(self.details.setVisible)
        self.action = QPushButton()
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.details)
        row = QHBoxLayout()
        row.addWidget(self.details_button)
        row.addStretch(1)
        row.addWidget(self.action)
        layout.addLayout(row)
        self._handler: Callable[[], None] | None = None
        self.hide()

    def show_problem(
        self,
        text: str,
        action: str = "",
        handler: Callable[[], None] | None = None,
        details: str = "",
    ) -> None:
        self.text.setText(text)
        self.details.setText(details)
        self.details_button.setChecked(False)
        self.details_button.setVisible(bool(details))
        if self._handler is not None:
            self.action.clicked.disconnect()
        self._handler = handler
        if action and handler is not None:
            self.action.setText(action)
            self.action.clicked.connect(handler)
            self.action.show()
        else:
            self.action.hide()
        self.show()
        grow_to_fit(self)

    def clear(self) -> None:
        self.text.clear()
        self.hide()


class UnlockWindow(QWidget):
    unlocked = Signal(object)  # the unlocked Vault
    unlock_started = Signal()  # the key is being derived: time to read what comes next
    typing_started = Signal()  # the first key of a passphrase: time to read the vault's code
    practice_requested = Signal()

    def __init__(
        self,
        location: VaultLocation,
        device_store: DeviceSecretStore,
        notice: str = "",
        parent: QWidget | None = None,
        *,
        practice_server: str = "",
        last_user: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.location = location
        self.device_store = device_store
        # Who worked in the vault before it locked: chosen again, as the one most likely back.
        self.last_user = last_user
        # From the policy: this computer works in the practice server, not in a vault here.
        self.practice_server = practice_server
        self.dialogs = DialogSlot()
        self._working = False
        self._usable = False  # False while the vault's files cannot be read
        self.setWindowTitle(self.tr("Meldcode Werkplek – vergrendeld"))

        title = QLabel(self.tr("Meldcode Werkplek"))
        title_font = QFont(title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.6)
        title_font.setBold(True)
        title.setFont(title_font)
        subtitle = QLabel(
            self.tr("Meld u aan bij de praktijkserver met uw inlognaam en wachtzin.")
            if practice_server
            else self.tr("De kluis is vergrendeld. Ontgrendel haar met uw wachtzin.")
        )
        subtitle.setWordWrap(True)
        self.store_label = QLabel(self._store_text())
        self.store_label.setObjectName("storeLabel")
        self.store_label.setAccessibleName(self.tr("Waar de gegevens staan"))
        self.store_label.setAccessibleDescription(self.store_label.text())
        self.store_label.setWordWrap(True)
        self.notice = QLabel(notice)
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.setVisible(bool(notice))
        self.keyring_note = DetailedNotice(
            self.tr(
                "Deze computer kan geen extra geheim voor de kluis bewaren. Een kluis die op "
                "deze computer is gemaakt, opent hier nu alleen met de herstelcode. Vraag uw "
                "beheerder dit na te kijken."
            ),
            self.tr(
                "Technisch: er is geen bruikbare sleutelbos (Windows Referentiebeheer, macOS "
                "Sleutelhanger of Secret Service); kluizen met alleen een wachtzin openen wel."
            ),
        )
        # Asked in the worker: finding the keyring's backends is slow, and the window should
        # be there at once. Asked once the window has been drawn (or after a second, should it
        # not be): the window thread would otherwise share Python with that import while it
        # draws the window.
        self.keyring_note.hide()
        self._keyring_asked = False
        self._keyring_due = False
        self.keyring_answered = False
        self._keyring_available: bool | None = None  # not asked yet
        self._holders: list[SlotHolder] = []
        QTimer.singleShot(KEYRING_AT_THE_LATEST_MS, self, self._ask_keyring)

        self.user = choice_box()
        # On the practice server the users are there, not here: the user types their login.
        self.login = QLineEdit()
        self.login.setAccessibleName(self.tr("Inlognaam"))
        self.login_field = ErrorField(self.login)
        self.passphrase = password_line()
        self.passphrase_field = ErrorField(self.passphrase)
        self.form_error = error_label()
        self.errors = FieldErrors(
            {"login": self.login_field, "passphrase": self.passphrase_field}, self.form_error
        )
        self.wait_label = QLabel()
        self.wait_label.setObjectName("waitLabel")
        self.wait_label.hide()
        self.busy = BusyIndicator()
        self.unlock_button = QPushButton(
            self.tr("Aanmelden") if practice_server else self.tr("Ontgrendelen")
        )
        self.unlock_button.setDefault(True)
        self.unlock_button.setAutoDefault(True)
        self.banner = ProblemBanner()
        self.recovery_link = link_button(self.tr("Herstelcode gebruiken"))
        self.restore_link = link_button(self.tr("Reservekopie terugzetten…"))
        self.practice_link = link_button(self.tr("Oefenen met fictieve casussen"))

        form = QFormLayout()
        if practice_server:
            form.addRow(self.tr("Inlognaam:"), self.login_field)
            self.user.hide()
        else:
            form.addRow(self.tr("Gebruiker:"), self.user)
            self.login_field.hide()
        form.addRow(self.tr("Wachtzin:"), self.passphrase_field)
        button_row = QHBoxLayout()
        button_row.addWidget(self.wait_label)
        button_row.addStretch(1)
        button_row.addWidget(self.unlock_button)
        links = QHBoxLayout()
        links.addWidget(self.recovery_link)
        links.addWidget(self.restore_link)
        links.addStretch(1)
        links.addWidget(self.practice_link)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 20)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addWidget(self.store_label)
        layout.addWidget(self.notice)
        layout.addWidget(self.keyring_note)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.form_error)
        layout.addWidget(self.busy)
        layout.addLayout(button_row)
        layout.addWidget(self.banner)
        layout.addStretch(1)
        layout.addLayout(links)
        self.setMinimumWidth(520)

        self.countdown = Countdown(self)
        self.countdown.tick.connect(self._waiting)
        self.countdown.done.connect(self._wait_over)
        self.unlock_button.clicked.connect(self.unlock)
        self.passphrase.returnPressed.connect(self.unlock)
        self.login.returnPressed.connect(self.passphrase.setFocus)
        self.passphrase.textEdited.connect(self._typing)
        self.user.currentIndexChanged.connect(self._user_changed)
        self.recovery_link.clicked.connect(self.open_recovery)
        self.restore_link.clicked.connect(self.open_restore)
        self.practice_link.clicked.connect(self.practice_requested)
        # The recovery code and the backups named here are those of the vault on this computer.
        self.recovery_link.setVisible(not practice_server)
        self.restore_link.setVisible(not practice_server)
        self.reload_users()

    def _store_text(self) -> str:
        if not self.practice_server:
            return self.tr("Kluis op deze computer: {folder}").format(
                folder=str(self.location.folder)
            )
        place = server_place(self.practice_server)
        return self.tr("Praktijkserver: {host}, database {database}").format(
            host=place.host if place else self.practice_server,
            database=place.database if place else "",
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._keyring_due:
            self._keyring_due = True
            QTimer.singleShot(0, self, self._ask_keyring)

    def _ask_keyring(self) -> None:
        if self._keyring_asked:
            return
        self._keyring_asked = True
        store = self.device_store
        run_in_background(
            lambda _: store.available(),
            context=self,
            on_result=self._keyring_answer,
            on_error=lambda _error: self._keyring_answer(False),
        )

    def _keyring_answer(self, available: bool) -> None:
        self._keyring_available = available
        self._show_keyring_note()
        self.keyring_answered = True

    def _show_keyring_note(self) -> None:
        """Only where the keyring has a part: the chosen user's slot is bound to this
        computer's secret. The server's key slots, and a vault made without a keyring, are
        under the passphrase alone, and open without it."""
        user = self.selected_user_id()
        bound = any(h.device_bound for h in self._holders if h.user_id == user)
        wanted = self._keyring_available is False and bound and not self.practice_server
        if wanted == self.keyring_note.isHidden():
            self.keyring_note.setVisible(wanted)
            # Shown after the window: it grows to show the whole note (it was cut off).
            grow_to_fit(self)

    # -- users -----------------------------------------------------------------------------

    def reload_users(self) -> None:
        self.user.clear()
        self.banner.clear()
        if self.practice_server:
            self._usable = True
            self._refresh_enabled()
            (self.passphrase if self.login.text() else self.login).setFocus()
            return
        try:
            holders = slot_holders(self.location)
        except MeldcodeError as exc:
            self._usable = False
            self._refresh_enabled()
            self._show_vault_problem(exc)
            return
        self._usable = bool(holders)
        self._holders = holders
        # By name, not by the key file's order (which moves as slots are rewritten).
        for holder in sorted(holders, key=lambda h: (h.display_name.casefold(), h.user_id)):
            self.user.addItem(holder.display_name, holder.user_id)
        if self.last_user is not None and self.user.findData(self.last_user) >= 0:
            self.user.setCurrentIndex(self.user.findData(self.last_user))
        self._refresh_enabled()
        self.passphrase.setFocus()

    def _typing(self) -> None:
        self.passphrase.textEdited.disconnect(self._typing)
        self.typing_started.emit()

    def selected_user_id(self) -> int | None:
        data = self.user.currentData()
        return int(data) if data is not None else None

    def _user_changed(self) -> None:
        self.errors.clear()
        self.countdown.start(self._seconds_to_wait())
        self._show_keyring_note()

    def _seconds_to_wait(self) -> int:
        """The wait after failed attempts, as remembered beside the vault (also after a restart)."""
        user_id = self.selected_user_id()
        if user_id is None or not self._usable:
            return 0
        return AttemptTracker(self.location.attempts_path).seconds_to_wait(
            user_attempt_key(user_id)
        )

    # -- unlocking -------------------------------------------------------------------------

    def unlock(self) -> None:
        if self._working or self.countdown.running:
            return
        if self.practice_server:
            self._unlock_server()
            return
        user_id = self.selected_user_id()
        if user_id is None:
            return
        passphrase = self.passphrase.text()
        if not passphrase:
            self.errors.set("passphrase", self.tr("Vul uw wachtzin in."))
            return
        self.errors.clear()
        self.banner.clear()
        location, store = self.location, self.device_store

        def open_vault(report: Reporter) -> Vault:
            from app.vault.vault import Vault

            return Vault.unlock(location, user_id, passphrase, store, report.stage)

        self._set_working(True)
        self.busy.start(self.tr("Sleutel controleren…"))
        self.unlock_started.emit()
        run_in_background(
            open_vault,
            context=self,
            on_result=self.unlocked.emit,
            on_error=self._failed,
            on_stage=self._stage,
            on_finished=lambda: self._set_working(False),
        )

    def _unlock_server(self) -> None:
        login, passphrase = self.login.text().strip(), self.passphrase.text()
        self.errors.clear()
        if not login:
            self.errors.set("login", self.tr("Vul uw inlognaam in."))
        if not passphrase:
            self.errors.set("passphrase", self.tr("Vul uw wachtzin in."))
        if not login or not passphrase:
            return
        self.banner.clear()
        url = self.practice_server

        def open_server(_: Reporter) -> object:
            from app.server.practice import PracticeServer

            return PracticeServer.open(url, login, passphrase)

        self._set_working(True)
        self.busy.start(self.tr("Verbinden met de praktijkserver…"))
        self.unlock_started.emit()
        run_in_background(
            open_server,
            context=self,
            on_result=self.unlocked.emit,
            on_error=self._failed,
            on_finished=lambda: self._set_working(False),
        )

    def _stage(self, name: str) -> None:
        texts = {
            "key": self.tr("Sleutel controleren…"),
            "open": self.tr("Kluis openen…"),
            "integrity": self.tr("Versleutelde pagina's controleren…"),
            "backup": self.tr("Reservekopie maken vóór de update…"),
        }
        self.busy.set_text(texts.get(name, self.tr("Bezig…")))

    def _failed(self, error: MeldcodeError) -> None:
        if isinstance(error, WrongPassphrase):
            self.passphrase.clear()
            self.errors.set("passphrase", error_text(error))
            self.countdown.start(error.delay_seconds)
        elif isinstance(error, UnlockThrottled):
            self.errors.set("passphrase", error_text(error))
            self.countdown.start(error.seconds)
        else:
            self._show_vault_problem(error)

    def _show_vault_problem(self, error: MeldcodeError) -> None:
        if isinstance(error, DeviceSecretMissing):
            self.banner.show_problem(
                error_text(error),
                self.tr("Herstelcode gebruiken…"),
                self.open_recovery,
                error_details(error),
            )
        elif isinstance(error, VaultInUse):
            # Open in another program: say who has it, and try again once they have locked.
            self.banner.show_problem(error_text(error), self.tr("Opnieuw proberen"), self.unlock)
        elif isinstance(error, VaultDamaged | KeyFileDamaged | VaultMissing):
            self.banner.show_problem(
                error_text(error),
                self.tr("Reservekopie terugzetten…"),
                self.open_restore,
                error_details(error),
            )
        else:
            self.banner.show_problem(error_text(error), details=error_details(error))

    def _set_working(self, working: bool) -> None:
        self._working = working
        self._refresh_enabled()
        if not working:
            self.busy.stop()
            self.passphrase.setFocus()

    def _refresh_enabled(self) -> None:
        ready = self._usable and not self._working
        for widget in (self.user, self.login, self.passphrase, self.recovery_link):
            widget.setEnabled(ready)
        self.unlock_button.setEnabled(ready and not self.countdown.running)
        self.practice_link.setEnabled(not self._working)

    # -- practice mode ---------------------------------------------------------------------

    def wait_for_practice(self, text: str) -> None:
        """The practice vault is being opened elsewhere (in a worker); nothing to do here."""
        self.errors.clear()
        self.banner.clear()
        self._set_working(True)
        self.busy.start(text)

    def practice_ended(self) -> None:
        self._set_working(False)

    def show_practice_problem(
        self, text: str, action: str = "", handler: Callable[[], None] | None = None
    ) -> None:
        self.banner.show_problem(text, action, handler)

    def _waiting(self, seconds: int) -> None:
        self._refresh_enabled()
        if seconds == 1:
            self.wait_label.setText(self.tr("Wacht nog 1 seconde…"))
        else:
            self.wait_label.setText(
                self.tr("Wacht nog {seconds} seconden…").format(seconds=seconds)
            )
        self.wait_label.show()

    def _wait_over(self) -> None:
        left = self._seconds_to_wait()
        if left:  # the timer ran a little ahead of the vault's clock
            self.countdown.start(left)
            return
        self.wait_label.hide()
        self._refresh_enabled()

    # -- the other ways in -----------------------------------------------------------------

    def open_recovery(self) -> None:
        from ui.recovery_dialog import RecoveryDialog  # when asked: not before the window

        dialog = RecoveryDialog(self.location, self.selected_user_id(), self)
        dialog.unlocked.connect(self.unlocked.emit)
        self._open(dialog)

    def open_restore(self) -> None:
        from ui.backup_dialogs import RestoreDialog  # when asked: not before the window

        dialog = RestoreDialog(self.location, self)
        dialog.restored.connect(self._restored)
        self._open(dialog)

    def _restored(self) -> None:
        self.reload_users()
        self.show_restored_notice()

    def show_restored_notice(self) -> None:
        self.set_notice(
            self.tr(
                "De reservekopie is teruggezet. Ontgrendel met uw wachtzin; op een andere "
                "computer kiest u 'Herstelcode gebruiken'."
            )
        )

    @property
    def active_dialog(self) -> QDialog | None:
        return self.dialogs.dialog

    def _open(self, dialog: QDialog) -> None:
        self.dialogs.open(dialog)

    def set_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))
        grow_to_fit(self)
