"""Keys for one purpose derived from a vault secret: HKDF-SHA256, salted with the vault's
id, the purpose named in ``info`` (b"peerdesk head mac v1", ...). One derivation serves
the key file's slots and MAC, the logical head, the journal and the failed-unlock
record, so each purpose gets its own key and none of them is the secret itself."""

from __future__ import annotations

import uuid

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF


def derive(secret: bytes, *, vault_id: str, info: bytes) -> bytes:
    """32 bytes for the purpose ``info`` from ``secret`` (the data key, or a slot's
    secret), bound to this vault by its id."""
    return HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=uuid.UUID(vault_id).bytes,
        info=info,
    ).derive(secret)
