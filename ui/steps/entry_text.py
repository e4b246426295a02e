"""What a step entry says, as (label, text) rows for its card and its history.

User text is shown as it was typed; labels of closed lists come translated from the core.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QCoreApplication

from app.domain.entries import (
    Consultation,
    Conversation,
    Decision,
    EntryValue,
    FollowUp,
    KindCheck,
    ReportRegistration,
    StepSkip,
)
from app.domain.enums import ChildTalk, ClientTalk, ReportChannel, Step
from app.domain.guidance import STEP_GUIDANCE
from app.domain.weighing import RecordedAssessment
from app.store.reports import RegisteredReport
from ui.assessment.texts import decision_texts, question_heading
from ui.text import date_text, label_text

Rows = list[tuple[str, str]]
translate = QCoreApplication.translate


def steps_text(text: str) -> str:
    """A text of the core's step guidance (context "steps"), translated."""
    return QCoreApplication.translate("steps", text)


def step_title(step: Step) -> str:
    """ "Stap 2 · Collegiale consultatie", as the guidance names it."""
    return steps_text(STEP_GUIDANCE[step].title)


def yes_no(value: bool | None) -> str:
    if value is None:
        return translate("entries", "nog niet ingevuld")
    return translate("entries", "ja") if value else translate("entries", "nee")


def _day(value: date | None) -> str:
    return date_text(value) if value else ""


def _ages(ages: tuple[int, ...]) -> str:
    return ", ".join(str(age) for age in ages)


def kindcheck_rows(value: KindCheck) -> Rows:
    if value.children_count:
        children = translate("entries", "{count} (leeftijden: {ages})").format(
            count=value.children_count, ages=_ages(value.children_ages)
        )
    else:
        children = translate("entries", "geen")
    rows = [
        (translate("entries", "Datum"), _day(value.checked_on)),
        (translate("entries", "Kinderen"), children),
        (translate("entries", "Zwangerschap"), yes_no(value.pregnancy)),
        (translate("entries", "Afhankelijke volwassenen"), str(value.dependent_adults)),
    ]
    if value.safety is not None:
        rows.append((translate("entries", "Veiligheid"), label_text(value.safety)))
    rows.append((translate("entries", "Toelichting"), value.notes))
    return rows


def consultee_text(value: Consultation, contact_names: Mapping[int, str]) -> str:
    who = [label_text(value.consultee_kind)]
    if value.contact_id is not None and value.contact_id in contact_names:
        who.append(contact_names[value.contact_id])
    if value.consultee:
        who.append(value.consultee)
    return " · ".join(who)


def consultation_rows(value: Consultation, contact_names: Mapping[int, str]) -> Rows:
    if value.client_named is None:
        named = ""
    else:
        named = (
            translate("entries", "bij naam genoemd")
            if value.client_named
            else translate("entries", "anoniem besproken")
        )
    return [
        (translate("entries", "Datum"), _day(value.held_on)),
        (translate("entries", "Met wie"), consultee_text(value, contact_names)),
        (translate("entries", "De cliënt"), named),
        (translate("entries", "Advies"), value.advice),
        (translate("entries", "Afgesproken volgende stap"), value.next_step),
    ]


def conversation_rows(value: Conversation) -> Rows:
    client = label_text(value.client_talk)
    if value.client_talk == ClientTalk.NOT_HELD and value.client_reason:
        client += " — " + translate("entries", "reden: {reason}").format(reason=value.client_reason)
    child = label_text(value.child_talk)
    if value.child_talk == ChildTalk.NOT_HELD and value.child_reason:
        child += " — " + translate("entries", "reden: {reason}").format(reason=value.child_reason)
    return [
        (translate("entries", "Datum"), _day(value.held_on)),
        (translate("entries", "Cliënt"), client),
        (translate("entries", "Kind"), child),
        (translate("entries", "Aanwezig"), value.present),
        (translate("entries", "Wat is besproken"), value.said),
        (translate("entries", "Reactie"), value.reaction),
    ]


def skip_rows(value: StepSkip) -> Rows:
    return [
        (translate("entries", "Overgeslagen"), step_title(Step(value.step))),
        (translate("entries", "Reden"), value.reason),
    ]


def decision_rows(value: Decision) -> Rows:
    rows = [
        (translate("entries", "Datum"), _day(value.decided_on)),
        (translate("entries", "Melden bij Veilig Thuis"), yes_no(value.report_to_vt)),
        (translate("entries", "Redenen (melden)"), value.report_reasons),
        (translate("entries", "Hulp bieden of organiseren"), yes_no(value.offer_help)),
        (translate("entries", "Redenen (hulp)"), value.help_reasons),
    ]
    if value.help_agreed:
        lines = []
        for agreement in value.help_agreed:
            line = translate("entries", "{what} — door {who}").format(
                what=agreement.what, who=agreement.by_whom
            )
            if agreement.until:
                line += ", " + translate("entries", "tot {day}").format(
                    day=date_text(agreement.until)
                )
            lines.append("• " + line)
        rows.append((translate("entries", "Afgesproken hulp"), "\n".join(lines)))
    if value.report_to_vt:
        rows.append(
            (translate("entries", "Cliënt vooraf ingelicht"), yes_no(value.client_informed))
        )
        rows.append((translate("entries", "Toelichting"), value.client_informed_note))
    if value.no_advice_reason:
        rows.append(
            (translate("entries", "Geen advies van Veilig Thuis, omdat"), value.no_advice_reason)
        )
    return rows


