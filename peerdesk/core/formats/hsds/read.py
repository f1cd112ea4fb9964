"""Reading HSDS files: JSON (a service, a list or page of them, an organization with its
services, a service-at-location, tabular JSON), a tabular package (folder, zip or
datapackage.json) or one CSV, into service records with the file and row each part came
from. Older HSDS 1.x/2.x CSV layouts are mapped here. Checks nothing beyond the shape."""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from collections import defaultdict
from functools import lru_cache
from pathlib import Path
from typing import Any

from peerdesk.core.formats.hsds import icarol, schema
from peerdesk.core.formats.hsds.model import (
    DAYS,
    MAX_FILE_BYTES,
    DirectoryImportError,
    Issue,
    Origins,
    ParsedFile,
    gc_paused,
    stable_id,
)
from peerdesk.core.messages import QT_TRANSLATE_NOOP, Message

MAX_TOTAL_BYTES = 500 * 1024 * 1024  # all members of a zip file together
MAX_RATIO = 100  # a zip member that expands more than this is refused (a "zip bomb")
MAX_ENTRIES = 10_000  # an HSDS package has a few dozen tables; more is not a directory
Rows = list[tuple[int, dict[str, Any]]]


class _Source:
    """A folder, a zip file, or a single file, with members looked up by base name."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.zip: zipfile.ZipFile | None = None
        self.members: dict[str, Any] = {}
        if path.is_dir():
            for p in path.iterdir():
                if p.is_file():
                    self.members[p.name.lower()] = p
            if not any(
                n.endswith((".csv", ".json")) and n != "datapackage.json" for n in self.members
            ):
                # A data package written with its tables in a folder (data/services.csv):
                # the tables one or two folders down, by base name as in a zip file.
                for p in sorted(path.glob("*/*")) + sorted(path.glob("*/*/*")):
                    if p.is_file() and p.suffix.lower() in (".csv", ".json"):
                        self.members.setdefault(p.name.lower(), p)
        elif zipfile.is_zipfile(path):
            self.zip = zipfile.ZipFile(path)
            total = 0
            if len(self.zip.infolist()) > MAX_ENTRIES:
                raise DirectoryImportError(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "core",
                            "{name} holds more than {count:,} files, far more than a directory package has; it is not imported.",
                        ),
                        name=path.name,
                        count=MAX_ENTRIES,
                    )
                )
            for info in self.zip.infolist():
                if info.is_dir():
                    continue
                total += info.file_size
                if total > MAX_TOTAL_BYTES:
                    raise DirectoryImportError(
                        Message(
                            QT_TRANSLATE_NOOP(
                                "core", "{name} unpacks to more than 500 MB, too large to import."
                            ),
                            name=path.name,
                        )
                    )
                if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(
                    1, info.compress_size
                ):
                    raise DirectoryImportError(
                        Message(
                            QT_TRANSLATE_NOOP(
                                "core",
                                "{name} holds a file that expands more than {ratio} times; it is not imported (it may be built to fill the disk).",
                            ),
                            name=path.name,
                            ratio=MAX_RATIO,
                        )
                    )
                self.members[info.filename.rsplit("/", 1)[-1].lower()] = info
        else:
            self.members[path.name.lower()] = path

    def read(self, name: str) -> bytes:
        member = self.members[name]
        if self.zip is not None:
            if member.file_size > MAX_FILE_BYTES:
                raise DirectoryImportError(_too_large(name))
            return self.zip.read(member)
        if member.stat().st_size > MAX_FILE_BYTES:
            raise DirectoryImportError(_too_large(name))
        return member.read_bytes()


def _too_large(name: str) -> Message:
    return Message(
        QT_TRANSLATE_NOOP("core", "{name} is too large to import (over 200 MB)."), name=name
    )


def decode(data: bytes, name: str, notes: list[str]) -> str:
    """Text from bytes: UTF-8 (with or without a BOM), UTF-16 with a BOM, else Windows-1252
    (said in the notes). Binary data is refused in one sentence."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise DirectoryImportError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "{name} starts like UTF-16 text but cannot be read as it; nothing was imported.",
                    ),
                    name=name,
                )
            ) from None
    if b"\x00" in data[:8192] or _binary(data[:8192]):
        raise DirectoryImportError(
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "{name} is not a text file (it looks like binary data); HSDS files are JSON or CSV text.",
                ),
                name=name,
            )
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text_ = data.decode("cp1252")
        encoding = "Windows-1252"
    except UnicodeDecodeError:
        text_ = data.decode("latin-1")
        encoding = "Latin-1"
    notes.append(
        Message(
            QT_TRANSLATE_NOOP(
                "core",
                "{name} is not UTF-8; it was read as {encoding} (Western European). Check that accented letters look right.",
            ),
            name=name,
            encoding=encoding,
        )
    )
    return text_


