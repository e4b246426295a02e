"""Schema 16: Vandaag and the case list read from one index each, without a page per case.

A section of Vandaag (checks due, stuck cases, the VT radar, meldingen awaiting feedback) read
its rows in the order of a kept table's index, then each row's case for its title and for who
may see it. At 100,000 cases those cases lie far apart, so the first Vandaag after unlocking
read, decrypted and checked a page for almost every row. The kept tables now hold a copy of
their case's title and of who opened it (the program writes it with each row; triggers follow
a rename), and each section's index holds every column the section reads, so a section is a
few neighbouring index pages. `verify` checks that the copies agree with the cases.

That a row is an open case's needs no look at the cases table: `case_agenda` holds open cases
only, and in `case_state` phase 'steps' and an alert are an open case's (schema 8).

The case list's first page (without words or filters) read its cases from one index (schema
10) and then each case's stand from `case_state`: the latest changed cases lie anywhere, so
again a page per case. Each case now holds a copy of its stand (phase, step, since when, alert),
kept by triggers whenever a stand is written, changed or removed, and the list's index holds
it. A case without a kept stand has none copied, and the list derives it as before.
"""

from app.vault.migrations.base import sql_migration

MIGRATION = sql_migration(
    16,
    "Vandaag en de casuslijst lezen uit één index, zonder een pagina per casus",
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

ALTER TABLE cases ADD COLUMN phase TEXT;
ALTER TABLE cases ADD COLUMN current_step TEXT;
ALTER TABLE cases ADD COLUMN current_since TEXT;
ALTER TABLE cases ADD COLUMN alert TEXT;
UPDATE cases SET (phase, current_step, current_since, alert) =
    (SELECT s.phase, s.current_step, s.current_since, s.alert FROM case_state s
     WHERE s.case_id = cases.id);
DROP INDEX cases_listed;
CREATE INDEX cases_listed ON cases (updated_at, id, status, opened_by, opened_at, title,
    phase, current_step, current_since, alert);

CREATE TRIGGER case_stand_written AFTER INSERT ON case_state
BEGIN
    UPDATE cases SET (phase, current_step, current_since, alert) =
        (NEW.phase, NEW.current_step, NEW.current_since, NEW.alert)
    WHERE id = NEW.case_id;
END;

CREATE TRIGGER case_stand_changed AFTER UPDATE OF phase, current_step, current_since, alert
    ON case_state
BEGIN
    UPDATE cases SET (phase, current_step, current_since, alert) =
        (NEW.phase, NEW.current_step, NEW.current_since, NEW.alert)
    WHERE id = NEW.case_id;
END;

CREATE TRIGGER case_stand_removed AFTER DELETE ON case_state
BEGIN
    UPDATE cases SET (phase, current_step, current_since, alert) = (NULL, NULL, NULL, NULL)
    WHERE id = OLD.case_id;
END;

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
