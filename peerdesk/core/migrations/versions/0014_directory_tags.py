"""directory search whose cost follows the page: filters inside the full-text index

dir_fts gains a ``tags`` column (bm25 weight 0): each service's country ("rgb", "rnone"),
its needs ("nfood") and "fav" for a favourite, so the region, need and favourites filters
are part of the MATCH and a search reads only the rows it ranks. The table is created
again (its rows are rebuilt by peerdesk.core.services.directory_index on the next
search); a favourite set or cleared now lists its service for re-indexing. The listing
without a query walks ix_dir_service_listing (favourites first, then by name) and stops
after its page.

Revision ID: 0014
Revises: 0013
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = "name, organization, description, places, terms, needs, phones, notes"
TOKENIZE = "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'"
MARK = "INSERT OR IGNORE INTO dir_fts_dirty (service_id)"


def _recreate(columns: str) -> None:
    op.execute("DROP TABLE dir_fts")
    op.execute(f"CREATE VIRTUAL TABLE dir_fts USING fts5({columns}, {TOKENIZE})")
    op.execute("DELETE FROM dir_fts_key")
    op.execute("DELETE FROM dir_fts_meta WHERE name = 'mapping'")
    op.execute(f"{MARK} SELECT id FROM dir_service")


def upgrade() -> None:
    _recreate(COLUMNS + ", tags")
    op.execute(
        "CREATE TRIGGER dir_fts_service_fav AFTER UPDATE OF favourite ON dir_service "
        f"BEGIN {MARK} VALUES (new.id); END"
    )
    op.execute(
        "CREATE INDEX ix_dir_service_listing ON dir_service "
        "(favourite DESC, name COLLATE NOCASE, region)"
    )


def downgrade() -> None:
    op.execute("DROP INDEX ix_dir_service_listing")
    op.execute("DROP TRIGGER dir_fts_service_fav")
    _recreate(COLUMNS)
