"""Keys for one purpose derived from a vault secret: HKDF-SHA256, salted with the vault's
id, the purpose named in ``info`` (b"peerdesk head mac v1", ...). One derivation serves
the key file's slots and MAC, the logical head, the journal and the failed-unlock
record, so each purpose gets its own key and none of them is the secret itself.

The vault id is a UUID's text; its 16 bytes are read here without the ``uuid`` module,
which imports ``platform``; and the vault's MACs are HMAC-SHA256 through the
cryptography package the vault loads anyway, not ``hmac``/``hashlib``, which load
OpenSSL a second time: each costs every command a few milliseconds of start-up."""

from __future__ import annotations

import os

from cryptography.hazmat.primitives import hashes, hmac
from cryptography.hazmat.primitives.kdf.hkdf import HKDF


def mac(key: bytes, body: bytes) -> bytes:
    """HMAC-SHA256 of ``body`` under ``key`` (the bytes ``hmac.new(key, body,
    hashlib.sha256).digest()`` gives)."""
    h = hmac.HMAC(key, hashes.SHA256())
    h.update(body)
    return h.finalize()


def same(a: bytes, b: bytes) -> bool:
    """Whether two MACs are equal, in time that does not depend on where they differ:
    each is MACed again under a fresh random key and those compared, so where ``==``
    stops tells nothing about ``a`` or ``b`` (cryptography's constant_time module
    would import ``hmac`` and with it OpenSSL a second time)."""
    if not isinstance(a, bytes) or not isinstance(b, bytes):
        raise TypeError("MACs are compared as bytes")
    key = os.urandom(32)
    return mac(key, a) == mac(key, b)


def id_bytes(vault_id: str) -> bytes:
    """The 16 bytes of a vault id, read as ``uuid.UUID(vault_id).bytes`` reads them
    (hyphens, braces and a ``urn:uuid:`` prefix allowed); ValueError when it is no UUID."""
    digits = vault_id.replace("urn:", "").replace("uuid:", "").strip("{}").replace("-", "")
    if len(digits) != 32:
        raise ValueError("badly formed vault id")
    return int(digits, 16).to_bytes(16, "big")


def new_vault_id() -> str:
    """A random (version 4) UUID's canonical text, as ``str(uuid.uuid4())`` gives."""
    raw = bytearray(os.urandom(16))
    raw[6] = (raw[6] & 0x0F) | 0x40  # version 4
    raw[8] = (raw[8] & 0x3F) | 0x80  # the RFC 4122 variant
    h = raw.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def derive(secret: bytes, *, vault_id: str, info: bytes) -> bytes:
    """32 bytes for the purpose ``info`` from ``secret`` (the data key, or a slot's
    secret), bound to this vault by its id."""
    return HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=id_bytes(vault_id),
        info=info,
    ).derive(secret)