def _binary(sample: bytes) -> bool:
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return control > max(4, len(sample) // 100)


@gc_paused()
def _why_unreadable(exc: BaseException) -> Message:
    """Why a file could not be opened, in the mentor's words (never an exception's name)."""
    if isinstance(exc, zipfile.BadZipFile):
        return Message(QT_TRANSLATE_NOOP("core", "it is not a zip file that can be opened"))
    if isinstance(exc, IsADirectoryError):
        return Message(QT_TRANSLATE_NOOP("core", "it is a folder with no HSDS files in it"))
    if isinstance(exc, PermissionError):
        return Message(QT_TRANSLATE_NOOP("core", "this account may not read it"))
    return Message(QT_TRANSLATE_NOOP("core", "the computer could not read it"))


def read_hsds(path: Path | str) -> ParsedFile:
    """Read HSDS JSON, a tabular package (folder, zip or datapackage.json), or one CSV."""
    path = Path(path)
    if not path.exists():
        raise DirectoryImportError(
            Message(
                QT_TRANSLATE_NOOP("core", "There is no file or folder at {path}."), path=str(path)
            )
        )
    if path.is_file() and path.name.lower() == "datapackage.json":
        path = path.parent
    try:
        source = _Source(path)
    except (OSError, zipfile.BadZipFile) as exc:
        raise DirectoryImportError(
            Message(
                QT_TRANSLATE_NOOP("core", "Cannot open {name} ({error})."),
                name=path.name,
                error=_why_unreadable(exc),
            )
        ) from None
    parsed = ParsedFile(source=path.name)
    csvs = [name for name in source.members if name.endswith(".csv")]
    jsons = [n for n in source.members if n.endswith(".json") and n != "datapackage.json"]
    try:
        if csvs:
            tables = {name: _csv_rows(name, source.read(name), parsed) for name in csvs}
            exports = [n for n, rows in tables.items() if rows and icarol.is_export(_header(rows))]
            known = {n for _kind, names in _TABLES.values() for n in names}
            alone = source.zip is None and path.is_file() and len(csvs) == 1
            if alone and not exports and csvs[0] not in known:
                raise DirectoryImportError(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "core",
                            "{name} is a CSV file, but neither an HSDS table nor a 211 resource "
                            "export, so nothing was imported. Import the HSDS package it came "
                            "with (a folder or zip file holding services.csv, organizations.csv "
                            "and the rest), or the 211's resource export (with ResourceAgencyNum "
                            "and TaxonomyLevelName columns).",
                        ),
                        name=path.name,
                    )
                )
            if exports and not _has_services(tables):
                for name in exports:
                    read_tables(
                        icarol.to_tables(tables[name], parsed.notes), parsed, source_name=name
                    )
            else:
                read_tables(tables, parsed)
        elif jsons:
            for name in sorted(jsons):
                read_json(name, source.read(name), parsed)
        else:
            raise DirectoryImportError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "{name} holds no HSDS data: expected a .json file of services, or CSV files such as services.csv and organizations.csv.",
                    ),
                    name=path.name,
                )
            )
    except OSError as exc:
        raise DirectoryImportError(
            Message(
                QT_TRANSLATE_NOOP("core", "Cannot read {name} ({error})."),
                name=path.name,
                error=_why_unreadable(exc),
            )
        ) from None
    finally:
        if source.zip is not None:
            source.zip.close()
    return parsed


# --- JSON -------------------------------------------------------------------------------------


