"""SQLAlchemy engine and session factory over an SQLCipher database.

Only peerdesk.core.vault calls ``open_engine``: nothing else ever sees a key.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3.dbapi2 as sqlcipher

from peerdesk.core.errors import QT_TRANSLATE_NOOP, IntegrityError, PeerdeskError, StorageError
from peerdesk.core.hardening import lock_no_more_memory

if TYPE_CHECKING:  # SQLAlchemy loads when an engine is made, not for a raw connection
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

DBAPIError = sqlcipher.DatabaseError


def dbapi_errors() -> tuple[type[Exception], ...]:
    """What a database failure can be raised as: the driver's error and, once SQLAlchemy is
    loaded (it wraps the driver's errors), its DBAPIError. For ``except dbapi_errors():``,
    which is evaluated only when an exception is matched, so SQLAlchemy is never imported
    just to be caught."""
    exc = sys.modules.get("sqlalchemy.exc")
    return (DBAPIError, exc.DBAPIError) if exc is not None else (DBAPIError,)


_memory_locking_stopped = False
# Each page read from disk is decrypted and checked by SQLCipher: a page cache larger than
# SQLite's 2 MB keeps a 10,000-service directory's search working set decrypted (a search
# touches pages all over its random-keyed indexes). Pages are cached as used, up to this.
CACHE_KIB = 32 * 1024


def connect_raw(path: Path, hex_key: str) -> sqlcipher.Connection:
    """One keyed connection, with peerdesk's pragmas, verified by reading the schema."""
    global _memory_locking_stopped
    conn = sqlcipher.connect(str(path), check_same_thread=False, isolation_level=None)
    if not _memory_locking_stopped:
        # SQLCipher has started now and locked its private heap (the key's); from here on
        # a lock request is refused at once instead of costing two system calls per
        # allocation under memory security (see hardening.lock_no_more_memory).
        _memory_locking_stopped = True
        lock_no_more_memory()
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # SQLCipher would print to stderr
        # Before the key: SQLCipher then wipes every allocation it frees, the key's too.
        conn.execute("PRAGMA cipher_memory_security = ON")
        conn.execute(f"PRAGMA key = \"x'{hex_key}'\"")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
    except sqlcipher.DatabaseError:
        conn.close()
        raise
    return conn


DAMAGED = (
    "The vault database is damaged (a page failed its check). Nothing more was read; "
    "restore the vault from a backup."
)


def translate_error(exc: BaseException) -> PeerdeskError | None:
    """Turn a low-level database failure into a plain peerdesk error, or None.

    Constraint violations stay as they are (they are programming errors); a
    damaged page, a full disk or a vanished file become messages a mentor can act on.
    """
    orig = getattr(exc, "orig", exc)
    if not isinstance(orig, sqlcipher.DatabaseError) or isinstance(orig, sqlcipher.IntegrityError):
        return None
    text = str(orig).lower()
    if "full" in text:
        return StorageError(
            "The disk is full. The last change was not saved; free some space and try again."
        )
    if "malformed" in text or "not a database" in text or "hmac" in text or "corrupt" in text:
        return IntegrityError(DAMAGED)
    if "disk i/o" in text or "readonly" in text or "unable to open" in text:
        return StorageError(
            "The vault's files could not be read or written (disk error). Nothing was changed."
        )
    return None


def open_engine(path: Path, hex_key: str) -> Engine:
    """An engine whose every pooled connection is keyed; raises IntegrityError if unreadable."""
    from sqlalchemy import create_engine, event

    try:
        connect_raw(path, hex_key).close()
    except sqlcipher.DatabaseError:
        raise IntegrityError(
            QT_TRANSLATE_NOOP(
                "core",
                "The vault database cannot be read with its key: it is damaged or was replaced. "
                "Restore it from a backup.",
            )
        ) from None

    engine = create_engine(
        "sqlite+pysqlite://",
        module=sqlcipher,
        creator=lambda: connect_raw(path, hex_key),
        hide_parameters=True,  # exception messages never carry values
        echo=False,
        pool_pre_ping=False,
    )

    @event.listens_for(engine, "begin")
    def _begin(
        conn: Any,
    ) -> None:  # pysqlite's own transaction handling is off (isolation_level=None)
        conn.exec_driver_sql("BEGIN")

    return engine


def session_factory(engine: Engine) -> sessionmaker[Session]:
    from sqlalchemy.orm import sessionmaker

    return sessionmaker(engine, expire_on_commit=False)


# "column IN_JSON" with one parameter, a JSON array of the values (json.dumps(ids)): one
# statement text whatever the count, so SQLite's statement cache keeps it, and no limit on
# the number of values (unlike "IN (?, ?, ...)", whose text changes with each count).
IN_JSON = "IN (SELECT value FROM json_each(?))"


def chunks(items: list[Any], size: int = 500) -> Iterator[list[Any]]:
    """``items`` in slices small enough for one ``IN (...)`` (SQLite's variable limit)."""
    for start in range(0, len(items), size):
        yield items[start : start + size]
