"""The jaaroverzicht, the registratielijst and the personal-text check on both stores: the same
figures and rows from the same recorded steps, the practice manager's access to them, and on the
practice server no readable word of a melding in its files or a dump."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from app.domain.enums import (
    CloseReason,
    ConsulteeKind,
    DependantSafety,
    FollowUpOutcome,
    PersonRole,
    ReportChannel,
    ViolenceForm,
)
from app.domain.models import CaseDraft, PersonDraft
from app.domain.roles import WorkRole
from app.errors import AccessDenied
from app.store.annual import WeighingOutcome
from app.store.registrations import RegistrationKind
from app.timeutil import today
from tests.entry_values import (
    HELP_STARTED_PATH,
    NO_SUSPICION_PATH,
    REPORT_PATH,
    case_with_signal,
    consultation,
    decision,
    kindcheck,
    report_registration,
    signal,
    walked,
)
from tests.server.conftest import ServerDatabase
from tests.server.test_no_plaintext_on_server import hits_below, hits_in
from tests.stores.conftest import Backend

YEAR = today().year
# A year in the past whose every day lies before today, so nothing recorded in it is "later".
PAST = YEAR - 1


def _day(month: int, day: int, year: int = PAST) -> date:
    return date(year, month, day)


def recorded_steps(s: Any, marker: str = "") -> dict[str, int]:
    """Steps of two cases in PAST and one step the year before, as the overview counts them;
    with withdrawn entries that must not count. Returns the ids the tests look at."""
    first = s.cases.create(CaseDraft(f"Gezin Mei-Ling Zhou{marker}"))
    s.persons.add(first.id, PersonDraft(PersonRole.CHILD, "Mei-Ling Zhou"))
    s.signals.add(first.id, signal("Blauwe plekken op beide armen.", _day(1, 10)))
    s.entries.add(first.id, kindcheck(checked_on=_day(1, 12), safety=DependantSafety.AT_STAKE))
    s.entries.add(
        first.id,
        consultation(
            held_on=_day(1, 15),
            consultee_kind=ConsulteeKind.VEILIG_THUIS,
            consultee=f"Medewerker{marker}",
            advice=f"Advies van VT{marker}",
        ),
    )
    # A withdrawn adviesvraag and a withdrawn kindcheck: neither counts.
    wrong = s.entries.add(
        first.id, consultation(held_on=_day(1, 16), consultee_kind=ConsulteeKind.VEILIG_THUIS)
    )
    s.entries.withdraw(wrong.id, "Bij de verkeerde casus")
    wrong_check = s.entries.add(first.id, kindcheck(checked_on=_day(1, 17)))
    s.entries.withdraw(wrong_check.id, "Dubbel")
    s.assessments.record(first.id, walked(REPORT_PATH))
    made = s.entries.add(first.id, decision(decided_on=_day(1, 20)))
    report = s.reports.register(
        first.id,
        report_registration(
            made.id,
            made_on=_day(1, 21),
            organisation="Veilig Thuis Utrecht",
            channel=ReportChannel.SECURE_FORM,
        ),
    )
    s.reports.record_feedback(
        report.entry.id,
        _day(2, 3),
        FollowUpOutcome.UNCLEAR,
        f"VT doet onderzoek{marker}",
        reference=f"VT-0042{marker}",
    )
    s.cases.close(first.id, code=CloseReason.REPORTED_VT_TOOK_OVER)

    second = case_with_signal(s, title="Familie Öztürk")
    s.entries.add(second, kindcheck(checked_on=_day(2, 1)))
    s.assessments.record(second, walked(HELP_STARTED_PATH))
    s.assessments.record(second, walked(NO_SUSPICION_PATH))
    help_only = s.entries.add(second, decision(decided_on=_day(3, 2), report_to_vt=False))
    # A decision to report without a registered melding, in PAST.
    third = case_with_signal(s, title="Familie De Boer")
    s.entries.add(third, decision(decided_on=_day(5, 6)))
    # Another year: an adviesvraag to the vertrouwensarts, not counted in PAST.
    s.entries.add(
        second,
        consultation(
            held_on=_day(1, 3, PAST - 1), consultee_kind=ConsulteeKind.CONFIDENTIAL_DOCTOR
        ),
    )
    # A consultation of a colleague is no adviesvraag.
    s.entries.add(second, consultation(held_on=_day(4, 4)))
    return {"first": first.id, "second": second, "third": third, "help_only": help_only.id}


def test_the_same_figures_and_rows_on_both_stores(backend: Backend) -> None:
    store = backend.store
    ids = recorded_steps(store)
    figures = store.annual.annual_figures(PAST)
    assert figures.months.advice_requests == (1,) + (0,) * 11
    assert figures.months.reports == (1,) + (0,) * 11
    assert figures.months.unregistered_report_decisions == 1
    assert figures.reports_per_organisation == (("Veilig Thuis Utrecht", 1),)
    forms = dict(figures.violence_forms)
    assert forms[ViolenceForm.PHYSICAL_ABUSE] == 1  # case_with_signal's signals are dated today
    outcomes = dict(figures.weighing_outcomes)
    # The wegingen were recorded today, so they count in this year, not in PAST.
    assert sum(outcomes.values()) == 0
    assert (figures.kindchecks, figures.kindchecks_at_risk) == (2, 1)
    # First signal 10 January, first decision 20 January: 10 days. The other cases' first
    # signals are dated today, after their decisions: 0 days.
    assert figures.days_to_decision == (0, 0, 10)
    assert store.annual.advice_requests_per_year() == {PAST - 1: 1, PAST: 1}
    assert store.annual.reports_per_year() == {PAST: 1}
    assert store.annual.years() == [PAST - 1, PAST]

    now = store.annual.annual_figures(YEAR)
    assert (now.cases_opened, now.cases_closed) == (3, 1)
    assert dict(now.close_reasons)[CloseReason.REPORTED_VT_TOOK_OVER] == 1
    outcomes = dict(now.weighing_outcomes)
    assert outcomes[WeighingOutcome.NEITHER] == 1
    assert outcomes[WeighingOutcome.REPORT] + outcomes[WeighingOutcome.BOTH] == 1
    assert sum(outcomes.values()) == 2  # the first, walked again, counts as it stands now
    assert now.months.report_total == 0 and now.kindchecks == 0

    rows = store.registrations.between(_day(1, 1), _day(12, 31))
    assert [(r.day, r.kind, r.case_id) for r in rows] == [
        (_day(1, 15), RegistrationKind.ADVICE_REQUEST, ids["first"]),
        (_day(1, 21), RegistrationKind.REPORT, ids["first"]),
    ]
    advice, melding = rows
    assert (advice.professional, advice.channel, advice.feedback_received) == (
        "Anna de Vries",
        None,
        None,
    )
    assert advice.organisation == ConsulteeKind.VEILIG_THUIS.label
    assert (melding.organisation, melding.channel, melding.vt_reference) == (
        "Veilig Thuis Utrecht",
        ReportChannel.SECURE_FORM,
        "VT-0042",
    )
    assert melding.feedback_received is True and melding.professional == "Anna de Vries"
    assert store.registrations.between(_day(1, 16), _day(1, 20)) == []
    assert [
        r.day for r in store.registrations.between(_day(1, 1, PAST - 1), _day(1, 3, PAST - 1))
    ] == [_day(1, 3, PAST - 1)]

    scan = store.personal_texts
    assert scan.hits(f"Jaaroverzicht januari {PAST}: 1 melding") == 0
    assert scan.hits("Verslag over familie öztürk") == 1
    assert scan.hits("MEI-LING   zhou") >= 1
    assert scan.hits("blauwe plekken op beide armen") == 1


def test_the_practice_manager_prints_registrations_without_reading_cases(
    backend: Backend,
) -> None:
    ids = recorded_steps(backend.store)
    manager = backend.add_colleague("Mila Vermeulen", WorkRole.PRACTICE_MANAGER)
    professional = backend.add_colleague("Bram Jansen", WorkRole.PROFESSIONAL)

    store = backend.act_as(manager.id)
    rows = store.registrations.between(_day(1, 1), _day(12, 31))
    assert [r.kind for r in rows] == [RegistrationKind.ADVICE_REQUEST, RegistrationKind.REPORT]
    assert store.annual.annual_figures(PAST).months.report_total == 1
    assert store.personal_texts.hits("familie öztürk") == 1
    with pytest.raises(AccessDenied):
        store.cases.get(ids["first"])
    with pytest.raises(AccessDenied):
        store.entries.for_case(ids["first"])

    # A professional prints the same practice-wide counts and list (no rule limits them to
    # their own cases: the registrations hold no case contents).
    store = backend.act_as(professional.id)
    assert store.registrations.between(_day(1, 1), _day(12, 31)) == rows
    assert store.annual.figures(PAST).report_total == 1


MARKER = "Registratiemarker"


@pytest.mark.real_components
def test_a_meldings_texts_never_reach_the_server_in_the_clear(
    server_backend: Backend, server_db: ServerDatabase
) -> None:
    store = server_backend.store
    recorded_steps(store, MARKER)
    # Read as the practice manager would, so the reading side has run too.
    (melding,) = [
        r
        for r in store.registrations.between(_day(1, 1), _day(12, 31))
        if r.kind is RegistrationKind.REPORT
    ]
    # The organisation is the region's name from the shipped list, sealed all the same.
    assert melding.organisation == "Veilig Thuis Utrecht"
    assert melding.vt_reference == f"VT-0042{MARKER}"
    assert store.annual.annual_figures(PAST).reports_per_organisation == (
        ("Veilig Thuis Utrecht", 1),
    )
    with server_db.connect_admin() as admin:
        admin.execute("CHECKPOINT")
    server = server_db.server
    control = server_backend.logins[store.user.id]  # a login is kept in the clear
    on_disk = hits_below(server.root, [MARKER, control])
    dump = server.pg_dump(server_db.name)
    in_dump = hits_in(dump, [MARKER, control])
    assert control in on_disk and control in in_dump, "the scan found not even the control"
    assert b"meldcode.case_entry_versions" in dump
    assert MARKER not in on_disk and MARKER not in in_dump


def test_each_version_keeps_its_day_in_the_clear_and_the_period_reads_by_it(
    backend: Backend,
) -> None:
    store = backend.store
    case_id = case_with_signal(store)
    made = store.entries.add(
        case_id,
        consultation(held_on=_day(3, 4), consultee_kind=ConsulteeKind.VEILIG_THUIS),
    )
    store.entries.correct(
        made.id,
        consultation(held_on=_day(2, 1), consultee_kind=ConsulteeKind.VEILIG_THUIS),
        "Datum verkeerd",
    )
    days = [
        str(r[0])
        for r in store.db.execute(
            "SELECT event_on FROM case_entry_versions WHERE entry_id = ? ORDER BY version",
            (made.id,),
        )
    ]
    assert days == [_day(3, 4).isoformat(), _day(2, 1).isoformat()]
    # Found on its corrected day only; the old day finds nothing.
    assert [r.day for r in store.registrations.between(_day(2, 1), _day(2, 1))] == [_day(2, 1)]
    assert store.registrations.between(_day(3, 1), _day(3, 31)) == []
    assert store.annual.figures(PAST).advice_requests[1] == 1


def test_a_day_shifted_behind_the_program_is_named_by_verify(backend: Backend) -> None:
    # No content MAC covers the day on the server; verify opens each newest version and
    # compares its main date with the day kept beside it.
    store = backend.store
    case_id = case_with_signal(store)
    held = store.entries.add(case_id, consultation(held_on=date(2024, 3, 4)))
    corrected = store.entries.add(case_id, consultation(held_on=date(2024, 3, 5)))
    store.entries.correct(corrected.id, consultation(held_on=date(2024, 3, 6)), "Verkeerde dag.")
    assert store.verify().sound
    backend.tamper(
        "UPDATE case_entry_versions SET event_on = ? WHERE entry_id = ?", ("2023-12-31", held.id)
    )
    # An older version's day is history: only the newest counts.
    backend.tamper(
        "UPDATE case_entry_versions SET event_on = ? WHERE entry_id = ? AND version = 1",
        ("2023-12-30", corrected.id),
    )
    report = store.verify()
    assert report.derived_problems == [f"event_on: entry {held.id} differs"]
    assert report.content_problems == [] and not report.sound
    backend.tamper(
        "UPDATE case_entry_versions SET event_on = NULL WHERE entry_id = ?", (corrected.id,)
    )
    assert store.verify().derived_problems == [
        f"event_on: entry {held.id} differs",
        f"event_on: entry {corrected.id} differs",
    ]