def read_json(name: str, data: bytes, parsed: ParsedFile) -> None:
    """Add the service records of one HSDS JSON document to ``parsed``: a service, a list
    of them, a page of results (``contents``), an organization with its ``services``, a
    service-at-location with its ``service``, or tabular JSON (``{"services.csv": [...]}``)."""
    text_ = decode(data, name, parsed.notes)
    try:
        doc = json.loads(text_)
    except (json.JSONDecodeError, RecursionError) as exc:
        line = getattr(exc, "lineno", None)
        raise DirectoryImportError(
            Message(
                QT_TRANSLATE_NOOP("core", "{name} is not valid JSON (line {line})."),
                name=name,
                line=line,
            )
            if line
            else Message(QT_TRANSLATE_NOOP("core", "{name} is not valid JSON."), name=name)
        ) from None
    try:  # JSON can spell a lone surrogate (\ud800), which no text column can hold
        json.dumps(doc, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        raise DirectoryImportError(
            Message(QT_TRANSLATE_NOOP("core", "{name} is not valid JSON."), name=name)
        ) from None
    if isinstance(doc, dict) and doc and all(str(k).endswith(".csv") for k in doc):
        tables = {
            str(k).lower(): [
                (i, _clean_cells(row)) for i, row in enumerate(v, 1) if isinstance(row, dict)
            ]
            for k, v in doc.items()
            if isinstance(v, list)
        }
        read_tables(tables, parsed, source_name=name)
        return
    items: list[Any]
    if isinstance(doc, list):
        items = doc
    elif isinstance(doc, dict) and isinstance(doc.get("contents"), list):
        items = doc["contents"]
    elif isinstance(doc, dict) and (wrapped := _page_items(doc)) is not None:
        items = wrapped  # other APIs' pages: "content" (Open Referral UK 1.0), "items", ...
    elif isinstance(doc, dict) and isinstance(doc.get("services"), list) and "id" not in doc:
        items = doc["services"]  # {"services": [...]}: a wrapper, not an organization
    elif isinstance(doc, dict):
        items = [doc]
    else:
        raise DirectoryImportError(
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "{name} is JSON, but not HSDS: expected services (a list, a page with "
                    "'contents', an organization with 'services', or tabular JSON).",
                ),
                name=name,
            )
        )
    skipped: dict[str, int] = defaultdict(int)
    for number, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            parsed.issues.append(
                Issue(
                    name, number, "", Message(QT_TRANSLATE_NOOP("core", "is not a service object"))
                )
            )
            parsed.invalid += 1
            continue
        kind, services = _services_in(item)
        if kind != "service" and not services:
            skipped[kind] += 1
        alone = len(items) == 1 and len(services) > 1  # one organization: row = its service
        for j, service in enumerate(services, start=1):
            parsed.records.append((older_json(service), {(): (name, j if alone else number)}))
    if skipped.get("ohana"):
        raise DirectoryImportError(
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "{name} nests its services inside each organization's locations (the Ohana "
                    "API layout, older than HSDS), so nothing was imported. Ask for an HSDS "
                    "export of the same directory (JSON or a CSV package) and import that.",
                ),
                name=name,
            )
        )
    for kind, count in sorted(skipped.items()):
        parsed.notes.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "{name} holds %n {kind} record(s) without services; the directory lists "
                    "services, so nothing was taken from them.",
                ),
                count,
                name=name,
                kind=KINDS.get(kind, kind),
            )
        )
    if not items and not parsed.records:
        parsed.notes.append(
            Message(QT_TRANSLATE_NOOP("core", "{name} holds no services."), name=name)
        )


_PAGE_KEYS = ("items", "content", "data", "results", "records")


def _page_items(doc: dict[str, Any]) -> list[Any] | None:
    """The records of a page of API results under another key than HSDS's "contents"."""
    for key in _PAGE_KEYS:
        value = doc.get(key)
        if isinstance(value, list) and all(isinstance(v, dict) for v in value):
            return value
    return None


def _services_in(item: dict[str, Any]) -> tuple[str, list[dict[str, Any]]]:
    """The service records one JSON object stands for, and what kind of object it is."""
    if isinstance(item.get("service"), dict):  # a service_at_location with its service
        service = dict(item["service"])
        sal = {k: v for k, v in item.items() if k != "service"}
        sal.setdefault("service_id", service.get("id"))
        existing = service.get("service_at_locations")
        service["service_at_locations"] = [*(existing if isinstance(existing, list) else []), sal]
        return "service_at_location", [service]
    if isinstance(item.get("services"), list):  # an organization with its services
        org = {k: v for k, v in item.items() if k != "services"}
        out = []
        for svc in item["services"]:
            if isinstance(svc, dict):
                svc = dict(svc)
                svc.setdefault("organization", org)
                svc.setdefault("organization_id", org.get("id"))
                out.append(svc)
        return "organization", out
    if _services_in_locations(item):
        return "ohana", []
    kind = _kind_of(item)
    if kind != "service":
        return kind, []
    return "service", [item]


# Fields only one HSDS 3.0 object has: an object with a service's own field is a service; one
# with only an organization's, a location's or a taxonomy's is that (an API's organization
# list need not carry a website, and a taxonomy is a name with a uri and a version).
_SERVICE_ONLY = frozenset(
    {
        "status",
        "accreditations",
        "alert",
        "application_process",
        "assured_date",
        "assurer_email",
        "cost_options",
        "eligibility_description",
        "fees",
        "fees_description",
        "interpretation_services",
        "last_modified",
        "licenses",
        "maximum_age",
        "minimum_age",
        "organization",
        "program",
        "program_id",
        "required_documents",
        "service_areas",
        "service_at_locations",
        "wait_time",
    }
)
_LOCATION_ONLY = frozenset(
    {"location_type", "external_identifier", "external_identifier_type", "transportation"}
)
_TERM_ONLY = frozenset({"code", "taxonomy", "taxonomy_id", "taxonomy_detail", "term_uri"})
_ORGANIZATION_ONLY = frozenset(
    {
        "legal_status",
        "logo",
        "organization_identifiers",
        "parent_organization_id",
        "programs",
        "tax_id",
        "tax_status",
        "website",
        "year_incorporated",
    }
)
_TAXONOMY_FIELDS = frozenset(
    {"id", "name", "description", "uri", "version", "metadata", "taxonomy_terms"}
)
KINDS = {  # what _kind_of returns, as the notes name it
    "location": Message(QT_TRANSLATE_NOOP("core", "location")),
    "taxonomy term": Message(QT_TRANSLATE_NOOP("core", "taxonomy term")),
    "taxonomy": Message(QT_TRANSLATE_NOOP("core", "taxonomy")),
    "organization": Message(QT_TRANSLATE_NOOP("core", "organization")),
    "unrecognised": Message(QT_TRANSLATE_NOOP("core", "unrecognised")),
    "service_at_location": Message(QT_TRANSLATE_NOOP("core", "service at location")),
}


