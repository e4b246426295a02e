"""Schema 6: a signal version cites the signs it recognised from the signalenlijsten.

`signs` holds a JSON array of citations (`form/age/id`, see `app.domain.violence_forms`), empty
for every signal stored before. The column is part of the version, so a correction that changes
the cited signs is a new version like any other; the triggers of schema 1 keep versions as
they were written. The trigger below keeps the column a JSON array.
"""

from app.vault.migrations.base import sql_migration

MIGRATION = sql_migration(
    6,
    "signalen citeren herkende signalen uit de signalenlijsten",
    """
ALTER TABLE signal_versions ADD COLUMN signs TEXT NOT NULL DEFAULT '[]';

CREATE TRIGGER signal_signs_are_a_list BEFORE INSERT ON signal_versions
WHEN json_valid(NEW.signs) = 0 OR json_type(NEW.signs) != 'array'
BEGIN
    SELECT RAISE(ABORT, 'the signs of a signal version are a JSON array');
END;
""",
)
