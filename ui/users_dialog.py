"""Praktijk > Gebruikers: the practice's people, their roles, and who sees which case.

Everything is decided by the core (`Vault.add_user`, `deactivate_user`, `reset_passphrase`,
`set_case_visibility`): a colleague without the beheerder right sees the list and may change
their own passphrase; the buttons for the rest are switched off for them, and the core refuses
them anyway. On the practice server a colleague whom `server import-vault` brought over from a
vault has no login yet: a beheerder gives one, with a first passphrase
(`PracticeServer.give_login`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.crypto.device_secret import DeviceSecretStore
from app.domain.models import User, UserDraft
from app.domain.roles import ADMIN_LABEL, CaseVisibility, WorkRole
from app.errors import MeldcodeError, ValidationError
from app.vault.vault import Vault
from ui.edit_dialog import FormDialog
from ui.text import error_text, label_text
from ui.widgets import ask
from ui.widgets.labels import resize_within_screen, wrapped
from ui.widgets.passphrase import NewPassphraseInput
from ui.widgets.wheel import choice_box


def role_text(role: WorkRole) -> str:
    return label_text(role)


def roles_text(user: User) -> str:
    parts = [role_text(user.work_role)]
    if user.is_admin:
        parts.append(QCoreApplication.translate("labels", ADMIN_LABEL))
    return ", ".join(parts)


class AddUserDialog(FormDialog):
    """A colleague with a role and a first passphrase they change at their first unlock."""

    def __init__(
        self, vault: Vault, device_store: DeviceSecretStore, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.device_store = device_store
        self.added: User | None = None
        self.setWindowTitle(self.tr("Collega toevoegen"))
        self.name = QLineEdit()
        self.job_title = QLineEdit()
        self.job_title.setPlaceholderText(self.tr("bijvoorbeeld huisarts, verloskundige"))
        self.role = choice_box()
        for role in WorkRole:
            self.role.addItem(role_text(role), role.value)
        self.admin = QCheckBox(self.tr("Mag gebruikers beheren (beheerder)"))
        self.passphrase = NewPassphraseInput()
        self.add_row(self.tr("Naam:"), "display_name", self.name)
        # On the practice server a colleague logs in with a login from every computer.
        self.login = QLineEdit()
        if vault.on_server:
            self.add_row(
                self.tr("Inlognaam:"),
                "login",
                self.login,
                self.tr("Waarmee de collega zich op elke computer van de praktijk aanmeldt."),
            )
        self.add_row(self.tr("Functie:"), "role", self.job_title)
        self.add_row(
            self.tr("Rol:"),
            "work_role",
            self.role,
            self.tr(
                "Een praktijkmanager ziet aantallen, registraties, het logboek en de "
                "gebruikers, maar nooit de inhoud van een casus."
            ),
        )
        self.add_row("", "is_admin", self.admin)
        self.form.addRow(self.passphrase)
        self.fields.update(self.passphrase.fields())
        self.lay_out(
            self.tr(
                "Geef de collega een eerste wachtzin. Bij de eerste keer ontgrendelen kiest "
                "de collega een eigen wachtzin; pas daarna kan hij of zij werken."
            ),
            600,
            560,
        )
        self.save_button.setText(self.tr("Toevoegen"))

    def draft(self) -> UserDraft:
        return UserDraft(
            self.name.text(),
            self.job_title.text(),
            "",
            str(self.role.currentData()),
            is_admin=self.admin.isChecked(),
        )

    def save(self) -> bool:
        passphrase, repeat = self.passphrase.values()
        if self.vault.on_server:
            self.added = self.vault.add_user(self.draft(), self.login.text(), passphrase, repeat)
        else:
            self.added = self.vault.add_user(self.draft(), passphrase, repeat, self.device_store)
        return True


class PassphraseDialog(FormDialog):
    """A new passphrase: one's own, or a new first one a beheerder gives a colleague."""

    def __init__(
        self,
        vault: Vault,
        device_store: DeviceSecretStore,
        user: User,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.device_store = device_store
        self.user = user
        own = user.id == vault.user.id
        self.setWindowTitle(
            self.tr("Eigen wachtzin wijzigen") if own else self.tr("Nieuwe eerste wachtzin")
        )
        self.passphrase = NewPassphraseInput()
        self.form.addRow(self.passphrase)
        self.fields.update(self.passphrase.fields())
        intro = (
            (
                self.tr("Kies een nieuwe wachtzin. Daarmee meldt u zich voortaan aan.")
                if vault.on_server
                else self.tr("Kies een nieuwe wachtzin. Daarmee opent u de kluis voortaan.")
            )
            if own
            else self.tr(
                "Een nieuwe eerste wachtzin voor {name}, die de eigen wachtzin vergat. Doe dit "
                "met {name} erbij: bij de volgende keer ontgrendelen kiest {name} een eigen "
                "wachtzin. Dit wordt in het logboek vastgelegd."
            ).format(name=user.display_name)
        )
        self.lay_out(intro, 560, 360)

    def save(self) -> bool:
        passphrase, repeat = self.passphrase.values()
        if self.user.id == self.vault.user.id:
            self.vault.change_passphrase(passphrase, repeat, self.device_store)
        else:
            self.vault.reset_passphrase(self.user.id, passphrase, repeat, self.device_store)
        return True


class LoginDialog(FormDialog):
    """A login and a first passphrase for a colleague on the practice server who has none."""

    def __init__(self, vault: Vault, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.user = user
        self.setWindowTitle(self.tr("Inlognaam geven"))
        self.login = QLineEdit()
        self.add_row(
            self.tr("Inlognaam:"),
            "login",
            self.login,
            self.tr("Waarmee de collega zich op elke computer van de praktijk aanmeldt."),
        )
        self.passphrase = NewPassphraseInput()
        self.form.addRow(self.passphrase)
        self.fields.update(self.passphrase.fields())
        self.lay_out(
            self.tr(
                "{name} kwam mee uit een kluis en heeft op de praktijkserver nog geen "
                "inlognaam. Geef {name} een inlognaam en een eerste wachtzin. Doe dit met "
                "{name} erbij: bij de eerste keer aanmelden kiest {name} een eigen wachtzin. "
                "Dit wordt in het logboek vastgelegd."
            ).format(name=user.display_name),
            560,
            420,
        )
        self.save_button.setText(self.tr("Inlognaam geven"))

    def save(self) -> bool:
        passphrase, repeat = self.passphrase.values()
        self.vault.give_login(self.user.id, self.login.text(), passphrase, repeat)
        return True


class UsersDialog(QDialog):
    COLUMNS = 6
    LOGIN_COLUMN = 5  # on the practice server only: what the colleague logs in with

    def __init__(
        self, vault: Vault, device_store: DeviceSecretStore, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.device_store = device_store
        self.child: QDialog | None = None
        self.setWindowTitle(self.tr("Gebruikers"))
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setTabKeyNavigation(False)
        self.table.setAccessibleName(self.tr("Gebruikers van de praktijk"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Naam"),
                self.tr("Functie"),
                self.tr("Rol"),
                self.tr("Status"),
                self.tr("Nr."),
                self.tr("Inlognaam"),
            ]
        )
        self.table.setColumnHidden(self.LOGIN_COLUMN, not vault.on_server)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._refresh_buttons)

        self.add_button = QPushButton(self.tr("Collega toevoegen…"))
        self.reset_button = QPushButton(self.tr("Nieuwe eerste wachtzin…"))
        self.deactivate_button = QPushButton(self.tr("Uitschakelen…"))
        self.own_button = QPushButton(self.tr("Mijn wachtzin wijzigen…"))
        # Only on the server, where a colleague from an imported vault may have no login yet.
        self.login_button = QPushButton(self.tr("Inlognaam geven…"))
        self.login_button.setVisible(vault.on_server)
        self.add_button.clicked.connect(self.add_colleague)
        self.reset_button.clicked.connect(self.give_first_passphrase)
        self.deactivate_button.clicked.connect(self.deactivate)
        self.own_button.clicked.connect(self.change_own_passphrase)
        self.login_button.clicked.connect(self.give_login)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.login_button, self.reset_button):
            buttons.addWidget(button)
        buttons.addWidget(self.deactivate_button)
        buttons.addStretch(1)
        buttons.addWidget(self.own_button)

        self.visibility = choice_box()
        for choice in CaseVisibility:
            self.visibility.addItem(label_text(choice), choice.value)
        self.visibility.setCurrentIndex(self.visibility.findData(vault.case_visibility.value))
        self.visibility.currentIndexChanged.connect(self._visibility_chosen)
        visibility_row = QHBoxLayout()
        visibility_row.addWidget(QLabel(self.tr("Wie ziet welke casus:")))
        visibility_row.addWidget(self.visibility, 1)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("usersMessage")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            wrapped(
                self.tr(
                    "Een gebruiker wordt nooit gewist: het logboek blijft hem noemen. Wie "
                    "uitgeschakeld is, kan zich niet meer aanmelden tot een beheerder een "
                    "nieuwe eerste wachtzin geeft."
                )
                if vault.on_server
                else self.tr(
                    "Een gebruiker wordt nooit gewist: het logboek blijft hem noemen. Wie "
                    "uitgeschakeld is, kan de kluis niet meer openen tot een beheerder een "
                    "nieuwe eerste wachtzin geeft."
                )
            )
        )
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addLayout(visibility_row)
        layout.addWidget(self.message)
        layout.addWidget(close)
        resize_within_screen(self, 820, 520)
        self.reload()

    # -- showing ---------------------------------------------------------------------------

    def reload(self) -> None:
        self.users = self.vault.users()
        # On the server: who has a login (one brought over from a vault may have none yet).
        self.logins = (
            {u.id: self.vault.login_of(u.id) for u in self.users} if self.vault.on_server else {}
        )
        self.table.setRowCount(len(self.users))
        for row, user in enumerate(self.users):
            if self._without_login(user):
                status = self.tr("Nog geen inlognaam")
            elif not user.active:
                status = self.tr("Uitgeschakeld")
            elif user.must_change_passphrase:
                status = self.tr("Moet eigen wachtzin kiezen")
            else:
                status = self.tr("Actief")
            login = self.logins.get(user.id, "")
            cells = (user.display_name, user.role, roles_text(user), status, str(user.id), login)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, user.id)
                self.table.setItem(row, column, item)
        self._refresh_buttons()

    def selected_user(self) -> User | None:
        rows = self.table.selectionModel().selectedRows()
        return self.users[rows[0].row()] if rows else None

    def select_user(self, user_id: int) -> None:
        for row, user in enumerate(self.users):
            if user.id == user_id:
                self.table.selectRow(row)

    def _without_login(self, user: User) -> bool:
        return self.vault.on_server and not self.logins.get(user.id)

    def _refresh_buttons(self) -> None:
        admin = self.vault.user.is_admin
        chosen = self.selected_user()
        other = chosen is not None and chosen.id != self.vault.user.id
        no_login = chosen is not None and self._without_login(chosen)
        self.add_button.setEnabled(admin)
        self.login_button.setEnabled(admin and other and no_login)
        self.reset_button.setEnabled(admin and other and not no_login)
        self.deactivate_button.setEnabled(admin and other and bool(chosen and chosen.active))
        self.visibility.setEnabled(admin)

    def show_message(self, text: str) -> None:
        self.message.setText(text)

    # -- actions ---------------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> None:
        self.child = dialog
        dialog.accepted.connect(self.reload)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def add_colleague(self) -> None:
        dialog = AddUserDialog(self.vault, self.device_store, self)
        dialog.accepted.connect(
            lambda: self.show_message(
                self.tr("{name} is toegevoegd.").format(
                    name=dialog.added.display_name if dialog.added else ""
                )
            )
        )
        self._open(dialog)

    def give_first_passphrase(self) -> None:
        user = self.selected_user()
        if user is not None:
            self._open(PassphraseDialog(self.vault, self.device_store, user, self))

    def give_login(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        dialog = LoginDialog(self.vault, user, self)
        dialog.accepted.connect(
            lambda: self.show_message(
                self.tr("{name} kan zich nu aanmelden als {login}.").format(
                    name=user.display_name,
                    login=self.vault.login_of(user.id),
                )
            )
        )
        self._open(dialog)

    def change_own_passphrase(self) -> None:
        self._open(PassphraseDialog(self.vault, self.device_store, self.vault.user, self))

    def deactivate(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        if not ask.ask(
            self,
            self.tr("Gebruiker uitschakelen"),
            (
                self.tr(
                    "{name} kan zich daarna niet meer aanmelden. De naam blijft in het logboek "
                    "en in de casussen staan. Doorgaan?"
                )
                if self.vault.on_server
                else self.tr(
                    "{name} kan de kluis daarna niet meer openen. De naam blijft in het logboek "
                    "en in de casussen staan. Doorgaan?"
                )
            ).format(name=user.display_name),
            self.tr("Uitschakelen"),
            self.tr("Annuleren"),
        ):
            return
        self._attempt(lambda: self.vault.deactivate_user(user.id))

    def _visibility_chosen(self) -> None:
        chosen = CaseVisibility(str(self.visibility.currentData()))
        if chosen is not self.vault.case_visibility:
            self._attempt(lambda: self.vault.set_case_visibility(chosen))

    def _attempt(self, action: object) -> None:
        try:
            action()  # type: ignore[operator]
        except (ValidationError, MeldcodeError) as exc:
            self.show_message(error_text(exc))
        else:
            self.show_message("")
        self.reload()