def _services_in_locations(item: dict[str, Any]) -> bool:
    """Services nested in an organization's locations: the Ohana API's layout (which came
    before HSDS), not HSDS, where a location is shared by the services that name it."""
    locations = item.get("locations")
    return isinstance(locations, list) and any(
        isinstance(loc, dict) and ("services" in loc or "services_attributes" in loc)
        for loc in locations
    )


def _kind_of(item: dict[str, Any]) -> str:
    keys = item.keys()
    if not keys.isdisjoint(_SERVICE_ONLY):
        return "service"
    if not keys.isdisjoint(_LOCATION_ONLY):
        return "location"
    if not keys.isdisjoint(_TERM_ONLY):
        return "taxonomy term"
    if not keys.isdisjoint(_ORGANIZATION_ONLY):
        return "organization"
    if keys <= _TAXONOMY_FIELDS and ("uri" in item or "version" in item):
        return "taxonomy"
    if "name" not in item and "id" not in item:
        return "unrecognised"
    return "service"


# --- tabular packages -----------------------------------------------------------------------

# Each HSDS 3.0 table, the object its rows are, and the file names it may have: the HSDS
# 3.0 name first, then singular/plural variants and older HSDS 1.x/2.x names that map cleanly.
_TABLES: dict[str, tuple[str, tuple[str, ...]]] = {
    "services": ("service", ("services.csv", "service.csv")),
    "organizations": ("organization", ("organizations.csv", "organization.csv")),
    "locations": ("location", ("locations.csv", "location.csv")),
    "service_at_locations": (
        "service_at_location",
        (
            "service_at_location.csv",
            "service_at_locations.csv",
            "services_at_location.csv",
            "services_at_locations.csv",
        ),
    ),
    "phones": ("phone", ("phones.csv", "phone.csv")),
    "schedules": (
        "schedule",
        ("schedules.csv", "schedule.csv", "regular_schedules.csv"),
    ),
    "addresses": (
        "address",
        ("addresses.csv", "address.csv", "physical_addresses.csv", "postal_addresses.csv"),
    ),
    "taxonomy_terms": (
        "taxonomy_term",
        ("taxonomy_terms.csv", "taxonomy_term.csv", "taxonomy.csv"),
    ),
    "attributes": (
        "attribute",
        ("attributes.csv", "attribute.csv", "service_attributes.csv", "service_taxonomy.csv"),
    ),
    "service_areas": ("service_area", ("service_areas.csv", "service_area.csv")),
    "languages": ("language", ("language.csv", "languages.csv")),
    "accessibility": (
        "accessibility",
        ("accessibility.csv", "accessibilities.csv", "accessibility_for_disabilities.csv"),
    ),
}
_OLDER_NAMES = {
    "services_at_location.csv",
    "regular_schedules.csv",
    "physical_addresses.csv",
    "postal_addresses.csv",
    "service_taxonomy.csv",
}
_DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAYS = {
    **{d.lower(): d for d in DAYS},
    **{name: code for code, name in zip(DAYS, _DAY_NAMES, strict=True)},
    **{name[:3]: code for code, name in zip(DAYS, _DAY_NAMES, strict=True)},
    **{name[:2]: code for code, name in zip(DAYS, _DAY_NAMES, strict=True)},
    **{str(i): code for i, code in enumerate(DAYS, start=1)},
    "tues": "TU",
    "thur": "TH",
    "thurs": "TH",
    "7": "SU",
    "0": "SU",
}


def _clean_cells(row: dict[Any, Any]) -> dict[str, Any]:
    clean: dict[str, Any] = {}
    for key, value in row.items():
        if key is None:
            continue
        key = str(key).strip().lower()
        if isinstance(value, str):
            value = value.strip()
        if key and value not in (None, ""):
            clean[key] = value
    return clean


