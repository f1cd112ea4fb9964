"""planned meetings and reminders

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26 04:38:11.397564
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "reminder",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("due_at", sa.DateTime(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("link_kind", sa.String(length=24), nullable=False),
        sa.Column("link_id", sa.String(length=64), nullable=False),
        sa.Column("link_key", sa.String(length=96), nullable=False),
        sa.Column("done_at", sa.DateTime(), nullable=True),
        sa.Column("snoozed_until", sa.DateTime(), nullable=True),
        sa.Column("notified_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reminder")),
    )
    with op.batch_alter_table("reminder", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reminder_due_at"), ["due_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_reminder_link_key"), ["link_key"], unique=False)

    op.create_table(
        "planned_meeting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mentee_id", sa.Integer(), nullable=True),
        sa.Column("is_group", sa.Boolean(), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("tz", sa.String(length=64), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("modality", sa.String(length=24), nullable=False),
        sa.Column("place", sa.Text(), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("recurrence", sa.String(length=24), nullable=False),
        sa.Column("until", sa.Date(), nullable=True),
        sa.Column("count", sa.Integer(), nullable=True),
        sa.Column("skipped", sa.JSON(), nullable=False),
        sa.Column("from_note_id", sa.Integer(), nullable=True),
        sa.Column("cancelled", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["from_note_id"],
            ["session_note.id"],
            name=op.f("fk_planned_meeting_from_note_id_session_note"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["mentee_id"],
            ["mentee.id"],
            name=op.f("fk_planned_meeting_mentee_id_mentee"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_planned_meeting")),
    )
    with op.batch_alter_table("planned_meeting", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_planned_meeting_from_note_id"), ["from_note_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_planned_meeting_mentee_id"), ["mentee_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_planned_meeting_starts_at"), ["starts_at"], unique=False
        )

    op.create_table(
        "meeting_note",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("occurrence", sa.DateTime(), nullable=False),
        sa.Column("note_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["planned_meeting.id"],
            name=op.f("fk_meeting_note_meeting_id_planned_meeting"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["note_id"],
            ["session_note.id"],
            name=op.f("fk_meeting_note_note_id_session_note"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("meeting_id", "occurrence", name=op.f("pk_meeting_note")),
        sa.UniqueConstraint("note_id", name=op.f("uq_meeting_note_note_id")),
    )


def downgrade() -> None:
    op.drop_table("meeting_note")
    with op.batch_alter_table("planned_meeting", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_planned_meeting_starts_at"))
        batch_op.drop_index(batch_op.f("ix_planned_meeting_mentee_id"))
        batch_op.drop_index(batch_op.f("ix_planned_meeting_from_note_id"))

    op.drop_table("planned_meeting")
    with op.batch_alter_table("reminder", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reminder_link_key"))
        batch_op.drop_index(batch_op.f("ix_reminder_due_at"))

    op.drop_table("reminder")
