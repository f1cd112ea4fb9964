"""What real directories carry and the directory now keeps: every RFC 5545 field of a
schedule, real service areas, a service at location's own phones and schedules, languages
(of a service, location or phone) and accessibility; what it does not keep is counted by
field for the preview. Round trip: check -> export -> check gives the same bundles. No vault."""

from __future__ import annotations

import copy
import json
from datetime import date, datetime, time
from typing import Any

from peerdesk.core.formats.hsds import ParsedFile, check_records, read_json, to_hsds
from peerdesk.core.formats.hsds.check import count_not_kept, not_kept_note

from .samples import service, uid
from .test_official_shapes import full_service, schedule

CREATED = datetime(2026, 11, 26, 12, 0)


def checked(records: list[dict[str, Any]]):
    parsed = ParsedFile(source="dir.json")
    read_json("dir.json", json.dumps(records).encode(), parsed)
    return check_records(parsed, region_hint="GB")


def test_every_schedule_field_is_kept() -> None:
    [b] = checked([full_service()]).bundles
    rows = [x for x in b.schedules if x["service_id"] and not x["service_at_location_id"]]
    [row] = rows
    assert row["freq"] == "WEEKLY" and row["interval"] == 2 and row["byday"] == "TU,TH"
    assert row["dtstart"] == date(2026, 1, 1) and row["until"] == date(2026, 12, 31)
    assert row["count"] == 40 and row["wkst"] == "MO" and row["timezone"] == 0
    assert (row["byweekno"], row["bymonthday"], row["byyearday"]) == ("1,2", "1", "1")
    assert row["opens_at"] == time(9) and row["closes_at"] == time(12)
    assert row["schedule_link"] == "https://example.org/hours"
    assert row["attending_type"] == "In person or by video"
    assert row["notes"] == "Closed on bank holidays."


def test_service_areas_languages_and_accessibility_are_kept() -> None:
    [b] = checked([full_service()]).bundles
    [area] = b.service_areas
    assert (area["name"], area["extent_type"], area["uri"]) == (
        "Riverside",
        "geojson",
        "https://example.org/area",
    )
    by_owner = {
        ("service" if x["service_id"] else "location" if x["location_id"] else "phone"): x
        for x in b.languages
    }
    assert set(by_owner) == {"service", "location", "phone"}
    assert all(x["name"] == "Welsh" and x["code"] == "cy" for x in b.languages)
    [access] = b.accessibility
    assert access["description"].startswith("Induction loop") and access["location_id"]


def test_a_service_at_locations_own_phone_and_schedule_stay_its_own() -> None:
    record = service(1)
    sal = record["service_at_locations"][0]
    sal["phones"] = [{"id": uid("sal-phone"), "number": "555-0177", "type": "text"}]
    sal["schedules"] = [
        dict(schedule(), id=uid("sal-schedule"), byday="1MO", freq="MONTHLY", interval=1)
    ]
    [b] = checked([record]).bundles
    [phone] = [p for p in b.phones if p["number"] == "555-0177"]
    assert phone["service_at_location_id"] == sal["id"] and phone["service_id"] == b.id
    [sch] = [x for x in b.schedules if x["id"] == uid("sal-schedule")]
    assert sch["service_at_location_id"] == sal["id"] and sch["freq"] == "MONTHLY"
    out = to_hsds(b)
    assert [p["number"] for p in out["phones"]] == ["555-0101"]
    [out_sal] = out["service_at_locations"]
    assert [p["number"] for p in out_sal["phones"]] == ["555-0177"]
    assert [x["byday"] for x in out_sal["schedules"]] == ["1MO"]
    assert out_sal["location"]["phones"] == []


def test_round_trip_keeps_every_modelled_field() -> None:
    records = [
        full_service(),
        service(2),
        service(3, languages=[{"id": uid("l3"), "name": "Polish"}]),
    ]
    first = checked(records).bundles
    exported = [to_hsds(b) for b in first]
    again = checked(exported).bundles
    assert [to_hsds(b) for b in again] == exported  # import, export, import, export
    assert [b.signature() for b in checked([to_hsds(b) for b in again]).bundles] == [
        b.signature() for b in again
    ]
    exported = to_hsds(first[0])
    assert exported["service_areas"][0]["extent_type"] == "geojson"  # not a generated area
    assert exported["schedules"][0]["interval"] == 2


def test_what_is_not_kept_is_counted_by_field() -> None:
    result = checked([full_service(), full_service() | {"id": uid("svc2")}])
    counts = result.not_kept
    for name in (
        "service.wait_time",
        "service.licenses",
        "contact.name",
        "funding.source",
        "organization.tax_status",
        "location.alternate_name",
        "metadata.field_name",
        "attribute.link_type",
        "taxonomy_term.term_uri",
    ):
        assert counts[name] >= 2, name
    for kept in (
        "service.name",
        "schedule.interval",
        "phone.number",
        "language.code",
        "accessibility.details",
        "service_area.extent",
    ):
        assert kept not in counts, kept
    note = next(n for n in result.notes if "not kept" in n)
    assert note.startswith(f"{len(counts)} fields not kept")
    assert "× contact.name" in note


def test_a_plain_record_has_nothing_not_kept_and_the_note_is_short() -> None:
    assert checked([service(1)]).not_kept == {}
    counts: Any = {}
    from collections import Counter

    counts = Counter()
    count_not_kept(copy.deepcopy({"id": "x", "name": "n", "licenses": "L"}), counts)
    assert counts == {"service.licenses": 1}
    many = Counter({f"service.f{i}": 20 - i for i in range(15)})
    text = not_kept_note(many, shown=3)
    assert text.startswith("15 fields not kept") and "20× service.f0" in text
    assert text.endswith("and 12 more.")
