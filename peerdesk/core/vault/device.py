""" "Remember on this device": a random device key kept in the system keyring.

The keyring never holds the passphrase, only a random key that opens the
vault's ``device`` slot; without vault.keys it opens nothing.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import logging
import secrets

# keyring is imported inside the functions: it costs ~60 ms at start-up and most
# commands never ask for it.

SERVICE = "peerdesk"
log = logging.getLogger(__name__)

# Backends that would store the key in the clear, or not at all.
_UNSAFE_BACKENDS = {
    "keyring.backends.fail.Keyring",
    "keyring.backends.null.Keyring",
    "keyrings.alt.file.PlaintextKeyring",
}


def _name(backend: object) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def is_available() -> bool:
    """True when the keyring backend really keeps secrets (not the fail or null one)."""
    import keyring

    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken keyring configuration must not stop the app
        return False
    backends = getattr(backend, "backends", None)
    if backends is not None:  # ChainerBackend: real only if one of its members is
        return any(_name(b) not in _UNSAFE_BACKENDS for b in backends)
    return _name(backend) not in _UNSAFE_BACKENDS


def new_device_key() -> bytes:
    return secrets.token_bytes(32)


def store(vault_id: str, device_key: bytes) -> None:
    import keyring

    keyring.set_password(SERVICE, vault_id, base64.b64encode(device_key).decode("ascii"))


def load(vault_id: str) -> bytes | None:
    import keyring
    import keyring.errors

    try:
        value = keyring.get_password(SERVICE, vault_id)
    except keyring.errors.KeyringError:
        log.warning("keyring lookup failed")
        return None
    if not value:
        return None
    try:
        return base64.b64decode(value, validate=True)
    except binascii.Error:
        return None


def forget(vault_id: str) -> None:
    import keyring
    import keyring.errors

    with contextlib.suppress(keyring.errors.PasswordDeleteError):
        keyring.delete_password(SERVICE, vault_id)
