"""what real directories carry: full HSDS 3.0 schedules (RFC 5545 rules), service areas,
service-at-location phones and schedules, languages and accessibility

Columns are added in place (ALTER TABLE ADD COLUMN), never by copying a table, so the
search triggers of 0011 on dir_phone stay. The new *_at_location_id columns name the
service at location a phone or schedule belongs to (it also carries that service's id).

Revision ID: 0012
Revises: 0011
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SCHEDULE_COLUMNS = (
    sa.Column("service_at_location_id", sa.String(length=64), nullable=True),
    sa.Column("freq", sa.String(length=8), nullable=False, server_default=""),
    sa.Column("interval", sa.Integer(), nullable=True),
    sa.Column("dtstart", sa.Date(), nullable=True),
    sa.Column("until", sa.Date(), nullable=True),
    sa.Column("count", sa.Integer(), nullable=True),
    sa.Column("wkst", sa.String(length=2), nullable=False, server_default=""),
    sa.Column("byweekno", sa.String(length=64), nullable=False, server_default=""),
    sa.Column("bymonthday", sa.String(length=64), nullable=False, server_default=""),
    sa.Column("byyearday", sa.String(length=64), nullable=False, server_default=""),
    sa.Column("timezone", sa.Float(), nullable=True),
    sa.Column("schedule_link", sa.Text(), nullable=False, server_default=""),
    sa.Column("attending_type", sa.Text(), nullable=False, server_default=""),
    sa.Column("notes", sa.Text(), nullable=False, server_default=""),
)


def upgrade() -> None:
    for column in SCHEDULE_COLUMNS:
        op.add_column("dir_schedule", column)
    op.add_column(
        "dir_phone", sa.Column("service_at_location_id", sa.String(length=64), nullable=True)
    )
    op.create_index(
        op.f("ix_dir_schedule_service_at_location_id"), "dir_schedule", ["service_at_location_id"]
    )
    op.create_index(
        op.f("ix_dir_phone_service_at_location_id"), "dir_phone", ["service_at_location_id"]
    )
    op.create_table(
        "dir_service_area",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("service_id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("extent", sa.Text(), nullable=False),
        sa.Column("extent_type", sa.String(length=16), nullable=False),
        sa.Column("uri", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["service_id"],
            ["dir_service.id"],
            name=op.f("fk_dir_service_area_service_id_dir_service"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dir_service_area")),
    )
    op.create_index(op.f("ix_dir_service_area_service_id"), "dir_service_area", ["service_id"])
    op.create_table(
        "dir_language",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("service_id", sa.String(length=64), nullable=True),
        sa.Column("location_id", sa.String(length=64), nullable=True),
        sa.Column("phone_id", sa.String(length=64), nullable=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["service_id"],
            ["dir_service.id"],
            name=op.f("fk_dir_language_service_id_dir_service"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["location_id"],
            ["dir_location.id"],
            name=op.f("fk_dir_language_location_id_dir_location"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dir_language")),
    )
    op.create_index(op.f("ix_dir_language_service_id"), "dir_language", ["service_id"])
    op.create_index(op.f("ix_dir_language_location_id"), "dir_language", ["location_id"])
    op.create_table(
        "dir_accessibility",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("location_id", sa.String(length=64), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["location_id"],
            ["dir_location.id"],
            name=op.f("fk_dir_accessibility_location_id_dir_location"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dir_accessibility")),
    )
    op.create_index(op.f("ix_dir_accessibility_location_id"), "dir_accessibility", ["location_id"])


def downgrade() -> None:
    op.drop_table("dir_accessibility")
    op.drop_table("dir_language")
    op.drop_table("dir_service_area")
    op.drop_index(op.f("ix_dir_phone_service_at_location_id"), "dir_phone")
    op.drop_index(op.f("ix_dir_schedule_service_at_location_id"), "dir_schedule")
    with op.batch_alter_table("dir_phone") as batch:
        batch.drop_column("service_at_location_id")
    with op.batch_alter_table("dir_schedule") as batch:
        for column in reversed(SCHEDULE_COLUMNS):
            batch.drop_column(column.name)
