"""boundary agreements, boundary events and crisis cards

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26 04:26:41.018145
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "boundary_agreement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mentee_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("template", sa.String(length=48), nullable=False),
        sa.Column("effective_on", sa.Date(), nullable=True),
        sa.Column("review_on", sa.Date(), nullable=True),
        sa.Column("contact_hours", sa.JSON(), nullable=False),
        sa.Column("channels", sa.JSON(), nullable=False),
        sa.Column("response_time", sa.Text(), nullable=False),
        sa.Column("meeting_places", sa.JSON(), nullable=False),
        sa.Column("mentor_will", sa.JSON(), nullable=False),
        sa.Column("mentor_will_not", sa.JSON(), nullable=False),
        sa.Column("confidentiality", sa.Text(), nullable=False),
        sa.Column("confidentiality_limits", sa.Text(), nullable=False),
        sa.Column("crisis_plan", sa.Text(), nullable=False),
        sa.Column("ending", sa.Text(), nullable=False),
        sa.Column("change_of_mentor", sa.Text(), nullable=False),
        sa.Column("acknowledged_by_mentee_on", sa.Date(), nullable=True),
        sa.Column("acknowledged_by_mentor_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=24), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["mentee_id"], ["mentee.id"], name=op.f("fk_boundary_agreement_mentee_id_mentee")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_boundary_agreement")),
    )
    with op.batch_alter_table("boundary_agreement", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_boundary_agreement_mentee_id"), ["mentee_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_boundary_agreement_review_on"), ["review_on"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_boundary_agreement_status"), ["status"], unique=False)

    op.create_table(
        "boundary_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mentee_id", sa.Integer(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("what_happened", sa.Text(), nullable=False),
        sa.Column("what_i_did", sa.Text(), nullable=False),
        sa.Column("discussed_in_supervision", sa.Boolean(), nullable=False),
        sa.Column("note_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["mentee_id"], ["mentee.id"], name=op.f("fk_boundary_event_mentee_id_mentee")
        ),
        sa.ForeignKeyConstraint(
            ["note_id"],
            ["session_note.id"],
            name=op.f("fk_boundary_event_note_id_session_note"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_boundary_event")),
    )
    with op.batch_alter_table("boundary_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_boundary_event_kind"), ["kind"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_boundary_event_mentee_id"), ["mentee_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_boundary_event_note_id"), ["note_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_boundary_event_occurred_at"), ["occurred_at"], unique=False
        )

    op.create_table(
        "crisis_card",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mentee_id", sa.Integer(), nullable=False),
        sa.Column("warning_signs", sa.Text(), nullable=False),
        sa.Column("what_helps", sa.Text(), nullable=False),
        sa.Column("people", sa.JSON(), nullable=False),
        sa.Column("service_ids", sa.JSON(), nullable=False),
        sa.Column("other_services", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["mentee_id"], ["mentee.id"], name=op.f("fk_crisis_card_mentee_id_mentee")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_crisis_card")),
        sa.UniqueConstraint("mentee_id", name=op.f("uq_crisis_card_mentee_id")),
    )


def downgrade() -> None:
    op.drop_table("crisis_card")
    with op.batch_alter_table("boundary_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_boundary_event_occurred_at"))
        batch_op.drop_index(batch_op.f("ix_boundary_event_note_id"))
        batch_op.drop_index(batch_op.f("ix_boundary_event_mentee_id"))
        batch_op.drop_index(batch_op.f("ix_boundary_event_kind"))

    op.drop_table("boundary_event")
    with op.batch_alter_table("boundary_agreement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_boundary_agreement_status"))
        batch_op.drop_index(batch_op.f("ix_boundary_agreement_review_on"))
        batch_op.drop_index(batch_op.f("ix_boundary_agreement_mentee_id"))

    op.drop_table("boundary_agreement")
