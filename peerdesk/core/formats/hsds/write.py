"""Writing HSDS 3.0: service bundles to nested JSON records, and records to the tabular
data package (one CSV per table and datapackage.json), as bytes. Writes no files itself.

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
# The HSDS object schema each table's rows follow.
SCHEMA_OF = {
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


def _datapackage(tables: dict[str, list[dict[str, Any]]], created: datetime) -> dict[str, Any]:
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
        "created": created.isoformat() + "Z",
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
        for path, reason in schema.errors("service", record):
            problems.append(f"service {record.get('id')}: {path}: {reason}")
    return problems


def json_bytes(records: list[dict[str, Any]]) -> bytes:
    """The HSDS JSON export: a list of nested service records."""
    return (json.dumps(records, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def package_files(records: list[dict[str, Any]], *, created: datetime) -> dict[str, bytes]:
    """The tabular data package: file name -> contents (every CSV and datapackage.json)."""
    tables = _flatten(records)
    files: dict[str, bytes] = {}
    for name, rows in tables.items():
        buffer = io.StringIO(newline="")
        writer = csv.DictWriter(buffer, fieldnames=_CSV_COLUMNS[name])
        writer.writeheader()
        writer.writerows(rows)
        files[f"{name}.csv"] = buffer.getvalue().encode("utf-8")
    files["datapackage.json"] = (json.dumps(_datapackage(tables, created), indent=2) + "\n").encode(
        "utf-8"
    )
    return files
