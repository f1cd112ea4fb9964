"""Importing into and exporting from a real vault: per-record errors, preview, one-transaction
import, older layouts, bad input, export and round trip (the pure parts: tests/core/formats/hsds)."""

from __future__ import annotations

import csv
import json
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from peerdesk.core.errors import ValidationError
from peerdesk.core.formats import hsds
from peerdesk.core.formats.hsds import DirectoryImportError, write
from peerdesk.core.models import DirPhone, DirService
from peerdesk.core.services import directory, directory_import, mentees, referrals, session
from peerdesk.core.vault import Vault

from ..formats.hsds.samples import service, tabular, uid, write_csv, write_json

CANARY = "Zq9CanaryXylophone"


def services_in(vault: Vault) -> int:
    with vault.session() as s:
        return s.scalar(select(func.count()).select_from(DirService)) or 0


def import_file(vault: Vault, path: Path) -> directory_import.ImportPlan:
    plan = directory_import.plan_import(vault, path)
    directory_import.apply_import(vault, plan)
    return plan


# --- JSON import ---------------------------------------------------------------------------------


def test_json_import_previews_then_writes_in_one_go(vault: Vault, tmp_path: Path) -> None:
    path = write_json(tmp_path / "dir.json", [service(1), service(2)])
    plan = directory_import.plan_import(vault, path)
    assert (plan.new, plan.updated, plan.unchanged, plan.invalid) == (2, 0, 0, 0)
    assert services_in(vault) == 0  # a preview writes nothing
    assert directory_import.apply_import(vault, plan) == 2
    assert services_in(vault) == 2
    record = directory.get_service(vault, service_id=uid("s", 1))
    assert record.phones[0].number == "555-0101"
    assert record.addresses[0].city == "Riverside Falls"
    assert record.region == "US"


def test_reimport_deduplicates_by_id_and_counts_changes(vault: Vault, tmp_path: Path) -> None:
    import_file(vault, write_json(tmp_path / "a.json", [service(1), service(2)]))
    directory.set_favourite(vault, service_id=uid("s", 1), favourite=True)
    changed = service(1, description="Now also on Wednesdays.")
    plan = directory_import.plan_import(
        vault, write_json(tmp_path / "b.json", [changed, service(2), service(3)])
    )
    assert (plan.new, plan.updated, plan.unchanged) == (1, 1, 1)
    directory_import.apply_import(vault, plan)
    assert services_in(vault) == 3
    kept = directory.get_service(vault, service_id=uid("s", 1))
    assert kept.description == "Now also on Wednesdays."
    assert kept.favourite  # the mentor's own marks survive an update
    with vault.session() as s:
        assert s.scalar(select(func.count()).select_from(DirPhone)) == 3


def test_bad_records_are_reported_by_record_and_field_and_left_out(
    vault: Vault, tmp_path: Path
) -> None:
    bad = service(2)
    bad["phones"][0]["type"] = "pigeon"
    nonsense = service(3)
    nonsense["schedules"][0]["closes_at"] = "09:00"  # opens and closes at 09:00
    path = write_json(tmp_path / "dir.json", [service(1), bad, nonsense, "not an object"])
    plan = directory_import.plan_import(vault, path)
    assert (plan.new, plan.invalid, plan.left_out) == (3, 1, 3)
    where = {(i.file, i.row, i.field, i.severity) for i in plan.issues}
    assert ("dir.json", 2, "phones.0.type", "warning") in where  # left out, service kept
    assert ("dir.json", 3, "schedules.0.closes_at", "warning") in where
    assert ("dir.json", 4, "", "error") in where  # not a service at all: refused
    assert str(plan.issues[0]).startswith("dir.json:")
    assert "parts left out" in plan.summary()
    directory_import.apply_import(vault, plan)
    assert services_in(vault) == 3
    kept = directory.get_service(vault, service_id=uid("s", 3))
    assert kept.hours[0].opens_at is None  # the times that made no sense were left out


def test_duplicate_ids_in_one_file(vault: Vault, tmp_path: Path) -> None:
    plan = directory_import.plan_import(
        vault, write_json(tmp_path / "d.json", [service(1), service(1)])
    )
    assert (plan.new, plan.invalid) == (1, 1)
    assert any("the first one is kept" in i.reason for i in plan.issues)