def _csv_rows(name: str, data: bytes, parsed: ParsedFile) -> Rows:
    """The rows of one CSV file, each with its line number. A row with fewer or more cells
    than the header is reported and left out (it may be cut off or shifted)."""
    text_ = decode(data, name, parsed.notes)
    out: Rows = []
    first = text_.split("\n", 1)[0]
    delimiter, skipped = ",", 0
    if re.fullmatch(r"sep=.\r?", first):  # Excel's hint line: "sep=;"
        delimiter = first[4]
        text_ = text_.split("\n", 1)[1] if "\n" in text_ else ""
        skipped = 1
    elif "," not in first:  # Excel in many locales writes ";"; some tools write tabs
        delimiter = max((";", "\t", "|"), key=first.count) if first.strip() else ","
        if delimiter not in first:
            delimiter = ","
    reader = csv.reader(io.StringIO(text_, newline=""), delimiter=delimiter)
    try:
        header = [h.strip().lower() for h in next(reader, [])]
        width = len(header)
        unique = len(set(header)) == width
        last = 0
        for cells in reader:
            line = reader.line_num + skipped
            last = line
            if len(cells) == width:
                if unique:  # the header is stripped and lower-cased already: only the cells
                    clean = {
                        k: v
                        for k, cell in zip(header, cells, strict=True)
                        if k and (v := cell.strip())
                    }
                else:  # a repeated column: the last cell of that name counts, even empty
                    clean = _clean_cells(dict(zip(header, cells, strict=True)))
                if clean or any(c.strip() for c in cells):
                    out.append((line, clean))
                continue
            if not any(c.strip() for c in cells):
                continue
            if len(cells) != width:
                fewer = len(cells) < width
                parsed.issues.append(
                    Issue(
                        name,
                        line,
                        "(row)",
                        Message(
                            QT_TRANSLATE_NOOP(
                                "core",
                                "has {cells:,} cells where the header has {width:,} (cut off?); "
                                "the row was left out",
                            )
                            if fewer
                            else QT_TRANSLATE_NOOP(
                                "core",
                                "has {cells:,} cells where the header has {width:,} (an "
                                "unquoted comma?); the row was left out",
                            ),
                            cells=len(cells),
                            width=width,
                        ),
                    )
                )
                continue
    except csv.Error as exc:
        parsed.issues.append(
            Issue(
                name,
                reader.line_num,
                "(row)",
                Message(
                    QT_TRANSLATE_NOOP(
                        "core", "cannot be read as CSV ({error}); the rest of the file was not read"
                    ),
                    error=str(exc)[:60],
                ),
            )
        )
        return out
    if text_ and not text_.endswith(("\n", "\r")) and out and out[-1][0] == last:
        if text_.count('"') % 2:  # a quoted cell never closed: the file was cut inside it
            out.pop()
            parsed.issues.append(
                Issue(
                    name,
                    last,
                    "(row)",
                    Message(
                        QT_TRANSLATE_NOOP(
                            "core", "is cut off inside a quoted cell; the row was left out"
                        )
                    ),
                )
            )
        else:
            parsed.issues.append(
                Issue(
                    name,
                    last,
                    "(row)",
                    Message(
                        QT_TRANSLATE_NOOP(
                            "core",
                            "is the last row and the file does not end with a line break; "
                            "check that it is complete",
                        )
                    ),
                    severity="warning",
                )
            )
    return out


def coerce(row: dict[str, Any], kind: str = "") -> dict[str, Any]:
    """CSV cells of number fields as numbers (a cell that is not one is left for the check).
    ``kind`` names the HSDS object; without it every number field of any object counts."""
    for key in _number_fields(kind).intersection(row):
        value = row[key]
        if isinstance(value, str):
            row[key] = _number(value)
    return row


def _number(value: str) -> Any:
    try:
        number = float(value.replace(",", "")) if re.fullmatch(r"-?[\d,]*\.?\d+", value) else None
    except ValueError:
        number = None
    if number is None:
        return value
    return int(number) if number.is_integer() and "." not in value else number


@lru_cache(maxsize=64)
def _number_fields(kind: str) -> frozenset[str]:
    objs = schema.objects()
    chosen = [objs[kind]] if kind in objs else list(objs.values())
    return frozenset(f.name for obj in chosen for f in obj.fields if f.table_type == "number")


def _header(rows: Rows) -> set[str]:
    return {key for _line, row in rows[:50] for key in row}


def _has_services(tables: dict[str, Rows]) -> bool:
    return any(name in tables for name in _TABLES["services"][1])


