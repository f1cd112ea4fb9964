"""vault.journal: the multi-step operation under way, so the next start finishes or undoes it.

One small JSON file beside vault.keys, written atomically before the first step of a
restore, a data-key rotation or a new recovery key, and removed after the last. It
holds operation names, times, slot ids and file names: never a key or personal data.

``init`` is the vault's creation while its recovery key waits to be confirmed as seen:
it holds that key sealed under the data key (AES-GCM, bound to the vault id), so a
start after a kill offers it again. Whoever can open the seal already holds the data
key the recovery key unwraps, so it gives nothing away; it is removed on confirmation.

``recovery_key_unconfirmed`` is not an operation but a state that outlives one: the
vault's recovery slot holds a key the mentor may never have seen (a rotation finished
but its new key was not shown), so every unlock says so until a new key is confirmed.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
import logging
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Literal

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from peerdesk.core.vault import subkeys
from peerdesk.core.vault.files import atomic_write, fsync_dir

log = logging.getLogger(__name__)

JOURNAL_NAME = "vault.journal"
Op = Literal[
    "init", "restore", "rotate_data_key", "replace_recovery_key", "recovery_key_unconfirmed"
]
OPS: tuple[str, ...] = (
    "init",
    "restore",
    "rotate_data_key",
    "replace_recovery_key",
    "recovery_key_unconfirmed",
)


def now_stamp() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True)
class Entry:
    op: Op
    started: str  # UTC, e.g. 2026-12-01T21:00:00Z
    detail: dict[str, str] = field(default_factory=dict)

    @property
    def day(self) -> str:
        """The date part, for the sentence that tells the mentor."""
        return self.started[:10]


def read(vault_dir: Path) -> Entry | None:
    """The entry, or None when no operation is under way (or the file cannot be read)."""
    try:
        raw = (vault_dir / JOURNAL_NAME).read_bytes()
    except FileNotFoundError:
        return None
    try:
        doc = json.loads(raw.decode("utf-8"))
        op, started, detail = doc["op"], doc["started"], doc.get("detail", {})
    except (UnicodeDecodeError, ValueError, KeyError, TypeError):
        log.warning("vault journal unreadable; ignored")
        return None
    if (
        op not in OPS
        or not isinstance(started, str)
        or not isinstance(detail, dict)
        or not all(isinstance(k, str) and isinstance(v, str) for k, v in detail.items())
    ):
        log.warning("vault journal unreadable; ignored")
        return None
    return Entry(op, started, dict(detail))


def write(vault_dir: Path, entry: Entry) -> None:
    doc = {"op": entry.op, "started": entry.started, "detail": entry.detail}
    atomic_write(vault_dir / JOURNAL_NAME, json.dumps(doc, sort_keys=True).encode())


def clear(vault_dir: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        (vault_dir / JOURNAL_NAME).unlink()
        fsync_dir(vault_dir)


def _seal_key(data_key: bytes, vault_id: str) -> bytes:
    return subkeys.derive(data_key, vault_id=vault_id, info=b"peerdesk journal seal v1")


def seal(text: str, *, data_key: bytes, vault_id: str) -> str:
    """``text`` encrypted under the data key, for a journal entry's detail."""
    nonce = secrets.token_bytes(12)
    box = AESGCM(_seal_key(data_key, vault_id)).encrypt(nonce, text.encode(), vault_id.encode())
    return base64.b64encode(nonce + box).decode("ascii")


def unseal(sealed: str, *, data_key: bytes, vault_id: str) -> str | None:
    """What ``seal`` sealed, or None when it was changed or sealed under another key."""
    try:
        raw = base64.b64decode(sealed, validate=True)
        plain = AESGCM(_seal_key(data_key, vault_id)).decrypt(raw[:12], raw[12:], vault_id.encode())
        return plain.decode("utf-8")
    except (binascii.Error, ValueError, InvalidTag, UnicodeDecodeError):
        return None
