"""notes flagged for supervision: a partial index

Self-care gathers a topic for each note flagged "discuss in supervision" that has none
yet, every time its page reloads. Without an index that read every row of session_note
(every note's pages decrypted: ~240 ms at 100,000 notes); this index holds only the
flagged notes' ids. Its WHERE is written as SQLAlchemy writes ``.is_(True)``, so that
SQLite's planner sees the query's term in it.

Revision ID: 0016
Revises: 0015
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute(
        "CREATE INDEX ix_session_note_flagged ON session_note (id)"
        " WHERE discuss_in_supervision IS 1"
    )


def downgrade() -> None:
    op.execute("DROP INDEX ix_session_note_flagged")
