"""The activity log's hash chain and detail rules, as plain arithmetic (no ORM).

services/audit.py appends through the ORM; services/quick.py appends on a raw
connection. Both hash an event with ``digest`` and vet its details with
``check_detail``, so the two paths write the same chain.
"""

from __future__ import annotations

import json
import re
from datetime import datetime, timezone
from typing import Any

from cryptography.hazmat.primitives import hashes

GENESIS = "0" * 64

# Keys that may hold a string, each with the only shape it may have (never personal text).
_TEXT_DETAILS = {
    "format": re.compile(r"[a-z0-9_.+-]{1,32}"),
    "revision": re.compile(r"[A-Za-z0-9_.-]{1,64}"),
    "period": re.compile(r"\d{4}-\d{2}/\d{4}-\d{2}"),  # months, e.g. 2026-10/2026-11
    "sections": re.compile(r"[a-z_]{1,32}(?:,[a-z_]{1,32}){0,15}"),
    "sha256": re.compile(r"[0-9a-f]{64}"),
}


def digest(
    prev: str, at: datetime, kind: str, entity: str, entity_id: int | None, detail: dict
) -> str:
    body = json.dumps(
        [prev, at.isoformat(), kind, entity, entity_id, detail],
        sort_keys=True,
        separators=(",", ":"),
    )
    return sha256_hex(body.encode())


def sha256_hex(data: bytes) -> str:
    """SHA-256 through cryptography, not hashlib (which would load OpenSSL a second time
    on the quick path; the bytes are the same)."""
    h = hashes.Hash(hashes.SHA256())
    h.update(data)
    return h.finalize().hex()


def check_detail(detail: dict[str, Any]) -> None:
    for key, value in detail.items():
        if isinstance(value, (int, float, bool, type(None))):
            continue
        shape = _TEXT_DETAILS.get(key)
        if shape is None or not isinstance(value, str) or not shape.fullmatch(value):
            raise ValueError("audit details hold ids, counts, flags and fixed-shape codes only")


def stamp(now: datetime | None = None) -> datetime:
    """An event's time as stored: naive UTC, whole seconds."""
    return (now or datetime.now(timezone.utc)).replace(tzinfo=None, microsecond=0)
