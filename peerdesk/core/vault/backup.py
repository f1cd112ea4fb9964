"""Single-file encrypted backups, verified after writing; restore refuses a tampered file.

Layout of a ``.pdbackup`` file::

    MAGIC (16 bytes) | header length (4 bytes, big endian) | header (JSON)
    | nonce (12 bytes) | AES-256-GCM(database snapshot), associated data = MAGIC + header

The header carries the vault's key file as it was when the backup was made, so a
backup opens with the passphrase (or recovery key) in use at that time. The
snapshot is already SQLCipher-encrypted; the outer GCM layer authenticates the
whole file, so a single changed byte anywhere is refused.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import secrets
import struct
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from peerdesk.core import db
from peerdesk.core.errors import QT_TRANSLATE_NOOP, IntegrityError, WrongPassphrase
from peerdesk.core.vault import head, journal
from peerdesk.core.vault.files import (
    BACKUPS_NAME,
    DB_NAME,
    KEYS_NAME,
    atomic_write,
    create_private_file,
    fsync_dir,
    make_private_dir,
    storage_error,
)
from peerdesk.core.vault.keys import KeyFile, parse_recovery_key

if TYPE_CHECKING:
    from sqlalchemy import Engine

MAGIC = b"PEERDESK-BACKUP\n"
FORMAT_VERSION = 1
SUFFIX = ".pdbackup"


def _backup_key(data_key: bytes, vault_id: str) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=vault_id.encode(),
        info=b"peerdesk backup v1",
    ).derive(data_key)


@dataclass(frozen=True)
class BackupInfo:
    """A backup written and read back: its size in bytes is what the activity log keeps."""

    vault_id: str
    created: datetime
    size: int


@dataclass(frozen=True)
class RestoreResult:
    vault_id: str
    kept: Path | None  # where the vault that was replaced now lives (None: there was none)
    # The backup's recovery slot differs from the replaced vault's: a recovery key made
    # after the backup does not open the restored vault (the one of the backup's time does).
    recovery_key_changed: bool = False


def _snapshot(engine: Engine, data_key: bytes, staging_dir: Path) -> bytes:
    """A consistent, still SQLCipher-encrypted copy of the database, via SQLite's backup API."""
    tmp = staging_dir / f".snapshot-{secrets.token_hex(6)}.db"
    hex_key = data_key.hex()
    try:
        create_private_file(tmp)
        target = db.connect_raw(tmp, hex_key)
        try:
            with engine.connect() as conn:
                source = conn.connection.dbapi_connection
                source.backup(target)  # type: ignore[union-attr]
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
        return tmp.read_bytes()
    finally:
        for suffix in ("", "-wal", "-shm", "-journal"):
            with contextlib.suppress(FileNotFoundError):
                Path(str(tmp) + suffix).unlink()


def _pack(keys: KeyFile, data_key: bytes, snapshot: bytes) -> bytes:
    header = json.dumps(
        {
            "format": "peerdesk-backup",
            "version": FORMAT_VERSION,
            "vault_id": keys.vault_id,
            "created": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "keys": base64.b64encode(keys.to_bytes()).decode("ascii"),
        },
        sort_keys=True,
    ).encode()
    nonce = secrets.token_bytes(12)
    sealed = AESGCM(_backup_key(data_key, keys.vault_id)).encrypt(nonce, snapshot, MAGIC + header)
    return MAGIC + struct.pack(">I", len(header)) + header + nonce + sealed


