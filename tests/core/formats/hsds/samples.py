"""Small HSDS files for the importer tests (every name, number and address is fictional)."""

from __future__ import annotations

import csv
import json
import uuid
from pathlib import Path
from typing import Any

NS = uuid.UUID("0b7e4f5c-1d2e-4a3b-9c8d-7e6f5a4b3c2d")


def uid(*parts: object) -> str:
    return str(uuid.uuid5(NS, ":".join(str(p) for p in parts)))


def service(n: int = 1, **extra: Any) -> dict[str, Any]:
    sid, oid, lid = uid("s", n), uid("o", n), uid("l", n)
    record: dict[str, Any] = {
        "id": sid,
        "organization_id": oid,
        "name": f"Riverside Pantry {n}",
        "description": "Free groceries on Saturdays.",
        "status": "active",
        "assured_date": "2026-10-01",
        "organization": {"id": oid, "name": f"Riverside Pantry Trust {n}", "description": ""},
        "phones": [{"id": uid("p", n), "service_id": sid, "number": "555-0101", "type": "voice"}],
        "schedules": [
            {
                "id": uid("h", n),
                "service_id": sid,
                "freq": "WEEKLY",
                "byday": "SA",
                "opens_at": "09:00",
                "closes_at": "12:00",
            }
        ],
        "service_at_locations": [
            {
                "id": uid("sal", n),
                "service_id": sid,
                "location_id": lid,
                "location": {
                    "id": lid,
                    "location_type": "physical",
                    "name": "Church hall",
                    "addresses": [
                        {
                            "id": uid("a", n),
                            "location_id": lid,
                            "address_1": f"{n} Mill Street",
                            "city": "Riverside Falls",
                            "state_province": "Demo County",
                            "postal_code": "00000",
                            "country": "US",
                            "address_type": "physical",
                        }
                    ],
                },
            }
        ],
    }
    record.update(extra)
    return record


def write_json(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text(json.dumps(records), encoding="utf-8")
    return path


def write_csv(path: Path, rows: list[dict[str, Any]], *, encoding: str = "utf-8") -> None:
    columns: list[str] = []
    for row in rows:
        columns += [k for k in row if k not in columns]
    with path.open("w", newline="", encoding=encoding) as fh:
        writer = csv.DictWriter(fh, fieldnames=columns)
        writer.writeheader()
        writer.writerows(rows)


def tabular(folder: Path, n: int = 3, *, encoding: str = "utf-8") -> Path:
    """An HSDS 3.0 tabular package with n services."""
    folder.mkdir(parents=True, exist_ok=True)
    services, orgs, phones, schedules, sals, locations, addresses = [], [], [], [], [], [], []
    for i in range(1, n + 1):
        r = service(i)
        orgs.append(
            {"id": r["organization_id"], "name": r["organization"]["name"], "description": ""}
        )
        services.append(
            {
                k: r[k]
                for k in ("id", "organization_id", "name", "description", "status", "assured_date")
            }
        )
        phones += r["phones"]
        schedules += r["schedules"]
        sal = r["service_at_locations"][0]
        sals.append({k: sal[k] for k in ("id", "service_id", "location_id")})
        loc = sal["location"]
        locations.append({k: loc[k] for k in ("id", "location_type", "name")})
        addresses += loc["addresses"]
    for name, rows in (
        ("services", services),
        ("organizations", orgs),
        ("phones", phones),
        ("schedules", schedules),
        ("service_at_locations", sals),
        ("locations", locations),
        ("addresses", addresses),
    ):
        write_csv(folder / f"{name}.csv", rows, encoding=encoding)
    (folder / "datapackage.json").write_text(json.dumps({"name": "test", "resources": []}))
    return folder


# --- a varied directory for search: 211/AIRS codes, free-text categories, accents, GB and US


def varied_service(
    n: int,
    name: str,
    *,
    description: str = "",
    terms: tuple[tuple[str, str, str], ...] = (),
    country: str = "US",
    city: str = "Riverside Falls",
    number: str = "555-0100",
    byday: str = "MO,TU,WE,TH,FR",
    assured: str = "2026-06-01",
    org: str = "",
) -> dict[str, Any]:
    sid, oid, lid = uid("s", n), uid("o", n), uid("l", n)
    return {
        "id": sid,
        "name": name,
        "description": description,
        "status": "active",
        "assured_date": assured,
        "organization_id": oid,
        "organization": {"id": oid, "name": org or f"{name} Trust", "description": ""},
        "phones": [{"id": uid("p", n), "number": number, "type": "voice"}],
        "schedules": [
            {
                "id": uid("h", n),
                "freq": "WEEKLY",
                "byday": byday,
                "opens_at": "09:00",
                "closes_at": "17:00",
            }
        ],
        "service_at_locations": [
            {
                "id": uid("sal", n),
                "location_id": lid,
                "location": {
                    "id": lid,
                    "name": f"{city} hall",
                    "location_type": "physical",
                    "addresses": [
                        {
                            "id": uid("a", n),
                            "address_1": f"{n} Mill Street",
                            "city": city,
                            "state_province": "Demo County",
                            "postal_code": "00000",
                            "country": country,
                            "address_type": "physical",
                        }
                    ],
                },
            }
        ],
        "attributes": [
            {
                "id": uid("at", n, i),
                "taxonomy_term": {
                    "id": uid("t", code or term),
                    "code": code,
                    "name": term,
                    "description": term,
                    "taxonomy": taxonomy,
                },
            }
            for i, (code, term, taxonomy) in enumerate(terms)
        ],
    }


SEARCH_RECORDS = [
    varied_service(
        1, "Northside Community Kitchen", terms=(("BD-5000.8300", "Soup Kitchens", "AIRS"),)
    ),
    varied_service(2, "Mill Lane Larder", terms=(("", "Food Pantries", "211 categories"),)),
    varied_service(
        3, "Harbour Night Shelter", terms=(("BH-1800.8500", "Emergency Shelter", "AIRS"),)
    ),
    varied_service(
        4,
        "Valley Crisis Line",
        description="Talk to someone any time.",
        terms=(("RP-1500.1400-800", "Suicide Prevention Hotlines", "AIRS"),),
        number="0800 555 0199",
        country="GB",
        city="Leeds",
        byday="MO,TU,WE,TH,FR,SA,SU",
    ),
    varied_service(
        5, "Café Solidarité", description="Warm drinks and a chat.", country="GB", city="York"
    ),
    varied_service(
        6, "Riverside Food Forum", description="Monthly meeting about local food policy."
    ),
    varied_service(7, "Bus Pass Help Desk", terms=(("", "Transit Passes", "local"),)),
    varied_service(
        8,
        "Quiet Room",
        description="A drop-in with food, tea and company.",
        terms=(("PN-8100", "Support Groups", "AIRS"),),
    ),
    # two services whose text is the same: open now (Saturday), then verified, decide
    varied_service(9, "Twin Pantry A", byday="MO", assured="2026-01-10", org="Twin Trust"),
    varied_service(10, "Twin Pantry B", byday="SA", assured="2025-01-10", org="Twin Trust"),
    varied_service(11, "Twin Pantry C", byday="MO", assured="2026-09-10", org="Twin Trust"),
]
