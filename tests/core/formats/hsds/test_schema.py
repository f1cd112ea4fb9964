"""The HSDS 3.0 JSON Schemas: what they accept, what they refuse and why (no vault)."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from peerdesk.core.formats.hsds import schema

from .samples import service

CANARY = "Zq9CanaryXylophone"


def test_schema_accepts_a_full_service_record() -> None:
    assert schema.errors("service", service()) == []


@pytest.mark.parametrize(
    ("change", "field", "reason"),
    [
        (lambda r: r.pop("name"), "name", "is required"),
        (lambda r: r.pop("status"), "status", "is required"),
        (lambda r: r.update(status="open"), "status", "must be one of"),
        (lambda r: r.update(email="nobody"), "email", "not a valid email"),
        (lambda r: r.update(url="example.org/food"), "url", "not a valid uri"),
        (lambda r: r.update(minimum_age="twelve"), "minimum_age", "must be a number"),
        (lambda r: r["phones"][0].pop("number"), "phones.0.number", "is required"),
        (lambda r: r["phones"][0].update(extension="12"), "phones.0.extension", "a number"),
        (lambda r: r["schedules"][0].update(freq="DAILY"), "schedules.0.freq", "one of"),
        (lambda r: r["schedules"][0].update(interval="2"), "schedules.0.interval", "a number"),
        (
            lambda r: r["service_at_locations"][0]["location"].update(latitude="north"),
            "service_at_locations.0.location.latitude",
            "must be a number",
        ),
        (
            lambda r: r["service_at_locations"][0]["location"]["addresses"][0].pop("city"),
            "service_at_locations.0.location.addresses.0.city",
            "is required",
        ),
        (lambda r: r["organization"].pop("description"), "organization.description", "required"),
        (lambda r: r.update(id=42), "id", "must be a string"),
        (lambda r: r.update(id="svc-1"), "id", "not a valid uuid"),
    ],
)
def test_schema_rejects_bad_fields_with_a_reason(change, field: str, reason: str) -> None:
    record = service()
    change(record)
    found = schema.errors("service", record)
    assert any(f == field and reason in r for f, r in found), found


def test_official_shapes_and_types_pass() -> None:
    record = service()
    record["phones"][0].update(extension=100, type="any text")  # type has no fixed list
    record["service_at_locations"][0]["location"].update(latitude=100, longitude=101)
    record["schedules"][0].update(opens_at="9am", byday="whenever")  # plain strings in JSON
    record["attributes"] = [{"id": record["id"]}]  # taxonomy_term_id is optional
    assert schema.errors("service", record) == []


def test_strict_checking_refuses_fields_hsds_does_not_define() -> None:
    record = service(favourite=True)
    assert schema.errors("service", record) == []
    assert schema.errors("service", record, strict=True) == [
        ("", "holds fields HSDS does not define")
    ]


def test_every_object_has_its_official_table() -> None:
    tables = {name: obj.table for name, obj in schema.objects().items()}
    assert tables["service_at_location"] == "service_at_location.csv"
    assert tables["service"] == "services.csv" and tables["accessibility"] == "accessibility.csv"
    assert len(tables) == 21


def test_reasons_never_quote_the_value() -> None:
    record = service(email=CANARY)
    assert CANARY not in json.dumps(schema.errors("service", record))


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=6), children, max_size=3)
    ),
    max_leaves=8,
)
PATHS = [
    ("id",),
    ("name",),
    ("url",),
    ("email",),
    ("minimum_age",),
    ("phones", 0, "extension"),
    ("phones", 0),
    ("phones",),
    ("schedules", 0, "freq"),
    ("service_at_locations", 0, "location", "latitude"),
    ("service_at_locations", 0, "location", "addresses", 0, "address_1"),
    ("organization",),
    ("organization", "website"),
]


@settings(max_examples=150, deadline=None)
@given(
    changes=st.lists(st.tuples(st.sampled_from(PATHS), json_values), max_size=4),
    strict=st.booleans(),
)
def test_the_fast_check_agrees_with_the_json_schema_validator(changes, strict: bool) -> None:
    record = service()
    for path, value in changes:
        parent: object = record
        for step in path[:-1]:
            if isinstance(parent, dict) and isinstance(step, str):
                parent = parent.get(step)
            elif isinstance(parent, list) and isinstance(step, int) and step < len(parent):
                parent = parent[step]
            else:
                parent = None
        last = path[-1]
        if (isinstance(parent, dict) and isinstance(last, str)) or (
            isinstance(parent, list) and isinstance(last, int) and last < len(parent)
        ):
            parent[last] = value
    assert schema.problems("service", record, strict=strict) == schema.standard_problems(
        "service", record, strict=strict
    )
