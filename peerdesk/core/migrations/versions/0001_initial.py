"""initial: mentor profile, mentees, audit log, settings

Revision ID: 0001
Revises:
Create Date: 2026-11-26 03:40:20.129356
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "audit_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=True),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_event")),
    )
    op.create_table(
        "mentee",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("display_name", sa.Text(), nullable=False),
        sa.Column("full_name", sa.Text(), nullable=False),
        sa.Column("pronouns", sa.Text(), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("preferred_channels", sa.JSON(), nullable=False),
        sa.Column(
            "support_style",
            sa.Enum(
                "practical", "emotional", "both", name="supportstyle", native_enum=False, length=24
            ),
            nullable=False,
        ),
        sa.Column(
            "kind",
            sa.Enum("individual", "family", name="menteekind", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("started_on", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum("active", "paused", "ended", name="menteestatus", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("status_reason", sa.Text(), nullable=False),
        sa.Column("what_matters", sa.Text(), nullable=False),
        sa.Column("strengths", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mentee")),
    )
    op.create_table(
        "mentor_profile",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("role", sa.Text(), nullable=False),
        sa.Column("credentials", sa.Text(), nullable=False),
        sa.Column("organisation", sa.Text(), nullable=False),
        sa.Column("supervisor", sa.Text(), nullable=False),
        sa.Column("supervisor_contact", sa.Text(), nullable=False),
        sa.Column("region", sa.String(length=8), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mentor_profile")),
    )
    op.create_table(
        "setting",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_setting")),
    )
    op.create_table(
        "important_person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mentee_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("relation", sa.Text(), nullable=False),
        sa.Column("contact", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["mentee_id"],
            ["mentee.id"],
            name=op.f("fk_important_person_mentee_id_mentee"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_important_person")),
    )
    with op.batch_alter_table("important_person", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_important_person_mentee_id"), ["mentee_id"], unique=False
        )

    op.create_table(
        "mentee_alias",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mentee_id", sa.Integer(), nullable=False),
        sa.Column("alias", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["mentee_id"],
            ["mentee.id"],
            name=op.f("fk_mentee_alias_mentee_id_mentee"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mentee_alias")),
    )
    with op.batch_alter_table("mentee_alias", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mentee_alias_mentee_id"), ["mentee_id"], unique=False)

    op.create_table(
        "mentee_contact",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mentee_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["mentee_id"],
            ["mentee.id"],
            name=op.f("fk_mentee_contact_mentee_id_mentee"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mentee_contact")),
    )
    with op.batch_alter_table("mentee_contact", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_mentee_contact_mentee_id"), ["mentee_id"], unique=False
        )

    op.create_table(
        "sharing_consent",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mentee_id", sa.Integer(), nullable=False),
        sa.Column("with_whom", sa.Text(), nullable=False),
        sa.Column("scope", sa.Text(), nullable=False),
        sa.Column("until", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["mentee_id"],
            ["mentee.id"],
            name=op.f("fk_sharing_consent_mentee_id_mentee"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sharing_consent")),
    )
    with op.batch_alter_table("sharing_consent", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_sharing_consent_mentee_id"), ["mentee_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("sharing_consent", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sharing_consent_mentee_id"))

    op.drop_table("sharing_consent")
    with op.batch_alter_table("mentee_contact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mentee_contact_mentee_id"))

    op.drop_table("mentee_contact")
    with op.batch_alter_table("mentee_alias", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mentee_alias_mentee_id"))

    op.drop_table("mentee_alias")
    with op.batch_alter_table("important_person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_important_person_mentee_id"))

    op.drop_table("important_person")
    op.drop_table("setting")
    op.drop_table("mentor_profile")
    op.drop_table("mentee")
    op.drop_table("audit_event")
