"""A generator of HSDS 1.1-style CSV directories, shaped like a 211's export (every name,
number and address is fictional): numeric ids, services without a status, addresses without
a country, regular_schedules.csv without ids and with 12-hour times and weekday names,
service_taxonomy.csv with AIRS-style codes, locations naming organizations that are not in
the file, and the small share of rough rows real exports carry."""

from __future__ import annotations

import csv
import random
from pathlib import Path

TERMS = [
    ("BD-1800.2000", "Food Pantries"),
    ("BH-1800.8500", "Homeless Shelter"),
    ("RP-1400.8000", "Mental Health Crisis Lines"),
    ("RM-6500", "Support Groups"),
    ("LH-5000", "Legal Services"),
    ("BT-8500", "Transportation"),
    ("DF-7000.1500", "Utility Assistance"),
    ("LF-7000.8200", "Substance Use Disorder Counseling"),
]
WEEKDAYS = ["Monday", "Tuesday", "Wed", "Thursday", "5", "Saturday", "Sunday"]
TIMES = [("9:00 AM", "5:00 PM"), ("8am", "4pm"), ("10:00", "14:00"), ("Noon", "6:30 PM")]
TOWNS = ["Riverside Falls", "Northgate", "Millbrook", "Hillside", "Old Harbour"]


def write(path: Path, rows: list[dict[str, object]], columns: list[str]) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=columns)
        writer.writeheader()
        writer.writerows(rows)


def hsds11_directory(folder: Path, services: int, *, seed: int = 211) -> dict[str, int]:
    """Write the directory into ``folder``; returns how many services are deliberately
    unimportable (no name), so a test can say what share should import."""
    rnd = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    orgs, svcs, locs, sals, addrs, phones, hours, links = [], [], [], [], [], [], [], []
    org_count = max(1, services // 3)
    for o in range(1, org_count + 1):
        orgs.append(
            {
                "id": str(1000 + o),
                "name": f"{rnd.choice(TOWNS)} Community Services {o} (demo)",
                "description": "Help with food, housing and getting around.",
                "email": f"info{o}@example.org" if o % 9 else f"info{o} at example.org",
                "url": f"www.example.org/org{o}" if o % 2 else f"https://example.org/org{o}",
                "year_incorporated": str(1950 + o % 70),
            }
        )
    unnamed = 0
    for s in range(1, services + 1):
        org = orgs[s % org_count]["id"]
        name = f"{rnd.choice(TERMS)[1]} at {rnd.choice(TOWNS)} {s}"
        if s % 250 == 0:  # about 0.4% of rows in real exports have lost their name
            name = ""
            unnamed += 1
        svcs.append(
            {
                "id": str(50000 + s),
                "organization_id": org,
                "name": name,
                "description": "Walk in or call first." if s % 7 else "",
                "url": f"example.org/s{s}" if s % 5 == 0 else "",
                "email": f"s{s}@example.org" if s % 4 == 0 else "",
                "fees": "Free" if s % 3 else "Sliding scale",
                "application_process": "Call to book.",
            }
        )
        loc_id = f"L{s}"
        loc_org = org if s % 50 else "99999"  # 2% name an organization not in the file
        locs.append(
            {
                "id": loc_id,
                "organization_id": loc_org,
                "name": f"{rnd.choice(TOWNS)} office",
                "latitude": f"{40 + rnd.random():.5f}",
                "longitude": f"{-75 - rnd.random():.5f}",
            }
        )
        sals.append({"id": f"SAL{s}", "service_id": str(50000 + s), "location_id": loc_id})
        addrs.append(
            {
                "id": f"A{s}",
                "location_id": loc_id,
                "address_1": f"{s} Mill Street",
                "city": rnd.choice(TOWNS),
                "state_province": "Demo County",
                "postal_code": "" if s % 33 == 0 else f"{10000 + s % 9000}",
            }
        )
        phones.append(
            {
                "id": f"P{s}",
                "service_id": str(50000 + s),
                "number": f"555-{s % 10000:04d}",
                "extension": "" if s % 6 else str(100 + s % 50),
                "type": "voice",
                "language": "English",
            }
        )
        opens, closes = TIMES[s % len(TIMES)]
        for day in rnd.sample(WEEKDAYS, 3):
            hours.append(
                {
                    "service_id": str(50000 + s),
                    "weekday": day,
                    "opens_at": opens,
                    "closes_at": closes if s % 97 else "Closed",
                }
            )
        code, _term = TERMS[s % len(TERMS)]
        links.append({"id": f"ST{s}", "service_id": str(50000 + s), "taxonomy_id": code})
    terms = [
        {"id": code, "name": term, "parent_id": "", "vocabulary": "AIRS"} for code, term in TERMS
    ]
    write(folder / "organizations.csv", orgs, list(orgs[0]))
    write(folder / "services.csv", svcs, list(svcs[0]))
    write(folder / "locations.csv", locs, list(locs[0]))
    write(folder / "services_at_location.csv", sals, list(sals[0]))
    write(folder / "physical_addresses.csv", addrs, list(addrs[0]))
    write(folder / "phones.csv", phones, list(phones[0]))
    write(folder / "regular_schedules.csv", hours, list(hours[0]))
    write(folder / "service_taxonomy.csv", links, list(links[0]))
    write(folder / "taxonomy.csv", terms, list(terms[0]))
    return {"services": services, "unnamed": unnamed}