def follow_up_rows(value: FollowUp) -> Rows:
    # What is checked is the card's (and the history's) title.
    rows = [(translate("entries", "Gepland op"), _day(value.due_on))]
    if value.is_done:
        rows += [
            (translate("entries", "Uitgevoerd op"), _day(value.done_on)),
            (translate("entries", "Uitkomst"), label_text(value.outcome) if value.outcome else ""),
            (translate("entries", "Bevindingen"), value.findings),
        ]
    return rows


def check_title(value: FollowUp) -> str:
    title = label_text(value.check)
    return f"{title}: {value.description}" if value.description else title


def assessment_rows(value: RecordedAssessment) -> Rows:
    kader = translate("entries", "{title}, versie {version}").format(
        title=value.framework_title, version=value.framework_version
    )
    group = value.group_name
    if value.instead_of_group:
        group = translate("entries", "{group} (gekozen in plaats van het kader van {own})").format(
            group=value.group_name, own=value.instead_of_group
        )
    rows = [
        (translate("entries", "Afwegingskader"), kader),
        (translate("entries", "Beroepsgroep van het kader"), group),
        (translate("entries", "Beantwoorde vragen"), str(len(value.answers))),
    ]
    outcome = value.outcome
    if outcome is None:
        waiting = value.waiting_at
        open_at = question_heading(waiting.number) if waiting is not None else ""
        rows.append(
            (
                translate("entries", "Uitkomst"),
                translate("entries", "nog open, bij {question}").format(question=open_at),
            )
        )
        return rows
    texts = decision_texts(outcome)
    report = texts.report
    if texts.recipients:
        report = translate("entries", "{decision} (aan {recipients})").format(
            decision=texts.report, recipients=texts.recipients
        )
    rows += [
        (translate("entries", "Melden"), report),
        (translate("entries", "Hulp bieden of organiseren"), texts.help),
        (translate("entries", "Norm"), texts.norm),
        (translate("entries", "Uitkomst"), outcome.text),
    ]
    return rows


def report_rows(value: ReportRegistration, report: RegisteredReport | None = None) -> Rows:
    """A melding; with its `report` as the vault has it now, VT's feedback too."""
    channel = label_text(value.channel) if value.channel else ""
    if value.channel is ReportChannel.OTHER and value.channel_detail:
        channel = f"{channel}: {value.channel_detail}"
    rows = [
        (translate("entries", "Gemeld op"), _day(value.made_on)),
        (translate("entries", "Veilig Thuis"), value.organisation),
        (translate("entries", "Kanaal"), channel),
    ]
    if value.phoned_first is not None and value.channel is not ReportChannel.PHONE:
        rows.append(
            (translate("entries", "Eerst gebeld met Veilig Thuis"), yes_no(value.phoned_first))
        )
    rows.append((translate("entries", "Dossiernummer Veilig Thuis"), value.vt_reference))
    if report is not None:
        if report.feedback_received:
            received = translate("entries", "ontvangen op {day}").format(
                day=_day(report.feedback_on)
            )
            rows.append((translate("entries", "Terugkoppeling"), received))
            rows.append((translate("entries", "Wat Veilig Thuis terugkoppelde"), report.feedback))
        else:
            rows.append(
                (translate("entries", "Terugkoppeling"), translate("entries", "nog niet ontvangen"))
            )
    return rows


def entry_rows(
    value: EntryValue,
    contact_names: Mapping[int, str],
    report: RegisteredReport | None = None,
) -> Rows:
    """The rows that show one version of an entry; empty texts are left out. `report`: a
    melding as the vault has it now, for VT's feedback (kept with its check)."""
    if isinstance(value, KindCheck):
        rows = kindcheck_rows(value)
    elif isinstance(value, Consultation):
        rows = consultation_rows(value, contact_names)
    elif isinstance(value, Conversation):
        rows = conversation_rows(value)
    elif isinstance(value, StepSkip):
        rows = skip_rows(value)
    elif isinstance(value, Decision):
        rows = decision_rows(value)
    elif isinstance(value, RecordedAssessment):
        rows = assessment_rows(value)
    elif isinstance(value, ReportRegistration):
        rows = report_rows(value, report)
    else:
        rows = follow_up_rows(value)
    return [(label, text) for label, text in rows if text]
