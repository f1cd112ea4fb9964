"""Hypothesis fuzzing of both importers: they never crash and never write part of a file."""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerdesk.core.formats.hsds import DirectoryImportError, ParsedFile, check_records, read_json
from peerdesk.core.services import directory_import
from peerdesk.core.vault import Vault

from ..formats.hsds.samples import service, tabular, uid
from .test_directory_import import services_in

FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=20,
)
FIELDS = [
    "id",
    "name",
    "status",
    "organization",
    "phones",
    "schedules",
    "service_at_locations",
    "assured_date",
    "email",
]


def _attempt(vault: Vault, path: Path) -> None:
    """Plan and apply; the vault either gains exactly the planned services or nothing."""
    before = services_in(vault)
    try:
        plan = directory_import.plan_import(vault, path)
    except DirectoryImportError as exc:
        assert str(exc)  # a clear, one-line reason
        assert services_in(vault) == before
        return
    for issue in plan.issues:
        assert issue.file and issue.reason
    try:
        directory_import.apply_import(vault, plan)
    except Exception:
        assert services_in(vault) == before  # never a partial write
        raise
    assert services_in(vault) == before + plan.new


@FUZZ
@given(data=st.binary(max_size=400))
def test_json_importer_survives_any_bytes(vault: Vault, data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "fuzz.json"
        path.write_bytes(data)
        _attempt(vault, path)


@FUZZ
@given(
    mutations=st.lists(
        st.tuples(st.integers(0, 2), st.sampled_from(FIELDS), json_values), max_size=6
    )
)
def test_json_importer_survives_mutated_records(vault: Vault, mutations) -> None:
    records = [service(1), service(2), service(3)]
    for index, key, value in mutations:
        records[index][key] = value
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "fuzz.json"
        path.write_text(json.dumps(records))
        _attempt(vault, path)


CSV_TABLES = ["services.csv", "phones.csv", "schedules.csv", "addresses.csv", "locations.csv"]


@FUZZ
@given(
    table=st.sampled_from(CSV_TABLES),
    cut=st.integers(0, 2000),
    junk=st.binary(max_size=120),
    replace=st.booleans(),
)
def test_csv_importer_survives_damaged_tables(
    vault: Vault, table: str, cut: int, junk: bytes, replace: bool
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = tabular(Path(tmp) / "pkg", 3)
        target = folder / table
        body = target.read_bytes()
        target.write_bytes(junk if replace else body[:cut] + junk + body[cut:])
        _attempt(vault, folder)


@FUZZ
@given(cells=st.lists(st.text(max_size=30), min_size=1, max_size=12))
def test_csv_importer_survives_any_cell_text(vault: Vault, cells: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = tabular(Path(tmp) / "pkg", 2)
        lines = (folder / "schedules.csv").read_text().splitlines()
        header = lines[0].split(",")
        row = lines[1].split(",")
        for i, cell in enumerate(cells):
            row[1 + i % (len(header) - 2)] = '"' + cell.replace('"', '""') + '"'
        (folder / "schedules.csv").write_text(
            "\n".join([lines[0], ",".join(row), *lines[2:]]) + "\n"
        )
        _attempt(vault, folder)
    shutil.rmtree(tmp, ignore_errors=True)


# --- shapes real directories have: shared nested objects, references to nowhere, repeats ---------

POOL = [uid("pool", i) for i in range(6)]


@st.composite
def shared_shapes(draw: st.DrawFn) -> list[dict]:
    """Services whose ids, phones, schedules, locations, organizations and terms are drawn
    from small pools, so the same object turns up under several parents, some references
    point at nothing, and some ids repeat."""
    pick = st.sampled_from(POOL)

    def phone() -> dict:
        return {
            "id": draw(pick),
            "number": "555-0100",
            "type": draw(st.sampled_from(["voice", "text", "bad"])),
        }

    def schedule() -> dict:
        return {"id": draw(pick), "byday": "MO", "opens_at": "9:00 AM", "closes_at": "17:00"}

    def location() -> dict:
        loc = {"id": draw(pick), "location_type": "physical", "name": "Hall"}
        if draw(st.booleans()):
            loc["organization_id"] = draw(pick)
        loc["phones"] = [phone() for _ in range(draw(st.integers(0, 2)))]
        loc["schedules"] = [schedule() for _ in range(draw(st.integers(0, 2)))]
        loc["addresses"] = [
            {
                "id": draw(pick),
                "address_1": "1 Mill Street",
                "city": "Riverside Falls",
                "state_province": "Demo County",
                "postal_code": "00000",
            }
            for _ in range(draw(st.integers(0, 2)))
        ]
        return loc

    records = []
    for _ in range(draw(st.integers(1, 5))):
        record: dict = {"id": draw(pick), "name": "Pantry"}
        if draw(st.booleans()):
            record["status"] = "active"
        if draw(st.booleans()):
            record["organization"] = {"id": draw(pick), "name": "Trust", "description": ""}
        else:
            record["organization_id"] = draw(pick)
        record["phones"] = [phone() for _ in range(draw(st.integers(0, 2)))]
        record["schedules"] = [schedule() for _ in range(draw(st.integers(0, 2)))]
        sals = []
        for _ in range(draw(st.integers(0, 3))):
            sal: dict = {"id": draw(pick), "location_id": draw(pick)}
            if draw(st.booleans()):
                sal["location"] = dict(location(), id=sal["location_id"])
            sal["phones"] = [phone() for _ in range(draw(st.integers(0, 1)))]
            sal["schedules"] = [schedule() for _ in range(draw(st.integers(0, 1)))]
            sals.append(sal)
        record["service_at_locations"] = sals
        attributes = []
        for _ in range(draw(st.integers(0, 2))):
            attr: dict = {"id": draw(pick), "taxonomy_term_id": draw(pick)}
            if draw(st.booleans()):
                attr["taxonomy_term"] = {"id": attr["taxonomy_term_id"], "name": "Food"}
            attributes.append(attr)
        record["attributes"] = attributes
        records.append(record)
    return records


@FUZZ
@given(records=shared_shapes())
def test_shared_objects_dangling_references_and_repeats_never_crash(
    vault: Vault, records: list[dict]
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "shapes.json"
        path.write_text(json.dumps(records))
        plan = directory_import.plan_import(vault, path)
        distinct = len({r["id"] for r in records})
        assert plan.total == len(records)
        assert plan.invalid == len(records) - distinct  # only the repeats are refused
        for issue in plan.issues:
            assert issue.file and issue.reason and issue.severity in ("error", "warning")
        _attempt(vault, path)


@FUZZ
@given(records=shared_shapes())
def test_checking_shared_shapes_gives_rows_the_tables_can_hold(records: list[dict]) -> None:
    """Without a vault: per table, no id is given to two different rows."""
    parsed = ParsedFile(source="shapes.json")
    read_json("shapes.json", json.dumps(records).encode(), parsed)
    checked = check_records(parsed)
    for key in ("phones", "schedules", "sals", "attributes"):
        owners: dict[str, str] = {}
        for b in checked.bundles:
            for row in getattr(b, key):
                if key in ("phones", "schedules") and row["service_id"] is None:
                    continue
                assert owners.setdefault(row["id"], b.id) == b.id
