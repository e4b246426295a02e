"""Schema 1: users, cases, people involved, versioned signals, the audit log."""

from app.vault.migrations.base import sql_migration

MIGRATION = sql_migration(
    1,
    "basis: gebruikers, casussen, betrokkenen, signalen, logboek",
    """
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE schema_history (
    version INTEGER PRIMARY KEY,
    description TEXT NOT NULL,
    applied_at TEXT NOT NULL,
    app_version TEXT NOT NULL
);

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE cases (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    opened_at TEXT NOT NULL,
    opened_by INTEGER NOT NULL REFERENCES users(id),
    closed_at TEXT,
    closed_by INTEGER REFERENCES users(id),
    close_reason TEXT,
    -- Kept with every write to the case, so the case list sorts on it without a scan.
    updated_at TEXT NOT NULL
);
CREATE INDEX cases_by_status ON cases(status, updated_at);

CREATE TABLE persons (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id),
    role TEXT NOT NULL,
    name TEXT NOT NULL,
    date_of_birth TEXT,
    bsn TEXT,
    address TEXT NOT NULL DEFAULT '',
    school_or_childcare TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    created_by INTEGER NOT NULL REFERENCES users(id),
    updated_at TEXT NOT NULL,
    updated_by INTEGER NOT NULL REFERENCES users(id)
);
CREATE INDEX persons_by_case ON persons(case_id);

CREATE TABLE signals (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id),
    created_at TEXT NOT NULL,
    created_by INTEGER NOT NULL REFERENCES users(id)
);
CREATE INDEX signals_by_case ON signals(case_id);

CREATE TABLE signal_versions (
    id INTEGER PRIMARY KEY,
    signal_id INTEGER NOT NULL REFERENCES signals(id),
    version INTEGER NOT NULL,
    observed_on TEXT NOT NULL,
    observed_time TEXT,
    observed_by TEXT NOT NULL,
    source TEXT NOT NULL,
    form TEXT NOT NULL,
    facts TEXT NOT NULL,
    interpretation TEXT NOT NULL DEFAULT '',
    recorded_at TEXT NOT NULL,
    recorded_by INTEGER NOT NULL REFERENCES users(id),
    correction_reason TEXT,
    UNIQUE (signal_id, version)
);

CREATE TRIGGER signal_versions_never_change BEFORE UPDATE ON signal_versions
BEGIN
    SELECT RAISE(ABORT, 'signal versions are never changed; add a correction');
END;

CREATE TRIGGER signal_versions_never_vanish BEFORE DELETE ON signal_versions
BEGIN
    SELECT RAISE(ABORT, 'signal versions are never deleted');
END;

CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    event TEXT NOT NULL,
    user_id INTEGER,
    on_behalf_of INTEGER,
    case_id INTEGER,
    object_type TEXT,
    object_id INTEGER,
    detail TEXT NOT NULL DEFAULT '',
    prev_mac BLOB NOT NULL,
    mac BLOB NOT NULL
);
CREATE INDEX audit_by_case ON audit_log(case_id);

CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

-- The chain's last link, so that cutting rows off the end is noticed too.
CREATE TABLE audit_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seq INTEGER NOT NULL,
    mac BLOB NOT NULL
);
""",
)
