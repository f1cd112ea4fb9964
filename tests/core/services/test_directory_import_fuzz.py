"""Hypothesis fuzzing of both importers: they never crash and never write part of a file."""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerdesk.core.formats.hsds import DirectoryImportError
from peerdesk.core.services import directory_import
from peerdesk.core.vault import Vault

from ..formats.hsds.samples import service, tabular
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
