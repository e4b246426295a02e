"""The practice manager's registrations from the core, on both stores: the full jaaroverzicht
figures, the registratielijst of a period, their documents and CSV, the check before an
unencrypted save, and the audit rows of every save."""

from __future__ import annotations

import csv
import io
import unicodedata
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.case_documents.exports import (
    DocumentFormat,
    HoldsPersonalData,
    annual_overview,
    export_registration_list,
    registration_list,
    save_annual_overview_unencrypted,
)
from app.domain.enums import (
    CloseReason,
    ConsulteeKind,
    DependantSafety,
    FollowUpCheck,
    PersonRole,
    ViolenceForm,
)
from app.domain.models import CaseDraft, PersonDraft
from app.errors import ValidationError
from app.export.encryption import open_encrypted
from app.store.annual import WeighingOutcome
from app.store.registrations import RegistrationKind
from app.timeutil import today
from app.vault.audit import AuditEvent
from app.vault.vault import Vault
from tests.entry_values import (
    HELP_STARTED_PATH,
    NO_SUSPICION_PATH,
    REPORT_PATH,
    case_with_signal,
    consultation,
    decision,
    follow_up,
    kindcheck,
    report_registration,
    signal,
    walked,
)
from tests.stores.conftest import Backend
from tests.support import printable_characters

YEAR = today().year
PASSPHRASE = "een lange wachtzin voor de test"


def _day(month: int, day: int, year: int = YEAR) -> date:
    return date(year, month, day)


def a_year_of_work(vault: Vault) -> dict[str, int]:
    """Two cases this year and one last year, with what the overview counts; returns ids."""
    first = vault.cases.create(CaseDraft("Gezin Mei-Ling Zhou"))
    vault.persons.add(first.id, PersonDraft(PersonRole.CHILD, "Mei-Ling Zhou"))
    vault.signals.add(first.id, signal("Blauwe plekken op beide armen.", _day(1, 10)))
    vault.entries.add(first.id, kindcheck(checked_on=_day(1, 12), safety=DependantSafety.AT_STAKE))
    vault.entries.add(
        first.id,
        consultation(held_on=_day(1, 15), consultee_kind=ConsulteeKind.VEILIG_THUIS),
    )
    vault.assessments.record(first.id, walked(REPORT_PATH))
    made = vault.entries.add(first.id, decision(decided_on=_day(1, 20)))
    report = vault.reports.register(
        first.id,
        report_registration(made.id, made_on=_day(1, 21), organisation="Veilig Thuis Utrecht"),
    )
    vault.reports.add_reference(report.entry.id, "VT-2026-0042")
    vault.cases.close(first.id, code=CloseReason.REPORTED_VT_TOOK_OVER)

    second = case_with_signal(vault, title="Familie Öztürk")
    vault.entries.add(second, kindcheck(checked_on=_day(2, 1)))
    vault.assessments.record(second, walked(HELP_STARTED_PATH))
    vault.assessments.record(second, walked(NO_SUSPICION_PATH))
    vault.entries.add(second, decision(decided_on=today(), report_to_vt=False))
    vault.entries.add(
        second,
        consultation(
            held_on=_day(1, 3, YEAR - 1), consultee_kind=ConsulteeKind.CONFIDENTIAL_DOCTOR
        ),
    )
    return {"first": first.id, "second": second}


def test_the_annual_figures_count_what_the_inspector_asks(backend: Backend) -> None:
    vault = backend.store
    ids = a_year_of_work(vault)
    figures = vault.annual.annual_figures(YEAR)
    assert figures.months.advice_requests[0] == 1 and figures.months.report_total == 1
    assert figures.reports_per_organisation == (("Veilig Thuis Utrecht", 1),)
    assert (figures.cases_opened, figures.cases_closed) == (2, 1)
    reasons = dict(figures.close_reasons)
    assert reasons[CloseReason.REPORTED_VT_TOOK_OVER] == 1 and sum(reasons.values()) == 1
    forms = dict(figures.violence_forms)
    assert forms[ViolenceForm.PHYSICAL_ABUSE] == 2 and forms[ViolenceForm.NEGLECT] == 0
    outcomes = dict(figures.weighing_outcomes)
    assert outcomes[WeighingOutcome.NEITHER] == 1
    assert outcomes[WeighingOutcome.REPORT] + outcomes[WeighingOutcome.BOTH] == 1
    assert (figures.kindchecks, figures.kindchecks_at_risk) == (2, 1)
    # First signal 10 January, first decision 20 January: 10 days; the second case's signal is
    # dated today, as is its decision.
    assert figures.days_to_decision == (0, 10) and figures.median_days_to_decision == 5
    years = {t.year: t for t in figures.earlier_years}
    assert years[YEAR - 1].advice_requests == 1 and years[YEAR].cases_opened == 2
    assert list(years) == sorted(years) and max(years) == YEAR
    # Only numbers and closed-list members: nothing of a case.
    assert all(isinstance(n, int) for n in figures.numbers())
    assert ids