@pytest.mark.parametrize(
    "schedule",
    [
        {"opens_at": "18:00", "closes_at": None},
        {"valid_from": "2026-12-01", "valid_to": "2026-01-01"},
        {"opens_at": "25:00"},
        {"byday": "XX"},
    ],
)
def test_schedule_fields_that_make_no_sense_are_left_out(
    vault: Vault, tmp_path: Path, schedule
) -> None:
    record = service(1)
    record["schedules"][0].update(schedule)
    if schedule.get("closes_at", "") is None:
        record["schedules"][0].pop("closes_at")
    plan = directory_import.plan_import(vault, write_json(tmp_path / "s.json", [record]))
    assert (plan.new, plan.invalid) == (1, 0) and plan.issues
    assert all(i.field.startswith("schedules.0.") for i in plan.issues)
    assert all(i.severity == "warning" and "left out" in i.reason for i in plan.issues)
    directory_import.apply_import(vault, plan)
    assert len(directory.get_service(vault, service_id=uid("s", 1)).hours) == 1


@pytest.mark.parametrize(
    "content",
    [b"{not json", b"", b'"just a string"', b"\xff\xfe\x00garbage", b"[" * 100_000],
)
def test_malformed_json_is_one_clear_error(vault: Vault, tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "broken.json"
    path.write_bytes(content)
    with pytest.raises(DirectoryImportError) as err:
        directory_import.plan_import(vault, path)
    assert "broken.json" in str(err.value)
    assert services_in(vault) == 0


def test_a_reference_to_nowhere_is_reported_and_mended(vault: Vault, tmp_path: Path) -> None:
    orphan = service(1)
    del orphan["organization"]
    orphan["organization_id"] = uid("nowhere")
    plan = directory_import.plan_import(vault, write_json(tmp_path / "o.json", [orphan]))
    assert (plan.new, plan.invalid) == (1, 0)
    assert [(i.field, i.severity) for i in plan.issues] == [("organization_id", "warning")]
    directory_import.apply_import(vault, plan)
    record = directory.get_service(vault, service_id=uid("s", 1))
    assert record.organization_name == "Riverside Pantry 1"  # stands in, as the note says


# --- tabular packages ----------------------------------------------------------------------------


def test_tabular_package_imports(vault: Vault, tmp_path: Path) -> None:
    plan = directory_import.plan_import(vault, tabular(tmp_path / "pkg", 5))
    assert (plan.new, plan.invalid) == (5, 0), plan.issues
    directory_import.apply_import(vault, plan)
    record = directory.get_service(vault, service_id=uid("s", 3))
    assert record.organization_name == "Riverside Pantry Trust 3"
    assert record.addresses[0].address_1 == "3 Mill Street"
    assert record.hours[0].days == ["SA"]


def test_datapackage_json_path_and_zip_are_accepted(vault: Vault, tmp_path: Path) -> None:
    folder = tabular(tmp_path / "pkg", 2)
    assert directory_import.plan_import(vault, folder / "datapackage.json").new == 2
    archive = tmp_path / "pkg.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for p in folder.iterdir():
            zf.write(p, f"export/{p.name}")
    assert directory_import.plan_import(vault, archive).new == 2


def test_csv_errors_name_the_file_row_and_column(vault: Vault, tmp_path: Path) -> None:
    folder = tabular(tmp_path / "pkg", 3)
    lines = (folder / "phones.csv").read_text().splitlines()
    lines[2] = lines[2].replace("voice", "pigeon")  # the second phone, on line 3
    (folder / "phones.csv").write_text("\n".join(lines) + "\n")
    plan = directory_import.plan_import(vault, folder)
    assert plan.invalid == 0 and plan.new == 3
    assert [str(i) for i in plan.issues] == [
        "phones.csv:3:type: must be one of: voice, text, cell, textphone, fax, video, pager; "
        "left out"
    ]


def test_missing_columns_are_per_record_errors(vault: Vault, tmp_path: Path) -> None:
    folder = tabular(tmp_path / "pkg", 2)
    rows = [line.split(",") for line in (folder / "services.csv").read_text().splitlines()]
    name_col = rows[0].index("name")
    (folder / "services.csv").write_text(
        "\n".join(",".join(c for i, c in enumerate(r) if i != name_col) for r in rows) + "\n"
    )
    plan = directory_import.plan_import(vault, folder)
    assert plan.invalid == 2 and plan.new == 0
    assert {(i.file, i.row, i.field) for i in plan.issues} == {
        ("services.csv", 2, "name"),
        ("services.csv", 3, "name"),
    }


def test_package_without_services_is_refused(vault: Vault, tmp_path: Path) -> None:
    folder = tabular(tmp_path / "pkg", 1)
    (folder / "services.csv").unlink()
    with pytest.raises(DirectoryImportError, match=r"services\.csv"):
        directory_import.plan_import(vault, folder)


@pytest.mark.parametrize("encoding", ["latin-1", "utf-8-sig"])
def test_other_encodings_are_read(vault: Vault, tmp_path: Path, encoding: str) -> None:
    folder = tabular(tmp_path / "pkg", 1)
    rows = [
        {
            "id": uid("s", 1),
            "organization_id": uid("o", 1),
            "name": "Café São José",
            "status": "active",
        }
    ]
    write_csv(folder / "services.csv", rows, encoding=encoding)
    plan = directory_import.plan_import(vault, folder)
    assert plan.new == 1, plan.issues
    directory_import.apply_import(vault, plan)
    assert directory.get_service(vault, service_id=uid("s", 1)).name == "Café São José"
    if encoding == "latin-1":
        assert any("not UTF-8" in n for n in plan.notes)


def test_orphan_rows_are_reported(vault: Vault, tmp_path: Path) -> None:
    folder = tabular(tmp_path / "pkg", 1)
    with (folder / "phones.csv").open("a") as fh:
        fh.write(f"{uid('p', 99)},{uid('s', 99)},555-0199,voice\n")
    plan = directory_import.plan_import(vault, folder)
    assert plan.new == 1
    assert [(i.file, i.row, i.field) for i in plan.issues] == [("phones.csv", 3, "service_id")]


def test_older_hsds_layout_maps_cleanly(vault: Vault, tmp_path: Path) -> None:
    folder = tmp_path / "v2"
    folder.mkdir()
    write_csv(
        folder / "organizations.csv",
        [{"id": "org-1", "name": "Hillside Housing (demo)", "description": "Housing help"}],
    )
    write_csv(
        folder / "services.csv",
        [{"id": "svc-1", "organization_id": "org-1", "name": "Housing advice", "status": "active"}],
    )
    write_csv(
        folder / "locations.csv", [{"id": "loc-1", "organization_id": "org-1", "name": "Office"}]
    )
    write_csv(
        folder / "services_at_location.csv",
        [{"id": "sal-1", "service_id": "svc-1", "location_id": "loc-1"}],
    )
    write_csv(
        folder / "physical_addresses.csv",
        [
            {
                "id": "addr-1",
                "location_id": "loc-1",
                "address_1": "12 Station Street",
                "city": "Riverside Falls",
                "state_province": "Demo County",
                "postal_code": "00000",
                "country": "US",
            }
        ],
    )
    write_csv(
        folder / "regular_schedules.csv",
        [
            {
                "id": "rs-1",
                "service_id": "svc-1",
                "weekday": "Monday",
                "opens_at": "09:00",
                "closes_at": "17:00",
            },
            {
                "id": "rs-2",
                "service_id": "svc-1",
                "weekday": "5",
                "opens_at": "09:00",
                "closes_at": "12:00",
            },
        ],
    )
    write_csv(folder / "taxonomy.csv", [{"id": "tax-1", "name": "Housing", "vocabulary": "local"}])
    write_csv(
        folder / "service_taxonomy.csv",
        [{"id": "st-1", "service_id": "svc-1", "taxonomy_id": "tax-1"}],
    )
    plan = directory_import.plan_import(vault, folder)
    assert (plan.new, plan.invalid) == (1, 0), plan.issues
    assert any("Older HSDS layout" in n for n in plan.notes)
    assert any("not UUIDs" in n for n in plan.notes)
    directory_import.apply_import(vault, plan)
    sid = hsds.stable_id("svc-1", "service")
    record = directory.get_service(vault, service_id=sid)
    assert sorted(tuple(h.days) for h in record.hours) == [("FR",), ("MO",)]
    assert record.addresses[0].address_1 == "12 Station Street"
    assert (
        directory_import.plan_import(vault, folder).unchanged == 1
    )  # the same file again: no duplicates


def test_fifty_thousand_rows_give_clear_errors_without_a_crash(
    vault: Vault, tmp_path: Path
) -> None:
    folder = tabular(tmp_path / "pkg", 1)
    with (folder / "phones.csv").open("a") as fh:
        for i in range(50_000):
            fh.write(f"{uid('x', i)},{uid('s', 1)},,voice\n")  # numbers missing
    plan = directory_import.plan_import(vault, folder)
    assert plan.invalid == 0 and plan.new == 1  # the service, without the broken phones
    assert len(plan.issues) + plan.issues_dropped == 50_000
    assert plan.issues[0].file == "phones.csv" and plan.issues[0].field == "number"
    assert "this phone was left out" in plan.issues[0].reason


# --- one transaction -------------------------------------------------------------------------------


def test_a_failure_while_writing_leaves_nothing_behind(
    vault: Vault, tmp_path: Path, monkeypatch
) -> None:
    import_file(vault, write_json(tmp_path / "a.json", [service(1)]))
    plan = directory_import.plan_import(
        vault, write_json(tmp_path / "b.json", [service(1, name="Changed"), service(2)])
    )
    calls = {"n": 0}
    real = directory_import.audit.record

    def failing_audit(*args, **kwargs):
        calls["n"] += 1
        raise OSError("disk full")

    monkeypatch.setattr(directory_import.audit, "record", failing_audit)
    with pytest.raises(OSError):
        directory_import.apply_import(vault, plan)
    monkeypatch.setattr(directory_import.audit, "record", real)
    assert calls["n"] == 1
    assert services_in(vault) == 1
    assert directory.get_service(vault, service_id=uid("s", 1)).name == "Riverside Pantry 1"


# --- export and round trip ---------------------------------------------------------------------------


def _fill(vault: Vault, tmp_path: Path) -> None:
    directory.ensure_seed(vault)
    import_file(vault, tabular(tmp_path / "pkg", 4))
    sid = directory.save_service(
        vault,
        record=directory.ServiceRecord(
            name="Night Shelter",
            organization_name="Northgate Trust (demo)",
            needs=["housing", "crisis"],
            phones=[
                directory.PhoneItem("555-0150"),
                directory.PhoneItem("555-0151", "text", "Text BED"),
            ],
            hours=[
                directory.HoursItem(
                    ["MO", "TU"],
                    directory.time(19, 0),
                    directory.time(8, 0),
                    valid_from=directory.date(2026, 1, 1),
                )
            ],
            addresses=[
                directory.AddressItem(
                    "1 Gate Road", "Riverside Falls", "Demo County", "00000", "US"
                )
            ],
            region="US",
            notes=CANARY,
            favourite=True,
        ),
    )
    mentee = mentees.add_mentee(vault, record=mentees.MenteeRecord(display_name=CANARY + "Maria"))
    referrals.add_referral(
        vault,
        record=referrals.ReferralRecord(
            mentee_id=mentee, service_id=sid, referred_on=directory.date(2026, 11, 1), reason=CANARY
        ),
        today=directory.date(2026, 11, 26),
    )


@pytest.mark.parametrize(("fmt", "name"), [("hsds-json", "dir.json"), ("hsds-csv", "pkg-out")])
def test_export_round_trips_into_an_empty_vault(
    vault: Vault, vault_dir: Path, tmp_path: Path, fmt: str, name: str
) -> None:
    _fill(vault, tmp_path)
    out = tmp_path / name
    count = directory_import.export_hsds(vault, format=fmt, out=out)
    assert count == services_in(vault) == 17
    other = Vault(tmp_path / "other")
    session.create_vault(other, passphrase="orange kettle meadow 42", seed=False)
    session.confirm_recovery_key(other)
    try:
        plan = directory_import.plan_import(other, out)
        assert (plan.new, plan.invalid) == (17, 0), plan.issues
        directory_import.apply_import(other, plan)
        assert directory_import.export_records(other) == directory_import.export_records(vault)
        assert directory_import.plan_import(other, out).unchanged == 17
    finally:
        other.close()


@pytest.mark.parametrize("fmt", ["hsds-json", "hsds-csv"])
def test_export_holds_no_mentee_data_referrals_or_private_notes(
    vault: Vault, tmp_path: Path, fmt: str
) -> None:
    _fill(vault, tmp_path)
    out = tmp_path / "out"
    directory_import.export_hsds(vault, format=fmt, out=out)
    files = [out] if out.is_file() else list(out.iterdir())
    blob = "".join(p.read_text("utf-8") for p in files)
    assert CANARY not in blob  # the mentor's notes, the mentee, the referral reason
    if out.is_file():
        assert all("favourite" not in r and "notes" not in r for r in json.loads(blob))
    else:
        headers = {
            p.name: p.read_text("utf-8").splitlines()[0].split(",")
            for p in files
            if p.suffix == ".csv"
        }
        assert all("favourite" not in h for h in headers.values())
        assert "notes" not in headers["services.csv"]


def test_export_validates_against_the_schema(vault: Vault, tmp_path: Path) -> None:
    _fill(vault, tmp_path)
    records = directory_import.export_records(vault)
    assert hsds.check_export(records) == []
    directory_import.export_hsds(vault, format="hsds-csv", out=tmp_path / "pkg2")
    package = json.loads((tmp_path / "pkg2" / "datapackage.json").read_text())
    assert {r["path"] for r in package["resources"]} >= {
        "services.csv",
        "organizations.csv",
        "schedules.csv",
        "service_at_location.csv",
    }
    for resource in package["resources"]:
        with (tmp_path / "pkg2" / resource["path"]).open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                assert write.table_problems(resource["name"], row) == [], row["id"]


def test_export_refuses_a_folder_that_is_not_empty(vault: Vault, tmp_path: Path) -> None:
    (tmp_path / "busy").mkdir()
    (tmp_path / "busy" / "keep.txt").write_text("x")
    with pytest.raises(ValidationError):
        directory_import.export_hsds(vault, format="hsds-csv", out=tmp_path / "busy")
    with pytest.raises(ValidationError):
        directory_import.export_hsds(vault, format="pdf", out=tmp_path / "x.pdf")


def test_what_real_directories_carry_survives_the_vault(vault: Vault, tmp_path: Path) -> None:
    from ..formats.hsds.test_official_shapes import full_service

    record = full_service()
    sal = record["service_at_locations"][0]
    sal["phones"] = [{"id": uid("sal-phone"), "number": "555-0188", "type": "voice"}]
    path = write_json(tmp_path / "full.json", [record])
    plan = directory_import.plan_import(vault, path, region_hint="GB")
    assert plan.invalid == 0
    assert plan.not_kept["contact.name"] >= 1 and "service.name" not in plan.not_kept
    assert any(n.endswith(".") and "fields not kept" in n for n in plan.notes)
    directory_import.apply_import(vault, plan)
    got = directory.get_service(vault, service_id=record["id"])
    [rule] = [h for h in got.hours if h.interval == 2]
    assert rule.days == ["TU", "TH"] and rule.notes == "Closed on bank holidays."
    assert "Every other" in directory.hours_text(rule)
    out = tmp_path / "out.json"
    directory_import.export_hsds(vault, format="hsds-json", out=out)
    [exported] = json.loads(out.read_text())
    assert exported["schedules"][0]["interval"] == 2
    assert exported["service_areas"][0]["extent_type"] == "geojson"
    assert {x["name"] for x in exported["languages"]} == {"Welsh"}
    [out_sal] = exported["service_at_locations"]
    assert [p["number"] for p in out_sal["phones"]] == ["555-0188"]
    assert out_sal["location"]["accessibility"][0]["details"] == "Switch hearing aids to T."
    assert out_sal["location"]["languages"][0]["code"] == "cy"
    again = directory_import.plan_import(vault, out)
    assert (again.new, again.updated, again.unchanged) == (0, 0, 1)  # nothing lost on the way
    pkg = tmp_path / "pkg"
    directory_import.export_hsds(vault, format="hsds-csv", out=pkg)
    assert (pkg / "languages.csv").exists() and (pkg / "accessibility.csv").exists()
    from_csv = directory_import.plan_import(vault, pkg)
    assert (from_csv.new, from_csv.updated, from_csv.unchanged) == (0, 0, 1)


def test_a_211_resource_export_imports_into_the_vault_and_again_updates(
    vault: Vault, tmp_path: Path
) -> None:
    from ..formats.hsds.test_icarol import export

    path = export(tmp_path / "211_export.csv")
    plan = import_file(vault, path)
    assert (plan.new, plan.invalid) == (3, 0)
    assert services_in(vault) == 3
    again = directory_import.plan_import(vault, path)
    assert (again.new, again.updated, again.unchanged) == (0, 0, 3)  # stable ids: no duplicates
