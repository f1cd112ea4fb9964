"""Open Referral HSDS 3.0 interchange for the resource directory: read, check, preview,
apply in one transaction, and export (JSON or the tabular data package).

Every format is turned into HSDS 3.0 *service records* (a service with its nested
organization, locations, addresses, phones, schedules, areas and attributes). Each
record is checked against peerdesk's HSDS 3.0 JSON Schemas and a few sense checks
(opening hours, duplicate ids); a record with any problem is left out whole and
reported as (file, row, field, reason). Nothing is written until ``apply_import``,
which writes every valid record in one transaction or nothing at all.

Exports carry the directory only: never mentees, referrals, or the mentor's own
favourites and notes on a service.
"""

from __future__ import annotations

import contextlib
import copy
import csv
import io
import json
import re
import uuid
import zipfile
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert, select, text, update
from sqlalchemy.orm import Session

from peerdesk.core.errors import ValidationError
from peerdesk.core.formats import hsds_schema
from peerdesk.core.models import (
    DirAddress,
    DirLocation,
    DirOrganization,
    DirPhone,
    DirSchedule,
    DirService,
    DirServiceAtLocation,
    DirServiceAttribute,
    DirTaxonomyTerm,
)
from peerdesk.core.services import audit
from peerdesk.core.vault import Vault

NAMESPACE = uuid.UUID("6f1c2a4e-6e55-4c1e-9d1a-3c8b6a0e2d11")
MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_ISSUES = 10_000  # kept in full; the count of the rest is still reported
FORMATS = ("hsds-json", "hsds-csv")
DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
Progress = Callable[[int, int], None]


class DirectoryImportError(ValidationError):
    """The file as a whole cannot be read (not a per-record problem); nothing was changed."""


@dataclass(frozen=True)
class Issue:
    """One problem with one record: where it is and why, never the offending value."""

    file: str
    row: int | None
    field: str
    reason: str

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
        ]
        return json.dumps(body, sort_keys=True, default=str)


@dataclass
class ParsedFile:
    """Records read from a file, before they are compared with the vault."""

    source: str
    records: list[tuple[dict[str, Any], dict[tuple, tuple[str, int | None]]]] = field(
        default_factory=list
    )
    issues: list[Issue] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    invalid: int = 0


@dataclass
class ImportPlan:
    """What an import would do. ``bundles`` holds only the records that passed every check."""

    source: str
    bundles: list[Bundle] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    invalid: int = 0
    issues_dropped: int = 0

    @property
    def total(self) -> int:
        return self.new + self.updated + self.unchanged + self.invalid

    @property
    def to_write(self) -> int:
        return self.new + self.updated

    def summary(self) -> str:
        return (
            f"{plural(self.total, 'service')} read: {self.new:,} new, {self.updated:,} updated, "
            f"{self.unchanged:,} unchanged, {self.invalid:,} with problems"
        )


def plural(count: int, word: str) -> str:
    return f"{count:,} {word}{'' if count == 1 else 's'}"


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)


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
}


def stable_id(raw: Any, kind: str) -> Any:
    """HSDS 3.0 ids are UUIDs; older files use any text. Those get a stable UUID, so the
    same file imported twice still deduplicates."""
    if isinstance(raw, bool) or not isinstance(raw, (str, int)):
        return raw  # the schema check reports it
    text_ = str(raw).strip()
    if not text_:
        return text_
    try:
        return str(uuid.UUID(text_))
    except ValueError:
        return str(uuid.uuid5(NAMESPACE, f"{kind}:{text_}"))


def _normalise_ids(obj: Any, kind: str, counter: list[int]) -> None:
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
                    _normalise_ids(item, child, counter)
            else:
                _normalise_ids(value, child, counter)


# --- reading files ----------------------------------------------------------------------------


