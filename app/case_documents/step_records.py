"""Step entries of the vault as the step records of `app.export.steps`.

The export's records are flatter than the entries: where an entry holds more than a record
has room for (a consultation's next step, a conversation held with the client but not with
the child), it is written into the nearest text field, so nothing recorded is lost. With
`history`, `recorded_by` names every later version too: who changed what, when and why
(the dossier); without it, only who recorded it (the melding).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, TypeVar

from app.domain.case_guidance import age_only_warning
from app.domain.entries import (
    Consultation,
    Conversation,
    Decision,
    Entry,
    EntryValue,
    EntryVersion,
    FollowUp,
    KindCheck,
    StepSkip,
)
from app.domain.enums import (
    ChangeKind,
    ChildTalk,
    ClientTalk,
    DependantSafety,
    FollowUpCheck,
    Step,
)
from app.domain.models import Contact
from app.domain.weighing import RecordedAssessment
from app.export import steps
from app.export.formatting import dutch_date, yes_no
from app.store.reports import RegisteredReport
from app.vault.vault import Vault

V = TypeVar("V", bound=EntryValue)
R = TypeVar("R")


@dataclass(frozen=True)
class StepsTaken:
    """What both documents show of steps 2, 3 and 5: consultations, conversations, help."""

    decisions: tuple[Entry[Decision], ...]
    consultations: tuple[steps.Consultation, ...]
    conversations: tuple[steps.Conversation, ...]
    help_offered: tuple[steps.HelpOffered, ...]


def steps_taken(vault: Vault, case_id: int, history: bool) -> StepsTaken:
    entries = vault.entries
    contacts = {c.id: c for c in vault.contacts.find(include_archived=True)}
    decisions = tuple(entries.of_kind(case_id, Decision))
    return StepsTaken(
        decisions=decisions,
        consultations=tuple(
            consultation_record(e, contacts, history)
            for e in entries.of_kind(case_id, Consultation)
        ),
        conversations=tuple(
            conversation_record(e, history) for e in entries.of_kind(case_id, Conversation)
        ),
        help_offered=tuple(r for d in decisions for r in help_records(d, history)),
    )


def authors(entry: Entry[Any], history: bool) -> str:
    """Who recorded it; with `history` also when, and each later version on a line of its own:
    "Anna de Vries (3 maart 2026)" / "gecorrigeerd door Piet Jansen (4 maart 2026): reden"."""
    if not history:
        return entry.versions[0].recorded_by_name
    return "\n".join(written(version) for version in entry.versions)


def written(version: EntryVersion[Any]) -> str:
    """Who wrote this version and when, and for a later version what changed and why."""
    if version.version == 1:
        return f"{version.recorded_by_name} ({_day(version.recorded_at)})"
    change = lower_first(version.change.label)
    line = f"{change} door {version.recorded_by_name} ({_day(version.recorded_at)})"
    if version.change_reason:
        line += f": {version.change_reason}"
    return line


def earlier_versions(entry: Entry[V], record: Callable[[Entry[V]], R]) -> tuple[tuple[str, R], ...]:
    """The entry as each earlier version left it, in `record`'s shape, oldest first, each with
    who wrote it (`written`); empty for an entry never changed."""
    return tuple(
        (written(version), record(replace(entry, versions=entry.versions[:number])))
        for number, version in enumerate(entry.versions[:-1], start=1)
    )


def lower_first(label: str) -> str:
    """A label inside a sentence: "Gecorrigeerd" becomes "gecorrigeerd", "Veilig Thuis" stays."""
    return label[:1].lower() + label[1:]


def _day(moment: datetime) -> str:
    return dutch_date(moment.astimezone().date())


def kindcheck_record(entry: Entry[KindCheck], history: bool) -> steps.KindCheck:
    value = entry.value
    children = str(value.children_count)
    if value.children_ages:
        children += f" ({', '.join(str(age) for age in value.children_ages)} jaar)"
    safety = DependantSafety(value.safety).label if value.safety is not None else ""
    return steps.KindCheck(
        id=entry.id,
        checked_on=entry.occurred_on,
        children=children,
        pregnancy=value.pregnancy,
        dependent_adults=value.dependent_adults,
        safety=safety,
        notes=value.notes,
        recorded_by=authors(entry, history),
    )


def skipped_step_record(entry: Entry[StepSkip], history: bool) -> steps.SkippedStep:
    step = Step(entry.value.step)
    return steps.SkippedStep(
        id=entry.id,
        skipped_on=entry.occurred_on,
        step=f"{step.number}. {step.label}",
        reason=entry.value.reason,
        recorded_by=authors(entry, history),
    )


def consultation_record(
    entry: Entry[Consultation], contacts: Mapping[int, Contact], history: bool
) -> steps.Consultation:
    value = entry.value
    contact = contacts.get(value.contact_id) if value.contact_id is not None else None
    consulted = value.consultee or (contact.name if contact else "") or value.consultee_kind.label
    role = value.consultee_kind.label
    if value.client_named is not None:
        role += "; cliënt bij naam genoemd" if value.client_named else "; anoniem besproken"
    advice = value.advice
    if value.next_step:
        advice += f" Afgesproken vervolgstap: {value.next_step}"
    return steps.Consultation(
        id=entry.id,
        held_on=entry.occurred_on,
        consulted=consulted,
        consulted_role=role,
        with_veilig_thuis=value.is_advice_request,
        question="",
        advice=advice,
        recorded_by=authors(entry, history),
    )


def conversation_record(entry: Entry[Conversation], history: bool) -> steps.Conversation:
    value = entry.value
    child_talk, client_talk = ChildTalk(value.child_talk), ClientTalk(value.client_talk)
    with_child = child_talk in (ChildTalk.ALONE, ChildTalk.NOT_ALONE)
    not_held = []
    if client_talk is ClientTalk.NOT_HELD:
        not_held.append(f"{client_talk.label}: {value.client_reason}")
    if child_talk is ChildTalk.NOT_HELD:
        not_held.append(f"{child_talk.label}: {value.child_reason}")
    present = value.present
    if value.anything_held:
        # The record shows a reason only for a conversation that did not happen at all.
        notes = [lower_first(child_talk.label)] if child_talk is not ChildTalk.NOT_HELD else []
        present = "; ".join([p for p in (present, *notes, *not_held) if p])
    return steps.Conversation(
        id=entry.id,
        held_on=value.held_on,
        took_place=value.anything_held,
        with_child=with_child,
        present=present,
        said=value.said,
        reaction=value.reaction,
        reason_not_held="" if value.anything_held else "; ".join(not_held),
        recorded_by=authors(entry, history),
        age_warning=warning.format() if history and (warning := age_only_warning(value)) else "",
    )


def help_records(entry: Entry[Decision], history: bool) -> list[steps.HelpOffered]:
    """The help agreed in a decision, one record each (all carry the decision's id)."""
    value = entry.value
    records = []
    for agreement in value.help_agreed:
        description = f"{agreement.what}, door {agreement.by_whom}"
        if agreement.until is not None:
            description += f", tot {dutch_date(agreement.until)}"
        records.append(
            steps.HelpOffered(
                id=entry.id,
                offered_on=entry.occurred_on,
                description=description,
                offered_to="",
                accepted=None,
                recorded_by=authors(entry, history),
            )
        )
    return records


def assessment_record(entry: Entry[RecordedAssessment], history: bool) -> steps.Assessment:
    value = entry.value
    kader_name = value.framework_title
    if value.instead_of_group:
        kader_name += (
            " (gekozen in plaats van het kader van de eigen beroepsgroep: "
            f"{value.instead_of_group})"
        )
    return steps.Assessment(
        id=entry.id,
        kader_name=kader_name,
        kader_version=value.framework_version,
        assessed_on=entry.current.recorded_at.astimezone().date(),
        assessed_by=authors(entry, history),
        outcome=outcome_text(value),
        answers=tuple(
            steps.AssessmentAnswer(
                number=position,
                question=(
                    answer.question.text
                    if answer.question.number == str(position)
                    else f"Vraag {answer.question.number}: {answer.question.text}"
                ),
                answer=answer.answer_label,
                reason=answer.reason,
            )
            for position, answer in enumerate(value.answers, start=1)
        ),
    )


def outcome_text(value: RecordedAssessment) -> str:
    outcome = value.outcome
    if outcome is None:
        waiting = value.waiting_at
        assert waiting is not None
        if value.waits_for_help_term:
            return (
                f"Nog niet afgerond: vraag {waiting.number} wordt aan het eind van de "
                "afgesproken termijn voor de hulp beantwoord."
            )
        return f"Nog niet afgerond: de weging staat bij vraag {waiting.number}."
    lines = [outcome.text, f"Melden: {lower_first(outcome.report.label)}"]
    if outcome.report_to:
        lines[-1] += f" (aan {', '.join(r.label for r in outcome.report_to)})"
    lines += [
        f"Hulp bieden of organiseren: {lower_first(outcome.help.label)}",
        f"Norm: {outcome.norm.label}",
    ]
    return "\n".join(lines)


def decision_record(entry: Entry[Decision], history: bool) -> steps.Decision:
    value = entry.value
    report_reason = value.report_reasons
    if value.report_to_vt and value.client_informed is not None:
        report_reason += f"\nCliënt vooraf ingelicht: {yes_no(value.client_informed)}"
        if value.client_informed_note:
            report_reason += f". {value.client_informed_note}"
    if value.no_advice_reason:
        report_reason += f"\nGeen advies van Veilig Thuis gevraagd, omdat: {value.no_advice_reason}"
    return steps.Decision(
        id=entry.id,
        decided_on=entry.occurred_on,
        decided_by=authors(entry, history),
        report_needed=bool(value.report_to_vt),
        report_reason=report_reason,
        help_possible=bool(value.offer_help),
        help_reason=value.help_reasons,
    )


def report_record(report: RegisteredReport, history: bool) -> steps.ReportRecord:
    value = report.value
    channel = value.channel.label if value.channel else ""
    if value.channel_detail:
        channel += f" ({value.channel_detail})"
    lines = [f"Kanaal: {channel}"]
    if value.phoned_first is not None:
        lines.append(f"Vooraf gebeld: {yes_no(value.phoned_first)}")
    if value.vt_reference:
        lines.append(f"Dossiernummer van Veilig Thuis: {value.vt_reference}")
    if report.feedback_received:
        lines.append(f"Terugkoppeling op {dutch_date(report.feedback_on)}: {report.feedback}")
    else:
        lines.append("Terugkoppeling van Veilig Thuis: nog niet ontvangen")
    return steps.ReportRecord(
        id=report.entry.id,
        made_on=report.entry.occurred_on,
        made_by=authors(report.entry, history),
        is_advice_request=False,
        organisation=value.organisation,
        summary="\n".join(lines),
    )


def follow_up_record(entry: Entry[FollowUp]) -> steps.FollowUp:
    value = entry.value
    what = value.description if value.check is FollowUpCheck.OTHER else value.check.label
    done_by = next(
        (v.recorded_by_name for v in entry.versions if v.change is ChangeKind.RESULT_RECORDED),
        "",
    )
    if value.is_done and value.outcome is not None:
        outcome = f"{what}: {value.outcome.label}. {value.findings}"
    else:
        outcome = f"{what}: nog niet uitgevoerd."
    return steps.FollowUp(
        id=entry.id,
        planned_on=value.due_on or entry.occurred_on,
        done_on=value.done_on,
        done_by=done_by,
        outcome=outcome,
    )
