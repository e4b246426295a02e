"""The dialogs of the five steps: kindcheck (step 1), consultation (2), conversation (3), a
step left out with its reason (2 and 4), and the two decisions (5)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QWidget,
)

from app.domain.case_guidance import age_only_warning
from app.domain.decision_prefill import (
    check_no_advice_reason,
    departure_warning,
    report_departure,
    report_expected,
    veilig_thuis_not_consulted,
)
from app.domain.entries import (
    Consultation,
    Conversation,
    Decision,
    Entry,
    EntryValue,
    KindCheck,
    StepSkip,
)
from app.domain.entry_validation import MAX_PEOPLE
from app.domain.enums import (
    ChildTalk,
    ClientTalk,
    ConsulteeKind,
    ContactRole,
    DependantSafety,
    Step,
)
from app.domain.models import Contact
from app.domain.weighing import RecordedAssessment
from app.errors import RecordNotFound
from app.vault.vault import Vault
from ui.steps.entry_cards import ADVICE_STYLE, badge
from ui.steps.entry_dialog import EntryDialog
from ui.steps.entry_text import step_title
from ui.steps.help_agreements import HelpAgreementsEditor
from ui.text import label_text, message_text
from ui.violence_notes import case_forms, notes_for
from ui.widgets.choice_pair import ChoicePair
from ui.widgets.choices import enum_combo
from ui.widgets.dates import date_edit, date_of
from ui.widgets.fields import text_box
from ui.widgets.labels import wrapped
from ui.widgets.tones import Look, Tone
from ui.widgets.wheel import choice_box, number_box

NO_CONTACT = 0
AGE_ONLY_STYLE = Look(Tone.WARNING, "font-weight: bold; border: none;")
HINT_LOOK = Look(None, "color: palette(placeholder-text);")
# Going against a weging that reports: as loud as the radar, for it is the costliest mistake.
DEPARTURE_STYLE = Look(Tone.URGENT, "border: 2px solid; padding: 8px;")
EXPECTED_STYLE = Look(Tone.INFO, "border: 1px solid; padding: 8px;")
# The kind of consultation a contact of the sociale kaart stands for.
CONSULTEE_OF_ROLE = {
    ContactRole.VEILIG_THUIS: ConsulteeKind.VEILIG_THUIS,
    ContactRole.DESIGNATED_CONSULTEE: ConsulteeKind.DESIGNATED_CONSULTEE,
    ContactRole.CONFIDENTIAL_DOCTOR: ConsulteeKind.CONFIDENTIAL_DOCTOR,
    ContactRole.LOCAL_TEAM: ConsulteeKind.OTHER_EXPERT,
    ContactRole.POLICE: ConsulteeKind.OTHER_EXPERT,
    ContactRole.OTHER: ConsulteeKind.OTHER_EXPERT,
}
_AGES = re.compile(r"[\s,;]+")


def spin_box(value: int) -> QSpinBox:
    box = number_box()
    box.setRange(0, MAX_PEOPLE)
    box.setValue(value)
    box.setMaximumWidth(100)
    return box


def contact_text(contact: Contact) -> str:
    text = f"{contact.name} ({label_text(contact.role)})"
    if contact.organisation:
        text = f"{contact.name}, {contact.organisation} ({label_text(contact.role)})"
    return text


class KindCheckDialog(EntryDialog):
    form_name = "kindcheck"

    def __init__(
        self,
        vault: Vault,
        case_id: int,
        entry: Entry[KindCheck] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(vault, case_id, entry, parent=parent)
        self.setWindowTitle(self.tr("Kindcheck corrigeren") if entry else self.tr("Kindcheck"))
        value = entry.value if entry else KindCheck(None)
        self.checked_on = date_edit(value.checked_on)
        self.children_count = spin_box(value.children_count)
        self.children_ages = QLineEdit(", ".join(str(age) for age in value.children_ages))
        self.children_ages.setPlaceholderText(self.tr("bijvoorbeeld 4, 7"))
        self.pregnancy = QCheckBox(self.tr("Er is een zwangerschap (een ongeboren kind)"))
        self.pregnancy.setChecked(value.pregnancy)
        self.dependent_adults = spin_box(value.dependent_adults)
        self.safety = enum_combo(
            DependantSafety, self.tr("Kies…"), value.safety.value if value.safety else ""
        )
        self.notes = text_box(70)
        self.notes.setPlainText(value.notes)
        self.add_row(self.tr("Datum van de kindcheck:"), "checked_on", self.checked_on)
        self.add_row(self.tr("Aantal kinderen:"), "children_count", self.children_count)
        self.add_row(
            self.tr("Leeftijden:"),
            "children_ages",
            self.children_ages,
            self.tr("Voor elk kind een leeftijd in jaren, gescheiden door komma's."),
        )
        self.add_row(self.tr("Zwangerschap:"), "pregnancy", self.pregnancy)
        self.add_row(
            self.tr("Afhankelijke volwassenen:"),
            "dependent_adults",
            self.dependent_adults,
            self.tr(
                "Bijvoorbeeld een ouder of een volwassen kind dat zorg van de cliënt nodig heeft."
            ),
        )
        self.add_row(
            self.tr("Is hun veiligheid in het geding?"),
            "safety",
            self.safety,
            self.tr("In te vullen als er iemand van de cliënt afhankelijk is."),
        )
        self.add_row(self.tr("Toelichting:"), "notes", self.notes)
        self.finish(
            self.tr(
                "Uw cliënt is volwassen. Ga na wie er van hem of haar afhankelijk is: kinderen, "
                "een ongeboren kind, een volwassene die zorg nodig heeft. En of zij veilig zijn."
            ),
            height=600,
        )

    def ages(self) -> tuple[int, ...] | None:
        parts = [part for part in _AGES.split(self.children_ages.text().strip()) if part]
        if not all(part.isdigit() for part in parts):
            return None
        return tuple(int(part) for part in parts)

    def value(self) -> KindCheck:
        safety = self.safety.currentData()
        return KindCheck(
            checked_on=date_of(self.checked_on),
            children_count=self.children_count.value(),
            children_ages=self.ages() or (),
            pregnancy=self.pregnancy.isChecked(),
            dependent_adults=self.dependent_adults.value(),
            safety=DependantSafety(safety) if safety else None,
            notes=self.notes.toPlainText(),
        )

    def unreadable(self) -> Mapping[str, str]:
        if self.ages() is None:
            return {
                "children_ages": self.tr(
                    "Schrijf de leeftijden als hele getallen, gescheiden door komma's, "
                    "bijvoorbeeld 4, 7."
                )
            }
        return {}


class ConsultationDialog(EntryDialog):
    form_name = "consultation"

    def __init__(
        self,
        vault: Vault,
        case_id: int,
        entry: Entry[Consultation] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(vault, case_id, entry, parent=parent)
        self.setWindowTitle(
            self.tr("Consultatie corrigeren") if entry else self.tr("Consultatie vastleggen")
        )
        value = entry.value if entry else None
        self.held_on = date_edit(value.held_on if value else None)
        self.contacts = {c.id: c for c in vault.contacts.find()}
        if value is not None and value.contact_id is not None:
            # An archived contact that this consultation named stays choosable here.
            self.contacts.setdefault(value.contact_id, vault.contacts.get(value.contact_id))
        self.contact = choice_box()
        self.contact.addItem(self.tr("Niet uit de sociale kaart"), NO_CONTACT)
        for contact in self.contacts.values():
            self.contact.addItem(contact_text(contact), contact.id)
        if value is not None and value.contact_id is not None:
            self.contact.setCurrentIndex(self.contact.findData(value.contact_id))
        self.consultee_kind = enum_combo(
            ConsulteeKind, self.tr("Kies met wie…"), value.consultee_kind.value if value else ""
        )
        self.consultee = QLineEdit(value.consultee if value else "")
        self.client_named = ChoicePair(self.tr("Bij naam genoemd"), self.tr("Anoniem besproken"))
        self.client_named.set_value(value.client_named if value else None)
        self.advice = text_box(80)
        self.advice.setPlainText(value.advice if value else "")
        self.next_step = text_box(60)
        self.next_step.setPlainText(value.next_step if value else "")

        self.add_row(self.tr("Datum:"), "held_on", self.held_on)
        self.add_row(
            self.tr("Uit de sociale kaart:"),
            "contact_id",
            self.contact,
            self.tr("Contacten van de praktijk beheert u via Praktijk > Sociale kaart."),
        )
        self.add_row(self.tr("Met wie:"), "consultee_kind", self.consultee_kind)
        self.advice_mark = badge(
            self.tr("Adviesvraag aan Veilig Thuis: telt mee in het jaaroverzicht"), ADVICE_STYLE
        )
        # The mark comes and goes with the choice of whom; its row keeps its room, so the
        # fields below stay where the pointer is going.
        policy = self.advice_mark.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.advice_mark.setSizePolicy(policy)
        mark_room = QWidget()
        room_layout = QHBoxLayout(mark_room)
        room_layout.setContentsMargins(0, 0, 0, 0)
        room_layout.addWidget(self.advice_mark)
        room_layout.addStretch(1)
        self.form.addRow("", mark_room)
        self.add_row(
            self.tr("Naam of functie:"),
            "consultee",
            self.consultee,
            self.tr("Verplicht bij een andere deskundige; anders mag het leeg blijven."),
        )
        self.add_row(self.tr("De cliënt is:"), "client_named", self.client_named)
        self.add_row(self.tr("Advies:"), "advice", self.advice)
        self.add_row(self.tr("Afgesproken volgende stap:"), "next_step", self.next_step)
        self.contact.activated.connect(lambda _: self._contact_chosen())
        self.consultee_kind.currentIndexChanged.connect(lambda _: self._show_advice_mark())
        self._show_advice_mark()
        intro = self.tr(
            "Leg vast met wie u overlegde en wat u afsprak. Advies vragen aan Veilig Thuis "
            "kan zonder de naam van de cliënt te noemen."
        )
        self.form_notes = notes_for(case_forms(vault, case_id), "consultation")
        self.finish(f"{intro}\n\n{self.form_notes}" if self.form_notes else intro, height=640)

    def _contact_chosen(self) -> None:
        contact = self.contacts.get(int(self.contact.currentData() or NO_CONTACT))
        if contact is None:
            return
        kind = CONSULTEE_OF_ROLE[contact.role]
        self.consultee_kind.setCurrentIndex(self.consultee_kind.findData(kind.value))
        self.fields["consultee_kind"].clear_error()
        if kind is ConsulteeKind.OTHER_EXPERT and not self.consultee.text().strip():
            self.consultee.setText(contact.name)

    def _show_advice_mark(self) -> None:
        kind = ConsulteeKind.parse(str(self.consultee_kind.currentData() or ""))
        self.advice_mark.setVisible(isinstance(kind, ConsulteeKind) and kind.is_advice_request)

    def value(self) -> Consultation:
        contact_id = int(self.contact.currentData() or NO_CONTACT)
        return Consultation(
            held_on=date_of(self.held_on),
            consultee_kind=self.consultee_kind.currentData() or None,  # type: ignore[arg-type]
            consultee=self.consultee.text(),
            contact_id=contact_id or None,
            client_named=self.client_named.value(),
            advice=self.advice.toPlainText(),
            next_step=self.next_step.toPlainText(),
        )


class ConversationDialog(EntryDialog):
    form_name = "conversation"

    def __init__(
        self,
        vault: Vault,
        case_id: int,
        entry: Entry[Conversation] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(vault, case_id, entry, parent=parent)
        self.setWindowTitle(
            self.tr("Gesprek corrigeren") if entry else self.tr("Gesprek vastleggen")
        )
        value = entry.value if entry else None
        self.held_on = date_edit(value.held_on if value else None)
        self.client_talk = enum_combo(
            ClientTalk, self.tr("Kies…"), value.client_talk.value if value else ""
        )
        self.client_reason = text_box(50)
        self.client_reason.setPlainText(value.client_reason if value else "")
        self.child_talk = enum_combo(
            ChildTalk, self.tr("Kies…"), value.child_talk.value if value else ""
        )
        self.child_reason = text_box(50)
        self.child_reason.setPlainText(value.child_reason if value else "")
        self.present = QLineEdit(value.present if value else "")
        self.said = text_box(80)
        self.said.setPlainText(value.said if value else "")
        self.reaction = text_box(60)
        self.reaction.setPlainText(value.reaction if value else "")

        self.add_row(self.tr("Datum:"), "held_on", self.held_on)
        self.add_row(self.tr("Met de cliënt:"), "client_talk", self.client_talk)
        self.add_row(
            self.tr("Waarom geen gesprek?"),
            "client_reason",
            self.client_reason,
            self.tr("Bijvoorbeeld: het gesprek zou iemand in gevaar brengen."),
        )
        self.add_row(self.tr("Met het kind:"), "child_talk", self.child_talk)
        self.add_row(
            self.tr("Waarom niet met het kind?"),
            "child_reason",
            self.child_reason,
            self.tr("Alleen de leeftijd of een beperking is daarvoor geen reden."),
        )
        self.add_row(self.tr("Aanwezig:"), "present", self.present)
        self.add_row(self.tr("Wat is besproken:"), "said", self.said)
        self.add_row(self.tr("Reactie:"), "reaction", self.reaction)
        self.client_talk.currentIndexChanged.connect(lambda _: self._show_reasons())
        self.child_talk.currentIndexChanged.connect(lambda _: self._show_reasons())
        self.child_reason.textChanged.connect(self._mark_age_only)
        self._show_reasons()
        self._mark_age_only()
        intro = self.tr(
            "Leg het gesprek over uw zorgen vast: met de cliënt (bij een jong kind: de "
            "ouders) en met het kind zelf, liefst alleen. Ging een gesprek niet door, "
            "leg dan vast waarom."
        )
        self.form_notes = notes_for(case_forms(vault, case_id), "conversation")
        self.finish(f"{intro}\n\n{self.form_notes}" if self.form_notes else intro, height=680)

    def age_only(self) -> bool:
        return age_only_warning(self.value()) is not None

    def _mark_age_only(self) -> None:
        """A reason that gives only the age turns the hint below it into a warning: the same
        line, so nothing moves while typing. It still saves; the card and the dossier keep
        the full warning with it."""
        hint = self.fields["child_reason"].hint
        (AGE_ONLY_STYLE if self.age_only() else HINT_LOOK).on(hint)
        hint.setAccessibleDescription(
            self.tr("Waarschuwing: alleen de leeftijd is geen reden.") if self.age_only() else ""
        )

    def _show_reasons(self) -> None:
        self.set_row_visible(
            "client_reason", self.client_talk.currentData() == ClientTalk.NOT_HELD.value
        )
        self.set_row_visible(
            "child_reason", self.child_talk.currentData() == ChildTalk.NOT_HELD.value
        )

    def value(self) -> Conversation:
        client_talk = self.client_talk.currentData() or None
        child_talk = self.child_talk.currentData() or None
        return Conversation(
            held_on=date_of(self.held_on),
            client_talk=client_talk,  # type: ignore[arg-type]
            child_talk=child_talk,  # type: ignore[arg-type]
            client_reason=self.client_reason.toPlainText()
            if client_talk == ClientTalk.NOT_HELD.value
            else "",
            child_reason=self.child_reason.toPlainText()
            if child_talk == ChildTalk.NOT_HELD.value
            else "",
            present=self.present.text(),
            said=self.said.toPlainText(),
            reaction=self.reaction.toPlainText(),
        )


class StepSkipDialog(EntryDialog):
    def __init__(
        self,
        vault: Vault,
        case_id: int,
        step: Step,
        entry: Entry[StepSkip] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(vault, case_id, entry, parent=parent)
        self.step = step
        self.form_name = f"skip-{step.value}"
        self.setWindowTitle(self.tr("Stap overslaan: {step}").format(step=step_title(step)))
        self.reason = text_box(90)
        self.reason.setPlainText(entry.value.reason if entry else "")
        self.add_row(self.tr("Reden:"), "reason", self.reason)
        self.finish(
            self.tr(
                "U slaat deze stap over in deze ronde. Leg vast waarom; de reden blijft in het "
                "dossier zichtbaar."
            ),
            width=600,
            height=360,
        )

    def value(self) -> StepSkip:
        return StepSkip(self.step, self.reason.toPlainText())


class DecisionDialog(EntryDialog):
    """Both decisions with their reasons. A new decision may come drafted from the round's
    weging (`app.domain.decision_prefill`) for the professional to confirm or change; going
    against a weging that reports to Veilig Thuis is said at the field, and is not saved
    until the reasons say why (a wrong 'no need to report' is the worst mistake to make)."""

    form_name = "decision"

    def __init__(
        self,
        vault: Vault,
        case_id: int,
        entry: Entry[Decision] | None = None,
        parent: QWidget | None = None,
        *,
        draft: Decision | None = None,
        advice_expected: bool = False,
    ) -> None:
        """`advice_expected`: the weging's kader expects Veilig Thuis consulted before a
        decision not to report (`Framework.consult_veilig_thuis_first`)."""
        super().__init__(vault, case_id, entry, parent=parent)
        self.advice_expected = advice_expected
        self.setWindowTitle(
            self.tr("Beslissing corrigeren") if entry else self.tr("Beslissing vastleggen")
        )
        value = entry.value if entry else draft
        self.draft = None if entry else draft
        self.assessment_id = value.assessment_id if value else None
        self.weging = self._weging(self.assessment_id)
        self.decided_on = date_edit(value.decided_on if value else None)
        self.report_to_vt = ChoicePair(
            self.tr("Ja, melden bij Veilig Thuis"), self.tr("Nee, niet melden")
        )
        # What the weging says stays in one place beside the answer, as a note while the
        # decision follows it and as a warning when it departs: both texts share the room
        # of the longer one, so choosing "no" moves no field below.
        self.expected = wrapped()
        self.expected.setObjectName("reportExpected")
        EXPECTED_STYLE.on(self.expected)
        self.departure = wrapped()
        self.departure.setObjectName("reportDeparture")
        DEPARTURE_STYLE.on(self.departure)
        self.weging_note = QStackedWidget()
        # As tall as its longer text at the width it gets, never stretched beyond it.
        self.weging_note.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.weging_note.addWidget(self.expected)
        self.weging_note.addWidget(self.departure)
        recorded = self.weging.value if self.weging is not None else None
        expected = report_expected(recorded) if recorded is not None else None
        warning = departure_warning(recorded) if recorded is not None else None
        self.expected.setText(message_text(expected) if expected is not None else "")
        self.departure.setText(message_text(warning) if warning is not None else "")
        self.weging_note.setVisible(expected is not None)
        self.report_reasons = text_box(70)
        self.offer_help = ChoicePair(
            self.tr("Ja, hulp bieden of organiseren"), self.tr("Nee, geen hulp")
        )
        self.help_reasons = text_box(70)
        self.help_agreed = HelpAgreementsEditor()
        self.client_informed = ChoicePair(
            self.tr("Ja, vooraf ingelicht"), self.tr("Nee, niet ingelicht")
        )
        self.client_informed_note = text_box(50)
        self.no_advice_notice = wrapped()
        self.no_advice_notice.setObjectName("noAdviceNotice")
        DEPARTURE_STYLE.on(self.no_advice_notice)
        self.no_advice_reason = text_box(50)
        if value is not None:
            self.report_to_vt.set_value(value.report_to_vt)
            self.report_reasons.setPlainText(value.report_reasons)
            self.offer_help.set_value(value.offer_help)
            self.help_reasons.setPlainText(value.help_reasons)
            self.help_agreed.set_agreements(value.help_agreed)
            self.client_informed.set_value(value.client_informed)
            self.client_informed_note.setPlainText(value.client_informed_note)
            self.no_advice_reason.setPlainText(value.no_advice_reason)

        self.add_row(self.tr("Datum:"), "decided_on", self.decided_on)
        report_field = self.add_row(
            self.tr("1. Melden bij Veilig Thuis?"), "report_to_vt", self.report_to_vt
        )
        report_field.layout().insertWidget(1, self.weging_note)
        self.add_row(self.tr("Redenen:"), "report_reasons", self.report_reasons)
        self.add_row(self.tr("2. Hulp bieden of organiseren?"), "offer_help", self.offer_help)
        self.add_row(self.tr("Redenen:"), "help_reasons", self.help_reasons)
        self.add_row(self.tr("Afgesproken hulp:"), "help_agreed", self.help_agreed)
        self.add_row(
            self.tr("Cliënt vooraf ingelicht?"),
            "client_informed",
            self.client_informed,
            self.tr("Vertel de cliënt dat u meldt, tenzij dat iemand in gevaar brengt."),
        )
        self.add_row(
            self.tr("Toelichting:"),
            "client_informed_note",
            self.client_informed_note,
            self.tr(
                "Niet ingelicht: waarom niet (verplicht). Wel ingelicht: hoe reageerde de cliënt?"
            ),
        )
        # Shown only when not reporting, where the rows about informing the client are hidden:
        # the fields above it stay where they are.
        advice_field = self.add_row(
            self.tr("Geen advies van Veilig Thuis:"), "no_advice_reason", self.no_advice_reason
        )
        advice_field.layout().insertWidget(0, self.no_advice_notice)
        self.report_to_vt.changed.connect(self._follow_answers)
        self.offer_help.changed.connect(self._follow_answers)
        self.help_agreed.rows_changed.connect(self._sync_help_fields)
        self._follow_answers()
        intro = self.tr(
            "Twee beslissingen, elk met uw redenen. Bij acute of structurele onveiligheid "
            "meldt u, ook als u zelf kunt helpen. Na het opslaan staan de vervolgcontroles "
            "klaar."
        )
        if self.draft is not None and self.weging is not None:
            intro += " " + self.tr(
                "Voorgesteld vanuit de weging met {kader}: controleer beide beslissingen en "
                "uw redenen, en pas aan waar u anders oordeelt."
            ).format(kader=self.weging.value.framework_title)
        self.finish(intro, width=760, height=760)
        self._sync_help_fields()

    def _weging(self, assessment_id: int | None) -> Entry[RecordedAssessment] | None:
        if assessment_id is None:
            return None
        try:
            return self.vault.entries.get_as(assessment_id, RecordedAssessment)
        except RecordNotFound:
            return None

    def _follow_answers(self) -> None:
        helping = self.offer_help.value() is True
        self.help_agreed.setEnabled(helping)
        if helping and not self.help_agreed.state():
            self.help_agreed.add_row()
        reporting = self.report_to_vt.value() is True
        self.set_row_visible("client_informed", reporting)
        self.set_row_visible("client_informed_note", reporting)
        notice = self.no_advice_text()
        self.no_advice_notice.setText(notice)
        self.set_row_visible("no_advice_reason", bool(notice))
        self._show_departure()

    def consultations(self) -> list[Consultation]:
        return [e.value for e in self.vault.entries.of_kind(self.case_id, Consultation)]

    def no_advice_text(self) -> str:
        """Why step 5 asks for a reason: not reporting, no adviesvraag to Veilig Thuis in step
        2, under a kader that expects one; "" otherwise."""
        message = veilig_thuis_not_consulted(
            self.value(), self.consultations(), self.advice_expected
        )
        return message_text(message) if message is not None else ""

    def departure_text(self) -> str:
        """The warning when the decision goes against a weging that reports; "" otherwise."""
        if self.weging is None:
            return ""
        message = report_departure(self.weging.value, self.value())
        return message_text(message) if message is not None else ""

    def _show_departure(self) -> None:
        departing = bool(self.departure_text())
        self.weging_note.setCurrentWidget(self.departure if departing else self.expected)

    def _sync_help_fields(self) -> None:
        for name in [n for n in self.errors.fields if n.startswith("help_agreed.")]:
            del self.errors.fields[name]
        self.errors.fields.update(self.help_agreed.fields())

    def value(self) -> Decision:
        reporting = self.report_to_vt.value()
        helping = self.offer_help.value()
        return Decision(
            decided_on=date_of(self.decided_on),
            report_to_vt=reporting,
            report_reasons=self.report_reasons.toPlainText(),
            offer_help=helping,
            help_reasons=self.help_reasons.toPlainText(),
            help_agreed=self.help_agreed.agreements() if helping else (),
            client_informed=self.client_informed.value() if reporting else None,
            client_informed_note=self.client_informed_note.toPlainText() if reporting else "",
            assessment_id=self.assessment_id,
            no_advice_reason=self.no_advice_reason.toPlainText() if reporting is False else "",
        )

    def unreadable(self) -> Mapping[str, str]:
        """The help rows the form could not read, and a departure from the weging whose
        drafted reasons were left as they were."""
        faults = dict(self.help_agreed.unreadable()) if self.offer_help.value() else {}
        drafted = self.draft.report_reasons.strip() if self.draft is not None else None
        if self.departure_text() and self.report_reasons.toPlainText().strip() == drafted:
            faults["report_reasons"] = self.tr(
                "U wijkt af van de weging, die melden zegt. Schrijf hier waarom u niet meldt."
            )
        return faults

    def store(self, value: EntryValue) -> Entry[Any]:
        assert isinstance(value, Decision)
        check_no_advice_reason(value, self.consultations(), self.advice_expected)
        return super().store(value)

    def save(self) -> bool:
        self._sync_help_fields()
        return super().save()
