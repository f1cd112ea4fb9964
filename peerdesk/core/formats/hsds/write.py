"""Writing HSDS 3.0: service bundles to nested JSON records, and records to the tabular
data package (one CSV per official table, every official column, and datapackage.json with
field types and the HSDS version), as bytes. Writes no files itself.

Exports carry the directory only: never mentees, referrals, or the mentor's own
favourites and notes on a service (the bundles handed in hold none of them).
"""

from __future__ import annotations

import csv
import io
import json
import re
import uuid
from datetime import date, datetime, time
from typing import Any

from peerdesk.core.formats.hsds import schema
from peerdesk.core.formats.hsds.model import NAMESPACE, Bundle

FORMATS = ("hsds-json", "hsds-csv")
_BARE_DOMAIN = re.compile(r"^(www\.)?[\w-]+(\.[\w-]+)*\.[a-z]{2,}(/\S*)?$", re.I)
# Tables of the data package, in the order the specification lists them.
TABLES = (
    "organization",
    "service",
    "location",
    "service_at_location",
    "address",
    "phone",
    "schedule",
    "service_area",
    "language",
    "accessibility",
    "taxonomy_term",
    "attribute",
)


def _value(kind: str, key: str, value: Any) -> Any:
    """A stored value as HSDS wants it; None when it cannot be said in HSDS."""
    f = schema.objects()[kind].field(key)
    if isinstance(value, time):
        return value.strftime("%H:%M:%S")
    if isinstance(value, date):
        return value.isoformat()
    if f is not None and f.format == "uri" and isinstance(value, str):
        text_ = value.strip()
        if re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$", text_):
            return text_
        return "http://" + text_ if _BARE_DOMAIN.match(text_) else None
    if key == "email" and isinstance(value, str) and "@" not in value:
        return None
    if key == "extension" and isinstance(value, str):
        text_ = value.strip()
        if re.fullmatch(r"\d+", text_):
            return int(text_)
        return None
    return value


def _clean(d: dict[str, Any], kind: str) -> dict[str, Any]:
    """HSDS JSON without empty optional fields; what HSDS requires is always there."""
    required = schema.objects()[kind].required
    out = {}
    for key, value in d.items():
        value = _value(kind, key, value)
        if value is None or value == "":
            if key in required:
                out[key] = ""
            continue
        out[key] = value
    if kind in ("organization", "taxonomy_term") and not out.get("description"):
        out["description"] = out.get("name", "")  # required; the name when nothing else
    return out


def _freq(byday: str) -> str:
    return "MONTHLY" if re.search(r"\d", byday or "") else "WEEKLY"


