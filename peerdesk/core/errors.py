"""One error hierarchy for the whole app; messages never carry personal data."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate knows
    """core.messages' marker, repeated here: this module imports nothing of peerdesk. A
    marked message is shown in the mentor's language (the CLI looks it up)."""
    return text


class PeerdeskError(Exception):
    """Base class. The message is shown to the mentor as it is, so keep it plain."""

    exit_code = 1


class UsageError(PeerdeskError):
    exit_code = 2


class WrongPassphrase(PeerdeskError):
    exit_code = 3

    def __init__(
        self, message: str = QT_TRANSLATE_NOOP("core", "That passphrase does not open this vault.")
    ) -> None:
        super().__init__(message)


class IntegrityError(PeerdeskError):
    """The vault, its key file or a backup has been damaged or tampered with."""

    exit_code = 4


class KeyFileError(IntegrityError):
    """vault.keys is unreadable, tampered with, or asks for a weakened key derivation."""


class VaultNotFound(PeerdeskError):
    pass


class VaultExists(PeerdeskError):
    pass


class VaultBusy(PeerdeskError):
    """Another peerdesk window or command has this vault open."""


class VaultLocked(PeerdeskError):
    pass


class ValidationError(PeerdeskError):
    """Input that cannot be saved as it is; the message says what to change."""


class StorageError(PeerdeskError):
    """The disk refused a write (full, read-only, gone); nothing was changed."""
