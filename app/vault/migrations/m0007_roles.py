"""Schema 7: roles of the practice's people, cases shared with colleagues, log lookups.

A user gets a work role (hulpverlener, aandachtsfunctionaris, praktijkmanager) and the
beheerder right apart from it; the old free-text `role` stays as the job title. Users of an
existing vault were the practice's professionals and managed it themselves, so they become
hulpverlener and beheerder. `must_change_passphrase` marks a first passphrase given by a
beheerder. `case_shares` holds the colleagues a case is shared with. The indexes let the
access log be filtered by user and by period without reading it whole.
"""

from app.vault.migrations.base import sql_migration

MIGRATION = sql_migration(
    7,
    "rollen, gedeelde casussen en het logboek doorzoekbaar",
    """
ALTER TABLE users ADD COLUMN work_role TEXT NOT NULL DEFAULT 'hulpverlener'
    CHECK (work_role IN ('hulpverlener', 'aandachtsfunctionaris', 'praktijkmanager'));
ALTER TABLE users ADD COLUMN is_admin INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN must_change_passphrase INTEGER NOT NULL DEFAULT 0;
UPDATE users SET is_admin = 1;

CREATE TABLE case_shares (
    case_id INTEGER NOT NULL REFERENCES cases(id),
    user_id INTEGER NOT NULL REFERENCES users(id),
    shared_at TEXT NOT NULL,
    shared_by INTEGER NOT NULL REFERENCES users(id),
    PRIMARY KEY (case_id, user_id)
) WITHOUT ROWID;
CREATE INDEX case_shares_by_user ON case_shares(user_id, case_id);

CREATE INDEX audit_by_user ON audit_log(user_id, seq);
CREATE INDEX audit_by_case_seq ON audit_log(case_id, seq);
CREATE INDEX audit_by_event ON audit_log(event, seq);
CREATE INDEX audit_by_time ON audit_log(at);
""",
)
