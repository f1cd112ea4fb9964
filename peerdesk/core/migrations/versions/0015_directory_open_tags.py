"""directory "open now" inside the full-text index: schedules list their services

Each service's row in dir_fts now carries, in its tags, a token for every weekday and
hour in which one of its schedules (its own, or its locations') may be open ("oth10"),
so "open now" is one more term of the MATCH instead of a scan of every schedule per
search. A schedule written, changed or deleted therefore lists its service (or the
services at its location) for re-indexing. The rows themselves are rebuilt by
peerdesk.core.services.directory_index on the next search (its row format changed).

Revision ID: 0015
Revises: 0014
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MARK = "INSERT OR IGNORE INTO dir_fts_dirty (service_id)"


def _listed(row: str) -> str:
    return (
        f"{MARK} SELECT {row}.service_id WHERE {row}.service_id IS NOT NULL; "
        f"{MARK} SELECT service_id FROM dir_service_at_location "
        f"WHERE location_id = {row}.location_id; "
    )


TRIGGERS = {
    "dir_fts_schedule_ins": f"AFTER INSERT ON dir_schedule BEGIN {_listed('new')}END",
    "dir_fts_schedule_upd": (
        f"AFTER UPDATE ON dir_schedule BEGIN {_listed('old')}{_listed('new')}END"
    ),
    "dir_fts_schedule_del": f"AFTER DELETE ON dir_schedule BEGIN {_listed('old')}END",
}


def upgrade() -> None:
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER {name}")
