"""vault.attempts: wrong passphrases and recovery keys tried since the vault last opened.

Kept outside the encrypted database, because a wrong secret opens nothing to write
into. Each failure adds one to the count (no key is at hand then); each successful
unlock starts a new record sealed under the data key, and vault.head names the one
in force. So a record that was removed, replaced by an older one or made up is told
at the next unlock. What cannot be told: a copy of the current record put back over
it after guessing (a file can always be rolled back by someone who can write it).
Counts and times only: never what was typed.
"""

from __future__ import annotations

import base64
import binascii
import json
from datetime import datetime, timezone
from pathlib import Path

from peerdesk.core.records import Record
from peerdesk.core.vault import subkeys
from peerdesk.core.vault.files import atomic_write

ATTEMPTS_NAME = "vault.attempts"
FORMAT = "peerdesk-attempts"


class Attempts(Record):
    failures: int
    last: datetime | None  # UTC time of the latest failure
    since: str  # when this record was started by a successful unlock ("" if never)
    mac: bytes  # over vault id and ``since``, under the data key (b"" if never sealed)

    def sealed_by(self, data_keys: list[bytes], vault_id: str) -> bool:
        """Started by peerdesk under one of ``data_keys`` (two while a rotation is settled)."""
        return bool(self.mac) and any(
            subkeys.same(self.mac, _mac(key, vault_id, self.since)) for key in data_keys
        )


NONE = Attempts(0, None, "", b"")


def _stamp(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _mac(data_key: bytes, vault_id: str, since: str) -> bytes:
    key = subkeys.derive(data_key, vault_id=vault_id, info=b"peerdesk attempts mac v1")
    return subkeys.mac(key, f"{FORMAT}\x00{vault_id}\x00{since}".encode())


def read(vault_dir: Path) -> Attempts | None:
    """The record, or None when there is none (an unreadable one counts as none)."""
    try:
        raw = (vault_dir / ATTEMPTS_NAME).read_bytes()
    except FileNotFoundError:
        return None
    try:
        doc = json.loads(raw.decode("utf-8"))
        if doc.get("format") != FORMAT:
            return None
        last = doc.get("last") or None
        return Attempts(
            failures=max(0, int(doc.get("failures", 0))),
            last=datetime.strptime(last, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=timezone.utc)
            if last
            else None,
            since=str(doc.get("since", "")),
            mac=base64.b64decode(doc.get("mac", ""), validate=True),
        )
    except (UnicodeDecodeError, ValueError, TypeError, AttributeError, binascii.Error):
        return None


def _write(vault_dir: Path, record: Attempts) -> None:
    doc = {
        "format": FORMAT,
        "failures": record.failures,
        "last": _stamp(record.last) if record.last else "",
        "since": record.since,
        "mac": base64.b64encode(record.mac).decode("ascii"),
    }
    atomic_write(vault_dir / ATTEMPTS_NAME, json.dumps(doc, sort_keys=True).encode())


def record_failure(vault_dir: Path, *, now: datetime | None = None) -> Attempts:
    """One more wrong secret. The caller holds the vault's claim (no two writers)."""
    current = read(vault_dir) or NONE
    updated = Attempts(
        current.failures + 1, now or datetime.now(timezone.utc), current.since, current.mac
    )
    _write(vault_dir, updated)
    return updated


def start_over(vault_dir: Path, *, data_key: bytes, vault_id: str) -> str:
    """After a successful unlock: a new, sealed record with no failures; returns its ``since``."""
    since = _stamp(datetime.now(timezone.utc))
    _write(vault_dir, Attempts(0, None, since, _mac(data_key, vault_id, since)))
    return since
