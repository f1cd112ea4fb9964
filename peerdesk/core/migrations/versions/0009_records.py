"""programme-ready records: signature line, erasure tombstones, saved import mappings

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01 21:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("mentee", schema=None) as batch_op:
        batch_op.add_column(sa.Column("ended_on", sa.Date(), nullable=True))
    # Mentees already ended before this version: their last change is the best date known.
    op.execute("UPDATE mentee SET ended_on = date(updated_at) WHERE status = 'ended'")
    with op.batch_alter_table("session_note", schema=None) as batch_op:
        batch_op.add_column(sa.Column("signed_by", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("resealed_hash", sa.String(length=64), nullable=True))
    op.create_table(
        "erased_note",
        sa.Column("signed_seq", sa.Integer(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("erased_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("signed_seq", name=op.f("pk_erased_note")),
    )
    op.create_table(
        "import_mapping",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("spec", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_import_mapping")),
    )


def downgrade() -> None:
    op.drop_table("import_mapping")
    op.drop_table("erased_note")
    with op.batch_alter_table("session_note", schema=None) as batch_op:
        batch_op.drop_column("resealed_hash")
        batch_op.drop_column("signed_by")
    with op.batch_alter_table("mentee", schema=None) as batch_op:
        batch_op.drop_column("ended_on")
