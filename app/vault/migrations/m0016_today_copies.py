"""Schema 16: Vandaag reads each section from one index, without a page per case.

A section of Vandaag (checks due, stuck cases, the VT radar, meldingen awaiting feedback) read
its rows in the order of a kept table's index, then each row's case for its title and for who
may see it. At 100,000 cases those cases lie far apart, so the first Vandaag after unlocking
read, decrypted and checked a page for almost every row. The kept tables now hold a copy of
their case's title and of who opened it (the program writes it with each row; triggers follow
a rename), and each section's index holds every column the section reads, so a section is a
few neighbouring index pages. `verify` checks that the copies agree with the cases.

That a row is an open case's needs no look at the cases table: `case_agenda` holds open cases
only, and in `case_state` phase 'steps' and an alert are an open case's (schema 8).
"""

from app.vault.migrations.base import sql_migration

MIGRATION = sql_migration(
    16,
    "Vandaag leest elke sectie uit één index, met de titel van de casus erbij",
    """
ALTER TABLE case_state ADD COLUMN title TEXT;
ALTER TABLE case_state ADD COLUMN opened_by INTEGER;
ALTER TABLE case_agenda ADD COLUMN title TEXT;
ALTER TABLE case_agenda ADD COLUMN opened_by INTEGER;
UPDATE case_state SET (title, opened_by) =
    (SELECT c.title, c.opened_by FROM cases c WHERE c.id = case_state.case_id);
UPDATE case_agenda SET (title, opened_by) =
    (SELECT c.title, c.opened_by FROM cases c WHERE c.id = case_agenda.case_id);

DROP INDEX case_state_by_since;
CREATE INDEX case_state_by_since ON case_state
    (phase, current_since, case_id, current_step, alert, opened_by, title);
DROP INDEX case_state_by_alert;
CREATE INDEX case_state_by_alert ON case_state
    (alert, case_id, phase, current_step, current_since, opened_by, title)
    WHERE alert IS NOT NULL;
DROP INDEX case_agenda_by_day;
CREATE INDEX case_agenda_by_day ON case_agenda
    (kind, on_day, entry_id, case_id, check_kind, opened_by, title, description);

-- The program now writes a new row with its case's last change, title and opener.
DROP TRIGGER case_state_takes_case_change;

CREATE TRIGGER case_shown_to_kept AFTER UPDATE OF title, opened_by ON cases
WHEN NEW.title IS NOT OLD.title OR NEW.opened_by IS NOT OLD.opened_by
BEGIN
    UPDATE case_state SET title = NEW.title, opened_by = NEW.opened_by WHERE case_id = NEW.id;
    UPDATE case_agenda SET title = NEW.title, opened_by = NEW.opened_by WHERE case_id = NEW.id;
END;
""",
)
