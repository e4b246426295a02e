"""Which window is up: first-run setup, the locked state, or the unlocked workplace.

The shell owns the unlocked vault. Locking (Ctrl+L, or no input for the auto-lock minutes)
first writes the unsaved input of an open form into the vault as a draft, then empties every
view that shows case data, closes the vault's connection and brings back the unlock window.

Practice mode swaps the vault: the shell locks the one that is open, opens the practice vault
in the worker and enters it like any other. Leaving it is a lock: the unlock window that
follows is always the real vault's.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from app.crypto.device_secret import DeviceSecretStore
from app.errors import KeyFileDamaged, MeldcodeError, VaultDamaged
from app.logs import get_logger
from app.settings import POLICY_UNREADABLE, Settings, may_create_vault, save_settings
from app.vault.location import VaultLocation
from ui.collector import set_aside_survivors, take_back_survivors
from ui.help.keys import HelpKeys
from ui.idle import IdleWatcher
from ui.text import error_text
from ui.unlock_window import UnlockWindow
from ui.workers import Reporter, run_in_background

# The workplace (main window, documents, PDF and its encryption, the practice cases) is
# imported when it is needed, not before the first window: that window then comes about as
# quickly as a bare Qt window and takes little more memory. Once the user asks to unlock, it
# is read in a background thread while the key is derived (Argon2 leaves Python free), so
# entering the vault does not wait for it either.
if TYPE_CHECKING:
    from app.vault.vault import Vault
    from ui.help.tour import FirstUseTour
    from ui.main_window import MainWindow
    from ui.setup_wizard import SetupWizard

log = get_logger("shell")
MS_PER_MINUTE = 60_000
WORKPLACE_MODULES = ("ui.main_window", "app.practice")
# The vault's own code (SQLCipher, the stores, Argon2) is not needed for the unlock window
# either; it is read while the passphrase is typed, so unlocking does not wait for it.
VAULT_MODULES = ("app.vault.vault",)
_preloading: list[threading.Thread] = []
_preloading_vault: list[threading.Thread] = []


def preload_vault() -> None:
    """Import the vault's code in the background, once per process."""
    if _preloading_vault:
        return

    def load() -> None:
        for name in VAULT_MODULES:
            importlib.import_module(name)

    thread = threading.Thread(target=load, name="preload-vault", daemon=True)
    _preloading_vault.append(thread)
    thread.start()


def preload_workplace() -> None:
    """Import the workplace in the background, once per process."""
    if _preloading:
        return

    def load() -> None:
        for name in WORKPLACE_MODULES:
            importlib.import_module(name)
        # What the main window reads first, cached once per run: the Veilig Thuis list. A
        # failure is left for the main window to explain. (The kaders are read when the first
        # case is opened: reading them here would hold up the window thread as it builds.)
        from app.export.veilig_thuis import load_default

        for read in (load_default,):
            try:
                read()
            except Exception:
                continue

    thread = threading.Thread(target=load, name="preload-workplace", daemon=True)
    _preloading.append(thread)
    thread.start()


def warm_up_views() -> None:
    """PySide makes the Python side of a view class when its first instance is made, which
    holds the window thread some 45 ms (Qt's first table and header). One is made here, unseen,
    while the key is derived and the window thread waits anyway, so that the main window's
    first turn does not pay it. A line edit's parts are asked for too: the first object of a
    class Python does not know (the line edit's inner one) makes PySide make a hundred-odd
    classes of Qt's, some 15 ms, at the main window's second turn when it walks its widgets."""
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QLineEdit, QTableView

    for widget in (QTableView(), QLineEdit()):
        widget.findChildren(QObject)
        widget.deleteLater()


def prepare_workplace() -> None:
    """The key is being derived (in the worker): read the workplace meanwhile, and make the
    window thread's first view while it has nothing else to do."""
    preload_workplace()
    QTimer.singleShot(0, warm_up_views)


