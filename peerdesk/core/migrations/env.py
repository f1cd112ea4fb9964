"""Alembic environment: peerdesk passes the keyed connection in; there is no URL."""

from typing import Any

from alembic import context

from peerdesk.core.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("peerdesk migrations run only from inside peerdesk (no database URL).")


def include_object(obj: Any, name: Any, type_: Any, reflected: Any, compare_to: Any) -> bool:
    """FTS5 tables (and their shadow tables) are created by hand in migrations."""
    return not (type_ == "table" and name.startswith(("note_fts", "dir_fts")))


context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    include_object=include_object,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies tables
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
