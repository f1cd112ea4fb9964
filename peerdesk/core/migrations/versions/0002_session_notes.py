"""session notes, participants, follow-ups, addenda, full-text index

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 03:44:03.123076
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "session_note",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=True),
        sa.Column("end_time", sa.Time(), nullable=True),
        sa.Column("modality", sa.String(length=24), nullable=False),
        sa.Column("setting", sa.String(length=24), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("location", sa.Text(), nullable=False),
        sa.Column("template", sa.String(length=48), nullable=False),
        sa.Column("wanted", sa.Text(), nullable=False),
        sa.Column("did", sa.Text(), nullable=False),
        sa.Column("how_it_went", sa.Text(), nullable=False),
        sa.Column("next_steps", sa.Text(), nullable=False),
        sa.Column("discuss_in_supervision", sa.Boolean(), nullable=False),
        sa.Column("safety_concern", sa.Boolean(), nullable=False),
        sa.Column(
            "state",
            sa.Enum("draft", "signed", name="notestate", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("editing", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("signed_at", sa.DateTime(), nullable=True),
        sa.Column("signed_seq", sa.Integer(), nullable=True),
        sa.Column("content_hash", sa.String(length=64), nullable=True),
        sa.Column("prev_hash", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_session_note")),
        sa.UniqueConstraint("signed_seq", name=op.f("uq_session_note_signed_seq")),
    )
    with op.batch_alter_table("session_note", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_session_note_state"), ["state"], unique=False)

    op.create_table(
        "addendum",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("note_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["note_id"],
            ["session_note.id"],
            name=op.f("fk_addendum_note_id_session_note"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_addendum")),
    )
    with op.batch_alter_table("addendum", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_addendum_note_id"), ["note_id"], unique=False)

    op.create_table(
        "follow_up",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("note_id", sa.Integer(), nullable=False),
        sa.Column("task", sa.Text(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["note_id"],
            ["session_note.id"],
            name=op.f("fk_follow_up_note_id_session_note"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_up")),
    )
    with op.batch_alter_table("follow_up", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_follow_up_due_on"), ["due_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_follow_up_note_id"), ["note_id"], unique=False)

    op.create_table(
        "note_participant",
        sa.Column("note_id", sa.Integer(), nullable=False),
        sa.Column("mentee_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["mentee_id"], ["mentee.id"], name=op.f("fk_note_participant_mentee_id_mentee")
        ),
        sa.ForeignKeyConstraint(
            ["note_id"],
            ["session_note.id"],
            name=op.f("fk_note_participant_note_id_session_note"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("note_id", "mentee_id", name=op.f("pk_note_participant")),
    )
    with op.batch_alter_table("note_participant", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_note_participant_mentee_id"), ["mentee_id"], unique=False
        )

    with op.batch_alter_table("session_note", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_session_note_occurred_on"), ["occurred_on"], unique=False
        )

    # Full-text index inside the encrypted database. rowid = session_note.id.
    # unicode61 with remove_diacritics 2: case- and accent-insensitive matching.
    op.execute(
        "CREATE VIRTUAL TABLE note_fts USING fts5("
        "body, names, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
    )


def downgrade() -> None:
    op.execute("DROP TABLE note_fts")
    with op.batch_alter_table("note_participant", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_note_participant_mentee_id"))

    op.drop_table("note_participant")
    with op.batch_alter_table("follow_up", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_follow_up_note_id"))
        batch_op.drop_index(batch_op.f("ix_follow_up_due_on"))

    op.drop_table("follow_up")
    with op.batch_alter_table("addendum", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_addendum_note_id"))

    op.drop_table("addendum")
    with op.batch_alter_table("session_note", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_session_note_state"))

    op.drop_table("session_note")
