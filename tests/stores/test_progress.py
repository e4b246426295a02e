"""Where a case stands in the steps, through both stores."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from datetime import UTC, datetime, timedelta

from app.domain.enums import CasePhase, PersonRole, Step
from app.domain.models import PersonDraft
from app.timeutil import clock_at
from tests.entry_values import (
    case_with_signal,
    consultation,
    conversation,
    decision,
    kindcheck,
    signal,
    skip,
    walked,
)
from tests.stores.conftest import Backend
from tests.test_progress import CUR, DONE, OPEN, SKIP, statuses


def moment(days: int) -> datetime:
    return datetime(2024, 5, 1, 10, 0, tzinfo=UTC) + timedelta(days=days)


def test_walking_the_steps_in_the_store(backend: Backend) -> None:
    vault = backend.store
    with clock_at(moment(0)):
        case_id = case_with_signal(vault, adult_client=True)
    assert vault.steps.progress(case_id).current_step is Step.SIGNALS
    with clock_at(moment(1)):
        vault.entries.add(case_id, kindcheck())
    with clock_at(moment(2)):
        vault.entries.add(case_id, consultation())
    with clock_at(moment(3)):
        talk = vault.entries.add(case_id, conversation())
    progress = vault.steps.progress(case_id)
    assert statuses(progress) == [DONE, DONE, DONE, CUR, OPEN]
    assert progress.current_since == moment(3)
    with clock_at(moment(4)):
        vault.assessments.record(case_id, walked())
    progress = vault.steps.progress(case_id)
    assert statuses(progress) == [DONE, DONE, DONE, DONE, CUR]
    assert progress.current_since == moment(4)
    with clock_at(moment(5)):
        vault.entries.withdraw(talk.id, "Bij de verkeerde casus vastgelegd")
    assert vault.steps.progress(case_id).current_step is Step.CONVERSATION
    with clock_at(moment(6)):
        vault.entries.add(case_id, decision())
    assert vault.steps.progress(case_id).phase is CasePhase.FOLLOW_UP
    with clock_at(moment(9)):
        vault.signals.add(case_id, signal("Nieuwe blauwe plek.", moment(9).date()))
    again = vault.steps.progress(case_id)
    assert again.round == 2 and again.current_step is Step.SIGNALS and again.radar


def test_the_weighing_hook_of_the_afwegingskader_module(backend: Backend) -> None:
    vault = backend.store
    with clock_at(moment(0)):
        case_id = case_with_signal(vault)
        vault.entries.add(case_id, skip(Step.CONSULTATION))
        vault.entries.add(case_id, conversation())

    class Weighings:
        def __init__(self) -> None:
            self.done: dict[int, list[datetime]] = {}

        def completed_weighings(
            self, case_ids: Collection[int] | None
        ) -> Mapping[int, Sequence[datetime]]:
            return {c: m for c, m in self.done.items() if case_ids is None or c in case_ids}

    weighings = Weighings()
    vault.steps.weighing_source = weighings
    assert vault.steps.progress(case_id).current_step is Step.WEIGHING
    weighings.done[case_id] = [moment(1)]
    progress = vault.steps.progress(case_id)
    assert statuses(progress) == [DONE, SKIP, DONE, DONE, CUR]


def test_the_kindcheck_is_asked_once_an_adult_client_is_involved(backend: Backend) -> None:
    vault = backend.store
    case_id = case_with_signal(vault)
    assert vault.steps.progress(case_id).current_step is Step.CONSULTATION
    vault.persons.add(case_id, PersonDraft(PersonRole.CLIENT, "Mira Jansen"))
    progress = vault.steps.progress(case_id)
    assert progress.kindcheck_required and progress.current_step is Step.SIGNALS


def test_timeline_shows_each_entry_with_its_step_and_round(backend: Backend) -> None:
    vault = backend.store
    with clock_at(moment(0)):
        case_id = case_with_signal(vault)
    with clock_at(moment(0) + timedelta(hours=1)):
        vault.entries.add(case_id, decision(report_to_vt=False))
    with clock_at(moment(3)):
        vault.signals.add(case_id, signal("Later signaal", moment(3).date()))
    items = vault.steps.timeline(case_id)
    # Newest first: the planned checks (12 and 3 months ahead), the later signal, then the
    # decision and the first signal of the same day in the order they were recorded.
    assert [(i.step, i.round, i.signal is not None) for i in items] == [
        (None, 1, False),
        (None, 1, False),
        (Step.SIGNALS, 2, True),
        (Step.DECISION, 1, False),
        (Step.SIGNALS, 1, True),
    ]
