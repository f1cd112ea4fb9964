"""Older layouts (HSDS 1.x/2.x CSV, the common 211 exports) map to HSDS 3.0 with the stated
defaults, and a 1.1-style directory imports at least 99% of its services. No vault."""

from __future__ import annotations

from datetime import time
from pathlib import Path

from peerdesk.core.formats.hsds import check_records, read_hsds, stable_id

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
