"""Sealed packets: published vectors for each primitive, our own known-answer vector, and
every way a packet can be wrong (changed byte, other recipient, untrusted sender)."""

from __future__ import annotations

import base64
import hashlib
import json
import random

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from peerdesk.core.formats import sealed
from peerdesk.core.formats.sealed import (
    Identity,
    PacketError,
    PublicIdentity,
    UntrustedSender,
    open_sealed,
    seal,
)

h = bytes.fromhex
# RFC 7748 section 6.1 (X25519) and RFC 8032 section 7.1 tests 1 and 2 (Ed25519).
ALICE_X = h("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a")
ALICE_X_PUB = h("8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a")
BOB_X = h("5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb")
BOB_X_PUB = h("de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f")
SHARED = h("4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742")
ED1 = h("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
ED1_PUB = h("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
ED1_SIG_EMPTY = h(
    "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bac"
    "c61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"
)
ED2 = h("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb")
ED2_PUB = h("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c")

ALICE = Identity(ALICE_X, ED1)
BOB = Identity(BOB_X, ED2)
# Our construction's known-answer vector (docs/sealed-packets.md): Alice seals to Bob.
KAT_CONTENT = b"Activity summary: 14 sessions."
KAT_ID = "00112233445566778899aabbccddeeff"
KAT_SHA256 = "70d067eefd9c563a4f4d9ebf66c76f62ef9d606634a3bdd14f50dd7d54cf597e"


def test_x25519_rfc7748_vector() -> None:
    alice = X25519PrivateKey.from_private_bytes(ALICE_X)
    bob = X25519PrivateKey.from_private_bytes(BOB_X)
    assert ALICE.public.x25519 == ALICE_X_PUB and BOB.public.x25519 == BOB_X_PUB
    assert alice.exchange(X25519PublicKey.from_public_bytes(BOB_X_PUB)) == SHARED
    assert bob.exchange(X25519PublicKey.from_public_bytes(ALICE_X_PUB)) == SHARED


def test_hkdf_sha256_rfc5869_case_1() -> None:
    okm = HKDF(
        algorithm=hashes.SHA256(), length=42, salt=h("000102030405060708090a0b0c"),
        info=h("f0f1f2f3f4f5f6f7f8f9"),
    ).derive(h("0b" * 22))  # fmt: skip
    assert okm == h(
        "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865"
    )


def test_ed25519_rfc8032_vectors() -> None:
    assert ALICE.public.ed25519 == ED1_PUB and BOB.public.ed25519 == ED2_PUB
    assert Ed25519PrivateKey.from_private_bytes(ED1).sign(b"") == ED1_SIG_EMPTY


def _kat() -> bytes:
    return seal(
        KAT_CONTENT, sender=ALICE, recipient=BOB.public, kind="export", packet_id=KAT_ID,
        ephemeral=bytes(range(32)), nonce=bytes(range(12)),
    )  # fmt: skip


def test_known_answer_vector_of_the_construction() -> None:
    packet = _kat()
    assert hashlib.sha256(packet).hexdigest() == KAT_SHA256
    doc = json.loads(packet)
    # The key is exactly HKDF-SHA256(X25519(eph, Bob), salt = eph_pub || Bob_pub, info).
    eph = X25519PrivateKey.from_private_bytes(bytes(range(32)))
    eph_pub = eph.public_key().public_bytes_raw()
    assert base64.b64decode(doc["ephemeral"]) == eph_pub
    opened = open_sealed(packet, recipient=BOB, trusted={ALICE.public.fingerprint: ALICE.public})
    assert (opened.kind, opened.packet_id, opened.content) == ("export", KAT_ID, KAT_CONTENT)
    assert opened.sender == ALICE.public


def test_round_trip_with_fresh_keys_and_nothing_personal_in_the_header() -> None:
    mentor, supervisor = Identity.generate(), Identity.generate()
    canary = b"CANARY-Marisol-Quintero-555-0142"
    packet = seal(canary, sender=mentor, recipient=supervisor.public, kind="export")
    assert canary not in packet and b"Marisol" not in packet
    opened = open_sealed(
        packet, recipient=supervisor, trusted={mentor.public.fingerprint: mentor.public}
    )
    assert opened.content == canary
    again = seal(canary, sender=mentor, recipient=supervisor.public, kind="export")
    assert again != packet  # fresh ephemeral key, nonce and id every time


def test_every_changed_byte_is_refused() -> None:
    packet = bytearray(_kat())
    trusted = {ALICE.public.fingerprint: ALICE.public}
    rng = random.Random(7748)
    positions = rng.sample(range(len(packet)), min(500, len(packet)))
    accepted = [pos for pos in positions if _opens(packet, pos, rng.randrange(8), trusted)]
    assert accepted == []


def _opens(packet: bytearray, pos: int, bit: int, trusted: dict[str, PublicIdentity]) -> bool:
    bad = bytearray(packet)
    bad[pos] ^= 1 << bit
    try:
        open_sealed(bytes(bad), recipient=BOB, trusted=trusted)
    except (PacketError, UntrustedSender):
        return False
    return True


def test_packet_for_another_key_is_refused_in_one_sentence() -> None:
    carol = Identity.generate()
    with pytest.raises(PacketError, match="someone else's key"):
        open_sealed(_kat(), recipient=carol)


def test_swapped_sender_key_is_refused() -> None:
    doc = json.loads(_kat())
    doc["sender"] = Identity.generate().public.to_json()
    with pytest.raises(PacketError, match="changed"):
        open_sealed(json.dumps(doc).encode(), recipient=BOB)


def test_untrusted_sender_is_told_with_its_fingerprint() -> None:
    with pytest.raises(UntrustedSender) as err:
        open_sealed(_kat(), recipient=BOB, trusted={})
    assert ALICE.public.fingerprint in str(err.value)


@pytest.mark.parametrize(
    "raw",
    [b"", b"\x00\xff" * 10, b"[]", b'{"format": "peerdesk-sealed", "version": 9}', b"{" * 5000],
)
def test_garbage_gets_one_clear_sentence(raw: bytes) -> None:
    with pytest.raises(PacketError) as err:
        open_sealed(raw, recipient=BOB)
    assert str(err.value).endswith(".")


def test_oversized_file_is_refused_before_parsing() -> None:
    with pytest.raises(PacketError, match="too large"):
        sealed.read_header(b" " * (sealed.MAX_PACKET + 1))


def test_public_key_file_round_trip_and_fingerprint_shape() -> None:
    raw = ALICE.public.export_file("Alex (mentor)")
    ident, name = PublicIdentity.read_file(raw)
    assert ident == ALICE.public and name == "Alex (mentor)"
    groups = ident.fingerprint.split(" ")
    assert len(groups) == 8 and all(len(g) == 4 for g in groups)
    assert b"ed25519" in raw and ALICE.to_json()["x25519"].encode() not in raw  # no private key
    with pytest.raises(PacketError):
        PublicIdentity.read_file(
            b'{"format": "peerdesk-public-key", "version": 1, "x25519": "AA=="}'
        )


def test_identity_repr_shows_no_key() -> None:
    assert ALICE_X.hex() not in repr(ALICE) and "x25519" not in repr(ALICE)
