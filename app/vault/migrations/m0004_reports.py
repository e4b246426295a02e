"""Schema 4: meldingen registered in the case, as step entries of kind 'report'.

Like the wegingen of schema 3, a registration lives in `case_entries` / `case_entry_versions`
(corrections, withdrawal, who and when come with it) and needs no table. The version step is
there so that a program of schema 3, which does not know the kind, refuses the vault instead
of failing on it. The trigger keeps in the database what a registration must name: the
decision it carries out, the day of the melding and the Veilig Thuis region.
"""

from app.vault.migrations.base import sql_migration

MIGRATION = sql_migration(
    4,
    "meldingen aan Veilig Thuis geregistreerd in de casus",
    """
CREATE TRIGGER report_names_decision_day_and_region BEFORE INSERT ON case_entry_versions
WHEN (SELECT kind FROM case_entries WHERE id = NEW.entry_id) = 'report'
 AND (json_extract(NEW.payload, '$.decision_id') IS NULL
  OR ifnull(json_extract(NEW.payload, '$.made_on'), '') = ''
  OR ifnull(json_extract(NEW.payload, '$.region_id'), '') = '')
BEGIN
    SELECT RAISE(ABORT, 'a melding names its decision, its day and its region');
END;
""",
)
