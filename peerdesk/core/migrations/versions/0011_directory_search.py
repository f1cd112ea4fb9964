"""ranked full-text search over the resource directory

dir_fts (FTS5, bm25-ranked) holds one row per service: its names, organisation,
descriptions, places, taxonomy terms, needs, phone numbers and the mentor's own notes.
dir_fts_key maps each FTS rowid to its service id; dir_fts_need holds each service's
needs (from need-mapping.json); dir_fts_meta remembers which mapping built them.
Triggers put every service whose searchable text may have changed into dir_fts_dirty,
whoever wrote it; peerdesk.core.services.directory_index re-indexes those rows.
A later migration that copies one of these tables (batch mode) must create its triggers
again: dropping a table drops its triggers.

Revision ID: 0011
Revises: 0010
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FTS = (
    "fts5(name, organization, description, places, terms, needs, phones, notes, "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
)
MARK = "INSERT OR IGNORE INTO dir_fts_dirty (service_id)"
BY_LOCATION = "SELECT service_id FROM dir_service_at_location WHERE location_id = {}"
TRIGGERS = {
    "dir_fts_service_ins": f"AFTER INSERT ON dir_service BEGIN {MARK} VALUES (new.id); END",
    "dir_fts_service_upd": (
        "AFTER UPDATE OF id, name, alternate_name, description, eligibility_description, "
        "fees_description, application_process, notes, organization_id, region "
        f"ON dir_service BEGIN {MARK} VALUES (old.id); {MARK} VALUES (new.id); END"
    ),
    "dir_fts_service_del": f"AFTER DELETE ON dir_service BEGIN {MARK} VALUES (old.id); END",
    "dir_fts_org_upd": (
        "AFTER UPDATE OF name, description ON dir_organization BEGIN "
        f"{MARK} SELECT id FROM dir_service WHERE organization_id = new.id; END"
    ),
    "dir_fts_location_upd": (
        "AFTER UPDATE OF name, description ON dir_location BEGIN "
        f"{MARK} {BY_LOCATION.format('new.id')}; END"
    ),
    "dir_fts_address_ins": (
        f"AFTER INSERT ON dir_address BEGIN {MARK} {BY_LOCATION.format('new.location_id')}; END"
    ),
    "dir_fts_address_upd": (
        f"AFTER UPDATE ON dir_address BEGIN {MARK} {BY_LOCATION.format('new.location_id')}; "
        f"{MARK} {BY_LOCATION.format('old.location_id')}; END"
    ),
    "dir_fts_address_del": (
        f"AFTER DELETE ON dir_address BEGIN {MARK} {BY_LOCATION.format('old.location_id')}; END"
    ),
    "dir_fts_sal_ins": (
        f"AFTER INSERT ON dir_service_at_location BEGIN {MARK} VALUES (new.service_id); END"
    ),
    "dir_fts_sal_del": (
        f"AFTER DELETE ON dir_service_at_location BEGIN {MARK} VALUES (old.service_id); END"
    ),
    "dir_fts_attr_ins": (
        f"AFTER INSERT ON dir_service_attribute BEGIN {MARK} VALUES (new.service_id); END"
    ),
    "dir_fts_attr_del": (
        f"AFTER DELETE ON dir_service_attribute BEGIN {MARK} VALUES (old.service_id); END"
    ),
    "dir_fts_term_upd": (
        "AFTER UPDATE OF code, name, description ON dir_taxonomy_term BEGIN "
        f"{MARK} SELECT service_id FROM dir_service_attribute WHERE taxonomy_term_id = new.id; "
        "END"
    ),
    "dir_fts_phone_ins": (
        f"AFTER INSERT ON dir_phone BEGIN {MARK} SELECT new.service_id WHERE "
        f"new.service_id IS NOT NULL; {MARK} {BY_LOCATION.format('new.location_id')}; END"
    ),
    "dir_fts_phone_del": (
        f"AFTER DELETE ON dir_phone BEGIN {MARK} SELECT old.service_id WHERE "
        f"old.service_id IS NOT NULL; {MARK} {BY_LOCATION.format('old.location_id')}; END"
    ),
}


def upgrade() -> None:
    op.execute(f"CREATE VIRTUAL TABLE dir_fts USING {FTS}")
    op.execute(
        "CREATE TABLE dir_fts_key (key INTEGER PRIMARY KEY, service_id TEXT NOT NULL UNIQUE)"
    )
    op.execute("CREATE TABLE dir_fts_dirty (service_id TEXT PRIMARY KEY) WITHOUT ROWID")
    op.execute(
        "CREATE TABLE dir_fts_need (need TEXT NOT NULL, service_id TEXT NOT NULL, "
        "PRIMARY KEY (need, service_id)) WITHOUT ROWID"
    )
    op.execute("CREATE INDEX dir_fts_need_service ON dir_fts_need (service_id)")
    op.execute(
        "CREATE TABLE dir_fts_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"
    )
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")
    op.execute("INSERT INTO dir_fts_dirty (service_id) SELECT id FROM dir_service")


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER {name}")
    for table in ("dir_fts_meta", "dir_fts_need", "dir_fts_dirty", "dir_fts_key", "dir_fts"):
        op.execute(f"DROP TABLE {table}")
