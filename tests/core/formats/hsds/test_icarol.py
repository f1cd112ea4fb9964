"""211 resource exports (iCarol's flat CSV, one row per agency, site or program): our own
rows in that shape, every name, number and address fictional. No vault."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from peerdesk.core.formats.hsds import check_records, read_hsds

HEADER = (
    "ResourceAgencyNum,PublicName,AlternateName,OfficialName,TaxonomyLevelName,ParentAgency,"
    "ParentAgencyNum,PhysicalAddress1,PhysicalAddress2,PhysicalCity,PhysicalCounty,"
    "PhysicalStateProvince,PhysicalPostalCode,PhysicalCountry,Latitude,Longitude,"
    "HoursOfOperation,Phone1Number,Phone1Name,PhoneFax,PhoneTTY,EmailAddressMain,WebsiteAddress,"
    "AgencyStatus,AgencyDescription,Eligibility,ApplicationProcess,FeeStructureSource,"
    "LanguagesOffered,ExcludeFromDirectory,InternalNotes,SeniorWorkerName,TaxonomyTerm,"
    "TaxonomyCodes"
)
COLUMNS = HEADER.split(",")
CANARY = "Zq9CanaryXylophone"


def row(**cells: str) -> dict[str, str]:
    return {c: cells.get(c, "") for c in COLUMNS}


def export(path: Path, encoding: str = "utf-8") -> Path:
    rows = [
        row(
            ResourceAgencyNum="5001",
            PublicName="Harbourside Community Wellbeing",
            TaxonomyLevelName="Agency",
            AgencyDescription="A neighbourhood charity running peer groups.",
            WebsiteAddress="www.harbourside.example",
            InternalNotes=f"Call back {CANARY}",
        ),
        row(
            ResourceAgencyNum="5002",
            PublicName="Harbourside Peer Recovery Café",
            TaxonomyLevelName="Program",
            ParentAgencyNum="5001",
            PhysicalAddress1="12 Quay Lane",
            PhysicalCity="Port Ellery",
            PhysicalCounty="-1",
            PhysicalStateProvince="OR",
            PhysicalPostalCode="97000",
            PhysicalCountry="United States",
            Latitude="44.1",
            Longitude="-123.2",
            HoursOfOperation="10:00 am - 2:00 pm, Tuesday and Thursday",
            Phone1Number="(555) 010-2000",
            Phone1Name="Front desk",
            PhoneFax="(555) 010-2001",
            AgencyStatus="Active",
            AgencyDescription="Drop-in café run by people in recovery.",
            Eligibility="Adults 18 and over",
            ApplicationProcess="Walk-in",
            FeeStructureSource="No fee",
            LanguagesOffered="English, Spanish; Vietnamese",
            SeniorWorkerName=CANARY,
            TaxonomyTerm="Mental Health Support Groups",
            TaxonomyCodes="RP-1400.8000-500",
        ),
        row(
            ResourceAgencyNum="5003",
            PublicName="Harbourside Warm Line",
            TaxonomyLevelName="Program",
            ParentAgencyNum="5001",
            Phone1Number="(555) 010-3000",
            PhoneTTY="(555) 010-3001",
            AgencyStatus="Inactive",
            AgencyDescription="Evening phone line.",
        ),
        row(
            ResourceAgencyNum="5004",
            PublicName="Safe Harbour House",
            TaxonomyLevelName="Program",
            ParentAgencyNum="5001",
            PhysicalAddress1="1 Hidden Row",
            PhysicalCity="Port Ellery",
            ExcludeFromDirectory="Yes",
            AgencyDescription="Confidential shelter.",
        ),
        row(
            ResourceAgencyNum="6001",
            PublicName="Lone Pine Food Shelf",
            TaxonomyLevelName="Agency",
            AgencyDescription="Groceries once a week.",
        ),
    ]
    out = io.StringIO()
    writer = csv.DictWriter(out, COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    path.write_bytes(out.getvalue().encode(encoding))
    return path


def test_a_211_export_imports_programs_under_their_agency(tmp_path: Path) -> None:
    checked = check_records(read_hsds(export(tmp_path / "211_export.csv")), region_hint="US")
    assert checked.invalid == 0
    by_name = {b.service["name"]: b for b in checked.bundles}
    assert sorted(by_name) == [
        "Harbourside Peer Recovery Café",
        "Harbourside Warm Line",
        "Lone Pine Food Shelf",  # an agency with no programs is a service of its own
    ]
    cafe = by_name["Harbourside Peer Recovery Café"]
    assert cafe.organization["name"] == "Harbourside Community Wellbeing"
    assert cafe.service["status"] == "active"
    assert cafe.service["eligibility_description"] == "Adults 18 and over"
    assert cafe.service["fees_description"] == "No fee"
    assert sorted((p["number"], p["type"]) for p in cafe.phones) == [
        ("(555) 010-2000", "voice"),
        ("(555) 010-2001", "fax"),
    ]
    assert [s["description"] for s in cafe.schedules] == [
        "10:00 am - 2:00 pm, Tuesday and Thursday"
    ]
    assert sorted(lang["name"] for lang in cafe.languages) == ["English", "Spanish", "Vietnamese"]
    (address,) = cafe.addresses
    assert (address["city"], address["country"], address["region"]) == ("Port Ellery", "US", "")
    assert [t["code"] for t in cafe.terms] == ["RP-1400.8000-500"]
    assert by_name["Harbourside Warm Line"].service["status"] == "inactive"
    assert [p["type"] for p in by_name["Harbourside Warm Line"].phones] == ["voice", "textphone"]
    notes = " ".join(checked.notes)
    assert "211 resource export" in notes
    assert "'exclude from directory' (often confidential, such as shelters): 1 record." in notes
    assert "internalnotes" in notes and "seniorworkername" in notes  # named, not imported
    assert CANARY not in repr([b.__dict__ for b in checked.bundles])
    assert "Safe Harbour House" not in repr([b.__dict__ for b in checked.bundles])


def test_a_211_export_written_by_excel_in_windows_1252_reads_the_same(tmp_path: Path) -> None:
    path = export(tmp_path / "211_export.csv", encoding="cp1252")
    checked = check_records(read_hsds(path), region_hint="US")
    assert checked.invalid == 0 and len(checked.bundles) == 3
    assert "Harbourside Peer Recovery Café" in {b.service["name"] for b in checked.bundles}
    assert any("Windows-1252" in note for note in checked.notes)
