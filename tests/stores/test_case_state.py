"""Where each case stands is kept on write, on both stores, and always equals what the rules
derive."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest

from app.domain.entries import FollowUp
from app.domain.enums import CasePhase, CaseStatus, FollowUpCheck, Step
from app.domain.models import CaseDraft
from app.store.search import CaseQuery
from app.timeutil import clock_at, today
from app.vault.vault import Vault
from tests.entry_values import case_with_signal, consultation, decision, signal
from tests.stores.conftest import Backend

TODAY = today()


def kept(vault: Vault, case_id: int) -> tuple[str, str | None]:
    row = vault.db.one("SELECT phase, current_step FROM case_state WHERE case_id = ?", (case_id,))
    assert row is not None
    return str(row[0]), row[1]


def test_each_write_keeps_the_case_state_in_the_same_transaction(backend: Backend) -> None:
    vault = backend.store
    case_id = vault.cases.create(CaseDraft("Gezin Nieuw")).id
    assert kept(vault, case_id) == (CasePhase.STEPS.value, Step.SIGNALS.value)
    other = case_with_signal(vault, "Gezin Ander")
    assert kept(vault, other) == (CasePhase.STEPS.value, Step.CONSULTATION.value)
    vault.entries.add(other, consultation())
    assert kept(vault, other) == (CasePhase.STEPS.value, Step.CONVERSATION.value)
    assert vault.db.scalar("SELECT count(*) FROM case_state_stale") == 0
    assert vault.steps.derived_problems() == []


def test_a_rolled_back_write_leaves_the_kept_state_as_it_was(backend: Backend) -> None:
    vault = backend.store
    case_id = case_with_signal(vault, "Gezin Terug")
    with pytest.raises(RuntimeError), vault.db.transaction():
        vault.entries.add(case_id, consultation())
        raise RuntimeError("stop")
    assert kept(vault, case_id) == (CasePhase.STEPS.value, Step.CONSULTATION.value)
    assert vault.steps.derived_problems() == []


def test_the_step_filter_and_vandaag_read_the_kept_state(backend: Backend) -> None:
    vault = backend.store
    with clock_at(datetime.combine(TODAY - timedelta(days=30), time(11)).astimezone()):
        waiting = case_with_signal(vault, "Gezin Wacht")
        decided = case_with_signal(vault, "Gezin Besloten")
        vault.entries.add(decided, decision())
    found = vault.search.find(CaseQuery(status=CaseStatus.OPEN, step=Step.CONSULTATION))
    assert [h.case_id for h in found] == [waiting]
    assert [h.case_id for h in vault.search.find(CaseQuery(phase=CasePhase.FOLLOW_UP))] == [decided]
    overview = vault.today.overview(stuck_after_days=14)
    assert [s.case_id for s in overview.stuck_cases] == [waiting]
    assert overview.count("stuck_cases") == 1
    assert [a.case_id for a in overview.awaiting_feedback] == [decided]


def test_vandaag_gives_each_section_its_count_and_its_first_rows(backend: Backend) -> None:
    vault = backend.store
    with clock_at(datetime.combine(TODAY - timedelta(days=30), time(11)).astimezone()):
        cases = [case_with_signal(vault, f"Gezin {n}") for n in range(5)]
    overview = vault.today.overview(stuck_after_days=14, first=2)
    assert [s.case_id for s in overview.stuck_cases] == cases[:2]
    assert overview.count("stuck_cases") == 5 and not overview.beyond_cap("stuck_cases")
    assert overview.has_more("stuck_cases") and not overview.has_more("radar")
    assert overview.count("checks_overdue") == 0 and overview.count("report_again") == 0


def test_a_count_of_vandaag_stops_at_its_cap_and_says_so(
    backend: Backend, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault = backend.store
    with clock_at(datetime.combine(TODAY - timedelta(days=30), time(11)).astimezone()):
        cases = [case_with_signal(vault, f"Gezin {n}") for n in range(5)]
    monkeypatch.setattr("app.store.today.COUNT_CAP", 3)
    overview = vault.today.overview(stuck_after_days=14)
    assert [s.case_id for s in overview.stuck_cases] == cases  # the rows are not capped
    assert overview.count("stuck_cases") == 4 and overview.beyond_cap("stuck_cases")
    overview = vault.today.overview(stuck_after_days=14, first=2)  # counted in the store
    assert overview.count("stuck_cases") == 4 and overview.beyond_cap("stuck_cases")
    monkeypatch.setattr("app.store.today.COUNT_CAP", 5)
    for first in (2, 5):
        overview = vault.today.overview(stuck_after_days=14, first=first)
        assert overview.count("stuck_cases") == 5 and not overview.beyond_cap("stuck_cases")


def test_each_kind_is_counted_wherever_a_section_is_cut(backend: Backend) -> None:
    vault = backend.store
    case_id = vault.cases.create(CaseDraft("Gezin Controle")).id
    for days in (3, 2, 1, 0, 0):  # three checks overdue, two due today
        check = FollowUp(FollowUpCheck.OTHER, TODAY - timedelta(days=days), description="Bellen")
        vault.entries.add(case_id, check)
    for first in range(1, 7):
        overview = vault.today.overview(stuck_after_days=14, first=first)
        assert (overview.count("checks_overdue"), overview.count("checks_today")) == (3, 2)
        assert len(overview.due_checks) == min(first, 5)
        assert overview.has_more("due_checks") == (first < 5)


def test_cases_noted_stale_are_brought_in_step_at_the_next_open(backend: Backend) -> None:
    vault = backend.store
    case_id = case_with_signal(vault, "Gezin Later")
    vault.db.execute("DELETE FROM case_state")
    vault.db.execute("INSERT INTO case_state_stale (case_id) SELECT id FROM cases")
    vault = backend.act_as(vault.user.id)
    assert kept(vault, case_id) == (CasePhase.STEPS.value, Step.CONSULTATION.value)


def test_a_rebuild_of_most_cases_at_once_gives_the_same_state(
    backend: Backend, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault = backend.store
    for n in range(6):
        case_with_signal(vault, f"Gezin {n}")
    before = vault.db.execute("SELECT * FROM case_state ORDER BY case_id")
    monkeypatch.setattr("app.store.progress.REFRESH_CHUNK", 2)
    with vault.db.transaction():
        vault.db.execute("DELETE FROM case_state")
        vault.db.execute("INSERT INTO case_state_stale (case_id) SELECT id FROM cases")
    after = vault.db.execute("SELECT * FROM case_state ORDER BY case_id")
    assert [tuple(r) for r in after] == [tuple(r) for r in before]
    assert vault.steps.derived_problems() == []


def test_the_case_list_shows_the_kept_stand_of_each_case(backend: Backend) -> None:
    vault = backend.store
    with clock_at(datetime.combine(TODAY - timedelta(days=30), time(11)).astimezone()):
        waiting = case_with_signal(vault, "Gezin Wacht")
        radar = case_with_signal(vault, "Gezin Radar")
        vault.entries.add(radar, decision())
    vault.signals.add(radar, signal("Weer een blauwe plek."))
    shown = {hit.case_id: hit.progress for hit in vault.search.find(CaseQuery())}
    for case_id in (waiting, radar):
        derived = vault.steps.progress(case_id)
        stand = shown[case_id]
        assert (stand.phase, stand.current_step, stand.current_since) == (
            derived.phase,
            derived.current_step,
            derived.current_since,
        )
        assert (stand.radar, stand.help_not_safe) == (derived.radar, derived.help_not_safe)
    assert shown[radar].radar and shown[waiting].current_step is Step.CONSULTATION


def test_a_case_whose_state_is_not_kept_is_still_listed_with_its_derived_stand(
    backend: Backend,
) -> None:
    vault = backend.store
    case_id = case_with_signal(vault, "Gezin Zonder")
    # As if its rows could not be derived when written (verify reports it): no kept row.
    vault.db.execute("DELETE FROM case_state WHERE case_id = ?", (case_id,))
    for query in (CaseQuery(), CaseQuery("zonder")):
        (hit,) = vault.search.find(query)
        assert hit.case_id == case_id and hit.progress.current_step is Step.CONSULTATION
    # The step filter reads the kept state alone (the gap is for verify to report).
    assert vault.search.find(CaseQuery(step=Step.CONSULTATION)) == []


def last_changes(vault: Vault) -> list[tuple[int, object, object]]:
    return [
        (int(r[0]), r[1], r[2])
        for r in vault.db.execute(
            "SELECT c.id, c.updated_at, s.updated_at FROM cases c"
            " JOIN case_state s ON s.case_id = c.id ORDER BY c.id"
        )
    ]


def test_each_stand_keeps_its_cases_last_change_and_verify_checks_it(backend: Backend) -> None:
    vault = backend.store
    quiet = vault.cases.create(CaseDraft("Gezin Stil")).id
    busy = case_with_signal(vault, "Gezin Druk")
    vault.entries.add(busy, consultation())  # a new stand, written anew
    vault.signals.add(busy, signal("Nog een signaal."))  # the case changes, its stand does not
    vault.cases.rename(quiet, CaseDraft("Gezin Stil B"))
    rows = last_changes(vault)
    assert [case_id for case_id, _, _ in rows] == [quiet, busy]
    assert all(case == stand for _, case, stand in rows), rows
    assert vault.steps.derived_problems() == []

    older = vault.db.scalar("SELECT updated_at FROM cases WHERE id = ?", (quiet,))
    backend.tamper("UPDATE case_state SET updated_at = ? WHERE case_id = ?", (older, busy))
    assert vault.steps.derived_problems() == [
        f"case_state: case {busy} has another updated_at than its case"
    ]


def test_kept_rows_copy_their_cases_title_and_opener_and_verify_checks_them(
    backend: Backend,
) -> None:
    vault = backend.store
    case_id = vault.cases.create(CaseDraft("Gezin Kopie")).id
    vault.entries.add(case_id, FollowUp(FollowUpCheck.OTHER, TODAY, description="Bellen"))
    vault.cases.rename(case_id, CaseDraft("Gezin Kopie, hernoemd"))
    overview = vault.today.overview(stuck_after_days=0, day=TODAY + timedelta(days=1))
    (check,) = overview.due_checks
    (stuck,) = overview.stuck_cases
    assert check.case_title == stuck.case_title == "Gezin Kopie, hernoemd"
    # The case copies its stand for the list, as it is written anew.
    other = case_with_signal(vault, "Gezin Stand")
    vault.entries.add(other, consultation())
    for copied in (case_id, other):
        row = vault.db.one("SELECT phase, current_step FROM cases WHERE id = ?", (copied,))
        assert row is not None and (row[0], row[1]) == kept(vault, copied)
    assert vault.steps.derived_problems() == []

    opener = vault.db.scalar("SELECT opened_by FROM cases WHERE id = ?", (case_id,))
    backend.tamper("UPDATE case_agenda SET opened_by = ? WHERE case_id = ?", (opener + 1, case_id))
    backend.tamper("UPDATE case_state SET title = NULL WHERE case_id = ?", (case_id,))
    backend.tamper("UPDATE cases SET current_step = 'report' WHERE id = ?", (other,))
    assert vault.steps.derived_problems() == [
        f"case_state: case {case_id} has another title than its case",
        f"case_agenda: case {case_id} has another opened_by than its case",
        f"cases: case {other} has another current_step than its stand",
    ]


def test_a_step_filter_pages_in_the_lists_order_when_its_cases_changed_least_recently(
    backend: Backend,
) -> None:
    vault = backend.store
    waiting = [case_with_signal(vault, f"Gezin Wacht{n}") for n in range(5)]
    moving = [case_with_signal(vault, f"Gezin Verder{n}") for n in range(6)]
    for case_id in moving:  # the latest changed cases, all past step 2 now
        vault.entries.add(case_id, consultation())
    step_two = CaseQuery(status=CaseStatus.OPEN, step=Step.CONSULTATION, limit=2)
    shown: list[int] = []
    while page := [h.case_id for h in vault.search.find(step_two, shown)]:
        shown += page
    assert shown == waiting[::-1]
    vault.signals.add(waiting[0], signal("Weer een signaal."))
    assert [h.case_id for h in vault.search.find(step_two)] == [waiting[0], waiting[4]]
