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
    pages = (
        {"services": [service(1), service(2)]},
        {"total_items": 2, "contents": [service(1), service(2)]},
    )
    for doc in ([service(1), service(2)], *pages):
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


# --- bad input ---------------------------------------------------------------------------------


def test_a_row_with_fewer_or_more_cells_than_the_header_is_an_issue_for_that_row(
    tmp_path: Path,
) -> None:
    folder = tabular(tmp_path / "pkg", 3)
    lines = (folder / "services.csv").read_text().splitlines()
    lines[2] = lines[2] + ",surplus,cells"  # service 2: two cells too many
    lines[3] = lines[3].rsplit(",", 2)[0]  # service 3: cut off
    (folder / "services.csv").write_text("\n".join(lines) + "\n")
    parsed = read_hsds(folder)
    assert [r["name"] for r, _o in parsed.records] == ["Riverside Pantry 1"]
    assert [(i.file, i.row, i.severity) for i in parsed.issues[:2]] == [
        ("services.csv", 3, "error"),
        ("services.csv", 4, "error"),
    ]
    assert "cut off" in parsed.issues[1].reason and "left out" in parsed.issues[1].reason


def test_a_file_cut_off_inside_a_quoted_cell_imports_nothing_of_that_row(tmp_path: Path) -> None:
    folder = tabular(tmp_path / "pkg", 2)
    body = (folder / "services.csv").read_text()
    (folder / "services.csv").write_text(body.rstrip("\n")[:-12] + ',"Free groceries on Satur')
    parsed = read_hsds(folder)
    assert [r["name"] for r, _o in parsed.records] == ["Riverside Pantry 1"]
    assert parsed.issues and parsed.issues[0].row == 3


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
def test_text_encodings_are_read_correctly(tmp_path: Path, encoding: str) -> None:
    folder = tabular(tmp_path / "pkg", 1)
    row = {"id": uid("s", 1), "organization_id": uid("o", 1), "name": "Café “Fonda” São José"}
    write_csv(folder / "services.csv", [row], encoding=encoding)
    parsed = read_hsds(folder)
    assert parsed.records[0][0]["name"] == "Café “Fonda” São José"
    assert parsed.issues == []
    assert any("Windows-1252" in n for n in parsed.notes) == (encoding == "cp1252")


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("directory.json", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))),
        ("services.csv", b"\x00\x01\x02\x03" * 200),
    ],
)
def test_binary_files_get_one_clear_sentence(tmp_path: Path, name: str, content: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(DirectoryImportError, match="not a text file") as err:
        read_hsds(path)
    assert str(err.value).count(".") <= 2  # one sentence


def test_an_unknown_file_gets_one_clear_sentence(tmp_path: Path) -> None:
    path = tmp_path / "notes.pdf"
    path.write_bytes(b"%PDF-1.7 not a directory")
    with pytest.raises(DirectoryImportError, match="holds no HSDS data"):
        read_hsds(path)


def test_a_zip_that_expands_too_far_is_refused(tmp_path: Path) -> None:
    archive = tmp_path / "bomb.zip"
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("services.csv", "id,name\n" + "0" * 5_000_000)
    with pytest.raises(DirectoryImportError, match="expands more than"):
        read_hsds(archive)


def test_a_package_folder_with_its_tables_in_a_data_folder_is_read(tmp_path: Path) -> None:
    """datapackage.json at the top and the CSV tables in data/ (as some tools write it):
    the folder and its datapackage.json both read, as the same package zipped does."""
    tabular(tmp_path / "package" / "data", n=2)
    (tmp_path / "package" / "data" / "datapackage.json").rename(
        tmp_path / "package" / "datapackage.json"
    )
    for path in (tmp_path / "package", tmp_path / "package" / "datapackage.json"):
        parsed = read_hsds(path)
        assert len(parsed.records) == 2 and parsed.records[0][0]["phones"]


def test_a_lone_csv_that_is_not_hsds_says_what_to_import_instead(tmp_path: Path) -> None:
    path = tmp_path / "shelters.csv"
    path.write_text("Agency,Street,Phone\nHarbour House,1 Quay Lane,555-0100\n")
    with pytest.raises(DirectoryImportError) as caught:
        read_hsds(path)
    message = str(caught.value)
    assert "neither an HSDS table nor a 211 resource export" in message
    assert "services.csv" in message and "ResourceAgencyNum" in message


def test_services_nested_in_locations_are_refused_whole_saying_what_to_ask_for(
    tmp_path: Path,
) -> None:
    """The Ohana API layout (older than HSDS): organization -> locations -> services, no
    ids. Refused as one file, not read as services each missing an id."""
    doc = [
        {
            "name": "Harbourside Community Wellbeing",
            "locations": [
                {
                    "name": "Quay Lane Centre",
                    "address_attributes": {"street": "12 Quay Lane", "city": "Port Ellery"},
                    "services_attributes": [{"name": "Peer recovery café"}],
                }
            ],
        }
    ]
    path = tmp_path / "ohana.json"
    path.write_text(json.dumps(doc))
    with pytest.raises(DirectoryImportError) as caught:
        read_hsds(path)
    assert "Ohana API layout" in str(caught.value) and "HSDS export" in str(caught.value)


@pytest.mark.parametrize(
    ("first", "sep"),
    [("", ";"), ("", "\t"), ("sep=;\r\n", ";"), ("sep=,\r\n", ",")],
    ids=["semicolons", "tabs", "excel-sep-semicolon", "excel-sep-comma"],
)
def test_csv_written_with_other_delimiters_or_excels_sep_line_reads(
    tmp_path: Path, first: str, sep: str
) -> None:
    folder = tmp_path / "package"
    folder.mkdir()
    (folder / "services.csv").write_text(
        first
        + sep.join(["id", "organization_id", "name", "description"])
        + "\r\n"
        + sep.join(["s1", "o1", "Café group", "Weekly; all welcome" if sep != ";" else "Weekly"])
        + "\r\n",
        encoding="utf-8",
    )
    (folder / "organizations.csv").write_text(
        first
        + sep.join(["id", "name", "description"])
        + "\r\n"
        + sep.join(["o1", "Harbour Trust", "A charity"])
        + "\r\n"
    )
    parsed = read_hsds(folder)
    assert parsed.issues == []
    ((record, origins),) = parsed.records
    assert record["name"] == "Café group" and record["organization"]["name"] == "Harbour Trust"
    assert origins[()][1] == (3 if first else 2)  # the row's own line in the file


@pytest.mark.parametrize("key", ["content", "data", "results", "items"])
def test_a_page_of_services_under_another_apis_key_is_read(tmp_path: Path, key: str) -> None:
    """Open Referral UK 1.0 pages hold "content" (with totalElements); other APIs "data",
    "results" or "items"."""
    path = tmp_path / "page.json"
    path.write_text(json.dumps({key: [service(1), service(2)], "totalElements": 2}))
    parsed = read_hsds(path)
    assert [r["id"] for r, _o in parsed.records] == [uid("s", 1), uid("s", 2)]


def test_a_zipped_package_whose_first_table_is_one_the_directory_skips_reads(
    tmp_path: Path,
) -> None:
    folder = tabular(tmp_path / "package", n=2)
    (folder / "accreditations.csv").write_text("id,name\na1,Quality mark\n")
    archive = tmp_path / "package.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        names = sorted(p.name for p in folder.iterdir() if p.name != "accreditations.csv")
        for name in ["accreditations.csv", *names]:
            zf.write(folder / name, name)
    assert len(read_hsds(archive).records) == 2