def read_tables(tables: dict[str, Rows], parsed: ParsedFile, *, source_name: str = "") -> None:
    """Nest the rows of a tabular package (file name -> rows) into service records."""
    found: dict[str, str] = {}
    for table, (_kind, names) in _TABLES.items():
        for name in names:
            if name in tables:
                found[table] = name
                break
    if "services" not in found:
        raise DirectoryImportError(
            Message(
                QT_TRANSLATE_NOOP(
                    "core", "{name} has no services.csv, so there is nothing to import."
                ),
                name=source_name,
            )
            if source_name
            else Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "This tabular package has no services.csv, so there is nothing to import.",
                )
            )
        )
    rows: dict[str, Rows] = {
        table: [
            (line, older_fields(coerce(dict(row), _TABLES[table][0]), _TABLES[table][0]))
            for line, row in tables[name]
        ]
        for table, name in found.items()
    }
    unread = sorted(set(tables) - set(found.values()))
    if unread:
        parsed.notes.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "core", "Not kept (peerdesk's directory does not hold them): {files}."
                ),
                files=", ".join(unread),
            )
        )
    older = [n for n in found.values() if n in _OLDER_NAMES]
    if older:
        parsed.notes.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "core", "Older HSDS layout recognised ({files}); mapped to HSDS 3.0."
                ),
                files=", ".join(sorted(older)),
            )
        )

    def file_of(table: str) -> str:
        return f"{source_name}:{found[table]}" if source_name else found[table]

    _give_ids(rows, file_of, parsed)

    def first_by_id(table: str) -> dict[str, tuple[int, dict[str, Any]]]:
        """Rows by id; a repeated id is reported and the first row kept."""
        index: dict[str, tuple[int, dict[str, Any]]] = {}
        for line, row in rows.get(table, []):
            key = str(row["id"])
            if key in index:
                parsed.issues.append(
                    Issue(
                        file_of(table),
                        line,
                        "id",
                        Message(
                            QT_TRANSLATE_NOOP(
                                "core", "repeats the id of row {row:,}; the first row is kept"
                            ),
                            row=index[key][0],
                        ),
                        severity="warning",
                    )
                )
                continue
            index[key] = (line, row)
        return index

    def by(table: str, key: str) -> dict[str, Rows]:
        index: dict[str, Rows] = defaultdict(list)
        for line, row in rows.get(table, []):
            if key in row:
                index[str(row[key])].append((line, row))
        return index

    for _line, row in rows.get("organizations", []):
        if "url" in row:  # HSDS 1.x/2.x: an organization's url is its website
            row.setdefault("website", row.pop("url"))
    for _line, row in rows.get("services", []):
        if "fees" in row:  # HSDS 1.x: fees, in 3.0 fees_description
            row.setdefault("fees_description", row["fees"])
    orgs = first_by_id("organizations")
    locations = first_by_id("locations")
    terms = first_by_id("taxonomy_terms")
    addresses = by("addresses", "location_id")
    sals = by("service_at_locations", "service_id")
    phones_s, phones_l = by("phones", "service_id"), by("phones", "location_id")
    sched_s, sched_l = by("schedules", "service_id"), by("schedules", "location_id")
    sched_sal = by("schedules", "service_at_location_id")
    phones_sal = by("phones", "service_at_location_id")
    areas = by("service_areas", "service_id")
    langs_s, langs_l = by("languages", "service_id"), by("languages", "location_id")
    langs_p = by("languages", "phone_id")
    access = by("accessibility", "location_id")

    def phone(prow: dict[str, Any]) -> dict[str, Any]:
        out = dict(prow)
        out["languages"] = [dict(r) for _l, r in langs_p.get(str(prow.get("id")), [])]
        return out

    attr_key = "link_id" if found.get("attributes", "").startswith("attribute") else "service_id"
    attributes = by("attributes", attr_key)
    service_ids = {str(row.get("id")) for _l, row in rows["services"]}
    _report_orphans(rows, found, file_of, service_ids, set(locations), attr_key, parsed)

    schedule = older_schedule

    def location(loc_id: str, origins: Origins, path: tuple[Any, ...]) -> dict[str, Any] | None:
        if loc_id not in locations:
            return None
        line, row = locations[loc_id]
        loc = dict(row)
        origins[path] = (file_of("locations"), line)
        loc.setdefault("location_type", "physical" if addresses.get(loc_id) else "virtual")
        loc["addresses"] = []
        for aline, arow in addresses.get(loc_id, []):
            address = dict(arow)
            address.setdefault("address_type", "physical")
            for old in ("address_3", "address_4"):
                address.pop(old, None)
            key = (*path, "addresses", len(loc["addresses"]))
            origins[key] = (file_of("addresses"), aline)
            loc["addresses"].append(address)
        loc["phones"] = []
        for pline, prow in phones_l.get(loc_id, []):
            if prow.get("service_id") or prow.get("service_at_location_id"):
                continue
            key = (*path, "phones", len(loc["phones"]))
            origins[key] = (file_of("phones"), pline)
            loc["phones"].append(phone(prow))
        loc["schedules"] = []
        for sline, srow in sched_l.get(loc_id, []):
            if srow.get("service_id") or srow.get("service_at_location_id"):
                continue
            key = (*path, "schedules", len(loc["schedules"]))
            origins[key] = (file_of("schedules"), sline)
            loc["schedules"].append(schedule(srow))
        loc["languages"] = []
        for lline, lrow in langs_l.get(loc_id, []):
            if lrow.get("service_id") or lrow.get("phone_id"):
                continue
            key = (*path, "languages", len(loc["languages"]))
            origins[key] = (file_of("languages"), lline)
            loc["languages"].append(dict(lrow))
        loc["accessibility"] = []
        for xline, xrow in access.get(loc_id, []):
            key = (*path, "accessibility", len(loc["accessibility"]))
            origins[key] = (file_of("accessibility"), xline)
            loc["accessibility"].append(dict(xrow))
        return loc

    seen_services: set[str] = set()
    for line, row in rows["services"]:
        origins: Origins = {(): (file_of("services"), line)}
        service = dict(row)
        sid = str(service.get("id") or "")
        if sid in seen_services:
            parsed.records.append((service, origins))  # the check reports the repeat
            continue
        seen_services.add(sid)
        org_id = str(service.get("organization_id") or "")
        if org_id in orgs:
            oline, orow = orgs[org_id]
            service["organization"] = dict(orow)
            origins[("organization",)] = (file_of("organizations"), oline)
        service["phones"] = []
        for pline, prow in phones_s.get(sid, []):
            if prow.get("service_at_location_id"):
                continue  # nested under its service at location below
            origins[("phones", len(service["phones"]))] = (file_of("phones"), pline)
            service["phones"].append(phone(prow))
        service["languages"] = []
        for lline, lrow in langs_s.get(sid, []):
            if lrow.get("phone_id"):
                continue
            origins[("languages", len(service["languages"]))] = (file_of("languages"), lline)
            service["languages"].append(dict(lrow))
        service["schedules"] = []
        for sline, srow in sched_s.get(sid, []):
            if srow.get("service_at_location_id"):
                continue
            origins[("schedules", len(service["schedules"]))] = (file_of("schedules"), sline)
            service["schedules"].append(schedule(srow))
        service["service_at_locations"] = []
        for sline, srow in sals.get(sid, []):
            i = len(service["service_at_locations"])
            sal = dict(srow)
            origins[("service_at_locations", i)] = (file_of("service_at_locations"), sline)
            sal_id = str(sal.get("id"))
            sal["phones"], sal["schedules"] = [], []
            for pline, prow in phones_sal.get(sal_id, []):
                origins[("service_at_locations", i, "phones", len(sal["phones"]))] = (
                    file_of("phones"),
                    pline,
                )
                sal["phones"].append(phone(prow))
            for hline, hrow in sched_sal.get(sal_id, []):
                origins[("service_at_locations", i, "schedules", len(sal["schedules"]))] = (
                    file_of("schedules"),
                    hline,
                )
                sal["schedules"].append(schedule(hrow))
            loc = location(
                str(sal.get("location_id", "")), origins, ("service_at_locations", i, "location")
            )
            if loc is not None:
                sal["location"] = loc
            service["service_at_locations"].append(sal)
        service["service_areas"] = []
        for aline, arow in areas.get(sid, []):
            origins[("service_areas", len(service["service_areas"]))] = (
                file_of("service_areas"),
                aline,
            )
            service["service_areas"].append(dict(arow))
        service["attributes"] = []
        for aline, arow in attributes.get(sid, []):
            attribute = dict(arow)
            if attribute.get("link_entity") not in (None, "service"):
                continue
            if "taxonomy_id" in attribute and "taxonomy_term_id" not in attribute:
                attribute["taxonomy_term_id"] = attribute.pop("taxonomy_id")  # HSDS 2.x
            attribute.pop("service_id", None)
            attribute["link_id"] = sid
            attribute.setdefault("link_entity", "service")
            i = len(service["attributes"])
            term_id = str(attribute.get("taxonomy_term_id"))
            if term_id in terms:
                tline, trow = terms[term_id]
                term = dict(trow)
                if "vocabulary" in term:
                    term.setdefault("taxonomy", term.pop("vocabulary"))
                term.pop("parent_name", None)
                attribute["taxonomy_term"] = term
                origins[("attributes", i, "taxonomy_term")] = (file_of("taxonomy_terms"), tline)
            origins[("attributes", i)] = (file_of("attributes"), aline)
            service["attributes"].append(attribute)
        parsed.records.append((service, origins))


