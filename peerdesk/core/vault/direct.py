"""A steady-state vault opened as one raw SQLCipher connection, without SQLAlchemy.

For the quick command-line paths (peerdesk.core.services.quick): a process that
runs one query and exits cannot afford to import the ORM. Anything out of the
ordinary (no vault, an operation cut short or its leftovers, a key file to seal or
that was changed, a database cut short, a schema to upgrade) is left to
``Vault``: ``open_direct`` then returns None and the caller takes the full path.
Like ``Vault``, it records nothing; the key never leaves this package.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from peerdesk.core import db, migrations
from peerdesk.core.errors import (
    QT_TRANSLATE_NOOP,
    IntegrityError,
    StorageError,
    VaultNotFound,
    WrongPassphrase,
)
from peerdesk.core.vault import attempts, head
from peerdesk.core.vault.files import (
    DB_NAME,
    KEYS_NAME,
    PAGE_SIZE,
    PENDING_KEYS_NAME,
    leftovers,
    make_private_dir,
)
from peerdesk.core.vault.instance import InstanceLock
from peerdesk.core.vault.keys import KeyFile, SlotType, parse_recovery_key

# journal.JOURNAL_NAME (tests/core/services/test_quick.py holds them equal): journal.py
# imports logging, which nothing on the quick path needs.
JOURNAL_NAME = "vault.journal"


class DirectVault:
    """The claimed vault and its one keyed connection (autocommit; BEGIN explicitly)."""

    def __init__(
        self,
        lock: InstanceLock,
        conn: sqlcipher.Connection,
        *,
        key: bytes,
        vault_id: str,
        sealed: head.Head,
    ) -> None:
        self._lock = lock
        self.conn = conn
        self._key = bytearray(key)
        self._vault_id = vault_id
        self._attempts_since = sealed.attempts_since

    def commit(self) -> None:
        """COMMIT a write begun with BEGIN IMMEDIATE, raising the change counter inside it
        and then sealing it into vault.head (as Vault does for every write)."""
        (counter,) = self.conn.execute("PRAGMA user_version").fetchone()
        self.conn.execute(f"PRAGMA user_version = {int(counter) + 1}")
        self.conn.execute("COMMIT")
        # A failed write leaves the database ahead of its head: allowed, mended next time.
        with contextlib.suppress(StorageError):
            head.write(
                self._lock.path.parent,
                head.Head(int(counter) + 1, self._attempts_since),
                data_key=bytes(self._key),
                vault_id=self._vault_id,
            )

    def __repr__(self) -> str:
        return "<DirectVault>"

    def close(self) -> None:
        """Close the connection (SQLite checkpoints what it needs) and release the claim."""
        try:
            self.conn.close()
        finally:
            for i in range(len(self._key)):
                self._key[i] = 0
            self._lock.release()

    def __enter__(self) -> DirectVault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def vault_exists(path: Path) -> bool:
    """True when ``path`` holds a vault's key file and database (nothing is opened)."""
    path = Path(path).expanduser()
    return (path / KEYS_NAME).is_file() and (path / DB_NAME).is_file()


def _needs_full_vault(path: Path) -> bool:
    """An operation cut short, its leftovers, or a database that is not whole pages:
    ``Vault`` completes, cleans up or refuses them, and says so in one sentence."""
    if (path / PENDING_KEYS_NAME).exists() or (path / JOURNAL_NAME).exists():
        return True
    size = (path / DB_NAME).stat().st_size
    return size < PAGE_SIZE or size % PAGE_SIZE != 0 or bool(leftovers(path))


def open_direct(path: Path, secret: str, *, recovery: bool = False) -> DirectVault | None:
    """Claim and unlock the vault at ``path`` with a passphrase (or recovery key).

    Raises what ``Vault.unlock`` raises (VaultBusy, WrongPassphrase, IntegrityError,
    VaultNotFound); returns None when only the full ``Vault`` can open it.
    """
    path = Path(path).expanduser().absolute()
    keys_path, db_path = path / KEYS_NAME, path / DB_NAME
    if not vault_exists(path):
        raise VaultNotFound(
            QT_TRANSLATE_NOOP(
                "core", "there is no peerdesk vault there yet (create one with `peerdesk init`)"
            )
        )
    make_private_dir(path)
    lock = InstanceLock(path)
    lock.acquire()
    try:
        if _needs_full_vault(path):
            lock.release()
            return None
        slot: SlotType = "recovery" if recovery else "passphrase"
        keys = KeyFile.from_bytes(keys_path.read_bytes())
        try:
            key = keys.unwrap(slot, parse_recovery_key(secret) if recovery else secret)
        except WrongPassphrase:
            with contextlib.suppress(StorageError):
                attempts.record_failure(path)
            raise
        if not keys.is_sealed() or keys.damage(key):  # Vault seals it, or says what is wrong
            lock.release()
            return None
        try:
            conn = db.connect_raw(db_path, key.hex())
        except sqlcipher.DatabaseError:
            raise IntegrityError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The vault database cannot be read with its key: it is damaged or was replaced. "
                    "Restore it from a backup.",
                )
            ) from None
        row = conn.execute(
            "SELECT version_num FROM alembic_version"
            if conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
            ).fetchone()
            else "SELECT NULL"
        ).fetchone()
        sealed = _sealed_head(path, conn, key, keys.vault_id)
        if row is None or row[0] != migrations.head_revision() or sealed is None:
            conn.close()
            lock.release()
            return None
    except BaseException:
        lock.release()
        raise
    return DirectVault(lock, conn, key=key, vault_id=keys.vault_id, sealed=sealed)


def _sealed_head(
    path: Path, conn: sqlcipher.Connection, key: bytes, vault_id: str
) -> head.Head | None:
    """vault.head when it matches the database and no failed unlock waits to be told;
    else None (Vault refuses the database, or tells, and starts a new record)."""
    try:
        found = head.read(path, data_keys=[key], vault_id=vault_id)
    except head.HeadDamaged:
        return None
    (counter,) = conn.execute("PRAGMA user_version").fetchone()
    if found is None or found.counter > int(counter) or not found.attempts_since:
        return None
    record = attempts.read(path)
    if record is None or record.failures or record.since != found.attempts_since:
        return None
    return found
