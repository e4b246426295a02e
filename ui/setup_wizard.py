"""First run: the vault, its first user and passphrase, and the recovery code shown once."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.crypto import kdf
from app.crypto.device_secret import DeviceSecretStore
from app.domain.models import UserDraft
from app.domain.passphrase import validate_new_passphrase
from app.domain.validation import validate_user
from app.errors import MeldcodeError, ValidationError
from app.framework.library import FrameworkLibrary, shipped_library
from app.framework.profession import (
    SETTING_KEY,
    choose_profession_group,
    profession_group_choices,
)
from app.i18n import Message
from app.settings import Settings
from app.timeutil import today
from app.vault.location import VaultLocation
from app.vault.vault import Vault
from ui.recovery_sheet import code_lines, print_sheet
from ui.text import error_text
from ui.widgets.busy import BusyIndicator
from ui.widgets.fields import ErrorField, FieldErrors, error_label
from ui.widgets.labels import NOTICE_STYLE, WARNING_STYLE, wrapped
from ui.widgets.notice import DetailedNotice
from ui.widgets.passphrase import NewPassphraseInput
from ui.widgets.wheel import choice_box
from ui.workers import Reporter, run_in_background


class WelcomePage(QWizardPage):
    restore_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Welkom bij Meldcode Werkplek"))
        intro = wrapped(
            self.tr(
                "Meldcode Werkplek helpt u de meldcode huiselijk geweld en kindermishandeling "
                "stap voor stap te volgen. U legt signalen vast als feiten, met datum en bron, "
                "houdt bij wie erbij betrokken zijn en wat u hebt gedaan.\n\n"
                "Alles wat u vastlegt, blijft op deze computer, in een versleutelde kluis. "
                "Zonder uw wachtzin kan niemand de gegevens lezen, ook niet wie het bestand "
                "kopieert. Het programma verstuurt zelf niets via internet.\n\n"
                "Hierna maakt u de kluis aan: u vult uw naam en functie in, kiest een wachtzin "
                "en noteert een herstelcode voor noodgevallen."
            )
        )
        self.restore_button = QPushButton(self.tr("Reservekopie terugzetten…"))
        self.restore_button.setAutoDefault(False)  # Enter means "Volgende" here
        self.restore_button.clicked.connect(self.restore_requested)
        restore_row = QHBoxLayout()
        restore_row.addWidget(
            wrapped(self.tr("Overstappen naar deze computer? Zet dan uw reservekopie terug.")), 1
        )
        restore_row.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addStretch(1)
        layout.addLayout(restore_row)


class UserPage(QWizardPage):
    """Name, function and phone, and the profession group: it decides the kader every weging
    starts under, so it is asked here rather than left to be found in the settings."""

    def __init__(self, settings: Settings, library: FrameworkLibrary) -> None:
        super().__init__()
        self.settings = settings
        self.library = library
        self.setTitle(self.tr("Over uzelf"))
        self.setSubTitle(
            self.tr(
                "Uw naam staat bij alles wat u vastlegt. In een melding aan Veilig Thuis komen "
                "ook uw functie en telefoonnummer."
            )
        )
        self.display_name = QLineEdit()
        self.role = QLineEdit()
        self.role.setPlaceholderText(self.tr("bijvoorbeeld huisarts, verloskundige, gastouder"))
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("bijvoorbeeld 020 123 4567"))
        self.group = self._group_choice()
        self.group_locked = settings.is_locked(SETTING_KEY)
        self.group.setEnabled(not self.group_locked)
        self.fields = {
            "display_name": ErrorField(self.display_name),
            "role": ErrorField(self.role),
            "phone": ErrorField(
                self.phone, self.tr("Veilig Thuis belt u op dit nummer terug na een melding.")
            ),
            SETTING_KEY: ErrorField(self.group, self._group_hint()),
        }
        self.form_error = error_label()
        self.errors = FieldErrors(self.fields, self.form_error)
        form = QFormLayout(self)
        form.addRow(self.tr("Naam:"), self.fields["display_name"])
        form.addRow(self.tr("Functie:"), self.fields["role"])
        form.addRow(self.tr("Telefoonnummer:"), self.fields["phone"])
        form.addRow(self.tr("Beroepsgroep:"), self.fields[SETTING_KEY])
        form.addRow(self.form_error)

    def _group_choice(self) -> QComboBox:
        combo = choice_box()
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(40)
        combo.addItem(self.tr("Kies uw beroepsgroep…"), "")
        for choice in profession_group_choices(self.library):
            combo.addItem(choice.name, choice.id)
        current = self.settings.profession_group
        if current and combo.findData(current) < 0:
            # Set by the administrator (or earlier) but without a kader here: shown, kept.
            combo.addItem(
                self.tr("{group} (geen bruikbaar afwegingskader)").format(group=current), current
            )
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.setToolTip(combo.currentText())
        combo.currentTextChanged.connect(combo.setToolTip)
        return combo

    def _group_hint(self) -> str:
        if self.settings.is_locked(SETTING_KEY):
            return self.tr("Vastgezet door de beheerder van deze computer.")
        return self.tr(
            "Bepaalt met welk afwegingskader u weegt. Twijfelt u, kies dan het algemene model. "
            "Later te wijzigen in Instellingen."
        )

    def group_id(self) -> str:
        return str(self.group.currentData() or "")

    def chosen_settings(self) -> Settings:
        """The settings with the group chosen here (checked by the core); a locked group
        stays the administrator's."""
        kept = self.group_id() and self.group_id() == self.settings.profession_group
        if self.group_locked or kept:
            return self.settings
        return choose_profession_group(self.settings, self.group_id(), self.library)

    def draft(self) -> UserDraft:
        return UserDraft(self.display_name.text(), self.role.text(), self.phone.text())

    def _check(self) -> None:
        faults: dict[str, Message] = {}
        for check in (lambda: validate_user(self.draft()), self.chosen_settings):
            try:
                check()
            except ValidationError as exc:
                faults.update(exc.field_errors)
        if faults:
            raise ValidationError(faults)

    def validatePage(self) -> bool:
        try:
            self._check()
        except ValidationError as exc:
            self.errors.show(exc)
            return False
        self.errors.clear()
        return True


