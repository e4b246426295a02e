"""The unlocked workplace: the case list on the left; on the right Vandaag, or the chosen case.

The window connects the case view's hooks to what they open (`CaseWeighing`: the weging;
`CaseReports`: the melding and the dossier) and holds the Praktijk menu's windows (the practice's
details, the jaaroverzicht). Every dialog opens in a slot that locking empties.

In practice mode a banner across the top says so, and every window's title carries the mark.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.crypto.device_secret import DeviceSecretStore
from app.errors import AccessDenied, MeldcodeError, VaultClosed, VaultDamaged
from app.export.veilig_thuis import VeiligThuisList, load_default
from app.framework.library import FrameworkLibrary, shipped_library
from app.logs import get_logger
from app.settings import Settings
from app.vault.vault import Vault
from ui.case_list import CaseListPanel
from ui.idle import LOCK_KEYS
from ui.practice import PracticeBanner, PracticeTitles, marked_title
from ui.text import error_text, label_text
from ui.today import TodayPanel
from ui.widgets.dialog_slot import DialogSlot
from ui.widgets.first_paint import AfterFirstPaint
from ui.widgets.labels import WARNING_STYLE, resize_within_screen
from ui.widgets.notice import DetailedNotice
from ui.widgets.tab_order import tab_in_order, tab_stops
from ui.widgets.tones import Look, Tone
from ui.workers import Following, follow_in_background, run_in_background, while_open

# What Vandaag does not need is imported and built when it is first used (the case view with
# its steps, the weging, the documents and the PDF stack behind them, every dialog): the main
# window then stands, with Vandaag in it, without holding up the window thread.
if TYPE_CHECKING:
    from collections.abc import Callable

    from app.server.changes import Change
    from app.server.offline import Sent
    from ui.assessment.case_weighing import CaseWeighing
    from ui.case_dialog import NewCaseDialog
    from ui.case_view import CaseView, StepPages
    from ui.report.case_reports import CaseReports
    from ui.steps.pages import CaseSnapshot

STATUS_MESSAGE_MS = 10_000
# Beside the vault's folder: what was typed while the practice server could not be reached.
OFFLINE_FOLDER = "praktijkserver-concepten"
# PySide makes a Qt enum's Python class when it is first used, and the first QAction uses three
# of QIcon's (about 15 ms). They are made here, as the module is read beside the key
# derivation, instead of while the window thread builds the menus.
ENUMS_OF_ACTIONS = (QIcon.Mode, QIcon.State, QIcon.ThemeIcon)
log = get_logger("main_window")


class MainWindow(QMainWindow):
    lock_requested = Signal()
    restore_requested = Signal()
    settings_requested = Signal()
    quit_requested = Signal()
    case_shown = Signal(int)  # a case asked for is read and in sight
    practice_requested = Signal()
    leave_practice_requested = Signal()
    reset_practice_requested = Signal()

    def __init__(
        self,
        vault: Vault,
        settings: Settings | None = None,
        parent: QWidget | None = None,
        *,
        library: FrameworkLibrary | None = None,
        device_store: DeviceSecretStore | None = None,
    ) -> None:
        """`library`: the kaders (the shipped ones unless given)."""
        super().__init__(parent)
        self.vault = vault
        self.device_store = device_store or DeviceSecretStore()
        self.access_notice: QMessageBox | None = None
        self.dialogs = DialogSlot()
        self._closing_for_lock = False
        settings = settings or Settings()
        self.settings = settings
        # The kaders are read (and checked) when the case view or a dialog first needs them.
        self._library = library
        title = self.tr("Meldcode Werkplek")
        self.practice_titles: PracticeTitles | None = None
        if vault.is_practice:
            title = marked_title(title)
            self.practice_titles = PracticeTitles(self)
            self.practice_titles.start()
        self.setWindowTitle(title)

        # Vandaag is read first, in the worker, while the rest of the window is put together.
        self.today = TodayPanel(vault, settings.stuck_after_days)
        self.today.focus_on_load = True
        self.today.refresh()
        self.today.settled.connect(self._first_screen_settled)
        # The case list follows in the next turn of the event loop (each turn stays short).
        self._case_list: CaseListPanel | None = None
        self._case_view: CaseView | None = None
        self._case_weighing: CaseWeighing | None = None
        self._case_reports: CaseReports | None = None
        self._pages_check_started = False
        self.following: Following | None = None
        # The case (and form) to show once read; whether the worker is reading one now.
        self._wanted_case: tuple[int, str] | None = None
        self._reading = False
        self._tab_order_kept = False
        self.right = QStackedWidget()
        self.right.addWidget(self.today)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter = splitter
        splitter.addWidget(self.right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([480, 800])
        splitter.setContentsMargins(6, 6, 6, 0)
        splitter.setChildrenCollapsible(False)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.practice_banner: PracticeBanner | None = None
        if vault.is_practice:
            self.practice_banner = PracticeBanner()
            self.practice_banner.leave_requested.connect(self.leave_practice_requested)
            layout.addWidget(self.practice_banner)
        self.damage = QLabel()
        self.damage.setObjectName("vaultDamaged")
        self.damage.setWordWrap(True)
        WARNING_STYLE.on(self.damage)
        self.damage_restore = QPushButton(self.tr("Reservekopie terugzetten…"))
        self.damage_restore.clicked.connect(self.restore_requested)
        damage_row = QHBoxLayout()
        damage_row.setContentsMargins(6, 6, 6, 0)
        damage_row.addWidget(self.damage, 1)
        damage_row.addWidget(self.damage_restore)
        self.damage.hide()
        self.damage_restore.hide()
        layout.addLayout(damage_row)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)

        self._build_menus()
        self._build_status_bar()
        # Hidden from whoever does not work on cases; the core refuses it regardless.
        self.new_case_action.setEnabled(vault.user.reads_cases)
        self.listing: VeiligThuisList | None = None
        try:
            self.listing = load_default()
        except MeldcodeError as exc:
            # A damaged installation: no melding can be addressed; the rest still works.
            self.statusBar().showMessage(error_text(exc))
        self.today.case_chosen.connect(self.open_case)
        self.today.draft_chosen.connect(self.open_draft)
        resize_within_screen(self, 1280, 800)
        self.right.setCurrentWidget(self.today)
        self._cleared = False
        # After the window's first paint: until then it would be part of the same stall.
        AfterFirstPaint(self, self._case_list_turn)

    @property
    def case_list(self) -> CaseListPanel:
        if self._case_list is None:
            self._build_case_list()
            assert self._case_list is not None
        return self._case_list

    def _case_list_turn(self) -> None:
        if not self._cleared:
            self._build_case_list()

    def _build_case_list(self) -> None:
        if self._case_list is not None:
            return
        panel = CaseListPanel(self.vault)
        self._case_list = panel
        panel.new_case_button.setEnabled(self.vault.user.reads_cases)  # as the menu's
        panel.new_case_requested.connect(self.new_case)
        panel.today_requested.connect(self.show_today)
        panel.case_chosen.connect(self.open_case)
        panel.refresh()
        self.splitter.insertWidget(0, panel)
        # Last among the splitter's children, as when the window was built at once (the order
        # in which the window's controls are listed, e.g. to a screen reader, stays the same).
        panel.raise_()
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([480, 800])
        self._keep_tab_order()

    def _first_screen_settled(self) -> None:
        # The page check reads the whole vault: it waits until Vandaag is there, so the two
        # do not share the disk and the processor while the user waits for the first screen.
        if not self._pages_check_started:
            self._pages_check_started = True
            if self.vault.on_server:
                self._follow_server()
            else:
                self._check_pages()

    # -- the practice server: other computers' changes, and the server gone and back --------

    def _follow_server(self) -> None:
        from app.server.changes import follow_changes
        from app.settings import data_folder

        server = self.vault
        url = server.db.url
        server.drafts.fallback = server.offline_drafts(data_folder(self.settings) / OFFLINE_FOLDER)
        server.keep_form_index_in(data_folder(self.settings))
        self._send_offline_drafts()
        if url is None:  # opened on a connection given by hand: no address to listen at
            return
        self.following = follow_in_background(
            lambda stop, news, reachable: follow_changes(
                url, stop, news, reachable, own_pid=lambda: server.db.backend_pid
            ),
            context=self,
            on_news=self._server_changed,
            on_reachable=self._server_reachable,
        )

    def _server_changed(self, changes: list[Change]) -> None:
        """Something was committed at another computer: show it (own saves show already)."""
        self._refresh_shown({c.case_id for c in changes})

    def _refresh_shown(self, case_ids: set[int | None] | None = None) -> None:
        if self._cleared:
            return
        self.today.refresh()
        if self._case_list is not None:
            self._case_list.refresh()
        view = self._case_view
        if (
            view is not None
            and view.case is not None
            and (case_ids is None or view.case.id in case_ids)
        ):
            self._attempt_quietly(view.reload)

    def _attempt_quietly(self, action: Callable[[], object]) -> None:
        try:
            action()
        except MeldcodeError as exc:  # the next change or reconnect shows it again
            log.warning("refresh not done error=%s", type(exc).__name__)

    def _server_reachable(self, up: bool) -> None:
        self.server_state.setVisible(not up)
        if up:
            self.statusBar().showMessage(
                self.tr("De praktijkserver is weer bereikbaar."), STATUS_MESSAGE_MS
            )
            self._send_offline_drafts()
            self._refresh_shown()

    def _send_offline_drafts(self) -> None:
        drafts = self.vault.drafts
        keeper = drafts.fallback
        if keeper is None:
            return
        run_in_background(
            while_open(self.vault, lambda _: keeper.send(drafts)),
            context=self,
            on_result=self._offline_drafts_sent,
            on_error=lambda error: log.warning(
                "offline drafts not sent error=%s", type(error).__name__
            ),
        )

    def _offline_drafts_sent(self, sent: Sent) -> None:
        if sent.left:
            self.statusBar().showMessage(
                self.tr(
                    "Niet alles wat op deze computer was bewaard, is naar de praktijkserver "
                    "gegaan: daar is intussen een nieuwer concept van hetzelfde formulier "
                    "bewaard, dat blijft staan. Wat hier was bewaard, blijft versleuteld op "
                    "deze computer."
                )
            )

    # -- the case view, built when it is first needed -----------------------------------------

    @property
    def library(self) -> FrameworkLibrary:
        """The kaders: the shipped ones (read once per run) unless others were given."""
        if self._library is None:
            self._library = shipped_library()
        return self._library

    @property
    def case_view(self) -> CaseView:
        if self._case_view is None:
            self._build_case_view()
            assert self._case_view is not None
        return self._case_view

    @property
    def case_weighing(self) -> CaseWeighing:
        self.case_view  # noqa: B018 - builds the weging's hooks with the view
        assert self._case_weighing is not None
        return self._case_weighing

    @property
    def case_reports(self) -> CaseReports | None:
        """The melding and the dossier; None when the Veilig Thuis list could not be read."""
        self.case_view  # noqa: B018 - builds the documents' hooks with the view
        return self._case_reports

    def _build_case_view(self, pages: StepPages | None = None) -> None:
        from ui.assessment.case_weighing import CaseWeighing
        from ui.case_view import CaseView
        from ui.report.case_reports import CaseReports

        view = CaseView(self.vault, pages=pages)
        self._case_view = view
        self.right.addWidget(view)
        self._case_weighing = CaseWeighing(view, self.settings, self.library, self)
        if self.listing is not None:
            self._case_reports = CaseReports(view, self.listing, self)
        view.open_case_requested.connect(self.open_case)
        view.changed.connect(self._case_changed)
        view.notice.connect(lambda text: self.statusBar().showMessage(text, STATUS_MESSAGE_MS))
        self._tab_order_kept = False  # put right when it is first shown

    def _keep_tab_order(self) -> None:
        """Tab goes through the case list, then Vandaag or the case, then the status bar, as
        when the window was built at once (what is built later comes last in the focus chain
        until it is put in its place). Once per part built later: what a case shows is made
        with it (cards, links) keeps its stops after a head put in place here."""
        self._tab_order_kept = True
        ordered: list[QWidget] = []
        for part in (self._case_list, self.today, self._case_view, self.statusBar()):
            if part is not None:
                ordered += tab_stops(part)
        tab_in_order(ordered)

    def _showing_case(self) -> bool:
        return self._case_view is not None and self.right.currentWidget() is self._case_view

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
        self.dossier_action = QAction(self.tr("&Dossier afdrukken of opslaan…"), self)
        self.dossier_action.triggered.connect(self.print_dossier)
        self.dossier_action.setEnabled(False)
        file_menu.addAction(self.new_case_action)
        file_menu.addAction(self.dossier_action)
        file_menu.addSeparator()
        if not self.vault.on_server:
            # The server's backups are the administrator's (pg_dump, docs/beheer.md).
            file_menu.addAction(self.backup_action)
            file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self.quit_action)

        view_menu = self.menuBar().addMenu(self.tr("Be&eld"))
        self.today_action = QAction(self.tr("&Vandaag"), self)
        self.today_action.setShortcut(QKeySequence("Ctrl+T"))
        self.today_action.triggered.connect(self.show_today)
        self.search_action = QAction(self.tr("&Zoeken"), self)
        self.search_action.setShortcut(QKeySequence.StandardKey.Find)
        self.search_action.triggered.connect(self.focus_search)
        view_menu.addAction(self.today_action)
        view_menu.addAction(self.search_action)

        practice_menu = self.menuBar().addMenu(self.tr("&Praktijk"))
        self.contacts_action = QAction(self.tr("&Sociale kaart…"), self)
        self.contacts_action.triggered.connect(self.open_contacts)
        self.practice_details_action = QAction(self.tr("&Praktijkgegevens…"), self)
        self.practice_details_action.triggered.connect(self.open_practice_details)
        self.annual_action = QAction(self.tr("&Jaaroverzicht meldcode…"), self)
        self.annual_action.triggered.connect(self.open_annual_overview)
        practice_menu.addAction(self.contacts_action)
        practice_menu.addAction(self.practice_details_action)
        practice_menu.addAction(self.annual_action)
        self.registrations_action = QAction(self.tr("&Registratielijst…"), self)
        self.registrations_action.triggered.connect(self.open_registration_list)
        practice_menu.addAction(self.registrations_action)
        practice_menu.addSeparator()
        self.users_action = QAction(self.tr("&Gebruikers…"), self)
        self.users_action.triggered.connect(self.open_users)
        self.access_log_action = QAction(self.tr("&Logboek…"), self)
        self.access_log_action.triggered.connect(self.open_access_log)
        practice_menu.addAction(self.users_action)
        practice_menu.addAction(self.access_log_action)
        practice_menu.addSeparator()
        if self.vault.is_practice:
            self.practice_action = QAction(self.tr("Oefenen &stoppen"), self)
            self.practice_action.triggered.connect(self.leave_practice_requested)
            self.reset_practice_action = QAction(self.tr("Oefenkluis &opnieuw beginnen…"), self)
            self.reset_practice_action.triggered.connect(self.reset_practice_requested)
            practice_menu.addAction(self.practice_action)
            practice_menu.addAction(self.reset_practice_action)
        else:
            self.practice_action = QAction(self.tr("&Oefenen met fictieve casussen…"), self)
            self.practice_action.triggered.connect(self.practice_requested)
            practice_menu.addAction(self.practice_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.guide_action = QAction(self.tr("&Handleiding"), self)
        # The key itself is handled application-wide (ui.help.window.HelpKeys); shown here only.
        self.guide_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.guide_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.guide_action.triggered.connect(self.open_guide)
        help_menu.addAction(self.guide_action)
        about = QAction(self.tr("&Over Meldcode Werkplek"), self)
        about.triggered.connect(self.about)
        help_menu.addAction(about)

    def _build_status_bar(self) -> None:
        user = self.vault.user
        # The job title as typed, and the role the program works by.
        about = ", ".join(part for part in (user.role, label_text(user.work_role)) if part)
        who = f"{user.display_name} ({about})"
        self.user_label = QLabel(self.tr("Gebruiker: {name}").format(name=who))
        self.statusBar().addPermanentWidget(self.user_label)
        self.keyring_warning = DetailedNotice(
            self.tr(
                "Let op: alleen uw wachtzin beschermt deze kluis; deze computer bewaart er "
                "geen extra geheim voor. Vraag uw beheerder dit na te kijken."
            ),
            self.tr(
                "Technisch: uw sleutelvak is niet aan een sleutelbos van het systeem "
                "gebonden (Windows Referentiebeheer, macOS Sleutelhanger of Secret Service)."
            ),
            Look(Tone.WARNING, "border: 1px solid; padding: 2px;"),
            compact=True,
        )
        self.keyring_warning.setObjectName("keyringWarning")
        # The practice vault has no secrets to protect; its passphrase is public on purpose.
        self.keyring_warning.setVisible(
            not self.vault.device_bound and not self.vault.is_practice and not self.vault.on_server
        )
        self.statusBar().addWidget(self.keyring_warning)
        self.server_state = DetailedNotice(
            # Short on its line in the status bar (a narrow window would cut it); the rest
            # is one click away.
            self.tr("De praktijkserver is niet bereikbaar. Wat u opslaat, blijft hier bewaard."),
            self.tr(
                "Wat u in een casus invult en opslaat, blijft in het venster staan en wordt "
                "versleuteld op deze computer bewaard tot de server terug is; dan wordt het "
                "verstuurd. Wat u ziet, kan intussen elders veranderd zijn.\n\nTechnisch: de "
                "verbinding met de PostgreSQL-server is weg (netwerk, of de server wordt "
                "herstart). Het programma probeert het elke paar seconden opnieuw."
            ),
            Look(Tone.WARNING, "border: 1px solid; padding: 2px;"),
            compact=True,
        )
        self.server_state.setObjectName("serverUnreachable")
        self.server_state.hide()
        self.statusBar().addWidget(self.server_state)

    # -- the page check after unlocking ------------------------------------------------------

    def _check_pages(self) -> None:
        """Every page of the vault checked in the worker; damage is shown the moment it is
        known (unlocking checked only what it read, so the first screen came quickly)."""
        vault = self.vault
        run_in_background(
            while_open(vault, lambda _: vault.check_pages()),
            context=self,
            on_result=self._pages_checked,
            on_error=self._page_check_failed,
        )

    def _page_check_failed(self, error: MeldcodeError) -> None:
        if isinstance(error, VaultDamaged):
            self._pages_checked([str(error)])
        elif not isinstance(error, VaultClosed):
            log.warning("page check not done error=%s", type(error).__name__)

    def _pages_checked(self, problems: list[str]) -> None:
        if not problems:
            return
        log.error("page check found damage pages=%d", len(problems))
        self.damage.setText(
            self.tr(
                "De kluis is beschadigd: een deel van de gegevens is niet meer te lezen of is "
                "buiten dit programma veranderd. Werk niet verder in deze kluis: zet een "
                "reservekopie terug en meld dit aan uw beheerder."
            )
        )
        self.damage.show()
        self.damage_restore.show()

    # -- what the right side shows -----------------------------------------------------------

    def open_guide(self) -> None:
        from ui.help.window import open_help

        open_help(near=self)

    def show_today(self) -> None:
        self._wanted_case = None  # a first case still being prepared is not shown over it
        self.right.setCurrentWidget(self.today)
        if self._case_list is not None:
            self._case_list.deselect()
        self.dossier_action.setEnabled(False)
        self.today.focus_on_load = True
        self.today.refresh()

    def open_case(self, case_id: int) -> None:
        self._open(case_id, "")

    def open_draft(self, case_id: int, form: str) -> None:
        """A draft chosen in Vandaag: its case, and the form it belongs to with the draft."""
        self._open(case_id, form)

    def _open(self, case_id: int, form: str) -> None:
        """The case is read in the worker (with hundreds of signals that held the window),
        then shown; the window answers meanwhile, and the case asked for last is the one
        shown. The first case of the session waits for the kaders and the case view's
        modules, read in the worker too."""
        self._wanted_case = (case_id, form)
        if not self._reading:
            self._read_wanted()

    def _read_wanted(self) -> None:
        wanted = self._wanted_case
        if wanted is None:
            return
        self._reading = True
        if self._case_view is None:
            self._prepare_case_view()
            return
        vault, library = self.vault, self._case_view.library

        def read(_: object) -> CaseSnapshot:
            from ui.case_view import read_case

            return read_case(vault, wanted[0], library)

        run_in_background(
            while_open(vault, read),
            context=self,
            on_result=lambda snapshot: self._case_read(wanted, snapshot),
            on_error=lambda error: self._case_not_read(wanted, error),
        )

    def _read_back(self, asked: tuple[int, str]) -> bool:
        """A read is back: whether what it read is still the case wanted. If another case was
        chosen meanwhile (or Vandaag), that one is read now instead."""
        self._reading = False
        if self._wanted_case != asked:
            self._read_wanted()
            return False
        self._wanted_case = None
        return True

    def _case_read(self, asked: tuple[int, str], snapshot: CaseSnapshot) -> None:
        if not self._read_back(asked):
            return
        case_id, form = asked
        view = self.case_view
        view.show_read_case(snapshot)
        self.right.setCurrentWidget(view)
        if not self._tab_order_kept:
            self._keep_tab_order()
        self.dossier_action.setEnabled(self.case_reports is not None)
        self.case_list.select(case_id, notify=False)
        if form:
            view.open_draft(form)
        self.case_shown.emit(case_id)

    def _case_not_read(self, asked: tuple[int, str], error: MeldcodeError) -> None:
        if not self._read_back(asked):
            return
        if isinstance(error, AccessDenied):
            # The core refused (and logged the attempt); say why, and stay where we were.
            self.show_access_denied(error)
        else:
            self.statusBar().showMessage(error_text(error))

    def _kaders_read(self) -> bool:
        if self._library is None and shipped_library.cache_info().currsize:
            self._library = shipped_library()
        return self._library is not None

    def _prepare_case_view(self) -> None:
        """The first case of the session: the kaders are read and checked and the case view's
        modules imported in the worker (that takes a moment); the view is built when they are
        back, and the case is read after it."""
        if self._kaders_read():
            self._case_view_prepared(self.library)
            return
        self.statusBar().showMessage(self.tr("De casus wordt geopend…"))

        def prepare(_: object) -> FrameworkLibrary:
            import ui.assessment.case_weighing
            import ui.case_view
            import ui.report.case_reports  # noqa: F401 - imported here, off the window thread

            return shipped_library()

        run_in_background(
            prepare,
            context=self,
            on_result=self._case_view_prepared,
            on_error=self._case_view_failed,
        )

    def _case_view_failed(self, error: MeldcodeError) -> None:
        self._reading = False
        self._wanted_case = None
        self.statusBar().showMessage(error_text(error))

    def _case_view_prepared(self, library: FrameworkLibrary) -> None:
        if self._library is None:
            self._library = library
        self.statusBar().clearMessage()
        if self._wanted_case is None:
            self._reading = False
            return
        # The view in two turns (its step pages, then the rest), then the case is read in the
        # worker: built in one turn, the view held the window some 50 ms.
        from ui.case_view import StepPages

        pages = StepPages()
        # A timer, not a call posted for the next pass: what is due meanwhile (input, paint)
        # goes first.
        QTimer.singleShot(1, self, lambda: self._case_view_built(pages))

    def _case_view_built(self, pages: StepPages) -> None:
        self._reading = False
        if self._cleared or self._case_view is not None:
            pages.discard()  # locked meanwhile, or the view was needed at once
        else:
            self._build_case_view(pages)
        self._read_wanted()

    def focus_search(self) -> None:
        self.case_list.search.setFocus()
        self.case_list.search.selectAll()

    def apply_settings(self, settings: Settings) -> None:
        """New settings: the profession group decides the kader, Vandaag when a case stalls."""
        self.settings = settings
        if self._case_weighing is not None:
            self._case_weighing.apply_settings(settings)
        self.today.stuck_after_days = settings.stuck_after_days
        if self.right.currentWidget() is self.today:
            self.today.refresh()

    def _case_changed(self, _case_id: int) -> None:
        self.case_list.refresh()

    # -- actions ---------------------------------------------------------------------------

    def new_case(self) -> None:
        from ui.case_dialog import NewCaseDialog

        dialog = NewCaseDialog(self.vault, self)
        dialog.accepted.connect(lambda: self._case_created(dialog))
        self.open_dialog(dialog)

    def _case_created(self, dialog: NewCaseDialog) -> None:
        if dialog.created_case is None:
            return
        self.case_list.search.clear()
        self.case_list.reset_filters()
        self.case_list.refresh()
        self.open_case(dialog.created_case.id)

    def open_contacts(self) -> None:
        from ui.contacts_dialog import ContactsDialog

        self.open_dialog(ContactsDialog(self.vault, self))

    def print_dossier(self) -> None:
        if not self._showing_case():
            return
        case = self.case_view.case
        if case is not None:
            self.case_view.print_dossier.emit(case.id)

    def open_practice_details(self) -> None:
        from ui.practice_menu import PracticeDetailsDialog

        if self.listing is not None:
            self.open_dialog(PracticeDetailsDialog(self.vault, self.listing, self))

    def open_annual_overview(self) -> None:
        from ui.practice_menu import annual_overview_dialog

        self.open_dialog(annual_overview_dialog(self.vault, self))

    def open_registration_list(self) -> None:
        from ui.practice_menu import registration_list_dialog

        self.open_dialog(registration_list_dialog(self.vault, self))

    def open_users(self) -> None:
        from ui.users_dialog import UsersDialog

        self.open_dialog(UsersDialog(self.vault, self.device_store, self))

    def open_access_log(self) -> None:
        from ui.access_log_dialog import AccessLogDialog

        dialog = AccessLogDialog(self.vault, self)
        dialog.case_requested.connect(self.open_case)
        self.open_dialog(dialog)
        dialog.start()

    def show_access_denied(self, error: AccessDenied) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Geen toegang"), error_text(error))
        box.setParent(self, box.windowFlags())
        box.setObjectName("accessDenied")
        box.finished.connect(box.deleteLater)
        self.access_notice = box
        box.open()

    def make_backup(self) -> None:
        from ui.backup_dialogs import BackupDialog

        dialog = BackupDialog(self.vault, self)
        dialog.done.connect(
            lambda path: self.statusBar().showMessage(
                self.tr("Reservekopie gemaakt: {path}").format(path=path), STATUS_MESSAGE_MS
            )
        )
        self.open_dialog(dialog)

    def about(self) -> None:
        from ui.about_dialog import AboutDialog

        self.open_dialog(AboutDialog(self.settings, self.library, self))

    @property
    def active_dialog(self) -> QDialog | None:
        return self.dialogs.dialog

    def open_dialog(self, dialog: QDialog) -> None:
        self.dialogs.open(dialog)

    # -- locking ---------------------------------------------------------------------------

    def keep_drafts(self) -> int:
        """Write the unsaved input of the open forms into the vault (before it locks)."""
        from ui.edit_dialog import EditDialog

        kept = 0
        view = self._case_view
        for dialog in (self.dialogs.dialog, view.active_dialog if view is not None else None):
            if isinstance(dialog, EditDialog):
                try:
                    kept += dialog.save_draft()
                except MeldcodeError as exc:
                    # Locking goes on regardless: the lock protects more than the draft does.
                    log.warning("draft not kept error=%s", type(exc).__name__)
        return kept

    def clear_case_data(self) -> None:
        """Drop every model and view that holds case data; the window is then closed."""
        self.dialogs.discard()
        self._wanted_case = None
        self._cleared = True
        if self._case_view is not None:
            self._case_view.clear()
        if self._case_list is not None:
            self._case_list.clear()
        self.today.clear()
        if self.practice_titles is not None:
            self.practice_titles.stop()
        if self.following is not None:
            # Locking ends the listening at once, not when the window is deleted later.
            self.following.stop()

    def close_for_lock(self) -> None:
        self._closing_for_lock = True
        self.clear_case_data()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closing_for_lock:
            # Closing the window ends the program; the vault is locked on the way out.
            self.quit_requested.emit()
        event.accept()
