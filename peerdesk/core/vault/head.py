"""vault.head: the database's change counter, sealed under the data key beside the database.

Every transaction that writes a row also raises the database's own counter (SQLite's
``user_version``, inside that transaction); once it is committed, this file is
rewritten with the new count and an HMAC under the data key. A database whose counter
is below the file's has lost committed work: the end of its write-ahead log was cut
(SQLite stops replaying at a bad frame) or an older copy of vault.db was put in its
place. A counter above the file's is only a crash between the commit and this write.

The file also names the failed-unlock record in force (see attempts.py), so removing
that record to hide guesses is noticed. It holds counts and times, never personal data.
"""

from __future__ import annotations

import base64
import binascii
import json
from pathlib import Path

from peerdesk.core.records import Record
from peerdesk.core.vault import subkeys
from peerdesk.core.vault.files import atomic_write

HEAD_NAME = "vault.head"
FORMAT = "peerdesk-head"


class Head(Record):
    counter: int  # the database's user_version after the last commit peerdesk saw
    attempts_since: str = ""  # the failed-unlock record in force ("" before there was one)


class HeadDamaged(Exception):
    """The file is there but is not one peerdesk sealed under this vault's key."""


def _mac_key(data_key: bytes, vault_id: str) -> bytes:
    return subkeys.derive(data_key, vault_id=vault_id, info=b"peerdesk head mac v1")


def _body(vault_id: str, head: Head) -> bytes:
    doc = {
        "format": FORMAT,
        "vault_id": vault_id,
        "counter": head.counter,
        "attempts_since": head.attempts_since,
    }
    return json.dumps(doc, sort_keys=True, separators=(",", ":")).encode()


def write(
    vault_dir: Path, head: Head, *, data_key: bytes, vault_id: str, name: str = HEAD_NAME
) -> None:
    mac = subkeys.mac(_mac_key(data_key, vault_id), _body(vault_id, head))
    doc = {
        "format": FORMAT,
        "counter": head.counter,
        "attempts_since": head.attempts_since,
        "mac": base64.b64encode(mac).decode("ascii"),
    }
    atomic_write(vault_dir / name, json.dumps(doc, sort_keys=True).encode())


def read(vault_dir: Path, *, data_keys: list[bytes], vault_id: str) -> Head | None:
    """The head, verified under one of ``data_keys``; None when there is no file.

    Raises HeadDamaged when the file cannot be read or its MAC matches none of the keys
    (a data-key rotation cut short may leave it under the other key of the two).
    """
    try:
        raw = (vault_dir / HEAD_NAME).read_bytes()
    except FileNotFoundError:
        return None
    try:
        doc = json.loads(raw.decode("utf-8"))
        head = Head(int(doc["counter"]), str(doc.get("attempts_since", "")))
        mac = base64.b64decode(doc["mac"], validate=True)
        if doc.get("format") != FORMAT or head.counter < 0:
            raise ValueError
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, binascii.Error):
        raise HeadDamaged from None
    body = _body(vault_id, head)
    for key in data_keys:
        expected = subkeys.mac(_mac_key(key, vault_id), body)
        if subkeys.same(mac, expected):
            return head
    raise HeadDamaged
