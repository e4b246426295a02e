"""No input crashes the core, on either store: any text, any date, any number.

Every validator and every store call that takes user input either accepts it or raises
`ValidationError`; nothing else escapes, and when it is raised nothing was written (row counts
and the audit log stay as they were).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date, time
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.entries import KindCheck, StepSkip
from app.domain.enums import DependantSafety, Step
from app.domain.models import CaseDraft, ContactDraft, PersonDraft, SignalDraft
from app.domain.validation import (
    validate_case,
    validate_correction_reason,
    validate_person,
    validate_signal,
)
from app.errors import ValidationError
from app.vault.vault import Vault
from tests.stores.conftest import Backend

# Any text: every code point including lone surrogates, NUL, control characters, right-to-left
# marks, and the characters that SQL, JSON and FTS treat specially.
SPECIAL = st.sampled_from(["\x00", "'", '"', "%", "_", "\\", "*", "\u202e", "\ufeff", "\U0001f600"])
SURROGATES = st.integers(0xD800, 0xDFFF).map(chr)
CHARS = st.one_of(st.characters(), SURROGATES, SPECIAL)
TEXT = st.one_of(
    st.text(CHARS, max_size=40), st.text(CHARS, min_size=1, max_size=3).map(lambda t: t * 7000)
)
DATES = st.one_of(st.none(), st.dates(min_value=date.min, max_value=date.max))
TIMES = st.one_of(st.none(), st.times())
NUMBERS = st.integers(min_value=-(2**70), max_value=2**70)
ROLES = st.one_of(TEXT, st.sampled_from(["child", "parent", "client", "own_observation"]))

TABLES = (
    "cases",
    "persons",
    "signals",
    "signal_versions",
    "case_entries",
    "case_entry_versions",
    "contacts",
    "audit_log",
)
FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def counts(vault: Vault) -> dict[str, int]:
    return {t: int(vault.db.scalar(f"SELECT count(*) FROM {t}")) for t in TABLES}


def accepted_or_refused(vault: Vault, call: Callable[[], Any]) -> None:
    """The call succeeds, or raises ValidationError and leaves every table as it was."""
    before = counts(vault)
    try:
        call()
    except ValidationError as exc:
        assert exc.field_errors, "a ValidationError names its fields"
        assert counts(vault) == before
        assert not vault.db.in_transaction


@FUZZ
@given(title=TEXT)
def test_any_case_title(backend: Backend, title: str) -> None:
    vault = backend.store
    accepted_or_refused(vault, lambda: vault.cases.create(CaseDraft(title)))


@FUZZ
@given(role=ROLES, name=TEXT, born=DATES, bsn=TEXT, address=TEXT, school=TEXT)
def test_any_person(
    backend: Backend, role: str, name: str, born: date | None, bsn: str, address: str, school: str
) -> None:
    vault = backend.store
    case_id = case_of(vault)
    draft = PersonDraft(role, name, born, bsn, address, school)
    accepted_or_refused(vault, lambda: vault.persons.add(case_id, draft))


@FUZZ
@given(on=DATES, at=TIMES, by=TEXT, source=ROLES, form=ROLES, facts=TEXT, meaning=TEXT, reason=TEXT)
def test_any_signal_and_correction(
    backend: Backend,
    on: date | None,
    at: time | None,
    by: str,
    source: str,
    form: str,
    facts: str,
    meaning: str,
    reason: str,
) -> None:
    vault = backend.store
    case_id = case_of(vault)
    draft = SignalDraft(on, at, by, source, form, facts, meaning)
    accepted_or_refused(vault, lambda: vault.signals.add(case_id, draft))
    signal_id = (
        vault.db.scalar("SELECT min(id) FROM signals")
        or vault.signals.add(
            case_id,
            SignalDraft(date(2026, 1, 2), None, "Anna", "own_observation", "neglect", "Feit"),
        ).id
    )
    accepted_or_refused(vault, lambda: vault.signals.correct(int(signal_id), draft, reason))
    # What was accepted is kept exactly (after trimming the ends).
    for kept in vault.signals.for_case(case_id):
        assert kept.current.facts == kept.current.facts.strip()


@FUZZ
@given(role=ROLES, name=TEXT, organisation=TEXT, phone=TEXT, email=TEXT, notes=TEXT)
def test_any_contact(
    backend: Backend, role: str, name: str, organisation: str, phone: str, email: str, notes: str
) -> None:
    vault = backend.store
    draft = ContactDraft(role, name, organisation, phone, email, notes)
    accepted_or_refused(vault, lambda: vault.contacts.add(draft))


@FUZZ
@given(
    on=DATES,
    children=NUMBERS,
    ages=st.lists(NUMBERS, max_size=4),
    adults=NUMBERS,
    pregnant=st.booleans(),
    safety=st.sampled_from([None, *DependantSafety]),
    notes=TEXT,
)
def test_any_kindcheck(
    backend: Backend,
    on: date | None,
    children: int,
    ages: list[int],
    adults: int,
    pregnant: bool,
    safety: DependantSafety | None,
    notes: str,
) -> None:
    vault = backend.store
    case_id = case_of(vault)
    value = KindCheck(on, children, tuple(ages), pregnant, adults, safety, notes)
    accepted_or_refused(vault, lambda: vault.entries.add(case_id, value))


@FUZZ
@given(step=st.one_of(NUMBERS, st.sampled_from(list(Step))), reason=TEXT)
def test_any_skipped_step(backend: Backend, step: int, reason: str) -> None:
    vault = backend.store
    case_id = case_of(vault)
    accepted_or_refused(vault, lambda: vault.entries.add(case_id, skip(step, reason)))


def skip(step: int, reason: str) -> StepSkip:
    # A step number that is no Step at all comes in as it would from a damaged draft.
    return StepSkip(step, reason)  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None)
@given(text=TEXT, on=DATES, at=TIMES, role=ROLES)
def test_validators_raise_only_validation_errors(
    text: str, on: date | None, at: time | None, role: str
) -> None:
    for call in (
        lambda: validate_case(CaseDraft(text)),
        lambda: validate_person(PersonDraft(role, text, on, text)),
        lambda: validate_signal(SignalDraft(on, at, text, role, role, text, text)),
        lambda: validate_correction_reason(text),
    ):
        with contextlib.suppress(ValidationError):
            call()


@FUZZ
@given(values=st.dictionaries(TEXT, st.one_of(TEXT, NUMBERS, DATES.map(str)), max_size=4))
def test_any_draft_is_kept_exactly(backend: Backend, values: dict[str, object]) -> None:
    vault = backend.store
    saved: list[object] = []
    accepted_or_refused(vault, lambda: saved.append(vault.drafts.save(None, "fuzz", values)))
    if saved:
        kept = vault.drafts.load(None, "fuzz")
        assert kept is not None and dict(kept.payload) == {
            as_typed(k): as_typed(v) for k, v in values.items()
        }


def as_typed(value: object) -> object:
    """Text as the window hands it over (UTF-16): two halves of a pair are one character."""
    if not isinstance(value, str):
        return value
    return value.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")


def test_a_lone_surrogate_is_refused_at_its_field(backend: Backend) -> None:
    vault = backend.store
    case_id = case_of(vault)
    before = counts(vault)
    with pytest.raises(ValidationError) as raised:
        vault.signals.add(
            case_id,
            SignalDraft(date(2026, 1, 2), None, "Anna", "own_observation", "neglect", "Zei \udc80"),
        )
    assert list(raised.value.field_errors) == ["facts"]
    assert "beschadigd teken" in raised.value.field_errors["facts"].format()
    assert counts(vault) == before


def case_of(vault: Vault) -> int:
    existing = vault.db.scalar("SELECT min(id) FROM cases")
    return int(existing) if existing else vault.cases.create(CaseDraft("Gezin A")).id
