"""Checking records: per-record issues by file, row and field; references against the ids
already known; duplicates; the rows a valid record becomes. No vault."""

from __future__ import annotations

import json

from peerdesk.core.formats.hsds import ParsedFile, check_records, read_json, stable_id

from .samples import service, uid


def parsed_of(*records: object) -> ParsedFile:
    parsed = ParsedFile(source="dir.json")
    read_json("dir.json", json.dumps(list(records)).encode(), parsed)
    return parsed


def test_valid_records_become_bundles_with_their_rows() -> None:
    checked = check_records(parsed_of(service(1), service(2)))
    assert checked.issues == [] and checked.invalid == 0
    first = checked.bundles[0]
    assert first.id == uid("s", 1)
    assert first.phones[0]["number"] == "555-0101"
    assert first.addresses[0]["city"] == "Riverside Falls"
    assert first.service["region"] == "US"


def test_bad_records_are_reported_by_row_and_field_and_left_out() -> None:
    bad = service(2)
    bad["phones"][0]["type"] = "pigeon"
    nonsense = service(3)
    nonsense["schedules"][0]["closes_at"] = "09:00"  # opens and closes at 09:00
    checked = check_records(parsed_of(service(1), bad, nonsense))
    assert [b.id for b in checked.bundles] == [uid("s", 1)]
    assert checked.invalid == 2
    assert {(i.file, i.row, i.field) for i in checked.issues} == {
        ("dir.json", 2, "phones.0.type"),
        ("dir.json", 3, "schedules.0.closes_at"),
    }


def test_the_second_record_with_an_id_is_refused() -> None:
    checked = check_records(parsed_of(service(1), service(1)))
    assert len(checked.bundles) == 1 and checked.invalid == 1
    assert "appears twice" in checked.issues[0].reason


def test_references_resolve_against_the_known_ids() -> None:
    orphan = service(1)
    del orphan["organization"]
    assert [i.field for i in check_records(parsed_of(orphan)).issues] == ["organization_id"]
    known = check_records(parsed_of(orphan), known_organizations={uid("o", 1)})
    assert known.issues == [] and len(known.bundles) == 1


def test_ids_that_are_not_uuids_get_stable_ones() -> None:
    record = service(1, id="svc-1")
    for item in record["phones"] + record["schedules"]:
        item["service_id"] = "svc-1"
    checked = check_records(parsed_of(record))
    assert checked.bundles[0].id == stable_id("svc-1", "service")
    assert any("not UUIDs" in n for n in checked.notes)