class _Source:
    """A folder, a zip file, or a single file, with members looked up by base name."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.zip: zipfile.ZipFile | None = None
        self.members: dict[str, Any] = {}
        if path.is_dir():
            for p in path.iterdir():
                if p.is_file():
                    self.members[p.name.lower()] = p
        elif zipfile.is_zipfile(path):
            self.zip = zipfile.ZipFile(path)
            for info in self.zip.infolist():
                if not info.is_dir():
                    self.members[info.filename.rsplit("/", 1)[-1].lower()] = info
        else:
            self.members[path.name.lower()] = path

    def read(self, name: str) -> bytes:
        member = self.members[name]
        if self.zip is not None:
            if member.file_size > MAX_FILE_BYTES:
                raise DirectoryImportError(f"{name} is too large to import (over 200 MB).")
            return self.zip.read(member)
        if member.stat().st_size > MAX_FILE_BYTES:
            raise DirectoryImportError(f"{name} is too large to import (over 200 MB).")
        return member.read_bytes()


def _decode(data: bytes, name: str, notes: list[str]) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    for encoding in ("cp1252", "latin-1"):
        try:
            text_ = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        notes.append(
            f"{name} is not UTF-8; it was read as {encoding.upper()} (Western European). "
            "Check that accented letters look right."
        )
        return text_
    raise DirectoryImportError(f"{name}: cannot read the text encoding.")  # pragma: no cover


def read_hsds(path: Path | str) -> ParsedFile:
    """Read HSDS JSON, a tabular package (folder, zip or datapackage.json), or one CSV."""
    path = Path(path)
    if not path.exists():
        raise DirectoryImportError(f"There is no file or folder at {path}.")
    if path.is_file() and path.name.lower() == "datapackage.json":
        path = path.parent
    try:
        source = _Source(path)
    except (OSError, zipfile.BadZipFile) as exc:
        raise DirectoryImportError(f"Cannot open {path.name} ({type(exc).__name__}).") from None
    parsed = ParsedFile(source=path.name)
    csvs = [name for name in source.members if name.endswith(".csv")]
    jsons = [n for n in source.members if n.endswith(".json") and n != "datapackage.json"]
    try:
        if csvs:
            _read_tables(source, parsed)
        elif jsons:
            for name in sorted(jsons):
                _read_json(name, source.read(name), parsed)
        else:
            raise DirectoryImportError(
                f"{path.name} holds no HSDS data: expected a .json file of services, or CSV "
                "files such as services.csv and organizations.csv."
            )
    except OSError as exc:
        raise DirectoryImportError(f"Cannot read {path.name} ({type(exc).__name__}).") from None
    finally:
        if source.zip is not None:
            source.zip.close()
    return parsed


def _read_json(name: str, data: bytes, parsed: ParsedFile) -> None:
    text_ = _decode(data, name, parsed.notes)
    try:
        doc = json.loads(text_)
    except (json.JSONDecodeError, RecursionError) as exc:
        line = getattr(exc, "lineno", None)
        raise DirectoryImportError(
            f"{name} is not valid JSON" + (f" (line {line})." if line else ".")
        ) from None
    if isinstance(doc, dict):
        for key in ("services", "contents", "items"):
            if isinstance(doc.get(key), list):
                doc = doc[key]
                break
        else:
            doc = [doc] if "name" in doc or "id" in doc else None
    if not isinstance(doc, list):
        raise DirectoryImportError(
            f"{name} is JSON, but not HSDS: expected a list of services (or an object with "
            "'services' or 'contents')."
        )
    for number, record in enumerate(doc, start=1):
        if not isinstance(record, dict):
            parsed.issues.append(Issue(name, number, "", "is not a service object"))
            parsed.invalid += 1
            continue
        parsed.records.append((record, {(): (name, number)}))


# Tabular packages: HSDS 3.0 file names first, then the older HSDS 1.x/2.x ones that map cleanly.
_TABLES = {
    "services": ("services.csv", "service.csv"),
    "organizations": ("organizations.csv", "organization.csv"),
    "locations": ("locations.csv", "location.csv"),
    "service_at_locations": (
        "service_at_locations.csv",
        "service_at_location.csv",
        "services_at_location.csv",
        "services_at_locations.csv",
    ),
    "phones": ("phones.csv", "phone.csv"),
    "schedules": ("schedules.csv", "schedule.csv", "regular_schedules.csv"),
    "addresses": ("addresses.csv", "address.csv", "physical_addresses.csv"),
    "taxonomy_terms": ("taxonomy_terms.csv", "taxonomy_term.csv", "taxonomy.csv"),
    "attributes": (
        "attributes.csv",
        "attribute.csv",
        "service_attributes.csv",
        "service_taxonomy.csv",
    ),
    "service_areas": ("service_areas.csv", "service_area.csv"),
}
_NUMBERS = {
    "latitude",
    "longitude",
    "minimum_age",
    "maximum_age",
    "timezone",
    "year_incorporated",
}
_INTEGERS = {"count", "interval"}
_WEEKDAYS = {
    **{d: d for d in DAYS},
    **{
        name: code
        for code, name in zip(
            DAYS,
            ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
            strict=True,
        )
    },
    **{
        name[:3]: code
        for code, name in zip(
            DAYS,
            ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
            strict=True,
        )
    },
    **{str(i): code for i, code in enumerate(DAYS, start=1)},
}


def _rows(source: _Source, name: str, parsed: ParsedFile) -> list[tuple[int, dict[str, Any]]]:
    text_ = _decode(source.read(name), name, parsed.notes)
    out = []
    try:
        reader = csv.DictReader(io.StringIO(text_, newline=""))
        header = [h.strip().lower() for h in (reader.fieldnames or [])]
        reader.fieldnames = header
        for row in reader:
            line = reader.line_num
            clean: dict[str, Any] = {}
            for key, value in row.items():
                if key is None or not key:
                    continue  # cells beyond the header
                if isinstance(value, str) and value.strip():
                    clean[key] = value.strip()
            out.append((line, clean))
    except csv.Error as exc:
        raise DirectoryImportError(
            f"{name} is not a readable CSV file (near line {reader.line_num}: {str(exc)[:60]})."
        ) from None
    return out


def _coerce(row: dict[str, Any]) -> dict[str, Any]:
    for key in list(row):
        value = row[key]
        if key in _NUMBERS:
            with contextlib.suppress(ValueError):  # else the schema check says "must be number"
                row[key] = float(value)
        elif key in _INTEGERS:
            with contextlib.suppress(ValueError):
                row[key] = int(value)
    return row


def _read_tables(source: _Source, parsed: ParsedFile) -> None:
    found: dict[str, str] = {}
    for table, names in _TABLES.items():
        for name in names:
            if name in source.members:
                found[table] = name
                break
    if "services" not in found:
        raise DirectoryImportError(
            "This tabular package has no services.csv, so there is nothing to import."
        )
    tables: dict[str, list[tuple[int, dict[str, Any]]]] = {
        table: _rows(source, name, parsed) for table, name in found.items()
    }
    older = [n for n in found.values() if n in _OLDER_NAMES]
    if older:
        parsed.notes.append(
            "Older HSDS layout recognised (" + ", ".join(sorted(older)) + "); mapped to HSDS 3.0."
        )
    file_of = found

    def by(table: str, key: str) -> dict[str, list[tuple[int, dict[str, Any]]]]:
        index: dict[str, list[tuple[int, dict[str, Any]]]] = defaultdict(list)
        for line, row in tables.get(table, []):
            if key in row:
                index[row[key]].append((line, row))
        return index

    orgs = {row["id"]: (line, row) for line, row in tables.get("organizations", []) if "id" in row}
    locations = {row["id"]: (line, row) for line, row in tables.get("locations", []) if "id" in row}
    terms = {
        row["id"]: (line, row) for line, row in tables.get("taxonomy_terms", []) if "id" in row
    }
    addresses = by("addresses", "location_id")
    sals = by("service_at_locations", "service_id")
    phones_s, phones_l = by("phones", "service_id"), by("phones", "location_id")
    sched_s, sched_l = by("schedules", "service_id"), by("schedules", "location_id")
    areas = by("service_areas", "service_id")
    attr_key = (
        "link_id"
        if found.get("attributes") in ("attributes.csv", "attribute.csv")
        else "service_id"
    )
    attributes = by("attributes", attr_key)
    service_ids = {row.get("id") for _l, row in tables["services"]}

    # Rows that belong to no service in this package are reported, not silently dropped.
    for table, key in (
        ("phones", "service_id"),
        ("schedules", "service_id"),
        ("service_at_locations", "service_id"),
        ("service_areas", "service_id"),
    ):
        for line, row in tables.get(table, []):
            owner = row.get(key)
            if owner is not None and owner not in service_ids:
                parsed.issues.append(
                    Issue(file_of[table], line, key, "no service with this id in services.csv")
                )
            elif (
                owner is None
                and not row.get("location_id")
                and table != "service_areas"
                and (table == "service_at_locations" or not row.get("organization_id"))
            ):
                parsed.issues.append(
                    Issue(file_of[table], line, key, "belongs to no service or location")
                )

    def schedule(row: dict[str, Any]) -> dict[str, Any]:
        row = dict(row)
        if "weekday" in row:  # HSDS 1.x/2.x regular_schedules
            day = _WEEKDAYS.get(str(row.pop("weekday")).strip().lower().rstrip("."))
            row.setdefault("byday", day or "??")
            row.setdefault("freq", "WEEKLY")
        if isinstance(row.get("byday"), str):
            row["byday"] = row["byday"].upper().replace(" ", "")
        if isinstance(row.get("freq"), str):
            row["freq"] = row["freq"].upper()
        return _coerce(row)

    def location(loc_id: str, origins: dict, path: tuple) -> dict[str, Any] | None:
        if loc_id not in locations:
            return None
        line, row = locations[loc_id]
        loc = _coerce(dict(row))
        origins[path] = (file_of["locations"], line)
        loc.setdefault("location_type", "physical" if addresses.get(loc_id) else "virtual")
        loc["addresses"] = []
        for i, (aline, arow) in enumerate(addresses.get(loc_id, [])):
            address = dict(arow)
            if found.get("addresses") == "physical_addresses.csv":
                address.setdefault("address_type", "physical")
                for old in ("address_3", "address_4"):
                    address.pop(old, None)
            loc["addresses"].append(address)
            origins[(*path, "addresses", i)] = (file_of["addresses"], aline)
        loc["phones"] = []
        for i, (pline, prow) in enumerate(phones_l.get(loc_id, [])):
            if prow.get("service_id"):
                continue
            loc["phones"].append(dict(prow))
            origins[(*path, "phones", i)] = (file_of["phones"], pline)
        loc["schedules"] = []
        for i, (sline, srow) in enumerate(sched_l.get(loc_id, [])):
            if srow.get("service_id"):
                continue
            loc["schedules"].append(schedule(srow))
            origins[(*path, "schedules", i)] = (file_of["schedules"], sline)
        return loc

    for line, row in tables["services"]:
        origins: dict[tuple, tuple[str, int | None]] = {(): (file_of["services"], line)}
        service = _coerce(dict(row))
        sid = service.get("id")
        org_id = service.get("organization_id")
        if org_id in orgs:
            oline, orow = orgs[org_id]
            org = dict(orow)
            org.setdefault("description", "")
            service["organization"] = org
            origins[("organization",)] = (file_of["organizations"], oline)
        service["phones"] = [dict(r) for _l, r in phones_s.get(sid, [])]
        for i, (pline, _r) in enumerate(phones_s.get(sid, [])):
            origins[("phones", i)] = (file_of["phones"], pline)
        service["schedules"] = [schedule(r) for _l, r in sched_s.get(sid, [])]
        for i, (sline, _r) in enumerate(sched_s.get(sid, [])):
            origins[("schedules", i)] = (file_of["schedules"], sline)
        service["service_at_locations"] = []
        for i, (sline, srow) in enumerate(sals.get(sid, [])):
            sal = dict(srow)
            origins[("service_at_locations", i)] = (file_of["service_at_locations"], sline)
            loc = location(
                sal.get("location_id", ""), origins, ("service_at_locations", i, "location")
            )
            if loc is not None:
                sal["location"] = loc
            service["service_at_locations"].append(sal)
        service["service_areas"] = [dict(r) for _l, r in areas.get(sid, [])]
        for i, (aline, _r) in enumerate(areas.get(sid, [])):
            origins[("service_areas", i)] = (file_of["service_areas"], aline)
        service["attributes"] = []
        for i, (aline, arow) in enumerate(attributes.get(sid, [])):
            attribute = dict(arow)
            if "taxonomy_id" in attribute and "taxonomy_term_id" not in attribute:
                attribute["taxonomy_term_id"] = attribute.pop("taxonomy_id")  # HSDS 2.x
            attribute.setdefault("id", f"{sid}:{attribute.get('taxonomy_term_id')}")
            attribute.pop("service_id", None)
            attribute["link_id"] = sid
            attribute.setdefault("link_entity", "service")
            term_id = attribute.get("taxonomy_term_id")
            if term_id in terms:
                tline, trow = terms[term_id]
                term = dict(trow)
                if "vocabulary" in term:
                    term.setdefault("taxonomy", term.pop("vocabulary"))
                term.pop("parent_name", None)
                term.setdefault("description", "")
                attribute["taxonomy_term"] = term
                origins[("attributes", i, "taxonomy_term")] = (file_of["taxonomy_terms"], tline)
            service["attributes"].append(attribute)
            origins[("attributes", i)] = (file_of["attributes"], aline)
        parsed.records.append((service, origins))


_OLDER_NAMES = {
    "services_at_location.csv",
    "regular_schedules.csv",
    "physical_addresses.csv",
    "taxonomy.csv",
    "service_taxonomy.csv",
}


# --- checking ---------------------------------------------------------------------------------


def _where(
    origins: dict[tuple, tuple[str, int | None]], path: tuple
) -> tuple[str, int | None, str]:
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


def _parse_time(value: Any) -> time | None:
    if value in (None, ""):
        return None
    parts = str(value).split(":")
    return time(int(parts[0]), int(parts[1]), int(parts[2]) if len(parts) > 2 else 0)


def _parse_date(value: Any) -> date | None:
    if value in (None, ""):
        return None
    return date.fromisoformat(str(value)[:10])


def _sense(record: dict[str, Any]) -> list[tuple[tuple, str]]:
    """Checks a schema cannot express: hours that make no sense, empty names."""
    problems: list[tuple[tuple, str]] = []

    def schedules(items: Any, path: tuple) -> None:
        for i, sch in enumerate(items or []):
            if not isinstance(sch, dict):
                continue
            opens, closes = sch.get("opens_at"), sch.get("closes_at")
            if (opens is None) != (closes is None):
                problems.append(
                    (
                        (*path, i, "closes_at" if opens else "opens_at"),
                        "is needed with the other opening time",
                    )
                )
            elif opens and closes and _parse_time(opens) == _parse_time(closes):
                problems.append(((*path, i, "closes_at"), "is the same as opens_at"))
            vf, vt = sch.get("valid_from"), sch.get("valid_to")
            if vf and vt and str(vt) < str(vf):
                problems.append(((*path, i, "valid_to"), "is before valid_from"))
            if (
                (opens or closes)
                and not sch.get("byday")
                and sch.get("freq") not in (None, "WEEKLY")
            ):
                problems.append(((*path, i, "byday"), "is needed to know which days"))

    if isinstance(record.get("name"), str) and not record["name"].strip():
        problems.append((("name",), "must not be empty"))
    schedules(record.get("schedules"), ("schedules",))
    for i, sal in enumerate(record.get("service_at_locations") or []):
        if isinstance(sal, dict):
            schedules(sal.get("schedules"), ("service_at_locations", i, "schedules"))
            loc = sal.get("location")
            if isinstance(loc, dict):
                schedules(
                    loc.get("schedules"), ("service_at_locations", i, "location", "schedules")
                )
    return problems


def _bundle(record: dict[str, Any], region_hint: str = "") -> Bundle:
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
            "assured_date": _parse_date(record.get("assured_date")),
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

    def phone(p: dict[str, Any], *, service_id: str | None, location_id: str | None) -> None:
        b.phones.append(
            {
                "id": p["id"],
                "service_id": service_id,
                "location_id": location_id,
                "number": p["number"],
                "extension": str(p.get("extension") or ""),
                "type": p.get("type") or "voice",
                "description": p.get("description") or "",
            }
        )

    def schedule(s: dict[str, Any], *, service_id: str | None, location_id: str | None) -> None:
        b.schedules.append(
            {
                "id": s["id"],
                "service_id": service_id,
                "location_id": location_id,
                "byday": s.get("byday") or "",
                "opens_at": _parse_time(s.get("opens_at")),
                "closes_at": _parse_time(s.get("closes_at")),
                "valid_from": _parse_date(s.get("valid_from")),
                "valid_to": _parse_date(s.get("valid_to")),
                "description": s.get("description") or "",
            }
        )

    for p in record.get("phones") or []:
        phone(p, service_id=sid, location_id=None)
    for s in record.get("schedules") or []:
        schedule(s, service_id=sid, location_id=None)
    seen_locations: set[str] = set()
    for sal in record.get("service_at_locations") or []:
        loc = sal.get("location")
        loc_id = sal.get("location_id") or (loc or {}).get("id")
        b.sals.append(
            {
                "id": sal["id"],
                "service_id": sid,
                "location_id": loc_id,
                "description": sal.get("description") or "",
            }
        )
        for p in sal.get("phones") or []:
            phone(p, service_id=None, location_id=loc_id)
        for s in sal.get("schedules") or []:
            schedule(s, service_id=None, location_id=loc_id)
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
    b.service["region"] = region or region_hint
    for attr in record.get("attributes") or []:
        term = attr.get("taxonomy_term")
        b.attributes.append(
            {
                "id": attr["id"],
                "service_id": sid,
                "taxonomy_term_id": attr["taxonomy_term_id"],
                "value": attr.get("value") or "",
            }
        )
        if term:
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


_CHILD_TABLES = (
    ("phones", DirPhone),
    ("schedules", DirSchedule),
    ("sals", DirServiceAtLocation),
    ("attributes", DirServiceAttribute),
    ("addresses", DirAddress),
)


def plan_import(
    vault: Vault,
    parsed: ParsedFile | Path | str,
    *,
    region_hint: str = "",
    progress: Progress | None = None,
) -> ImportPlan:
    """Check every record and compare it with the vault. Writes nothing."""
    if not isinstance(parsed, ParsedFile):
        parsed = read_hsds(parsed)
    plan = ImportPlan(source=parsed.source, notes=list(parsed.notes), invalid=parsed.invalid)
    issues = list(parsed.issues)
    remapped = [0]
    seen_services: dict[str, tuple[str, int | None]] = {}
    seen_children: dict[tuple[str, str], str] = {}
    candidates: list[Bundle] = []
    total = len(parsed.records)
    with vault.session() as s:
        known_orgs = set(s.scalars(select(DirOrganization.id)))
        known_locations = set(s.scalars(select(DirLocation.id)))
        known_terms = set(s.scalars(select(DirTaxonomyTerm.id)))
    file_orgs: set[str] = set()
    file_locations: set[str] = set()
    file_terms: set[str] = set()
    for done, (raw, origins) in enumerate(parsed.records, start=1):
        if progress and (done % 500 == 0 or done == total):
            progress(done, total * 2)
        record = copy.deepcopy(raw)
        _normalise_ids(record, "service", remapped)
        problems = [
            (tuple(p.split(".")) if p else (), r) for p, r in hsds_schema.errors("service", record)
        ]
        problems = [(tuple(int(x) if x.isdigit() else x for x in p), r) for p, r in problems]
        if not problems:  # sense checks rely on well-formed fields
            problems += _sense(record)
        bundle = None
        if not problems:
            bundle = _bundle(record, region_hint)
            sid = bundle.id
            if sid in seen_services:
                first = seen_services[sid]
                problems.append((("id",), f"appears twice (first at {first[0]} row {first[1]})"))
            if not bundle.service["organization_id"]:
                problems.append((("organization_id",), "is required (which organization runs it)"))
            elif (
                bundle.organization is None
                and bundle.service["organization_id"] not in known_orgs | file_orgs
            ):
                problems.append(
                    (
                        ("organization_id",),
                        "no organization with this id in the file or the directory",
                    )
                )
            for i, sal in enumerate(bundle.sals):
                if sal["location_id"] is None:
                    problems.append((("service_at_locations", i, "location_id"), "is required"))
                elif sal["location_id"] not in known_locations | file_locations | {
                    loc["id"] for loc in bundle.locations
                }:
                    problems.append(
                        (
                            ("service_at_locations", i, "location_id"),
                            "no location with this id in the file or the directory",
                        )
                    )
            bundle_terms = {t["id"] for t in bundle.terms}
            for i, attr in enumerate(bundle.attributes):
                if attr["taxonomy_term_id"] not in known_terms | file_terms | bundle_terms:
                    problems.append(
                        (
                            ("attributes", i, "taxonomy_term_id"),
                            "no taxonomy term with this id in the file or the directory",
                        )
                    )
            for key, _table in _CHILD_TABLES:
                for row in getattr(bundle, key):
                    owner = seen_children.get((key, row["id"]))
                    if owner is not None and owner != sid:
                        problems.append(
                            ((key,), "an id here is also used by another service in this file")
                        )
                        break
        if problems:
            plan.invalid += 1
            for path, reason in sorted(problems, key=lambda p: [str(x) for x in p[0]]):
                file_, row, name = _where(origins, path)
                issues.append(Issue(file_, row, name or "(record)", reason))
            continue
        assert bundle is not None
        seen_services[bundle.id] = origins[()]
        for key, _table in _CHILD_TABLES:
            for row in getattr(bundle, key):
                seen_children[(key, row["id"])] = bundle.id
        if bundle.organization:
            file_orgs.add(bundle.organization["id"])
        file_locations.update(loc["id"] for loc in bundle.locations)
        file_terms.update(t["id"] for t in bundle.terms)
        candidates.append(bundle)
    if remapped[0]:
        plan.notes.append(
            f"{remapped[0]:,} ids were not UUIDs (older HSDS); each was given a stable UUID, so "
            "importing the same file again updates rather than duplicates."
        )
    existing = _existing_signatures(vault, [b.id for b in candidates])
    for b in candidates:
        old = existing.get(b.id)
        if old is None:
            plan.new += 1
            plan.bundles.append(b)
        elif old != b.signature():
            plan.updated += 1
            plan.bundles.append(b)
        else:
            plan.unchanged += 1
    plan.issues = issues[:MAX_ISSUES]
    plan.issues_dropped = max(0, len(issues) - MAX_ISSUES)
    if progress:
        progress(total, total * 2)
    return plan


def _existing_signatures(vault: Vault, ids: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    with vault.session() as s:
        present = set()
        for chunk in _chunks(ids):
            present.update(s.scalars(select(DirService.id).where(DirService.id.in_(chunk))))
        if not present:
            return out
        for bundle in _load_bundles(s, sorted(present)):
            out[bundle.id] = bundle.signature()
    return out


def _chunks(items: list[Any], size: int = 500) -> Iterator[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


# --- applying ---------------------------------------------------------------------------------


def apply_import(
    vault: Vault,
    plan: ImportPlan,
    *,
    source_label: str | None = None,
    progress: Progress | None = None,
) -> int:
    """Write the plan's valid records in one transaction; return how many services were written.

    Dedup by HSDS id: a service already in the directory is replaced by the imported one,
    keeping the mentor's favourite and notes on it (and every referral to it).
    """
    bundles = plan.bundles
    total = len(bundles)
    label = source_label if source_label is not None else f"Imported from {plan.source}"
    now = _now()
    with vault.session() as s:
        # Random UUID keys touch pages all over each index; a larger page cache for this
        # one transaction keeps SQLCipher from re-encrypting spilled pages (3x faster).
        s.execute(text("PRAGMA cache_size = -131072"))
        ids = [b.id for b in bundles]
        existing = set()
        for chunk in _chunks(ids):
            existing.update(s.scalars(select(DirService.id).where(DirService.id.in_(chunk))))
        orgs = {b.organization["id"]: b.organization for b in bundles if b.organization}
        locations = {loc["id"]: loc for b in bundles for loc in b.locations}
        terms = {t["id"]: t for b in bundles for t in b.terms}
        _upsert(s, DirOrganization, orgs)
        _upsert(s, DirLocation, locations)
        _upsert(s, DirTaxonomyTerm, terms)
        loc_ids = list(locations)
        for chunk in _chunks(loc_ids):
            s.execute(delete(DirAddress).where(DirAddress.location_id.in_(chunk)))
            s.execute(delete(DirPhone).where(DirPhone.location_id.in_(chunk)))
            s.execute(delete(DirSchedule).where(DirSchedule.location_id.in_(chunk)))
        for chunk in _chunks(ids):
            for model in (DirPhone, DirSchedule, DirServiceAtLocation, DirServiceAttribute):
                s.execute(delete(model).where(model.service_id.in_(chunk)))
        for key, model in _CHILD_TABLES:
            child_ids = [row["id"] for b in bundles for row in getattr(b, key)]
            for chunk in _chunks(child_ids):
                s.execute(delete(model).where(model.id.in_(chunk)))
        new_rows = []
        for done, b in enumerate(bundles, start=1):
            row = dict(b.service, updated_at=now)
            if b.id in existing:
                s.execute(
                    update(DirService).where(DirService.id == b.id).values(**row, source=label)
                )
            else:
                new_rows.append(dict(row, favourite=False, notes="", source=label))
            if progress and (done % 500 == 0 or done == total):
                progress(total + done // 2, total * 2)
        if new_rows:
            s.execute(insert(DirService), new_rows)
        for key, model in _CHILD_TABLES:
            rows = [row for b in bundles for row in getattr(b, key)]
            if rows:
                s.execute(insert(model), rows)
        s.execute(text("PRAGMA cache_size = -2000"))  # back to SQLite's default
        audit.record(
            s,
            kind="imported",
            entity="directory",
            detail={
                "format": "hsds",
                "new": plan.new,
                "updated": plan.updated,
                "skipped": plan.invalid,
            },
        )
    if progress:
        progress(total * 2, total * 2)
    return total


def _upsert(s: Session, model: Any, rows: dict[str, dict[str, Any]]) -> None:
    ids = list(rows)
    present: set[str] = set()
    for chunk in _chunks(ids):
        present.update(s.scalars(select(model.id).where(model.id.in_(chunk))))
    fresh = [row for key, row in rows.items() if key not in present]
    if fresh:
        s.execute(insert(model), fresh)
    for key in present:
        s.execute(update(model).where(model.id == key).values(**rows[key]))


# --- reading the directory back ---------------------------------------------------------------

_LOCAL = ("favourite", "notes", "source", "updated_at")


def _row(obj: Any, skip: Iterable[str] = ()) -> dict[str, Any]:
    return {c.key: getattr(obj, c.key) for c in obj.__table__.columns if c.key not in skip}


def _load_bundles(s: Session, ids: list[str] | None = None) -> list[Bundle]:
    """Bundles for these services (all when None), in the shape an import produces."""
    query = select(DirService).order_by(DirService.name, DirService.id)
    services = []
    if ids is None:
        services = list(s.scalars(query))
    else:
        for chunk in _chunks(ids):
            services.extend(s.scalars(query.where(DirService.id.in_(chunk))))
    sids = [svc.id for svc in services]

    def by_service(model: Any) -> dict[str, list[dict[str, Any]]]:
        out: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for chunk in _chunks(sids):
            for obj in s.scalars(select(model).where(model.service_id.in_(chunk))):
                out[obj.service_id].append(_row(obj))
        return out

    phones, schedules = by_service(DirPhone), by_service(DirSchedule)
    sals, attrs = by_service(DirServiceAtLocation), by_service(DirServiceAttribute)
    loc_ids = sorted({sal["location_id"] for rows in sals.values() for sal in rows})
    term_ids = sorted({a["taxonomy_term_id"] for rows in attrs.values() for a in rows})
    org_ids = sorted({svc.organization_id for svc in services})

    def by_id(model: Any, keys: list[str]) -> dict[str, dict[str, Any]]:
        out = {}
        for chunk in _chunks(keys):
            for obj in s.scalars(select(model).where(model.id.in_(chunk))):
                out[obj.id] = _row(obj)
        return out

    orgs, locs, terms = (
        by_id(DirOrganization, org_ids),
        by_id(DirLocation, loc_ids),
        by_id(DirTaxonomyTerm, term_ids),
    )

    def by_location(model: Any) -> dict[str, list[dict[str, Any]]]:
        out: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for chunk in _chunks(loc_ids):
            for obj in s.scalars(select(model).where(model.location_id.in_(chunk))):
                if getattr(obj, "service_id", None) is None:
                    out[obj.location_id].append(_row(obj))
        return out

    addresses, loc_phones, loc_schedules = (
        by_location(DirAddress),
        by_location(DirPhone),
        by_location(DirSchedule),
    )
    bundles = []
    for svc in services:
        b = Bundle(service=_row(svc, _LOCAL), organization=orgs.get(svc.organization_id))
        b.phones = list(phones.get(svc.id, []))
        b.schedules = list(schedules.get(svc.id, []))
        b.sals = sals.get(svc.id, [])
        seen: set[str] = set()
        for sal in b.sals:
            loc_id = sal["location_id"]
            if loc_id in seen or loc_id not in locs:
                continue
            seen.add(loc_id)
            b.locations.append(locs[loc_id])
            b.addresses.extend(addresses.get(loc_id, []))
            b.phones.extend(loc_phones.get(loc_id, []))
            b.schedules.extend(loc_schedules.get(loc_id, []))
        b.attributes = attrs.get(svc.id, [])
        b.terms = [
            terms[a["taxonomy_term_id"]] for a in b.attributes if a["taxonomy_term_id"] in terms
        ]
        bundles.append(b)
    return bundles


# --- export -----------------------------------------------------------------------------------


def _clean(d: dict[str, Any]) -> dict[str, Any]:
    """HSDS JSON without empty optional fields; dates and times as ISO text."""
    out = {}
    for key, value in d.items():
        if value is None or value == "":
            continue
        if isinstance(value, time):
            value = value.strftime("%H:%M") if value.second == 0 else value.isoformat()
        elif isinstance(value, date):
            value = value.isoformat()
        out[key] = value
    return out


def _freq(byday: str) -> str:
    return "MONTHLY" if re.search(r"\d", byday or "") else "WEEKLY"


def to_hsds(b: Bundle) -> dict[str, Any]:
    """One service record in HSDS 3.0 JSON (nested)."""
    svc = dict(b.service)
    region = svc.pop("region", "")
    record = _clean(svc)
    record.setdefault("status", "active")
    if b.organization:
        org = _clean(b.organization)
        org.setdefault("description", "")
        record["organization"] = org

    def phone(p: dict[str, Any]) -> dict[str, Any]:
        return _clean(p)

    def schedule(x: dict[str, Any]) -> dict[str, Any]:
        out = _clean(x)
        if out.get("byday") or out.get("opens_at"):
            out["freq"] = _freq(x.get("byday") or "")
        return out

    record["phones"] = [
        phone(p) for p in sorted(b.phones, key=lambda r: r["id"]) if p["service_id"]
    ]
    record["schedules"] = [
        schedule(x) for x in sorted(b.schedules, key=lambda r: r["id"]) if x["service_id"]
    ]
    locs = {loc["id"]: loc for loc in b.locations}
    record["service_at_locations"] = []
    for sal in sorted(b.sals, key=lambda r: r["id"]):
        item = _clean(sal)
        loc = locs.get(sal["location_id"])
        if loc is not None:
            nested = _clean(loc)
            nested["addresses"] = [
                _clean(a)
                for a in sorted(b.addresses, key=lambda r: r["id"])
                if a["location_id"] == loc["id"]
            ]
            nested["phones"] = [
                phone(p)
                for p in sorted(b.phones, key=lambda r: r["id"])
                if p["location_id"] == loc["id"] and not p["service_id"]
            ]
            nested["schedules"] = [
                schedule(x)
                for x in sorted(b.schedules, key=lambda r: r["id"])
                if x["location_id"] == loc["id"] and not x["service_id"]
            ]
            item["location"] = nested
        record["service_at_locations"].append(item)
    record["service_areas"] = (
        [
            {
                "id": str(uuid.uuid5(NAMESPACE, f"area:{b.id}:{region}")),
                "service_id": b.id,
                "name": region,
                "extent": region,
                "extent_type": "text",
            }
        ]
        if region
        else []
    )
    terms = {t["id"]: t for t in b.terms}
    record["attributes"] = []
    for attr in sorted(b.attributes, key=lambda r: r["id"]):
        item = _clean({k: v for k, v in attr.items() if k != "service_id"})
        item["link_id"] = b.id
        item["link_entity"] = "service"
        term = terms.get(attr["taxonomy_term_id"])
        if term is not None:
            nested = _clean(term)
            nested.setdefault("description", "")
            item["taxonomy_term"] = nested
        record["attributes"].append(item)
    return record


def export_records(vault: Vault) -> list[dict[str, Any]]:
    with vault.session() as s:
        return [to_hsds(b) for b in _load_bundles(s)]


# Columns of each CSV table in the tabular package (HSDS 3.0 names).
_CSV_COLUMNS: dict[str, tuple[str, ...]] = {
    "organizations": ("id", "name", "description", "email", "website"),
    "services": (
        "id",
        "organization_id",
        "name",
        "alternate_name",
        "description",
        "url",
        "email",
        "status",
        "application_process",
        "fees_description",
        "eligibility_description",
        "assured_date",
    ),
    "locations": (
        "id",
        "location_type",
        "organization_id",
        "name",
        "description",
        "transportation",
        "latitude",
        "longitude",
    ),
    "service_at_locations": ("id", "service_id", "location_id", "description"),
    "addresses": (
        "id",
        "location_id",
        "address_1",
        "address_2",
        "city",
        "region",
        "state_province",
        "postal_code",
        "country",
        "address_type",
    ),
    "phones": ("id", "location_id", "service_id", "number", "extension", "type", "description"),
    "schedules": (
        "id",
        "service_id",
        "location_id",
        "valid_from",
        "valid_to",
        "freq",
        "byday",
        "opens_at",
        "closes_at",
        "description",
    ),
    "service_areas": ("id", "service_id", "name", "extent", "extent_type"),
    "taxonomy_terms": ("id", "code", "name", "description", "taxonomy"),
    "attributes": ("id", "link_id", "taxonomy_term_id", "link_entity", "value"),
}
_SCHEMA_OF = {
    "organizations": "organization",
    "services": "service",
    "locations": "location",
    "service_at_locations": "service_at_location",
    "addresses": "address",
    "phones": "phone",
    "schedules": "schedule",
    "service_areas": "service_area",
    "taxonomy_terms": "taxonomy_term",
    "attributes": "attribute",
}
_NUMERIC = {"latitude", "longitude"}


def _flatten(records: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    tables: dict[str, dict[str, dict[str, Any]]] = {name: {} for name in _CSV_COLUMNS}

    def put(table: str, row: dict[str, Any]) -> None:
        tables[table][row["id"]] = {k: row.get(k, "") for k in _CSV_COLUMNS[table]}

    for r in records:
        if "organization" in r:
            put("organizations", r["organization"])
        put("services", r)
        for p in r.get("phones", []):
            put("phones", p)
        for x in r.get("schedules", []):
            put("schedules", x)
        for sal in r.get("service_at_locations", []):
            put("service_at_locations", dict(sal, service_id=r["id"]))
            loc = sal.get("location")
            if loc:
                put("locations", loc)
                for a in loc.get("addresses", []):
                    put("addresses", dict(a, location_id=loc["id"]))
                for p in loc.get("phones", []):
                    put("phones", dict(p, location_id=loc["id"]))
                for x in loc.get("schedules", []):
                    put("schedules", dict(x, location_id=loc["id"]))
        for area in r.get("service_areas", []):
            put("service_areas", area)
        for attr in r.get("attributes", []):
            put("attributes", attr)
            if "taxonomy_term" in attr:
                put("taxonomy_terms", attr["taxonomy_term"])
    return {name: sorted(rows.values(), key=lambda x: x["id"]) for name, rows in tables.items()}


def _datapackage(tables: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    def field_type(table: str, column: str) -> str:
        if column in _NUMERIC:
            return "number"
        if column in ("assured_date", "valid_from", "valid_to"):
            return "date"
        if column in ("opens_at", "closes_at"):
            return "time"
        return "string"

    return {
        "name": "peerdesk-directory",
        "title": "Resource directory exported by peerdesk",
        "profile": "tabular-data-package",
        "hsds_version": "3.0",
        "created": _now().isoformat() + "Z",
        "resources": [
            {
                "name": name,
                "path": f"{name}.csv",
                "profile": "tabular-data-resource",
                "format": "csv",
                "encoding": "utf-8",
                "schema": {
                    "fields": [
                        {"name": c, "type": field_type(name, c)} for c in _CSV_COLUMNS[name]
                    ],
                    "primaryKey": "id",
                },
            }
            for name in tables
        ],
    }


def check_export(records: list[dict[str, Any]]) -> list[str]:
    """Every exported record must pass the schema; an export that does not is not written."""
    problems = []
    for record in records:
        for path, reason in hsds_schema.errors("service", record):
            problems.append(f"service {record.get('id')}: {path}: {reason}")
    return problems


def export_hsds(vault: Vault, *, format: str, out: Path | str) -> int:
    """Write the directory as HSDS 3.0 JSON (one file) or a tabular package (a folder).
    Returns the number of services written. Mentees, referrals, favourites and notes
    are never part of it."""
    if format not in FORMATS:
        raise ValidationError("The export format can be: " + ", ".join(FORMATS) + ".")
    out = Path(out)
    records = export_records(vault)
    problems = check_export(records)
    if problems:
        raise ValidationError(
            f"The directory did not pass the HSDS check, so nothing was written ({problems[0]})."
        )
    if format == "hsds-json":
        tmp = out.with_name(out.name + ".tmp")
        tmp.write_text(json.dumps(records, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        tmp.replace(out)
    else:
        if out.exists() and (not out.is_dir() or any(out.iterdir())):
            raise ValidationError(
                f"{out} already exists and is not an empty folder; choose a new one."
            )
        out.mkdir(parents=True, exist_ok=True)
        tables = _flatten(records)
        for name, rows in tables.items():
            with (out / f"{name}.csv").open("w", encoding="utf-8", newline="") as fh:
                writer = csv.DictWriter(fh, fieldnames=_CSV_COLUMNS[name])
                writer.writeheader()
                writer.writerows(rows)
        (out / "datapackage.json").write_text(
            json.dumps(_datapackage(tables), indent=2) + "\n", encoding="utf-8"
        )
    with vault.session() as s:
        audit.record(
            s,
            kind="exported",
            entity="directory",
            detail={"format": format, "services": len(records)},
        )
    return len(records)
