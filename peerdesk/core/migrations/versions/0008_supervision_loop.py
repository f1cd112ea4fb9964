"""supervision loop: boundary events discussed on, vault identity, trusted keys, sent and received packets, comments

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 21:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("boundary_event", schema=None) as batch_op:
        batch_op.add_column(sa.Column("discussed_on", sa.Date(), nullable=True))
    op.create_table(
        "vault_identity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("x25519_private", sa.String(length=64), nullable=False),
        sa.Column("ed25519_private", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vault_identity")),
    )
    op.create_table(
        "trusted_key",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("fingerprint", sa.String(length=40), nullable=False),
        sa.Column("x25519", sa.String(length=64), nullable=False),
        sa.Column("ed25519", sa.String(length=64), nullable=False),
        sa.Column("trusted_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trusted_key")),
        sa.UniqueConstraint("fingerprint", name=op.f("uq_trusted_key_fingerprint")),
        sa.UniqueConstraint("name", name=op.f("uq_trusted_key_name")),
    )
    op.create_table(
        "sent_packet",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("packet_id", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("recipient_fingerprint", sa.String(length=40), nullable=False),
        sa.Column("period_label", sa.String(length=80), nullable=False),
        sa.Column("items", sa.JSON(), nullable=False),
        sa.Column("replies_to", sa.String(length=64), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sent_packet")),
        sa.UniqueConstraint("packet_id", name=op.f("uq_sent_packet_packet_id")),
    )
    op.create_table(
        "received_packet",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("packet_id", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("sender_id", sa.Integer(), nullable=False),
        sa.Column("content", sa.JSON(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("replied_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["sender_id"], ["trusted_key.id"], name=op.f("fk_received_packet_sender_id_trusted_key")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_received_packet")),
        sa.UniqueConstraint("packet_id", name=op.f("uq_received_packet_packet_id")),
    )
    op.create_table(
        "supervision_comment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("packet_id", sa.String(length=64), nullable=False),
        sa.Column("item_id", sa.String(length=64), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("is_action", sa.Boolean(), nullable=False),
        sa.Column("target_kind", sa.String(length=24), nullable=False),
        sa.Column("target_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("seen_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supervision_comment")),
    )
    with op.batch_alter_table("supervision_comment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_supervision_comment_packet_id"), ["packet_id"], unique=False
        )
    op.create_table(
        "supervision_session",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("packet_id", sa.String(length=64), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("topics", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supervision_session")),
    )
    with op.batch_alter_table("supervision_session", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_supervision_session_packet_id"), ["packet_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("boundary_event", schema=None) as batch_op:
        batch_op.drop_column("discussed_on")
    op.drop_table("supervision_session")
    op.drop_table("supervision_comment")
    op.drop_table("received_packet")
    op.drop_table("sent_packet")
    op.drop_table("trusted_key")
    op.drop_table("vault_identity")
