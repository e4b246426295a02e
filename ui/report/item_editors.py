"""One group box per person, signal and step in the composer, pre-filled and editable.

People and signals can be left out of the melding with their checkbox; a left-out one is
greyed and counted, never described, in what the melding says was left out. The assessment
is shown as recorded: it was made under a named kader and version, so it is not edited here.
"""

from __future__ import annotations

from typing import Generic, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import PersonRole, SignalSource, ViolenceForm
from app.export.report_content import ReportPerson, ReportSignal
from app.export.steps import Assessment, Consultation, Conversation, HelpOffered
from app.timeutil import today
from ui.report.item_form import ItemForm
from ui.text import date_text
from ui.widgets.labels import wrapped

R = TypeVar("R")


class RecordEditor(QGroupBox, Generic[R]):
    """A record's form in a titled box. A record of the case can be left out with its
    checkbox (`optional`); one added in the composer can be removed again (`removable`)."""

    changed = Signal()
    remove_requested = Signal()

    def __init__(
        self,
        record: R,
        optional: bool,
        removable: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.record = record
        self.form = ItemForm()
        self.form.changed.connect(self.changed)
        self.include: QCheckBox | None = None
        layout = QVBoxLayout(self)
        if optional:
            self.include = QCheckBox(self.tr("Opnemen in de melding"))
            self.include.setChecked(True)
            self.include.toggled.connect(self._included_changed)
            layout.addWidget(self.include)
        layout.addWidget(self.form)
        if removable:
            remove = QPushButton(self.tr("Verwijderen"))
            remove.clicked.connect(self.remove_requested)
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(remove)
            layout.addLayout(row)

    @property
    def included(self) -> bool:
        return self.include is None or self.include.isChecked()

    def value(self) -> R:
        return self.form.applied_to(self.record)

    def set_number(self, number: int) -> None:
        self.setTitle(self.title_for(number))

    def title_for(self, number: int) -> str:
        raise NotImplementedError

    def _included_changed(self, included: bool) -> None:
        self.form.setEnabled(included)
        if not included:
            for field in self.form.fields.values():
                field.clear_error()
        self.changed.emit()


def new_person() -> ReportPerson:
    return ReportPerson(role=PersonRole.OTHER, name="")


def new_signal(observed_by: str) -> ReportSignal:
    return ReportSignal(
        observed_on=today(),
        observed_time=None,
        observed_by=observed_by,
        source=SignalSource.OWN_OBSERVATION,
        form=ViolenceForm.NOT_YET_CLEAR,
        facts="",
    )


class PersonEditor(RecordEditor[ReportPerson]):
    """A person of the case (`new` False) or one added in the composer (`new` True)."""

    def __init__(
        self, person: ReportPerson, number: int, new: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(person, optional=not new, removable=new, parent=parent)
        self.set_number(number)
        form = self.form
        form.choice(
            "role",
            self.tr("Rol:"),
            PersonRole,
            None if new else person.role,
            placeholder=self.tr("Kies de rol…"),
            missing=self.tr("Kies de rol van deze betrokkene."),
            fallback=person.role,
        )
        form.line("name", self.tr("Naam:"), person.name)
        form.optional_date("date_of_birth", self.tr("Geboortedatum:"), person.date_of_birth)
        form.line("address", self.tr("Adres:"), person.address)
        form.line(
            "school_or_childcare", self.tr("School of kinderopvang:"), person.school_or_childcare
        )
        form.line(
            "bsn",
            self.tr("BSN:"),
            person.bsn,
            self.tr("Mag leeg blijven. 9 cijfers, met of zonder spaties of punten."),
        )
        form.text(
            "safety_note",
            self.tr("Veiligheid van deze persoon:"),
            person.safety_note,
            height=44,
            hint=self.tr("Alleen invullen als het anders is dan bij 'Huidige veiligheid'."),
        )

    def title_for(self, number: int) -> str:
        return self.tr("Betrokkene {number}").format(number=number)


class SignalEditor(RecordEditor[ReportSignal]):
    def __init__(
        self, signal: ReportSignal, number: int, new: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(signal, optional=not new, removable=new, parent=parent)
        self.set_number(number)
        form = self.form
        form.date("observed_on", self.tr("Datum van waarneming:"), signal.observed_on)
        form.time(
            "observed_time",
            self.tr("Tijdstip:"),
            signal.observed_time,
            self.tr("Mag leeg blijven."),
        )
        form.line("observed_by", self.tr("Waargenomen door:"), signal.observed_by)
        form.choice(
            "source",
            self.tr("Bron:"),
            SignalSource,
            None if new else signal.source,
            placeholder=self.tr("Kies de bron…"),
            missing=self.tr("Kies de bron van het signaal."),
            fallback=signal.source,
        )
        form.choice(
            "form",
            self.tr("Vorm van geweld:"),
            ViolenceForm,
            None if new else signal.form,
            placeholder=self.tr("Kies de vorm van geweld…"),
            missing=self.tr("Kies de vorm van geweld, of 'Nog niet duidelijk'."),
            fallback=signal.form,
        )
        form.text(
            "facts",
            self.tr("Feiten:"),
            signal.facts,
            height=70,
            hint=self.tr("Wat is gezien of gehoord, zonder duiding."),
        )
        form.text("interpretation", self.tr("Interpretatie:"), signal.interpretation, height=50)

    def title_for(self, number: int) -> str:
        return self.tr("Signaal {number}").format(number=number)


class ConsultationEditor(RecordEditor[Consultation]):
    def __init__(self, item: Consultation, number: int, parent: QWidget | None = None) -> None:
        super().__init__(item, optional=False, parent=parent)
        self.set_number(number)
        form = self.form
        form.date("held_on", self.tr("Datum:"), item.held_on)
        form.line("consulted", self.tr("Geraadpleegd:"), item.consulted)
        form.line("consulted_role", self.tr("Functie:"), item.consulted_role)
        form.check(
            "with_veilig_thuis", self.tr("Adviesvraag aan Veilig Thuis"), item.with_veilig_thuis
        )
        form.text("question", self.tr("Vraag:"), item.question, height=44)
        form.text("advice", self.tr("Advies:"), item.advice, height=44)
        form.line("recorded_by", self.tr("Vastgelegd door:"), item.recorded_by)

    def title_for(self, number: int) -> str:
        return self.tr("Consultatie {number}").format(number=number)


class ConversationEditor(RecordEditor[Conversation]):
    def __init__(self, item: Conversation, number: int, parent: QWidget | None = None) -> None:
        super().__init__(item, optional=False, parent=parent)
        self.set_number(number)
        form = self.form
        form.check("took_place", self.tr("Het gesprek heeft plaatsgevonden"), item.took_place)
        form.optional_date("held_on", self.tr("Datum:"), item.held_on)
        form.check("with_child", self.tr("Gesprek met het kind"), item.with_child)
        form.line("present", self.tr("Aanwezig:"), item.present)
        form.text("said", self.tr("Wat is besproken:"), item.said, height=44)
        form.text("reaction", self.tr("Reactie:"), item.reaction, height=44)
        form.text(
            "reason_not_held", self.tr("Reden (niet gevoerd):"), item.reason_not_held, height=44
        )
        form.line("recorded_by", self.tr("Vastgelegd door:"), item.recorded_by)

    def title_for(self, number: int) -> str:
        return self.tr("Gesprek {number}").format(number=number)


class HelpEditor(RecordEditor[HelpOffered]):
    def __init__(self, item: HelpOffered, number: int, parent: QWidget | None = None) -> None:
        super().__init__(item, optional=False, parent=parent)
        self.set_number(number)
        form = self.form
        form.date("offered_on", self.tr("Datum:"), item.offered_on)
        form.text("description", self.tr("Hulp:"), item.description, height=44)
        form.line("offered_to", self.tr("Aangeboden aan:"), item.offered_to)
        form.yes_no_unknown("accepted", self.tr("Aanvaard:"), item.accepted)
        form.line("recorded_by", self.tr("Vastgelegd door:"), item.recorded_by)

    def title_for(self, number: int) -> str:
        return self.tr("Hulp {number}").format(number=number)


def _plain(text: str) -> QLabel:
    label = wrapped(text or "—")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ReportAssessmentView(QWidget):
    """The recorded weging, read-only, with its kader and version."""

    def __init__(self, assessment: Assessment | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if assessment is None:
            layout.addWidget(
                wrapped(
                    self.tr(
                        "Er is geen weging met het afwegingskader vastgelegd; de melding zegt dat."
                    )
                )
            )
            return
        layout.addWidget(
            wrapped(
                self.tr(
                    "Zo vastgelegd in stap 4. De weging gaat ongewijzigd mee, met het kader en "
                    "de versie waaronder zij is gemaakt."
                )
            )
        )
        form = QFormLayout()
        form.addRow(self.tr("Afwegingskader:"), _plain(assessment.kader_name))
        form.addRow(self.tr("Versie:"), _plain(assessment.kader_version))
        form.addRow(self.tr("Datum:"), _plain(date_text(assessment.assessed_on)))
        form.addRow(self.tr("Gewogen door:"), _plain(assessment.assessed_by))
        form.addRow(self.tr("Uitkomst:"), _plain(assessment.outcome))
        for answer in assessment.answers:
            form.addRow(
                self.tr("Vraag {number}:").format(number=answer.number),
                _plain(f"{answer.question}\n{answer.answer}: {answer.reason}"),
            )
        layout.addLayout(form)