def older_schedule(row: dict[str, Any]) -> dict[str, Any]:
    """A schedule in HSDS 3.0 terms; HSDS 1.x/2.x regular_schedules give a weekday."""
    row = dict(row)
    if "weekday" in row:  # HSDS 1.x/2.x regular_schedules
        day = WEEKDAYS.get(str(row.pop("weekday")).strip().lower().rstrip("."))
        row.setdefault("byday", day or "??")
        row.setdefault("freq", "WEEKLY")
    for old, new in (("start_date", "valid_from"), ("end_date", "valid_to")):
        if old in row:
            row.setdefault(new, row.pop(old))
    if isinstance(row.get("byday"), str):
        row["byday"] = row["byday"].upper().replace(" ", "")
    if isinstance(row.get("freq"), str):
        row["freq"] = row["freq"].upper()
    return row


# HSDS 1.x/2.x (and Open Referral UK 1.0) names of a field HSDS 3.0 renamed: object -> old, new.
_RENAMED = {
    "language": ("language", "name"),
    "service_area": ("service_area", "name"),
    "accessibility": ("accessibility", "description"),
}


def older_fields(row: dict[str, Any], kind: str) -> dict[str, Any]:
    if kind in _RENAMED:
        old, new = _RENAMED[kind]
        if old in row and new not in row:
            row[new] = row.pop(old)
    return row


