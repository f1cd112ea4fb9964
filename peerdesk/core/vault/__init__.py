"""Keys and the encrypted database: nothing outside this package touches a key."""

from peerdesk.core.vault.backup import BackupInfo, RestoreResult
from peerdesk.core.vault.vault import Migration, StorageCheck, UnlockResult, Vault

__all__ = ["BackupInfo", "Migration", "RestoreResult", "StorageCheck", "UnlockResult", "Vault"]
