"""Keys and the encrypted database: nothing outside this package touches a key."""

from peerdesk.core.vault.vault import Vault

__all__ = ["Vault"]
