"""Schema 14: the search index keeps word beginnings of 2 to 8 letters (was 2 and 3).

Every word searched for matches as a beginning ("plek" finds "plekken"). FTS5 answers a
beginning of a length it keeps from its own list, in rowid order and only as far as asked; a
beginning of another length it answers by merging the lists of every word that starts so,
all of them, before the first row comes out. At 100,000 cases "blauwe plek" merged 134,000
rows for a page of 50. With 2 to 8 letters kept, a beginning of up to 8 letters (most names
and words as typed) is one list, read from its newest end as far as the page needs. A longer
beginning still merges the lists of the words that start so: few, for a beginning that long.

The index is made again with the new option (FTS5 sets it when the table is made), from the
rows it is made of, as schema 2 filled it and its triggers keep it: each case's title, each
person's name, each signal's newest version's text, under the same rowids. Made from the
rows rather than from a copy of the old index: a copy would leave its size in free pages.
The triggers name the index and keep it from here on. The index grows by about two thirds
(a vault of 100,000 cases by about 15 %).
"""

from app.vault.database import Database
from app.vault.migrations.base import Migration

PREFIXES = "2 3 4 5 6 7 8"


def apply(db: Database) -> None:
    db.execute("DROP TABLE search_index")
    db.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5(text, case_id UNINDEXED,"
        " source UNINDEXED, tokenize = 'unicode61 remove_diacritics 2',"
        f" prefix = '{PREFIXES}')"
    )
    db.execute(
        "INSERT INTO search_index (rowid, text, case_id, source)"
        " SELECT id * 4 + 1, title, id, 'case' FROM cases"
        " UNION ALL SELECT id * 4 + 2, name, case_id, 'person' FROM persons"
        " UNION ALL SELECT v.signal_id * 4 + 3,"
        "  v.facts || ' ' || v.interpretation || ' ' || v.observed_by, s.case_id, 'signal'"
        "  FROM signal_versions v JOIN signals s ON s.id = v.signal_id"
        "  WHERE v.version ="
        "   (SELECT max(w.version) FROM signal_versions w WHERE w.signal_id = v.signal_id)"
        " ORDER BY 1"
    )
    # One segment after the bulk fill: a search then reads one list per word.
    db.execute("INSERT INTO search_index (search_index) VALUES ('optimize')")


MIGRATION = Migration(14, "zoeken op woordbegin tot 8 letters uit de index", apply)