def _unpack_header(raw: bytes) -> tuple[dict[str, Any], bytes, bytes, bytes]:
    if not raw.startswith(MAGIC) or len(raw) < len(MAGIC) + 4:
        raise IntegrityError(QT_TRANSLATE_NOOP("core", "That file is not a peerdesk backup."))
    (length,) = struct.unpack(">I", raw[len(MAGIC) : len(MAGIC) + 4])
    start = len(MAGIC) + 4
    header_bytes = raw[start : start + length]
    try:
        header = json.loads(header_bytes.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise IntegrityError(
            QT_TRANSLATE_NOOP("core", "The backup is damaged or was changed; it was not restored.")
        ) from None
    if not isinstance(header, dict) or header.get("format") != "peerdesk-backup":
        raise IntegrityError(
            QT_TRANSLATE_NOOP("core", "The backup is damaged or was changed; it was not restored.")
        )
    if header.get("version") != FORMAT_VERSION:
        raise IntegrityError(
            QT_TRANSLATE_NOOP(
                "core", "This backup was made by a newer peerdesk; please update first."
            )
        )
    body = raw[start + length :]
    return header, header_bytes, body[:12], body[12:]


def write_backup(
    out: Path, *, keys: KeyFile, data_key: bytes, engine: Engine, staging_dir: Path
) -> BackupInfo:
    """Write an encrypted backup of an open database to ``out``; verify it by reading it back.

    Called by Vault.write_backup, which alone holds the data key.
    """
    packed = _pack(keys, data_key, _snapshot(engine, data_key, staging_dir))
    out = Path(out)
    atomic_write(out, packed)
    written = out.read_bytes()
    _header, header_bytes, nonce, sealed = _unpack_header(written)
    try:
        AESGCM(_backup_key(data_key, keys.vault_id)).decrypt(nonce, sealed, MAGIC + header_bytes)
    except InvalidTag:
        with contextlib.suppress(OSError):
            out.unlink()
        raise IntegrityError(
            QT_TRANSLATE_NOOP(
                "core", "The backup did not read back correctly; it was removed. Try another disk."
            )
        ) from None
    return BackupInfo(keys.vault_id, datetime.now(timezone.utc), len(written))


def read_backup(path: Path, secret: str, *, recovery: bool = False) -> tuple[KeyFile, bytes, bytes]:
    """Open a backup with the passphrase (or recovery key) of its time.

    Returns (key file, data key, snapshot bytes). Raises WrongPassphrase or IntegrityError.
    """
    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        raise IntegrityError(
            QT_TRANSLATE_NOOP("core", "That backup file does not exist.")
        ) from None
    header, header_bytes, nonce, sealed = _unpack_header(raw)
    try:
        keys = KeyFile.from_bytes(base64.b64decode(header.get("keys", ""), validate=True))
    except (ValueError, TypeError):
        raise IntegrityError(
            QT_TRANSLATE_NOOP("core", "The backup is damaged or was changed; it was not restored.")
        ) from None
    try:
        if recovery:
            data_key = keys.unwrap("recovery", parse_recovery_key(secret))
        else:
            data_key = keys.unwrap("passphrase", secret)
    except WrongPassphrase:
        raise WrongPassphrase(
            QT_TRANSLATE_NOOP(
                "core",
                "That does not open this backup. A backup opens with the passphrase "
                "that was in use when it was made.",
            )
        ) from None
    try:
        snapshot = AESGCM(_backup_key(data_key, keys.vault_id)).decrypt(
            nonce, sealed, MAGIC + header_bytes
        )
    except InvalidTag:
        raise IntegrityError(
            QT_TRANSLATE_NOOP("core", "The backup is damaged or was changed; it was not restored.")
        ) from None
    return keys, data_key, snapshot


def restore_backup(
    path: Path, vault_dir: Path, secret: str, *, recovery: bool = False
) -> RestoreResult:
    """Replace (or create) the vault in ``vault_dir`` with the backup's contents.

    The backup is fully verified and its database checked before anything in the
    vault folder changes; the vault being replaced is kept in backups/. Once both
    files are staged, vault.journal says so: a restore cut short after that point is
    completed by the next start (finish_interrupted_restore), one cut short before
    it changed nothing. The caller must hold the vault's claim (or be the only process).
    """
    keys, data_key, snapshot = read_backup(path, secret, recovery=recovery)
    vault_dir = Path(vault_dir)
    token = secrets.token_hex(6)
    staged_db, staged_keys, staged_head = _staged(vault_dir, token)
    try:
        make_private_dir(vault_dir / BACKUPS_NAME)
        atomic_write(staged_db, snapshot)
        conn = db.connect_raw(staged_db, data_key.hex())
        try:
            bad = conn.execute("PRAGMA cipher_integrity_check").fetchall()
            ok = conn.execute("PRAGMA integrity_check").fetchall()
            (counter,) = conn.execute("PRAGMA user_version").fetchone()
            conn.execute("PRAGMA journal_mode = DELETE")
        finally:
            conn.close()
        if bad or ok != [("ok",)]:
            raise IntegrityError(
                QT_TRANSLATE_NOOP(
                    "core", "The database inside the backup is damaged; it was not restored."
                )
            )
        # The restored database starts its own head: the replaced vault's is kept with it.
        head.write(
            vault_dir,
            head.Head(int(counter)),
            data_key=data_key,
            vault_id=keys.vault_id,
            name=staged_head.name,
        )
        atomic_write(staged_keys, keys.to_bytes())
        previous = _recovery_slots(vault_dir / KEYS_NAME)
        keep: Path | None = None
        if (vault_dir / DB_NAME).exists() or (vault_dir / KEYS_NAME).exists():
            stamp = time.strftime("%Y%m%d-%H%M%S")
            keep = vault_dir / BACKUPS_NAME / f"replaced-{stamp}"
            again = 1
            while keep.exists():  # restored more than once within a second
                again += 1
                keep = vault_dir / BACKUPS_NAME / f"replaced-{stamp}-{again}"
            make_private_dir(keep)
        detail = {"token": token, "keep": keep.name if keep else ""}
        journal.write(vault_dir, journal.Entry("restore", journal.now_stamp(), detail))
    except BaseException as exc:
        for staged in (staged_db, staged_keys, staged_head):
            for suffix in ("", "-wal", "-shm", "-journal"):
                with contextlib.suppress(FileNotFoundError):
                    Path(str(staged) + suffix).unlink()
        if isinstance(exc, OSError):
            raise storage_error(exc) from None
        raise
    _finish_restore(vault_dir, token, keep)
    restored = {s.id for s in keys.slots if s.type == "recovery"}
    changed = previous is not None and previous != restored
    return RestoreResult(keys.vault_id, keep, recovery_key_changed=changed)


def _staged(vault_dir: Path, token: str) -> tuple[Path, Path, Path]:
    return (
        vault_dir / f".restore-{token}.db",
        vault_dir / f".restore-{token}.keys",
        vault_dir / f".restore-{token}.head",
    )


def _recovery_slots(keys_path: Path) -> set[str] | None:
    try:
        return {
            s.id for s in KeyFile.from_bytes(keys_path.read_bytes()).slots if s.type == "recovery"
        }
    except (OSError, IntegrityError):
        return None


def _finish_restore(vault_dir: Path, token: str, keep: Path | None) -> None:
    """The steps after the journal entry; each may already have happened (next start)."""
    staged_db, staged_keys, staged_head = _staged(vault_dir, token)
    try:
        if staged_keys.exists():  # the vault being replaced may still be (partly) here
            for name in (DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm", KEYS_NAME, head.HEAD_NAME):
                current = vault_dir / name
                if not current.exists():
                    continue
                if keep is not None:
                    os.replace(current, keep / name)
                else:
                    current.unlink()
            if keep is not None:
                fsync_dir(keep)
            os.replace(staged_keys, vault_dir / KEYS_NAME)
        if staged_head.exists():  # after the replaced vault's head went aside with it
            os.replace(staged_head, vault_dir / head.HEAD_NAME)
        if staged_db.exists():
            os.replace(staged_db, vault_dir / DB_NAME)
        fsync_dir(vault_dir)
        journal.clear(vault_dir)
    except OSError as exc:
        raise storage_error(exc) from None


def finish_interrupted_restore(vault_dir: Path) -> str | None:
    """Complete a restore that stopped after staging; returns the sentence for the mentor."""
    entry = journal.read(vault_dir)
    if entry is None or entry.op != "restore":
        return None
    token = entry.detail.get("token", "")
    keep_name = entry.detail.get("keep", "")
    keep = vault_dir / BACKUPS_NAME / keep_name if keep_name else None
    if keep is not None:
        make_private_dir(keep)
    _finish_restore(vault_dir, token, keep)
    kept = " The vault it replaced is kept in backups/." if keep is not None else ""
    return (
        f"The restore from a backup that was interrupted on {entry.day} has been completed.{kept}"
    )
