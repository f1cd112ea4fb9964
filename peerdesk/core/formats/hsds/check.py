"""Checking HSDS service records: the JSON Schemas, sense checks a schema cannot express,
references between records, duplicate ids; then the rows each valid record becomes.

Pure: the ids already in the directory are passed in, so nothing here opens the vault.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date, time
from typing import Any

from peerdesk.core.formats.hsds import schema
from peerdesk.core.formats.hsds.model import (
    Bundle,
    Issue,
    Origins,
    ParsedFile,
    Progress,
    normalise_ids,
)

# The child rows of a bundle that belong to one service only.
CHILD_ROWS = ("phones", "schedules", "sals", "attributes", "addresses")


@dataclass
class Checked:
    """The records that passed every check, as bundles, and the issues of the rest."""

    bundles: list[Bundle] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    invalid: int = 0


def _where(origins: Origins, path: tuple[Any, ...]) -> tuple[str, int | None, str]:
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


def parse_time(value: Any) -> time | None:
    if value in (None, ""):
        return None
    parts = str(value).split(":")
    return time(int(parts[0]), int(parts[1]), int(parts[2]) if len(parts) > 2 else 0)


def parse_date(value: Any) -> date | None:
    if value in (None, ""):
        return None
    return date.fromisoformat(str(value)[:10])


def _sense(record: dict[str, Any]) -> list[tuple[tuple[Any, ...], str]]:
    """Checks a schema cannot express: hours that make no sense, empty names."""
    problems: list[tuple[tuple[Any, ...], str]] = []

    def schedules(items: Any, path: tuple[Any, ...]) -> None:
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
            elif opens and closes and parse_time(opens) == parse_time(closes):
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
                "opens_at": parse_time(s.get("opens_at")),
                "closes_at": parse_time(s.get("closes_at")),
                "valid_from": parse_date(s.get("valid_from")),
                "valid_to": parse_date(s.get("valid_to")),
                "description": s.get("description") or "",
            }
        )

    for p in record.get("phones") or []:
        phone(p, service_id=sid, location_id=None)
    for s in record.get("schedules") or []:
        schedule(s, service_id=sid, location_id=None)
    seen_locations: set[Any] = set()
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
    which references may point at. ``progress(done, total * 2)`` as records are checked."""
    result = Checked(issues=list(parsed.issues), notes=list(parsed.notes), invalid=parsed.invalid)
    remapped = [0]
    seen_services: dict[str, tuple[str, int | None]] = {}
    seen_children: dict[tuple[str, str], str] = {}
    total = len(parsed.records)
    known_organizations, known_locations, known_terms = (
        set(known_organizations),
        set(known_locations),
        set(known_terms),
    )
    file_orgs: set[str] = set()
    file_locations: set[str] = set()
    file_terms: set[str] = set()
    for done, (raw, origins) in enumerate(parsed.records, start=1):
        if progress and (done % 500 == 0 or done == total):
            progress(done, total * 2)
        record = copy.deepcopy(raw)
        normalise_ids(record, "service", remapped)
        problems: list[tuple[tuple[Any, ...], str]] = [
            (tuple(int(x) if x.isdigit() else x for x in p.split(".")) if p else (), r)
            for p, r in schema.errors("service", record)
        ]
        if not problems:  # sense checks rely on well-formed fields
            problems += _sense(record)
        bundle = None
        if not problems:
            bundle = to_bundle(record, region_hint)
            sid = bundle.id
            if sid in seen_services:
                first = seen_services[sid]
                problems.append((("id",), f"appears twice (first at {first[0]} row {first[1]})"))
            if not bundle.service["organization_id"]:
                problems.append((("organization_id",), "is required (which organization runs it)"))
            elif (
                bundle.organization is None
                and bundle.service["organization_id"] not in known_organizations | file_orgs
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
            for key in CHILD_ROWS:
                for row in getattr(bundle, key):
                    owner = seen_children.get((key, row["id"]))
                    if owner is not None and owner != sid:
                        problems.append(
                            ((key,), "an id here is also used by another service in this file")
                        )
                        break
        if problems:
            result.invalid += 1
            for path, reason in sorted(problems, key=lambda p: [str(x) for x in p[0]]):
                file_, row, name = _where(origins, path)
                result.issues.append(Issue(file_, row, name or "(record)", reason))
            continue
        assert bundle is not None
        seen_services[bundle.id] = origins[()]
        for key in CHILD_ROWS:
            for row in getattr(bundle, key):
                seen_children[(key, row["id"])] = bundle.id
        if bundle.organization:
            file_orgs.add(bundle.organization["id"])
        file_locations.update(loc["id"] for loc in bundle.locations)
        file_terms.update(t["id"] for t in bundle.terms)
        result.bundles.append(bundle)
    if remapped[0]:
        result.notes.append(
            f"{remapped[0]:,} ids were not UUIDs (older HSDS); each was given a stable UUID, so "
            "importing the same file again updates rather than duplicates."
        )
    return result
