"""search index keyed newest first

The FTS5 rowid of a note becomes (the last day number - its day) << 32 | (2**32 - 1 -
its id): ascending rowid order is newest first (date, then id, descending). FTS5
reads a prefix query ("plan"*) forwards lazily but backwards only after merging every
matching term's whole doclist, so with the 0010 layout (newest = highest rowid) the
commonest words cost ~20 ms at 10,000 notes whatever the page; forwards, ~1 ms.
note_fts_key holds the new keys.

Revision ID: 0013
Revises: 0012
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FTS = "fts5(body, names, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
MASK = (1 << 32) - 1
LAST_DAY = 3652059  # date.max.toordinal(), as services/search.py
# 0010's key (day << 32 | id) to this one, and back: both are bijections on valid keys.
NEWEST_FIRST = f"(((({LAST_DAY} - (key >> 32)) << 32) | ({MASK} - (key & {MASK}))))"


def _rekey(table: str) -> None:
    op.execute(f"UPDATE note_fts_key SET key = {NEWEST_FIRST}")
    op.execute(f"CREATE VIRTUAL TABLE {table} USING {FTS}")
    op.execute(
        f"INSERT INTO {table} (rowid, body, names) SELECT {NEWEST_FIRST.replace('key', 'f.rowid')},"
        " f.body, f.names FROM note_fts f"
    )
    op.execute("DROP TABLE note_fts")
    op.execute(f"ALTER TABLE {table} RENAME TO note_fts")


def upgrade() -> None:
    _rekey("note_fts_newest_first")


def downgrade() -> None:
    _rekey("note_fts_oldest_first")  # the same map undoes itself
