"""The vault's own side of the kept case state: `verify` reports a kept state that differs
from the rules, and a write rewrites no derived row it leaves as it was (watched with SQLite's
temporary triggers). The kept state on both stores: tests/stores/test_case_state.py."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from app.domain.enums import Step
from app.timeutil import clock_at, today
from app.vault.vault import Vault
from tests.entry_values import case_with_signal, consultation, decision, signal

TODAY = today()


def test_verify_reports_a_kept_state_that_differs_from_the_rules(vault: Vault) -> None:
    case_id = case_with_signal(vault, "Gezin Fout")
    assert vault.verify().sound
    vault.db.execute(
        "UPDATE case_state SET current_step = ? WHERE case_id = ?", (Step.DECISION.value, case_id)
    )
    report = vault.verify()
    assert not report.sound
    assert report.derived_problems == [f"case_state: case {case_id} differs"]


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
