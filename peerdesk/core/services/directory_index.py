"""The resource directory's search index: which needs each service meets (from its taxonomy
terms, through resources/directory/need-mapping.json) and one FTS5 row per service, ranked
by bm25.

Triggers (migrations 0011, 0014, 0015) list every service whose searchable text, tags or
opening hours may have changed in dir_fts_dirty, whoever wrote it; ``refresh`` re-indexes exactly those. Writers call it at
the end of their transaction and every search calls it first, so the index is never stale.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from datetime import time as dt_time
from functools import lru_cache
from importlib import resources
from typing import Any

from sqlalchemy import column, select, table, text
from sqlalchemy.orm import Session

from peerdesk.core.db import IN_JSON, chunks
from peerdesk.core.messages import content_language, resource_text
from peerdesk.core.services import search

NEEDS_TAXONOMY = "peerdesk-needs"
INDEX_FORMAT = "3"  # bump when what goes into a row changes: every row is rebuilt
SEARCHED = ("name", "organization", "description", "places", "terms", "needs", "phones", "notes")
# tags (migration 0014): the filters, as tokens no typed word reaches (see ``match``)
COLUMNS = (*SEARCHED, "tags")
# bm25 weight per column, in COLUMNS order: a hit in the name counts most; tags count nothing.
WEIGHTS = (10.0, 4.0, 1.0, 2.0, 3.0, 3.0, 2.0, 2.0, 0.0)
RANK = f"bm25(dir_fts, {', '.join(str(w) for w in WEIGHTS)})"

_AIRS_CODE = re.compile(r"^[A-Z]{1,2}(?:-[0-9][0-9.\-]*)?$")
DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
REFRESH_CHUNK = 2000  # services re-indexed per round (their rows are held in memory)
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
    conn = s.connection()
    dirty = [sid for (sid,) in conn.exec_driver_sql("SELECT service_id FROM dir_fts_dirty")]
    if not dirty:
        return 0
    for chunk in chunks(dirty, REFRESH_CHUNK):
        ids = (json.dumps(chunk),)
        # by rowid, one at a time: FTS5 scans the whole table for "rowid IN (subquery)"
        old_keys = conn.exec_driver_sql(
            f"SELECT key FROM dir_fts_key WHERE service_id {IN_JSON}", ids
        ).all()
        if old_keys:
            conn.exec_driver_sql(
                "DELETE FROM dir_fts WHERE rowid = ?", [tuple(k) for k in old_keys]
            )
        for table_name in ("dir_fts_key", "dir_fts_need"):
            conn.exec_driver_sql(f"DELETE FROM {table_name} WHERE service_id {IN_JSON}", ids)
        rows, need_rows = _rows(s, chunk)
        if rows:
            conn.exec_driver_sql(
                "INSERT INTO dir_fts_key (service_id) VALUES (?)", [(row[0],) for row in rows]
            )
            keys: dict[str, int] = dict(
                conn.exec_driver_sql(
                    f"SELECT service_id, key FROM dir_fts_key WHERE service_id {IN_JSON}", ids
                ).all()
            )
            # VALUES, not INSERT ... SELECT: FTS5 takes plain inserts six times faster
            conn.exec_driver_sql(
                f"INSERT INTO dir_fts (rowid, {', '.join(COLUMNS)}) VALUES (?"
                + ", ?" * len(COLUMNS)
                + ")",
                [(keys[row[0]], *row[1:]) for row in rows],
            )
        if need_rows:
            conn.exec_driver_sql(
                "INSERT INTO dir_fts_need (need, service_id) VALUES (?, ?)", need_rows
            )
        conn.exec_driver_sql(f"DELETE FROM dir_fts_dirty WHERE service_id {IN_JSON}", ids)
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
    conn = s.connection()
    mark = "INSERT OR IGNORE INTO dir_fts_dirty (service_id) "
    by: dict[str, Iterable[str]] = {
        "SELECT value FROM json_each(?)": services,
        f"SELECT id FROM dir_service WHERE organization_id {IN_JSON}": organizations,
        f"SELECT service_id FROM dir_service_at_location WHERE location_id {IN_JSON}": locations,
        f"SELECT service_id FROM dir_service_attribute WHERE taxonomy_term_id {IN_JSON}": terms,
    }
    for query, keys in by.items():
        wanted = sorted(set(keys))
        if wanted:
            conn.exec_driver_sql(mark + query, (json.dumps(wanted),))


def _join(parts: Iterable[Any]) -> str:
    return " ".join(str(p) for p in parts if p)


def _rows(s: Session, ids: list[str]) -> tuple[list[tuple[str, ...]], list[tuple[str, str]]]:
    """The FTS rows (service id, then COLUMNS) and need rows (need, service id) of these
    services (those still in the directory). Plain SQL over the chunk's ids as one JSON
    parameter: the same few statements whatever the count, no ORM objects."""
    conn = s.connection()
    ids_arg = (json.dumps(ids),)
    services = conn.exec_driver_sql(
        "SELECT s.id, s.name, s.alternate_name, s.description, s.eligibility_description, "
        "s.fees_description, s.application_process, s.notes, s.region, s.favourite, "
        "o.name, o.description FROM dir_service s "
        f"LEFT JOIN dir_organization o ON o.id = s.organization_id WHERE s.id {IN_JSON}",
        ids_arg,
    ).all()
    if not services:
        return [], []
    places: dict[str, list[str]] = defaultdict(list)
    phones: dict[str, list[str]] = defaultdict(list)
    hours: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    at = f"FROM dir_service_at_location sal {{}} WHERE sal.service_id {IN_JSON} ORDER BY sal.rowid"
    for sid, *parts in conn.exec_driver_sql(
        "SELECT sal.service_id, l.name, l.description "
        + at.format("JOIN dir_location l ON l.id = sal.location_id"),
        ids_arg,
    ):
        places[sid] += parts
    for sid, *parts in conn.exec_driver_sql(
        "SELECT sal.service_id, a.address_1, a.address_2, a.city, a.state_province, "
        "a.postal_code "
        + at.format("JOIN dir_address a ON a.location_id = sal.location_id")
        + ", a.rowid",
        ids_arg,
    ):
        places[sid] += parts
    for sid, number in conn.exec_driver_sql(
        "SELECT sal.service_id, p.number "
        + at.format("JOIN dir_phone p ON p.location_id = sal.location_id AND p.service_id IS NULL")
        + ", p.rowid",
        ids_arg,
    ):
        phones[sid].append(number)
    for sid, number in conn.exec_driver_sql(
        f"SELECT service_id, number FROM dir_phone WHERE service_id {IN_JSON} ORDER BY rowid",
        ids_arg,
    ):
        phones[sid].append(number)
    for sid, *rule in conn.exec_driver_sql(
        f"SELECT service_id, byday, opens_at, closes_at FROM dir_schedule "
        f"WHERE service_id {IN_JSON}",
        ids_arg,
    ):
        hours[sid].append(tuple(rule))
    for sid, *rule in conn.exec_driver_sql(
        "SELECT sal.service_id, h.byday, h.opens_at, h.closes_at "
        + at.format(
            "JOIN dir_schedule h ON h.location_id = sal.location_id AND h.service_id IS NULL"
        ),
        ids_arg,
    ):
        hours[sid].append(tuple(rule))
    terms: dict[str, list[str]] = defaultdict(list)
    service_needs: dict[str, set[str]] = defaultdict(set)
    for sid, term_id, code, name, taxonomy in conn.exec_driver_sql(
        "SELECT a.service_id, t.id, t.code, t.name, t.taxonomy FROM dir_service_attribute a "
        "JOIN dir_taxonomy_term t ON t.id = a.taxonomy_term_id "
        f"WHERE a.service_id {IN_JSON} ORDER BY a.rowid",
        ids_arg,
    ):
        terms[sid] += [name, code]
        service_needs[sid] |= _needs_of_term(term_id, code, name, taxonomy)
    by_code = {n.code: n for n in needs()}
    rows: list[tuple[str, ...]] = []
    need_rows: list[tuple[str, str]] = []
    for (sid, name, alternate, description, eligibility, fees, application, notes, region,
         favourite, org_name, org_description) in services:  # fmt: skip
        mine = sorted(service_needs.get(sid, ()))
        numbers = phones.get(sid, [])
        tags = [region_tag(region), *(need_tag(c) for c in mine)]
        if favourite:
            tags.append("fav")
        tags += _open_tags(tuple(hours.get(sid, ())))
        rows.append(
            (
                sid,
                _join([name, alternate]),
                org_name or "",
                _join([description, eligibility, fees, application, org_description]),
                _join(places.get(sid, [])),
                _join(terms.get(sid, [])),
                _join([by_code[c].name + " " + " ".join(by_code[c].words) for c in mine]),
                # as written ("116 123") and as digits ("116123"), so either finds it
                _join(numbers + [re.sub(r"\D", "", n) for n in numbers]),
                notes or "",
                " ".join(tags),
            )
        )
        need_rows += [(c, sid) for c in mine]
    return rows, need_rows


def _hour_minute(value: Any) -> tuple[int, int] | None:
    """A stored time ("09:30:00.000000", or a time) as (hour, minute); None if unreadable."""
    if value is None:
        return None
    if isinstance(value, dt_time):
        return value.hour, value.minute
    try:
        return int(str(value)[:2]), int(str(value)[3:5])
    except ValueError:
        return None


def open_tags(hours: Iterable[tuple[Any, Any, Any]]) -> set[str]:
    """The "may be open" tokens of a service's opening hours (byday, opens_at, closes_at):
    one per weekday and hour in which some schedule may be open ("oth10": Thursday, 10:00
    to 10:59). Every moment ``directory.is_open`` calls open falls in one of them; the
    exact rule (dates, intervals, minutes) is checked for the rows shown."""
    return set(_open_tags(tuple(tuple(h) for h in hours)))


_HOUR_TOKENS = tuple(tuple(f"o{day.lower()}{hour:02d}" for hour in range(24)) for day in DAYS)


@lru_cache(maxsize=4096)  # directories repeat a few patterns ("Mon–Fri 9 to 5")
def _open_tags(hours: tuple[tuple[Any, Any, Any], ...]) -> tuple[str, ...]:
    out: set[str] = set()
    for byday, opens_at, closes_at in hours:
        opens, closes = _hour_minute(opens_at), _hour_minute(closes_at)
        if opens is None or closes is None:
            continue
        entries = [d.strip() for d in (byday or "").split(",") if d.strip()]
        days = [DAYS.index(d[-2:]) for d in entries if d[-2:] in DAYS] if entries else range(7)
        for day in days:
            if closes > opens or closes == (23, 59):
                out.update(_HOUR_TOKENS[day][opens[0] : closes[0] + 1])
            else:  # past midnight: the rest of this day, the early hours of the next
                last = closes[0] if closes[1] else closes[0] - 1
                out.update(_HOUR_TOKENS[day][opens[0] :])
                out.update(_HOUR_TOKENS[(day + 1) % 7][: last + 1])
    return tuple(sorted(out))


def open_tag(moment: datetime) -> str:
    """The token of the weekday and hour of ``moment`` (see ``open_tags``)."""
    return f"o{DAYS[moment.weekday()].lower()}{moment.hour:02d}"


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
    open_at: datetime | None = None,
) -> str:
    """One FTS5 expression: the typed words (``match_query``) in the searched columns, and
    the filters in tags: a need, favourites, may be open at ``open_at``, and the countries in ``away`` left out (or,
    with ``only_away``, only those). Services of the other countries' tags are few, so
    FTS5 checks them against the words cheaply."""
    expression = f"{{{' '.join(SEARCHED)}}} : ({words})"
    filters = []
    if need:
        filters.append(need_tag(need_code(need)))
    if favourites_only:
        filters.append("fav")
    if open_at is not None:
        filters.append(open_tag(open_at))
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
