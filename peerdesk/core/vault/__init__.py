"""Keys and the encrypted database: nothing outside this package touches a key.

``Vault`` loads on first use (PEP 562): the key file, lock and file helpers below
it import without SQLAlchemy, which keeps logging and the quick CLI paths light.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from peerdesk.core.vault.vault import Vault

__all__ = ["Vault"]


def __getattr__(name: str) -> Any:
    if name == "Vault":
        from peerdesk.core.vault.vault import Vault

        return Vault
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
