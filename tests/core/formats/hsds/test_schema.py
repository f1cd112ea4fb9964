"""The HSDS 3.0 JSON Schemas: what they accept, what they refuse and why (no vault)."""

from __future__ import annotations

import json

import pytest

from peerdesk.core.formats.hsds import schema

from .samples import service

CANARY = "Zq9CanaryXylophone"


def test_schema_accepts_a_full_service_record() -> None:
    assert schema.errors("service", service()) == []


@pytest.mark.parametrize(
    ("change", "field", "reason"),
    [
        (lambda r: r.pop("name"), "name", "is required"),
        (lambda r: r.update(status="open"), "status", "must be one of"),
        (lambda r: r.update(assured_date="26/11/2026"), "assured_date", "not a valid date"),
        (lambda r: r.update(email="nobody"), "email", "not a valid email"),
        (lambda r: r["phones"][0].update(type="pigeon"), "phones.0.type", "must be one of"),
        (lambda r: r["phones"][0].pop("number"), "phones.0.number", "is required"),
        (lambda r: r["schedules"][0].update(opens_at="9am"), "schedules.0.opens_at", "HH:MM"),
        (lambda r: r["schedules"][0].update(byday="Mondays"), "schedules.0.byday", "days"),
        (
            lambda r: r["service_at_locations"][0]["location"]["addresses"][0].update(
                country="USA"
            ),
            "service_at_locations.0.location.addresses.0.country",
            "2-letter",
        ),
        (lambda r: r.update(id=42), "id", "must be string"),
    ],
)
def test_schema_rejects_bad_fields_with_a_reason(change, field: str, reason: str) -> None:
    record = service()
    change(record)
    found = schema.errors("service", record)
    assert any(f == field and reason in r for f, r in found), found


def test_reasons_never_quote_the_value() -> None:
    record = service(email=CANARY)
    assert CANARY not in json.dumps(schema.errors("service", record))
