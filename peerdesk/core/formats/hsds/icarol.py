"""211 resource exports: the flat CSV that iCarol (and 211s that follow its columns) writes,
one row per agency, site or program, with its addresses, up to five phones, hours as text,
languages and eligibility in the row. Mapped here to HSDS 3.0 tables, which read.py nests
and check.py checks like any other package.

Program and site rows are services under the agency row they name (ParentAgencyNum); an
agency with no program or site row in the file is a service of its own. Every column that is
not mapped is named in the notes, never silently dropped; internal notes and staff contacts
are among them and are never imported. A row the 211 marked "exclude from directory" (often a
confidential shelter) is left out, and the notes say how many.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from peerdesk.core.messages import QT_TRANSLATE_NOOP, Message

Rows = list[tuple[int, dict[str, Any]]]

# Columns (lower-cased) that mark the export: the record number and the level of the row.
SIGNATURE = frozenset({"resourceagencynum", "taxonomylevelname"})

_PHONES: tuple[tuple[str, str, str], ...] = (  # column, its label column or label, type
    ("phone1number", "phone1name", "voice"),
    ("phone2number", "phone2name", "voice"),
    ("phone3number", "phone3name", "voice"),
    ("phone4number", "phone4name", "voice"),
    ("phone5number", "phone5description", "voice"),
    ("phonetollfree", "=Toll free", "voice"),
    ("phonenumberhotline", "=Hotline", "voice"),
    ("phonenumberbusinessline", "=Business line", "voice"),
    ("phonenumberoutofarea", "=Out of area", "voice"),
    ("phonenumberafterhours", "=After hours", "voice"),
    ("phonefax", "=Fax", "fax"),
    ("phonetty", "=TTY", "textphone"),
)
_ADDRESSES: tuple[tuple[str, str], ...] = (("physical", "physical"), ("mailing", "postal"))
_ADDRESS_PARTS = (
    "address1",
    "address2",
    "city",
    "county",
    "stateprovince",
    "postalcode",
    "country",
)
_COUNTRIES = {
    "united states": "US",
    "united states of america": "US",
    "usa": "US",
    "us": "US",
    "canada": "CA",
    "ca": "CA",
}
# Every column this module reads, so the rest can be named as not kept.
_USED = frozenset(
    {
        "resourceagencynum",
        "taxonomylevelname",
        "parentagencynum",
        "parentagency",
        "publicname",
        "officialname",
        "alternatename",
        "mailingattentionname",
        "agencydescription",
        "websiteaddress",
        "emailaddressmain",
        "agencystatus",
        "eligibility",
        "applicationprocess",
        "feestructuresource",
        "languagesoffered",
        "hoursofoperation",
        "coveragearea",
        "coverageareatext",
        "disabilitiesaccess",
        "latitude",
        "longitude",
        "excludefromdirectory",
        "taxonomycodes",
        "taxonomyterm",
    }
    | {c for c, _label, _t in _PHONES}
    | {label for _c, label, _t in _PHONES if not label.startswith("=")}
    | {f"{prefix}{part}" for prefix, _t in _ADDRESSES for part in _ADDRESS_PARTS}
)
_BLANK = {"-1", "n/a", "none", "null"}
_CODE = re.compile(r"^[A-Z]{1,2}(-\d{4}(\.\d{3,4}){0,3}(-\d{3,4})?)?$")


def is_export(header: set[str]) -> bool:
    return header >= SIGNATURE


def _cell(row: dict[str, Any], key: str) -> str:
    value = str(row.get(key) or "").strip()
    return "" if value.lower() in _BLANK else value


def to_tables(rows: Rows, notes: list[str]) -> dict[str, Rows]:
    """HSDS 3.0 tables (file name -> rows, each with the export's own line number)."""
    out: dict[str, Rows] = {
        name: []
        for name in (
            "services.csv",
            "organizations.csv",
            "locations.csv",
            "addresses.csv",
            "phones.csv",
            "schedules.csv",
            "languages.csv",
            "service_at_location.csv",
            "service_areas.csv",
            "accessibility.csv",
            "taxonomy_terms.csv",
            "attributes.csv",
        )
    }
    excluded = 0
    has_children = {
        _cell(row, "parentagencynum")
        for _line, row in rows
        if _cell(row, "taxonomylevelname").lower() != "agency"
    }
    agencies = set()
    for line, row in rows:
        num = _cell(row, "resourceagencynum")
        if _cell(row, "taxonomylevelname").lower() == "agency" and num:
            agencies.add(num)
            out["organizations.csv"].append(
                (
                    line,
                    _drop_empty(
                        {
                            "id": f"agency-{num}",
                            "name": _name(row),
                            "alternate_name": _cell(row, "alternatename"),
                            "description": _cell(row, "agencydescription") or _name(row),
                            "website": _cell(row, "websiteaddress"),
                            "email": _cell(row, "emailaddressmain"),
                        }
                    ),
                )
            )
    unused: Counter[str] = Counter()
    terms: dict[str, str] = {}
    for line, row in rows:
        for key in row:
            if key not in _USED and _cell(row, key):
                unused[key] += 1
        num = _cell(row, "resourceagencynum")
        level = _cell(row, "taxonomylevelname").lower()
        if level == "agency" and num in has_children:
            continue  # listed as the organization of its programs
        if _cell(row, "excludefromdirectory").lower() in ("yes", "true", "1", "y"):
            excluded += 1
            continue
        sid = f"resource-{num}" if num else ""
        parent = _cell(row, "parentagencynum")
        org = f"agency-{num}" if level == "agency" else f"agency-{parent}" if parent else ""
        status = _cell(row, "agencystatus").lower()
        out["services.csv"].append(
            (
                line,
                _drop_empty(
                    {
                        "id": sid,
                        "organization_id": org if org[7:] in agencies else "",
                        "name": _name(row),
                        "alternate_name": _cell(row, "alternatename"),
                        "description": _cell(row, "agencydescription"),
                        "url": _cell(row, "websiteaddress"),
                        "email": _cell(row, "emailaddressmain"),
                        "status": status if status in ("active", "inactive") else "",
                        "eligibility_description": _cell(row, "eligibility"),
                        "application_process": _cell(row, "applicationprocess"),
                        "fees_description": _cell(row, "feestructuresource"),
                    }
                ),
            )
        )
        if not sid:
            continue  # the check refuses it (no id); nothing hangs off it
        lid = f"site-{num}"
        address_rows = []
        for prefix, kind in _ADDRESSES:
            address = _drop_empty(
                {
                    "id": f"{prefix}-{num}",
                    "location_id": lid,
                    "address_1": _cell(row, f"{prefix}address1"),
                    "address_2": _cell(row, f"{prefix}address2"),
                    "city": _cell(row, f"{prefix}city"),
                    "region": _cell(row, f"{prefix}county"),
                    "state_province": _cell(row, f"{prefix}stateprovince"),
                    "postal_code": _cell(row, f"{prefix}postalcode"),
                    "country": _country(_cell(row, f"{prefix}country")),
                    "address_type": kind,
                }
            )
            if "address_1" in address or "city" in address:
                address_rows.append((line, address))
        lat, lon = _cell(row, "latitude"), _cell(row, "longitude")
        access = _cell(row, "disabilitiesaccess")
        if address_rows or (lat and lon):
            out["locations.csv"].append(
                (
                    line,
                    _drop_empty(
                        {
                            "id": lid,
                            "name": _name(row),
                            "location_type": "physical" if address_rows else "virtual",
                            "latitude": lat,
                            "longitude": lon,
                        }
                    ),
                )
            )
            out["addresses.csv"].extend(address_rows)
            out["service_at_location.csv"].append(
                (line, {"id": f"at-{num}", "service_id": sid, "location_id": lid})
            )
            if access:
                out["accessibility.csv"].append(
                    (line, {"id": f"access-{num}", "location_id": lid, "description": access})
                )
        for i, (column, label, kind) in enumerate(_PHONES):
            number = _cell(row, column)
            if not number:
                continue
            description = label[1:] if label.startswith("=") else _cell(row, label)
            out["phones.csv"].append(
                (
                    line,
                    _drop_empty(
                        {
                            "id": f"phone-{num}-{i}",
                            "service_id": sid,
                            "number": number,
                            "type": kind,
                            "description": description,
                        }
                    ),
                )
            )
        hours = _cell(row, "hoursofoperation")
        if hours:
            out["schedules.csv"].append(
                (line, {"id": f"hours-{num}", "service_id": sid, "description": hours})
            )
        for j, language in enumerate(_split(_cell(row, "languagesoffered"))):
            out["languages.csv"].append(
                (line, {"id": f"lang-{num}-{j}", "service_id": sid, "name": language})
            )
        area = _cell(row, "coverageareatext") or _cell(row, "coveragearea")
        if area:
            out["service_areas.csv"].append(
                (line, {"id": f"area-{num}", "service_id": sid, "name": area[:200]})
            )
        names = _split(_cell(row, "taxonomyterm"))
        codes = [c.strip() for c in re.split(r"[;*]", _cell(row, "taxonomycodes")) if c.strip()]
        codes = [c for c in dict.fromkeys(codes) if _CODE.match(c)]
        for k, code in enumerate(codes):
            if code not in terms:
                terms[code] = names[k] if len(names) == len(codes) else code
            out["attributes.csv"].append(
                (
                    line,
                    {
                        "id": f"attr-{num}-{k}",
                        "link_id": sid,
                        "link_entity": "service",
                        "taxonomy_term_id": f"airs-{code}",
                    },
                )
            )
    for k, (code, name) in enumerate(terms.items()):
        out["taxonomy_terms.csv"].append(
            (
                k + 1,
                {
                    "id": f"airs-{code}",
                    "code": code,
                    "name": name,
                    "description": name,
                    "taxonomy": "AIRS/211 LA County",
                },
            )
        )
    notes.append(
        Message(
            QT_TRANSLATE_NOOP(
                "core",
                "A 211 resource export (one row per agency, site or program) was recognised; "
                "mapped to HSDS 3.0.",
            )
        )
    )
    if excluded:
        notes.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Left out, as the 211 marked them 'exclude from directory' (often "
                    "confidential, such as shelters): %n record(s).",
                ),
                excluded,
            )
        )
    if unused:
        notes.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Columns not kept (peerdesk's directory does not hold them; internal notes "
                    "and staff contacts are never imported): {columns}.",
                ),
                columns=", ".join(f"{count:,}× {key}" for key, count in sorted(unused.items())),
            )
        )
    return {name: table for name, table in out.items() if table}


def _name(row: dict[str, Any]) -> str:
    for key in ("publicname", "officialname", "alternatename", "mailingattentionname"):
        if value := _cell(row, key):
            return value
    return ""


def _split(text: str) -> list[str]:
    return [part.strip() for part in re.split(r"[;,]", text) if part.strip()]


def _country(text: str) -> str:
    if len(text) == 2 and text.isalpha():
        return text.upper()
    return _COUNTRIES.get(text.lower(), "")


def _drop_empty(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if v not in ("", None)}
