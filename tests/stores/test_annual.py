"""The annual overview counts adviesvragen and meldingen to Veilig Thuis, per year and month,
on both stores."""

from __future__ import annotations

from datetime import date

from app.domain.enums import ConsulteeKind
from tests.entry_values import case_with_signal, consultation, decision, report_registration
from tests.stores.conftest import Backend


def test_advice_requests_are_counted_per_year(backend: Backend) -> None:
    vault = backend.store
    case_id = case_with_signal(vault)
    vault.entries.add(
        case_id, consultation(held_on=date(2023, 12, 31), consultee_kind=ConsulteeKind.VEILIG_THUIS)
    )
    vault.entries.add(
        case_id,
        consultation(held_on=date(2024, 1, 2), consultee_kind=ConsulteeKind.CONFIDENTIAL_DOCTOR),
    )
    named = vault.entries.add(
        case_id,
        consultation(
            held_on=date(2024, 3, 1), consultee_kind=ConsulteeKind.VEILIG_THUIS, client_named=True
        ),
    )
    vault.entries.add(case_id, consultation(held_on=date(2024, 3, 2)))
    withdrawn = vault.entries.add(
        case_id, consultation(held_on=date(2024, 4, 1), consultee_kind=ConsulteeKind.VEILIG_THUIS)
    )
    vault.entries.withdraw(withdrawn.id, "Dubbel vastgelegd")
    assert vault.annual.advice_requests_per_year() == {2023: 1, 2024: 2}
    assert vault.annual.advice_requests(2024) == 2 and vault.annual.advice_requests(2022) == 0
    vault.entries.correct(
        named.id,
        consultation(held_on=date(2024, 3, 1), consultee_kind=ConsulteeKind.COLLEAGUE),
        "Was een collega, niet Veilig Thuis",
    )
    assert vault.annual.advice_requests(2024) == 1


def test_meldingen_are_counted_per_month_from_their_registrations(backend: Backend) -> None:
    vault = backend.store
    case_id = case_with_signal(vault)
    vault.entries.add(
        case_id, consultation(held_on=date(2024, 2, 10), consultee_kind=ConsulteeKind.VEILIG_THUIS)
    )
    first = vault.entries.add(case_id, decision(decided_on=date(2024, 2, 20)))
    vault.reports.register(case_id, report_registration(first.id, made_on=date(2024, 2, 21)))
    second = vault.entries.add(case_id, decision(decided_on=date(2024, 11, 30)))
    report = vault.reports.register(
        case_id, report_registration(second.id, made_on=date(2024, 12, 1))
    )
    # A decision to report whose melding was never registered is named, not counted.
    vault.entries.add(case_id, decision(decided_on=date(2025, 1, 5)))
    withdrawn = vault.entries.add(case_id, decision(decided_on=date(2024, 3, 1)))
    gone = vault.reports.register(
        case_id, report_registration(withdrawn.id, made_on=date(2024, 3, 1))
    )
    vault.entries.withdraw(gone.entry.id, "Nooit verstuurd")
    vault.entries.withdraw(withdrawn.id, "Dubbel")

    assert vault.annual.reports_per_year() == {2024: 2}
    assert vault.annual.years() == [2024, 2025]
    figures = vault.annual.figures(2024)
    assert figures.reports == (0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1)
    assert figures.advice_requests == (0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    assert (figures.report_total, figures.advice_request_total) == (2, 1)
    assert figures.unregistered_report_decisions == 0
    assert vault.annual.figures(2025).unregistered_report_decisions == 1
    assert vault.annual.figures(2025).report_total == 0

    # A correction moves the melding to the month of its new date.
    vault.entries.correct(
        report.entry.id,
        report_registration(second.id, made_on=date(2024, 11, 30)),
        "Datum verkeerd",
    )
    assert vault.annual.figures(2024).reports[10:] == (1, 0)


def test_the_figures_hold_counts_only(backend: Backend) -> None:
    vault = backend.store
    case_id = case_with_signal(vault, title="Gezin Geheim")
    made = vault.entries.add(case_id, decision(decided_on=date(2024, 2, 20)))
    vault.reports.register(case_id, report_registration(made.id, made_on=date(2024, 2, 21)))
    figures = vault.annual.figures(2024)
    values = [getattr(figures, name) for name in figures.__dataclass_fields__]
    assert all(isinstance(v, int) or all(isinstance(n, int) for n in v) for v in values)
