"""Schema 2: the steps (versioned entries), case links, close reasons, contacts, drafts, search.

- `case_entries` + `case_entry_versions`: every step entry (kindcheck, consultation,
  conversation, skipped step, decision, follow-up check) as append-only JSON versions, the
  same way signals are kept. Which step a case is in is derived from these, never stored.
- `case_links`: a case opened for the children after a kindcheck, stored from both sides.
- `cases.close_code`: the chosen close reason; the free text stays in `close_reason`.
- `contacts`: the practice's own sociale kaart.
- `drafts`: unsaved form input per user, case and form, kept across an automatic lock.
- `search_index`: an FTS5 index over case titles, names of people and current signal text,
  kept in step by triggers, so it changes in the same transaction as what it indexes. Its
  rowid is the source row's id * 4 + a source number (1 case, 2 person, 3 signal), so a
  changed row replaces exactly its own index row.
"""

from app.vault.migrations.base import sql_migration

MIGRATION = sql_migration(
    2,
    "stappen, vervolg, koppelingen, sluitredenen, sociale kaart, concepten, zoeken",
    """
CREATE TABLE case_entries (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id),
    kind TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by INTEGER NOT NULL REFERENCES users(id)
);
CREATE INDEX case_entries_by_case ON case_entries(case_id, kind);
CREATE INDEX case_entries_by_kind ON case_entries(kind, case_id);

CREATE TRIGGER case_entries_never_change BEFORE UPDATE ON case_entries
BEGIN
    SELECT RAISE(ABORT, 'step entries are never changed; add a version');
END;

CREATE TRIGGER case_entries_never_vanish BEFORE DELETE ON case_entries
BEGIN
    SELECT RAISE(ABORT, 'step entries are never deleted; withdraw them');
END;

CREATE TABLE case_entry_versions (
    id INTEGER PRIMARY KEY,
    entry_id INTEGER NOT NULL REFERENCES case_entries(id),
    version INTEGER NOT NULL,
    change TEXT NOT NULL,
    change_reason TEXT,
    payload TEXT NOT NULL CHECK (json_valid(payload)),
    recorded_at TEXT NOT NULL,
    recorded_by INTEGER NOT NULL REFERENCES users(id),
    UNIQUE (entry_id, version)
);

CREATE TRIGGER case_entry_versions_never_change BEFORE UPDATE ON case_entry_versions
BEGIN
    SELECT RAISE(ABORT, 'entry versions are never changed; add a version');
END;

CREATE TRIGGER case_entry_versions_never_vanish BEFORE DELETE ON case_entry_versions
BEGIN
    SELECT RAISE(ABORT, 'entry versions are never deleted');
END;

-- Each entry with its newest version: what the case shows and what the step rules read.
CREATE VIEW current_entries AS
SELECT e.id AS entry_id, e.case_id, e.kind, e.created_at, e.created_by,
       v.version, v.change, v.payload, v.recorded_at,
       v.change NOT IN ('withdrawn', 'lapsed') AS active
FROM case_entries e
JOIN case_entry_versions v ON v.entry_id = e.id
WHERE v.version = (SELECT max(w.version) FROM case_entry_versions w WHERE w.entry_id = e.id);

-- The step rules ask for the first signal recorded after a moment.
DROP INDEX signals_by_case;
CREATE INDEX signals_by_case ON signals(case_id, created_at);

ALTER TABLE cases ADD COLUMN close_code TEXT;
UPDATE cases SET close_code = 'other' WHERE status = 'closed';
CREATE INDEX cases_by_opened ON cases(opened_at);

CREATE TABLE case_links (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id),
    linked_case_id INTEGER NOT NULL REFERENCES cases(id),
    relation TEXT NOT NULL,
    source_entry_id INTEGER REFERENCES case_entries(id),
    created_at TEXT NOT NULL,
    created_by INTEGER NOT NULL REFERENCES users(id),
    UNIQUE (case_id, linked_case_id, relation)
);
CREATE INDEX case_links_by_source ON case_links(source_entry_id);

CREATE TABLE contacts (
    id INTEGER PRIMARY KEY,
    role TEXT NOT NULL,
    name TEXT NOT NULL,
    organisation TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    archived INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    created_by INTEGER NOT NULL REFERENCES users(id),
    updated_at TEXT NOT NULL,
    updated_by INTEGER NOT NULL REFERENCES users(id)
);

CREATE TABLE drafts (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    case_id INTEGER REFERENCES cases(id),
    form TEXT NOT NULL,
    payload TEXT NOT NULL CHECK (json_valid(payload)),
    saved_at TEXT NOT NULL
);
CREATE UNIQUE INDEX drafts_one_per_form ON drafts(user_id, ifnull(case_id, 0), form);

CREATE VIRTUAL TABLE search_index USING fts5(
    text,
    case_id UNINDEXED,
    source UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

CREATE TRIGGER search_case_added AFTER INSERT ON cases
BEGIN
    INSERT INTO search_index (rowid, text, case_id, source)
    VALUES (NEW.id * 4 + 1, NEW.title, NEW.id, 'case');
END;

CREATE TRIGGER search_case_renamed AFTER UPDATE OF title ON cases
BEGIN
    INSERT OR REPLACE INTO search_index (rowid, text, case_id, source)
    VALUES (NEW.id * 4 + 1, NEW.title, NEW.id, 'case');
END;

CREATE TRIGGER search_person_added AFTER INSERT ON persons
BEGIN
    INSERT INTO search_index (rowid, text, case_id, source)
    VALUES (NEW.id * 4 + 2, NEW.name, NEW.case_id, 'person');
END;

CREATE TRIGGER search_person_changed AFTER UPDATE OF name, case_id ON persons
BEGIN
    INSERT OR REPLACE INTO search_index (rowid, text, case_id, source)
    VALUES (NEW.id * 4 + 2, NEW.name, NEW.case_id, 'person');
END;

-- Versions only ever grow, so the newest version is the one just added.
CREATE TRIGGER search_signal_version_added AFTER INSERT ON signal_versions
BEGIN
    INSERT OR REPLACE INTO search_index (rowid, text, case_id, source)
    SELECT NEW.signal_id * 4 + 3,
           NEW.facts || ' ' || NEW.interpretation || ' ' || NEW.observed_by,
           s.case_id, 'signal'
    FROM signals s WHERE s.id = NEW.signal_id;
END;

INSERT INTO search_index (rowid, text, case_id, source)
SELECT id * 4 + 1, title, id, 'case' FROM cases;

INSERT INTO search_index (rowid, text, case_id, source)
SELECT id * 4 + 2, name, case_id, 'person' FROM persons;

INSERT INTO search_index (rowid, text, case_id, source)
SELECT v.signal_id * 4 + 3, v.facts || ' ' || v.interpretation || ' ' || v.observed_by,
       s.case_id, 'signal'
FROM signal_versions v JOIN signals s ON s.id = v.signal_id
WHERE v.version = (SELECT max(w.version) FROM signal_versions w WHERE w.signal_id = v.signal_id);
""",
)