class Shell(QObject):
    entered = Signal(object)  # the MainWindow, once the vault is open
    locked = Signal()

    def __init__(
        self,
        settings: Settings,
        location: VaultLocation,
        *,
        device_store: DeviceSecretStore | None = None,
        idle_ms: int | None = None,
        config_dir: Path | None = None,
        data_dir: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.location = location
        # The practice vault sits beside the real one, in the same data folder.
        self.data_dir = data_dir or location.folder.parent
        self.device_store = device_store or DeviceSecretStore()
        self.config_dir = config_dir
        self._idle_override = idle_ms
        self.idle = IdleWatcher(self._idle_interval(), self)
        self.idle.idle.connect(self.auto_lock)
        self.idle.lock_key.connect(self.lock)
        self.help_keys = HelpKeys(self)
        self._tour_due = False
        self.tour: FirstUseTour | None = None
        self.vault: Vault | None = None
        # Per vault folder (the practice vault has its own users): who unlocked it last.
        self._last_user: dict[Path, int] = {}
        self.window: QWidget | None = None
        self.wizard: SetupWizard | None = None
        self.unlock_window: UnlockWindow | None = None
        self.main_window: MainWindow | None = None

    def _idle_interval(self) -> int:
        if self._idle_override is not None:
            return self._idle_override
        return max(1, self.settings.auto_lock_minutes) * MS_PER_MINUTE

    def start(self) -> None:
        if self.location.exists() or self.settings.practice_server:
            self.show_unlock()
        else:
            self.show_setup()
        if self.settings.policy_fault:
            self.warn_policy_unreadable()

    def warn_policy_unreadable(self) -> None:
        """Said at every start while the policy is refused; the log names the file and fault."""
        from PySide6.QtWidgets import QMessageBox  # only then: not with every first window

        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Beleid van de beheerder"),
            QCoreApplication.translate("beleid", POLICY_UNREADABLE),
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setObjectName("policyUnreadable")
        box.finished.connect(box.deleteLater)
        box.open()
        self.policy_notice = box

    # -- windows ---------------------------------------------------------------------------

    def _switch_to(self, window: QWidget) -> None:
        """Show the new window before the old one goes, so the program never has none."""
        old, self.window = self.window, window
        old_main = self.main_window
        window.show()
        window.raise_()
        window.activateWindow()
        if old is not None and old is not window:
            if old_main is not None and old is old_main:
                old_main.close_for_lock()
            else:
                old.close()
            old.deleteLater()
        self.wizard = None
        self.unlock_window = window if isinstance(window, UnlockWindow) else None
        self.main_window = None

    def show_setup(self) -> None:
        if not may_create_vault(self.settings, self.device_store.available()):
            log.warning("setup refused: the policy requires a keyring and there is none")
            from ui.keyring_required import KeyringRequiredWindow

            self._switch_to(KeyringRequiredWindow())
            return
        from ui.setup_wizard import SetupWizard

        wizard = SetupWizard(self.location, self.device_store, settings=self.settings)
        wizard.vault_ready.connect(lambda vault: self._set_up(wizard, vault))
        wizard.welcome_page.restore_requested.connect(self._restore_from_setup)
        self._switch_to(wizard)
        self.wizard = wizard

    def _set_up(self, wizard: SetupWizard, vault: Vault) -> None:
        """The new vault is made: keep the profession group chosen in the wizard, then in
        (with the first-use tour)."""
        self._tour_due = True
        settings = wizard.user_page.chosen_settings()
        problem = ""
        if settings != self.settings:
            try:
                save_settings(settings, self.config_dir)
            except MeldcodeError as exc:
                # Not fatal: it holds for this session, and can be chosen again in Instellingen.
                log.warning("settings not saved after setup: %s", type(exc).__name__)
                problem = error_text(exc)
            self.settings = settings
        self.enter(vault)
        if problem and self.main_window is not None:
            self.main_window.statusBar().showMessage(problem)

    def _restore_from_setup(self) -> None:
        from ui.backup_dialogs import RestoreDialog

        assert self.wizard is not None
        dialog = RestoreDialog(self.location, self.wizard)
        dialog.restored.connect(lambda _: self._restored_in_setup())
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _restored_in_setup(self) -> None:
        self.show_unlock()
        assert self.unlock_window is not None
        self.unlock_window.show_restored_notice()

    def show_unlock(self, notice: str = "") -> None:
        window = UnlockWindow(
            self.location,
            self.device_store,
            notice,
            practice_server=self.settings.practice_server,
            last_user=self._last_user.get(self.location.folder),
        )
        window.unlocked.connect(self.enter)
        window.practice_requested.connect(self.start_practice)
        window.unlock_started.connect(prepare_workplace)
        window.typing_started.connect(preload_vault)
        self._switch_to(window)

    def enter(self, vault: Vault) -> None:
        self.vault = vault
        location = getattr(vault, "location", None)  # a practice server's session has none
        if location is not None:
            self._last_user[location.folder] = vault.user.id
        log.info("unlocked user=%s recovered=%s", vault.user.id, vault.recovered)
        self.idle.start()
        if vault.recovered or vault.user.must_change_passphrase:
            from ui.recovery_dialog import NewPassphraseDialog

            dialog = NewPassphraseDialog(vault, self.device_store, self.window)
            dialog.accepted.connect(self._show_main)
            dialog.rejected.connect(self.lock)
            dialog.finished.connect(dialog.deleteLater)
            dialog.open()
        else:
            self._show_main()

    def _show_main(self) -> None:
        from ui.main_window import MainWindow

        assert self.vault is not None
        window = MainWindow(self.vault, self.settings, device_store=self.device_store)
        window.lock_requested.connect(self.lock)
        window.restore_requested.connect(self.restore_from_menu)
        window.settings_requested.connect(self.open_settings)
        window.quit_requested.connect(self.shutdown)
        window.practice_requested.connect(self.start_practice)
        window.leave_practice_requested.connect(self.leave_practice)
        window.reset_practice_requested.connect(self.reset_practice)
        self._switch_to(window)
        self.main_window = window
        self.entered.emit(window)
        set_aside_survivors()
        if self._tour_due:
            self._tour_due = False
            from ui.help.tour import FirstUseTour

            self.tour = FirstUseTour(window)
            self.tour.finished.connect(self._tour_finished)
            self.tour.open()

    def _tour_finished(self) -> None:
        if self.tour is not None:
            self.tour.deleteLater()
            self.tour = None
        if self.main_window is not None:
            self.main_window.activateWindow()

    # -- locking ---------------------------------------------------------------------------

    def lock(self, notice: str = "") -> None:
        """Empty the views, close the vault, show the unlock window. Safe to call twice."""
        if self.vault is None and self.main_window is None:
            return
        self._close_vault()
        self.show_unlock(notice)
        self.locked.emit()

    def auto_lock(self) -> None:
        minutes = max(1, round(self.idle.interval_ms / MS_PER_MINUTE))
        # On the practice server one logs in again; a vault here is unlocked again.
        server = bool(self.settings.practice_server)
        if minutes == 1:
            notice = (
                self.tr("U bent afgemeld omdat er een minuut niets is gedaan.")
                if server
                else self.tr("De kluis is vergrendeld omdat er een minuut niets is gedaan.")
            )
        else:
            notice = (
                self.tr("U bent afgemeld omdat er {minutes} minuten niets is gedaan.")
                if server
                else self.tr("De kluis is vergrendeld omdat er {minutes} minuten niets is gedaan.")
            ).format(minutes=minutes)
        self.lock(notice)

    def restore_from_menu(self) -> None:
        """A backup replaces the vault's files, so the vault is locked first."""
        self.lock()
        assert self.unlock_window is not None
        self.unlock_window.open_restore()

    def shutdown(self) -> None:
        """The program ends: lock without showing anything new."""
        self._close_vault()

    def _close_vault(self) -> None:
        self.idle.stop()
        if self.main_window is not None:
            # Before the connection closes: the drafts are written into this vault.
            self.main_window.keep_drafts()
            self.main_window.clear_case_data()
        vault, self.vault = self.vault, None
        if vault is not None:
            vault.lock()
            log.info("locked")
        take_back_survivors()

    # -- practice mode -----------------------------------------------------------------------

    def start_practice(self) -> None:
        """Lock the vault that is open, then open the practice vault (made when missing)."""
        from app.practice import open_practice_vault

        self._open_practice(open_practice_vault, self.tr("De oefenkluis wordt geopend…"))

    def reset_practice(self) -> None:
        from app.practice import reset_practice_vault
        from ui.widgets import ask

        if self.main_window is not None and not ask.ask(
            self.main_window,
            self.tr("Oefenkluis opnieuw beginnen"),
            self.tr(
                "Alles wat u in de oefenkluis hebt gedaan, gaat weg; de voorbeeldcasussen komen "
                "terug zoals ze waren. Uw eigen kluis blijft zoals hij is."
            ),
            self.tr("Opnieuw beginnen"),
            self.tr("Annuleren"),
        ):
            return
        self._open_practice(reset_practice_vault, self.tr("De oefenkluis wordt opnieuw gemaakt…"))

    def leave_practice(self) -> None:
        self.lock(self.tr("U oefent niet meer. Ontgrendel uw eigen kluis om verder te werken."))

    def _open_practice(self, opener: Callable[[Path], Vault], busy_text: str) -> None:
        self.lock()
        if self.unlock_window is None:
            self.show_unlock()
        window = self.unlock_window
        assert window is not None
        window.wait_for_practice(busy_text)
        data_dir = self.data_dir

        def open_practice(_: Reporter) -> Vault:
            return opener(data_dir)

        run_in_background(
            open_practice,
            context=window,
            on_result=self.enter,
            on_error=lambda error: self._practice_failed(window, error),
            on_finished=window.practice_ended,
        )

    def _practice_failed(self, window: UnlockWindow, error: MeldcodeError) -> None:
        from app.practice import reset_practice_vault

        if isinstance(error, KeyFileDamaged | VaultDamaged):
            window.show_practice_problem(
                error_text(error),
                self.tr("Oefenkluis opnieuw maken"),
                lambda: self._open_practice(
                    reset_practice_vault, self.tr("De oefenkluis wordt opnieuw gemaakt…")
                ),
            )
        else:
            window.show_practice_problem(error_text(error))

    # -- settings --------------------------------------------------------------------------

    def open_settings(self) -> None:
        from ui.settings_dialog import SettingsDialog

        if self.main_window is None:
            return
        dialog = SettingsDialog(self.settings, self.main_window, self.main_window.library)
        dialog.changed.connect(self.apply_settings)
        self.main_window.open_dialog(dialog)

    def apply_settings(self, settings: Settings) -> None:
        try:
            save_settings(settings, self.config_dir)
        except MeldcodeError as exc:
            if self.main_window is not None:
                self.main_window.statusBar().showMessage(error_text(exc))
            return
        self.settings = settings
        self.idle.set_interval(self._idle_interval())
        if self.main_window is not None:
            self.main_window.apply_settings(settings)
