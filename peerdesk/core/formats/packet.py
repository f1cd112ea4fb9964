"""Passphrase-encrypted export packets, for sending a supervision export.

Format (one JSON object, UTF-8)::

    {"format": "peerdesk-packet", "version": 1,
     "content": "pdf" | "md" | "csv" | "json",
     "kdf": {"name": "argon2id", "memory_kib": .., "iterations": .., "lanes": ..,
             "salt": "<base64, 16 bytes>"},
     "nonce": "<base64, 12 bytes>",
     "ciphertext": "<base64: AES-256-GCM ciphertext followed by its 16-byte tag>"}

The key is Argon2id(passphrase as NFC UTF-8, salt, memory/iterations/lanes) giving 32
bytes, the same derivation and the same floor (64 MiB, 3 passes, 4 lanes) as vault key
slots. The associated data is the canonical JSON (sorted keys, no spaces, ASCII) of the
object without "ciphertext", so changing the header (say, weakening the KDF) makes the
packet fail to open. The plaintext is the export file exactly as it would be written.
Nothing in the header is personal: not even the file name.
"""

from __future__ import annotations

import base64
import binascii
import json
import secrets

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from peerdesk.core.errors import IntegrityError, WrongPassphrase
from peerdesk.core.vault.keys import KdfParams, calibrate, canonical_json

FORMAT = "peerdesk-packet"
VERSION = 1
CONTENTS = ("pdf", "md", "csv", "json")


def seal(data: bytes, passphrase: str, *, content: str, kdf: KdfParams | None = None) -> bytes:
    if content not in CONTENTS:
        raise ValueError("unknown packet content")
    kdf = kdf or calibrate()
    header = {
        "format": FORMAT,
        "version": VERSION,
        "content": content,
        "kdf": kdf.to_json(),
        "nonce": base64.b64encode(secrets.token_bytes(12)).decode("ascii"),
    }
    nonce = base64.b64decode(header["nonce"])
    sealed = AESGCM(kdf.derive(passphrase)).encrypt(nonce, data, canonical_json(header))
    body = dict(header, ciphertext=base64.b64encode(sealed).decode("ascii"))
    return json.dumps(body, indent=1).encode("utf-8")


def open_packet(raw: bytes, passphrase: str) -> tuple[str, bytes]:
    """(content kind, the export's bytes). Wrong passphrase and damage are told apart
    only as far as AES-GCM allows: a failed tag is reported as either."""
    damaged = IntegrityError("This is not a peerdesk packet, or it has been damaged.")
    try:
        doc = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise damaged from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise damaged
    if doc.get("version") != VERSION:
        raise IntegrityError("This packet was made by a newer peerdesk; please update.")
    try:
        header = {k: doc[k] for k in ("format", "version", "content", "kdf", "nonce")}
        kdf = KdfParams.from_json(doc["kdf"])
        nonce = base64.b64decode(doc["nonce"], validate=True)
        sealed = base64.b64decode(doc["ciphertext"], validate=True)
    except (KeyError, TypeError, binascii.Error):
        raise damaged from None
    if header["content"] not in CONTENTS or len(nonce) != 12:
        raise damaged
    try:
        data = AESGCM(kdf.derive(passphrase)).decrypt(nonce, sealed, canonical_json(header))
    except InvalidTag:
        raise WrongPassphrase(
            "That passphrase does not open this packet (or the packet was changed)."
        ) from None
    return header["content"], data
