"""Privacy mode (names as initials, for screen sharing): every page asks here."""

from __future__ import annotations

from collections.abc import Iterable

from peerdesk.core.services import settings
from peerdesk.core.vault import Vault
from peerdesk.core.vocab import initials

__all__ = ["initials", "privacy_on", "shown_name", "shown_names"]


def privacy_on(vault: Vault) -> bool:
    """Whether names show as initials now (off while the vault is locked)."""
    return vault.is_open and bool(settings.get_setting(vault, "privacy_mode"))


def shown_name(name: str, *, privacy: bool) -> str:
    return initials(name) if privacy else name


def shown_names(names: Iterable[str], *, privacy: bool) -> str:
    return ", ".join(shown_name(n, privacy=privacy) for n in names)
