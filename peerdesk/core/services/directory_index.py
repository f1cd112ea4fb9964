"""The resource directory's search index: which needs each service meets (from its taxonomy
terms, through resources/directory/need-mapping.json) and one FTS5 row per service, ranked
by bm25.

Triggers (migration 0011) list every service whose searchable text may have changed in
dir_fts_dirty, whoever wrote it; ``refresh`` re-indexes exactly those. Writers call it at
the end of their transaction and every search calls it first, so the index is never stale.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from sqlalchemy import column, select, table, text
from sqlalchemy.orm import Session

from peerdesk.core.db import chunks
from peerdesk.core.messages import content_language, resource_text
from peerdesk.core.models import (
    DirAddress,
    DirLocation,
    DirOrganization,
    DirPhone,
    DirService,
    DirServiceAtLocation,
    DirServiceAttribute,
    DirTaxonomyTerm,
)
from peerdesk.core.services import search

NEEDS_TAXONOMY = "peerdesk-needs"
INDEX_FORMAT = "2"  # bump when what goes into a row changes: every row is rebuilt
SEARCHED = ("name", "organization", "description", "places", "terms", "needs", "phones", "notes")
# tags (migration 0014): the filters, as tokens no typed word reaches (see ``match``)
COLUMNS = (*SEARCHED, "tags")
# bm25 weight per column, in COLUMNS order: a hit in the name counts most; tags count nothing.
WEIGHTS = (10.0, 4.0, 1.0, 2.0, 3.0, 3.0, 2.0, 2.0, 0.0)
RANK = f"bm25(dir_fts, {', '.join(str(w) for w in WEIGHTS)})"

_AIRS_CODE = re.compile(r"^[A-Z]{1,2}(?:-[0-9][0-9.\-]*)?$")
fts = table("dir_fts", column("rowid"))
fts_key = table("dir_fts_key", column("key"), column("service_id"))
fts_need = table("dir_fts_need", column("need"), column("service_id"))


@dataclass(frozen=True)
class Need:
    id: str  # the HSDS taxonomy_term id
    code: str
    name: str
    description: str
    codes: tuple[str, ...] = ()  # 211 / AIRS-style code prefixes ("BD", "RP-1500")
    words: tuple[str, ...] = ()  # plain words and free-text category words


def _resource(name: str) -> bytes:
    return resources.files("peerdesk.resources").joinpath(f"directory/{name}").read_bytes()


@lru_cache(maxsize=1)
def needs() -> tuple[Need, ...]:
    """The needs mentors search by (taxonomy.json), with their mapping (need-mapping.json)."""
    terms = json.loads(_resource("taxonomy.json"))["terms"]
    mapping = json.loads(_resource("need-mapping.json"))["needs"]
    return tuple(
        Need(
            t["id"],
            t["code"],
            t["name"],
            t["description"],
            tuple(c.upper() for c in mapping.get(t["code"], {}).get("codes", ())),
            tuple(w.lower() for w in mapping.get(t["code"], {}).get("words", ())),
        )
        for t in terms
    )


@lru_cache(maxsize=4)
def _labels(language: str) -> dict[str, tuple[str, str]]:
    english = json.loads(_resource("taxonomy.json"))["terms"]
    local = {t["code"]: t for t in json.loads(resource_text("directory/taxonomy.json"))["terms"]}
    out: dict[str, tuple[str, str]] = {}
    for term in english:
        shown = local.get(term["code"], term)
        out[term["code"]] = out[term["name"]] = (shown["name"], shown["description"])
    return out


def need_label(code_or_name: str) -> tuple[str, str]:
    """A shipped need's name and description in the content language, found by its code or
    its English name (searching and the index keep the English file); a programme's own
    term is shown as it is."""
    return _labels(content_language()).get(code_or_name, (code_or_name, ""))


@lru_cache(maxsize=1)
def mapping_version() -> str:
    """Changes whenever the needs, their mapping or the row format change."""
    digest = hashlib.sha256(INDEX_FORMAT.encode())
    digest.update(_resource("taxonomy.json"))
    digest.update(_resource("need-mapping.json"))
    return digest.hexdigest()[:16]


@lru_cache(maxsize=1)
def _word_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    out = []
    for need in needs():
        for word in need.words:
            folded = " ".join(search.query_words(word))
            if folded:
                out.append((need.code, re.compile(rf"\b{re.escape(folded)}(?:e?s)?\b")))
    return tuple(out)


def _folded(value: str) -> str:
    return " ".join(search.query_words(value))


def needs_of_term(*, term_id: str, code: str, name: str, taxonomy: str) -> set[str]:
    """The need codes one taxonomy term stands for: a peerdesk need itself, a 211/AIRS code
    under one of a need's prefixes, or a category name holding one of a need's words."""
    return set(_needs_of_term(term_id, code, name, taxonomy))


@lru_cache(maxsize=4096)
def _needs_of_term(term_id: str, code: str, name: str, taxonomy: str) -> frozenset[str]:
    found: set[str] = set()
    upper = (code or "").strip().upper()
    if not _AIRS_CODE.match(upper):
        upper = ""  # "food" is no code under F (legal): prefixes are for 211/AIRS codes only
    for need in needs():
        itself = term_id == need.id or (taxonomy == NEEDS_TAXONOMY and code == need.code)
        if itself or (upper and upper.startswith(need.codes)):
            found.add(need.code)
    folded = _folded(name or "")
    if folded:
        found.update(need for need, pattern in _word_patterns() if pattern.search(folded))
    return frozenset(found)


def need_code(need: str) -> str:
    """A need given by code or by its taxonomy term id, as its code."""
    for n in needs():
        if need in (n.code, n.id):
            return n.code
    return need


# --- keeping the index -------------------------------------------------------------------------


def refresh(s: Session) -> int:
    """Re-index every service listed as dirty (all of them when the mapping changed).
    Returns how many rows were rebuilt."""
    version = s.execute(text("SELECT value FROM dir_fts_meta WHERE name = 'mapping'")).scalar()
    if version != mapping_version():
        s.execute(
            text("INSERT OR IGNORE INTO dir_fts_dirty (service_id) SELECT id FROM dir_service")
        )
        s.execute(
            text("INSERT OR REPLACE INTO dir_fts_meta (name, value) VALUES ('mapping', :v)"),
            {"v": mapping_version()},
        )
    dirty = list(s.execute(text("SELECT service_id FROM dir_fts_dirty")).scalars())
    if not dirty:
        return 0
    for chunk in chunks(dirty):
        params = {f"p{i}": sid for i, sid in enumerate(chunk)}
        inside = ", ".join(f":p{i}" for i in range(len(chunk)))
        # by rowid, one at a time: FTS5 scans the whole table for "rowid IN (subquery)"
        old_keys = list(
            s.execute(
                text(f"SELECT key FROM dir_fts_key WHERE service_id IN ({inside})"), params
            ).scalars()
        )
        if old_keys:
            s.execute(text("DELETE FROM dir_fts WHERE rowid = :k"), [{"k": k} for k in old_keys])
        s.execute(text(f"DELETE FROM dir_fts_key WHERE service_id IN ({inside})"), params)
        s.execute(text(f"DELETE FROM dir_fts_need WHERE service_id IN ({inside})"), params)
        rows, need_rows = _rows(s, chunk)
        if rows:
            s.execute(text("INSERT INTO dir_fts_key (service_id) VALUES (:id)"), rows)
            keys: dict[str, int] = dict(
                s.execute(
                    text(f"SELECT service_id, key FROM dir_fts_key WHERE service_id IN ({inside})"),
                    params,
                ).all()
            )
            for row in rows:
                row["key"] = str(keys[row["id"]])
            # VALUES, not INSERT ... SELECT: FTS5 takes plain inserts six times faster
            s.execute(
                text(
                    f"INSERT INTO dir_fts (rowid, {', '.join(COLUMNS)}) VALUES (:key, "
                    + ", ".join(f":{c}" for c in COLUMNS)
                    + ")"
                ),
                rows,
            )
        if need_rows:
            s.execute(
                text("INSERT INTO dir_fts_need (need, service_id) VALUES (:need, :id)"), need_rows
            )
        s.execute(text(f"DELETE FROM dir_fts_dirty WHERE service_id IN ({inside})"), params)
    return len(dirty)


def suspend_triggers(s: Session) -> list[str]:
    """Drop the index's triggers inside this transaction (a bulk writer lists what it
    touched with ``mark_dirty`` instead); returns their SQL for ``restore_triggers``."""
    saved = [
        (name, sql)
        for name, sql in s.execute(
            text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name")
        )
        if name.startswith("dir_fts_")
    ]
    for name, _sql in saved:
        s.execute(text(f'DROP TRIGGER "{name}"'))
    return [sql for _name, sql in saved]


def restore_triggers(s: Session, saved: list[str]) -> None:
    for sql in saved:
        s.connection().exec_driver_sql(sql)


def mark_dirty(
    s: Session,
    *,
    services: Iterable[str] = (),
    organizations: Iterable[str] = (),
    locations: Iterable[str] = (),
    terms: Iterable[str] = (),
) -> None:
    """List for re-indexing these services, the services of these organizations, the
    services at these locations and those with these taxonomy terms (what the triggers
    would have listed)."""
    mark = "INSERT OR IGNORE INTO dir_fts_dirty (service_id) "
    by: dict[str, Iterable[str]] = {
        "SELECT id FROM dir_service WHERE organization_id IN ({})": organizations,
        "SELECT service_id FROM dir_service_at_location WHERE location_id IN ({})": locations,
        "SELECT service_id FROM dir_service_attribute WHERE taxonomy_term_id IN ({})": terms,
    }
    for chunk in chunks(sorted(set(services))):
        s.execute(text(mark + "VALUES (:id)"), [{"id": sid} for sid in chunk])
    for query, keys in by.items():
        for chunk in chunks(sorted(set(keys))):
            params = {f"p{i}": key for i, key in enumerate(chunk)}
            inside = ", ".join(f":p{i}" for i in range(len(chunk)))
            s.execute(text(mark + query.format(inside)), params)


def _join(parts: Iterable[Any]) -> str:
    return " ".join(str(p) for p in parts if p)


def _rows(s: Session, ids: list[str]) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """The FTS rows and need rows of these services (those still in the directory)."""
    services = list(s.scalars(select(DirService).where(DirService.id.in_(ids))))
    if not services:
        return [], []
    org_ids = {svc.organization_id for svc in services}
    orgs = {
        o.id: o for o in s.scalars(select(DirOrganization).where(DirOrganization.id.in_(org_ids)))
    }
    places: dict[str, list[str]] = defaultdict(list)
    phones: dict[str, list[str]] = defaultdict(list)
    loc_services: dict[str, list[str]] = defaultdict(list)
    for sid, loc_id in s.execute(
        select(DirServiceAtLocation.service_id, DirServiceAtLocation.location_id).where(
            DirServiceAtLocation.service_id.in_(ids)
        )
    ):
        loc_services[loc_id].append(sid)
    for loc_chunk in chunks(list(loc_services)):
        for loc in s.scalars(select(DirLocation).where(DirLocation.id.in_(loc_chunk))):
            for sid in loc_services[loc.id]:
                places[sid] += [loc.name, loc.description]
        for a in s.scalars(select(DirAddress).where(DirAddress.location_id.in_(loc_chunk))):
            for sid in loc_services[a.location_id]:
                places[sid] += [a.address_1, a.address_2, a.city, a.state_province, a.postal_code]
        for p in s.scalars(
            select(DirPhone).where(
                DirPhone.location_id.in_(loc_chunk), DirPhone.service_id.is_(None)
            )
        ):
            for sid in loc_services[p.location_id or ""]:
                phones[sid].append(p.number)
    for p in s.scalars(select(DirPhone).where(DirPhone.service_id.in_(ids))):
        phones[p.service_id or ""].append(p.number)
    terms: dict[str, list[str]] = defaultdict(list)
    service_needs: dict[str, set[str]] = defaultdict(set)
    for sid, term in s.execute(
        select(DirServiceAttribute.service_id, DirTaxonomyTerm)
        .join(DirTaxonomyTerm, DirTaxonomyTerm.id == DirServiceAttribute.taxonomy_term_id)
        .where(DirServiceAttribute.service_id.in_(ids))
    ):
        terms[sid] += [term.name, term.code]
        service_needs[sid] |= needs_of_term(
            term_id=term.id, code=term.code, name=term.name, taxonomy=term.taxonomy
        )
    by_code = {n.code: n for n in needs()}
    rows = []
    need_rows = []
    for svc in services:
        org = orgs.get(svc.organization_id)
        mine = sorted(service_needs.get(svc.id, ()))
        numbers = phones.get(svc.id, [])
        rows.append(
            {
                "id": svc.id,
                "name": _join([svc.name, svc.alternate_name]),
                "organization": org.name if org else "",
                "description": _join(
                    [
                        svc.description,
                        svc.eligibility_description,
                        svc.fees_description,
                        svc.application_process,
                        org.description if org else "",
                    ]
                ),
                "places": _join(places.get(svc.id, [])),
                "terms": _join(terms.get(svc.id, [])),
                "needs": _join([by_code[c].name + " " + " ".join(by_code[c].words) for c in mine]),
                # as written ("116 123") and as digits ("116123"), so either finds it
                "phones": _join(numbers + [re.sub(r"\D", "", n) for n in numbers]),
                "notes": svc.notes,
            }
        )
        rows[-1]["tags"] = " ".join(
            [region_tag(svc.region)]
            + [need_tag(c) for c in mine]
            + (["fav"] if svc.favourite else [])
        )
        need_rows += [{"need": c, "id": svc.id} for c in mine]
    return rows, need_rows


def region_tag(region: str) -> str:
    """The token for a service's country in the tags column ("rgb"; "rnone" for none)."""
    code = re.sub(r"[^a-z]", "", (region or "").lower())
    return f"r{code}" if code else "rnone"