class PassphrasePage(QWizardPage):
    """Creating the vault happens when this page is left; it runs in a worker."""

    created = Signal()

    def __init__(self, location: VaultLocation, device_store: DeviceSecretStore) -> None:
        super().__init__()
        self.location = location
        self.device_store = device_store
        self.vault: Vault | None = None
        self.recovery_code = ""
        self._working = False
        self.setTitle(self.tr("Wachtzin kiezen"))
        self.setSubTitle(
            self.tr(
                "Met de wachtzin opent u de kluis. Kies een zin van een paar woorden die u "
                "onthoudt en nergens anders gebruikt."
            )
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Kluis aanmaken"))
        self.input = NewPassphraseInput()
        self.keyring_status = DetailedNotice()
        self.keyring_status.setObjectName("keyringStatus")
        self.busy = BusyIndicator()
        self.form_error = error_label()
        self.errors = FieldErrors(self.input.fields(), self.form_error)
        layout = QVBoxLayout(self)
        layout.addWidget(self.input)
        layout.addWidget(self.keyring_status)
        layout.addStretch(1)
        layout.addWidget(self.busy)
        layout.addWidget(self.form_error)

    def initializePage(self) -> None:
        if self.device_store.available():
            self.keyring_status.set_text(
                self.tr(
                    "Deze computer bewaart een extra geheim voor de kluis. Een kopie van het "
                    "kluisbestand opent daardoor op een andere computer niet met alleen uw "
                    "wachtzin, wel met de herstelcode."
                ),
                NOTICE_STYLE,
            )
            self.keyring_status.set_details(
                self.tr(
                    "Technisch: het apparaatgeheim staat in de sleutelbos van het systeem "
                    "(Windows Referentiebeheer, macOS Sleutelhanger of Secret Service)."
                )
            )
        else:
            self.keyring_status.set_text(
                self.tr(
                    "Let op: deze computer kan geen extra geheim voor de kluis bewaren. Alleen "
                    "uw wachtzin beschermt de kluis, dus kies een extra sterke wachtzin. Vraag "
                    "uw beheerder of dit zo hoort."
                ),
                WARNING_STYLE,
            )
            self.keyring_status.set_details(
                self.tr(
                    "Technisch: er is geen bruikbare sleutelbos (Windows Referentiebeheer, "
                    "macOS Sleutelhanger of Secret Service); de sleutelvakken gebruiken alleen "
                    "de wachtzin."
                )
            )

    def isComplete(self) -> bool:
        return not self._working

    def validatePage(self) -> bool:
        if self.vault is not None:
            return True
        if self._working:
            return False
        passphrase, repeat = self.input.values()
        try:
            validate_new_passphrase(passphrase, repeat)
        except ValidationError as exc:
            self.errors.show(exc)
            return False
        self.errors.clear()
        self._start_creating(passphrase)
        return False

    def _start_creating(self, passphrase: str) -> None:
        user_page = self.wizard().page(SetupWizard.USER_PAGE)
        assert isinstance(user_page, UserPage)
        draft = user_page.draft()
        location, store = self.location, self.device_store

        def create(_: Reporter) -> tuple[Vault, str]:
            return Vault.create(location, draft, passphrase, store, kdf.calibrate())

        self._set_working(True)
        self.busy.start(self.tr("De kluis wordt aangemaakt en versleuteld…"))
        run_in_background(
            create,
            context=self,
            on_result=self._created,
            on_error=self._failed,
            on_finished=lambda: self._set_working(False),
        )

    @property
    def working(self) -> bool:
        return self._working

    def _set_working(self, working: bool) -> None:
        self._working = working
        self.input.setEnabled(not working)
        # Going back or away mid-way would lose the vault being made, and its recovery code.
        if self.wizard().currentPage() is self:
            for button in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton):
                self.wizard().button(button).setEnabled(not working)
        if not working:
            self.busy.stop()
        self.completeChanged.emit()

    def _created(self, result: tuple[Vault, str]) -> None:
        self.vault, self.recovery_code = result
        self.input.clear()
        self.created.emit()

    def _failed(self, error: MeldcodeError) -> None:
        if isinstance(error, ValidationError):
            self.errors.show(error)
        else:
            self.errors.show_form_error(error_text(error))


class RecoveryCodePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.code = ""
        self.vault_id = ""
        self.setTitle(self.tr("Uw herstelcode"))
        self.setSubTitle(
            self.tr(
                "Deze code ziet u maar één keer. Ermee opent u de kluis als u uw wachtzin "
                "vergeet, en zet u een reservekopie terug op een andere computer."
            )
        )
        self.code_label = QLabel()
        self.code_label.setObjectName("recoveryCode")
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(20)
        font.setBold(True)
        self.code_label.setFont(font)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Shown to copy by hand, not to select: no copy of the code on the clipboard.
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.code_label.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.code_label.setStyleSheet("background: palette(base); padding: 16px;")
        advice = wrapped(
            self.tr(
                "Schrijf de code over of druk haar af, en bewaar het papier op een veilige plek, "
                "niet bij de computer. Wie de code en een reservekopie heeft, kan de gegevens "
                "lezen."
            )
        )
        self.print_button = QPushButton(self.tr("Afdrukken…"))
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(self.print_code)
        self.noted = QCheckBox(self.tr("Ik heb de herstelcode opgeschreven of afgedrukt"))
        self.registerField("codeNoted*", self.noted)
        print_row = QHBoxLayout()
        print_row.addStretch(1)
        print_row.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.code_label)
        layout.addLayout(print_row)
        layout.addWidget(advice)
        layout.addStretch(1)
        layout.addWidget(self.noted)

    def show_code(self, code: str, vault_id: str) -> None:
        self.code, self.vault_id = code, vault_id
        self.code_label.setText("\n".join(code_lines(code)))

    def forget_code(self) -> None:
        self.code = ""
        self.code_label.clear()

    def print_code(self) -> None:
        print_sheet(self.code, self.vault_id, today(), self)


class SetupWizard(QWizard):
    """Emits `vault_ready` with the unlocked vault once the recovery code has been noted."""

    WELCOME_PAGE, USER_PAGE, PASSPHRASE_PAGE, RECOVERY_PAGE = range(4)
    vault_ready = Signal(object)

    def __init__(
        self,
        location: VaultLocation,
        device_store: DeviceSecretStore,
        parent: QWidget | None = None,
        *,
        settings: Settings | None = None,
        library: FrameworkLibrary | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Meldcode Werkplek instellen"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Volgende"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("Vorige"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Annuleren"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Beginnen"))
        self.welcome_page = WelcomePage()
        self.user_page = UserPage(
            settings or Settings(), library if library is not None else shipped_library()
        )
        self.passphrase_page = PassphrasePage(location, device_store)
        self.recovery_page = RecoveryCodePage()
        self.setPage(self.WELCOME_PAGE, self.welcome_page)
        self.setPage(self.USER_PAGE, self.user_page)
        self.setPage(self.PASSPHRASE_PAGE, self.passphrase_page)
        self.setPage(self.RECOVERY_PAGE, self.recovery_page)
        self.passphrase_page.created.connect(self._vault_created)
        self.resize(720, 560)

    @property
    def vault(self) -> Vault | None:
        return self.passphrase_page.vault

    def _vault_created(self) -> None:
        page = self.passphrase_page
        assert page.vault is not None
        self.recovery_page.show_code(page.recovery_code, page.vault.vault_id)
        page.recovery_code = ""
        self.next()

    def accept(self) -> None:
        vault = self.passphrase_page.vault
        self.recovery_page.forget_code()
        self.passphrase_page.vault = None
        super().accept()
        if vault is not None:
            self.vault_ready.emit(vault)

    def reject(self) -> None:
        if self.passphrase_page.working:
            return
        if self.passphrase_page.vault is not None:
            # The vault exists; leaving before the code is noted would lose it for good.
            self.recovery_page.noted.setFocus()
            return
        super().reject()
