"""HSDS 3.0 JSON Schemas (peerdesk's own rendering, resources/hsds/) and their validators."""

from __future__ import annotations

import json
from functools import cache, lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # jsonschema is imported when a file is first checked, not at start-up
    from jsonschema import Draft202012Validator
    from referencing import Registry

BASE = "https://peerdesk.example.org/hsds/3.0/"
OBJECTS = (
    "service",
    "organization",
    "location",
    "address",
    "phone",
    "schedule",
    "service_at_location",
    "taxonomy_term",
    "attribute",
    "service_area",
)


@lru_cache(maxsize=1)
def _registry() -> tuple[Registry, dict[str, dict[str, Any]]]:
    from referencing import Registry, Resource

    folder = resources.files("peerdesk.resources").joinpath("hsds")
    schemas = {
        name: json.loads(folder.joinpath(f"{name}.json").read_text("utf-8")) for name in OBJECTS
    }
    registry: Registry = Registry().with_resources(
        (schema["$id"], Resource.from_contents(schema)) for schema in schemas.values()
    )
    return registry, schemas


@cache
def validator(name: str) -> Draft202012Validator:
    """A validator for one HSDS object ('service' validates the nested record)."""
    from jsonschema import Draft202012Validator

    registry, schemas = _registry()
    return Draft202012Validator(
        schemas[name], registry=registry, format_checker=Draft202012Validator.FORMAT_CHECKER
    )


def errors(name: str, obj: Any) -> list[tuple[str, str]]:
    """(field path, reason) for each problem, in a stable order; [] when valid."""
    found = []
    for err in validator(name).iter_errors(obj):
        path = ".".join(str(p) for p in err.absolute_path)
        if err.validator == "required":
            missing = err.message.split("'")[1] if "'" in err.message else ""
            path = f"{path}.{missing}" if path else missing
            reason = "is required but missing"
        else:
            reason = _reason(err)
        found.append((path, reason))
    return sorted(found)


def _reason(err: Any) -> str:
    """A short reason that never quotes the value (it may be long, or personal)."""
    kind = err.validator
    schema = err.schema if isinstance(err.schema, dict) else {}
    if kind == "format":
        return f"is not a valid {err.validator_value}"
    if kind == "enum":
        return "must be one of: " + ", ".join(str(v) for v in err.validator_value)
    if kind == "type":
        value = err.validator_value
        return "must be " + (" or ".join(value) if isinstance(value, list) else str(value))
    if kind == "pattern":
        return schema.get("description", "does not have the expected form")
    if kind in ("minLength",):
        return "must not be empty"
    if kind in ("maxLength",):
        return f"is longer than {err.validator_value} characters"
    if kind in ("minimum", "maximum"):
        return f"is out of range ({kind} {err.validator_value})"
    return f"fails the '{kind}' check"
