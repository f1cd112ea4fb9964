"""Importing and exporting the resource directory as HSDS 3.0: plan an import against the
vault (what is new, updated, unchanged or refused), apply it in one transaction with its
audit entry, and export the directory as JSON or a tabular data package.

Reading and checking files, and building the export, are pure (peerdesk.core.formats.hsds);
this module is the vault side. Exports never hold mentees, referrals, favourites or notes.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from operator import itemgetter
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, select, text, update
from sqlalchemy.orm import Session

from peerdesk.core.db import CACHE_KIB, IN_JSON
from peerdesk.core.errors import ValidationError
from peerdesk.core.formats import hsds
from peerdesk.core.formats.hsds import Bundle, Issue, ParsedFile, Progress
from peerdesk.core.messages import QT_TRANSLATE_NOOP, Message
from peerdesk.core.models import (
    DirAccessibility,
    DirAddress,
    DirLanguage,
    DirLocation,
    DirOrganization,
    DirPhone,
    DirSchedule,
    DirService,
    DirServiceArea,
    DirServiceAtLocation,
    DirServiceAttribute,
    DirTaxonomyTerm,
)
from peerdesk.core.services import audit, directory_index
from peerdesk.core.vault import Vault
from peerdesk.core.vault.files import atomic_write, make_private_dir, storage_error

MAX_ISSUES = 10_000  # kept in full; the count of the rest is still reported
FORMATS = hsds.FORMATS
_CHILD_TABLES: tuple[tuple[str, Any], ...] = (
    ("phones", DirPhone),
    ("schedules", DirSchedule),
    ("sals", DirServiceAtLocation),
    ("attributes", DirServiceAttribute),
    ("addresses", DirAddress),
    ("service_areas", DirServiceArea),
    ("languages", DirLanguage),
    ("accessibility", DirAccessibility),
)


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)


@dataclass
class ImportPlan:
    """What an import would do. ``bundles`` holds only the records that passed every check."""

    source: str
    bundles: list[Bundle] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    invalid: int = 0
    left_out: int = 0  # warnings: parts of imported services that will not be kept
    not_kept: dict[str, int] = field(default_factory=dict)  # "contact.name" -> how many
    issues_dropped: int = 0

    @property
    def total(self) -> int:
        return self.new + self.updated + self.unchanged + self.invalid

    @property
    def to_write(self) -> int:
        return self.new + self.updated

    def summary(self) -> str:
        """ "2 services read: 1 new, 1 updated, 0 unchanged, 0 with problems": a core
        Message (the import preview shows it in the mentor's language)."""
        head = Message(
            QT_TRANSLATE_NOOP("core", "{count} service read")
            if self.total == 1
            else QT_TRANSLATE_NOOP("core", "{count} services read"),
            count=f"{self.total:,}",
        )
        text = Message(
            QT_TRANSLATE_NOOP(
                "core",
                "{read}: {new} new, {updated} updated, {unchanged} unchanged, "
                "{invalid} with problems",
            ),
            read=head,
            new=f"{self.new:,}",
            updated=f"{self.updated:,}",
            unchanged=f"{self.unchanged:,}",
            invalid=f"{self.invalid:,}",
        )
        if not self.left_out:
            return text
        return Message(
            QT_TRANSLATE_NOOP("core", "{summary}; {count} parts left out (listed below)"),
            summary=text,
            count=f"{self.left_out:,}",
        )


@hsds.gc_paused()
def plan_import(
    vault: Vault,
    parsed: ParsedFile | Path | str,
    *,
    region_hint: str = "",
    progress: Progress | None = None,
) -> ImportPlan:
    """Check every record and compare it with the vault. Writes nothing."""
    if not isinstance(parsed, ParsedFile):
        parsed = hsds.read_hsds(parsed)
    with vault.session() as s:
        known_orgs = set(s.scalars(select(DirOrganization.id)))
        known_locations = set(s.scalars(select(DirLocation.id)))
        known_terms = set(s.scalars(select(DirTaxonomyTerm.id)))
    checked = hsds.check_records(
        parsed,
        known_organizations=known_orgs,
        known_locations=known_locations,
        known_terms=known_terms,
        region_hint=region_hint,
        progress=progress,
    )
    plan = ImportPlan(
        source=parsed.source,
        notes=checked.notes,
        invalid=checked.invalid,
        left_out=checked.warnings,
        not_kept=dict(checked.not_kept),
    )
    existing = _existing_signatures(vault, [b.id for b in checked.bundles])
    for b in checked.bundles:
        old = existing.get(b.id)
        if old is None:
            plan.new += 1
            plan.bundles.append(b)
        elif old != b.signature():
            plan.updated += 1
            plan.bundles.append(b)
        else:
            plan.unchanged += 1
    plan.issues = checked.issues[:MAX_ISSUES]
    plan.issues_dropped = max(0, len(checked.issues) - MAX_ISSUES)
    if progress:
        total = len(parsed.records)
        progress(total, total * 2)
    return plan


@hsds.gc_paused()
def _existing_signatures(vault: Vault, ids: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    with vault.session() as s:
        present = _present(s, DirService, ids)
        if not present:
            return out
        for bundle in _load_bundles(s, sorted(present)):
            out[bundle.id] = bundle.signature()
    return out


@hsds.gc_paused()
def apply_import(
    vault: Vault,
    plan: ImportPlan,
    *,
    source_label: str | None = None,
    sources: dict[str, str] | None = None,
    progress: Progress | None = None,
) -> int:
    """Write the plan's valid records in one transaction; return how many services were written.

    Dedup by HSDS id: a service already in the directory is replaced by the imported one,
    keeping the mentor's favourite and notes on it (and every referral to it). ``sources``
    gives some services a source of their own (the seed lines' web pages).
    """
    bundles = plan.bundles
    total = len(bundles)
    label = source_label if source_label is not None else f"Imported from {plan.source}"
    now = _now()
    with vault.session() as s:
        # Random UUID keys touch pages all over each index; a larger page cache for this
        # one transaction keeps SQLCipher from re-encrypting spilled pages (3x faster).
        s.execute(text("PRAGMA cache_size = -131072"))
        ids = [b.id for b in bundles]
        existing = _present(s, DirService, ids)
        orgs = _first(
            {b.organization["id"]: b.organization} if b.organization else {} for b in bundles
        )
        locations = _first({loc["id"]: loc for loc in b.locations} for b in bundles)
        terms = _first({t["id"]: t for t in b.terms} for b in bundles)
        org_ids = set(orgs) | _present(
            s,
            DirOrganization,
            [loc["organization_id"] for loc in locations.values() if loc["organization_id"]],
        )
        for loc in locations.values():
            if loc["organization_id"] not in org_ids:
                loc["organization_id"] = None  # checked already; never a broken reference
        # The search index's triggers fire once per written row, and under SQLCipher's
        # memory security each firing costs about 0.1 ms: 10,000 services write 80,000 rows.
        # Inside this transaction they are set aside, every service the import may touch is
        # listed for re-indexing at the end, and they are put back (all or nothing).
        saved_triggers = directory_index.suspend_triggers(s)
        _upsert(s, DirOrganization, orgs)
        known_locations = _upsert(s, DirLocation, locations)
        _upsert(s, DirTaxonomyTerm, terms)
        by_location: tuple[Any, ...] = (
            DirAddress,
            DirPhone,
            DirSchedule,
            DirLanguage,
            DirAccessibility,
        )
        by_service: tuple[Any, ...] = (
            DirPhone,
            DirSchedule,
            DirServiceAtLocation,
            DirServiceAttribute,
            DirServiceArea,
            DirLanguage,
        )
        # Rows replaced by id may have belonged to other services or places: those are
        # re-indexed too.
        conn = s.connection()
        touched_services: set[str] = set(ids)
        touched_locations: set[str] = set(locations)
        replaced: dict[str, list[str]] = {}  # table -> ids of rows the import replaces
        for key, model in _CHILD_TABLES:
            name = _table(model).name
            child_ids = sorted({row["id"] for b in bundles for row in getattr(b, key)})
            cols = [c for c in ("service_id", "location_id") if hasattr(model, c)]
            replaced[name] = []
            if not child_ids:
                continue
            for found_id, *found in conn.exec_driver_sql(
                f"SELECT id, {', '.join(cols)} FROM {name} WHERE id {IN_JSON}",
                (json.dumps(child_ids),),
            ).all():
                replaced[name].append(found_id)
                for col, value in zip(cols, found, strict=True):
                    if value:
                        (touched_services if col == "service_id" else touched_locations).add(value)
        # What the places and services already in the directory held goes (new ones hold
        # nothing yet: every child row's service and place is a foreign key).
        for column, keys, models in (
            ("location_id", sorted(known_locations), by_location),
            ("service_id", sorted(existing), by_service),
        ):
            if keys:
                for model in models:
                    conn.exec_driver_sql(
                        f"DELETE FROM {_table(model).name} WHERE {column} {IN_JSON}",
                        (json.dumps(keys),),
                    )
        for name, found_ids in replaced.items():
            if found_ids:
                conn.exec_driver_sql(
                    f"DELETE FROM {name} WHERE id {IN_JSON}", (json.dumps(found_ids),)
                )
        new_rows = []
        for done, b in enumerate(bundles, start=1):
            row = dict(b.service, updated_at=now)
            source = (sources or {}).get(b.id, label)
            if b.id in existing:
                s.execute(
                    update(DirService).where(DirService.id == b.id).values(**row, source=source)
                )
            else:
                new_rows.append(dict(row, favourite=False, notes="", source=source))
            if progress and (done % 500 == 0 or done == total):
                progress(total + done // 2, total * 2)
        if new_rows:
            _insert(s, DirService, new_rows)
        location_ids = set(locations) | _present(
            s, DirLocation, [sal["location_id"] for b in bundles for sal in b.sals]
        )
        term_ids = set(terms) | _present(
            s, DirTaxonomyTerm, [a["taxonomy_term_id"] for b in bundles for a in b.attributes]
        )
        # Services at locations first: phones and schedules may belong to one of them.
        sal_ids: set[str] = set()
        for key, model in sorted(_CHILD_TABLES, key=lambda t: t[0] != "sals"):
            rows = list(_first({r["id"]: r for r in getattr(b, key)} for b in bundles).values())
            if key in ("phones", "schedules"):
                # A reference to a place or service-at-location that is not there is dropped
                # (the row stays with what it does belong to), never a broken foreign key.
                rows = [
                    dict(
                        r,
                        location_id=r.get("location_id") if r.get("location_id") in location_ids
                        else None,
                        service_at_location_id=r.get("service_at_location_id")
                        if r.get("service_at_location_id") in sal_ids
                        else None,
                    )
                    for r in rows
                ]  # fmt: skip
            if key in ("sals", "addresses", "phones", "schedules", "accessibility"):
                rows = [
                    r
                    for r in rows
                    if (r.get("service_id") and key != "sals")
                    or r["location_id"] in location_ids
                    or (key in ("phones", "schedules") and r["service_at_location_id"])
                ]
            if key == "sals":
                sal_ids = {r["id"] for r in rows} | _present(
                    s,
                    DirServiceAtLocation,
                    [p["service_at_location_id"] for b in bundles for p in b.phones + b.schedules
                     if p.get("service_at_location_id")],
                )  # fmt: skip
            elif key == "languages":
                rows = [
                    r
                    for r in rows
                    if r["service_id"] or r["phone_id"] or r["location_id"] in location_ids
                ]
            elif key == "attributes":
                rows = [r for r in rows if r["taxonomy_term_id"] in term_ids]
            if rows:
                _insert(s, model, rows)
        touched_locations |= {r["location_id"] for b in bundles for r in b.addresses}
        touched_locations |= {
            r["location_id"]
            for b in bundles
            for r in b.phones + b.schedules  # a place's hours are in its services' rows
            if r.get("location_id")
        }
        directory_index.mark_dirty(
            s,
            services=touched_services,
            organizations=set(orgs),
            locations=touched_locations,
            terms=set(terms),
        )
        directory_index.restore_triggers(s, saved_triggers)
        directory_index.refresh(s)  # the search index, in the same transaction
        s.execute(text(f"PRAGMA cache_size = -{CACHE_KIB}"))  # back to the usual size
        audit.record(
            s,
            kind="imported",
            entity="directory",
            detail={
                "format": "hsds",
                "new": plan.new,
                "updated": plan.updated,
                "skipped": plan.invalid,
            },
        )
    if progress:
        progress(total * 2, total * 2)
    return total


def _table(model: Any) -> Table:
    """The Core table under a model: executemany inserts skip the ORM's per-row work."""
    table: Table = model.__table__
    return table


def _insert(s: Session, model: Any, rows: list[dict[str, Any]]) -> None:
    """Insert many rows of one shape (the keys of the first) as plain tuples: the column
    types' own conversions (dates, times, JSON) and the columns' plain defaults, without
    SQLAlchemy's per-row parameter work (a third of an import's time at 10,000 services).
    A column with a computed default falls back to SQLAlchemy's insert."""
    table = _table(model)
    given = rows[0].keys()
    columns = [c for c in table.columns if c.key in given]
    defaults = []
    for c in table.columns:
        if c.key in given or c.default is None:
            continue
        if not c.default.is_scalar:
            s.execute(table.insert(), rows)
            return
        defaults.append((c, cast(Any, c.default).arg))
    dialect = s.get_bind().dialect
    procs = [c.type.dialect_impl(dialect).bind_processor(dialect) for c in columns]
    fixed = tuple(
        value if proc is None else proc(value)
        for c, value in defaults
        for proc in [c.type.dialect_impl(dialect).bind_processor(dialect)]
    )
    names = [c.name for c in columns] + [c.name for c, _v in defaults]
    keys = [c.key for c in columns]
    converted = [(i, proc) for i, proc in enumerate(procs) if proc is not None]
    if len(keys) == 1:
        only = keys[0]
        picked: list[tuple[Any, ...]] = [(row[only],) for row in rows]
    else:
        pick = itemgetter(*keys)  # a row's values in column order, in C
        picked = [pick(row) for row in rows]
    if converted:
        values = []
        for row_values in picked:
            items = list(row_values)
            for i, proc in converted:
                items[i] = proc(items[i])
            values.append(tuple(items) + fixed)
    else:
        values = [row_values + fixed for row_values in picked]
    s.connection().exec_driver_sql(
        f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
        values,
    )


def _first(groups: Iterable[dict[str, dict[str, Any]]]) -> dict[str, dict[str, Any]]:
    """Rows by id over all bundles; where two bundles hold the same id, the first one's."""
    out: dict[str, dict[str, Any]] = {}
    for group in groups:
        for key, row in group.items():
            out.setdefault(key, row)
    return out


def _present(s: Session, model: Any, ids: Iterable[str]) -> set[str]:
    """Which of these ids the directory already holds."""
    wanted = sorted(set(ids))
    if not wanted:
        return set()
    return {
        found
        for (found,) in s.connection()
        .exec_driver_sql(
            f"SELECT id FROM {_table(model).name} WHERE id {IN_JSON}", (json.dumps(wanted),)
        )
        .all()
    }


def _upsert(s: Session, model: Any, rows: dict[str, dict[str, Any]]) -> set[str]:
    """Insert these rows, or update those whose id is there already; returns those ids."""
    present = _present(s, model, rows)
    fresh = [row for key, row in rows.items() if key not in present]
    if fresh:
        _insert(s, model, fresh)
    for key in present:
        s.execute(update(model).where(model.id == key).values(**rows[key]))
    return present


# --- reading the directory back ---------------------------------------------------------------

_LOCAL = ("favourite", "notes", "source", "updated_at")


def _select(
    s: Session, model: Any, where: str = "", keys: Iterable[str] = (), order: str = ""
) -> list[dict[str, Any]]:
    """Rows of one table as dicts by column key, with the column types' own conversions
    (dates, times), where ``where`` (a column) is one of ``keys`` (one JSON parameter):
    what loading the ORM objects gave, without building ten thousand of them."""
    table = _table(model)
    dialect = s.get_bind().dialect
    columns = list(table.columns)
    converted = [
        (i, proc)
        for i, c in enumerate(columns)
        if (proc := c.type.dialect_impl(dialect).result_processor(dialect, None)) is not None
    ]
    sql = f"SELECT {', '.join(c.name for c in columns)} FROM {table.name}"
    params: tuple[Any, ...] = ()
    if where:
        sql += f" WHERE {where} {IN_JSON}"
        params = (json.dumps(sorted(set(keys))),)
    if order:
        sql += f" ORDER BY {order}"
    names = [c.key for c in columns]
    out = []
    for values in s.connection().exec_driver_sql(sql, params).all():
        items = list(values)
        for i, proc in converted:
            items[i] = proc(items[i])
        out.append(dict(zip(names, items, strict=True)))
    return out


def _load_bundles(s: Session, ids: list[str] | None = None) -> list[Bundle]:
    """Bundles for these services (all when None), in the shape an import produces."""
    if ids is None:
        services = _select(s, DirService, order="name, id")
    else:
        services = _select(s, DirService, "id", ids, order="name, id")
    sids = [svc["id"] for svc in services]

    def by_service(model: Any) -> dict[str, list[dict[str, Any]]]:
        out: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for row in _select(s, model, "service_id", sids):
            out[row["service_id"]].append(row)
        return out

    phones, schedules = by_service(DirPhone), by_service(DirSchedule)
    sals, attrs = by_service(DirServiceAtLocation), by_service(DirServiceAttribute)
    areas, langs = by_service(DirServiceArea), by_service(DirLanguage)
    loc_ids = sorted({sal["location_id"] for rows in sals.values() for sal in rows})
    term_ids = sorted({a["taxonomy_term_id"] for rows in attrs.values() for a in rows})
    org_ids = sorted({svc["organization_id"] for svc in services})

    def by_id(model: Any, keys: list[str]) -> dict[str, dict[str, Any]]:
        return {row["id"]: row for row in _select(s, model, "id", keys)}

    orgs, locs, terms = (
        by_id(DirOrganization, org_ids),
        by_id(DirLocation, loc_ids),
        by_id(DirTaxonomyTerm, term_ids),
    )

    def by_location(model: Any) -> dict[str, list[dict[str, Any]]]:
        out: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for row in _select(s, model, "location_id", loc_ids):
            if row.get("service_id") is None:
                out[row["location_id"]].append(row)
        return out

    addresses, loc_phones, loc_schedules = (
        by_location(DirAddress),
        by_location(DirPhone),
        by_location(DirSchedule),
    )
    loc_langs, loc_access = by_location(DirLanguage), by_location(DirAccessibility)
    bundles = []
    for svc in services:
        sid = svc["id"]
        b = Bundle(
            service={k: v for k, v in svc.items() if k not in _LOCAL},
            organization=orgs.get(svc["organization_id"]),
        )
        b.phones = list(phones.get(sid, []))
        b.schedules = list(schedules.get(sid, []))
        b.sals = sals.get(sid, [])
        seen: set[str] = set()
        for sal in b.sals:
            loc_id = sal["location_id"]
            if loc_id in seen or loc_id not in locs:
                continue
            seen.add(loc_id)
            b.locations.append(locs[loc_id])
            b.addresses.extend(addresses.get(loc_id, []))
            b.phones.extend(loc_phones.get(loc_id, []))
            b.schedules.extend(loc_schedules.get(loc_id, []))
            b.languages.extend(
                lang for lang in loc_langs.get(loc_id, []) if lang["phone_id"] is None
            )
            b.accessibility.extend(loc_access.get(loc_id, []))
        b.service_areas = list(areas.get(sid, []))
        b.languages = list(langs.get(sid, [])) + b.languages
        b.attributes = attrs.get(sid, [])
        b.terms = [
            terms[a["taxonomy_term_id"]] for a in b.attributes if a["taxonomy_term_id"] in terms
        ]
        bundles.append(b)
    phone_langs: dict[str, list[dict[str, Any]]] = defaultdict(list)
    every_phone = [p["id"] for b in bundles for p in b.phones]
    for row in _select(s, DirLanguage, "phone_id", every_phone):
        phone_langs[row["phone_id"] or ""].append(row)
    for b in bundles:
        for p in b.phones:
            b.languages.extend(phone_langs.get(p["id"], []))
    return bundles


def export_records(vault: Vault) -> list[dict[str, Any]]:
    """Every service in the directory as an HSDS 3.0 JSON record (nested)."""
    with vault.session() as s:
        return [hsds.to_hsds(b) for b in _load_bundles(s)]


def export_hsds(vault: Vault, *, format: str, out: Path | str) -> int:
    """Write the directory as HSDS 3.0 JSON (one file) or a tabular package (a folder).
    Returns the number of services written. Mentees, referrals, favourites and notes
    are never part of it."""
    if format not in FORMATS:
        raise ValidationError("The export format can be: " + ", ".join(FORMATS) + ".")
    out = Path(out)
    records = export_records(vault)
    problems = hsds.check_export(records)
    if problems:
        raise ValidationError(
            f"The directory did not pass the HSDS check, so nothing was written ({problems[0]})."
        )
    try:
        if format == "hsds-json":
            atomic_write(out, hsds.json_bytes(records))
        else:
            if out.exists() and (not out.is_dir() or any(out.iterdir())):
                raise ValidationError(
                    f"{out} already exists and is not an empty folder; choose a new one."
                )
            make_private_dir(out)
            for name, data in hsds.package_files(records, created=_now()).items():
                atomic_write(out / name, data)
    except OSError as exc:
        raise storage_error(exc) from None
    with vault.session() as s:
        audit.record(
            s,
            kind="exported",
            entity="directory",
            detail={"format": format, "services": len(records)},
        )
    return len(records)
