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

The key derivation itself is the vault's (peerdesk.core.vault.keys, with its floor
check): the caller passes the derived key and its settings in, so this module only
frames and encrypts (peerdesk.core.services.supervision.seal_packet / open_packet).
"""

from __future__ import annotations

import base64
import binascii
import json
import secrets
from collections.abc import Callable, Mapping
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from peerdesk.core.errors import IntegrityError, WrongPassphrase
from peerdesk.core.messages import QT_TRANSLATE_NOOP

FORMAT = "peerdesk-packet"
HEADER_KEYS = ("format", "version", "content", "kdf", "nonce")
VERSION = 1
CONTENTS = ("pdf", "md", "csv", "json")


def canonical_json(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def seal(data: bytes, *, key: bytes, kdf: Mapping[str, Any], content: str) -> bytes:
    """``key``: 32 bytes derived from the packet passphrase with the settings ``kdf``
    (their JSON form, written into the header)."""
    if content not in CONTENTS:
        raise ValueError("unknown packet content")
    nonce = secrets.token_bytes(12)
    header = {
        "format": FORMAT,
        "version": VERSION,
        "content": content,
        "kdf": dict(kdf),
        "nonce": base64.b64encode(nonce).decode("ascii"),
    }
    sealed = AESGCM(key).encrypt(nonce, data, canonical_json(header))
    body = dict(header, ciphertext=base64.b64encode(sealed).decode("ascii"))
    return json.dumps(body, indent=1).encode("utf-8")


def open_packet(raw: bytes, *, derive: Callable[[Any], bytes]) -> tuple[str, bytes]:
    """(content kind, the export's bytes). ``derive`` turns the header's key settings into
    the key (and refuses weakened ones). Wrong passphrase and damage are told apart only
    as far as AES-GCM allows: a failed tag is reported as either."""
    damaged = IntegrityError(
        QT_TRANSLATE_NOOP("core", "This is not a peerdesk packet, or it has been damaged.")
    )
    try:
        doc = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise damaged from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise damaged
    if doc.get("version") != VERSION:
        raise IntegrityError(
            QT_TRANSLATE_NOOP("core", "This packet was made by a newer peerdesk; please update.")
        )
    # Every byte counts, not only the values the tag covers: a packet is exactly what
    # seal() wrote (its keys, in its layout), so an added key or changed spacing is damage.
    if set(doc) != {*HEADER_KEYS, "ciphertext"} or raw != json.dumps(doc, indent=1).encode():
        raise damaged
    try:
        header = {k: doc[k] for k in HEADER_KEYS}
        nonce = base64.b64decode(doc["nonce"], validate=True)
        sealed = base64.b64decode(doc["ciphertext"], validate=True)
    except (KeyError, TypeError, binascii.Error):
        raise damaged from None
    if header["content"] not in CONTENTS or len(nonce) != 12:
        raise damaged
    key = derive(header["kdf"])
    try:
        data = AESGCM(key).decrypt(nonce, sealed, canonical_json(header))
    except InvalidTag:
        raise WrongPassphrase(
            QT_TRANSLATE_NOOP(
                "core", "That passphrase does not open this packet (or the packet was changed)."
            )
        ) from None
    return str(header["content"]), data
