"""Checking HSDS service records, field by field: the HSDS 3.0 JSON Schemas, sense checks a
schema cannot express, references between records and duplicate ids; then the rows each
record becomes.

A field that fails is left out with a warning and the record is still imported; a nested
object that lacks what HSDS requires of it (a phone without a number) is left out the same
way; only a service without what HSDS requires of a service (id, name, status, after the
defaults) is refused. Every problem is found in one pass.

Pure: the ids already in the directory are passed in, so nothing here opens the vault.
"""

from __future__ import annotations

import re
import uuid
from collections import Counter, defaultdict
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from datetime import date, time
from functools import lru_cache
from typing import Any

from peerdesk.core.formats.hsds import schema
from peerdesk.core.formats.hsds.model import (
    NAMESPACE,
    Bundle,
    Issue,
    Origins,
    ParsedFile,
    Progress,
    gc_paused,
    normalise_ids,
)
from peerdesk.core.messages import QT_TRANSLATE_NOOP, Message

PHONE_TYPES = ("voice", "text", "cell", "textphone", "fax", "video", "pager")
STATUSES = ("active", "inactive", "defunct", "temporarily closed")
Path_ = tuple[Any, ...]
_BYDAY = re.compile(r"^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$")
_TIME_24 = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?$")
_TIME_12 = re.compile(r"^(\d{1,2})(?:[:.](\d{2}))?(?::(\d{2}))?\s*([ap])\.?\s*m?\.?$", re.I)
_TIME_HHMM = re.compile(r"^(\d{2})(\d{2})$")
_BARE_DOMAIN = re.compile(r"^(www\.)?[\w-]+(\.[\w-]+)*\.[a-z]{2,}(/\S*)?$", re.I)
_URL_FIELDS = {"service": "url", "organization": "website", "location": "url"}


@dataclass
class Checked:
    """The records that passed, as bundles, and every issue found (refused or left out)."""

    bundles: list[Bundle] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    invalid: int = 0
    warnings: int = 0
    not_kept: Counter[str] = field(default_factory=Counter)  # "contact.name" -> values


# The fields of each HSDS object that the directory keeps (what to_bundle reads); any other
# field with a value is counted as not kept, for the preview.
KEPT: dict[str, frozenset[str]] = {
    kind: frozenset(names.split())
    for kind, names in {
        "service": "id organization_id name alternate_name description url email status "
        "fees_description eligibility_description application_process assured_date",
        "organization": "id name description email website",
        "location": "id organization_id location_type name description transportation "
        "latitude longitude",
        "address": "id location_id address_1 address_2 city region state_province "
        "postal_code country address_type",
        "service_at_location": "id service_id location_id description",
        "phone": "id service_id location_id service_at_location_id number extension type "
        "description",
        "schedule": "id service_id location_id service_at_location_id byday opens_at "
        "closes_at valid_from valid_to description freq interval dtstart until count wkst "
        "byweekno bymonthday byyearday timezone schedule_link attending_type notes",
        "service_area": "id service_id name description extent extent_type uri",
        "language": "id service_id location_id phone_id name code note",
        "accessibility": "id location_id description details url",
        "attribute": "id service_id link_id link_entity taxonomy_term_id value",
        "taxonomy_term": "id code name description taxonomy",
    }.items()
}


def count_not_kept(record: dict[str, Any], counts: Counter[str]) -> None:
    """Count every value in a checked record that the directory will not keep, by field."""
    objects = schema.objects()
    for path, kind, obj in _walk(record, "service"):
        nested = objects[kind].nested
        kept = KEPT.get(kind, frozenset())
        if kind in ("attribute", "taxonomy_term") and path[:1] != ("attributes",):
            kept = frozenset()  # only a service's own attributes are kept
        for key, value in obj.items():
            if key in nested or value in (None, "", [], {}):
                continue
            if key not in kept:
                counts[f"{kind}.{key}"] += 1


# --- values --------------------------------------------------------------------------------


def normal_time(value: Any) -> str | None:
    """A time of day as HH:MM:SS from "17:00", "17:00:00", "9:00 AM", "5pm", "0900";
    None when it is not one. "24:00" is the end of the day (23:59:59)."""
    if not isinstance(value, str):
        return None
    text_ = value.strip().lower().replace("noon", "12pm").replace("midnight", "12am")
    hour = minute = second = 0
    if m := _TIME_24.match(text_):
        hour, minute, second = int(m[1]), int(m[2]), int(m[3] or 0)
    elif m := _TIME_12.match(text_):
        hour, minute, second = int(m[1]), int(m[2] or 0), int(m[3] or 0)
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if m[4] == "p" else 0)
    elif m := _TIME_HHMM.match(text_):
        hour, minute = int(m[1]), int(m[2])
    else:
        return None
    if (hour, minute, second) == (24, 0, 0):
        return "23:59:59"
    if hour > 23 or minute > 59 or second > 59:
        return None
    return f"{hour:02d}:{minute:02d}:{second:02d}"


