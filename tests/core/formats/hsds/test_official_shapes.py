"""Our own fixtures in the shapes of the official HSDS 3.0 examples (a full service, a full
organization, a service at location, a page of services, a location, tabular JSON, a CSV
package): each imports with no refused record, and the same phone or schedule under
several parents is kept once. Every name, number and address here is fictional. No vault."""

from __future__ import annotations

import copy
import json
from datetime import datetime
from pathlib import Path
from typing import Any

from peerdesk.core.formats.hsds import (
    ParsedFile,
    check_records,
    package_files,
    read_hsds,
    read_json,
    schema,
    to_hsds,
)

from .samples import uid

SID, OID, LID, SALID = uid("svc"), uid("org"), uid("loc"), uid("sal")


def phone() -> dict[str, Any]:
    return {
        "id": uid("phone"),
        "number": "+44 1632 960123",
        "extension": 100,  # a number in HSDS 3.0
        "type": "voice",
        "description": "Reception, weekdays.",
        "languages": [{"id": uid("lang"), "name": "Welsh", "code": "cy", "note": "Some staff"}],
    }


def schedule() -> dict[str, Any]:
    return {
        "id": uid("schedule"),
        "valid_from": "2026-01-01",
        "valid_to": "2026-12-31",
        "dtstart": "2026-01-01",
        "timezone": 0,
        "until": "2026-12-31",
        "count": 40,
        "wkst": "MO",
        "freq": "WEEKLY",
        "interval": 2,
        "byday": "TU,TH",
        "byweekno": "1,2",
        "bymonthday": "1",
        "byyearday": "1",
        "description": "Every other Tuesday and Thursday.",
        "opens_at": "09:00:00",
        "closes_at": "12:00:00",
        "schedule_link": "https://example.org/hours",
        "attending_type": "In person or by video",
        "notes": "Closed on bank holidays.",
    }


def contact() -> dict[str, Any]:
    return {
        "id": uid("contact"),
        "name": "Desk Officer",
        "title": "Coordinator",
        "department": "Welcome desk",
        "email": "desk@example.org",
        "phones": [phone()],
    }


def location() -> dict[str, Any]:
    return {
        "id": LID,
        "location_type": "physical",
        "url": "https://example.org/hall",
        "organization_id": uid("org-not-in-file"),  # as in the official example
        "name": "Riverside Civic Hall",
        "alternate_name": "Civic Hall",
        "description": "On Mill Street.",
        "transportation": "Bus 1 stops outside.",
        "latitude": 100,  # outside +-90: accepted by HSDS 3.0
        "longitude": 101,
        "external_identifier": "10092008082",
        "external_identifier_type": "UPRN",
        "languages": [{"id": uid("lang"), "name": "Welsh", "code": "cy"}],
        "addresses": [
            {
                "id": uid("address"),
                "attention": "Front desk",
                "address_1": "1-30 Mill Street",
                "address_2": "Riverside",
                "city": "Riverside Falls",
                "region": "Demo Region",
                "state_province": "Demo County",
                "postal_code": "RF1 1AA",
                "country": "GB",
                "address_type": "postal",
            }
        ],
        "contacts": [contact()],
        "accessibility": [
            {
                "id": uid("access"),
                "description": "Induction loop; step-free on every floor.",
                "details": "Switch hearing aids to T.",
                "url": "https://example.org/access",
            }
        ],
        "phones": [phone()],
        "schedules": [schedule()],
    }


def organization() -> dict[str, Any]:
    return {
        "id": OID,
        "name": "Riverside Counselling Trust (demo)",
        "alternate_name": "RCT",
        "description": "Counselling for the Riverside area.",
        "email": "hello@example.org",
        "website": "https://example.org",
        "tax_status": "charity",
        "tax_id": "000000",
        "year_incorporated": 2005,
        "legal_status": "charity",
        "logo": "https://example.org/logo.png",
        "uri": "https://example.org/org",
        "parent_organization_id": uid("parent"),
        "funding": [{"id": uid("funding"), "source": "Council grant"}],
        "contacts": [contact()],
        "phones": [phone()],
        "programs": [{"id": uid("program"), "name": "Talk", "description": "Talking therapy"}],
        "organization_identifiers": [
            {"id": uid("ident"), "identifier_type": "charity", "identifier": "000000"}
        ],
    }


