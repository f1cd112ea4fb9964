"""mentor self-care log and supervision topics

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26 04:09:11.120149
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "selfcare_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("energy", sa.Integer(), nullable=False),
        sa.Column("mood", sa.Integer(), nullable=False),
        sa.Column("strain", sa.Integer(), nullable=False),
        sa.Column("helped", sa.Text(), nullable=False),
        sa.Column("need", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_selfcare_entry")),
    )
    with op.batch_alter_table("selfcare_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_selfcare_entry_on"), ["on"], unique=False)

    op.create_table(
        "supervision_topic",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("note_id", sa.Integer(), nullable=True),
        sa.Column("discussed_on", sa.Date(), nullable=True),
        sa.Column("agreed", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["note_id"],
            ["session_note.id"],
            name=op.f("fk_supervision_topic_note_id_session_note"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supervision_topic")),
        sa.UniqueConstraint("note_id", name=op.f("uq_supervision_topic_note_id")),
    )


def downgrade() -> None:
    op.drop_table("supervision_topic")
    with op.batch_alter_table("selfcare_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_selfcare_entry_on"))

    op.drop_table("selfcare_entry")
