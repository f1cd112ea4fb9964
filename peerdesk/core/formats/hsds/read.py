"""Reading HSDS files: JSON, a tabular package (folder, zip or datapackage.json) or one CSV,
into service records with the file and row each part came from. Checks nothing yet."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import zipfile
from collections import defaultdict
from pathlib import Path
from typing import Any

from peerdesk.core.formats.hsds.model import (
    DAYS,
    MAX_FILE_BYTES,
    DirectoryImportError,
    Issue,
    Origins,
    ParsedFile,
)


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
                read_json(name, source.read(name), parsed)
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


def read_json(name: str, data: bytes, parsed: ParsedFile) -> None:
    """Add the service records of one HSDS JSON document to ``parsed``."""
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


def coerce(row: dict[str, Any]) -> dict[str, Any]:
    """CSV cells of number columns as numbers (a cell that is not one is left for the check)."""
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
        return coerce(row)

    def location(loc_id: str, origins: Origins, path: tuple[Any, ...]) -> dict[str, Any] | None:
        if loc_id not in locations:
            return None
        line, row = locations[loc_id]
        loc = coerce(dict(row))
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
        origins: Origins = {(): (file_of["services"], line)}
        service = coerce(dict(row))
        sid = str(service.get("id") or "")
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