def full_service() -> dict[str, Any]:
    return {
        "id": SID,
        "name": "Riverside Counselling (demo)",
        "alternate_name": "Counselling",
        "description": "Counselling with trained volunteers.",
        "url": "http://example.org/counselling",
        "email": "counselling@example.org",
        "status": "active",
        "interpretation_services": "Welsh and Polish",
        "application_process": "Call reception.",
        "fees_description": "Free.",
        "wait_time": "Two weeks",
        "fees": "Free",
        "accreditations": "Accredited",
        "eligibility_description": "Aged 12 and over.",
        "minimum_age": 12,
        "maximum_age": 100,
        "assured_date": "2026-01-01",
        "assurer_email": "checks@example.org",
        "licenses": "None",
        "alert": "Some sessions are by video.",
        "last_modified": "2026-03-15T10:30:45.123Z",
        "phones": [phone()],
        "schedules": [schedule()],
        "service_areas": [
            {
                "id": uid("area"),
                "name": "Riverside",
                "description": "The whole of Riverside Falls.",
                "extent": "extent",
                "extent_type": "geojson",
                "uri": "https://example.org/area",
            }
        ],
        "service_at_locations": [
            {
                "id": SALID,
                "description": "At the civic hall.",
                "contacts": [contact()],
                "phones": [phone()],  # the same phone again, under the service at location
                "schedules": [schedule()],  # and the same schedule
                "location": location(),
            }
        ],
        "languages": [{"id": uid("lang"), "name": "Welsh", "code": "cy"}],
        "organization": {k: v for k, v in organization().items() if k != "programs"},
        "funding": [{"id": uid("funding"), "source": "Council grant"}],
        "cost_options": [{"id": uid("cost"), "option": "Session", "currency": "GBP", "amount": 0}],
        "program": {"id": uid("program"), "name": "Talk", "description": "Talking therapy"},
        "required_documents": [{"id": uid("doc"), "document": "None"}],
        "contacts": [contact()],
        "attributes": [
            {
                "id": uid("attribute"),
                "link_type": "need",
                "link_entity": "service",
                "value": "yes",
                "taxonomy_term": {
                    "id": uid("term"),
                    "code": "RM-6500",
                    "name": "Support Groups",
                    "description": "Groups that meet to help each other.",
                    "taxonomy": "AIRS",
                    "language": "en",
                    "term_uri": "https://example.org/terms/rm-6500",
                },
            }
        ],
        "metadata": [
            {
                "id": uid("meta"),
                "resource_id": SID,
                "resource_type": "service",
                "last_action_date": "2026-01-01",
                "last_action_type": "create",
                "field_name": "name",
                "previous_value": "",
                "replacement_value": "Riverside Counselling (demo)",
                "updated_by": "Riverside Counselling Trust",
            }
        ],
    }


def check_json(doc: Any, name: str = "example.json") -> Any:
    parsed = ParsedFile(source=name)
    read_json(name, json.dumps(doc).encode(), parsed)
    return check_records(parsed, region_hint="GB")


def test_the_full_service_is_valid_hsds_and_imports_with_no_refusal() -> None:
    assert schema.errors("service", full_service(), strict=True) == []
    checked = check_json(full_service())
    assert checked.invalid == 0 and len(checked.bundles) == 1
    (bundle,) = checked.bundles
    assert [p["id"] for p in bundle.phones] == [uid("phone")]  # once, not three times
    assert [s["id"] for s in bundle.schedules] == [uid("schedule")]
    assert bundle.phones[0]["extension"] == "100"
    assert bundle.locations[0]["latitude"] == 100
    assert bundle.terms[0]["name"] == "Support Groups"
    # the location's organization is not in the file: reported, the location kept
    assert [(i.field, i.severity) for i in checked.issues] == [
        ("service_at_locations.0.location.organization_id", "warning")
    ]


def test_a_full_organization_brings_its_services() -> None:
    org = organization()
    service = {k: v for k, v in full_service().items() if k != "organization"}
    org["services"] = [service, dict(copy.deepcopy(service), id=uid("svc", 2))]
    checked = check_json(org)
    assert checked.invalid == 0
    assert [b.organization["id"] for b in checked.bundles if b.organization] == [OID, OID]
    assert [i.row for i in checked.issues] == [1, 2]  # one row per service of the organization