def parse_time(value: Any) -> time | None:
    normal = normal_time(value) if value not in (None, "") else None
    if normal is None:
        return None
    h, m, s = (int(x) for x in normal.split(":"))
    return time(h, m, s)


def parse_date(value: Any) -> date | None:
    if value in (None, "") or not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def _copy(value: Any) -> Any:
    """A copy of parsed JSON (dicts, lists, plain values): faster than deepcopy."""
    if isinstance(value, dict):
        return {k: _copy(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_copy(v) for v in value]
    return value


def _int(value: Any) -> int | None:
    if isinstance(value, bool) or value in (None, ""):
        return None
    try:
        return int(float(value))
    except (TypeError, ValueError):
        return None


def _float(value: Any) -> float | None:
    if isinstance(value, bool) or value in (None, ""):
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


# --- where things are ----------------------------------------------------------------------


def _where(origins: Origins, path: Path_) -> tuple[str, int | None, str]:
    """The file and row a field came from, and the field's name within that row."""
    for cut in range(len(path), -1, -1):
        if path[:cut] in origins:
            file_, row = origins[path[:cut]]
            rest = path[cut:]
            return (
                file_,
                row,
                ".".join(str(p) for p in rest)
                if file_.endswith(".csv")
                else ".".join(str(p) for p in path),
            )
    file_, row = origins[()]
    return file_, row, ".".join(str(p) for p in path)


def _kind_at(path: Path_) -> str | None:
    """The HSDS object at ``path`` in a service record, or None when it is a field."""
    objects = schema.objects()
    kind: str | None = "service"
    many = False
    for step in path:
        if kind is None:
            return None
        if isinstance(step, int):
            if not many:
                return None
            many = False
            continue
        nested = objects[kind].nested.get(step)
        if nested is None:
            return None
        kind, many = nested
    return None if many else kind


def _get(record: Any, path: Path_) -> Any:
    for step in path:
        if isinstance(record, dict) and isinstance(step, str):
            record = record.get(step)
        elif isinstance(record, list) and isinstance(step, int) and 0 <= step < len(record):
            record = record[step]
        else:
            return None
    return record


def _walk(obj: Any, kind: str, path: Path_ = ()) -> Iterator[tuple[Path_, str, dict[str, Any]]]:
    """Every HSDS object in a record: (path, object name, the object), parents before their
    children, in the order of the object's description (a stack, not a generator per
    object: a record holds dozens of places an object may be, most of them empty)."""
    if not isinstance(obj, dict):
        return
    stack = [(path, kind, obj)]
    while stack:
        path, kind, obj = stack.pop()
        yield path, kind, obj
        children = []
        for key, child, many in _nested(kind):
            value = obj.get(key)
            if many:
                if isinstance(value, list):
                    children += [
                        ((*path, key, i), child, item)
                        for i, item in enumerate(value)
                        if isinstance(item, dict)
                    ]
            elif isinstance(value, dict):
                children.append(((*path, key), child, value))
        stack += reversed(children)


@lru_cache(maxsize=64)
def _nested(kind: str) -> tuple[tuple[str, str, bool], ...]:
    return tuple((key, child, many) for key, (child, many) in schema.objects()[kind].nested.items())


# --- leaving out ---------------------------------------------------------------------------


def _target(path: Path_) -> Path_:
    """What to leave out for a problem at ``path``: the field, or the object when the field
    is one HSDS requires of it (climbing while that holds). () means the whole service."""
    objects = schema.objects()
    while path:
        parent, key = path[:-1], path[-1]
        if isinstance(key, int):
            return path
        kind = _kind_at(parent)
        if kind is not None and key in objects[kind].required:
            path = parent
            continue
        return path
    return ()


def _sort_key(path: Path_) -> tuple[tuple[int, Any], ...]:
    return tuple((0, p) if isinstance(p, int) else (1, str(p)) for p in path)


def _leave_out(record: dict[str, Any], targets: set[Path_]) -> None:
    """Remove every target (deepest and last first, so list positions stay right)."""
    for path in sorted(targets, key=_sort_key, reverse=True):
        if not path or any(path[:i] in targets for i in range(1, len(path))):
            continue  # an enclosing object goes anyway
        parent = _get(record, path[:-1])
        key = path[-1]
        if isinstance(parent, dict) and isinstance(key, str):
            parent.pop(key, None)
        elif isinstance(parent, list) and isinstance(key, int) and 0 <= key < len(parent):
            del parent[key]


# What an import may leave out, named for a person (the catalogue translates them).
KIND_WORDS = (
    QT_TRANSLATE_NOOP("core", "field"),
    QT_TRANSLATE_NOOP("core", "phone"),
    QT_TRANSLATE_NOOP("core", "schedule"),
    QT_TRANSLATE_NOOP("core", "address"),
    QT_TRANSLATE_NOOP("core", "location"),
    QT_TRANSLATE_NOOP("core", "service at location"),
    QT_TRANSLATE_NOOP("core", "language"),
    QT_TRANSLATE_NOOP("core", "attribute"),
    QT_TRANSLATE_NOOP("core", "contact"),
    QT_TRANSLATE_NOOP("core", "accessibility"),
    QT_TRANSLATE_NOOP("core", "service area"),
    QT_TRANSLATE_NOOP("core", "cost option"),
    QT_TRANSLATE_NOOP("core", "funding"),
    QT_TRANSLATE_NOOP("core", "required document"),
    QT_TRANSLATE_NOOP("core", "program"),
    QT_TRANSLATE_NOOP("core", "url"),
    QT_TRANSLATE_NOOP("core", "taxonomy term"),
    QT_TRANSLATE_NOOP("core", "organization"),
)


def _what(path: Path_) -> str:
    kind = _kind_at(path)
    return Message((kind or "field").replace("_", " "))


# --- defaults (older layouts and common gaps), said in the notes ------------------------------


class _Counts(defaultdict[str, int]):
    def __init__(self) -> None:
        super().__init__(int)


_DEFAULT_NOTES = {
    "status": QT_TRANSLATE_NOOP(
        "core", "{count} services had no status; they are imported as active."
    ),
    "country": QT_TRANSLATE_NOOP(
        "core", "{count} addresses had no country; {region} (your region) was used."
    ),
    "description": QT_TRANSLATE_NOOP(
        "core", "{count} organizations or taxonomy terms had no description; left empty."
    ),
    "address_parts": QT_TRANSLATE_NOOP(
        "core",
        "{count} addresses had no state or province, or no postal code (common outside the "
        "US); each is kept without it.",
    ),
    "ids": QT_TRANSLATE_NOOP(
        "core", "{count} nested records had no id; each was given one from its place in the file."
    ),
    "urls": QT_TRANSLATE_NOOP(
        "core", "{count} web addresses had no scheme (www.example.org); http:// was added."
    ),
    "times": QT_TRANSLATE_NOOP(
        "core", "{count} opening times were written in 12-hour or other forms; read as 24-hour."
    ),
    "organization": QT_TRANSLATE_NOOP(
        "core",
        "{count} services named no organization that is in the file or the directory; each "
        "is listed under an organization with the service's name.",
    ),
    "shared": QT_TRANSLATE_NOOP(
        "core",
        "{count} phones or schedules appear under more than one service or location with "
        "the same id; each is kept once, with the first record that lists it.",
    ),
}


def _defaults(record: dict[str, Any], region_hint: str, counts: _Counts) -> None:
    """Fill what HSDS requires where the file leaves it out and the mapping is clear."""
    status = record.get("status")
    if status in (None, ""):
        record["status"] = "active"
        counts["status"] += 1
    elif isinstance(status, str) and status.strip().lower() in STATUSES:
        record["status"] = status.strip().lower()
    sid = str(record.get("id") or "")
    for path, kind, obj in list(_walk(record, "service")):
        if path and obj.get("id") in (None, ""):
            obj["id"] = str(uuid.uuid5(NAMESPACE, f"{kind}:{sid}:{'.'.join(map(str, path))}"))
            counts["ids"] += 1
        url_key = _URL_FIELDS.get(kind)
        url = obj.get(url_key) if url_key else None
        if url_key and isinstance(url, str) and _BARE_DOMAIN.match(url.strip()):
            obj[url_key] = "http://" + url.strip()
            counts["urls"] += 1
        if kind in ("organization", "taxonomy_term") and obj.get("description") is None:
            obj["description"] = ""
            counts["description"] += 1
        elif kind == "address":
            if obj.get("country") in (None, "") and region_hint:
                obj["country"] = region_hint
                counts["country"] += 1
            obj.setdefault("address_type", "physical")
            if obj.get("address_1") and obj.get("city"):  # a street and a town find the place
                missing = [k for k in ("state_province", "postal_code") if obj.get(k) in (None, "")]
                for key in missing:
                    obj[key] = ""
                if missing:
                    counts["address_parts"] += 1
        elif kind == "location":
            obj.setdefault("location_type", "physical" if obj.get("addresses") else "virtual")
        elif kind == "schedule":
            for key in ("opens_at", "closes_at"):
                value = obj.get(key)
                normal = normal_time(value)
                if (
                    normal
                    and isinstance(value, str)
                    and value.strip()
                    not in (
                        normal,
                        normal[:5],
                    )
                ):
                    counts["times"] += 1
                if normal:
                    obj[key] = normal
            if isinstance(obj.get("byday"), str):
                obj["byday"] = obj["byday"].upper().replace(" ", "")
            if isinstance(obj.get("freq"), str):
                obj["freq"] = obj["freq"].upper()
        elif kind == "phone" and isinstance(obj.get("type"), str):
            obj["type"] = obj["type"].strip().lower()


# --- sense checks ----------------------------------------------------------------------------


def _sense(record: dict[str, Any]) -> list[tuple[Path_, str]]:
    """Checks a schema cannot express; each names the field to leave out."""
    problems: list[tuple[Path_, str]] = []
    if isinstance(record.get("name"), str) and not record["name"].strip():
        problems.append((("name",), _NOT_EMPTY))
    if "assured_date" in record and parse_date(record["assured_date"]) is None:
        problems.append((("assured_date",), _NOT_A_DATE))
    for path, kind, obj in _walk(record, "service"):
        if kind == "phone":
            if isinstance(obj.get("number"), str) and not obj["number"].strip():
                problems.append(((*path, "number"), _NOT_EMPTY))
            if "type" in obj and obj["type"] not in PHONE_TYPES:
                problems.append(((*path, "type"), schema.one_of(PHONE_TYPES)))
        elif kind == "address":
            if isinstance(obj.get("address_1"), str) and not obj["address_1"].strip():
                problems.append(((*path, "address_1"), _NOT_EMPTY))
        elif kind == "schedule":
            problems += _schedule_sense(path, obj)
    return problems


_NOT_EMPTY = Message(QT_TRANSLATE_NOOP("core", "must not be empty"))
_NOT_A_DATE = Message(QT_TRANSLATE_NOOP("core", "is not a date (YYYY-MM-DD)"))


def _schedule_sense(path: Path_, sch: dict[str, Any]) -> list[tuple[Path_, str]]:
    problems: list[tuple[Path_, str]] = []
    for key in ("valid_from", "valid_to", "dtstart", "until"):
        if key in sch and parse_date(sch[key]) is None:
            problems.append(((*path, key), _NOT_A_DATE))
    times = {}
    for key in ("opens_at", "closes_at"):
        if key in sch:
            if normal_time(sch[key]) is None:
                problems.append(
                    (
                        (*path, key),
                        Message(QT_TRANSLATE_NOOP("core", "is not a time of day (HH:MM:SS)")),
                    )
                )
            else:
                times[key] = sch[key]
    if len(times) == 1:
        (key,) = times
        other = "closes_at" if key == "opens_at" else "opens_at"
        problems.append(
            (
                (*path, key),
                Message(QT_TRANSLATE_NOOP("core", "is needed with {other}"), other=other),
            )
        )
    elif len(times) == 2 and times["opens_at"] == times["closes_at"]:
        same = QT_TRANSLATE_NOOP("core", "is the same as {other}")
        problems.append(((*path, "opens_at"), Message(same, other="closes_at")))
        problems.append(((*path, "closes_at"), Message(same, other="opens_at")))
    vf, vt = parse_date(sch.get("valid_from")), parse_date(sch.get("valid_to"))
    if vf and vt and vt < vf:
        problems.append(
            ((*path, "valid_to"), Message(QT_TRANSLATE_NOOP("core", "is before valid_from")))
        )
    byday = sch.get("byday")
    if isinstance(byday, str) and byday and not all(_BYDAY.match(d) for d in byday.split(",")):
        problems.append(
            (
                (*path, "byday"),
                Message(QT_TRANSLATE_NOOP("core", "must be day codes such as MO,TU or 1SA")),
            )
        )
    return problems


def to_bundle(record: dict[str, Any], region_hint: str = "") -> Bundle:
    """Rows for the directory tables from a checked HSDS service record."""
    sid = record["id"]
    org = record.get("organization")
    org_id = record.get("organization_id") or (org or {}).get("id")
    region = ""
    for area in record.get("service_areas") or []:
        extent = str(area.get("extent") or "").strip()
        if area.get("extent_type") == "text" and re.fullmatch(r"[A-Z]{2}", extent):
            region = extent
    b = Bundle(
        service={
            "id": sid,
            "organization_id": org_id,
            "name": record["name"].strip(),
            "alternate_name": record.get("alternate_name") or "",
            "description": record.get("description") or "",
            "url": record.get("url") or "",
            "email": record.get("email") or "",
            "status": record.get("status") or "active",
            "fees_description": record.get("fees_description") or "",
            "eligibility_description": record.get("eligibility_description") or "",
            "application_process": record.get("application_process") or "",
            "assured_date": parse_date(record.get("assured_date")),
            "region": region,
        }
    )
    if org:
        b.organization = {
            "id": org["id"],
            "name": org["name"],
            "description": org.get("description") or "",
            "email": org.get("email") or "",
            "website": org.get("website") or "",
        }

    phone_ids: set[str] = set()
    schedule_ids: set[str] = set()

    language_ids: set[str] = set()

    def languages(
        items: Any, *, service_id: str | None, location_id: str | None, phone_id: str | None
    ) -> None:
        for lang in items or []:
            lang_id = lang["id"]
            if lang_id in language_ids:  # one language object under several parents
                owner = service_id or location_id or phone_id
                lang_id = str(uuid.uuid5(NAMESPACE, f"language:{owner}:{lang_id}"))
                if lang_id in language_ids:
                    continue
            language_ids.add(lang_id)
            b.languages.append(
                {
                    "id": lang_id,
                    "service_id": service_id,
                    "location_id": location_id,
                    "phone_id": phone_id,
                    "name": lang.get("name") or "",
                    "code": lang.get("code") or "",
                    "note": lang.get("note") or "",
                }
            )

    def phone(
        p: dict[str, Any],
        *,
        service_id: str | None,
        location_id: str | None,
        sal_id: str | None = None,
    ) -> None:
        if p["id"] in phone_ids:  # the same phone under the service and its location: once
            return
        phone_ids.add(p["id"])
        b.phones.append(
            {
                "id": p["id"],
                "service_id": service_id,
                "location_id": location_id,
                "service_at_location_id": sal_id,
                "number": p["number"],
                "extension": _text(p.get("extension")),
                "type": p.get("type") or "voice",
                "description": p.get("description") or "",
            }
        )
        languages(p.get("languages"), service_id=None, location_id=None, phone_id=p["id"])

    def schedule(
        s: dict[str, Any],
        *,
        service_id: str | None,
        location_id: str | None,
        sal_id: str | None = None,
    ) -> None:
        if s["id"] in schedule_ids:
            return
        schedule_ids.add(s["id"])
        b.schedules.append(
            {
                "id": s["id"],
                "service_id": service_id,
                "location_id": location_id,
                "service_at_location_id": sal_id,
                "byday": s.get("byday") or "",
                "opens_at": parse_time(s.get("opens_at")),
                "closes_at": parse_time(s.get("closes_at")),
                "valid_from": parse_date(s.get("valid_from")),
                "valid_to": parse_date(s.get("valid_to")),
                "description": s.get("description") or "",
                "freq": s.get("freq") or "",
                "interval": _int(s.get("interval")),
                "dtstart": parse_date(s.get("dtstart")),
                "until": parse_date(s.get("until")),
                "count": _int(s.get("count")),
                "wkst": s.get("wkst") or "",
                "byweekno": _text(s.get("byweekno")),
                "bymonthday": _text(s.get("bymonthday")),
                "byyearday": _text(s.get("byyearday")),
                "timezone": _float(s.get("timezone")),
                "schedule_link": s.get("schedule_link") or "",
                "attending_type": s.get("attending_type") or "",
                "notes": s.get("notes") or "",
            }
        )

    for p in record.get("phones") or []:
        phone(p, service_id=sid, location_id=None)
    for s in record.get("schedules") or []:
        schedule(s, service_id=sid, location_id=None)
    languages(record.get("languages"), service_id=sid, location_id=None, phone_id=None)
    for area in record.get("service_areas") or []:
        if any(area["id"] == x["id"] for x in b.service_areas):
            continue
        b.service_areas.append(
            {
                "id": area["id"],
                "service_id": sid,
                "name": area.get("name") or "",
                "description": area.get("description") or "",
                "extent": _text(area.get("extent")),
                "extent_type": area.get("extent_type") or "",
                "uri": area.get("uri") or "",
            }
        )
    seen_locations: set[Any] = set()
    for sal in record.get("service_at_locations") or []:
        loc = sal.get("location")
        loc_id = sal.get("location_id") or (loc or {}).get("id")
        if not loc_id:
            continue
        b.sals.append(
            {
                "id": sal["id"],
                "service_id": sid,
                "location_id": loc_id,
                "description": sal.get("description") or "",
            }
        )
        # a service at location's own phones and schedules stay its own
        for p in sal.get("phones") or []:
            phone(p, service_id=sid, location_id=loc_id, sal_id=sal["id"])
        for s in sal.get("schedules") or []:
            schedule(s, service_id=sid, location_id=loc_id, sal_id=sal["id"])
        if not loc or loc_id in seen_locations:
            continue
        seen_locations.add(loc_id)
        b.locations.append(
            {
                "id": loc_id,
                "organization_id": loc.get("organization_id") or None,
                "location_type": loc.get("location_type") or "physical",
                "name": loc.get("name") or "",
                "description": loc.get("description") or "",
                "transportation": loc.get("transportation") or "",
                "latitude": loc.get("latitude"),
                "longitude": loc.get("longitude"),
            }
        )
        for a in loc.get("addresses") or []:
            if any(a["id"] == x["id"] for x in b.addresses):
                continue
            b.addresses.append(
                {
                    "id": a["id"],
                    "location_id": loc_id,
                    "address_1": a["address_1"],
                    "address_2": a.get("address_2") or "",
                    "city": a.get("city") or "",
                    "region": a.get("region") or "",
                    "state_province": a.get("state_province") or "",
                    "postal_code": a.get("postal_code") or "",
                    "country": a.get("country") or "",
                    "address_type": a.get("address_type") or "physical",
                }
            )
            if not region and a.get("country"):
                region = a["country"]
        for p in loc.get("phones") or []:
            phone(p, service_id=None, location_id=loc_id)
        for s in loc.get("schedules") or []:
            schedule(s, service_id=None, location_id=loc_id)
        languages(loc.get("languages"), service_id=None, location_id=loc_id, phone_id=None)
        for x in loc.get("accessibility") or []:
            if any(x["id"] == y["id"] for y in b.accessibility):
                continue
            b.accessibility.append(
                {
                    "id": x["id"],
                    "location_id": loc_id,
                    "description": x.get("description") or "",
                    "details": x.get("details") or "",
                    "url": x.get("url") or "",
                }
            )
    b.service["region"] = region or region_hint
    attribute_ids: set[str] = set()
    for attr in record.get("attributes") or []:
        term = attr.get("taxonomy_term")
        term_id = attr.get("taxonomy_term_id") or (term or {}).get("id")
        if not term_id or attr["id"] in attribute_ids:
            continue
        attribute_ids.add(attr["id"])
        b.attributes.append(
            {
                "id": attr["id"],
                "service_id": sid,
                "taxonomy_term_id": term_id,
                "value": attr.get("value") or "",
            }
        )
        if term and not any(t["id"] == term["id"] for t in b.terms):
            b.terms.append(
                {
                    "id": term["id"],
                    "code": term.get("code") or "",
                    "name": term["name"],
                    "description": term.get("description") or "",
                    "taxonomy": term.get("taxonomy") or "",
                }
            )
    return b


# --- one record ------------------------------------------------------------------------------


def _check_one(
    raw: dict[str, Any],
    origins: Origins,
    region_hint: str,
    counts: _Counts,
    remapped: list[int],
) -> tuple[dict[str, Any] | None, list[Issue]]:
    """The record with every failing part left out (None when refused), and its issues."""
    record = _copy(raw)
    normalise_ids(record, "service", remapped)
    _defaults(record, region_hint, counts)
    found: list[tuple[Path_, str]] = []
    for problem in schema.problems("service", record):
        path = (*problem.path, problem.missing) if problem.missing else problem.path
        found.append((path, problem.reason))
    targets = {_target(path) for path, _reason in found}
    _leave_out(record, targets)  # () stays: a refused record is still checked in full
    sense = _sense(record)
    found += sense
    targets |= {_target(path) for path, _reason in sense}
    _leave_out(record, targets)
    issues = []
    refused = () in targets
    for path, reason in sorted(found, key=lambda p: _sort_key(p[0])):
        target = _target(path)
        file_, row, name = _where(origins, path)
        if refused:
            issues.append(Issue(file_, row, name or "(record)", reason))
        elif target == path:
            left = Message(QT_TRANSLATE_NOOP("core", "{reason}; left out"), reason=reason)
            issues.append(Issue(file_, row, name, left, severity="warning"))
        else:
            left = Message(
                QT_TRANSLATE_NOOP("core", "{reason}; this {what} was left out"),
                reason=reason,
                what=_what(target),
            )
            issues.append(Issue(file_, row, name, left, "warning"))
    return (None if refused else record), issues


def _refs(
    b: Bundle,
    record: dict[str, Any],
    known: dict[str, set[str]],
    counts: _Counts,
) -> list[tuple[Path_, str]]:
    """References that point nowhere: each is mended or its row left out; (path, reason)."""
    problems: list[tuple[Path_, str]] = []
    org_id = b.service["organization_id"]
    if b.organization is None and org_id not in known["organization"]:
        if org_id:
            problems.append(
                (
                    ("organization_id",),
                    Message(QT_TRANSLATE_NOOP("core", "no organization with this id")),
                )
            )
        new_id = str(uuid.uuid5(NAMESPACE, f"organization-for:{b.id}"))
        b.service["organization_id"] = new_id
        b.organization = {
            "id": new_id,
            "name": b.service["name"],
            "description": "",
            "email": "",
            "website": "",
        }
        counts["organization"] += 1
    locations = {loc["id"] for loc in b.locations}
    kept = []
    for sal in b.sals:
        if sal["location_id"] in locations or sal["location_id"] in known["location"]:
            kept.append(sal)
        else:
            problems.append(
                (
                    (
                        "service_at_locations",
                        _index(record.get("service_at_locations"), sal["id"]),
                        "location_id",
                    ),
                    Message(
                        QT_TRANSLATE_NOOP(
                            "core",
                            "no location with this id; this service at location was left out",
                        )
                    ),
                )
            )
    b.sals = kept
    placed = {sal["location_id"] for sal in kept}
    sal_ids = {sal["id"] for sal in kept}

    def stays(row: dict[str, Any]) -> bool:
        if row.get("service_at_location_id"):
            return row["service_at_location_id"] in sal_ids
        return bool(row["service_id"]) or row["location_id"] in placed

    # what a left-out service-at-location held goes with it
    b.phones = [p for p in b.phones if stays(p)]
    b.schedules = [x for x in b.schedules if stays(x)]
    phone_ids = {p["id"] for p in b.phones}
    b.languages = [
        lang
        for lang in b.languages
        if lang["service_id"]
        or (lang["location_id"] and lang["location_id"] in placed)
        or lang["phone_id"] in phone_ids
    ]
    b.accessibility = [x for x in b.accessibility if x["location_id"] in placed]
    orgs_here = {b.organization["id"]} if b.organization else set()
    for loc in b.locations:
        if loc["organization_id"] and loc["organization_id"] not in (
            known["organization"] | orgs_here
        ):
            problems.append(
                (
                    (*_sal_path(record, loc["id"]), "location", "organization_id"),
                    Message(
                        QT_TRANSLATE_NOOP(
                            "core", "no organization with this id; the location is kept without it"
                        )
                    ),
                )
            )
            loc["organization_id"] = None
    terms = {t["id"] for t in b.terms}
    attrs = []
    for attr in b.attributes:
        if attr["taxonomy_term_id"] in terms or attr["taxonomy_term_id"] in known["term"]:
            attrs.append(attr)
        else:
            problems.append(
                (
                    (
                        "attributes",
                        _index(record.get("attributes"), attr["id"]),
                        "taxonomy_term_id",
                    ),
                    Message(
                        QT_TRANSLATE_NOOP(
                            "core", "no taxonomy term with this id; this attribute was left out"
                        )
                    ),
                )
            )
    b.attributes = attrs
    for i, attr in enumerate(record.get("attributes") or []):
        if not attr.get("taxonomy_term_id") and not attr.get("taxonomy_term"):
            problems.append(
                (
                    ("attributes", i),
                    Message(
                        QT_TRANSLATE_NOOP(
                            "core", "names no taxonomy term; this attribute was left out"
                        )
                    ),
                )
            )
    return problems


def _index(items: Any, item_id: str) -> int:
    for i, item in enumerate(items if isinstance(items, list) else []):
        if isinstance(item, dict) and item.get("id") == item_id:
            return i
    return 0


def _sal_path(record: dict[str, Any], location_id: str) -> Path_:
    for i, sal in enumerate(record.get("service_at_locations") or []):
        loc = sal.get("location") if isinstance(sal, dict) else None
        if isinstance(loc, dict) and loc.get("id") == location_id:
            return ("service_at_locations", i)
    return ("service_at_locations", 0)


@gc_paused()
def check_records(
    parsed: ParsedFile,
    *,
    known_organizations: Collection[str] = (),
    known_locations: Collection[str] = (),
    known_terms: Collection[str] = (),
    region_hint: str = "",
    progress: Progress | None = None,
) -> Checked:
    """Check every record of ``parsed``; ``known_*`` are the ids already in the directory,
    which references may point at. ``progress(done, total * 2)`` as records are checked.

    Keep rule for a service id that appears twice: the first is kept, the later ones are
    refused with the row of the first."""
    result = Checked(issues=list(parsed.issues), notes=list(parsed.notes), invalid=parsed.invalid)
    counts = _Counts()
    remapped = [0]
    seen_services: dict[str, tuple[str, int | None]] = {}
    total = len(parsed.records)
    accepted: list[tuple[Bundle, dict[str, Any], Origins, list[Issue]]] = []
    for done, (raw, origins) in enumerate(parsed.records, start=1):
        if progress and (done % 500 == 0 or done == total):
            progress(done, total * 2)
        record, issues = _check_one(raw, origins, region_hint, counts, remapped)
        if record is not None:
            sid = str(record["id"])
            if sid in seen_services:
                first = seen_services[sid]
                file_, row, _name = _where(origins, ())
                issues.append(
                    Issue(
                        file_,
                        row,
                        "id",
                        Message(
                            QT_TRANSLATE_NOOP(
                                "core",
                                "is the id of an earlier service ({file} row {row}); the first "
                                "one is kept",
                            ),
                            file=first[0],
                            row=first[1],
                        ),
                    )
                )
                record = None
        if record is None:
            result.invalid += 1
            result.issues += issues
            continue
        seen_services[str(record["id"])] = origins[()]
        count_not_kept(record, result.not_kept)
        accepted.append((to_bundle(record, region_hint), record, origins, issues))
    # References may point at anything another accepted record brings, in any order.
    known = {
        "organization": set(known_organizations),
        "location": set(known_locations),
        "term": set(known_terms),
    }
    for bundle, _record, _origins, _issues in accepted:
        if bundle.organization:
            known["organization"].add(bundle.organization["id"])
        known["location"].update(loc["id"] for loc in bundle.locations)
        known["term"].update(t["id"] for t in bundle.terms)
    owners: dict[tuple[str, str], str] = {}
    for bundle, record, origins, issues in accepted:
        for path, reason in _refs(bundle, record, known, counts):
            file_, row, name = _where(origins, path)
            issues.append(Issue(file_, row, name, reason, severity="warning"))
        _own(bundle, owners, counts)
        result.issues += issues
        result.warnings += len(issues)
        result.bundles.append(bundle)
    result.issues.sort(key=lambda i: (i.file, i.row or 0))
    region = region_hint or "?"
    for key, template in _DEFAULT_NOTES.items():
        if counts[key]:
            result.notes.append(Message(template, count=f"{counts[key]:,}", region=region))
    if result.not_kept:
        result.notes.append(not_kept_note(result.not_kept))
    if remapped[0]:
        result.notes.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "{count} ids were not UUIDs (older HSDS); each was given a stable UUID, so "
                    "importing the same file again updates rather than duplicates.",
                ),
                count=f"{remapped[0]:,}",
            )
        )
    return result


