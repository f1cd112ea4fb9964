"""Writing HSDS: bundles to nested JSON records and the tabular package as bytes; what is
written reads back to the same bundles. No vault."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime
from pathlib import Path

from peerdesk.core.formats.hsds import (
    ParsedFile,
    check_export,
    check_records,
    json_bytes,
    package_files,
    read_hsds,
    read_json,
    schema,
    to_hsds,
    write,
)

from .samples import service

CREATED = datetime(2026, 11, 26, 12, 0)


def bundles_of(records: list[dict]) -> list:
    parsed = ParsedFile(source="dir.json")
    read_json("dir.json", json.dumps(records).encode(), parsed)
    checked = check_records(parsed)
    assert checked.issues == []
    return checked.bundles


def test_json_export_reads_back_to_the_same_bundles() -> None:
    bundles = bundles_of([service(1), service(2)])
    records = [to_hsds(b) for b in bundles]
    assert check_export(records) == []
    again = bundles_of(json.loads(json_bytes(records)))
    assert [to_hsds(b) for b in again] == records  # import, export, import, export: lossless


def test_package_export_reads_back_to_the_same_bundles(tmp_path: Path) -> None:
    bundles = bundles_of([service(1), service(2)])
    files = package_files([to_hsds(b) for b in bundles], created=CREATED)
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    checked = check_records(read_hsds(tmp_path))
    assert checked.issues == []
    exported = sorted((to_hsds(b) for b in bundles), key=lambda r: r["id"])
    assert sorted((to_hsds(b) for b in checked.bundles), key=lambda r: r["id"]) == exported


def test_every_package_row_passes_its_table_schema() -> None:
    record = service(1)
    record["phones"][0]["extension"] = 100
    files = package_files([to_hsds(b) for b in bundles_of([record])], created=CREATED)
    package = json.loads(files["datapackage.json"])
    assert package["created"] == "2026-11-26T12:00:00Z"
    assert package["hsds_version"] == "3.0"
    names = {r["name"]: r["path"] for r in package["resources"]}
    assert names["service_at_location"] == "service_at_location.csv"
    assert set(names) == set(write.TABLES)
    for resource in package["resources"]:
        kind = resource["name"]
        rows = list(csv.DictReader(io.StringIO(files[resource["path"]].decode())))
        header = files[resource["path"]].decode().splitlines()[0].split(",")
        assert header == [f["name"] for f in resource["schema"]["fields"]]  # every column
        assert header == list(schema.objects()[kind].columns)
        for row in rows:
            assert write.table_problems(kind, row) == [], (kind, row["id"])


def test_times_urls_extensions_and_descriptions_take_the_official_forms() -> None:
    bundle = bundles_of([service(1)])[0]
    bundle.service["url"] = "example.org/pantry"  # as a mentor may type it
    bundle.organization["description"] = ""
    bundle.phones[0]["extension"] = "ext. 5"  # not a number: cannot be said in HSDS
    record = to_hsds(bundle)
    assert record["url"] == "http://example.org/pantry"
    assert record["organization"]["description"] == record["organization"]["name"]
    assert "extension" not in record["phones"][0]
    assert record["schedules"][0]["opens_at"] == "09:00:00"
    assert check_export([record]) == []


def test_the_export_check_refuses_fields_hsds_does_not_define() -> None:
    record = to_hsds(bundles_of([service(1)])[0])
    record["favourite"] = True
    assert check_export([record]) == [
        f"service {record['id']}: (record): holds fields HSDS does not define"
    ]
