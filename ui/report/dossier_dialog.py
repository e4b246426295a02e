"""The dossier of one case on paper: everything, with its history, or with parts withheld.

For a request to see the file (parents; children from 12) the user unticks what protects
others: a whole part or single items. A withheld part is replaced before the document is built
(`app.export.dossier`), so it is in neither the preview nor the PDF nor on paper.

What the dossier is for (the practice's own file, or a request to see it) is chosen first: the
audit log records it with every save and print (`DossierPurpose`). Saving as an encrypted PDF
is the default; printing directly is a deliberate choice, with a plain note that paper shows
every name in the clear.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.case_documents.exports import DossierPurpose
from app.export.document import Document
from app.export.dossier import DossierContent, DossierSection, PartRef, dossier_document
from app.export.exporter import Progress
from app.export.formatting import counted
from ui.document_renderer import text_document
from ui.report import printing
from ui.report.clipboard_guard import CLEAR_AFTER_MS
from ui.report.export_panel import Export, ExportPanel
from ui.report.forget import forget_contents
from ui.text import date_text, label_text
from ui.widgets.fields import ErrorField
from ui.widgets.labels import NOTICE_STYLE, WARNING_STYLE, resize_within_screen, wrapped

PREVIEW_DELAY_MS = 250
SHORT = 60


def _short(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= SHORT else line[: SHORT - 1] + "…"


@dataclass(frozen=True)
class _Part:
    section: DossierSection
    title: str
    items: Sequence[tuple[int, str]]  # (vault id, what the tree shows)
    itemised: bool = True  # False: only the whole part can be withheld


# Saves the dossier as an encrypted file: (content, purpose, passphrase, folder, progress) ->
# the file written. For a case, `export_dossier_for_case`, which logs it with its purpose.
DossierExport = Callable[[DossierContent, DossierPurpose, str, Path, Progress], Path]


def dossier_export(
    export: DossierExport, content: DossierContent, purpose: DossierPurpose
) -> Export:
    """The export of this dossier, for this purpose, as the export panel runs it."""

    def run(passphrase: str, folder: Path, progress: Progress) -> Path:
        return export(content, purpose, passphrase, folder, progress)

    return run


class DossierDialog(QDialog):
    exported = Signal(object)  # the Path of the encrypted PDF
    printed = Signal(object)  # the DossierPurpose it was printed for

    SAVE, PRINT = 0, 1

    def __init__(
        self,
        content: DossierContent,
        parent: QWidget | None = None,
        *,
        export: DossierExport,
        clear_after_ms: int = CLEAR_AFTER_MS,
    ) -> None:
        """`export` saves it (for a case: `export_dossier_for_case`, which logs it); the
        caller logs a print (`record_dossier_printed`) when `printed` says one was sent."""
        super().__init__(parent)
        self.content = content
        self.dossier_exporter = export
        self.setWindowTitle(self.tr("Dossier afdrukken of opslaan"))
        self.previews = printing.PreviewSlot()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)

        intro = wrapped(
            self.tr(
                "Het dossier van deze casus: alles wat is vastgelegd, met alle versies en het "
                "logboek. Vraagt iemand het dossier in te zien (ouders; kinderen vanaf 12 jaar), "
                "dan kunt u delen die anderen beschermen niet verstrekken: haal het vinkje weg. "
                "Op hun plaats staat dan dat er iets niet is verstrekt."
            )
        )
        self.tree = QTreeWidget()
        self.tree.setHeaderLabel(self.tr("Opnemen in de afdruk"))
        self.tree.setAccessibleName(self.tr("Onderdelen van het dossier"))
        self.section_items: dict[DossierSection, QTreeWidgetItem] = {}
        for part in self._parts():
            self._add_part(part)
        self.tree.expandAll()
        self.tree.itemChanged.connect(self._changed)
        self.withheld_label = wrapped()

        self.preview = QTextBrowser()
        self.preview.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.preview.setAccessibleName(self.tr("Voorbeeld van het dossier"))
        self._preview_document = text_document(dossier_document(content))
        self.preview_button = QPushButton(self.tr("Afdrukvoorbeeld…"))
        self.preview_button.clicked.connect(self.open_print_preview)
        preview_box = QWidget()
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(self.preview)
        preview_layout.addWidget(self.preview_button, 0, Qt.AlignmentFlag.AlignRight)
        tree_box = QWidget()
        tree_layout = QVBoxLayout(tree_box)
        tree_layout.setContentsMargins(0, 0, 0, 0)
        tree_layout.addWidget(self.tree)
        tree_layout.addWidget(self.withheld_label)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(tree_box)
        splitter.addWidget(preview_box)
        splitter.setSizes([420, 620])
        splitter.setChildrenCollapsible(False)

        self.own_file = QRadioButton(
            self.tr("Voor het eigen dossier (bijvoorbeeld een inspecteur of een overdracht)")
        )
        self.access_request = QRadioButton(
            self.tr("Voor een verzoek om inzage (ouders, of een kind vanaf 12 jaar)")
        )
        self.purposes = QButtonGroup(self)
        self.purposes.addButton(self.own_file)
        self.purposes.addButton(self.access_request)
        self.purposes.buttonToggled.connect(lambda *_: self._changed())
        self.purpose_field = ErrorField(
            self._purpose_box(),
            self.tr(
                "Kies eerst waarvoor: het logboek legt vast waarvoor het dossier is afgedrukt "
                "of opgeslagen."
            ),
        )

        self.save_choice = QRadioButton(self.tr("Opslaan als versleutelde PDF (aanbevolen)"))
        self.print_choice = QRadioButton(self.tr("Direct afdrukken op papier"))
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.save_choice, self.SAVE)
        self.choice.addButton(self.print_choice, self.PRINT)
        self.save_choice.setChecked(True)
        self.export_panel = ExportPanel(
            None,
            self.tr("Opslaan als versleutelde PDF"),
            passphrase_intro=self.tr(
                "Het dossier is versleuteld opgeslagen als {name}. Het opent alleen met deze "
                "wachtzin. Geef haar los van het bestand door aan wie het dossier mag "
                "inzien, bijvoorbeeld aan de telefoon."
            ),
            clear_after_ms=clear_after_ms,
        )
        self.export_panel.exported.connect(self.exported)
        self.export_panel.running_changed.connect(self._running_changed)
        self.print_note = wrapped(
            self.tr(
                "Let op: op papier staan alle namen en gegevens leesbaar, zonder versleuteling. "
                "Haal de afdruk meteen van de printer en bewaar hem achter slot. Afdrukken naar "
                "een bestand kan niet; een bestand maakt u met 'Opslaan als versleutelde PDF'."
            )
        )
        WARNING_STYLE.on(self.print_note)
        self.print_button = QPushButton(self.tr("Afdrukken…"))
        self.print_button.clicked.connect(self.print_directly)
        self.printed_label = wrapped()
        NOTICE_STYLE.on(self.printed_label)
        self.printed_label.hide()
        print_panel = QWidget()
        print_layout = QVBoxLayout(print_panel)
        print_layout.setContentsMargins(0, 0, 0, 0)
        print_layout.addWidget(self.print_note)
        print_layout.addWidget(self.printed_label)
        print_layout.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignRight)
        self.output = QStackedWidget()
        self.output.addWidget(self.export_panel)
        self.output.addWidget(print_panel)
        self.choice.idToggled.connect(self._choice_changed)

        buttons = QDialogButtonBox()
        self.close_button = buttons.addButton(
            self.tr("Sluiten"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.rejected.connect(self.reject)
        choices = QHBoxLayout()
        choices.addWidget(self.save_choice)
        choices.addWidget(self.print_choice)
        choices.addStretch(1)

        purpose_form = QFormLayout()
        purpose_form.addRow(self.tr("Waarvoor:"), self.purpose_field)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addLayout(purpose_form)
        layout.addLayout(choices)
        layout.addWidget(self.output)
        layout.addWidget(buttons)
        resize_within_screen(self, 1100, 820)
        self._changed()
        self.refresh_preview()

    def _purpose_box(self) -> QWidget:
        box = QWidget()
        row = QVBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.own_file, 0, Qt.AlignmentFlag.AlignLeft)
        row.addWidget(self.access_request, 0, Qt.AlignmentFlag.AlignLeft)
        box.setFocusProxy(self.own_file)
        return box

    def purpose(self) -> DossierPurpose | None:
        if self.own_file.isChecked():
            return DossierPurpose.FILE
        if self.access_request.isChecked():
            return DossierPurpose.ACCESS_REQUEST
        return None

    # -- the parts -------------------------------------------------------------------------

    def _parts(self) -> list[_Part]:
        c = self.content
        not_held = self.tr("niet gevoerd")
        return [
            _Part(
                DossierSection.PERSONS,
                self.tr("Betrokkenen"),
                [
                    (p.id, f"{n}. {label_text(p.role)}: {p.name}")
                    for n, p in enumerate(c.persons, 1)
                ],
            ),
            _Part(
                DossierSection.SIGNALS,
                self.tr("Signalen"),
                [
                    (
                        s.id,
                        f"{n}. {date_text(s.current.observed_on)}: {_short(s.current.facts)}",
                    )
                    for n, s in enumerate(c.signals, 1)
                ],
            ),
            _Part(
                DossierSection.CONSULTATIONS,
                self.tr("Collegiale consultatie en adviesvragen"),
                [
                    (i.id, f"{n}. {date_text(i.held_on)}: {i.consulted}")
                    for n, i in enumerate(c.consultations, 1)
                ],
            ),
            _Part(
                DossierSection.CONVERSATIONS,
                self.tr("Gesprekken"),
                [
                    (
                        i.id,
                        f"{n}. {date_text(i.held_on)}"
                        if i.took_place and i.held_on
                        else f"{n}. {not_held}",
                    )
                    for n, i in enumerate(c.conversations, 1)
                ],
            ),
            _Part(
                DossierSection.HELP_OFFERED,
                self.tr("Aangeboden hulp"),
                [
                    (i.id, f"{n}. {date_text(i.offered_on)}: {_short(i.description)}")
                    for n, i in enumerate(c.help_offered, 1)
                ],
            ),
            _Part(
                DossierSection.ASSESSMENTS,
                self.tr("Wegingen met het afwegingskader"),
                [
                    (i.id, f"{n}. {date_text(i.assessed_on)}: {i.kader_name}")
                    for n, i in enumerate(c.assessments, 1)
                ],
            ),
            _Part(
                DossierSection.DECISIONS,
                self.tr("Beslissingen"),
                [(i.id, f"{n}. {date_text(i.decided_on)}") for n, i in enumerate(c.decisions, 1)],
            ),
            _Part(
                DossierSection.REPORTS,
                self.tr("Adviesvragen en meldingen aan Veilig Thuis"),
                [
                    (i.id, f"{n}. {date_text(i.made_on)}: {i.organisation}")
                    for n, i in enumerate(c.reports, 1)
                ],
            ),
            _Part(
                DossierSection.FOLLOW_UPS,
                self.tr("Vervolg en nazorg"),
                [(i.id, f"{n}. {date_text(i.planned_on)}") for n, i in enumerate(c.follow_ups, 1)],
            ),
            _Part(DossierSection.AUDIT, self.tr("Logboek van deze casus"), [], itemised=False),
        ]

    def _add_part(self, part: _Part) -> None:
        top = QTreeWidgetItem(self.tree, [part.title])
        flags = top.flags() | Qt.ItemFlag.ItemIsUserCheckable
        if part.items:
            flags |= Qt.ItemFlag.ItemIsAutoTristate
        top.setFlags(flags)
        top.setData(0, Qt.ItemDataRole.UserRole, (part.section, None))
        for item_id, text in part.items:
            child = QTreeWidgetItem(top, [text])
            child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            child.setData(0, Qt.ItemDataRole.UserRole, (part.section, item_id))
            child.setCheckState(0, Qt.CheckState.Checked)
        top.setCheckState(0, Qt.CheckState.Checked)
        self.section_items[part.section] = top

    def item_for(self, section: DossierSection, item_id: int | None = None) -> QTreeWidgetItem:
        top = self.section_items[section]
        if item_id is None:
            return top
        for index in range(top.childCount()):
            child = top.child(index)
            if child.data(0, Qt.ItemDataRole.UserRole)[1] == item_id:
                return child
        raise KeyError((section, item_id))

    def withheld(self) -> frozenset[PartRef]:
        """Unticked parts: a whole section when nothing of it is ticked, else single items."""
        refs: set[PartRef] = set()
        for section, top in self.section_items.items():
            if top.checkState(0) == Qt.CheckState.Unchecked:
                refs.add(PartRef(section))
            elif top.checkState(0) == Qt.CheckState.PartiallyChecked:
                for index in range(top.childCount()):
                    child = top.child(index)
                    if child.checkState(0) == Qt.CheckState.Unchecked:
                        refs.add(PartRef(section, child.data(0, Qt.ItemDataRole.UserRole)[1]))
        return frozenset(refs)

    def content_to_print(self) -> DossierContent:
        return replace(self.content, withheld=self.withheld())

    def document(self) -> Document:
        return dossier_document(self.content_to_print())

    # -- live parts ------------------------------------------------------------------------

    def _changed(self, *_: Any) -> None:
        withheld = self.withheld()
        purpose = self.purpose()
        self.export_panel.export = (
            None
            if purpose is None
            else dossier_export(self.dossier_exporter, self.content_to_print(), purpose)
        )
        self.export_panel.set_ready(purpose is not None)
        self.print_button.setEnabled(purpose is not None)
        if purpose is not None:
            self.purpose_field.clear_error()
        if withheld:
            self.withheld_label.setText(
                self.tr(
                    "Niet verstrekt: {parts}. Het dossier zegt op die plaatsen dat er iets "
                    "is weggelaten."
                ).format(parts=counted(len(withheld), self.tr("onderdeel"), self.tr("onderdelen")))
            )
            WARNING_STYLE.on(self.withheld_label)
        else:
            self.withheld_label.setText(self.tr("Het hele dossier wordt opgenomen."))
            self.withheld_label.setStyleSheet("")
        self._timer.start()

    def refresh_preview(self) -> None:
        document = text_document(self.document())
        self.preview.setDocument(document)
        self._preview_document = document

    def _choice_changed(self, choice: int, checked: bool) -> None:
        if checked:
            self.output.setCurrentIndex(choice)

    def _running_changed(self, running: bool) -> None:
        self.tree.setEnabled(not running)
        self.purpose_field.setEnabled(not running)
        self.save_choice.setEnabled(not running)
        self.print_choice.setEnabled(not running)
        self.close_button.setEnabled(not running)

    # -- paper -----------------------------------------------------------------------------

    def open_print_preview(self) -> printing.PrintPreview:
        return self.previews.open(
            self.document, self, self.tr("Afdrukvoorbeeld van het dossier"), self.print_directly
        )

    def print_directly(self) -> bool:
        purpose = self.purpose()
        if purpose is None:
            self.purpose_field.set_error(self.tr("Kies eerst waarvoor het dossier is."))
            if self.previews.dialog is not None:  # the field is hidden behind the preview
                printing.tell(self.previews.dialog, self.tr("Kies eerst waarvoor het dossier is."))
            return False
        if not printing.print_directly(self.document(), self, self.tr("Dossier afdrukken")):
            return False
        self.printed_label.setText(self.tr("Naar de printer gestuurd. Haal de afdruk meteen op."))
        self.printed_label.show()
        self.printed.emit(purpose)
        return True

    # -- closing ---------------------------------------------------------------------------

    def reject(self) -> None:
        if not self.export_panel.running:
            super().reject()

    def done(self, result: int) -> None:
        self._timer.stop()
        self.export_panel.abandon()
        self.previews.close()
        forget_contents(self)
        super().done(result)
