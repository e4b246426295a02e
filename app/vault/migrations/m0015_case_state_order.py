"""Schema 15: the step and phase filters read their page from one index, in the list's order.

A page of the step filter took the latest activity first and looked up each case's stand until
50 matched; where the cases of a step are not among the latest changed (they wait, while others
move on), that walked most open cases. `case_state` now keeps each case's last change beside its
stand (`updated_at`, the same value as `cases.updated_at`, kept so by triggers: a case's change
is copied, and a stand written anew takes its case's), and two indexes give a step's or a
phase's cases newest first. `verify` checks that the copies agree.
"""

from app.vault.migrations.base import sql_migration

MIGRATION = sql_migration(
    15,
    "de stap- en fasefilters lezen hun pagina uit één index",
    """
ALTER TABLE case_state ADD COLUMN updated_at TEXT;
UPDATE case_state SET updated_at =
    (SELECT c.updated_at FROM cases c WHERE c.id = case_state.case_id);
CREATE INDEX case_state_step_newest ON case_state(current_step, updated_at, case_id);
CREATE INDEX case_state_phase_newest ON case_state(phase, updated_at, case_id);
DROP INDEX case_state_by_step;

CREATE TRIGGER case_state_takes_case_change AFTER INSERT ON case_state
BEGIN
    UPDATE case_state SET updated_at = (SELECT c.updated_at FROM cases c WHERE c.id = NEW.case_id)
    WHERE case_id = NEW.case_id;
END;

CREATE TRIGGER case_change_to_state AFTER UPDATE OF updated_at ON cases
BEGIN
    UPDATE case_state SET updated_at = NEW.updated_at WHERE case_id = NEW.id;
END;
""",
)