def test_the_jaaroverzicht_names_no_client_and_holds_every_section(backend: Backend) -> None:
    vault = backend.store
    a_year_of_work(vault)
    text = annual_overview(vault, YEAR).plain_text()
    for heading in (
        "Meldingen per Veilig Thuis-organisatie",
        "Redenen van sluiten",
        "Vormen van geweld",
        "Uitkomsten van wegingen",
        "Kindcheck",
        "Mediaan: 5 dagen",
        "Vergelijking met eerdere jaren",
        "Grafiek: adviesvragen en meldingen per maand",
    ):
        assert heading in text
    for secret in ("Zhou", "Öztürk", "Blauwe plekken", "VT-2026-0042"):
        assert secret not in text
    assert vault.personal_texts.hits(text) == 0


def test_the_personal_text_check_finds_what_the_store_holds(backend: Backend) -> None:
    vault = backend.store
    a_year_of_work(vault)
    scan = vault.personal_texts
    assert scan.hits("Jaaroverzicht januari 2026: 3 meldingen") == 0
    assert scan.hits("Verslag over familie öztürk") == 1  # a title, any case
    assert scan.hits("MEI-LING   zhou") >= 1  # a name, across spacing
    assert scan.hits("blauwe plekken op beide armen") == 1  # a signal's facts
    assert scan.hits("BSN 111222333") == 1  # nine digits are refused whatever they are
    assert scan.hits("100 200 300") == 0


def test_an_unencrypted_save_is_refused_when_the_text_meets_a_client(
    backend: Backend, tmp_path: Path
) -> None:
    vault = backend.store
    case_id = vault.cases.create(CaseDraft("Totaal")).id  # a title that is a word of the overview
    vault.signals.add(case_id, signal())
    out = tmp_path / "uit"
    out.mkdir()
    with pytest.raises(HoldsPersonalData):
        save_annual_overview_unencrypted(vault, YEAR, DocumentFormat.PDF, out)
    assert list(out.iterdir()) == []
    assert all(row.event != AuditEvent.EXPORT for row in vault.audit.entries(limit=5))


@pytest.mark.parametrize("form", list(DocumentFormat))
def test_the_jaaroverzicht_is_saved_unencrypted_after_the_check_and_logged(
    backend: Backend, tmp_path: Path, form: DocumentFormat
) -> None:
    vault = backend.store
    a_year_of_work(vault)
    path = save_annual_overview_unencrypted(vault, YEAR, form, tmp_path, day=date(2026, 12, 4))
    assert path.name == f"jaaroverzicht-2026-12-04.{form.value}"
    data = path.read_bytes()
    if form is DocumentFormat.CSV:
        rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
        assert rows[0] == ["Onderdeel", "Omschrijving", "Aantal"]
        assert ["Meldingen per maand", "januari", "1"] in rows
        assert ["Kindcheck", "kinderen of afhankelijken in gevaar", "1"] in rows
        assert ["Meldingen per Veilig Thuis-organisatie", "Veilig Thuis Utrecht", "1"] in rows
        assert ["Dagen van eerste signaal tot beslissing", "mediaan", "5"] in rows
        assert "Zhou" not in data.decode("utf-8-sig")
    else:
        assert data.startswith(b"%PDF") and b"/Encrypt" not in data
    (row,) = vault.audit.entries(limit=1)
    assert (row.event, row.case_id, row.detail) == (
        AuditEvent.EXPORT,
        None,
        f"jaaroverzicht;year={YEAR};format={form.value};unencrypted",
    )


