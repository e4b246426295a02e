"""Schema 14: the search index keeps word beginnings of 2 to 8 letters (was 2 and 3).

Every word searched for matches as a beginning ("plek" finds "plekken"). FTS5 answers a
beginning of a length it keeps from its own list, in rowid order and only as far as asked; a
beginning of another length it answers by merging the lists of every word that starts so,
all of them, before the first row comes out. At 100,000 cases "blauwe plek" merged 134,000
rows for a page of 50. With 2 to 8 letters kept, a word typed in full (most names and words
are at most 8 letters, and a longer one starts with its 8 first) is a list read from its
newest end. Longer beginnings still merge, over the few words that share them.

The index is made again with the new option (FTS5 sets it when the table is made) from what
it holds: its rows are copied aside in the vault (encrypted like the rest), the index made
anew and filled in rowid order, and the copy dropped; the triggers of schema 2 name the
index and keep it from here on. The index grows by about two thirds (about 15 % of a vault).
"""

from app.vault.database import Database
from app.vault.migrations.base import Migration

PREFIXES = "2 3 4 5 6 7 8"


def apply(db: Database) -> None:
    db.execute(
        "CREATE TABLE search_index_kept AS"
        " SELECT rowid AS id, text, case_id, source FROM search_index"
    )
    db.execute("DROP TABLE search_index")
    db.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5(text, case_id UNINDEXED,"
        " source UNINDEXED, tokenize = 'unicode61 remove_diacritics 2',"
        f" prefix = '{PREFIXES}')"
    )
    db.execute(
        "INSERT INTO search_index (rowid, text, case_id, source)"
        " SELECT id, text, case_id, source FROM search_index_kept ORDER BY id"
    )
    db.execute("DROP TABLE search_index_kept")
    # One segment after the bulk fill: a search then reads one list per word.
    db.execute("INSERT INTO search_index (search_index) VALUES ('optimize')")


MIGRATION = Migration(14, "zoeken op woordbegin tot 8 letters uit de index", apply)
