"""Where each case stands is kept on write (schema 5) and always equals what the rules derive."""

from datetime import datetime, time, timedelta

import pytest

from app.domain.entries import FollowUp
from app.domain.enums import CasePhase, CaseStatus, FollowUpCheck, Step
from app.domain.models import CaseDraft
from app.store.search import CaseQuery
from app.timeutil import clock_at, today
from app.vault.vault import Vault
from tests.entry_values import case_with_signal, consultation, decision, signal

TODAY = today()


def kept(vault: Vault, case_id: int) -> tuple[str, str | None]:
    row = vault.db.one("SELECT phase, current_step FROM case_state WHERE case_id = ?", (case_id,))
    assert row is not None
    return str(row[0]), row[1]


def test_each_write_keeps_the_case_state_in_the_same_transaction(vault: Vault) -> None:
    case_id = vault.cases.create(CaseDraft("Gezin Nieuw")).id
    assert kept(vault, case_id) == (CasePhase.STEPS.value, Step.SIGNALS.value)
    other = case_with_signal(vault, "Gezin Ander")
    assert kept(vault, other) == (CasePhase.STEPS.value, Step.CONSULTATION.value)
    vault.entries.add(other, consultation())
    assert kept(vault, other) == (CasePhase.STEPS.value, Step.CONVERSATION.value)
    assert vault.db.scalar("SELECT count(*) FROM case_state_stale") == 0
    assert vault.steps.derived_problems() == []


def test_a_rolled_back_write_leaves_the_kept_state_as_it_was(vault: Vault) -> None:
    case_id = case_with_signal(vault, "Gezin Terug")
    with pytest.raises(RuntimeError), vault.db.transaction():
        vault.entries.add(case_id, consultation())
        raise RuntimeError("stop")
    assert kept(vault, case_id) == (CasePhase.STEPS.value, Step.CONSULTATION.value)
    assert vault.steps.derived_problems() == []


def test_the_step_filter_and_vandaag_read_the_kept_state(vault: Vault) -> None:
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


def test_vandaag_gives_each_section_its_count_and_its_first_rows(vault: Vault) -> None:
    with clock_at(datetime.combine(TODAY - timedelta(days=30), time(11)).astimezone()):
        cases = [case_with_signal(vault, f"Gezin {n}") for n in range(5)]
    overview = vault.today.overview(stuck_after_days=14, first=2)
    assert [s.case_id for s in overview.stuck_cases] == cases[:2]
    assert overview.count("stuck_cases") == 5 and not overview.beyond_cap("stuck_cases")
    assert overview.has_more("stuck_cases") and not overview.has_more("radar")
    assert overview.count("checks_overdue") == 0 and overview.count("report_again") == 0