def to_hsds(b: Bundle) -> dict[str, Any]:
    """One service record in HSDS 3.0 JSON (nested)."""
    svc = dict(b.service)
    region = svc.pop("region", "")
    record = _clean(svc, "service")
    record.setdefault("status", "active")
    if b.organization:
        record["organization"] = _clean(b.organization, "organization")

    langs = sorted(b.languages, key=lambda r: r["id"])

    def language(lang: dict[str, Any]) -> dict[str, Any]:
        return _clean({k: v for k, v in lang.items() if v is not None}, "language")

    def phone(p: dict[str, Any]) -> dict[str, Any]:
        out = _clean({k: v for k, v in p.items() if v is not None}, "phone")
        mine = [language(x) for x in langs if x.get("phone_id") == p["id"]]
        if mine:
            out["languages"] = mine
        return out

    def schedule(x: dict[str, Any]) -> dict[str, Any]:
        out = _clean({k: v for k, v in x.items() if v is not None}, "schedule")
        if not out.get("freq") and (out.get("byday") or out.get("opens_at")):
            out["freq"] = _freq(x.get("byday") or "")
        return out

    def own(row: dict[str, Any]) -> bool:  # the service's own, not a service at location's
        return bool(row["service_id"]) and not row.get("service_at_location_id")

    record["phones"] = [phone(p) for p in sorted(b.phones, key=lambda r: r["id"]) if own(p)]
    record["schedules"] = [
        schedule(x) for x in sorted(b.schedules, key=lambda r: r["id"]) if own(x)
    ]
    record["languages"] = [
        language(x) for x in langs if x.get("service_id") and not x.get("phone_id")
    ]
    locs = {loc["id"]: loc for loc in b.locations}
    record["service_at_locations"] = []
    for sal in sorted(b.sals, key=lambda r: r["id"]):
        item = _clean(sal, "service_at_location")
        item["phones"] = [
            phone(p)
            for p in sorted(b.phones, key=lambda r: r["id"])
            if p.get("service_at_location_id") == sal["id"]
        ]
        item["schedules"] = [
            schedule(x)
            for x in sorted(b.schedules, key=lambda r: r["id"])
            if x.get("service_at_location_id") == sal["id"]
        ]
        loc = locs.get(sal["location_id"])
        if loc is not None:
            nested = _clean(loc, "location")
            nested["addresses"] = [
                _clean(a, "address")
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
            nested["languages"] = [
                language(x)
                for x in langs
                if x.get("location_id") == loc["id"] and not x.get("service_id")
            ]
            nested["accessibility"] = [
                _clean(x, "accessibility")
                for x in sorted(b.accessibility, key=lambda r: r["id"])
                if x["location_id"] == loc["id"]
            ]
            item["location"] = nested
        record["service_at_locations"].append(item)
    record["service_areas"] = [
        _clean(area, "service_area") for area in sorted(b.service_areas, key=lambda r: r["id"])
    ] or (
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
        item = _clean({k: v for k, v in attr.items() if k != "service_id"}, "attribute")
        item["link_id"] = b.id
        item["link_entity"] = "service"
        term = terms.get(attr["taxonomy_term_id"])
        if term is not None:
            item["taxonomy_term"] = _clean(term, "taxonomy_term")
        record["attributes"].append(item)
    return record


# Where each table's rows sit in a nested service record.
def _flatten(records: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Rows of every table, each row with every official column ("" where unknown)."""
    tables: dict[str, dict[str, dict[str, Any]]] = {name: {} for name in TABLES}

    def put(kind: str, row: dict[str, Any]) -> None:
        columns = schema.objects()[kind].columns
        tables[kind].setdefault(row["id"], {c: row.get(c, "") for c in columns})

    for r in records:
        if "organization" in r:
            put("organization", r["organization"])
        put("service", r)

        def phones(items: list[dict[str, Any]], **owner: Any) -> None:
            for p in items:
                put("phone", dict(p, **owner))
                for lang in p.get("languages", []):
                    put("language", dict(lang, phone_id=p["id"]))

        phones(r.get("phones", []), service_id=r["id"])
        for x in r.get("schedules", []):
            put("schedule", dict(x, service_id=r["id"]))
        for lang in r.get("languages", []):
            put("language", dict(lang, service_id=r["id"]))
        for sal in r.get("service_at_locations", []):
            put("service_at_location", dict(sal, service_id=r["id"]))
            phones(sal.get("phones", []), service_id=r["id"], service_at_location_id=sal["id"])
            for x in sal.get("schedules", []):
                put("schedule", dict(x, service_id=r["id"], service_at_location_id=sal["id"]))
            loc = sal.get("location")
            if loc:
                put("location", loc)
                for a in loc.get("addresses", []):
                    put("address", dict(a, location_id=loc["id"]))
                phones(loc.get("phones", []), location_id=loc["id"])
                for x in loc.get("schedules", []):
                    put("schedule", dict(x, location_id=loc["id"]))
                for lang in loc.get("languages", []):
                    put("language", dict(lang, location_id=loc["id"]))
                for x in loc.get("accessibility", []):
                    put("accessibility", dict(x, location_id=loc["id"]))
        for area in r.get("service_areas", []):
            put("service_area", area)
        for attr in r.get("attributes", []):
            put("attribute", attr)
            if "taxonomy_term" in attr:
                put("taxonomy_term", attr["taxonomy_term"])
    return {name: sorted(rows.values(), key=lambda x: x["id"]) for name, rows in tables.items()}


def datapackage_fields(kind: str) -> list[dict[str, Any]]:
    """The data package field list of one table: name, type, format, constraints."""
    obj = schema.objects()[kind]
    out = []
    for f in obj.fields:
        entry: dict[str, Any] = {"name": f.name, "type": f.table_type}
        if f.format in ("uuid", "email", "uri"):
            entry["format"] = f.format
        constraints: dict[str, Any] = {"required": f.name in obj.table_required}
        if f.enum:
            constraints["enum"] = list(f.enum)
        entry["constraints"] = constraints
        out.append(entry)
    return out


def _datapackage(created: datetime) -> dict[str, Any]:
    return {
        "name": "peerdesk-directory",
        "title": "Resource directory exported by peerdesk",
        "description": (
            "Open Referral HSDS 3.0 tabular data package. Organizations and taxonomy terms "
            "without a description carry their name as one (HSDS requires a description)."
        ),
        "profile": "tabular-data-package",
        "hsds_version": schema.HSDS_VERSION,
        "created": created.isoformat() + "Z",
        "resources": [
            {
                "name": kind,
                "path": schema.objects()[kind].table,
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": {"fields": datapackage_fields(kind), "primaryKey": "id"},
            }
            for kind in TABLES
        ],
    }


def check_export(records: list[dict[str, Any]]) -> list[str]:
    """Every exported record must pass the schema, strictly (no field HSDS does not
    define); an export that does not is not written."""
    problems = []
    for record in records:
        for path, reason in schema.errors("service", record, strict=True):
            problems.append(f"service {record.get('id')}: {path or '(record)'}: {reason}")
    return problems


def table_problems(kind: str, row: dict[str, str]) -> list[tuple[str, str]]:
    """(column, reason) for one CSV row against its table in the data package: required
    cells, types (number, date, time HH:MM:SS, datetime), formats and allowed values."""
    obj = schema.objects()[kind]
    found = []
    for f in obj.fields:
        cell = row.get(f.name, "")
        if cell == "":
            if f.name in obj.table_required:
                found.append((f.name, "is required"))
            continue
        if not _cell_ok(f, cell):
            found.append((f.name, f"is not a valid {f.format or f.table_type}"))
        elif f.enum is not None and cell not in f.enum:
            found.append((f.name, "must be one of: " + ", ".join(f.enum)))
    unknown = set(row) - set(obj.columns)
    if unknown:
        found.append(("", "holds columns HSDS does not define"))
    return found


def _cell_ok(f: schema.Field, cell: str) -> bool:
    if f.table_type == "number":
        return bool(re.fullmatch(r"-?\d+(\.\d+)?([eE][-+]?\d+)?", cell))
    if f.table_type == "date":
        return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", cell)) and _parses(date.fromisoformat, cell)
    if f.table_type == "time":
        return bool(re.fullmatch(r"\d{2}:\d{2}:\d{2}", cell)) and _parses(time.fromisoformat, cell)
    if f.table_type == "datetime":
        return _parses(lambda v: datetime.fromisoformat(v.replace("Z", "+00:00")), cell)
    return f.format is None or schema.format_ok(f.format, cell)


def _parses(parse: Any, cell: str) -> bool:
    try:
        parse(cell)
    except ValueError:
        return False
    return True


def json_bytes(records: list[dict[str, Any]]) -> bytes:
    """The HSDS JSON export: a list of nested service records."""
    return (json.dumps(records, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def package_files(records: list[dict[str, Any]], *, created: datetime) -> dict[str, bytes]:
    """The tabular data package: file name -> contents (every CSV and datapackage.json)."""
    tables = _flatten(records)
    files: dict[str, bytes] = {}
    for kind, rows in tables.items():
        buffer = io.StringIO(newline="")
        writer = csv.DictWriter(buffer, fieldnames=schema.objects()[kind].columns)
        writer.writeheader()
        writer.writerows(rows)
        files[schema.objects()[kind].table] = buffer.getvalue().encode("utf-8")
    files["datapackage.json"] = (json.dumps(_datapackage(created), indent=2) + "\n").encode("utf-8")
    return files
