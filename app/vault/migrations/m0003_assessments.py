"""Schema 3: wegingen (assessments with the afwegingskader) as step entries of kind 'assessment'.

A weging is stored in `case_entries` / `case_entry_versions` like every step entry, so no table
is added. The step still changes the schema version on purpose: a program of schema 2 does not
know the kind and would misread a weging (its step rules would count it as an unsafe finding),
so it must refuse a vault that holds one (`VaultTooNew`) rather than open it.

The triggers keep in the database what the file promises:
- a weging names its kader and that kader's version, and holds at least one answer;
- a weging is never corrected: answering differently is a new weging, the earlier one stays.
"""

from app.vault.migrations.base import sql_migration

MIGRATION = sql_migration(
    3,
    "wegingen met het afwegingskader",
    """
CREATE TRIGGER assessment_names_its_kader BEFORE INSERT ON case_entry_versions
WHEN (SELECT kind FROM case_entries WHERE id = NEW.entry_id) = 'assessment'
 AND (ifnull(json_extract(NEW.payload, '$.framework_id'), '') = ''
  OR ifnull(json_extract(NEW.payload, '$.framework_version'), '') = ''
  OR ifnull(json_array_length(NEW.payload, '$.answers'), 0) = 0)
BEGIN
    SELECT RAISE(ABORT, 'a weging names its kader and version and holds its answers');
END;

CREATE TRIGGER assessment_never_corrected BEFORE INSERT ON case_entry_versions
WHEN NEW.change = 'corrected'
 AND (SELECT kind FROM case_entries WHERE id = NEW.entry_id) = 'assessment'
BEGIN
    SELECT RAISE(ABORT, 'a weging is never corrected; record a new one');
END;
""",
)