def test_a_service_at_location_brings_its_service() -> None:
    full = full_service()
    sal = full.pop("service_at_locations")[0]
    sal["service"] = full
    checked = check_json(sal)
    assert checked.invalid == 0 and len(checked.bundles) == 1
    assert checked.bundles[0].sals[0]["location_id"] == LID


def test_a_page_of_services_and_a_bare_location() -> None:
    page = {
        "total_items": 2,
        "total_pages": 1,
        "page_number": 1,
        "size": 2,
        "first_page": True,
        "last_page": True,
        "empty": False,
        "contents": [
            {k: v for k, v in full_service().items() if not isinstance(v, list)},
            dict(
                {k: v for k, v in full_service().items() if not isinstance(v, list)},
                id=uid("svc", 3),
            ),
        ],
    }
    assert check_json(page).invalid == 0 and len(check_json(page).bundles) == 2
    alone = check_json(location(), "location.json")
    assert alone.bundles == [] and alone.invalid == 0
    assert any("location" in note and "without services" in note for note in alone.notes)


def test_tabular_json_and_the_csv_package_import_with_no_refusal(tmp_path: Path) -> None:
    (bundle,) = check_json(full_service()).bundles
    files = package_files([to_hsds(bundle)], created=datetime(2026, 1, 1))
    tabular = {}
    for name, data in files.items():
        if name.endswith(".csv"):
            rows = data.decode().splitlines()
            header = rows[0].split(",")
            tabular[name] = [dict(zip(header, row.split(","), strict=False)) for row in rows[1:2]]
        (tmp_path / name).write_bytes(data)
    for extra in ("contacts.csv", "languages.csv", "accessibility.csv", "funding.csv"):
        (tmp_path / extra).write_text("id\n" + uid(extra) + "\n")  # tables the directory skips
    from_csv = check_records(read_hsds(tmp_path), region_hint="GB")
    assert from_csv.invalid == 0 and len(from_csv.bundles) == 1
    assert any("Not kept" in n and "contacts.csv" in n for n in from_csv.notes)
    from_json = check_json(tabular, "tabular.json")
    assert from_json.invalid == 0 and len(from_json.bundles) == 1


def page_of(*items: dict[str, Any]) -> dict[str, Any]:
    return {"total_items": len(items), "page_number": 1, "last_page": True, "contents": items}


def test_an_api_page_of_organizations_without_websites_adds_no_services() -> None:
    """An Open Referral UK organization list: organizations with an email and a charity
    number but no website are organizations, not services named after them."""
    orgs = [
        {
            "id": uid("org", n),
            "name": f"Riverside Befriending Trust {n}",
            "description": "Volunteers who visit people at home.",
            "email": "hello@befriending.example",
            "organization_identifiers": [
                {"id": uid("oid", n), "identifier_scheme": "GB-CHC", "identifier": "1000001"}
            ],
            "attributes": [{"id": uid("attr", n), "label": "Visiting", "value": "Home"}],
        }
        for n in range(3)
    ]
    checked = check_json(page_of(*orgs), "organization_list.json")
    assert checked.bundles == [] and checked.invalid == 0
    assert any("3 organization records without services" in note for note in checked.notes)


def test_a_taxonomy_and_a_page_of_taxonomies_add_no_services() -> None:
    taxonomy = {
        "id": uid("tax"),
        "name": "Community support categories",
        "description": "The categories this directory files its services under.",
        "uri": "https://categories.example/",
        "version": "2",
    }
    for doc in (taxonomy, page_of(taxonomy), page_of(dict(taxonomy, taxonomy_terms=[]))):
        checked = check_json(doc, "taxonomy.json")
        assert checked.bundles == [] and checked.invalid == 0
        assert any("1 taxonomy record without services" in note for note in checked.notes)
    # A bare service with the fewest fields is still a service.
    bare = {"id": uid("svc", 9), "name": "Drop-in peer support", "description": "Weekly."}
    assert len(check_json(bare).bundles) == 1
