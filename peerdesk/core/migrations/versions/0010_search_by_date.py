"""search index keyed by date

The FTS5 rowid becomes (occurred_on as a day number) << 32 | note id, so its own
rowid order is newest first: a search reads the newest N matches in index order
and stops, instead of collecting every match and walking the notes by date.
note_fts_key remembers each note's key (a note's date can change).

Revision ID: 0010
Revises: 0009
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FTS = "fts5(body, names, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
# date.toordinal() in SQL: julianday('0001-01-01') is 1721425.5 and its ordinal is 1.
KEY = "((CAST(julianday(occurred_on) - 1721424.5 AS INTEGER) << 32) | id)"


def upgrade() -> None:
    op.execute("CREATE TABLE note_fts_key (note_id INTEGER PRIMARY KEY, key INTEGER NOT NULL)")
    op.execute(f"INSERT INTO note_fts_key (note_id, key) SELECT id, {KEY} FROM session_note")
    op.execute(f"CREATE VIRTUAL TABLE note_fts_by_date USING {FTS}")
    op.execute(
        "INSERT INTO note_fts_by_date (rowid, body, names) SELECT k.key, f.body, f.names"
        " FROM note_fts f JOIN note_fts_key k ON k.note_id = f.rowid"
    )
    op.execute("DROP TABLE note_fts")
    op.execute("ALTER TABLE note_fts_by_date RENAME TO note_fts")


def downgrade() -> None:
    op.execute(f"CREATE VIRTUAL TABLE note_fts_by_id USING {FTS}")
    op.execute(
        "INSERT INTO note_fts_by_id (rowid, body, names)"
        " SELECT rowid & 4294967295, body, names FROM note_fts"
    )
    op.execute("DROP TABLE note_fts")
    op.execute("ALTER TABLE note_fts_by_id RENAME TO note_fts")
    op.execute("DROP TABLE note_fts_key")
