"""The unlocked workplace: case list on the left, the chosen case on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QWidget,
)

from app import __version__
from app.vault.vault import Vault
from ui.backup_dialogs import BackupDialog
from ui.case_dialog import NewCaseDialog
from ui.case_list import CaseListPanel
from ui.case_view import CaseView
from ui.idle import LOCK_KEYS
from ui.widgets.dialog_slot import DialogSlot
from ui.widgets.labels import WARNING_STYLE

STATUS_MESSAGE_MS = 10_000


class MainWindow(QMainWindow):
    lock_requested = Signal()
    restore_requested = Signal()
    settings_requested = Signal()
    quit_requested = Signal()

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.dialogs = DialogSlot()
        self._closing_for_lock = False
        self.setWindowTitle(self.tr("Meldcode Werkplek"))

        self.case_list = CaseListPanel(vault)
        self.case_view = CaseView(vault)
        self.case_list.new_case_requested.connect(self.new_case)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.case_list)
        splitter.addWidget(self.case_view)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([600, 680])
        splitter.setContentsMargins(6, 6, 6, 0)
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)

        self._build_menus()
        self._build_status_bar()
        self.case_list.case_chosen.connect(self.case_view.show_case)
        self.case_view.changed.connect(lambda _: self.case_list.refresh())
        self.case_list.refresh()
        self.resize(1200, 760)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Bestand"))
        self.new_case_action = QAction(self.tr("&Nieuwe casus…"), self)
        self.new_case_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_case_action.triggered.connect(self.new_case)
        self.backup_action = QAction(self.tr("Reservekopie &maken…"), self)
        self.backup_action.triggered.connect(self.make_backup)
        self.restore_action = QAction(self.tr("Reservekopie &terugzetten…"), self)
        self.restore_action.triggered.connect(self.restore_requested)
        self.settings_action = QAction(self.tr("&Instellingen…"), self)
        self.settings_action.triggered.connect(self.settings_requested)
        self.lock_action = QAction(self.tr("&Vergrendelen"), self)
        self.lock_action.setShortcut(LOCK_KEYS)
        # Under a dialog this shortcut is blocked; the shell's input filter catches it there.
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.triggered.connect(self.lock_requested)
        self.quit_action = QAction(self.tr("&Afsluiten"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.new_case_action)
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self.quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&Over Meldcode Werkplek"), self)
        about.triggered.connect(self.about)
        help_menu.addAction(about)

    def _build_status_bar(self) -> None:
        user = self.vault.user
        who = f"{user.display_name} ({user.role})" if user.role else user.display_name
        self.user_label = QLabel(self.tr("Gebruiker: {name}").format(name=who))
        self.statusBar().addPermanentWidget(self.user_label)
        self.keyring_warning = QLabel(
            self.tr(
                "Let op: deze kluis is niet aan deze computer gekoppeld (geen sleutelbos); "
                "alleen uw wachtzin beschermt haar."
            )
        )
        self.keyring_warning.setObjectName("keyringWarning")
        self.keyring_warning.setStyleSheet(WARNING_STYLE.replace("padding: 8px", "padding: 2px"))
        self.keyring_warning.setVisible(not self.vault.device_bound)
        self.statusBar().addWidget(self.keyring_warning)

    # -- actions ---------------------------------------------------------------------------

    def new_case(self) -> None:
        dialog = NewCaseDialog(self.vault, self)
        dialog.accepted.connect(lambda: self._case_created(dialog))
        self.open_dialog(dialog)

    def _case_created(self, dialog: NewCaseDialog) -> None:
        if dialog.created_case is None:
            return
        self.case_list.search.clear()
        self.case_list.refresh()
        self.case_list.select(dialog.created_case.id)

    def make_backup(self) -> None:
        dialog = BackupDialog(self.vault, self)
        dialog.done.connect(
            lambda path: self.statusBar().showMessage(
                self.tr("Reservekopie gemaakt: {path}").format(path=path), STATUS_MESSAGE_MS
            )
        )
        self.open_dialog(dialog)

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("Over Meldcode Werkplek"),
            self.tr(
                "Meldcode Werkplek {version}\n\nEen versleuteld werkstation voor de meldcode "
                "huiselijk geweld en kindermishandeling. Alle gegevens blijven versleuteld op "
                "deze computer."
            ).format(version=__version__),
        )

    @property
    def active_dialog(self) -> QDialog | None:
        return self.dialogs.dialog

    def open_dialog(self, dialog: QDialog) -> None:
        self.dialogs.open(dialog)

    # -- locking ---------------------------------------------------------------------------

    def clear_case_data(self) -> None:
        """Drop every model and view that holds case data; the window is then closed."""
        self.dialogs.discard()
        self.case_view.clear()
        self.case_list.clear()

    def close_for_lock(self) -> None:
        self._closing_for_lock = True
        self.clear_case_data()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closing_for_lock:
            # Closing the window ends the program; the vault is locked on the way out.
            self.quit_requested.emit()
        event.accept()
