"""Checking records field by field: a bad optional field or nested object is left out with a
warning and the service kept; only a service without what HSDS requires is refused; every
problem in one pass; references against the ids already known; duplicates. No vault."""

from __future__ import annotations

import json
from datetime import time
from typing import Any

import pytest

from peerdesk.core.formats.hsds import ParsedFile, check_records, read_json, stable_id
from peerdesk.core.formats.hsds.check import normal_time

from .samples import service, uid


def parsed_of(*records: object) -> ParsedFile:
    parsed = ParsedFile(source="dir.json")
    read_json("dir.json", json.dumps(list(records)).encode(), parsed)
    return parsed


def where(checked: Any, severity: str) -> set[tuple[str, int | None, str]]:
    return {(i.file, i.row, i.field) for i in checked.issues if i.severity == severity}


def test_valid_records_become_bundles_with_their_rows() -> None:
    checked = check_records(parsed_of(service(1), service(2)))
    assert checked.issues == [] and checked.invalid == 0
    first = checked.bundles[0]
    assert first.id == uid("s", 1)
    assert first.phones[0]["number"] == "555-0101"
    assert first.addresses[0]["city"] == "Riverside Falls"
    assert first.service["region"] == "US"


def test_a_bad_optional_field_is_left_out_and_the_service_kept() -> None:
    bad = service(2)
    bad["phones"][0]["type"] = "pigeon"
    bad["email"] = "nobody"
    checked = check_records(parsed_of(service(1), bad))
    assert [b.id for b in checked.bundles] == [uid("s", 1), uid("s", 2)]
    assert checked.invalid == 0
    assert where(checked, "warning") == {("dir.json", 2, "phones.0.type"), ("dir.json", 2, "email")}
    kept = checked.bundles[1]
    assert kept.phones[0]["type"] == "voice" and kept.service["email"] == ""
    assert all(i.reason.endswith("left out") for i in checked.issues)


def test_a_nested_object_without_what_hsds_requires_is_left_out() -> None:
    record = service(1)
    record["phones"].append({"id": uid("p", 9), "type": "voice"})  # no number
    checked = check_records(parsed_of(record))
    assert len(checked.bundles) == 1
    assert [p["id"] for p in checked.bundles[0].phones] == [uid("p", 1)]
    (issue,) = checked.issues
    assert (issue.field, issue.severity) == ("phones.1.number", "warning")
    assert "this phone was left out" in issue.reason


@pytest.mark.parametrize("missing", ["id", "name"])
def test_a_service_without_what_hsds_requires_is_refused(missing: str) -> None:
    record = service(1)
    record.pop(missing)
    checked = check_records(parsed_of(record))
    assert checked.bundles == [] and checked.invalid == 1
    assert [(i.field, i.severity) for i in checked.issues] == [(missing, "error")]


def test_every_problem_is_reported_in_one_pass() -> None:
    record = service(1, email="nobody", url="no scheme", assured_date="26/11/2026")
    record["phones"][0]["extension"] = "ext 5"
    record["schedules"][0]["closes_at"] = "09:00"  # the same as opens_at
    record["service_at_locations"][0]["location"]["latitude"] = "north"
    checked = check_records(parsed_of(record))
    assert len(checked.bundles) == 1
    assert {i.field for i in checked.issues} == {
        "email",
        "url",
        "assured_date",
        "phones.0.extension",
        "schedules.0.opens_at",
        "schedules.0.closes_at",
        "service_at_locations.0.location.latitude",
    }


def test_official_types_are_accepted() -> None:
    record = service(1)
    record["phones"][0]["extension"] = 100  # a number in HSDS 3.0
    record["service_at_locations"][0]["location"].update(latitude=100, longitude=101)
    record["attributes"] = [{"id": uid("at", 1), "value": "no term"}]  # term id optional
    record["organization"]["year_incorporated"] = 1999
    checked = check_records(parsed_of(record))
    assert checked.invalid == 0 and len(checked.bundles) == 1
    assert checked.bundles[0].phones[0]["extension"] == "100"
    # an attribute with no term cannot be kept by the directory: said, not silent
    assert [i.field for i in checked.issues] == ["attributes.0"]


def test_missing_status_and_country_get_the_stated_defaults() -> None:
    record = service(1)
    record.pop("status")
    record["service_at_locations"][0]["location"]["addresses"][0].pop("country")
    checked = check_records(parsed_of(record), region_hint="GB")
    bundle = checked.bundles[0]
    assert bundle.service["status"] == "active"
    assert bundle.addresses[0]["country"] == "GB"
    assert any("no status" in n and "active" in n for n in checked.notes)
    assert any("no country" in n and "GB" in n for n in checked.notes)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("9:00 AM", "09:00:00"),
        ("5pm", "17:00:00"),
        ("12:30 pm", "12:30:00"),
        ("12am", "00:00:00"),
        ("17:00", "17:00:00"),
        ("17:00:30", "17:00:30"),
        ("0930", "09:30:00"),
        ("24:00", "23:59:59"),
        ("25:00", None),
        ("13pm", None),
        ("soon", None),
    ],
)
def test_times_of_day_in_common_forms(text: str, expected: str | None) -> None:
    assert normal_time(text) == expected


