"""Step 5 drafted from the weging: an outcome that reports is never drafted as 'no report'.

Every answer path of every shipped kader (both starting points) is stored, on both stores,
drafted into a decision and checked; the draft, once the professional adds what only they
know, is a decision the store accepts and links to its weging.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from app.domain.decision_prefill import (
    check_no_advice_reason,
    decision_draft,
    drafted_help,
    report_departure,
    report_expected,
    veilig_thuis_not_consulted,
)
from app.domain.entries import Consultation, Decision, HelpAgreement
from app.domain.enums import ConsulteeKind
from app.domain.weighing import RecordedAssessment
from app.errors import ValidationError
from app.framework.assessment import start_assessment
from app.framework.library import load_library
from app.framework.terms import Entry, HelpDecision
from tests.entry_values import HELP_STARTED_PATH, REPORT_PATH, case_with_signal, walked
from tests.framework.paths import all_paths
from tests.stores.conftest import Backend

LIBRARY = load_library()
SHIPPED = [(k.id, k.version, entry) for k in LIBRARY.frameworks for entry in k.entries]


def completed(decision: Decision) -> Decision:
    """The draft with what only the professional can fill in."""
    return replace(
        decision,
        report_to_vt=True if decision.report_to_vt is None else decision.report_to_vt,
        offer_help=False if decision.offer_help is None else decision.offer_help,
        help_agreed=(HelpAgreement("Opvoedondersteuning", "Wijkteam"),)
        if decision.offer_help
        else (),
        client_informed=True,
    )


@pytest.mark.parametrize(("framework_id", "version", "entry"), SHIPPED, ids=str)
def test_every_path_of_every_shipped_kader_is_drafted_safely(
    backend: Backend, framework_id: str, version: str, entry: Entry
) -> None:
    vault = backend.store
    framework = LIBRARY.get(framework_id, version)
    paths = all_paths(framework, entry)
    assert paths
    for path, outcome in paths.items():
        case_id = case_with_signal(vault, title=f"{framework_id} {'/'.join(path)}"[:100])
        assessment = start_assessment(framework, entry)
        for step in path:
            answer_id = step.split("=")[1]
            assessment = assessment.answer(answer_id, f"Mijn reden bij {step}.")
        stored = vault.assessments.record(case_id, assessment)
        newest = vault.assessments.newest(case_id)
        assert newest is not None and newest.id == stored.id
        draft = decision_draft(newest)

        if outcome.reports:
            assert draft.report_to_vt is not False, path
        if outcome.reports_to_veilig_thuis:
            assert draft.report_to_vt is True, path
        if not outcome.reports:
            assert draft.report_to_vt is False, path
        assert draft.offer_help is (outcome.help is HelpDecision.YES), path
        assert outcome.text in draft.report_reasons
        assert all(f"Mijn reden bij {step}." in draft.report_reasons for step in path)
        assert draft.assessment_id == stored.id

        decided = vault.entries.add(case_id, completed(draft))
        assert isinstance(decided.value, Decision)
        assert decided.value.assessment_id == stored.id
        if outcome.reports_to_veilig_thuis:
            assert decided.value.report_to_vt is True


def test_a_staff_route_names_its_recipients_and_leaves_veilig_thuis_to_the_professional(
    backend: Backend,
) -> None:
    vault = backend.store
    case_id = case_with_signal(vault)
    assessment = start_assessment(LIBRARY.get("kinderopvang"))
    for answer in ("staff", "yes", "yes"):
        assessment = assessment.answer(answer, "Eigen reden.")
    draft = decision_draft(vault.assessments.record(case_id, assessment))
    assert draft.report_to_vt is None
    assert "de houder, de vertrouwensinspecteur (overleg), de politie (aangifte)" in (
        draft.report_reasons
    )
    with pytest.raises(ValidationError) as raised:
        vault.entries.add(case_id, draft)
    assert "report_to_vt" in raised.value.field_errors


def test_an_open_weging_is_drafted_without_a_report_decision(backend: Backend) -> None:
    vault = backend.store
    case_id = case_with_signal(vault)
    halfway = vault.assessments.record(case_id, walked(REPORT_PATH[:1]))
    draft = decision_draft(halfway)
    assert draft.report_to_vt is None and draft.offer_help is None
    assert "nog niet afgerond" in draft.report_reasons

    help_started = vault.assessments.record(case_id, walked(HELP_STARTED_PATH))
    assert drafted_help(help_started.value) is True
    draft = decision_draft(help_started)
    assert draft.report_to_vt is None and draft.offer_help is True
    assert "aan het eind van de afgesproken termijn" in draft.report_reasons
    assert "Reden 4: eigen afweging." in draft.help_reasons


def test_the_draft_speaks_the_language_it_is_given(backend: Backend) -> None:
    vault = backend.store
    case_id = case_with_signal(vault)
    stored = vault.assessments.record(case_id, walked(REPORT_PATH))
    english = {"Norm: {norm}": "Standard: {norm}"}

    def translate(context: str, text: str) -> str:
        return english.get(text, text)

    draft = decision_draft(stored, translate=translate)
    assert "Standard: Acute of structurele onveiligheid" in draft.report_reasons


def test_deciding_against_a_weging_that_reports_is_flagged(backend: Backend) -> None:
    vault = backend.store
    case_id = case_with_signal(vault)
    stored = vault.assessments.record(case_id, walked(REPORT_PATH))
    draft = decision_draft(stored)
    assert report_departure(stored.value, draft) is None
    warning = report_departure(stored.value, replace(draft, report_to_vt=False))
    assert warning is not None and "afwijkt" in warning.format()
    no_report: RecordedAssessment = vault.assessments.record(
        case_id, walked((("suspicion", "no"),))
    ).value
    assert report_departure(no_report, replace(draft, report_to_vt=True)) is None
    # What the weging says is shown while the decision follows it, and only then.
    expected = report_expected(stored.value)
    assert expected is not None and warning.format().startswith(expected.format()[:-1])
    assert report_expected(no_report) is None
    assert report_departure(no_report, replace(draft, report_to_vt=False)) is None


def test_a_decision_refers_only_to_a_weging_of_its_own_case(backend: Backend) -> None:
    vault = backend.store
    case_id = case_with_signal(vault)
    other_case = case_with_signal(vault, "Gezin B")
    foreign = vault.assessments.record(other_case, walked(REPORT_PATH))
    with pytest.raises(ValidationError) as raised:
        vault.entries.add(case_id, completed(decision_draft(foreign)))
    assert set(raised.value.field_errors) == {"assessment_id"}


def test_not_reporting_without_an_adviesvraag_asks_why_when_the_kader_expects_one() -> None:
    colleague = Consultation(date(2026, 11, 2), ConsulteeKind.DESIGNATED_CONSULTEE, "Bram")
    adviesvraag = Consultation(date(2026, 11, 3), ConsulteeKind.VEILIG_THUIS, "Veilig Thuis")
    not_reporting = Decision(date(2026, 11, 4), False, "Geen zorgen meer.", False, "Geen.")
    reporting = Decision(date(2026, 11, 4), True, "Onveilig.", False, "Geen.")

    assert veilig_thuis_not_consulted(not_reporting, [colleague], expected=True) is not None
    assert veilig_thuis_not_consulted(not_reporting, [colleague, adviesvraag], True) is None
    assert veilig_thuis_not_consulted(not_reporting, [colleague], expected=False) is None
    assert veilig_thuis_not_consulted(reporting, [colleague], expected=True) is None
    with pytest.raises(ValidationError) as refused:
        check_no_advice_reason(not_reporting, [colleague], expected=True)
    assert "no_advice_reason" in refused.value.field_errors
    given = replace(not_reporting, no_advice_reason="VT was niet bereikbaar.")
    check_no_advice_reason(given, [colleague], expected=True)
