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
import hashlib
import logging
import os
import secrets
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from peerdesk.core import db, migrations, records
from peerdesk.core.errors import (
    QT_TRANSLATE_NOOP,
    IntegrityError,
    KeyFileError,
    StorageError,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    WrongPassphrase,
)
from peerdesk.core.messages import Message
from peerdesk.core.vault import attempts, backup, device, head, journal
from peerdesk.core.vault.backup import BackupInfo
from peerdesk.core.vault.files import (
    BACKUPS_NAME,
    DB_NAME,
    KEYS_NAME,
    PAGE_SIZE,
    PENDING_KEYS_NAME,
    atomic_write,
    create_private_file,
    fsync_dir,
    make_private_dir,
    remove_leftovers,
    storage_error,
    tighten_modes,
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
    from sqlalchemy import Connection, Engine
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
    # The recovery key in the vault's slot may never have been shown (a key rotation
    # finished but its new key was not confirmed): the printed one no longer opens the
    # vault and a new one should be made. Stays True on every unlock until then.
    recovery_key_stale: bool = False
    migration: Migration | None = None
    # One sentence each for the mentor: operations cut short that were completed or undone.
    notices: tuple[str, ...] = ()
    # The recovery key made with the vault, never confirmed as seen (peerdesk stopped
    # first): show it again, then confirm_recovery_key(). Never in a repr.
    recovery_key_to_confirm: str | None = field(default=None, repr=False)


@dataclass(frozen=True)
class StorageCheck:
    """The encrypted pages and SQLite structure, checked below any domain."""

    problems: tuple[str, ...]
    readable: bool  # False: the records cannot be read at all, so look no further


DATABASE_MISSING = QT_TRANSLATE_NOOP(
    "core",
    "The vault's database file (vault.db) is missing; restore the vault from a backup.",
)
ROLLED_BACK = QT_TRANSLATE_NOOP(
    "core",
    "The vault's database is older than its last saved change: the end of its journal was "
    "lost or an older copy of vault.db was put in its place. Nothing was changed; restore "
    "the vault from a backup.",
)
HEAD_MISSING = QT_TRANSLATE_NOOP(
    "core",
    "The record of this vault's last saved change (vault.head) was missing or changed, so "
    "peerdesk cannot tell whether recent changes were lost; if something you wrote is "
    "missing, restore the vault from a backup.",
)
ATTEMPTS_REMOVED = QT_TRANSLATE_NOOP(
    "core",
    "The record of failed attempts to open this vault was removed or replaced since you "
    "last opened peerdesk; someone may have tried to open it.",
)
DATABASE_CUT = QT_TRANSLATE_NOOP(
    "core",
    "The vault's database file (vault.db) is empty or cut short; nothing was opened. "
    "Restore the vault from a backup.",
)


KEY_DAMAGE = {
    "recovery": QT_TRANSLATE_NOOP(
        "core",
        "The recovery key slot in vault.keys was changed outside peerdesk, so your "
        "recovery key may no longer open this vault; make a new one now (Settings).",
    ),
    "device": QT_TRANSLATE_NOOP(
        "core",
        "The remembered-device slot in vault.keys was changed outside peerdesk; "
        "forget this device and remember it again (Settings).",
    ),
    "passphrase": QT_TRANSLATE_NOOP(
        "core",
        "The passphrase slot in vault.keys was changed outside peerdesk, so your "
        "passphrase may no longer open this vault; set a new one now (Settings).",
    ),
    "slots": QT_TRANSLATE_NOOP(
        "core",
        "A key slot was removed from or added to vault.keys outside peerdesk; "
        "make a new recovery key now (Settings).",
    ),
}


class Vault:
    def __init__(self, path: Path | str) -> None:
        self.path = Path(path).expanduser().absolute()
        self._instance = InstanceLock(self.path) if self.path.is_dir() else None
        self._engine: Engine | None = None
        self._sessions: sessionmaker[Session] | None = None
        # Sessions open on each thread, and the connection each thread has checked out:
        # lock() lets no new session start, interrupts and waits for those of other threads
        # (a background search), then disposes of the engine. SQLAlchemy's pool dispose
        # iterates its connections and a thread connecting meanwhile broke it.
        self._busy = threading.Condition()
        self._active: dict[int, int] = {}
        self._connections: dict[int, object] = {}
        self._locking = False
        self._data_key: bytearray | None = None
        self._keys: KeyFile | None = None
        self._notices: list[str] = []
        self._creating = False
        self._key_damage: list[str] = []
        self._head: head.Head | None = None  # as verified at unlock
        self._head_problems: list[str] = []
        self._head_due: int | None = None  # a committed change counter not yet in vault.head
        self._attempts_since = ""
        self._candidate_keys: list[bytes] = []  # the data keys the unlock under way found
        self._offer: str | None = None  # the creation's recovery key, to show again
        self.failed_attempts = 0  # wrong secrets tried on this Vault (this process)

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
        """A vault is here (or an interrupted restore that claim() will complete)."""
        if self.keys_path.is_file() and self.db_path.is_file():
            return True
        entry = journal.read(self.path)
        return entry is not None and entry.op == "restore"

    # -- claiming ---------------------------------------------------------------------
    def claim(self) -> None:
        """Take the one-process-per-vault lock, creating the folder if needed."""
        make_private_dir(self.path)
        if self._instance is None:
            self._instance = InstanceLock(self.path)
        if not self._instance.held:
            self._instance.acquire()
            self._finish_interrupted()

    def _finish_interrupted(self) -> None:
        """On first claim: complete a restore cut short and remove temporary files."""
        notice = backup.finish_interrupted_restore(self.path)
        if notice:
            self._notices.append(notice)
        removed = remove_leftovers(self.path)
        if removed:
            log.info("removed %d temporary files left by an interrupted write", removed)
        if tighten_modes(self.path):
            log.info("made the vault's files private again (their modes had been widened)")

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
            raise VaultNotFound(
                QT_TRANSLATE_NOOP("core", "There is no peerdesk vault in that folder yet.")
            ) from None
        return KeyFile.from_bytes(raw)

    def _write_keys(self, keys: KeyFile) -> None:
        if self._data_key is not None:
            keys = keys.seal(bytes(self._data_key))
        atomic_write(self.keys_path, keys.to_bytes())
        self._keys = keys
        if self._data_key is not None:  # a replaced slot is no longer damaged
            self._key_damage = keys.damage(bytes(self._data_key))

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
        if self.keys_path.exists():
            raise VaultExists(QT_TRANSLATE_NOOP("core", "A vault already exists in that folder."))
        data_key = secrets.token_bytes(DATA_KEY_BYTES)
        recovery = new_recovery_key()
        keys = new_key_file(kdf or calibrate())
        keys = keys.with_slot("passphrase", passphrase, data_key)
        keys = keys.with_slot("recovery", parse_recovery_key(recovery), data_key)
        # The database gets its schema before vault.keys exists, so a key file always
        # sits beside a whole database: an empty one beside it is damage, never "new".
        try:
            make_private_dir(self.backups_dir)
            self._set_aside_unfinished()
            create_private_file(self.db_path)
        except OSError as exc:
            raise storage_error(exc) from None
        self._creating = True
        self._keys = keys  # the head is sealed (in _start) before vault.keys is written
        try:
            self._start(db.open_engine(self.db_path, data_key.hex()), data_key)
        finally:
            self._creating = False
        try:
            # Before vault.keys: a vault that exists always knows its key is unconfirmed.
            sealed = journal.seal(recovery, data_key=data_key, vault_id=keys.vault_id)
            journal.write(self.path, journal.Entry("init", journal.now_stamp(), {"sealed": sealed}))
            self._write_keys(keys)
        except StorageError:
            self.lock()
            with contextlib.suppress(OSError):
                self._set_aside_unfinished()
            raise
        self._restart_attempts(data_key)  # creating is the first unlock
        return recovery

    def _set_aside_unfinished(self) -> None:
        """A database with no key file is an earlier create that stopped: keep it aside."""
        names = [
            n for n in (DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm") if (self.path / n).exists()
        ]
        if not names:
            return
        aside = self.backups_dir / f"unfinished-{secrets.token_hex(4)}"
        make_private_dir(aside)
        for name in names:
            os.replace(self.path / name, aside / name)
        fsync_dir(self.path)

    def unlock(self, passphrase: str) -> UnlockResult:
        return self._unlock("passphrase", passphrase)

    def unlock_with_recovery_key(self, recovery_key: str) -> UnlockResult:
        """Unlock with the recovery key; the caller should then ask for a new passphrase."""
        return self._unlock("recovery", parse_recovery_key(recovery_key))

    def unlock_with_device(self) -> UnlockResult:
        keys = self.read_keys()
        secret = device.load(keys.vault_id)
        if secret is None:
            raise WrongPassphrase(
                QT_TRANSLATE_NOOP("core", "This device is no longer remembered for this vault.")
            )
        return self._unlock("device", secret)

    def _unlock(self, slot_type: SlotType, secret: bytes | str) -> UnlockResult:
        self.claim()
        keys = self.read_keys()
        self._check_database_file()
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
            try:
                attempts.record_failure(self.path)
            except StorageError:
                log.warning("could not record a failed unlock (disk)")
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
            self._candidate_keys = [k for _, k in candidates]
            try:
                self._check_head(engine, self._candidate_keys, key_file.vault_id)
            except BaseException:
                engine.dispose()
                raise
            if self._head is None and not self._head_problems:  # from before vault.head:
                # sealed now, before a migration's first commit, so a kill in the middle of
                # it is not later taken for a head that went missing
                with contextlib.suppress(StorageError):
                    head.write(
                        self.path, head.Head(0, ""), data_key=data_key, vault_id=key_file.vault_id
                    )
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
        self._check_key_file()
        stale = self._settle_journal(slot_type, secret, adopted_rotation=stale)
        failed = self._settle_attempts()
        self._head_due = self._counter()
        self._save_head()
        notices, self._notices = tuple(self._notices), []
        offer, self._offer = self._offer, None
        return UnlockResult(
            failed,
            recovery_key_stale=stale,
            migration=migration,
            notices=notices,
            recovery_key_to_confirm=offer,
        )

    def _settle_journal(
        self, slot_type: SlotType, secret: bytes | str, *, adopted_rotation: bool
    ) -> bool:
        """Finish or undo a key operation cut short; True while the recovery key is unseen."""
        entry = journal.read(self.path)
        if entry is None:
            if adopted_rotation:  # a rotation from before journals: its key was never shown
                self._mark_recovery_unconfirmed(journal.now_stamp())
                return True
            return False
        keys = self.read_keys()
        if entry.op == "rotate_data_key":
            done = adopted_rotation or _digest(keys.to_bytes()) != entry.detail.get("from")
            if not done:
                journal.clear(self.path)
                self._notices.append(
                    f"Changing the encryption key on {entry.day} did not finish, so nothing "
                    "changed: your passphrase and recovery key still open this vault."
                )
                return False
            self._mark_recovery_unconfirmed(entry.started)
            entry = journal.read(self.path)
            assert entry is not None
        if entry.op == "replace_recovery_key":
            new_id = entry.detail.get("slot", "")
            since = entry.detail.get("unconfirmed_since")
            written = any(s.id == new_id for s in keys.slots)
            old = [s for s in keys.slots if s.type == "recovery" and s.id != new_id]
            if written and (not old or (slot_type == "recovery" and _opens(keys, new_id, secret))):
                # Confirmed (or just used): the new key is the one; finish the clean-up.
                self._write_keys(keys.keeping_only("recovery", new_id))
                journal.clear(self.path)
                if old:
                    return False
                self._notices.append(
                    f"The new recovery key made on {entry.day} is now the one that opens this "
                    "vault; the one before it no longer does."
                )
                return False
            if written:  # never confirmed as shown: undo, the earlier key stays
                keys = keys.without_slot(new_id)
                self._write_keys(keys)
            if "init_sealed" in entry.detail:  # the earlier key is the creation's, unseen
                first = journal.Entry("init", since or entry.started)
                first.detail["sealed"] = entry.detail["init_sealed"]
                journal.write(self.path, first)
                entry = first
            elif since:
                self._mark_recovery_unconfirmed(since)
            else:
                journal.clear(self.path)
                if written:
                    self._notices.append(
                        f"Making a new recovery key on {entry.day} did not finish: the recovery "
                        "key you had before still opens this vault, the new one does not."
                    )
                return False
            entry = journal.read(self.path)
            assert entry is not None
        if entry.op == "init":
            return self._settle_init(entry, keys, slot_type)
        if entry.op == "recovery_key_unconfirmed":
            if slot_type == "recovery":  # it opened the vault, so the mentor has it after all
                journal.clear(self.path)
                return False
            self._notices.append(
                f"The recovery key you printed before {entry.day} no longer opens this vault; "
                "make a new one now (Settings, Make a new recovery key)."
            )
            return True
        return False

    def _settle_init(self, entry: journal.Entry, keys: KeyFile, slot_type: SlotType) -> bool:
        """The vault was made but its recovery key never confirmed as seen: offer it again."""
        if slot_type == "recovery":  # it opened the vault, so the mentor has it
            journal.clear(self.path)
            return False
        key = journal.unseal(
            entry.detail.get("sealed", ""), data_key=self._key(), vault_id=keys.vault_id
        )
        if key is None or not _opens_any(keys, key):
            self._mark_recovery_unconfirmed(entry.started)
            self._notices.append(
                f"The recovery key made with this vault on {entry.day} was never confirmed "
                "and cannot be shown again; make a new one now (Settings, Make a new "
                "recovery key)."
            )
            return True
        self._offer = key
        self._notices.append(
            f"peerdesk stopped before you confirmed that you have the recovery key made with "
            f"this vault on {entry.day}, so it is shown again now."
        )
        return False

    def _check_head(self, engine: Engine, data_keys: list[bytes], vault_id: str) -> None:
        """Refuse a database older than vault.head; tell of a head missing or changed."""
        self._head, self._head_problems = None, []
        with engine.connect() as conn:
            counter = int(conn.exec_driver_sql("PRAGMA user_version").scalar() or 0)
        try:
            found = head.read(self.path, data_keys=data_keys, vault_id=vault_id)
        except head.HeadDamaged:
            found = None
            self._head_problems.append(HEAD_MISSING)
        if found is not None and found.counter > counter:
            raise IntegrityError(ROLLED_BACK)
        if found is None and counter > 0 and not self._head_problems:
            self._head_problems.append(HEAD_MISSING)  # written since the first commit
        self._head = found
        self._notices.extend(self._head_problems)

    def _settle_attempts(self) -> int:
        """Failed unlocks since the last one that worked (told once), then a new record."""
        record = attempts.read(self.path)
        expected = self._head.attempts_since if self._head is not None else ""
        data_key, vault_id = self._key(), self.vault_id
        keys = self._candidate_keys or [data_key]
        if expected and (
            record is None or record.since < expected or not record.sealed_by(keys, vault_id)
        ):
            self._notices.append(ATTEMPTS_REMOVED)
        failures = record.failures if record is not None else 0
        unseen = failures - self.failed_attempts  # the ones this window did not show
        if unseen > 0 and record is not None and record.last is not None:
            when = record.last.astimezone().strftime("%Y-%m-%d %H:%M")
            self._notices.append(
                Message(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "%n failed attempt(s) to open this vault since you last opened "
                        "peerdesk (the last on {when}).",
                    ),
                    n=unseen,
                    when=when,
                )
            )
        self.failed_attempts = 0
        self._candidate_keys = []
        try:
            self._attempts_since = attempts.start_over(
                self.path, data_key=data_key, vault_id=vault_id
            )
        except StorageError:
            log.warning("could not reset the failed-unlock record (disk)")
        return failures

    def _restart_attempts(self, data_key: bytes) -> None:
        """A new failed-unlock record under ``data_key``, named in vault.head."""
        try:
            self._attempts_since = attempts.start_over(
                self.path, data_key=data_key, vault_id=self.vault_id
            )
            head.write(
                self.path,
                head.Head(self._counter(), self._attempts_since),
                data_key=data_key,
                vault_id=self.vault_id,
            )
        except StorageError:
            log.warning("could not start a failed-unlock record (disk)")

    def failed_unlocks(self) -> tuple[int, datetime | None]:
        """Wrong secrets tried since the vault last opened, and when the latest was (UTC).

        Read without the key, for the unlock screen's pause to survive a restart."""
        record = attempts.read(self.path)
        return (record.failures, record.last) if record is not None else (0, None)

    def _counter(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.exec_driver_sql("PRAGMA user_version").scalar() or 0)

    def _watch_commits(self, engine: Engine) -> None:
        """Each transaction that changed a row raises user_version inside it (see head.py)."""
        from sqlalchemy import event

        @event.listens_for(engine, "begin")
        def _began(conn: Connection) -> None:
            conn.info["changes"] = conn.connection.dbapi_connection.total_changes  # type: ignore[union-attr]

        @event.listens_for(engine, "commit")
        def _committing(conn: Connection) -> None:
            raw = conn.connection.dbapi_connection
            assert raw is not None
            if raw.total_changes == conn.info.get("changes"):  # type: ignore[attr-defined]
                return
            (counter,) = raw.execute("PRAGMA user_version").fetchone()  # type: ignore[attr-defined]
            raw.execute(f"PRAGMA user_version = {int(counter) + 1}")  # type: ignore[attr-defined]
            self._head_due = int(counter) + 1

    def _save_head(self) -> None:
        """Seal the committed counter into vault.head (a failure only delays it)."""
        if self._head_due is None or self._data_key is None or self._keys is None:
            return
        try:
            head.write(
                self.path,
                head.Head(self._head_due, self._attempts_since),
                data_key=bytes(self._data_key),
                vault_id=self._keys.vault_id,
            )
        except StorageError:
            log.warning("could not update vault.head (disk); retried after the next change")
            return
        self._head_due = None

    def _check_key_file(self) -> None:
        """Every slot and the list of slots against their MACs; seal what is not sealed yet."""
        keys = self.read_keys()
        data_key = self._key()
        self._key_damage = keys.damage(data_key)
        for kind in self._key_damage:
            self._notices.append(KEY_DAMAGE[kind])
        if not keys.is_sealed() and not self._key_damage:  # written by an earlier peerdesk
            self._write_keys(keys)

    def _mark_recovery_unconfirmed(self, since: str) -> None:
        journal.write(self.path, journal.Entry("recovery_key_unconfirmed", since))

    def _check_database_file(self) -> None:
        """An existing vault's database is whole pages, at least one; never empty or cut.

        SQLite would open an empty or missing file as a new, empty database.
        """
        try:
            size = self.db_path.stat().st_size
        except FileNotFoundError:
            raise IntegrityError(DATABASE_MISSING) from None
        if size < PAGE_SIZE or size % PAGE_SIZE:
            raise IntegrityError(DATABASE_CUT)

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
        self._watch_connections(engine)
        self._data_key = bytearray(data_key)
        self._watch_commits(engine)
        try:
            migration = self._migrate()
            self._save_head()
            return migration
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
        if current is None:
            if not self._creating:  # keys for a vault, but its database holds nothing
                raise IntegrityError(DATABASE_CUT)
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
        if self._engine is None or self._locking:
            raise VaultLocked(QT_TRANSLATE_NOOP("core", "The vault is locked."))
        return self._engine

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on any error."""
        me = threading.get_ident()
        with self._busy:
            sessions = self._sessions
            if sessions is None or self._locking:
                raise VaultLocked(QT_TRANSLATE_NOOP("core", "The vault is locked."))
            self._active[me] = self._active.get(me, 0) + 1
        try:
            try:
                with sessions.begin() as s:
                    yield s
            except db.dbapi_errors() as exc:
                if self._locking and me != self._locking_thread:
                    raise VaultLocked(
                        QT_TRANSLATE_NOOP("core", "The vault was locked while this was under way.")
                    ) from None
                translated = db.translate_error(exc)
                if translated is None:
                    raise
                raise translated from None
            self._save_head()
        finally:
            with self._busy:
                self._active[me] -= 1
                if not self._active[me]:
                    del self._active[me]
                self._busy.notify_all()

    def _watch_connections(self, engine: Engine) -> None:
        from sqlalchemy import event

        @event.listens_for(engine, "checkout")
        def _out(dbapi_conn: object, _record: object, _proxy: object) -> None:
            with self._busy:
                self._connections[threading.get_ident()] = dbapi_conn

        @event.listens_for(engine, "checkin")
        def _in(dbapi_conn: object, _record: object) -> None:
            with self._busy:
                for thread, conn in list(self._connections.items()):
                    if conn is dbapi_conn:
                        del self._connections[thread]

    _locking_thread = 0
    LOCK_WAIT_S = 30.0  # an interrupted statement returns at once; this is a safety net

    def _finish_other_sessions(self) -> None:
        """No new session starts; those of other threads are interrupted (rolled back:
        nothing half-written) and waited for, so the pool is not in use while disposed."""
        me = threading.get_ident()
        with self._busy:
            self._locking = True
            self._locking_thread = me

            def others() -> bool:
                return any(t != me for t in self._active)

            for thread, conn in self._connections.items():
                if thread != me and thread in self._active:
                    with contextlib.suppress(Exception):
                        conn.interrupt()  # type: ignore[attr-defined]
            if not self._busy.wait_for(lambda: not others(), timeout=self.LOCK_WAIT_S):
                log.warning("a session on another thread did not finish before the lock")

    def _key(self) -> bytes:
        if self._data_key is None:
            raise VaultLocked(QT_TRANSLATE_NOOP("core", "The vault is locked."))
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
        """Empty the WAL into the database, dispose of every connection and forget the key.

        Safe to call twice. A WAL left beside the database would hold the latest changes
        in a file that a cut or a flipped byte silently shortens; vault.head tells then.
        """
        try:
            if self._engine is not None:
                self._finish_other_sessions()
                self._save_head()
                with contextlib.suppress(*db.dbapi_errors()), self._engine.connect() as conn:
                    conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
                self._engine.dispose()
        finally:
            with self._busy:
                self._engine = None
                self._sessions = None
                self._connections.clear()
                self._locking = False
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
        """Make a new recovery key. Returns it: show it once, then confirm_recovery_key().

        Until confirmed, the earlier recovery key keeps working too; if peerdesk stops
        before that, the next unlock drops the unconfirmed one and says so.
        """
        recovery = new_recovery_key()
        keys = self.read_keys()
        detail: dict[str, str] = {}
        current = journal.read(self.path)
        if current is not None and current.op == "replace_recovery_key":
            # An earlier new key was never confirmed: this one takes its place.
            keys = keys.without_slot(current.detail.get("slot", ""))
            for carried in ("unconfirmed_since", "init_sealed"):
                if carried in current.detail:
                    detail[carried] = current.detail[carried]
        elif current is not None and current.op == "recovery_key_unconfirmed":
            detail["unconfirmed_since"] = current.started
        elif current is not None and current.op == "init":
            detail["unconfirmed_since"] = current.started
            detail["init_sealed"] = current.detail.get("sealed", "")
        added = keys.with_slot("recovery", parse_recovery_key(recovery), self._key(), replace=False)
        detail["slot"] = added.slots[-1].id
        journal.write(self.path, journal.Entry("replace_recovery_key", journal.now_stamp(), detail))
        self._write_keys(added)
        return recovery

    def confirm_recovery_key(self) -> None:
        """The new recovery key was shown: the earlier one stops working now."""
        entry = journal.read(self.path)
        if entry is None:
            return
        if entry.op == "replace_recovery_key":
            keys = self.read_keys()
            self._write_keys(keys.keeping_only("recovery", entry.detail.get("slot", "")))
        if entry.op in ("init", "replace_recovery_key", "recovery_key_unconfirmed"):
            journal.clear(self.path)

    def remember_device(self) -> None:
        if not device.is_available():
            raise StorageError(
                QT_TRANSLATE_NOOP(
                    "core", "This computer has no secure keyring, so it cannot remember the vault."
                )
            )
        keys = self.read_keys()
        secret = device.new_device_key()
        device.store(keys.vault_id, secret)
        self._write_keys(keys.with_slot("device", secret, self._key()))

    def forget_device(self) -> None:
        """Works locked too (device slots are outside the file MAC's list for that)."""
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
        new_keys = keys.rewrapped(new_key, slot_secrets).seal(new_key)
        pending = self.path / PENDING_KEYS_NAME
        started = journal.now_stamp()
        detail = {"from": _digest(keys.to_bytes())}
        journal.write(self.path, journal.Entry("rotate_data_key", started, detail))
        atomic_write(pending, new_keys.to_bytes())
        # The failed-unlock record and vault.head under the new key before the rekey: the
        # next unlock accepts them under either key while vault.keys.next exists.
        self._restart_attempts(new_key)
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
            fsync_dir(self.path)
        except OSError:
            # The database already uses the new key; vault.keys.next holds it and the
            # next unlock adopts it. The new recovery key was never shown, so say so.
            self.lock()
            raise StorageError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The new key could not be put in place. Lock and unlock peerdesk; then make "
                    "a new recovery key in Settings (the one shown before no longer works).",
                )
            ) from None
        self._keys = new_keys
        self._mark_recovery_unconfirmed(started)  # until the new key is shown and confirmed
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
        problems.extend(KEY_DAMAGE[kind] for kind in self._key_damage)
        problems.extend(self._head_problems)
        problems.extend(self._check_head_now())
        return StorageCheck(tuple(problems), readable=True)

    def _check_head_now(self) -> list[str]:
        """vault.head against the open database (a WAL cut while open, a file changed)."""
        self._save_head()
        try:
            found = head.read(self.path, data_keys=[self._key()], vault_id=self.vault_id)
        except head.HeadDamaged:
            return [] if HEAD_MISSING in self._head_problems else [HEAD_MISSING]
        if found is not None and found.counter > self._counter():
            return [ROLLED_BACK]
        return []


def _digest(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def _opens_any(keys: KeyFile, recovery_key: str) -> bool:
    try:
        keys.unwrap("recovery", parse_recovery_key(recovery_key))
    except WrongPassphrase:
        return False
    return True


def _opens(keys: KeyFile, slot_id: str, secret: bytes | str) -> bool:
    """Whether the recovery slot ``slot_id`` (alone) opens with ``secret``."""
    only = records.replace(keys, slots=tuple(s for s in keys.slots if s.id == slot_id))
    try:
        only.unwrap("recovery", secret)
    except WrongPassphrase:
        return False
    return True