def test_the_registratielijst_lists_a_period_without_client_names(backend: Backend) -> None:
    vault = backend.store
    ids = a_year_of_work(vault)
    vault.entries.add(
        ids["second"],
        follow_up(check=FollowUpCheck.OTHER, due_on=today() + timedelta(days=3)),
    )
    rows = vault.registrations.between(_day(1, 1), _day(12, 31))
    assert [(r.day, r.kind) for r in rows] == [
        (_day(1, 15), RegistrationKind.ADVICE_REQUEST),
        (_day(1, 21), RegistrationKind.REPORT),
    ]
    melding = rows[1]
    assert melding.case_id == ids["first"] and melding.vt_reference == "VT-2026-0042"
    assert melding.organisation == "Veilig Thuis Utrecht" and melding.feedback_received is False
    assert melding.professional == vault.user.display_name
    assert rows[0].feedback_received is None
    assert vault.registrations.between(_day(1, 16), _day(1, 20)) == []
    # Last year's adviesvraag is in last year's list.
    (earlier,) = vault.registrations.between(_day(1, 1, YEAR - 1), _day(12, 31, YEAR - 1))
    assert earlier.organisation == ConsulteeKind.CONFIDENTIAL_DOCTOR.label

    text = registration_list(vault, _day(1, 1), _day(12, 31)).plain_text()
    assert "VT-2026-0042" in text and "Meldingen" in text and "Adviesvragen" in text
    assert "21-01-" in text and "Veilig Thuis Utrecht" in text
    assert "Zhou" not in text and "Öztürk" not in text and "Blauwe" not in text


def test_the_period_must_run_forwards(backend: Backend) -> None:
    vault = backend.store
    with pytest.raises(ValidationError) as raised:
        registration_list(vault, _day(3, 1), _day(2, 1))
    assert set(raised.value.field_errors) == {"to"}


@pytest.mark.parametrize("form", list(DocumentFormat))
def test_the_registratielijst_is_saved_encrypted_and_logged(
    backend: Backend, tmp_path: Path, form: DocumentFormat
) -> None:
    vault = backend.store
    a_year_of_work(vault)
    path = export_registration_list(
        vault, _day(1, 1), _day(12, 31), form, PASSPHRASE, tmp_path, day=date(2026, 12, 4)
    )
    assert path.name == "registratielijst-2026-12-04.pdf"
    data = path.read_bytes()
    assert b"VT-2026-0042" not in data and b"Utrecht" not in data
    with open_encrypted(data, PASSPHRASE) as pdf:
        attached = dict(pdf.attachments)
        if form is DocumentFormat.CSV:
            csv_data = attached["registratielijst.csv"].get_file().read_bytes()
            rows = list(csv.reader(io.StringIO(csv_data.decode("utf-8-sig")), delimiter=";"))
            assert rows[0][:3] == ["Datum", "Soort", "Veilig Thuis-organisatie"]
            assert rows[2][1] == "Melding" and rows[2][6] == "VT-2026-0042"
            assert rows[2][7] == "nee"
        else:
            assert attached == {}
    (row,) = vault.audit.entries(limit=1)
    assert row.detail == (f"registratielijst;from={YEAR}-01-01;to={YEAR}-12-31;format={form.value}")


_NAME_PART = st.text(
    alphabet=printable_characters().filter(lambda c: unicodedata.category(c) in ("Lu", "Ll", "Lo")),
    min_size=2,
    max_size=12,
)


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(parts=st.lists(_NAME_PART, min_size=1, max_size=3))
def test_a_name_in_the_store_is_found_in_any_case_and_spacing(
    backend: Backend, parts: list[str]
) -> None:
    vault = backend.store
    name = " ".join(parts)
    case_id = vault.cases.create(CaseDraft("Casus")).id
    vault.persons.add(case_id, PersonDraft(PersonRole.CLIENT, name))
    spaced = "  ".join(p.upper() if i % 2 else p for i, p in enumerate(parts))
    assert vault.personal_texts.hits(f"Overzicht: {spaced}, 12 meldingen") >= 1
    # Glued to other letters it is another word, not this name.
    assert vault.personal_texts.hits(f"xq{''.join(parts)}qx") == 0
