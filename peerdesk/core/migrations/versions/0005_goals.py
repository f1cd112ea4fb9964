"""goals, steps, progress and recovery check-ins

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26 04:13:51.281376
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "goal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mentee_id", sa.Integer(), nullable=False),
        sa.Column("domain", sa.String(length=24), nullable=False),
        sa.Column("statement", sa.Text(), nullable=False),
        sa.Column("why", sa.Text(), nullable=False),
        sa.Column("strengths", sa.Text(), nullable=False),
        sa.Column("target_on", sa.Date(), nullable=True),
        sa.Column("review_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=24), nullable=False),
        sa.Column("status_changed_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["mentee_id"], ["mentee.id"], name=op.f("fk_goal_mentee_id_mentee")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goal")),
    )
    with op.batch_alter_table("goal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_goal_mentee_id"), ["mentee_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_goal_review_on"), ["review_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_goal_status"), ["status"], unique=False)

    op.create_table(
        "recovery_checkin",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mentee_id", sa.Integer(), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["mentee_id"], ["mentee.id"], name=op.f("fk_recovery_checkin_mentee_id_mentee")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recovery_checkin")),
    )
    with op.batch_alter_table("recovery_checkin", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_recovery_checkin_mentee_id"), ["mentee_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_recovery_checkin_on"), ["on"], unique=False)

    op.create_table(
        "goal_progress",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("goal_id", sa.Integer(), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("sentence", sa.Text(), nullable=False),
        sa.Column("note_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["goal_id"], ["goal.id"], name=op.f("fk_goal_progress_goal_id_goal"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["note_id"],
            ["session_note.id"],
            name=op.f("fk_goal_progress_note_id_session_note"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goal_progress")),
    )
    with op.batch_alter_table("goal_progress", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_goal_progress_goal_id"), ["goal_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_goal_progress_note_id"), ["note_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_goal_progress_on"), ["on"], unique=False)

    op.create_table(
        "goal_step",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("goal_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["goal_id"], ["goal.id"], name=op.f("fk_goal_step_goal_id_goal"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goal_step")),
    )
    with op.batch_alter_table("goal_step", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_goal_step_due_on"), ["due_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_goal_step_goal_id"), ["goal_id"], unique=False)

    op.create_table(
        "recovery_checkin_item",
        sa.Column("checkin_id", sa.Integer(), nullable=False),
        sa.Column("item", sa.Integer(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["checkin_id"],
            ["recovery_checkin.id"],
            name=op.f("fk_recovery_checkin_item_checkin_id_recovery_checkin"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("checkin_id", "item", name=op.f("pk_recovery_checkin_item")),
    )


def downgrade() -> None:
    op.drop_table("recovery_checkin_item")
    with op.batch_alter_table("goal_step", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_goal_step_goal_id"))
        batch_op.drop_index(batch_op.f("ix_goal_step_due_on"))

    op.drop_table("goal_step")
    with op.batch_alter_table("goal_progress", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_goal_progress_on"))
        batch_op.drop_index(batch_op.f("ix_goal_progress_note_id"))
        batch_op.drop_index(batch_op.f("ix_goal_progress_goal_id"))

    op.drop_table("goal_progress")
    with op.batch_alter_table("recovery_checkin", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_recovery_checkin_on"))
        batch_op.drop_index(batch_op.f("ix_recovery_checkin_mentee_id"))

    op.drop_table("recovery_checkin")
    with op.batch_alter_table("goal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_goal_status"))
        batch_op.drop_index(batch_op.f("ix_goal_review_on"))
        batch_op.drop_index(batch_op.f("ix_goal_mentee_id"))

    op.drop_table("goal")
