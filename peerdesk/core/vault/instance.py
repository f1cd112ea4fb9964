"""One process per vault: an advisory lock on vault.lock, released when the process ends."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from peerdesk.core.errors import QT_TRANSLATE_NOOP, VaultBusy
from peerdesk.core.paths import FILE_MODE

if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds
    import msvcrt
else:
    import fcntl


class InstanceLock:
    """Held for as long as a window or command has the vault open (locked or not)."""

    def __init__(self, vault_dir: Path) -> None:
        self.path = vault_dir / "vault.lock"
        self._fd: int | None = None

    def acquire(self) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, FILE_MODE)
        try:
            if sys.platform == "win32":  # pragma: no cover
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            raise VaultBusy(
                QT_TRANSLATE_NOOP(
                    "core",
                    "This vault is already open in another peerdesk window or command. "
                    "Close that one first.",
                )
            ) from None
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            if sys.platform == "win32":  # pragma: no cover
                msvcrt.locking(self._fd, msvcrt.LK_UNLCK, 1)
            else:
                fcntl.flock(self._fd, fcntl.LOCK_UN)
        os.close(self._fd)
        self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
