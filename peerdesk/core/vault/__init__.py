"""Keys and the encrypted database: nothing outside this package touches a key.

``Vault`` and the facts its operations return load on first use (PEP 562): the key
file, lock and file helpers below it import without SQLAlchemy, which keeps logging
and the quick CLI paths light.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from peerdesk.core.vault.backup import BackupInfo, RestoreResult
    from peerdesk.core.vault.vault import Migration, StorageCheck, UnlockResult, Vault

__all__ = ["BackupInfo", "Migration", "RestoreResult", "StorageCheck", "UnlockResult", "Vault"]
_IN_VAULT = ("Migration", "StorageCheck", "UnlockResult", "Vault")
_IN_BACKUP = ("BackupInfo", "RestoreResult")


def __getattr__(name: str) -> Any:
    if name in _IN_VAULT:
        from peerdesk.core.vault import vault

        return getattr(vault, name)
    if name in _IN_BACKUP:
        from peerdesk.core.vault import backup

        return getattr(backup, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
