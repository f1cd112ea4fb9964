"""HSDS 3.0 interchange records: one issue, one parsed file, one service bundle, ids.

Plain data shared by reading, checking and writing; nothing here touches the vault.
"""

from __future__ import annotations

import gc
import json
import re
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from peerdesk.core.errors import ValidationError

NAMESPACE = uuid.UUID("6f1c2a4e-6e55-4c1e-9d1a-3c8b6a0e2d11")
MAX_FILE_BYTES = 200 * 1024 * 1024
DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
Progress = Callable[[int, int], None]
# Where each part of a record came from: path in the record -> (file, row).
Origins = dict[tuple[Any, ...], tuple[str, int | None]]


class DirectoryImportError(ValidationError):
    """The file as a whole cannot be read (not a per-record problem); nothing was changed."""


@dataclass(frozen=True)
class Issue:
    """One problem with one record: where it is and why, never the offending value."""

    file: str
    row: int | None
    field: str
    reason: str
    severity: str = "error"  # "error": not imported; "warning": imported without this part

    def __str__(self) -> str:
        row = "" if self.row is None else str(self.row)
        return f"{self.file}:{row}:{self.field}: {self.reason}"


@dataclass
class Bundle:
    """One service and everything it needs, as rows ready for the directory tables."""

    service: dict[str, Any]
    organization: dict[str, Any] | None = None
    locations: list[dict[str, Any]] = field(default_factory=list)
    addresses: list[dict[str, Any]] = field(default_factory=list)
    sals: list[dict[str, Any]] = field(default_factory=list)
    phones: list[dict[str, Any]] = field(default_factory=list)
    schedules: list[dict[str, Any]] = field(default_factory=list)
    terms: list[dict[str, Any]] = field(default_factory=list)
    attributes: list[dict[str, Any]] = field(default_factory=list)
    service_areas: list[dict[str, Any]] = field(default_factory=list)
    languages: list[dict[str, Any]] = field(default_factory=list)
    accessibility: list[dict[str, Any]] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.service["id"]

    def signature(self) -> str:
        """Equal for equal directory content, whatever the order rows came in."""

        def rows(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
            return sorted(items, key=lambda r: r["id"])

        body = [
            self.service,
            self.organization,
            rows(self.locations),
            rows(self.addresses),
            rows(self.sals),
            rows(self.phones),
            rows(self.schedules),
            rows(self.terms),
            rows(self.attributes),
            rows(self.service_areas),
            rows(self.languages),
            rows(self.accessibility),
        ]
        return json.dumps(body, sort_keys=True, default=str)


@dataclass
class ParsedFile:
    """Records read from a file, before they are compared with the vault."""

    source: str
    records: list[tuple[dict[str, Any], Origins]] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    invalid: int = 0


def plural(count: int, word: str) -> str:
    return f"{count:,} {word}{'' if count == 1 else 's'}"


# --- ids ------------------------------------------------------------------------------------

_ID_KINDS = {
    "service_id": "service",
    "organization_id": "organization",
    "parent_organization_id": "organization",
    "location_id": "location",
    "service_at_location_id": "service_at_location",
    "taxonomy_term_id": "taxonomy_term",
    "contact_id": "contact",
    "program_id": "program",
    "taxonomy_id": "taxonomy",
    "link_id": "service",
}
_CHILD_KINDS = {
    "organization": "organization",
    "phones": "phone",
    "schedules": "schedule",
    "service_at_locations": "service_at_location",
    "location": "location",
    "locations": "location",
    "addresses": "address",
    "attributes": "attribute",
    "taxonomy_term": "taxonomy_term",
    "service_areas": "service_area",
    "languages": "language",
    "accessibility": "accessibility",
}


def stable_id(raw: Any, kind: str) -> Any:
    """HSDS 3.0 ids are UUIDs; older files use any text. Those get a stable UUID, so the
    same file imported twice still deduplicates."""
    if isinstance(raw, bool) or not isinstance(raw, (str, int)):
        return raw  # the schema check reports it
    return _stable(str(raw).strip(), kind)


_CANONICAL = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


@lru_cache(maxsize=100_000)
def _stable(text_: str, kind: str) -> str:
    if not text_ or _CANONICAL.fullmatch(text_):
        return text_
    try:
        return str(uuid.UUID(text_))
    except ValueError:
        return str(uuid.uuid5(NAMESPACE, f"{kind}:{text_}"))


def normalise_ids(obj: Any, kind: str, counter: list[int]) -> None:
    if not isinstance(obj, dict):
        return
    for key in list(obj):
        value = obj[key]
        if key == "id" or key in _ID_KINDS or (key == "parent_id" and kind == "taxonomy_term"):
            target = kind if key == "id" else _ID_KINDS.get(key, "taxonomy_term")
            if value is not None:
                new = stable_id(value, target)
                if new != value:
                    counter[0] += 1
                obj[key] = new
        elif key in _CHILD_KINDS:
            child = _CHILD_KINDS[key]
            if isinstance(value, list):
                for item in value:
                    normalise_ids(item, child, counter)
            else:
                normalise_ids(value, child, counter)


_gc_lock = threading.Lock()
_gc_depth = 0
_gc_was_enabled = False


@contextmanager
def gc_paused() -> Iterator[None]:
    """Python's cycle collector paused while an import reads, checks or writes its records
    (also as a decorator). Tens of thousands of new dicts and lists, none of them in a
    cycle, would have the collector walk every live object again and again: a fifth of a
    10,000-service import. Reference counting still frees what is dropped; nested and
    concurrent pauses end when the last one does, and a collector that was off stays off."""
    global _gc_depth, _gc_was_enabled
    with _gc_lock:
        if _gc_depth == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_depth += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_depth -= 1
            if _gc_depth == 0 and _gc_was_enabled:
                gc.enable()
