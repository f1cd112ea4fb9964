"""Packets sealed to a person's key: the supervision export and the supervisor's reply.

Pure: keys and bytes in, bytes out. The construction is documented, with its test
vectors, in docs/sealed-packets.md. In short:

* Every vault has an identity: an X25519 key pair (to receive) and an Ed25519 key pair
  (to sign). The public half is two 32-byte keys; its fingerprint is SHA-256 over a
  domain tag and both keys, shown as eight groups of four base32 letters that two people
  read to each other by phone or in person.
* Sealing: a fresh ephemeral X25519 key pair; shared = X25519(ephemeral, recipient);
  key = HKDF-SHA256(shared, salt = ephemeral public || recipient public,
  info = "peerdesk-sealed v1"); AES-256-GCM with a random 96-bit nonce and the canonical
  JSON of the header as associated data. The sender signs (Ed25519) the canonical header
  followed by the ciphertext, so every byte of the packet is authenticated and the
  recipient knows which trusted key sent it.
* The header holds only what opening needs: format, version, kind, a random packet id,
  the sender's public keys, the recipient's fingerprint, the ephemeral key and the nonce.
  Nothing personal.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import secrets
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from peerdesk.core.errors import IntegrityError, PeerdeskError
from peerdesk.core.messages import QT_TRANSLATE_NOOP

FORMAT = "peerdesk-sealed"
VERSION = 1
KINDS = ("export", "reply")
INFO = b"peerdesk-sealed v1"
FINGERPRINT_TAG = b"peerdesk-identity v1"
MAX_PACKET = 64 * 1024 * 1024  # a packet larger than this is refused before parsing
PUBLIC_FORMAT = "peerdesk-public-key"

_RAW = serialization.Encoding.Raw
_RAW_PUB = serialization.PublicFormat.Raw
_RAW_PRIV = serialization.PrivateFormat.Raw
_NO_ENC = serialization.NoEncryption()


class PacketError(IntegrityError):
    """A packet that cannot be opened: damaged, tampered with, or not for this key."""


class UntrustedSender(PeerdeskError):
    """The packet is intact but was signed by a key this vault has not trusted."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: object, size: int | None = None) -> bytes:
    if not isinstance(value, str):
        raise PacketError(QT_TRANSLATE_NOOP("core", "This packet has been damaged."))
    try:
        raw = base64.b64decode(value.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise PacketError(QT_TRANSLATE_NOOP("core", "This packet has been damaged.")) from None
    if _b64(raw) != value or (size is not None and len(raw) != size):
        raise PacketError(QT_TRANSLATE_NOOP("core", "This packet has been damaged."))
    return raw


def canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


@dataclass(frozen=True)
class PublicIdentity:
    """What a person hands out: two public keys. Safe to e-mail; confirm the fingerprint."""

    x25519: bytes
    ed25519: bytes

    @property
    def fingerprint(self) -> str:
        digest = hashlib.sha256(FINGERPRINT_TAG + self.x25519 + self.ed25519).digest()
        letters = base64.b32encode(digest[:20]).decode("ascii")
        return " ".join(letters[i : i + 4] for i in range(0, 32, 4))

    def to_json(self) -> dict[str, str]:
        return {"x25519": _b64(self.x25519), "ed25519": _b64(self.ed25519)}

    @classmethod
    def from_json(cls, value: object) -> PublicIdentity:
        if not isinstance(value, dict):
            raise PacketError(QT_TRANSLATE_NOOP("core", "This is not a peerdesk public key."))
        ident = cls(_unb64(value.get("x25519"), 32), _unb64(value.get("ed25519"), 32))
        try:  # both must be valid points / keys
            X25519PublicKey.from_public_bytes(ident.x25519)
            Ed25519PublicKey.from_public_bytes(ident.ed25519)
        except ValueError:
            raise PacketError(
                QT_TRANSLATE_NOOP("core", "This is not a peerdesk public key.")
            ) from None
        return ident

    def export_file(self, name: str = "") -> bytes:
        """The public key file a mentor or supervisor hands to the other."""
        body = {"format": PUBLIC_FORMAT, "version": VERSION, "name": name, **self.to_json()}
        return json.dumps(body, indent=1).encode("utf-8")

    @classmethod
    def read_file(cls, raw: bytes) -> tuple[PublicIdentity, str]:
        """(identity, the name its owner gave) from a public key file."""
        try:
            doc = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise PacketError(
                QT_TRANSLATE_NOOP("core", "This is not a peerdesk public key file.")
            ) from None
        if not isinstance(doc, dict) or doc.get("format") != PUBLIC_FORMAT:
            raise PacketError(QT_TRANSLATE_NOOP("core", "This is not a peerdesk public key file."))
        if doc.get("version") != VERSION:
            raise PacketError(
                QT_TRANSLATE_NOOP(
                    "core", "This public key file is from a newer peerdesk; update first."
                )
            )
        name = doc.get("name")
        return cls.from_json(doc), name[:80] if isinstance(name, str) else ""


@dataclass(frozen=True, repr=False)
class Identity:
    """A vault's own key pairs. The private halves never leave the encrypted vault."""

    x25519_private: bytes
    ed25519_private: bytes

    def __repr__(self) -> str:
        return "<Identity>"

    @classmethod
    def generate(cls) -> Identity:
        x = X25519PrivateKey.generate().private_bytes(_RAW, _RAW_PRIV, _NO_ENC)
        e = Ed25519PrivateKey.generate().private_bytes(_RAW, _RAW_PRIV, _NO_ENC)
        return cls(x, e)

    @property
    def public(self) -> PublicIdentity:
        x = X25519PrivateKey.from_private_bytes(self.x25519_private).public_key()
        e = Ed25519PrivateKey.from_private_bytes(self.ed25519_private).public_key()
        return PublicIdentity(x.public_bytes(_RAW, _RAW_PUB), e.public_bytes(_RAW, _RAW_PUB))

    def to_json(self) -> dict[str, str]:
        return {"x25519": _b64(self.x25519_private), "ed25519": _b64(self.ed25519_private)}

    @classmethod
    def from_json(cls, value: dict[str, str]) -> Identity:
        return cls(_unb64(value["x25519"], 32), _unb64(value["ed25519"], 32))


def derive_key(shared: bytes, ephemeral_public: bytes, recipient_public: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=ephemeral_public + recipient_public, info=INFO
    ).derive(shared)


@dataclass(frozen=True)
class Opened:
    kind: str
    packet_id: str
    sender: PublicIdentity
    content: bytes


def seal(
    content: bytes,
    *,
    sender: Identity,
    recipient: PublicIdentity,
    kind: str,
    packet_id: str | None = None,
    ephemeral: bytes | None = None,
    nonce: bytes | None = None,
) -> bytes:
    """Seal ``content`` so only ``recipient`` can open it and it can tell ``sender`` sent it.

    ``ephemeral`` (a private key) and ``nonce`` are random unless given; they are given only
    to reproduce the known-answer vector in docs/sealed-packets.md."""
    if kind not in KINDS:
        raise ValueError("unknown packet kind")
    eph = X25519PrivateKey.from_private_bytes(ephemeral or secrets.token_bytes(32))
    eph_public = eph.public_key().public_bytes(_RAW, _RAW_PUB)
    nonce = nonce or secrets.token_bytes(12)
    header = {
        "format": FORMAT,
        "version": VERSION,
        "kind": kind,
        "id": packet_id or secrets.token_hex(16),
        "sender": sender.public.to_json(),
        "recipient": recipient.fingerprint,
        "ephemeral": _b64(eph_public),
        "nonce": _b64(nonce),
    }
    shared = eph.exchange(X25519PublicKey.from_public_bytes(recipient.x25519))
    key = derive_key(shared, eph_public, recipient.x25519)
    ciphertext = AESGCM(key).encrypt(nonce, content, canonical(header))
    signer = Ed25519PrivateKey.from_private_bytes(sender.ed25519_private)
    signature = signer.sign(canonical(header) + ciphertext)
    body = dict(header, ciphertext=_b64(ciphertext), signature=_b64(signature))
    return json.dumps(body, indent=1).encode("utf-8")


def read_header(raw: bytes) -> dict[str, Any]:
    """The packet's header, checked for shape only (nothing is trusted yet)."""
    damaged = PacketError(
        QT_TRANSLATE_NOOP("core", "This is not a peerdesk packet, or it has been damaged.")
    )
    if len(raw) > MAX_PACKET:
        raise PacketError(
            QT_TRANSLATE_NOOP("core", "This file is too large to be a peerdesk packet.")
        )
    try:
        doc = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise damaged from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise damaged
    if doc.get("version") != VERSION:
        raise PacketError(
            QT_TRANSLATE_NOOP(
                "core", "This packet is from a newer peerdesk; update peerdesk to open it."
            )
        )
    expected = {
        "format", "version", "kind", "id", "sender", "recipient", "ephemeral", "nonce",
        "ciphertext", "signature",
    }  # fmt: skip
    if set(doc) != expected or doc["kind"] not in KINDS or not isinstance(doc["id"], str):
        raise damaged
    if not isinstance(doc["recipient"], str) or len(doc["id"]) > 64:
        raise damaged
    return doc


def open_sealed(
    raw: bytes, *, recipient: Identity, trusted: dict[str, PublicIdentity] | None = None
) -> Opened:
    """Open a packet sealed to ``recipient``. ``trusted`` maps fingerprints to the keys this
    vault trusts; a packet from any other key raises UntrustedSender (after checking that it
    is intact). Any changed byte raises PacketError."""
    doc = read_header(raw)
    sender = PublicIdentity.from_json(doc["sender"])
    ciphertext = _unb64(doc["ciphertext"])
    signature = _unb64(doc["signature"], 64)
    header = {k: v for k, v in doc.items() if k not in ("ciphertext", "signature")}
    try:
        Ed25519PublicKey.from_public_bytes(sender.ed25519).verify(
            signature, canonical(header) + ciphertext
        )
    except InvalidSignature:
        raise PacketError(
            QT_TRANSLATE_NOOP("core", "This packet has been changed since it was sealed.")
        ) from None
    if doc["recipient"] != recipient.public.fingerprint:
        raise PacketError(
            QT_TRANSLATE_NOOP(
                "core", "This packet was sealed for someone else's key, not this vault's."
            )
        )
    if trusted is not None and sender.fingerprint not in trusted:
        raise UntrustedSender(
            "This packet comes from a key you have not trusted yet. Compare its fingerprint "
            f"({sender.fingerprint}) with the sender, then trust their key."
        )
    eph_public = _unb64(doc["ephemeral"], 32)
    nonce = _unb64(doc["nonce"], 12)
    own = X25519PrivateKey.from_private_bytes(recipient.x25519_private)
    try:
        shared = own.exchange(X25519PublicKey.from_public_bytes(eph_public))
        key = derive_key(shared, eph_public, recipient.public.x25519)
        content = AESGCM(key).decrypt(nonce, ciphertext, canonical(header))
    except (InvalidTag, ValueError):
        raise PacketError(QT_TRANSLATE_NOOP("core", "This packet has been damaged.")) from None
    return Opened(doc["kind"], doc["id"], sender, content)