def not_kept_note(counts: Counter[str], shown: int = 12) -> str:
    """ "3 fields not kept: 40× contact.name, 12× funding.source, 2× service.licenses." """
    top = counts.most_common(shown)
    rest = len(counts) - len(top)
    listed = ", ".join(f"{n:,}× {name}" for name, n in top)
    more = (
        Message(QT_TRANSLATE_NOOP("core", ", and {count} more"), count=f"{rest:,}") if rest else ""
    )
    template = (
        QT_TRANSLATE_NOOP(
            "core",
            "{count} field not kept (peerdesk's directory does not hold it): {listed}{more}.",
        )
        if len(counts) == 1
        else QT_TRANSLATE_NOOP(
            "core",
            "{count} fields not kept (peerdesk's directory does not hold them): {listed}{more}.",
        )
    )
    return Message(template, count=f"{len(counts):,}", listed=listed, more=more)


def _own(b: Bundle, owners: dict[tuple[str, str], str], counts: _Counts) -> None:
    """A phone, schedule, service-at-location or attribute belongs to one service; one that
    another service in the file already holds under the same id gets an id of its own here.
    Rows of a location (addresses, its phones and schedules) are shared by its services."""
    for key in ("phones", "schedules", "sals", "attributes", "service_areas", "languages"):
        for row in getattr(b, key):
            if key in ("phones", "schedules", "languages") and row["service_id"] is None:
                continue  # a location's (or a location phone's) own row: shared
            owner = owners.setdefault((key, row["id"]), b.id)
            if owner != b.id:
                old = row["id"]
                row["id"] = str(uuid.uuid5(NAMESPACE, f"{key}:{b.id}:{old}"))
                owners[(key, row["id"])] = b.id
                counts["shared"] += 1
                if key == "phones":  # the phone's languages follow it
                    for lang in b.languages:
                        if lang["phone_id"] == old:
                            lang["phone_id"] = row["id"]
                if key == "sals":
                    for child in (*b.phones, *b.schedules):
                        if child.get("service_at_location_id") == old:
                            child["service_at_location_id"] = row["id"]