def test_a_count_of_vandaag_stops_at_its_cap_and_says_so(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    with clock_at(datetime.combine(TODAY - timedelta(days=30), time(11)).astimezone()):
        cases = [case_with_signal(vault, f"Gezin {n}") for n in range(5)]
    monkeypatch.setattr("app.store.today.COUNT_CAP", 3)
    overview = vault.today.overview(stuck_after_days=14)
    assert [s.case_id for s in overview.stuck_cases] == cases  # the rows are not capped
    assert overview.count("stuck_cases") == 4 and overview.beyond_cap("stuck_cases")
    overview = vault.today.overview(stuck_after_days=14, first=2)  # counted in the vault
    assert overview.count("stuck_cases") == 4 and overview.beyond_cap("stuck_cases")
    monkeypatch.setattr("app.store.today.COUNT_CAP", 5)
    for first in (2, 5):
        overview = vault.today.overview(stuck_after_days=14, first=first)
        assert overview.count("stuck_cases") == 5 and not overview.beyond_cap("stuck_cases")


def test_each_kind_is_counted_wherever_a_section_is_cut(vault: Vault) -> None:
    case_id = vault.cases.create(CaseDraft("Gezin Controle")).id
    for days in (3, 2, 1, 0, 0):  # three checks overdue, two due today
        check = FollowUp(FollowUpCheck.OTHER, TODAY - timedelta(days=days), description="Bellen")
        vault.entries.add(case_id, check)
    for first in range(1, 7):
        overview = vault.today.overview(stuck_after_days=14, first=first)
        assert (overview.count("checks_overdue"), overview.count("checks_today")) == (3, 2)
        assert len(overview.due_checks) == min(first, 5)
        assert overview.has_more("due_checks") == (first < 5)


def test_verify_reports_a_kept_state_that_differs_from_the_rules(vault: Vault) -> None:
    case_id = case_with_signal(vault, "Gezin Fout")
    assert vault.verify().sound
    vault.db.execute(
        "UPDATE case_state SET current_step = ? WHERE case_id = ?", (Step.DECISION.value, case_id)
    )
    report = vault.verify()
    assert not report.sound
    assert report.derived_problems == [f"case_state: case {case_id} differs"]


def test_cases_noted_stale_are_brought_in_step_at_the_next_open(vault: Vault) -> None:
    case_id = case_with_signal(vault, "Gezin Later")
    vault.db.execute("DELETE FROM case_state")
    vault.db.execute("INSERT INTO case_state_stale (case_id) SELECT id FROM cases")
    Vault(vault.location, vault._key_file, vault.db, vault._key(), vault.user)
    assert kept(vault, case_id) == (CasePhase.STEPS.value, Step.CONSULTATION.value)


def test_a_rebuild_of_most_cases_at_once_gives_the_same_state(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
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


def test_the_case_list_shows_the_kept_stand_of_each_case(vault: Vault) -> None:
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
    vault: Vault,
) -> None:
    case_id = case_with_signal(vault, "Gezin Zonder")
    # As if its rows could not be derived when written (verify reports it): no kept row.
    vault.db.execute("DELETE FROM case_state WHERE case_id = ?", (case_id,))
    for query in (CaseQuery(), CaseQuery("zonder")):
        (hit,) = vault.search.find(query)
        assert hit.case_id == case_id and hit.progress.current_step is Step.CONSULTATION
    # The step filter reads the kept state alone (the gap is for verify to report).
    assert vault.search.find(CaseQuery(step=Step.CONSULTATION)) == []


def written_rows(vault: Vault) -> list[tuple[str, str, int]]:
    return [tuple(r) for r in vault.db.execute("SELECT * FROM temp.derived_writes")]


def test_a_write_that_leaves_the_case_where_it_stood_rewrites_none_of_its_derived_rows(
    vault: Vault,
) -> None:
    # Each rewritten row dirties pages of the table and its indexes, and on the encrypted
    # vault every dirty page is encrypted and MACed at commit: unchanged rows stay put.
    with clock_at(datetime.combine(TODAY - timedelta(days=30), time(11)).astimezone()):
        case_id = case_with_signal(vault, "Gezin Rustig")
        decided = case_with_signal(vault, "Gezin Besloten")
        vault.entries.add(decided, decision())
    assert vault.db.scalar("SELECT count(*) FROM case_agenda WHERE case_id = ?", (decided,)) > 0
    vault.db.executescript(
        "CREATE TEMP TABLE derived_writes (tbl TEXT, what TEXT, key INTEGER);"
        "CREATE TEMP TRIGGER state_in AFTER INSERT ON main.case_state BEGIN"
        " INSERT INTO derived_writes VALUES ('case_state', 'insert', NEW.case_id); END;"
        "CREATE TEMP TRIGGER state_out AFTER DELETE ON main.case_state BEGIN"
        " INSERT INTO derived_writes VALUES ('case_state', 'delete', OLD.case_id); END;"
        "CREATE TEMP TRIGGER agenda_in AFTER INSERT ON main.case_agenda BEGIN"
        " INSERT INTO derived_writes VALUES ('case_agenda', 'insert', NEW.entry_id); END;"
        "CREATE TEMP TRIGGER agenda_out AFTER DELETE ON main.case_agenda BEGIN"
        " INSERT INTO derived_writes VALUES ('case_agenda', 'delete', OLD.entry_id); END;"
    )
    vault.signals.add(case_id, signal("Nog een blauwe plek."))
    assert written_rows(vault) == []
    # The melding's feedback stays on the agenda; only the new round changes the state.
    vault.signals.add(decided, signal("Kind vertelt over ruzie thuis."))
    assert written_rows(vault) == [
        ("case_state", "delete", decided),
        ("case_state", "insert", decided),
    ]
    vault.db.execute("DELETE FROM temp.derived_writes")
    vault.entries.add(case_id, consultation())
    assert written_rows(vault) == [
        ("case_state", "delete", case_id),
        ("case_state", "insert", case_id),
    ]
    assert vault.steps.derived_problems() == []
