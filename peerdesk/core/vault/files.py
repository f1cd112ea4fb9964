"""The vault folder's file names, and private atomic writes (0700 folders, 0600 files)."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
from pathlib import Path

from peerdesk.core.errors import StorageError
from peerdesk.core.messages import QT_TRANSLATE_NOOP, Message
from peerdesk.core.paths import DIR_MODE, FILE_MODE, make_private_dir

__all__ = [
    "BACKUPS_NAME",
    "DB_NAME",
    "DIR_MODE",
    "FILE_MODE",
    "KEYS_NAME",
    "PAGE_SIZE",
    "PENDING_KEYS_NAME",
    "atomic_write",
    "create_private_file",
    "fsync_dir",
    "leftovers",
    "make_private_dir",
    "remove_leftovers",
    "storage_error",
    "tighten_modes",
]

DB_NAME = "vault.db"
KEYS_NAME = "vault.keys"
PENDING_KEYS_NAME = "vault.keys.next"  # written before a rekey, promoted after
BACKUPS_NAME = "backups"
PAGE_SIZE = 4096  # SQLCipher 4's page: the database file is always whole pages


def create_private_file(path: Path) -> None:
    """Create an empty 0600 file unless it exists (SQLite then copies its mode)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, FILE_MODE)
    os.close(fd)
    with contextlib.suppress(OSError):
        os.chmod(path, FILE_MODE)


def fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def storage_error(exc: OSError) -> StorageError:
    """Turn an OSError from a write into a plain message (no paths, no contents)."""
    if exc.errno == errno.ENOSPC:
        return StorageError(
            QT_TRANSLATE_NOOP(
                "core", "The disk is full. Nothing was changed; free some space and try again."
            )
        )
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return StorageError(
            QT_TRANSLATE_NOOP("core", "peerdesk may not write to that folder. Nothing was changed.")
        )
    code = errno.errorcode.get(exc.errno or 0, "error")
    return StorageError(
        Message(
            QT_TRANSLATE_NOOP(
                "core", "The file could not be written ({code}). Nothing was changed."
            ),
            code=code,
        )
    )


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that a crash leaves either the old or the new file.

    The temporary file sits beside the target, is 0600 from its first byte,
    is fsynced, renamed over the target, and the folder is fsynced.
    """
    tmp = path.with_name(f".{path.name}.{os.urandom(6).hex()}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise storage_error(exc) from None


# Temporary files peerdesk itself makes in the vault folder (and in backups/): atomic-write
# temporaries, restore staging and backup snapshots, each with SQLite's side files.
_LEFTOVER = re.compile(
    r"\..+\.[0-9a-f]{12}\.tmp|\.(?:restore|snapshot)-[0-9a-f]{12}\.(?:db|keys|head)(?:-wal|-shm|-journal)?"
)


def leftovers(folder: Path) -> list[Path]:
    """What an interrupted write left behind in ``folder`` (and its backups/)."""
    found = []
    for sub in (folder, folder / BACKUPS_NAME):
        try:
            names = os.listdir(sub)
        except (FileNotFoundError, NotADirectoryError):
            continue
        found += [sub / name for name in names if _LEFTOVER.fullmatch(name)]
    return found


def remove_leftovers(folder: Path) -> int:
    """Delete what an interrupted write left behind in ``folder``; returns how many.

    Only for a folder whose vault this process has claimed, after any journaled
    operation was finished or undone (the journal names the staged files it needs).
    """
    removed = 0
    for path in leftovers(folder):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
            removed += 1
    if removed:
        fsync_dir(folder)
    return removed


def tighten_modes(folder: Path) -> int:
    """Make the vault folder and everything in it the owner's only again (a copy or an
    archive tool may have widened them); returns how many modes were changed."""
    changed = 0
    for root, dirs, files in os.walk(folder):
        for name, want in [(root, DIR_MODE)] + [(os.path.join(root, f), FILE_MODE) for f in files]:
            with contextlib.suppress(OSError):
                st = os.lstat(name)
                if not stat.S_ISLNK(st.st_mode) and stat.S_IMODE(st.st_mode) & ~want:
                    os.chmod(name, stat.S_IMODE(st.st_mode) & want)
                    changed += 1
        dirs[:] = [d for d in dirs if not os.path.islink(os.path.join(root, d))]
    return changed
