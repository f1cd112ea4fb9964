"""Older layouts (HSDS 1.x/2.x CSV, the common 211 exports) map to HSDS 3.0 with the stated
defaults, and a 1.1-style directory imports at least 99% of its services. No vault."""

from __future__ import annotations

import json
from datetime import time
from pathlib import Path

from peerdesk.core.formats.hsds import ParsedFile, check_records, read_hsds, read_json, stable_id

from .hsds11 import hsds11_directory


def test_a_211_style_directory_imports_at_least_99_percent(tmp_path: Path) -> None:
    made = hsds11_directory(tmp_path / "211", 600)
    checked = check_records(read_hsds(tmp_path / "211"), region_hint="US")
    assert len(checked.bundles) >= 0.99 * made["services"]
    assert checked.invalid == made["unnamed"]  # the rest, each with its reason
    refused = [i for i in checked.issues if i.severity == "error"]
    assert {(i.file, i.field) for i in refused} == {("services.csv", "name")}
    notes = " ".join(checked.notes)
    for said in ("no status", "no country", "no id", "12-hour", "Older HSDS layout", "http://"):
        assert said in notes, said


def test_the_mappings_carry_the_values_across(tmp_path: Path) -> None:
    hsds11_directory(tmp_path / "211", 12)
    checked = check_records(read_hsds(tmp_path / "211"), region_hint="CA")
    by_id = {b.id: b for b in checked.bundles}
    first = by_id[stable_id("50001", "service")]
    assert first.service["status"] == "active"
    assert first.addresses[0]["country"] == "CA"
    assert first.organization is not None
    websites = {b.organization["website"][:23] for b in checked.bundles if b.organization}
    assert websites == {"http://www.example.org/", "https://example.org/org"}
    assert first.service["fees_description"] == "Free"
    assert len(first.schedules) == 3
    assert {(h["opens_at"], h["closes_at"]) for h in first.schedules} == {(time(8), time(16))}
    assert all(len(h["byday"]) == 2 for h in first.schedules)
    assert [a["taxonomy_term_id"] for a in first.attributes] == [
        stable_id("BH-1800.8500", "taxonomy_term")
    ]
    assert first.terms[0]["name"] == "Homeless Shelter"


def test_a_location_naming_a_missing_organization_is_reported(tmp_path: Path) -> None:
    hsds11_directory(tmp_path / "211", 60)
    checked = check_records(read_hsds(tmp_path / "211"), region_hint="US")
    reported = [
        i for i in checked.issues if (i.file, i.field) == ("locations.csv", "organization_id")
    ]
    assert reported and all(i.severity == "warning" for i in reported)
    assert all(
        loc["organization_id"] is None
        or loc["organization_id"] != stable_id("99999", "organization")
        for b in checked.bundles
        for loc in b.locations
    )


def test_nested_json_in_the_older_layout_keeps_hours_addresses_and_categories() -> None:
    """HSDS 1.x / Open Referral UK 1.0 JSON: regular_schedules, physical_addresses,
    service_taxonomys and languages' "language" are mapped, not listed as not kept."""
    older = {
        "id": "svc-1",
        "name": "Harbour Peer Group",
        "description": "A weekly group run by peers.",
        "status": "active",
        "organization": {"id": "org-1", "name": "Harbour Trust", "description": "A charity."},
        "regular_schedules": [
            {"id": "rs-1", "weekday": "Monday", "opens_at": "10:00", "closes_at": "12:00"}
        ],
        "service_taxonomys": [
            {"id": "st-1", "taxonomy": {"id": "t-5", "name": "Peer support", "vocabulary": "x"}}
        ],
        "languages": [{"id": "l-1", "language": "Welsh"}],
        "service_at_locations": [
            {
                "id": "sal-1",
                "location": {
                    "id": "loc-1",
                    "name": "Quay Hall",
                    "physical_addresses": [
                        {
                            "id": "pa-1",
                            "address_1": "1 Quay Lane",
                            "city": "Port Ellery",
                            "state_province": "Gwynedd",
                            "postal_code": "LL1 1AA",
                            "country": "GB",
                        }
                    ],
                },
            }
        ],
    }
    parsed = ParsedFile(source="older.json")
    read_json("older.json", json.dumps({"content": [older], "totalElements": 1}).encode(), parsed)
    checked = check_records(parsed, region_hint="GB")
    (bundle,) = checked.bundles
    assert [(s["byday"], s["opens_at"]) for s in bundle.schedules] == [("MO", time(10, 0))]
    assert [t["name"] for t in bundle.terms] == ["Peer support"]
    assert [a["city"] for a in bundle.addresses] == ["Port Ellery"]
    assert [lang["name"] for lang in bundle.languages] == ["Welsh"]
    assert checked.not_kept == {}


def test_older_tables_name_languages_areas_and_access_in_their_own_column(tmp_path: Path) -> None:
    from .samples import tabular, uid, write_csv

    folder = tabular(tmp_path / "package", n=1)
    sid = uid("s", 1)
    write_csv(folder / "languages.csv", [{"id": "l1", "service_id": sid, "language": "Somali"}])
    write_csv(
        folder / "service_areas.csv", [{"id": "a1", "service_id": sid, "service_area": "Eastside"}]
    )
    checked = check_records(read_hsds(folder), region_hint="US")
    (bundle,) = checked.bundles
    assert [lang["name"] for lang in bundle.languages] == ["Somali"]
    assert [area["name"] for area in bundle.service_areas] == ["Eastside"]
    assert "language.language" not in checked.not_kept
