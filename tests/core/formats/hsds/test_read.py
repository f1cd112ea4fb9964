"""Reading HSDS files into records with their file and row: JSON, tabular packages (folder,
zip, datapackage.json), encodings, malformed input. No vault."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from peerdesk.core.formats.hsds import DirectoryImportError, ParsedFile, read_hsds, read_json

from .samples import service, tabular, uid, write_csv


def test_json_list_and_wrapped_lists_give_one_record_each() -> None:
    for doc in ([service(1), service(2)], {"services": [service(1), service(2)]}):
        parsed = ParsedFile(source="d.json")
        read_json("d.json", json.dumps(doc).encode(), parsed)
        assert [origins[()] for _r, origins in parsed.records] == [("d.json", 1), ("d.json", 2)]


def test_a_json_entry_that_is_not_an_object_is_an_issue() -> None:
    parsed = ParsedFile(source="d.json")
    read_json("d.json", b'[{"id": "x", "name": "A"}, 7]', parsed)
    assert len(parsed.records) == 1 and parsed.invalid == 1
    assert [(i.file, i.row) for i in parsed.issues] == [("d.json", 2)]


@pytest.mark.parametrize("content", [b"{not json", b"", b'"just a string"', b"[" * 100_000])
def test_malformed_json_is_one_clear_error(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "broken.json"
    path.write_bytes(content)
    with pytest.raises(DirectoryImportError, match=r"broken\.json"):
        read_hsds(path)


def test_a_tabular_package_nests_each_service_with_its_rows(tmp_path: Path) -> None:
    parsed = read_hsds(tabular(tmp_path / "pkg", 2))
    assert parsed.issues == [] and len(parsed.records) == 2
    record, origins = parsed.records[0]
    assert record["organization"]["name"] == "Riverside Pantry Trust 1"
    location = record["service_at_locations"][0]["location"]
    assert location["addresses"][0]["city"] == "Riverside Falls"
    assert origins[("phones", 0)] == ("phones.csv", 2)


def test_datapackage_json_and_zip_name_the_same_package(tmp_path: Path) -> None:
    folder = tabular(tmp_path / "pkg", 2)
    archive = tmp_path / "pkg.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for p in folder.iterdir():
            zf.write(p, f"export/{p.name}")
    for path in (folder / "datapackage.json", archive):
        assert len(read_hsds(path).records) == 2


@pytest.mark.parametrize("encoding", ["latin-1", "utf-8-sig"])
def test_other_encodings_are_read(tmp_path: Path, encoding: str) -> None:
    folder = tabular(tmp_path / "pkg", 1)
    row = {"id": uid("s", 1), "organization_id": uid("o", 1), "name": "Café São José"}
    write_csv(folder / "services.csv", [row], encoding=encoding)
    parsed = read_hsds(folder)
    assert parsed.records[0][0]["name"] == "Café São José"
    assert any("not UTF-8" in n for n in parsed.notes) == (encoding == "latin-1")


def test_rows_that_belong_to_no_service_are_reported(tmp_path: Path) -> None:
    folder = tabular(tmp_path / "pkg", 1)
    with (folder / "phones.csv").open("a") as fh:
        fh.write(f"{uid('p', 99)},{uid('s', 99)},555-0199,voice\n")
    parsed = read_hsds(folder)
    assert [(i.file, i.row, i.field) for i in parsed.issues] == [("phones.csv", 3, "service_id")]


def test_a_package_without_services_is_refused(tmp_path: Path) -> None:
    folder = tabular(tmp_path / "pkg", 1)
    (folder / "services.csv").unlink()
    with pytest.raises(DirectoryImportError, match=r"services\.csv"):
        read_hsds(folder)
