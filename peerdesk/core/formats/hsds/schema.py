"""HSDS 3.0 objects and their JSON Schemas, built from peerdesk's own description of the
specification (resources/hsds/hsds-3.0.json): which fields each object has, their types,
formats and allowed values, which are required, and which objects nest in which."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache, lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from peerdesk.core.messages import QT_TRANSLATE_NOOP, Message

if TYPE_CHECKING:  # jsonschema is imported when a file is first checked, not at start-up
    from jsonschema import Draft202012Validator

HSDS_VERSION = "3.0"
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s]+$")


@dataclass(frozen=True)
class Field:
    name: str
    table_type: str  # string, number, date, time or datetime (the data package's types)
    format: str | None = None  # uuid, email, uri, date-time
    enum: tuple[str, ...] | None = None

    @property
    def json_type(self) -> str:
        return "number" if self.table_type == "number" else "string"


@dataclass(frozen=True)
class HsdsObject:
    name: str
    table: str  # the data package file, e.g. "service_at_location.csv"
    required: tuple[str, ...]  # in JSON
    table_required: tuple[str, ...]  # as a data package row
    fields: tuple[Field, ...]
    nested: dict[str, tuple[str, bool]]  # key -> (object name, is a list)

    def field(self, name: str) -> Field | None:
        for f in self.fields:
            if f.name == name:
                return f
        return None

    @property
    def columns(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)


@lru_cache(maxsize=1)
def objects() -> dict[str, HsdsObject]:
    """Every HSDS 3.0 object by name."""
    raw = json.loads(
        resources.files("peerdesk.resources").joinpath("hsds/hsds-3.0.json").read_text("utf-8")
    )
    out = {}
    for name, spec in raw["objects"].items():
        fields = tuple(
            Field(
                f[0],
                f[1],
                f[2] if len(f) > 2 else None,
                tuple(f[3]) if len(f) > 3 else None,
            )
            for f in spec["fields"]
        )
        nested = {
            key: (target[0], True) if isinstance(target, list) else (target, False)
            for key, target in spec["nested"].items()
        }
        out[name] = HsdsObject(
            name,
            spec["table"],
            tuple(spec["required"]),
            tuple(spec["table_required"]),
            fields,
            nested,
        )
    return out


def json_schema(*, strict: bool = False) -> dict[str, Any]:
    """The JSON Schema (Draft 2020-12) of every object, under $defs. ``strict`` refuses
    properties HSDS does not define (how the specification checks its own examples)."""
    defs: dict[str, Any] = {}
    for name, obj in objects().items():
        props: dict[str, Any] = {}
        for f in obj.fields:
            prop: dict[str, Any] = {"type": f.json_type}
            if f.format:
                prop["format"] = f.format
            if f.enum:
                prop["enum"] = list(f.enum)
            props[f.name] = prop
        for key, (target, many) in obj.nested.items():
            ref = {"$ref": f"#/$defs/{target}"}
            props[key] = {"type": "array", "items": ref} if many else ref
        schema: dict[str, Any] = {"type": "object", "properties": props}
        if obj.required:
            schema["required"] = list(obj.required)
        if strict:
            schema["additionalProperties"] = False
        defs[name] = schema
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$defs": defs}


@cache
def validator(name: str, strict: bool = False) -> Draft202012Validator:
    """A validator for one HSDS object ('service' validates the nested record)."""
    from jsonschema import Draft202012Validator, FormatChecker

    checker = FormatChecker(("uuid", "email", "date"))
    checker.checks("uri")(lambda value: not isinstance(value, str) or bool(_SCHEME.match(value)))
    checker.checks("date-time", raises=ValueError)(_is_datetime)
    root = json_schema(strict=strict)
    schema = {**root, "$ref": f"#/$defs/{name}"}
    return Draft202012Validator(schema, format_checker=checker)


def _is_datetime(value: object) -> bool:
    if not isinstance(value, str):
        return True
    datetime.fromisoformat(value.replace("Z", "+00:00"))
    return "T" in value or " " in value


@dataclass(frozen=True)
class Problem:
    """One schema problem: where (path in the record), why, and, for a missing required
    field, its name (the path is then the object that lacks it)."""

    path: tuple[str | int, ...]
    reason: str
    missing: str | None = None

    @property
    def field(self) -> str:
        parts = [*self.path, self.missing] if self.missing else list(self.path)
        return ".".join(str(p) for p in parts)


def problems(name: str, obj: Any, *, strict: bool = False) -> list[Problem]:
    """Every problem with ``obj`` as an HSDS ``name`` object, in a stable order.

    The same verdicts as ``validator(name, strict)`` (a test holds them together), by a
    direct walk over the object description: about fifty times faster, which matters
    for a directory of ten thousand services."""
    found: list[Problem] = []
    _check(obj, name, (), found, strict)
    return sorted(found, key=lambda p: (p.field, p.reason))


_TYPE_NAMES = {
    "string": "a string",
    "number": "a number",
    "array": "an array",
    "object": "an object",
}


# Why a field fails, for a person (core Messages: the import preview shows them translated).
MUST_BE_OBJECT = Message(QT_TRANSLATE_NOOP("core", "must be an object"))
MUST_BE_ARRAY = Message(QT_TRANSLATE_NOOP("core", "must be an array"))
MUST_BE_NUMBER = Message(QT_TRANSLATE_NOOP("core", "must be a number"))
MUST_BE_STRING = Message(QT_TRANSLATE_NOOP("core", "must be a string"))
MISSING = Message(QT_TRANSLATE_NOOP("core", "is required but missing"))
UNDEFINED_FIELDS = Message(QT_TRANSLATE_NOOP("core", "holds fields HSDS does not define"))


def one_of(values: Any) -> Message:
    """ "must be one of: voice, text, ..." """
    return Message(
        QT_TRANSLATE_NOOP("core", "must be one of: {values}"),
        values=", ".join(str(v) for v in values),
    )


def not_valid(format_name: str) -> Message:
    """ "is not a valid uuid" (the format's name as HSDS spells it)."""
    return Message(QT_TRANSLATE_NOOP("core", "is not a valid {format}"), format=format_name)


def _check(
    obj: Any, kind: str, path: tuple[str | int, ...], out: list[Problem], strict: bool
) -> None:
    if not isinstance(obj, dict):
        out.append(Problem(path, MUST_BE_OBJECT))
        return
    spec = objects()[kind]
    for key in spec.required:
        if key not in obj:
            out.append(Problem(path, MISSING, key))
    fields = _fields(kind)
    plain = _plain_strings(kind)
    extra = False
    for key, value in obj.items():
        if key in plain and isinstance(value, str):
            continue  # a string field with no format or enum: any string will do
        f = fields.get(key)
        if f is not None:
            reasons = _field_reasons(f, value)
            if reasons:
                out.extend(Problem((*path, key), reason) for reason in reasons)
            continue
        nested = spec.nested.get(key)
        if nested is None:
            extra = True
            continue
        child, many = nested
        if not many:
            _check(value, child, (*path, key), out, strict)
        elif not isinstance(value, list):
            out.append(Problem((*path, key), MUST_BE_ARRAY))
        else:
            for i, item in enumerate(value):
                _check(item, child, (*path, key, i), out, strict)
    if extra and strict:
        out.append(Problem(path, UNDEFINED_FIELDS))


@cache
def _fields(kind: str) -> dict[str, Field]:
    return {f.name: f for f in objects()[kind].fields}


@cache
def _plain_strings(kind: str) -> frozenset[str]:
    return frozenset(
        f.name
        for f in objects()[kind].fields
        if f.json_type == "string" and not f.format and f.enum is None
    )


def _field_reasons(f: Field, value: Any) -> list[str]:
    reasons: list[str] = []
    if f.json_type == "number":
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            reasons.append(MUST_BE_NUMBER)
    elif not isinstance(value, str):
        reasons.append(MUST_BE_STRING)
    elif f.format and not _FORMATS[f.format](value):
        reasons.append(not_valid(f.format))
    if f.enum is not None and value not in f.enum:
        reasons.append(one_of(f.enum))
    return reasons


_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def _is_uuid(value: str) -> bool:
    """What the JSON Schema uuid format accepts: 36 characters, hex with four dashes."""
    return bool(_UUID.fullmatch(value))


def _is_date(value: str) -> bool:
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", value))


def _is_datetime_text(value: str) -> bool:
    try:
        return _is_datetime(value)
    except ValueError:
        return False


def format_ok(name: str, value: str) -> bool:
    """Whether ``value`` has the JSON Schema format ``name`` (uuid, email, uri, ...)."""
    return _FORMATS[name](value)


_FORMATS = {
    "uuid": _is_uuid,
    "email": lambda value: "@" in value,
    "uri": lambda value: bool(_SCHEME.match(value)),
    "date-time": _is_datetime_text,
    "date": _is_date,
}


def standard_problems(name: str, obj: Any, *, strict: bool = False) -> list[Problem]:
    """``problems`` by the jsonschema package on the published JSON Schema: slower, and the
    yardstick the fast walk is tested against."""
    found = []
    for err in validator(name, strict).iter_errors(obj):
        path = tuple(err.absolute_path)
        if err.validator == "required":
            missing = err.message.split("'")[1] if "'" in err.message else ""
            found.append(Problem(path, "is required but missing", missing))
        elif err.validator == "additionalProperties":
            found.append(Problem(path, "holds fields HSDS does not define"))
        else:
            found.append(Problem(path, _reason(err)))
    return sorted(found, key=lambda p: (p.field, p.reason))


def errors(name: str, obj: Any, *, strict: bool = False) -> list[tuple[str, str]]:
    """(field path, reason) for each problem, in a stable order; [] when valid."""
    return [(p.field, p.reason) for p in problems(name, obj, strict=strict)]


def _reason(err: Any) -> str:
    """A short reason that never quotes the value (it may be long, or personal)."""
    kind = err.validator
    if kind == "format":
        return f"is not a valid {err.validator_value}"
    if kind == "enum":
        return "must be one of: " + ", ".join(str(v) for v in err.validator_value)
    if kind == "type":
        value = err.validator_value
        names = value if isinstance(value, list) else [value]
        return "must be " + " or ".join(_TYPE_NAMES.get(str(v), str(v)) for v in names)
    return f"fails the '{kind}' check"
