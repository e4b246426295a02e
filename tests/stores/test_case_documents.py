"""Documents from a case, on both stores: the melding and the dossier, filled from the stores,
exported with real readers checking the result, and every export or print in the audit log."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, time, timedelta
from pathlib import Path

import pytest

from app.case_documents.dossier_builder import dossier_content_for_case
from app.case_documents.exports import (
    DossierPurpose,
    annual_overview,
    export_annual_overview,
    export_dossier_for_case,
    export_report_for_case,
    record_annual_overview_printed,
    record_dossier_printed,
)
from app.case_documents.report_builder import report_content_for_case
from app.domain.decision_prefill import decision_draft
from app.domain.entries import Decision, HelpAgreement, KindCheck
from app.domain.enums import (
    ConsulteeKind,
    DependantSafety,
    FollowUpOutcome,
    PersonRole,
    SignalSource,
    Step,
    ViolenceForm,
)
from app.domain.models import CaseDraft, PersonDraft, SignalDraft
from app.errors import ValidationError
from app.export.dossier import WITHHELD_TITLE, DossierSection, PartRef, dossier_document
from app.export.report_content import (
    ClientInformed,
    ClientNotInformed,
    NotInformedReason,
    ReportContent,
    Safety,
)
from app.export.report_validation import validate_report
from app.framework.library import load_library
from app.framework.profession import start_for_case
from app.practice_profile import PRACTICE_NAME_SETTING
from app.settings import Settings
from app.timeutil import today
from app.vault.audit import AuditEvent
from app.vault.vault import Vault
from tests.entry_values import consultation, conversation, report_registration, skip
from tests.export import samples
from tests.export.conftest import PASSPHRASE, contains_as_text, decrypted_plain_bytes, pdftotext
from tests.stores.conftest import Backend
from tests.support import MARKERS, plaintext_hits, require_tool

OLD_FACTS = "Blauwe plekken op de bovenarm."
NEIGHBOUR = "Buurvrouw Testmarker"
NEIGHBOUR_FACTS = "De buurvrouw hoorde 's nachts geschreeuw en een klap."
PRACTICE = "Huisartsenpraktijk De Linde"


@dataclass(frozen=True)
class Case:
    id: int
    neighbour_id: int
    corrected_signal_id: int
    neighbour_signal_id: int
    report_id: int


def recorded_case(vault: Vault) -> Case:
    """A case walked through all steps and reported, with a corrected signal."""
    vault.settings.set(PRACTICE_NAME_SETTING, PRACTICE)
    day = today() - timedelta(days=30)
    case = vault.cases.create(CaseDraft("Gezin K"))
    persons = vault.persons
    persons.add(case.id, PersonDraft(PersonRole.CHILD, samples.CHILD_NAME, date(2018, 4, 9)))
    persons.add(
        case.id,
        PersonDraft(
            PersonRole.PARENT_OR_CARER,
            samples.PARENT_NAME,
            date(1990, 1, 31),
            samples.BSN,
            "Kerkstraat 12, 1234 AB Ergens",
        ),
    )
    neighbour = persons.add(case.id, PersonDraft(PersonRole.OTHER, NEIGHBOUR))
    first = vault.signals.add(
        case.id,
        SignalDraft(
            day, time(9, 15), "Anna de Vries", SignalSource.OWN_OBSERVATION,
            ViolenceForm.PHYSICAL_ABUSE, OLD_FACTS, samples.INTERPRETATION,
        ),
    )  # fmt: skip
    vault.signals.correct(
        first.id,
        SignalDraft(
            day, time(9, 15), "Anna de Vries", SignalSource.OWN_OBSERVATION,
            ViolenceForm.PHYSICAL_ABUSE, samples.FACTS, samples.INTERPRETATION,
        ),
        "Vorm van de plekken nauwkeuriger beschreven.",
    )  # fmt: skip
    second = vault.signals.add(
        case.id,
        SignalDraft(
            day + timedelta(days=1), None, NEIGHBOUR, SignalSource.TOLD_BY_THIRD_PARTY,
            ViolenceForm.WITNESSING_PARTNER_VIOLENCE, NEIGHBOUR_FACTS,
        ),
    )  # fmt: skip
    vault.entries.add(
        case.id,
        consultation(
            held_on=day + timedelta(days=2),
            consultee_kind=ConsulteeKind.VEILIG_THUIS,
            consultee="Veilig Thuis Utrecht",
            advice="Melden; de signalen wijzen op structurele onveiligheid.",
        ),
    )
    talk = vault.entries.add(case.id, conversation(held_on=day + timedelta(days=3)))
    vault.entries.correct(
        talk.id,
        conversation(held_on=day + timedelta(days=3), reaction="Moeder schrok."),
        "Reactie preciezer",
    )
    assessment = start_for_case(Settings(profession_group="artsen"), load_library())
    assessment = assessment.answer("yes", "Letsel en wat het kind vertelt.")
    assessment = assessment.answer("yes", "Herhaald letsel over zes weken.")
    weging = vault.assessments.record(case.id, assessment)
    draft = decision_draft(weging, decided_on=day + timedelta(days=4))
    decision = vault.entries.add(
        case.id,
        replace(
            draft,
            help_agreed=(HelpAgreement("Opvoedondersteuning", "Wijkteam"),),
            client_informed=True,
            client_informed_note="Moeder was boos maar begreep het.",
        ),
    )
    report = vault.reports.register(
        case.id, report_registration(decision.id, made_on=day + timedelta(days=5))
    )
    vault.reports.add_reference(report.entry.id, "VT-2026-0042")
    vault.reports.record_feedback(
        report.entry.id, day + timedelta(days=12), FollowUpOutcome.UNCLEAR, "VT doet onderzoek."
    )
    return Case(case.id, neighbour.id, first.id, second.id, report.entry.id)


def completed(content: ReportContent) -> ReportContent:
    """What only the melder can add, filled in as the composer would."""
    return replace(
        content,
        safety=Safety("Het kind is op dit moment bij familie."),
        request_to_vt="Graag een onderzoek naar de veiligheid van het kind.",
    )


def test_the_melding_is_drafted_from_the_case(backend: Backend) -> None:
    vault = backend.store
    case = recorded_case(vault)
    content = report_content_for_case(vault, case.id, made_on=today())
    assert (content.reporter.name, content.reporter.role) == ("Anna de Vries", "huisarts")
    assert (content.reporter.practice, content.reporter.phone) == (PRACTICE, "020 123 4567")
    assert [p.name for p in content.persons] == [
        samples.CHILD_NAME,
        samples.PARENT_NAME,
        NEIGHBOUR,
    ]
    assert content.persons[1].bsn == samples.BSN
    # Current versions, oldest observation first.
    assert [s.facts for s in content.signals] == [samples.FACTS, NEIGHBOUR_FACTS]
    (advice,) = content.consultations
    assert advice.with_veilig_thuis and advice.consulted == "Veilig Thuis Utrecht"
    assert "anoniem besproken" in advice.consulted_role
    (talk,) = content.conversations
    assert talk.took_place and talk.reaction == "Moeder schrok."
    assert talk.recorded_by == "Anna de Vries"
    (help_offered,) = content.help_offered
    assert help_offered.description == "Opvoedondersteuning, door Wijkteam"
    assert content.assessment is not None
    assert content.assessment.kader_version == "2.0"
    assert (
        content.assessment.kader_name
        == "Afwegingskader voor artsen en tandartsen (KNMG-meldcode 2023)"
    )
    assert [a.reason for a in content.assessment.answers] == [
        "Letsel en wat het kind vertelt.",
        "Herhaald letsel over zes weken.",
    ]
    assert isinstance(content.client, ClientInformed)
    assert not content.left_out.anything

    # What only the melder knows is asked for, field by field.
    with pytest.raises(ValidationError) as raised:
        validate_report(content)
    assert set(raised.value.field_errors) == {"safety.summary", "request_to_vt"}
    validate_report(completed(content))


def test_left_out_people_and_signals_are_counted_not_described(backend: Backend) -> None:
    vault = backend.store
    case = recorded_case(vault)
    content = report_content_for_case(
        vault,
        case.id,
        keep_person_ids={p.id for p in vault.persons.for_case(case.id)} - {case.neighbour_id},
        keep_signal_ids={case.corrected_signal_id},
    )
    assert (content.left_out.persons, content.left_out.signals) == (1, 1)
    assert NEIGHBOUR not in {p.name for p in content.persons}
    assert [s.facts for s in content.signals] == [samples.FACTS]


def test_a_client_not_told_asks_for_one_of_the_accepted_reasons(backend: Backend) -> None:
    vault = backend.store
    case = recorded_case(vault)
    decision = vault.entries.get_as(
        vault.reports.get(case.report_id).value.decision_id or 0, Decision
    )
    vault.entries.withdraw(case.report_id, "Verkeerd geregistreerd")
    not_told = replace(decision.value, client_informed=False, client_informed_note="Gevaar")
    vault.entries.correct(decision.id, not_told, "Toch niet ingelicht")
    content = completed(report_content_for_case(vault, case.id))
    assert isinstance(content.client, ClientNotInformed)
    assert content.client.explanation == "Gevaar"
    with pytest.raises(ValidationError) as raised:
        validate_report(content)
    assert set(raised.value.field_errors) == {"client.reason"}
    reason = NotInformedReason.DANGER_TO_CHILD_OR_FAMILY
    validate_report(replace(content, client=replace(content.client, reason=reason)))


def test_the_melding_is_exported_encrypted_and_logged(
    backend: Backend, export_folder: Path, system_temp: Path
) -> None:
    vault = backend.store
    require_tool("pdftotext")
    case = recorded_case(vault)
    content = completed(report_content_for_case(vault, case.id, made_on=today()))
    target = export_report_for_case(vault, case.id, content, PASSPHRASE, export_folder)
    assert target.name == f"melding-veilig-thuis-{today().isoformat()}.pdf"
    text = pdftotext(target, PASSPHRASE).stdout
    reason = "Herhaald letsel over zes weken."
    # Long lines are wrapped in the PDF text; a distinctive word of the current facts will do.
    for expected in (samples.CHILD_NAME, "vingervormig", PRACTICE, reason):
        assert expected in text, expected
    assert OLD_FACTS not in text
    assert plaintext_hits(MARKERS, export_folder, system_temp) == []
    (row,) = [e for e in vault.audit.entries(case_id=case.id) if e.event == AuditEvent.EXPORT]
    assert row.detail == "melding" and row.user_id == vault.user.id


def test_the_dossier_holds_every_version_every_step_and_the_audit_trail(backend: Backend) -> None:
    vault = backend.store
    case = recorded_case(vault)
    vault.entries.add(
        case.id, KindCheck(today(), 1, (7,), safety=DependantSafety.AT_STAKE, notes="Zus")
    )
    vault.entries.add(case.id, skip(Step.CONSULTATION, "Acuut: direct gemeld"))
    content = dossier_content_for_case(vault, case.id)
    signal = next(s for s in content.signals if s.id == case.corrected_signal_id)
    assert [v.facts for v in signal.versions] == [OLD_FACTS, samples.FACTS]
    text = dossier_document(content).plain_text()
    for expected in (
        "Versie 1 (oorspronkelijk)",
        f"Feiten: {OLD_FACTS}",
        "Versie 2 (correctie)",
        "Reden van correctie: Vorm van de plekken nauwkeuriger beschreven.",
        "gecorrigeerd door Anna de Vries",
        "Reactie preciezer",
        "Versie: 2.0",
        "Herhaald letsel over zes weken.",
        "Norm: Acute of structurele onveiligheid",
        "Melden bij Veilig Thuis nodig: ja",
        "Aan: Veilig Thuis Utrecht",
        "Dossiernummer van Veilig Thuis: VT-2026-0042",
        "VT doet onderzoek.",
        "Terugkoppeling van Veilig Thuis na de veiligheidsbeoordeling: Nog niet duidelijk.",
        "Kinderen: 1 (7 jaar)",
        "Reden: Acuut: direct gemeld",
        "Aangemaakt | Anna de Vries | Casus",
        "Gecorrigeerd | Anna de Vries | Signaal 1",
    ):
        assert expected in text, expected
    # The conversation was corrected: its earlier text stays readable beside the current one.
    (talk_id,) = (c.id for c in content.conversations)
    (earlier,) = content.earlier[PartRef(DossierSection.CONVERSATIONS, talk_id)]
    assert earlier.number == 1 and earlier.written.startswith("Anna de Vries (")
    assert earlier.record.reaction == "Moeder schrok en wil hulp."
    assert content.conversations[0].reaction == "Moeder schrok."
    after_current = text.split("Gesprek 1:", 1)[1]
    for expected in (
        "Wat hier eerder stond (1 eerdere versie, oudste eerst):",
        f"Versie 1: {earlier.written}",
        "Moeder schrok en wil hulp.",
    ):
        assert expected in after_current, expected
    # Entries never changed carry no earlier versions.
    unchanged = (DossierSection.KINDCHECKS, DossierSection.SKIPPED_STEPS)
    assert not any(ref.section in unchanged for ref in content.earlier)
    events = {e.event for e in content.audit}
    assert {AuditEvent.CREATE, AuditEvent.CORRECT, AuditEvent.UPDATE} <= events
    assert content.user_names == {vault.user.id: "Anna de Vries"}
    assert WITHHELD_TITLE not in text


def test_withheld_parts_are_absent_and_the_inzage_is_logged_as_such(
    backend: Backend, export_folder: Path
) -> None:
    vault = backend.store
    require_tool("pdftotext")
    case = recorded_case(vault)
    withheld = frozenset(
        {
            PartRef(DossierSection.PERSONS, case.neighbour_id),
            PartRef(DossierSection.SIGNALS, case.neighbour_signal_id),
        }
    )
    content = dossier_content_for_case(vault, case.id, withheld=withheld)
    target = export_dossier_for_case(
        vault, content, PASSPHRASE, export_folder, purpose=DossierPurpose.ACCESS_REQUEST
    )
    text = pdftotext(target, PASSPHRASE).stdout
    raw = decrypted_plain_bytes(target, PASSPHRASE)
    for hidden in (NEIGHBOUR, NEIGHBOUR_FACTS):
        assert hidden not in text and not contains_as_text(raw, hidden)
    assert samples.CHILD_NAME in text and WITHHELD_TITLE in text
    record_dossier_printed(vault, case.id, DossierPurpose.FILE)
    logged = [(e.event, e.detail) for e in vault.audit.entries(case_id=case.id)[:2]]
    assert logged == [(AuditEvent.PRINT, "dossier"), (AuditEvent.EXPORT, "dossier-inzage")]


def test_no_file_stays_behind_when_the_export_cannot_be_logged(
    backend: Backend, export_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault = backend.store
    case = recorded_case(vault)
    content = dossier_content_for_case(vault, case.id)

    def refuse(*args: object, **kwargs: object) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(vault.audit, "append", refuse)
    with pytest.raises(OSError):
        export_dossier_for_case(vault, content, PASSPHRASE, export_folder)
    assert list(export_folder.iterdir()) == []


def test_the_annual_overview_counts_and_is_logged_without_a_case(
    backend: Backend, export_folder: Path
) -> None:
    vault = backend.store
    require_tool("pdftotext")
    case = recorded_case(vault)
    made_on = vault.reports.get(case.report_id).value.made_on
    assert made_on is not None
    year = made_on.year
    text = annual_overview(vault, year).plain_text()
    assert PRACTICE in text and "Totaal | 1 | 1" in text
    assert samples.CHILD_NAME not in text and "Gezin K" not in text
    target = export_annual_overview(vault, year, PASSPHRASE, export_folder)
    assert target.name.startswith("jaaroverzicht-")
    assert "Adviesvragen" in pdftotext(target, PASSPHRASE).stdout
    record_annual_overview_printed(vault, year)
    rows = vault.audit.entries(limit=2)
    assert [(e.event, e.case_id, e.detail) for e in rows] == [
        (AuditEvent.PRINT, None, f"jaaroverzicht;year={year}"),
        (AuditEvent.EXPORT, None, f"jaaroverzicht;year={year}"),
    ]
