"""Export packets as a format: round trip, wrong key, tampering, junk (keys passed in)."""

from __future__ import annotations

import base64
import json

import pytest

from peerdesk.core.errors import IntegrityError, WrongPassphrase
from peerdesk.core.formats import packet

KEY = bytes(range(32))
KDF = {"name": "argon2id", "memory_kib": 65536, "iterations": 3, "lanes": 4, "salt": "AAAA"}


def derive_with(key: bytes, seen: list | None = None):
    def derive(spec):
        if seen is not None:
            seen.append(spec)
        return key

    return derive


def test_round_trip_writes_the_key_settings_into_the_header() -> None:
    raw = packet.seal(b"# Supervision summary\n", key=KEY, kdf=KDF, content="md")
    doc = json.loads(raw)
    assert doc["format"] == "peerdesk-packet" and doc["version"] == 1
    assert doc["kdf"] == KDF
    seen: list = []
    assert packet.open_packet(raw, derive=derive_with(KEY, seen)) == (
        "md",
        b"# Supervision summary\n",
    )
    assert seen == [KDF]


def test_wrong_key() -> None:
    raw = packet.seal(b"x", key=KEY, kdf=KDF, content="csv")
    with pytest.raises(WrongPassphrase):
        packet.open_packet(raw, derive=derive_with(bytes(32)))


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d.update(content="pdf"),
        lambda d: d["kdf"].update(iterations=4),
        lambda d: d.update(
            ciphertext=base64.b64encode(b"\0" + base64.b64decode(d["ciphertext"])[1:]).decode()
        ),
    ],
)
def test_changed_packets_do_not_open(change) -> None:
    doc = json.loads(packet.seal(b"hello", key=KEY, kdf=KDF, content="md"))
    change(doc)
    with pytest.raises((WrongPassphrase, IntegrityError)):
        packet.open_packet(json.dumps(doc, indent=1).encode(), derive=derive_with(KEY))


def test_every_byte_counts_spacing_and_added_keys_included() -> None:
    raw = packet.seal(b"hello", key=KEY, kdf=KDF, content="md")
    assert packet.open_packet(raw, derive=derive_with(KEY))[1] == b"hello"
    respaced = raw.replace(b'\n "nonce"', b'\n\t"nonce"', 1)
    assert respaced != raw and json.loads(respaced) == json.loads(raw)
    doc = json.loads(raw)
    doc["note"] = "added"
    for changed in (respaced, json.dumps(doc, indent=1).encode(), raw + b"\n"):
        with pytest.raises(IntegrityError, match="damaged"):
            packet.open_packet(changed, derive=derive_with(KEY))


@pytest.mark.parametrize("raw", [b"\x89PNG", b"{}", b'{"format": "peerdesk-packet", "version": 9}'])
def test_junk_is_refused(raw: bytes) -> None:
    with pytest.raises(IntegrityError):
        packet.open_packet(raw, derive=derive_with(KEY))
