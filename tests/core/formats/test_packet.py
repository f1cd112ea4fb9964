"""Export packets: round trip, wrong passphrase, tampering, weakened KDF."""

from __future__ import annotations

import base64
import json

import pytest

from peerdesk.core.errors import IntegrityError, WrongPassphrase
from peerdesk.core.formats import packet
from peerdesk.core.vault.keys import calibrate

SECRET = "a long packet passphrase"


def test_round_trip() -> None:
    raw = packet.seal(b"# Supervision summary\n", SECRET, content="md", kdf=calibrate(0))
    doc = json.loads(raw)
    assert doc["format"] == "peerdesk-packet" and doc["version"] == 1
    assert doc["kdf"]["name"] == "argon2id"
    assert packet.open_packet(raw, SECRET) == ("md", b"# Supervision summary\n")


def test_wrong_passphrase() -> None:
    raw = packet.seal(b"x", SECRET, content="csv", kdf=calibrate(0))
    with pytest.raises(WrongPassphrase):
        packet.open_packet(raw, "not the passphrase")


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d.update(content="pdf"),
        lambda d: d.update(
            ciphertext=base64.b64encode(b"\0" + base64.b64decode(d["ciphertext"])[1:]).decode()
        ),
    ],
)
def test_changed_packets_do_not_open(change) -> None:
    doc = json.loads(packet.seal(b"hello", SECRET, content="md", kdf=calibrate(0)))
    change(doc)
    with pytest.raises((WrongPassphrase, IntegrityError)):
        packet.open_packet(json.dumps(doc).encode(), SECRET)


def test_weakened_kdf_and_junk_are_refused() -> None:
    doc = json.loads(packet.seal(b"hello", SECRET, content="md", kdf=calibrate(0)))
    doc["kdf"]["memory_kib"] = 8
    with pytest.raises(IntegrityError):
        packet.open_packet(json.dumps(doc).encode(), SECRET)
    with pytest.raises(IntegrityError):
        packet.open_packet(b"\x89PNG", SECRET)