def test_twelve_hour_times_become_24_hour() -> None:
    record = service(1)
    record["schedules"][0].update(opens_at="9:00 AM", closes_at="5pm")
    checked = check_records(parsed_of(record))
    schedule = checked.bundles[0].schedules[0]
    assert (schedule["opens_at"], schedule["closes_at"]) == (time(9), time(17))
    assert any("12-hour" in n for n in checked.notes)


def test_the_second_record_with_an_id_is_refused_and_the_first_kept() -> None:
    first, second = service(1), service(1, name="Another name")
    checked = check_records(parsed_of(first, second))
    assert [b.service["name"] for b in checked.bundles] == ["Riverside Pantry 1"]
    assert checked.invalid == 1
    assert "first one is kept" in checked.issues[0].reason
    assert checked.issues[0].row == 2


def test_the_same_phone_under_the_service_and_its_location_is_kept_once() -> None:
    record = service(1)
    phone = dict(record["phones"][0])
    record["service_at_locations"][0]["phones"] = [phone]
    record["service_at_locations"][0]["location"]["phones"] = [phone]
    checked = check_records(parsed_of(record))
    assert [p["id"] for p in checked.bundles[0].phones] == [uid("p", 1)]
    assert checked.issues == []


def test_two_services_sharing_a_phone_id_both_keep_a_phone() -> None:
    one, two = service(1), service(2)
    two["phones"] = [dict(one["phones"][0], service_id=two["id"])]
    checked = check_records(parsed_of(one, two))
    ids = [b.phones[0]["id"] for b in checked.bundles]
    assert len(set(ids)) == 2 and ids[0] == uid("p", 1)
    assert any("more than one" in n for n in checked.notes)


def test_references_that_point_nowhere_are_mended_or_left_out() -> None:
    record = service(1)
    del record["organization"]
    sal = record["service_at_locations"][0]
    sal["location"]["organization_id"] = uid("o", "nowhere")
    record["service_at_locations"].append({"id": uid("sal", 9), "location_id": uid("l", 9)})
    record["attributes"] = [{"id": uid("at", 1), "taxonomy_term_id": uid("t", 1)}]
    checked = check_records(parsed_of(record))
    (bundle,) = checked.bundles
    assert bundle.organization is not None and bundle.organization["name"] == record["name"]
    assert [s["location_id"] for s in bundle.sals] == [uid("l", 1)]
    assert bundle.locations[0]["organization_id"] is None
    assert bundle.attributes == []
    assert where(checked, "warning") == {
        ("dir.json", 1, "organization_id"),
        ("dir.json", 1, "service_at_locations.1.location_id"),
        ("dir.json", 1, "service_at_locations.0.location.organization_id"),
        ("dir.json", 1, "attributes.0.taxonomy_term_id"),
    }


def test_references_resolve_against_the_known_ids_and_the_whole_file() -> None:
    orphan = service(1)
    del orphan["organization"]
    known = check_records(parsed_of(orphan), known_organizations={uid("o", 1)})
    assert known.issues == [] and known.bundles[0].organization is None
    later = service(2, organization_id=uid("o", 1))
    later["organization"] = dict(later["organization"], id=uid("o", 1))
    in_file = check_records(parsed_of(orphan, later))  # the organization comes later
    assert in_file.issues == []


def test_ids_that_are_not_uuids_get_stable_ones() -> None:
    record = service(1, id="svc-1")
    for item in record["phones"] + record["schedules"]:
        item["service_id"] = "svc-1"
    checked = check_records(parsed_of(record))
    assert checked.bundles[0].id == stable_id("svc-1", "service")
    assert any("not UUIDs" in n for n in checked.notes)


def test_an_address_without_state_or_postal_code_is_kept_and_said() -> None:
    """UK and many other addresses have no state; some 211 records no postal code. A street
    and a town are kept; the notes say how many lacked the rest."""
    record = service(1)
    address = record["service_at_locations"][0]["location"]["addresses"][0]
    del address["state_province"]
    address.pop("postal_code", None)
    parsed = ParsedFile(source="uk.json")
    parsed.records.append((record, {(): ("uk.json", 1)}))
    checked = check_records(parsed, region_hint="GB")
    (bundle,) = checked.bundles
    assert [a["city"] for a in bundle.addresses] == [address["city"]]
    assert any("no state or province, or no postal code" in n for n in checked.notes)
