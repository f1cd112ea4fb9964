"""The vault: a folder with the encrypted database, its key slots and its backups.

Life cycle::

    vault = Vault(path)            # no I/O yet
    vault.claim()                  # one process per vault (VaultBusy otherwise)
    recovery = vault.create(passphrase)   # or vault.unlock(passphrase)
    with vault.session() as s: ...
    vault.lock()                   # engine disposed, key dropped; still claimed
    vault.close()                  # lock and release the claim

Nothing outside this package ever sees the data key. The vault records nothing and
knows no domain: each operation returns what happened (an UnlockResult, a
BackupInfo, a StorageCheck) and services/session.py and services/integrity.py
write the activity log from it.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from peerdesk.core import db, migrations
from peerdesk.core.errors import (
    IntegrityError,
    KeyFileError,
    StorageError,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    WrongPassphrase,
)
from peerdesk.core.vault import backup, device
from peerdesk.core.vault.backup import BackupInfo
from peerdesk.core.vault.files import (
    BACKUPS_NAME,
    DB_NAME,
    KEYS_NAME,
    PENDING_KEYS_NAME,
    atomic_write,
    create_private_file,
    make_private_dir,
    storage_error,
)
from peerdesk.core.vault.instance import InstanceLock
from peerdesk.core.vault.keys import (
    DATA_KEY_BYTES,
    KdfParams,
    KeyFile,
    SlotType,
    calibrate,
    check_passphrase_rules,
    new_key_file,
    new_recovery_key,
    parse_recovery_key,
)

if TYPE_CHECKING:  # SQLAlchemy loads with the first engine: the unlock screen never needs it
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)

__all__ = [
    "BACKUPS_NAME",
    "DB_NAME",
    "KEYS_NAME",
    "Migration",
    "StorageCheck",
    "UnlockResult",
    "Vault",
]


@dataclass(frozen=True)
class Migration:
    """The schema was brought from ``from_revision`` up to ``to_revision`` on unlock."""

    from_revision: str
    to_revision: str
    backup: BackupInfo  # written before the schema changed


@dataclass(frozen=True)
class UnlockResult:
    """What happened while opening the vault."""

    failed_attempts: int  # wrong secrets tried on this Vault since it was last opened
    # An interrupted key rotation was completed: its recovery key was never shown, so
    # the printed one no longer opens the vault and a new one should be made.
    recovery_key_stale: bool = False
    migration: Migration | None = None


@dataclass(frozen=True)
class StorageCheck:
    """The encrypted pages and SQLite structure, checked below any domain."""

    problems: tuple[str, ...]
    readable: bool  # False: the records cannot be read at all, so look no further


class Vault:
    def __init__(self, path: Path | str) -> None:
        self.path = Path(path).expanduser().absolute()
        self._instance = InstanceLock(self.path) if self.path.is_dir() else None
        self._engine: Engine | None = None
        self._sessions: sessionmaker[Session] | None = None
        self._data_key: bytearray | None = None
        self._keys: KeyFile | None = None
        self.failed_attempts = 0

    def __repr__(self) -> str:
        return f"<Vault {'open' if self.is_open else 'locked'}>"

    # -- paths -----------------------------------------------------------------------
    @property
    def db_path(self) -> Path:
        return self.path / DB_NAME

    @property
    def keys_path(self) -> Path:
        return self.path / KEYS_NAME

    @property
    def backups_dir(self) -> Path:
        return self.path / BACKUPS_NAME

    def exists(self) -> bool:
        return self.keys_path.is_file() and self.db_path.is_file()

    # -- claiming ---------------------------------------------------------------------
    def claim(self) -> None:
        """Take the one-process-per-vault lock, creating the folder if needed."""
        make_private_dir(self.path)
        if self._instance is None:
            self._instance = InstanceLock(self.path)
        if not self._instance.held:
            self._instance.acquire()

    def close(self) -> None:
        self.lock()
        if self._instance is not None:
            self._instance.release()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- key file ---------------------------------------------------------------------
    def read_keys(self) -> KeyFile:
        try:
            raw = self.keys_path.read_bytes()
        except FileNotFoundError:
            raise VaultNotFound("There is no peerdesk vault in that folder yet.") from None
        return KeyFile.from_bytes(raw)

    def _write_keys(self, keys: KeyFile) -> None:
        atomic_write(self.keys_path, keys.to_bytes())
        self._keys = keys

    @property
    def vault_id(self) -> str:
        return (self._keys or self.read_keys()).vault_id

    def device_remembered(self) -> bool:
        """True when this vault has a device slot and the keyring still holds its key."""
        try:
            keys = self.read_keys()
        except (VaultNotFound, KeyFileError):
            return False
        return keys.has("device") and device.load(keys.vault_id) is not None

    # -- create / unlock ---------------------------------------------------------------
    def create(
        self,
        passphrase: str,
        *,
        kdf: KdfParams | None = None,
    ) -> str:
        """Make a new vault here and leave it unlocked. Returns the recovery key (show once)."""
        check_passphrase_rules(passphrase)
        self.claim()
        if self.keys_path.exists() or self.db_path.exists():
            raise VaultExists("A vault already exists in that folder.")
        data_key = secrets.token_bytes(DATA_KEY_BYTES)
        recovery = new_recovery_key()
        keys = new_key_file(kdf or calibrate())
        keys = keys.with_slot("passphrase", passphrase, data_key)
        keys = keys.with_slot("recovery", parse_recovery_key(recovery), data_key)
        try:
            make_private_dir(self.backups_dir)
            create_private_file(self.db_path)
            self._write_keys(keys)
        except OSError as exc:
            raise storage_error(exc) from None
        self._start(db.open_engine(self.db_path, data_key.hex()), data_key)
        return recovery

    def unlock(self, passphrase: str) -> UnlockResult:
        return self._unlock("passphrase", passphrase)

    def unlock_with_recovery_key(self, recovery_key: str) -> UnlockResult:
        """Unlock with the recovery key; the caller should then ask for a new passphrase."""
        return self._unlock("recovery", parse_recovery_key(recovery_key))

    def unlock_with_device(self) -> UnlockResult:
        keys = self.read_keys()
        secret = device.load(keys.vault_id)
        if secret is None:
            raise WrongPassphrase("This device is no longer remembered for this vault.")
        return self._unlock("device", secret)

    def _unlock(self, slot_type: SlotType, secret: bytes | str) -> UnlockResult:
        self.claim()
        keys = self.read_keys()
        pending = self._pending_keys()
        candidates: list[tuple[KeyFile, bytes]] = []
        refusal: WrongPassphrase | None = None
        for key_file in (keys, pending):
            if key_file is None:
                continue
            try:
                candidates.append((key_file, key_file.unwrap(slot_type, secret)))
            except WrongPassphrase as exc:
                refusal = refusal or exc
        if not candidates:
            self.failed_attempts += 1
            assert refusal is not None
            raise refusal
        # Normally one candidate. Two only after a key rotation was interrupted: the
        # database then opens with exactly one of them, and that key file is kept.
        damage: IntegrityError | None = None
        stale = False
        migration: Migration | None = None
        for key_file, data_key in candidates:
            try:
                engine = db.open_engine(self.db_path, data_key.hex())
            except IntegrityError as exc:
                damage = exc
                continue
            if key_file is pending:
                os.replace(self.path / PENDING_KEYS_NAME, self.keys_path)
                stale = True  # the rotation's recovery key was never shown
            elif pending is not None:
                (self.path / PENDING_KEYS_NAME).unlink()
            self._keys = key_file
            migration = self._start(engine, data_key)
            break
        else:
            assert damage is not None
            raise damage
        failed, self.failed_attempts = self.failed_attempts, 0
        return UnlockResult(failed, recovery_key_stale=stale, migration=migration)

    def _pending_keys(self) -> KeyFile | None:
        pending = self.path / PENDING_KEYS_NAME
        if not pending.exists():
            return None
        try:
            return KeyFile.from_bytes(pending.read_bytes())
        except KeyFileError:
            return None

    def _start(self, engine: Engine, data_key: bytes) -> Migration | None:
        """Adopt an opened engine, then bring the schema up to date."""
        self._engine = engine
        self._sessions = db.session_factory(engine)
        self._data_key = bytearray(data_key)
        try:
            return self._migrate()
        except db.dbapi_errors() as exc:
            self.lock()
            translated = db.translate_error(exc)
            if translated is None:
                raise
            raise translated from None
        except Exception:
            self.lock()
            raise

    def _migrate(self) -> Migration | None:
        assert self._engine is not None
        current = migrations.current_revision(self._engine)
        head = migrations.head_revision()
        if current == head:
            return None
        if current is None:  # a new vault: nothing to keep
            migrations.upgrade(self._engine)
            return None
        # An existing vault about to change shape: back it up first.
        stamp = time.strftime("%Y%m%d-%H%M%S")
        info = self.write_backup(self.backups_dir / f"before-upgrade-{current}-{stamp}.pdbackup")
        migrations.upgrade(self._engine)
        return Migration(current, head, info)

    # -- open state ---------------------------------------------------------------------
    @property
    def is_open(self) -> bool:
        return self._engine is not None

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise VaultLocked("The vault is locked.")
        return self._engine

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on any error."""
        if self._sessions is None:
            raise VaultLocked("The vault is locked.")
        try:
            with self._sessions.begin() as s:
                yield s
        except db.dbapi_errors() as exc:
            translated = db.translate_error(exc)
            if translated is None:
                raise
            raise translated from None

    def _key(self) -> bytes:
        if self._data_key is None:
            raise VaultLocked("The vault is locked.")
        return bytes(self._data_key)

    def write_backup(self, out: Path) -> BackupInfo:
        """Write an encrypted backup of the open vault to ``out``, verified by reading it back."""
        out = Path(out)
        if out.parent == self.backups_dir:
            try:
                make_private_dir(out.parent)
            except OSError as exc:
                raise storage_error(exc) from None
        return backup.write_backup(
            out,
            keys=self.read_keys(),
            data_key=self._key(),
            engine=self.engine,
            staging_dir=self.path,
        )

    def lock(self) -> None:
        """Dispose of every connection and forget the key. Safe to call twice."""
        if self._engine is not None:
            self._engine.dispose()
        self._engine = None
        self._sessions = None
        if self._data_key is not None:
            for i in range(len(self._data_key)):
                self._data_key[i] = 0
        self._data_key = None

    # -- key management (vault must be open) -------------------------------------------
    def verify_passphrase(self, passphrase: str) -> None:
        self.read_keys().unwrap("passphrase", passphrase)

    def set_passphrase(self, new_passphrase: str) -> None:
        """Re-wrap the passphrase slot only (e.g. after a recovery-key unlock)."""
        check_passphrase_rules(new_passphrase)
        keys = self.read_keys().with_slot("passphrase", new_passphrase, self._key())
        self._write_keys(keys)

    def change_passphrase(self, current: str, new_passphrase: str) -> None:
        check_passphrase_rules(new_passphrase)
        self.verify_passphrase(current)
        self.set_passphrase(new_passphrase)

    def replace_recovery_key(self) -> str:
        """Make a new recovery key (the old one stops working). Returns it: show it once."""
        recovery = new_recovery_key()
        keys = self.read_keys().with_slot("recovery", parse_recovery_key(recovery), self._key())
        self._write_keys(keys)
        return recovery

    def remember_device(self) -> None:
        if not device.is_available():
            raise StorageError(
                "This computer has no secure keyring, so it cannot remember the vault."
            )
        keys = self.read_keys()
        secret = device.new_device_key()
        device.store(keys.vault_id, secret)
        self._write_keys(keys.with_slot("device", secret, self._key()))

    def forget_device(self) -> None:
        keys = self.read_keys()
        device.forget(keys.vault_id)
        if keys.has("device"):
            self._write_keys(keys.without("device"))

    def rotate_data_key(self, passphrase: str) -> str:
        """Re-encrypt the database under a fresh data key; returns a new recovery key.

        Order for crash safety: the new key file goes to vault.keys.next first,
        then SQLCipher rekeys the database, then vault.keys.next replaces
        vault.keys. Opening after a crash between the two finds whichever works.
        """
        keys = self.read_keys()
        keys.unwrap("passphrase", passphrase)
        new_key = secrets.token_bytes(DATA_KEY_BYTES)
        recovery = new_recovery_key()
        slot_secrets: dict[str, bytes | str] = {
            "passphrase": passphrase,
            "recovery": parse_recovery_key(recovery),
        }
        remembered = device.load(keys.vault_id) if keys.has("device") else None
        if remembered is not None:
            slot_secrets["device"] = remembered
        new_keys = keys.rewrapped(new_key, slot_secrets)
        pending = self.path / PENDING_KEYS_NAME
        atomic_write(pending, new_keys.to_bytes())
        engine = self.engine
        engine.dispose()
        raw = db.connect_raw(self.db_path, self._key().hex())
        try:
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            raw.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
        finally:
            raw.close()
        try:
            os.replace(pending, self.keys_path)
        except OSError:
            # The database already uses the new key; vault.keys.next holds it and the
            # next unlock adopts it. The new recovery key was never shown, so say so.
            self.lock()
            raise StorageError(
                "The new key could not be put in place. Lock and unlock peerdesk; then make "
                "a new recovery key in Settings (the one shown before no longer works)."
            ) from None
        self._keys = new_keys
        self.lock()
        self._start(db.open_engine(self.db_path, new_key.hex()), new_key)
        return recovery

    # -- integrity ------------------------------------------------------------------------
    def check_storage(self) -> StorageCheck:
        """Page MACs, SQLite structure and foreign keys (services/integrity.py adds the chains)."""
        problems: list[str] = []
        with self.engine.connect() as conn:
            for (row,) in conn.exec_driver_sql("PRAGMA cipher_integrity_check"):
                problems.append(f"Encrypted page check: {row}")
            if problems:  # reading further would only hit the damaged pages
                return StorageCheck(tuple(problems), readable=False)
            try:
                result = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check")]
                fk = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            except db.dbapi_errors():
                return StorageCheck(
                    ("Database structure check failed: the file is damaged.",), readable=False
                )
            if result != ["ok"]:
                problems.append("Database structure check failed.")
            if fk:
                problems.append(f"{len(fk)} records point at something that no longer exists.")
        return StorageCheck(tuple(problems), readable=True)
