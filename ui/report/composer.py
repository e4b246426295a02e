"""The melding to Veilig Thuis: composed from the case, checked, then exported encrypted.

Opened from step 5 with a `ReportContent` built from the case (or, for an urgent case, with
little more than the melder filled in). Everything is editable; people and signals of the case
can be left out, and the melding then says how many were left out, never what. The core checks
the whole melding (`validate_report`) and each fault appears at its field, found by the core's
field name ("reporter.phone", "persons.0.bsn", ...). A live preview shows the document as it
will be printed in the PDF.

The second page is the way out: the reminder (112 in acute danger; Veilig Thuis wants a call
at its national number before anything in writing), which must be ticked before 'Exporteren',
then the export with its progress, the passphrase shown once, and the registration of the
melding in the case. Closing with edits asks first; locking closes without asking and wipes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.domain.entries import ReportRegistration
from app.errors import ValidationError
from app.export.exporter import Progress
from app.export.report_content import (
    ClientInformed,
    ClientNotInformed,
    LeftOut,
    NotInformedReason,
    ReportContent,
    Safety,
)
from app.export.report_document import left_out_sentence, report_document
from app.export.report_validation import validate_report
from app.export.veilig_thuis import Region, VeiligThuisList
from ui.document_renderer import text_document
from ui.report.clipboard_guard import CLEAR_AFTER_MS
from ui.report.export_panel import Export, ExportPanel
from ui.report.forget import forget_contents
from ui.report.item_editors import (
    ConsultationEditor,
    ConversationEditor,
    HelpEditor,
    PersonEditor,
    RecordEditor,
    ReportAssessmentView,
    SignalEditor,
    new_person,
    new_signal,
)
from ui.report.item_form import ItemForm
from ui.report.organisations import chosen_organisation, organisation_combo
from ui.report.registration_dialog import RegistrationDialog, Store
from ui.report.reminder import ReminderPanel
from ui.text import date_text
from ui.widgets import ask
from ui.widgets.dates import past_date_edit
from ui.widgets.fields import ERROR_COLOUR, ErrorField, FieldErrors, error_label
from ui.widgets.labels import (
    NOTICE_STYLE,
    WARNING_STYLE,
    muted,
    resize_within_screen,
    wrapped,
)

PREVIEW_DELAY_MS = 300
# Narrower than this, the preview beside the form would squeeze it into sideways scrolling.
PREVIEW_BESIDE_WIDTH = 1150


# Saves a checked melding as an encrypted file: (content, passphrase, folder, progress) ->
# the file written. For a case, `export_report_for_case`, which logs it (NEN 7513).
ReportExport = Callable[[ReportContent, str, Path, Progress], Path]


def report_export(export: ReportExport, content: ReportContent) -> Export:
    """The export of this melding as the export panel runs it."""

    def run(passphrase: str, folder: Path, progress: Progress) -> Path:
        return export(content, passphrase, folder, progress)

    return run


def input_state(root: QWidget) -> tuple[object, ...]:
    """Everything typed, chosen or ticked below `root`: compared to know if input would be lost."""
    state: list[object] = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLineEdit):
            state.append(widget.text())
        elif isinstance(widget, QPlainTextEdit):
            state.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            state.append(widget.currentIndex())
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            state.append(widget.isChecked())
    return tuple(state)


def _named(prefix: str, name: str) -> str:
    return f"{prefix}.{name}" if prefix else name


def _section_title(text: str) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.2)
    label.setFont(font)
    return label


class _Section:
    """One part of the melding in the scrolling form, with the field names it owns."""

    def __init__(self, title: str, prefixes: tuple[str, ...]) -> None:
        self.title = title
        self.prefixes = prefixes
        self.widget = QFrame()
        self.widget.setObjectName("reportSection")
        self.layout = QVBoxLayout(self.widget)
        self.layout.setContentsMargins(0, 8, 0, 12)
        self.layout.addWidget(_section_title(title))

    def owns(self, field_name: str) -> bool:
        return any(field_name == p or field_name.startswith(p + ".") for p in self.prefixes)


class ReportComposerDialog(QDialog):
    exported = Signal(object)  # the Path of the encrypted file
    registered = Signal(object)  # the core's ReportRegistration of the melding made

    COMPOSE_PAGE, SEND_PAGE = 0, 1

    def __init__(
        self,
        content: ReportContent,
        organisations: VeiligThuisList,
        default_region_id: str | None,
        parent: QWidget | None = None,
        *,
        export: ReportExport,
        decision_id: int | None = None,
        register: Store | None = None,
        clear_after_ms: int = CLEAR_AFTER_MS,
    ) -> None:
        """`export` saves the checked melding (for a case: `export_report_for_case`, which
        logs it); `decision_id`: the decision to report that this melding carries out;
        `register` stores its registration (e.g. `vault.reports.register` for the case)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Melding aan Veilig Thuis"))
        self.report_exporter = export
        self.decision_id = decision_id
        self.store_registration = register
        self.registration_dialog: RegistrationDialog | None = None
        self.base = content
        self.listing = organisations
        self.checked_content: ReportContent | None = None
        self.registration: ReportRegistration | None = None
        self.sections: list[_Section] = []
        self.person_editors: list[PersonEditor] = []
        self.signal_editors: list[SignalEditor] = []
        self.step_editors: list[RecordEditor[object]] = []
        self.form_error = error_label()
        self.errors = FieldErrors({}, self.form_error)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.refresh_preview)

        self.pages = QStackedWidget()
        self.compose_page = self._build_compose_page(default_region_id)
        self.send_page = self._build_send_page(clear_after_ms)
        self.pages.addWidget(self.compose_page)
        self.pages.addWidget(self.send_page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        resize_within_screen(self, 1280, 860)
        self.refresh_preview()
        self._initial_state = input_state(self.compose_page)

    # -- the compose page ------------------------------------------------------------------

    def _build_compose_page(self, default_region_id: str | None) -> QWidget:
        content = self.base
        body = QWidget()
        self.body_layout = QVBoxLayout(body)
        self._build_meta(content, default_region_id)
        self._build_reporter(content)
        self._build_persons(content)
        self._build_signals(content)
        self._build_safety(content)
        self._build_steps(content)
        self._build_assessment(content)
        self._build_client(content)
        self._build_request(content)
        self._build_unsure(content)
        self.body_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        # Not a Tab stop of its own: focus goes to what it holds, and it scrolls to follow.
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setWidget(body)

        self.navigation = QListWidget()
        self.navigation.setAccessibleName(self.tr("Onderdelen van de melding"))
        for section in self.sections:
            self.navigation.addItem(section.title)
        self.navigation.currentRowChanged.connect(self.show_section)
        self.navigation.setMaximumWidth(230)

        self.preview = QTextBrowser()
        self.preview.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.preview.setAccessibleName(self.tr("Voorbeeld van de melding"))
        preview_box = QWidget()
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(
            wrapped(self.tr("Voorbeeld: zo komt de melding in het versleutelde bestand."))
        )
        preview_layout.addWidget(self.preview)
        self.preview_box = preview_box
        # None: the preview shows when the window is wide enough; the button decides after.
        self._preview_wanted: bool | None = None

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.scroll)
        splitter.addWidget(preview_box)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)
        splitter.setSizes([200, 620, 460])
        splitter.setChildrenCollapsible(False)

        self.left_out_label = wrapped()
        self.left_out_label.setObjectName("leftOutSummary")
        self.next_button = QPushButton(self.tr("Controleren en verder"))
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.proceed)
        # Beside the button box, not in it: the box orders its own buttons for Tab and would
        # leave this one out of the way from the form to the buttons.
        self.preview_toggle = QPushButton()
        self.preview_toggle.setCheckable(True)
        self.preview_toggle.toggled.connect(self._preview_toggled)
        buttons = QDialogButtonBox()
        buttons.addButton(self.next_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.clicked.connect(self.reject)
        self._apply_preview()
        bottom = QHBoxLayout()
        bottom.addWidget(self.preview_toggle)
        bottom.addWidget(buttons, 1)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.left_out_label)
        layout.addWidget(self.form_error)
        layout.addLayout(bottom)
        self._update_left_out()
        return page

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_preview()

    def _preview_toggled(self, shown: bool) -> None:
        self._preview_wanted = shown
        self._apply_preview()

    def _apply_preview(self) -> None:
        """On a small screen the form keeps its width and the preview waits behind a button,
        so that nothing needs sideways scrolling."""
        shown = (
            self._preview_wanted
            if self._preview_wanted is not None
            else self.width() >= PREVIEW_BESIDE_WIDTH
        )
        self.preview_box.setVisible(shown)
        with QSignalBlocker(self.preview_toggle):
            self.preview_toggle.setChecked(shown)
        self.preview_toggle.setText(
            self.tr("Voorbeeld verbergen") if shown else self.tr("Voorbeeld tonen")
        )

    def _section(self, title: str, *prefixes: str) -> _Section:
        section = _Section(title, prefixes)
        self.sections.append(section)
        self.body_layout.addWidget(section.widget)
        return section

    def _note(self, section: _Section, text: str) -> QLabel:
        label = muted(wrapped(text))
        section.layout.addWidget(label)
        return label

    def _build_meta(self, content: ReportContent, default_region_id: str | None) -> None:
        section = self._section(self.tr("Melding"), "made_on", "organisation")
        self.made_on = past_date_edit(content.made_on)
        self.made_on.line.textChanged.connect(self._changed)
        self.organisation = organisation_combo(self.listing, default_region_id)
        self.organisation.currentIndexChanged.connect(self._changed)
        self.meta_fields = {
            "made_on": ErrorField(self.made_on),
            "organisation": ErrorField(
                self.organisation,
                self.tr(
                    "Bellen gaat altijd via {national}; dat nummer verbindt door met de regio."
                ).format(national=self.listing.national_phone),
            ),
        }
        form = QFormLayout()
        form.addRow(self.tr("Datum van de melding:"), self.meta_fields["made_on"])
        form.addRow(self.tr("Aan:"), self.meta_fields["organisation"])
        section.layout.addLayout(form)

    def _build_reporter(self, content: ReportContent) -> None:
        section = self._section(self.tr("Melder"), "reporter")
        self._note(
            section,
            self.tr(
                "Veilig Thuis bewaart de gegevens van de melder en kan ze alleen om dringende "
                "redenen voor het gezin afschermen."
            ),
        )
        reporter = content.reporter
        self.reporter_form = ItemForm()
        self.reporter_form.line("name", self.tr("Naam:"), reporter.name)
        self.reporter_form.line("role", self.tr("Functie:"), reporter.role)
        self.reporter_form.line("practice", self.tr("Praktijk of organisatie:"), reporter.practice)
        self.reporter_form.line(
            "phone",
            self.tr("Telefoon:"),
            reporter.phone,
            self.tr("Waarop Veilig Thuis u kan terugbellen."),
        )
        self.reporter_form.changed.connect(self._changed)
        section.layout.addWidget(self.reporter_form)

    def _build_persons(self, content: ReportContent) -> None:
        section = self._section(self.tr("Betrokkenen"), "persons")
        intro = wrapped(
            self.tr(
                "Kinderen, ouders of verzorgers, de vermoedelijke pleger en anderen. Wie u niet "
                "opneemt, wordt in de melding geteld maar niet beschreven."
            )
        )
        self.persons_field = ErrorField(intro)
        section.layout.addWidget(self.persons_field)
        self.persons_box = QVBoxLayout()
        section.layout.addLayout(self.persons_box)
        for person in content.persons:
            self._add_person_editor(PersonEditor(person, len(self.person_editors) + 1))
        add = QPushButton(self.tr("Betrokkene toevoegen"))
        add.clicked.connect(self.add_person)
        section.layout.addWidget(add, 0, Qt.AlignmentFlag.AlignLeft)

    def _build_signals(self, content: ReportContent) -> None:
        section = self._section(self.tr("Signalen"), "signals")
        intro = wrapped(
            self.tr(
                "Signalen als feiten, met datum en bron; uw interpretatie staat apart. Wat u "
                "niet opneemt, wordt in de melding geteld maar niet beschreven."
            )
        )
        self.signals_field = ErrorField(intro)
        section.layout.addWidget(self.signals_field)
        self.signals_box = QVBoxLayout()
        section.layout.addLayout(self.signals_box)
        for signal in content.signals:
            self._add_signal_editor(SignalEditor(signal, len(self.signal_editors) + 1))
        add = QPushButton(self.tr("Signaal toevoegen"))
        add.clicked.connect(self.add_signal)
        section.layout.addWidget(add, 0, Qt.AlignmentFlag.AlignLeft)

    def _build_safety(self, content: ReportContent) -> None:
        section = self._section(self.tr("Huidige veiligheid"), "safety")
        self.safety_form = ItemForm()
        self.safety_form.text(
            "summary",
            self.tr("Hoe veilig is iedereen nu?"),
            content.safety.summary,
            height=70,
            hint=self.tr("De veiligheid van alle betrokkenen op dit moment, in uw woorden."),
        )
        self.safety_form.check(
            "acute", self.tr("Acuut onveilig (dan eerst 112 bellen)"), content.safety.acute
        )
        self.safety_form.changed.connect(self._changed)
        section.layout.addWidget(self.safety_form)

    def _build_steps(self, content: ReportContent) -> None:
        section = self._section(self.tr("Genomen stappen"))
        groups: list[tuple[str, list[RecordEditor[object]]]] = [
            (
                self.tr("Collegiale consultatie en adviesvragen"),
                [ConsultationEditor(c, n) for n, c in enumerate(content.consultations, 1)],
            ),
            (
                self.tr("Gesprekken met de cliënt of het kind"),
                [ConversationEditor(c, n) for n, c in enumerate(content.conversations, 1)],
            ),
            (
                self.tr("Aangeboden hulp"),
                [HelpEditor(h, n) for n, h in enumerate(content.help_offered, 1)],
            ),
        ]
        for title, editors in groups:
            heading = QLabel(title)
            heading.setStyleSheet("font-weight: bold;")
            section.layout.addWidget(heading)
            if not editors:
                self._note(section, self.tr("Niets vastgelegd."))
            for editor in editors:
                editor.changed.connect(self._changed)
                section.layout.addWidget(editor)
                self.step_editors.append(editor)

    def _build_assessment(self, content: ReportContent) -> None:
        section = self._section(self.tr("Weging"), "assessment")
        self.assessment_field = ErrorField(ReportAssessmentView(content.assessment))
        section.layout.addWidget(self.assessment_field)

    def _build_client(self, content: ReportContent) -> None:
        section = self._section(self.tr("Cliënt geïnformeerd"), "client")
        self._note(
            section,
            self.tr(
                "U informeert de cliënt vooraf (informeren, geen toestemming vragen), tenzij dat "
                "de veiligheid van het kind of het gezin, of van u of uw collega's, in gevaar "
                "brengt, of de cliënt daardoor het contact zou verbreken."
            ),
        )
        client = content.client
        self.informed_yes = QRadioButton(self.tr("Ja, de cliënt is vooraf geïnformeerd"))
        self.informed_no = QRadioButton(self.tr("Nee, de cliënt is niet geïnformeerd"))
        self.informed_group = QButtonGroup(self)
        self.informed_group.addButton(self.informed_yes)
        self.informed_group.addButton(self.informed_no)
        self.informed_yes.setChecked(isinstance(client, ClientInformed))
        self.informed_no.setChecked(isinstance(client, ClientNotInformed))
        choice = QWidget()
        row = QVBoxLayout(choice)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.informed_yes)
        row.addWidget(self.informed_no)
        choice.setFocusProxy(self.informed_yes)
        self.client_field = ErrorField(choice)
        section.layout.addWidget(self.client_field)

        informed = client if isinstance(client, ClientInformed) else ClientInformed(None, "")
        self._informed_base = informed
        self.informed_form = ItemForm()
        self.informed_form.optional_date(
            "informed_on", self.tr("Geïnformeerd op:"), informed.informed_on
        )
        self.informed_form.text(
            "reaction", self.tr("Reactie van de cliënt:"), informed.reaction, height=50
        )
        not_informed = (
            client if isinstance(client, ClientNotInformed) else ClientNotInformed(None, "")
        )
        self._not_informed_base = not_informed
        self.not_informed_form = ItemForm()
        self.not_informed_form.choice(
            "reason",
            self.tr("Reden:"),
            NotInformedReason,
            not_informed.reason,
            placeholder=self.tr("Kies een van de drie redenen…"),
        )
        self.not_informed_form.text(
            "explanation", self.tr("Toelichting:"), not_informed.explanation, height=50
        )
        for form in (self.informed_form, self.not_informed_form):
            form.changed.connect(self._changed)
            section.layout.addWidget(form)
        for button in (self.informed_yes, self.informed_no):
            button.toggled.connect(self._show_client_form)
            button.toggled.connect(self._changed)
        self._show_client_form()

    def _build_request(self, content: ReportContent) -> None:
        section = self._section(self.tr("Vraag aan Veilig Thuis"), "request_to_vt")
        self.request_form = ItemForm()
        self.request_form.text(
            "request_to_vt",
            self.tr("Wat vraagt u van Veilig Thuis?"),
            content.request_to_vt,
            height=60,
        )
        self.request_form.changed.connect(self._changed)
        section.layout.addWidget(self.request_form)

    def _build_unsure(self, content: ReportContent) -> None:
        section = self._section(self.tr("Twijfel over delen"), "unsure_to_share")
        self._note(
            section,
            self.tr(
                "Informatie waarvan u niet zeker weet of u die mag delen, staat apart in de "
                "melding, zodat u dat eerst met Veilig Thuis kunt bespreken. Mag leeg blijven."
            ),
        )
        self.unsure_form = ItemForm()
        self.unsure_form.text(
            "unsure_to_share", self.tr("Apart te bespreken:"), content.unsure_to_share, height=60
        )
        self.unsure_form.changed.connect(self._changed)
        section.layout.addWidget(self.unsure_form)

    # -- people and signals ----------------------------------------------------------------

    def _add_person_editor(self, editor: PersonEditor) -> None:
        editor.changed.connect(self._changed)
        editor.remove_requested.connect(lambda: self._remove(editor, self.person_editors))
        self.person_editors.append(editor)
        self.persons_box.addWidget(editor)

    def _add_signal_editor(self, editor: SignalEditor) -> None:
        editor.changed.connect(self._changed)
        editor.remove_requested.connect(lambda: self._remove(editor, self.signal_editors))
        self.signal_editors.append(editor)
        self.signals_box.addWidget(editor)

    def add_person(self) -> PersonEditor:
        editor = PersonEditor(new_person(), len(self.person_editors) + 1, new=True)
        self._add_person_editor(editor)
        self._changed()
        editor.form.setFocus()
        return editor

    def add_signal(self) -> SignalEditor:
        editor = SignalEditor(
            new_signal(self.reporter_form.values()["name"]),  # type: ignore[arg-type]
            len(self.signal_editors) + 1,
            new=True,
        )
        self._add_signal_editor(editor)
        self._changed()
        return editor

    def _remove(self, editor: RecordEditor[object], editors: list[object]) -> None:
        editors.remove(editor)
        editor.hide()
        editor.deleteLater()
        for number, other in enumerate(editors, start=1):
            other.set_number(number)  # type: ignore[attr-defined]
        self._changed()

    # -- reading the form ------------------------------------------------------------------

    def left_out(self) -> LeftOut:
        """What the case builder left out, plus what the melder unticked here."""
        return LeftOut(
            signals=self.base.left_out.signals
            + sum(not editor.included for editor in self.signal_editors),
            persons=self.base.left_out.persons
            + sum(not editor.included for editor in self.person_editors),
        )

    def organisation_choice(self) -> Region | None:
        return chosen_organisation(self.listing, self.organisation)

    def _client(self) -> ClientInformed | ClientNotInformed | None:
        if self.informed_yes.isChecked():
            return self.informed_form.applied_to(self._informed_base)
        if self.informed_no.isChecked():
            return self.not_informed_form.applied_to(self._not_informed_base)
        return None

    def content(self) -> ReportContent:
        """The melding as the form says now (unchecked)."""
        safety = self.safety_form.values()
        return ReportContent(
            made_on=self.made_on.date(),  # type: ignore[arg-type]
            reporter=self.reporter_form.applied_to(self.base.reporter),
            persons=tuple(e.value() for e in self.person_editors if e.included),
            signals=tuple(e.value() for e in self.signal_editors if e.included),
            safety=Safety(summary=str(safety["summary"]), acute=bool(safety["acute"])),
            client=self._client(),
            request_to_vt=str(self.request_form.values()["request_to_vt"]),
            consultations=tuple(self._steps(ConsultationEditor)),
            conversations=tuple(self._steps(ConversationEditor)),
            help_offered=tuple(self._steps(HelpEditor)),
            assessment=self.base.assessment,
            unsure_to_share=str(self.unsure_form.values()["unsure_to_share"]),
            left_out=self.left_out(),
        )

    def _steps(self, kind: type[RecordEditor[object]]) -> list[object]:
        return [editor.value() for editor in self.step_editors if isinstance(editor, kind)]

    def _client_form(self) -> list[tuple[str, ItemForm]]:
        if self.informed_yes.isChecked():
            return [("client", self.informed_form)]
        if self.informed_no.isChecked():
            return [("client", self.not_informed_form)]
        return []

    def _named_forms(self) -> list[tuple[str, ItemForm]]:
        """Each form with the prefix the core puts before its field names, in page order.
        People and signals are numbered among those included, as in the checked content."""
        persons = [e for e in self.person_editors if e.included]
        signals = [e for e in self.signal_editors if e.included]
        return [
            ("reporter", self.reporter_form),
            *((f"persons.{index}", editor.form) for index, editor in enumerate(persons)),
            *((f"signals.{index}", editor.form) for index, editor in enumerate(signals)),
            ("safety", self.safety_form),
            *self._client_form(),
            ("", self.request_form),
            ("", self.unsure_form),
        ]

    def field_map(self) -> dict[str, ErrorField]:
        """Every field by the name the core's validation gives it."""
        fields: dict[str, ErrorField] = {
            **self.meta_fields,
            "persons": self.persons_field,
            "signals": self.signals_field,
            "assessment": self.assessment_field,
            "client": self.client_field,
        }
        for prefix, form in self._named_forms():
            fields.update({_named(prefix, name): field for name, field in form.fields.items()})
        return fields

    def first_fault(self) -> ErrorField | None:
        """The field with a fault that comes first on the page."""
        faulty = [field for field in self.errors.fields.values() if field.error_text()]
        body = self.scroll.widget()
        return min(
            faulty, key=lambda field: field.mapTo(body, field.rect().topLeft()).y(), default=None
        )

    def _form_faults(self) -> dict[str, str]:
        """Faults only the form can see: input it could not read, no organisation chosen."""
        faults = {
            _named(prefix, name): text
            for prefix, form in self._named_forms()
            for name, text in form.unreadable().items()
        }
        if self.made_on.fault():
            faults["made_on"] = self.made_on.fault()
        if self.organisation_choice() is None:
            faults["organisation"] = self.tr("Kies de Veilig Thuis-organisatie van uw regio.")
        return faults

    def check(self) -> ReportContent | None:
        """The checked melding, or None with every fault shown at its field."""
        self.errors.fields = self.field_map()
        unreadable = self._form_faults()
        try:
            checked = validate_report(self.content())
        except ValidationError as exc:
            self.show_faults(exc, unreadable)
            return None
        if unreadable:
            self.show_faults(None, unreadable)
            return None
        self.errors.clear()
        self._mark_sections()
        return checked

    def show_faults(self, error: ValidationError | None, extra: dict[str, str]) -> None:
        self.pages.setCurrentIndex(self.COMPOSE_PAGE)
        self.errors.fields = self.field_map()
        self.errors.show(error, extra)
        self.form_error.setText(
            "\n".join(
                filter(
                    None,
                    [
                        self.tr("Niet alles is goed ingevuld; zie de rode meldingen."),
                        self.form_error.text(),
                    ],
                )
            )
        )
        self.form_error.show()
        self._mark_sections()
        first = self.first_fault()
        if first is not None:
            self.scroll.ensureWidgetVisible(first, 0, 40)
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _mark_sections(self) -> None:
        shown = [name for name, field in self.errors.fields.items() if field.error_text()]
        for row, section in enumerate(self.sections):
            item = self.navigation.item(row)
            faulty = any(section.owns(name) for name in shown)
            item.setText(f"{section.title}  ⚠" if faulty else section.title)
            item.setForeground(QBrush(QColor(ERROR_COLOUR)) if faulty else QBrush())

    # -- live parts ------------------------------------------------------------------------

    def _changed(self) -> None:
        self._update_left_out()
        self._preview_timer.start()

    def _show_client_form(self) -> None:
        self.informed_form.setVisible(self.informed_yes.isChecked())
        self.not_informed_form.setVisible(self.informed_no.isChecked())

    def _update_left_out(self) -> None:
        sentence = left_out_sentence(self.left_out())
        if sentence:
            self.left_out_label.setText(
                self.tr(
                    "Niet opgenomen. In de melding komt te staan: “{sentence}” Wat is "
                    "weggelaten, staat er niet in."
                ).format(sentence=sentence)
            )
            NOTICE_STYLE.on(self.left_out_label)
        else:
            self.left_out_label.setText(
                self.tr("Alle betrokkenen en signalen van de casus worden opgenomen.")
            )
            self.left_out_label.setStyleSheet("")

    def refresh_preview(self) -> None:
        document = text_document(report_document(self.content()))
        self.preview.setDocument(document)
        self._preview_document = document  # the browser does not own it
        self._mark_sections()

    def show_section(self, row: int) -> None:
        if 0 <= row < len(self.sections):
            widget = self.sections[row].widget
            self.scroll.verticalScrollBar().setValue(widget.y())

    # -- the send page ---------------------------------------------------------------------

    def _build_send_page(self, clear_after_ms: int) -> QWidget:
        self.reminder = ReminderPanel(self.listing, self.organisation_choice())
        self.export_panel = ExportPanel(
            None,
            self.tr("Exporteren"),
            passphrase_intro=self.tr(
                "De melding is versleuteld opgeslagen als {name}. Het bestand opent alleen "
                "met deze wachtzin. Geef haar telefonisch door aan Veilig Thuis; stuur haar "
                "nooit mee met het bestand."
            ),
            clear_after_ms=clear_after_ms,
        )
        self.export_panel.set_ready(False)
        self.reminder.acknowledged.connect(self.export_panel.set_ready)
        self.export_panel.running_changed.connect(self._running_changed)
        self.export_panel.exported.connect(self._exported)
        self.export_panel.invalid.connect(lambda error: self.show_faults(error, {}))
        self.register_button = QPushButton(self.tr("Melding registreren in de casus…"))
        self.register_button.clicked.connect(self.open_registration)
        self.register_button.hide()
        self.registered_label = wrapped()
        NOTICE_STYLE.on(self.registered_label)
        self.registered_label.hide()

        self.back_button = QPushButton(self.tr("Terug naar de melding"))
        self.back_button.clicked.connect(lambda: self.pages.setCurrentIndex(self.COMPOSE_PAGE))
        self.close_button = QPushButton(self.tr("Sluiten"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        self.send_summary = wrapped()
        inner = QWidget()
        inner.setMaximumWidth(860)
        layout = QVBoxLayout(inner)
        layout.addWidget(self.send_summary)
        layout.addSpacing(8)
        layout.addWidget(self.reminder)
        layout.addSpacing(12)
        layout.addWidget(self.export_panel)
        layout.addWidget(self.registered_label)
        layout.addWidget(self.register_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(inner, 4)
        centred.addStretch(1)
        page = QWidget()
        outer = QVBoxLayout(page)
        outer.addLayout(centred, 1)
        outer.addLayout(buttons)
        return page

    def proceed(self) -> None:
        """Check the melding; when it is complete, go on to the reminder and the export."""
        checked = self.check()
        organisation = self.organisation_choice()
        if checked is None or organisation is None:
            return
        self.checked_content = checked
        self.reminder.set_organisation(organisation)
        self.send_summary.setText(
            self.tr(
                "Melding van {date} aan {organisation}. Betrokkenen in de melding: {persons}. "
                "Signalen in de melding: {signals}."
            ).format(
                date=date_text(checked.made_on),
                organisation=organisation.organisation,
                persons=len(checked.persons),
                signals=len(checked.signals),
            )
        )
        self.export_panel.export = report_export(self.report_exporter, checked)
        self.pages.setCurrentIndex(self.SEND_PAGE)
        self.reminder.confirm.setFocus()

    def _running_changed(self, running: bool) -> None:
        self.back_button.setEnabled(not running)
        self.close_button.setEnabled(not running)

    def _exported(self, path: Path) -> None:
        if self.decision_id is None and self.store_registration is not None:
            # Nothing to carry out yet: the core would refuse the registration.
            self.registered_label.setText(
                self.tr(
                    "Deze melding kan pas in de casus worden geregistreerd als de beslissing "
                    "om te melden is vastgelegd (stap 5)."
                )
            )
            WARNING_STYLE.on(self.registered_label)
            self.registered_label.show()
        else:
            self.register_button.show()
            self.register_button.setEnabled(self.registration is None)
        self.exported.emit(path)

    def open_registration(self) -> RegistrationDialog:
        organisation = self.organisation_choice()
        dialog = RegistrationDialog(
            self.listing,
            organisation.id if organisation else None,
            self,
            decision_id=self.decision_id,
            made_on=(self.checked_content or self.base).made_on,
            store=self.store_registration,
        )
        dialog.registered.connect(self._registered)
        dialog.finished.connect(lambda _: self._registration_closed(dialog))
        self.registration_dialog = dialog
        dialog.open()
        return dialog

    def _registration_closed(self, dialog: RegistrationDialog) -> None:
        if self.registration_dialog is dialog:
            self.registration_dialog = None
        dialog.deleteLater()

    def _registered(self, registration: ReportRegistration) -> None:
        self.registration = registration
        self.register_button.setEnabled(False)
        self.registered_label.setText(self.tr("De melding is geregistreerd in de casus."))
        self.registered_label.show()
        self.registered.emit(registration)

    # -- closing ---------------------------------------------------------------------------

    def has_unsaved_input(self) -> bool:
        return input_state(self.compose_page) != self._initial_state

    def reject(self) -> None:
        if self.export_panel.running:
            return  # 'Exporteren afbreken' first: the worker must be heard out
        if (
            self.export_panel.last_path is None
            and self.has_unsaved_input()
            and not ask.ask(
                self,
                self.tr("Melding niet geëxporteerd"),
                self.tr(
                    "U hebt de melding aangepast maar nog niet geëxporteerd. Wilt u uw "
                    "wijzigingen weggooien?"
                ),
                self.tr("Weggooien"),
                self.tr("Verder werken"),
            )
        ):
            return
        super().reject()

    def done(self, result: int) -> None:
        """Every way out, locking included: stop the export, drop the passphrase, wipe."""
        self._preview_timer.stop()
        self.export_panel.abandon()
        if self.registration_dialog is not None:
            self.registration_dialog.done(QDialog.DialogCode.Rejected)
        forget_contents(self)
        super().done(result)