def need_tag(code: str) -> str:
    return "n" + re.sub(r"[^a-z0-9]", "", code.lower())


# --- asking the index --------------------------------------------------------------------------


def match_query(query: str) -> str | None:
    """The FTS5 query for what the mentor typed (every word, as a prefix), or None."""
    return search.fts_query(query)


def match(
    words: str,
    *,
    away: Iterable[str] = (),
    only_away: bool = False,
    need: str | None = None,
    favourites_only: bool = False,
) -> str:
    """One FTS5 expression: the typed words (``match_query``) in the searched columns, and
    the filters in tags: a need, favourites, and the countries in ``away`` left out (or,
    with ``only_away``, only those). Services of the other countries' tags are few, so
    FTS5 checks them against the words cheaply."""
    expression = f"{{{' '.join(SEARCHED)}}} : ({words})"
    filters = []
    if need:
        filters.append(need_tag(need_code(need)))
    if favourites_only:
        filters.append("fav")
    if filters:
        expression += " AND tags : (" + " AND ".join(filters) + ")"
    others = " OR ".join(sorted({region_tag(r) for r in away}))
    if others:
        expression = f"({expression}) {'AND' if only_away else 'NOT'} tags : ({others})"
    return expression


def with_need(need: str) -> Any:
    """A subquery of the ids of the services that meet this need (code or term id)."""
    return select(fts_need.c.service_id).where(fts_need.c.need == need_code(need))


def needs_by_service(s: Session, ids: list[str]) -> dict[str, list[str]]:
    """Each service's need codes."""
    out: dict[str, list[str]] = defaultdict(list)
    for chunk in chunks(ids):
        for need, sid in s.execute(
            select(fts_need.c.need, fts_need.c.service_id).where(fts_need.c.service_id.in_(chunk))
        ):
            out[sid].append(need)
    return out