def older_json(service: dict[str, Any]) -> dict[str, Any]:
    """A service in the nested JSON of HSDS 1.x/2.x or Open Referral UK 1.0, in HSDS 3.0
    terms: regular_schedules, physical/postal addresses, service_taxonomys and the old field
    names of languages, service areas and accessibility."""
    service = dict(service)
    if isinstance(service.get("regular_schedules"), list) and "schedules" not in service:
        service["schedules"] = [
            older_schedule(r) for r in service.pop("regular_schedules") if isinstance(r, dict)
        ]
    if isinstance(service.get("service_taxonomys"), list) and "attributes" not in service:
        service["attributes"] = [
            _older_attribute(r) for r in service.pop("service_taxonomys") if isinstance(r, dict)
        ]
    for key, kind in (("languages", "language"), ("service_areas", "service_area")):
        if isinstance(service.get(key), list):
            service[key] = [
                older_fields(dict(r), kind) if isinstance(r, dict) else r for r in service[key]
            ]
    sals = service.get("service_at_locations")
    if isinstance(sals, list):
        service["service_at_locations"] = [
            dict(sal, location=_older_location(sal["location"]))
            if isinstance(sal, dict) and isinstance(sal.get("location"), dict)
            else sal
            for sal in sals
        ]
    return service


def _older_location(location: dict[str, Any]) -> dict[str, Any]:
    location = dict(location)
    if "addresses" not in location:
        addresses = []
        for key, kind in (("physical_addresses", "physical"), ("postal_addresses", "postal")):
            for address in location.pop(key, None) or []:
                if isinstance(address, dict):
                    addresses.append(dict(address, address_type=address.get("address_type", kind)))
        if addresses:
            location["addresses"] = addresses
    for key, kind in (("languages", "language"), ("accessibility", "accessibility")):
        if isinstance(location.get(key), list):
            location[key] = [
                older_fields(dict(r), kind) if isinstance(r, dict) else r for r in location[key]
            ]
    if isinstance(location.get("regular_schedules"), list) and "schedules" not in location:
        location["schedules"] = [
            older_schedule(r) for r in location.pop("regular_schedules") if isinstance(r, dict)
        ]
    return location


def _older_attribute(link: dict[str, Any]) -> dict[str, Any]:
    """A service_taxonomy link ({"taxonomy": {id, name, vocabulary}}) as an attribute."""
    term = link.get("taxonomy")
    out: dict[str, Any] = {k: v for k, v in link.items() if k not in ("taxonomy", "service_id")}
    if isinstance(term, dict):
        term = dict(term)
        if "vocabulary" in term:
            term.setdefault("taxonomy", term.pop("vocabulary"))
        term.pop("parent_name", None)
        out["taxonomy_term"] = term
        out.setdefault("taxonomy_term_id", term.get("id"))
    return out


def _give_ids(rows: dict[str, Rows], file_of: Any, parsed: ParsedFile) -> None:
    """Rows without an id (common in older layouts) get one made from their file and row,
    so the same file imported again gives the same ids."""
    given = 0
    for table, table_rows in rows.items():
        for line, row in table_rows:
            if "id" not in row:
                row["id"] = stable_id(f"{file_of(table)}:{line}:{row.get('service_id', '')}", table)
                given += 1
    if given:
        parsed.notes.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "%n row(s) had no id (older layouts); each was given one from its file and row.",
                ),
                given,
            )
        )


def _report_orphans(
    rows: dict[str, Rows],
    found: dict[str, str],
    file_of: Any,
    service_ids: set[str],
    location_ids: set[str],
    attr_key: str,
    parsed: ParsedFile,
) -> None:
    """Rows that belong to no service or location in this package are reported, not
    silently dropped."""
    for table, key in (
        ("phones", "service_id"),
        ("schedules", "service_id"),
        ("service_at_locations", "service_id"),
        ("service_areas", "service_id"),
        ("attributes", attr_key),
    ):
        for line, row in rows.get(table, []):
            owner = row.get(key)
            if table == "attributes" and row.get("link_entity") not in (None, "service"):
                continue
            if owner is not None and str(owner) not in service_ids:
                parsed.issues.append(
                    Issue(
                        file_of(table),
                        line,
                        key,
                        Message(
                            QT_TRANSLATE_NOOP(
                                "core",
                                "no service with this id in the package; the row was left out",
                            )
                        ),
                        severity="warning",
                    )
                )
            elif owner is None and table in ("service_at_locations", "attributes"):
                parsed.issues.append(
                    Issue(
                        file_of(table),
                        line,
                        key,
                        Message(QT_TRANSLATE_NOOP("core", "is missing; the row was left out")),
                    )
                )
            elif (
                owner is None
                and table in ("phones", "schedules")
                and not row.get("location_id")
                and not row.get("service_at_location_id")
                and not row.get("organization_id")
                and not row.get("contact_id")
            ):
                parsed.issues.append(
                    Issue(
                        file_of(table),
                        line,
                        key,
                        Message(
                            QT_TRANSLATE_NOOP(
                                "core", "belongs to no service or location; the row was left out"
                            )
                        ),
                        severity="warning",
                    )
                )
    for line, row in rows.get("addresses", []):
        if str(row.get("location_id")) not in location_ids:
            parsed.issues.append(
                Issue(
                    file_of("addresses"),
                    line,
                    "location_id",
                    Message(
                        QT_TRANSLATE_NOOP(
                            "core", "no location with this id in the package; the row was left out"
                        )
                    ),
                    severity="warning",
                )
            )
