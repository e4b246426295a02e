"""Schema 8: where each case stands, kept on write, so lists and Vandaag need not derive it.

`case_state` holds per case what the step filter and Vandaag ask (phase, current step and since
when, the VT radar) and `case_agenda` the open items of open cases that Vandaag lists (planned
checks not done, melding feedback not recorded). Both are derived: the rules stay in
`app.domain.progress`, and `app.store.progress.StepProgress.refresh_stale` writes them inside the
same transaction as the change. The triggers here only note which cases changed
(`case_state_stale`); this step notes every case, so the first unlock after it fills both tables.
`verify` recomputes them and reports a difference. The case list (latest activity first) gets its
index.
"""

from app.vault.migrations.base import sql_migration

MIGRATION = sql_migration(
    8,
    "stand van elke casus bijgehouden bij het schrijven (lijst, filters, Vandaag)",
    """
CREATE TABLE case_state (
    case_id INTEGER PRIMARY KEY REFERENCES cases(id),
    phase TEXT NOT NULL,
    current_step TEXT,
    -- UTC, one format, so that comparing the text compares the moments
    current_since TEXT,
    alert TEXT
);
CREATE INDEX case_state_by_step ON case_state(current_step, phase);
CREATE INDEX case_state_by_since ON case_state(phase, current_since);
CREATE INDEX case_state_by_alert ON case_state(alert) WHERE alert IS NOT NULL;

CREATE TABLE case_agenda (
    entry_id INTEGER PRIMARY KEY REFERENCES case_entries(id),
    case_id INTEGER NOT NULL REFERENCES cases(id),
    kind TEXT NOT NULL CHECK (kind IN ('check', 'feedback')),
    on_day TEXT NOT NULL,
    check_kind TEXT,
    description TEXT NOT NULL DEFAULT ''
);
CREATE INDEX case_agenda_by_day ON case_agenda(kind, on_day);
CREATE INDEX case_agenda_by_case ON case_agenda(case_id);

CREATE TABLE case_state_stale (case_id INTEGER PRIMARY KEY);

-- The case list without words: the latest activity first, read from an index, not sorted.
CREATE INDEX cases_by_updated ON cases(updated_at, id);

CREATE TRIGGER case_state_case_added AFTER INSERT ON cases
BEGIN
    INSERT OR IGNORE INTO case_state_stale (case_id) VALUES (NEW.id);
END;

CREATE TRIGGER case_state_case_changed AFTER UPDATE OF status, opened_at ON cases
BEGIN
    INSERT OR IGNORE INTO case_state_stale (case_id) VALUES (NEW.id);
END;

CREATE TRIGGER case_state_person_added AFTER INSERT ON persons
BEGIN
    INSERT OR IGNORE INTO case_state_stale (case_id) VALUES (NEW.case_id);
END;

CREATE TRIGGER case_state_person_changed AFTER UPDATE OF role, case_id ON persons
BEGIN
    INSERT OR IGNORE INTO case_state_stale (case_id) VALUES (OLD.case_id);
    INSERT OR IGNORE INTO case_state_stale (case_id) VALUES (NEW.case_id);
END;

CREATE TRIGGER case_state_person_removed AFTER DELETE ON persons
BEGIN
    INSERT OR IGNORE INTO case_state_stale (case_id) VALUES (OLD.case_id);
END;

CREATE TRIGGER case_state_signal_added AFTER INSERT ON signals
BEGIN
    INSERT OR IGNORE INTO case_state_stale (case_id) VALUES (NEW.case_id);
END;

CREATE TRIGGER case_state_signal_changed AFTER UPDATE ON signals
BEGIN
    INSERT OR IGNORE INTO case_state_stale (case_id) VALUES (OLD.case_id);
    INSERT OR IGNORE INTO case_state_stale (case_id) VALUES (NEW.case_id);
END;

CREATE TRIGGER case_state_signal_removed AFTER DELETE ON signals
BEGIN
    INSERT OR IGNORE INTO case_state_stale (case_id) VALUES (OLD.case_id);
END;

CREATE TRIGGER case_state_entry_version_added AFTER INSERT ON case_entry_versions
BEGIN
    INSERT OR IGNORE INTO case_state_stale (case_id)
    SELECT case_id FROM case_entries WHERE id = NEW.entry_id;
END;

INSERT INTO case_state_stale (case_id) SELECT id FROM cases;
""",
)
