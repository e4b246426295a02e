"""The dossier of one case as a printable `Document`: everything, with its history.

For a request to see the file (parents; children from 12), parts that protect others can be
withheld: a whole section or one item of it. A withheld part is replaced by a block saying so
before the document model is built, so its content never reaches the renderer, the PDF or its
text layer.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any, TypeVar

from app.domain.models import Case, Person, Signal, SignalVersion
from app.domain.violence_forms import cited_signs_text
from app.export.document import (
    Block,
    Document,
    Heading,
    KeyValues,
    Paragraph,
    Table,
    Tone,
    Withheld,
)
from app.export.formatting import (
    birth_date_with_age,
    counted,
    dutch_date,
    dutch_moment,
    dutch_time,
    short_moment,
)
from app.export.step_blocks import (
    assessment_blocks,
    consultation_rows,
    conversation_rows,
    conversation_when,
    decision_rows,
    follow_up_rows,
    help_rows,
    kindcheck_rows,
    report_record_rows,
    skipped_step_rows,
)
from app.export.steps import (
    Assessment,
    Consultation,
    Conversation,
    Decision,
    FollowUp,
    HelpOffered,
    KindCheck,
    ReportRecord,
    SkippedStep,
)
from app.vault.audit import AuditEntry, AuditEvent

HEADER_LINE = "Vertrouwelijk — dossier meldcode"
TITLE = "Dossier"
WITHHELD_TITLE = "Niet verstrekt: ter bescherming van anderen"
READERS_NOTE = (
    "Ouders en kinderen (van 12 tot 16 jaar samen met hun ouders, vanaf 16 jaar zelf) kunnen "
    "vragen dit dossier in te zien. Delen die anderen beschermen kunnen dan worden weggelaten."
)

Item = TypeVar("Item")


class DossierSection(StrEnum):
    PERSONS = "persons"
    SIGNALS = "signals"
    KINDCHECKS = "kindchecks"
    CONSULTATIONS = "consultations"
    CONVERSATIONS = "conversations"
    SKIPPED_STEPS = "skipped_steps"
    HELP_OFFERED = "help_offered"
    ASSESSMENTS = "assessments"
    DECISIONS = "decisions"
    REPORTS = "reports"
    FOLLOW_UPS = "follow_ups"
    AUDIT = "audit"


@dataclass(frozen=True)
class PartRef:
    """A withheld part: a whole section (item_id None) or the item with that vault id."""

    section: DossierSection
    item_id: int | None = None


@dataclass(frozen=True)
class EarlierVersion:
    """A step entry as it read before a later version replaced it (the record shape of its
    section), with who wrote that version, when and why."""

    number: int
    written: str  # "Anna de Vries (3 maart 2026)" or "gecorrigeerd door ...: reden"
    record: Any


@dataclass(frozen=True)
class DossierContent:
    case: Case
    printed_at: datetime
    printed_by: str
    persons: tuple[Person, ...] = ()
    signals: tuple[Signal, ...] = ()
    kindchecks: tuple[KindCheck, ...] = ()
    consultations: tuple[Consultation, ...] = ()
    conversations: tuple[Conversation, ...] = ()
    skipped_steps: tuple[SkippedStep, ...] = ()
    help_offered: tuple[HelpOffered, ...] = ()
    assessments: tuple[Assessment, ...] = ()
    decisions: tuple[Decision, ...] = ()
    reports: tuple[ReportRecord, ...] = ()
    follow_ups: tuple[FollowUp, ...] = ()
    audit: tuple[AuditEntry, ...] = ()
    user_names: Mapping[int, str] = field(default_factory=dict)
    withheld: frozenset[PartRef] = frozenset()
    # The text a step entry had before each correction or change, oldest first, per entry.
    earlier: Mapping[PartRef, tuple[EarlierVersion, ...]] = field(default_factory=dict)

    def is_withheld(self, section: DossierSection, item_id: int | None = None) -> bool:
        return PartRef(section) in self.withheld or (
            item_id is not None and PartRef(section, item_id) in self.withheld
        )


_OBJECT_LABELS = {
    "case": "Casus",
    "person": "Betrokkene",
    "signal": "Signaal",
    "consultation": "Consultatie",
    "conversation": "Gesprek",
    "help": "Hulp",
    "assessment": "Weging",
    "decision": "Beslissing",
    "report": "Melding",
    "follow_up": "Vervolg",
    "entry": "Vastlegging bij een stap",
}


def dossier_document(content: DossierContent) -> Document:
    case = content.case
    blocks: list[Block] = [
        Paragraph(READERS_NOTE, Tone.NOTE),
        KeyValues(
            (
                ("Casus", f"{case.title} (nr. {case.id})"),
                ("Status", case.status.label),
                ("Geopend", dutch_moment(case.opened_at)),
                ("Gesloten", dutch_moment(case.closed_at) if case.closed_at else "—"),
                ("Reden van sluiten", case.close_reason or ""),
                ("Afgedrukt", f"{dutch_moment(content.printed_at)} door {content.printed_by}"),
            )
        ),
    ]
    if content.withheld:
        blocks.append(
            Paragraph(
                "In deze afdruk zijn delen niet verstrekt ter bescherming van anderen "
                f"({counted(len(content.withheld), 'onderdeel', 'onderdelen')}). Op hun plaats "
                "staat een blok met die mededeling.",
                Tone.NOTE,
            )
        )
    blocks += _section(
        content,
        DossierSection.PERSONS,
        "Betrokkenen",
        "Betrokkene",
        content.persons,
        lambda p: p.id,
        lambda p: [_person_rows(p, content)],
        lambda p: p.role.label,
    )
    blocks += _section(
        content,
        DossierSection.SIGNALS,
        "Signalen (met alle versies)",
        "Signaal",
        content.signals,
        lambda s: s.id,
        _signal_blocks,
        lambda s: s.current.form.label,
    )
    blocks += _section(
        content,
        DossierSection.KINDCHECKS,
        "Kindcheck",
        "Kindcheck",
        content.kindchecks,
        lambda k: k.id,
        lambda k: [kindcheck_rows(k)],
        lambda k: dutch_date(k.checked_on),
    )
    blocks += _section(
        content,
        DossierSection.CONSULTATIONS,
        "Collegiale consultatie en adviesvragen",
        "Consultatie",
        content.consultations,
        lambda c: c.id,
        lambda c: [consultation_rows(c)],
        lambda c: dutch_date(c.held_on),
    )
    blocks += _section(
        content,
        DossierSection.CONVERSATIONS,
        "Gesprekken met de cliënt of het kind",
        "Gesprek",
        content.conversations,
        lambda c: c.id,
        lambda c: [conversation_rows(c)],
        conversation_when,
    )
    blocks += _section(
        content,
        DossierSection.SKIPPED_STEPS,
        "Overgeslagen stappen",
        "Overgeslagen stap",
        content.skipped_steps,
        lambda k: k.id,
        lambda k: [skipped_step_rows(k)],
        lambda k: dutch_date(k.skipped_on),
    )
    blocks += _section(
        content,
        DossierSection.HELP_OFFERED,
        "Aangeboden hulp",
        "Hulp",
        content.help_offered,
        lambda h: h.id,
        lambda h: [help_rows(h)],
        lambda h: dutch_date(h.offered_on),
    )
    blocks += _section(
        content,
        DossierSection.ASSESSMENTS,
        "Weging met het afwegingskader",
        "Weging",
        content.assessments,
        lambda a: a.id,
        lambda a: list(assessment_blocks(a)),
        lambda a: dutch_date(a.assessed_on),
    )
    blocks += _section(
        content,
        DossierSection.DECISIONS,
        "Beslissingen",
        "Beslissing",
        content.decisions,
        lambda d: d.id,
        lambda d: [decision_rows(d)],
        lambda d: dutch_date(d.decided_on),
    )
    blocks += _section(
        content,
        DossierSection.REPORTS,
        "Adviesvragen en meldingen aan Veilig Thuis",
        "Melding",
        content.reports,
        lambda r: r.id,
        lambda r: [report_record_rows(r)],
        lambda r: dutch_date(r.made_on),
    )
    blocks += _section(
        content,
        DossierSection.FOLLOW_UPS,
        "Vervolg en nazorg",
        "Vervolg",
        content.follow_ups,
        lambda f: f.id,
        lambda f: [follow_up_rows(f)],
        lambda f: dutch_date(f.planned_on),
    )
    blocks += _audit(content)
    return Document(header_line=HEADER_LINE, title=TITLE, blocks=tuple(blocks))


def _withheld_block(what: str) -> Withheld:
    return Withheld(WITHHELD_TITLE, f"{what} is niet in deze afdruk opgenomen.")


def _section(
    content: DossierContent,
    section: DossierSection,
    title: str,
    item_name: str,
    items: Sequence[Item],
    item_id: Callable[[Item], int],
    item_blocks: Callable[[Item], list[Block]],
    subtitle: Callable[[Item], str],
) -> list[Block]:
    """A section whose items are numbered by position; withheld ones keep only their number."""
    blocks: list[Block] = [Heading(title)]
    if content.is_withheld(section):
        return [*blocks, _withheld_block("Dit onderdeel")]
    if not items:
        return [*blocks, Paragraph("Niets vastgelegd.", Tone.NOTE)]
    for number, item in enumerate(items, start=1):
        if content.is_withheld(section, item_id(item)):
            blocks.append(_withheld_block(f"{item_name} {number}"))
            continue
        blocks.append(Heading(f"{item_name} {number}: {subtitle(item)}", level=2))
        blocks += item_blocks(item)
        earlier = content.earlier.get(PartRef(section, item_id(item)), ())
        if earlier:
            versions = counted(len(earlier), "eerdere versie", "eerdere versies")
            # A heading, so it stays on the page of the version it introduces.
            blocks.append(Heading(f"Wat hier eerder stond ({versions}, oudste eerst):", level=3))
            for version in earlier:
                blocks.append(Heading(f"Versie {version.number}: {version.written}", level=3))
                blocks += item_blocks(version.record)
    return blocks


def _person_rows(person: Person, content: DossierContent) -> KeyValues:
    return KeyValues(
        (
            ("Rol", person.role.label),
            ("Naam", person.name),
            ("Geboortedatum", birth_date_with_age(person.date_of_birth, content.printed_at.date())),
            ("BSN", person.bsn or ""),
            ("Adres", person.address),
            ("School of kinderopvang", person.school_or_childcare),
            ("Vastgelegd", dutch_moment(person.created_at)),
            ("Laatst gewijzigd", dutch_moment(person.updated_at)),
        )
    )


def _signal_blocks(signal: Signal) -> list[Block]:
    blocks: list[Block] = []
    if signal.is_corrected:
        blocks.append(
            Paragraph(
                f"Dit signaal is gecorrigeerd; alle {len(signal.versions)} versies staan "
                "hieronder, de oudste eerst.",
                Tone.NOTE,
            )
        )
    for version in signal.versions:
        kind = "oorspronkelijk" if version.version == 1 else "correctie"
        blocks += [Heading(f"Versie {version.version} ({kind})", level=3), _version_rows(version)]
    return blocks


def _version_rows(version: SignalVersion) -> KeyValues:
    moment = dutch_date(version.observed_on)
    if version.observed_time is not None:
        moment += f", {dutch_time(version.observed_time)}"
    rows = [("Vastgelegd", f"{dutch_moment(version.recorded_at)} door {version.recorded_by_name}")]
    if version.correction_reason:
        rows.append(("Reden van correctie", version.correction_reason))
    rows += [
        ("Waargenomen op", moment),
        ("Waargenomen door", version.observed_by),
        ("Bron", version.source.label),
        ("Vorm van geweld", version.form.label),
        ("Feiten", version.facts),
        ("Interpretatie", version.interpretation),
    ]
    if version.signs:
        rows.append(("Herkend uit de signalenlijst", cited_signs_text(version.signs)))
    return KeyValues(tuple(rows))


def _audit(content: DossierContent) -> list[Block]:
    blocks: list[Block] = [Heading("Logboek van deze casus")]
    if content.is_withheld(DossierSection.AUDIT):
        return [*blocks, _withheld_block("Dit onderdeel")]
    if not content.audit:
        return [*blocks, Paragraph("Geen gebeurtenissen vastgelegd.", Tone.NOTE)]
    blocks.append(
        Paragraph(
            "Wie wanneer wat met deze casus deed, uit het beveiligde logboek.",
            Tone.NOTE,
        )
    )
    # Audit rows name vault ids; the reader knows the items by their number in this document.
    positions = {("person", p.id): n for n, p in enumerate(content.persons, start=1)}
    positions |= {("signal", s.id): n for n, s in enumerate(content.signals, start=1)}
    rows = tuple(
        (
            str(entry.seq),
            short_moment(entry.at),
            _event_label(entry.event),
            _user_label(entry, content.user_names),
            _object_label(entry, positions),
        )
        for entry in sorted(content.audit, key=lambda entry: entry.seq)
    )
    blocks.append(
        Table(
            header=("Nr.", "Moment", "Gebeurtenis", "Gebruiker", "Onderdeel"),
            rows=rows,
            widths=(0.8, 2.2, 2.4, 2.6, 2.2),
        )
    )
    return blocks


def _event_label(event: str) -> str:
    try:
        return AuditEvent(event).label
    except ValueError:
        return event


def _user_label(entry: AuditEntry, names: Mapping[int, str]) -> str:
    def name(user_id: int) -> str:
        return names.get(user_id, f"gebruiker {user_id}")

    if entry.user_id is None:
        return "—"
    if entry.on_behalf_of is not None and entry.on_behalf_of != entry.user_id:
        return f"{name(entry.user_id)} namens {name(entry.on_behalf_of)}"
    return name(entry.user_id)


def _object_label(entry: AuditEntry, positions: Mapping[tuple[str, int], int]) -> str:
    if entry.object_type is None:
        return "—"
    label = _OBJECT_LABELS.get(entry.object_type, entry.object_type)
    if entry.object_id is None or entry.object_type == "case":
        return label
    number = positions.get((entry.object_type, entry.object_id))
    return f"{label} {number}" if number is not None else f"{label} (id {entry.object_id})"
