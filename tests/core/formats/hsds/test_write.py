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
    read,
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
    assert [b.signature() for b in again] == [b.signature() for b in bundles]


def test_package_export_reads_back_to_the_same_bundles(tmp_path: Path) -> None:
    bundles = bundles_of([service(1), service(2)])
    files = package_files([to_hsds(b) for b in bundles], created=CREATED)
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    checked = check_records(read_hsds(tmp_path))
    assert checked.issues == []
    assert sorted(b.signature() for b in checked.bundles) == sorted(b.signature() for b in bundles)


def test_every_package_row_passes_its_table_schema() -> None:
    files = package_files([to_hsds(b) for b in bundles_of([service(1)])], created=CREATED)
    package = json.loads(files["datapackage.json"])
    assert package["created"] == "2026-11-26T12:00:00Z"
    assert {r["path"] for r in package["resources"]} == {f"{t}.csv" for t in write.SCHEMA_OF}
    for table, schema_name in write.SCHEMA_OF.items():
        for row in csv.DictReader(io.StringIO(files[f"{table}.csv"].decode())):
            clean = read.coerce({k: v for k, v in row.items() if v or k == "description"})
            assert schema.errors(schema_name, clean) == [], (table, row["id"])
