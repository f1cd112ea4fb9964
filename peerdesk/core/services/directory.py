"""The resource directory: search by need, name or text, open now, favourites, "verified on",
forms for services, and the seed crisis and help lines (HSDS 3.0 underneath)."""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from functools import lru_cache
from importlib import resources
from typing import Any

from sqlalchemy import delete, func, literal_column, select, text
from sqlalchemy.orm import Session

from peerdesk.core.db import IN_JSON
from peerdesk.core.errors import ValidationError
from peerdesk.core.formats import hsds
from peerdesk.core.messages import QT_TRANSLATE_NOOP, Message
from peerdesk.core.models import (
    DirAddress,
    DirLocation,
    DirOrganization,
    DirPhone,
    DirSchedule,
    DirService,
    DirServiceAtLocation,
    DirServiceAttribute,
    DirTaxonomyTerm,
    MentorProfile,
    Referral,
)
from peerdesk.core.records import IdOnlyRepr
from peerdesk.core.services import (
    audit,
    changes,
    directory_import,
    directory_index,
    profile,
    settings,
)
from peerdesk.core.services.changes import Changes
from peerdesk.core.vault import Vault

# Phones are shown in the order they were entered (or imported): their ids are random, so
# the table's rowid, which SQLite assigns in insertion order (and VACUUM keeps in order).
_ENTERED: Any = literal_column("rowid")

DAYS = directory_index.DAYS
DAY_NAMES = (  # shown through the core catalogue in the GUI
    QT_TRANSLATE_NOOP("core", "Mon"),
    QT_TRANSLATE_NOOP("core", "Tue"),
    QT_TRANSLATE_NOOP("core", "Wed"),
    QT_TRANSLATE_NOOP("core", "Thu"),
    QT_TRANSLATE_NOOP("core", "Fri"),
    QT_TRANSLATE_NOOP("core", "Sat"),
    QT_TRANSLATE_NOOP("core", "Sun"),
)
STATUSES = ("active", "inactive", "defunct", "temporarily closed")
PHONE_TYPES = ("voice", "text", "cell", "textphone", "fax", "video", "pager")
NEEDS_TAXONOMY = directory_index.NEEDS_TAXONOMY
Need = directory_index.Need
needs = directory_index.needs
REGIONS = {
    "US": QT_TRANSLATE_NOOP("core", "United States"),
    "GB": QT_TRANSLATE_NOOP("core", "United Kingdom"),
    "CA": QT_TRANSLATE_NOOP("core", "Canada"),
    "IE": QT_TRANSLATE_NOOP("core", "Ireland"),
    "AU": QT_TRANSLATE_NOOP("core", "Australia"),
}
# What mentors and older settings write for a country, as its ISO 3166 code.
REGION_ALIASES = {"UK": "GB", "OTHER": "", "ANY": ""}
MAX_TEXT = 20_000
END_OF_DAY = time(23, 59)


def need_by_code(code: str) -> Need:
    """A need by its code, or by its name in any case ("Mental health", "mental-health")."""
    wanted = code.strip().lower().replace(" ", "-")
    for need in needs():
        if wanted in (need.code, need.name.lower().replace(" ", "-")):
            return need
    raise ValidationError(
        f"There is no need called {code!r}; the needs are: "
        + ", ".join(n.code for n in needs())
        + "."
    )


# --- records ----------------------------------------------------------------------------------


@dataclass(repr=False)
class PhoneItem(IdOnlyRepr):
    number: str
    type: str = "voice"
    description: str = ""
    id: str | None = None


@dataclass(repr=False)
class HoursItem(IdOnlyRepr):
    """Opening hours on some weekdays; dated when only valid for a while."""

    days: list[str]  # "MO".."SU"; "1MO", "-1FR" (first Monday, last Friday) when monthly
    opens_at: time | None = None
    closes_at: time | None = None
    valid_from: date | None = None
    valid_to: date | None = None
    description: str = ""
    id: str | None = None
    # the rest of the HSDS 3.0 (RFC 5545) rule; the form edits plain weekly hours only
    freq: str = ""  # "WEEKLY" or "MONTHLY"; "" reads as weekly
    interval: int | None = None  # 2: every other week (or month), counted from dtstart
    dtstart: date | None = None
    until: date | None = None
    count: int | None = None
    wkst: str = ""
    byweekno: str = ""
    bymonthday: str = ""  # "1,15,-1"
    byyearday: str = ""
    timezone: float | None = None
    schedule_link: str = ""
    attending_type: str = ""
    notes: str = ""

    @property
    def plain_weekly(self) -> bool:
        """Every week on these weekdays, with times and no other rule (what the form edits)."""
        return (
            self.opens_at is not None
            and all(d in DAYS for d in self.days)
            and self.freq in ("", "WEEKLY")
            and (self.interval or 1) == 1
            and not (self.valid_from or self.valid_to or self.dtstart or self.until)
            and not (self.count or self.byweekno or self.bymonthday or self.byyearday)
        )


RULE_FIELDS = (
    "freq",
    "interval",
    "dtstart",
    "until",
    "count",
    "wkst",
    "byweekno",
    "bymonthday",
    "byyearday",
    "timezone",
    "schedule_link",
    "attending_type",
    "notes",
)


@dataclass(repr=False)
class AddressItem(IdOnlyRepr):
    address_1: str
    city: str = ""
    state_province: str = ""
    postal_code: str = ""
    country: str = ""
    address_2: str = ""
    location_name: str = ""
    transportation: str = ""
    id: str | None = None  # the location's id


@dataclass(repr=False)
class ServiceRecord(IdOnlyRepr):
    """Everything the service form shows, as plain data."""

    name: str
    organization_name: str
    id: str | None = None
    organization_id: str | None = None
    description: str = ""
    url: str = ""
    email: str = ""
    status: str = "active"
    fees_description: str = ""
    eligibility_description: str = ""
    application_process: str = ""
    region: str = ""
    needs: list[str] = field(default_factory=list)  # need codes
    phones: list[PhoneItem] = field(default_factory=list)
    hours: list[HoursItem] = field(default_factory=list)
    addresses: list[AddressItem] = field(default_factory=list)
    assured_date: date | None = None
    favourite: bool = False
    notes: str = ""  # the mentor's own; never exported
    source: str = ""


@dataclass(frozen=True, repr=False)
class ServiceSummary(IdOnlyRepr):
    """One row of the directory list."""

    id: str
    name: str
    organization_name: str
    region: str
    needs: tuple[str, ...]  # need names
    phones: tuple[str, ...]  # "116 123", "Text SHOUT to 85258"
    favourite: bool
    assured_date: date | None
    stale: bool
    open_now: bool | None  # None: no opening hours known
    status: str
    city: str


# --- opening hours and verification -------------------------------------------------------------


def _numbers(text_: str) -> list[int]:
    out = []
    for part in (text_ or "").split(","):
        try:
            out.append(int(part.strip()))
        except ValueError:
            continue
    return out


def _week_start(day: date, wkst: str) -> date:
    start = DAYS.index(wkst) if wkst in DAYS else 0
    return day - timedelta(days=(day.weekday() - start) % 7)


def occurs_on(h: HoursItem, day: date) -> bool:
    """Whether this schedule's rule (HSDS 3.0, RFC 5545) includes this day.

    Kept: valid_from/valid_to, dtstart/until, freq WEEKLY or MONTHLY, interval (counted from
    dtstart; without one every week or month counts), byday with ordinals for MONTHLY
    ("1MO", "-1FR"), bymonthday, byweekno and byyearday (negatives count from the end).
    count is not applied (the rule's first occurrences are not counted)."""
    if (h.valid_from and day < h.valid_from) or (h.valid_to and day > h.valid_to):
        return False
    if (h.dtstart and day < h.dtstart) or (h.until and day > h.until):
        return False
    monthly = h.freq == "MONTHLY"
    step = h.interval or 1
    if step > 1 and h.dtstart:
        if monthly:
            months = (day.year - h.dtstart.year) * 12 + day.month - h.dtstart.month
            if months % step:
                return False
        else:
            weeks = (_week_start(day, h.wkst) - _week_start(h.dtstart, h.wkst)).days // 7
            if weeks % step:
                return False
    last_of_month = (day.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    if h.bymonthday:
        wanted = {n if n > 0 else last_of_month.day + 1 + n for n in _numbers(h.bymonthday)}
        if day.day not in wanted:
            return False
    if h.byyearday:
        length = 366 if (day.year % 4 == 0 and day.year % 100) or day.year % 400 == 0 else 365
        wanted = {n if n > 0 else length + 1 + n for n in _numbers(h.byyearday)}
        if day.timetuple().tm_yday not in wanted:
            return False
    if h.byweekno:
        weeks_in_year = date(day.year, 12, 28).isocalendar()[1]
        wanted = {n if n > 0 else weeks_in_year + 1 + n for n in _numbers(h.byweekno)}
        if day.isocalendar()[1] not in wanted:
            return False
    if not h.days:
        if h.bymonthday or h.byyearday:
            return True
        if h.dtstart:  # the rule repeats on dtstart's weekday (or day of the month)
            return day.day == h.dtstart.day if monthly else day.weekday() == h.dtstart.weekday()
        return bool(h.byweekno)
    code = DAYS[day.weekday()]
    for entry in h.days:
        m = re.fullmatch(r"([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)", entry.strip())
        if m is None or m[2] != code:
            continue
        if not m[1] or not monthly:
            return True
        n = int(m[1])
        nth = (day.day - 1) // 7 + 1
        nth_from_end = -((last_of_month.day - day.day) // 7 + 1)
        if n in (nth, nth_from_end):
            return True
    return False


def is_open(hours: list[HoursItem], at: datetime) -> bool | None:
    """Open at this moment by these hours and their rules? None when no hours are known.

    Hours that close before they open run past midnight (22:00 to 02:00): they count for
    the day the rule names and the early hours of the next."""
    usable = [
        h
        for h in hours
        if h.opens_at is not None
        and h.closes_at is not None
        and (h.days or h.bymonthday or h.byyearday or h.byweekno or h.dtstart)
    ]
    if not usable:
        return None
    today, yesterday = at.date(), at.date() - timedelta(days=1)
    now = at.time().replace(second=0, microsecond=0)
    for h in usable:
        opens, closes = h.opens_at, h.closes_at
        assert opens is not None and closes is not None
        if closes > opens or closes == END_OF_DAY:
            if opens <= now <= closes and occurs_on(h, today):
                return True
        else:  # overnight
            if now >= opens and occurs_on(h, today):
                return True
            if now < closes and occurs_on(h, yesterday):
                return True
    return False


def is_stale(assured: date | None, *, today: date, months: int) -> bool:
    """Not verified at all, or longer ago than the setting allows."""
    if assured is None:
        return True
    year, month = today.year, today.month - months
    while month < 1:
        month += 12
        year -= 1
    day = min(today.day, 28)
    return assured < date(year, month, day)


# How a monthly rule names its days: "first Mon", "every Tue", "day 15", "last day"; the
# leading one with a capital ("First Mon of the month"), so each has both forms.
_MONTHLY_DAY = {
    1: (QT_TRANSLATE_NOOP("core", "First {day}"), QT_TRANSLATE_NOOP("core", "first {day}")),
    2: (QT_TRANSLATE_NOOP("core", "Second {day}"), QT_TRANSLATE_NOOP("core", "second {day}")),
    3: (QT_TRANSLATE_NOOP("core", "Third {day}"), QT_TRANSLATE_NOOP("core", "third {day}")),
    4: (QT_TRANSLATE_NOOP("core", "Fourth {day}"), QT_TRANSLATE_NOOP("core", "fourth {day}")),
    5: (QT_TRANSLATE_NOOP("core", "Fifth {day}"), QT_TRANSLATE_NOOP("core", "fifth {day}")),
    -1: (QT_TRANSLATE_NOOP("core", "Last {day}"), QT_TRANSLATE_NOOP("core", "last {day}")),
    0: (QT_TRANSLATE_NOOP("core", "Every {day}"), QT_TRANSLATE_NOOP("core", "every {day}")),
}
_DAY_OF_MONTH = (
    QT_TRANSLATE_NOOP("core", "Day {number}"),
    QT_TRANSLATE_NOOP("core", "day {number}"),
)
_LAST_DAY = (QT_TRANSLATE_NOOP("core", "Last day"), QT_TRANSLATE_NOOP("core", "last day"))


def _listed(parts: list[Message]) -> Message:
    """ "a", "a and b", "a, b and c" (each part a Message)."""
    if len(parts) == 1:
        return parts[0]
    head = {f"p{i}": p for i, p in enumerate(parts[:-1])}
    first = Message(", ".join("{" + k + "}" for k in head), -1, **head)
    return Message(QT_TRANSLATE_NOOP("core", "{first} and {last}"), first=first, last=parts[-1])


def _rule_text(h: HoursItem) -> str:
    """ "Every other Tue", "First Mon of the month", "Mon–Fri": how often, in words (a
    core Message: the GUI shows it in the mentor's language)."""
    step = h.interval or 1
    if h.freq == "MONTHLY":
        parts: list[Message] = []
        for entry in h.days:
            m = re.fullmatch(r"([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)", entry.strip())
            if m is None:
                continue
            day = Message(DAY_NAMES[DAYS.index(m[2])])
            forms = _MONTHLY_DAY.get(int(m[1]) if m[1] else 0)
            if forms is None:  # a rule such as "+6MO": the number as it is
                parts.append(Message("{number} {day}", -1, number=m[1], day=day))
            else:
                parts.append(Message(forms[0 if not parts else 1], day=day))
        for n in _numbers(h.bymonthday):
            forms = _DAY_OF_MONTH if n > 0 else _LAST_DAY
            lead = 0 if not parts else 1
            parts.append(Message(forms[lead], number=n) if n > 0 else Message(forms[lead]))
        if not parts:
            if step == 2:
                return Message(QT_TRANSLATE_NOOP("core", "Every other month"))
            if step > 2:
                return Message(QT_TRANSLATE_NOOP("core", "Every {count} months"), count=step)
            return Message(QT_TRANSLATE_NOOP("core", "Monthly"))
        what = _listed(parts)
        if step == 2:
            return Message(
                QT_TRANSLATE_NOOP("core", "{what} of the month, every other month"), what=what
            )
        if step > 2:
            return Message(
                QT_TRANSLATE_NOOP("core", "{what} of the month, every {count} months"),
                what=what,
                count=step,
            )
        return Message(QT_TRANSLATE_NOOP("core", "{what} of the month"), what=what)
    days = _days_text(h.days) if h.days else None
    if step == 2:
        if days is None:
            return Message(QT_TRANSLATE_NOOP("core", "Every other week"))
        return Message(QT_TRANSLATE_NOOP("core", "Every other {days}"), days=days)
    if step > 2:
        if days is None:
            return Message(QT_TRANSLATE_NOOP("core", "Every {count} weeks"), count=step)
        return Message(
            QT_TRANSLATE_NOOP("core", "Every {count} weeks on {days}"), count=step, days=days
        )
    return days if days is not None else Message("")


def hours_text(h: HoursItem) -> str:
    """ "Mon–Fri 09:00–17:00", "Every day 24 hours", "First Mon of the month 10:00–14:00":
    a core Message, so the GUI shows the hours in the mentor's language."""
    if h.opens_at is None:
        return h.description
    days = _rule_text(h)
    span: str
    if h.opens_at == time(0, 0) and h.closes_at == END_OF_DAY:
        span = Message(QT_TRANSLATE_NOOP("core", "24 hours"))
    else:
        assert h.closes_at is not None
        span = Message(
            QT_TRANSLATE_NOOP("core", "{opens:%H:%M}–{closes:%H:%M}"),
            opens=h.opens_at,
            closes=h.closes_at,
        )
    dated = ""
    if h.valid_from or h.valid_to or h.until:
        end = h.valid_to or h.until
        dated = (
            f" ({h.valid_from.isoformat() if h.valid_from else ''}"
            f"–{end.isoformat() if end else ''})"
        )
    if not days:
        return Message(QT_TRANSLATE_NOOP("core", "{span}{dated}"), span=span, dated=dated)
    return Message(
        QT_TRANSLATE_NOOP("core", "{days} {span}{dated}"), days=days, span=span, dated=dated
    )


def _days_text(days: list[str]) -> str:
    codes = [d[-2:] for d in days]
    if set(codes) == set(DAYS):
        return Message(QT_TRANSLATE_NOOP("core", "Every day"))
    idx = sorted(DAYS.index(c) for c in codes if c in DAYS)
    if idx and idx == list(range(idx[0], idx[-1] + 1)) and len(idx) > 2:
        return Message(
            QT_TRANSLATE_NOOP("core", "{first}–{last}"),
            first=Message(DAY_NAMES[idx[0]]),
            last=Message(DAY_NAMES[idx[-1]]),
        )
    # a list of days: each a Message in a template made here ("{d0}, {d1}")
    names = {f"d{n}": Message(DAY_NAMES[i]) for n, i in enumerate(idx)}
    return Message(", ".join("{" + k + "}" for k in names), -1, **names)


# --- reading ------------------------------------------------------------------------------------


def _hours(rows: list[DirSchedule]) -> list[HoursItem]:
    return [
        HoursItem(
            days=[d for d in (r.byday or "").split(",") if d],
            opens_at=r.opens_at,
            closes_at=r.closes_at,
            valid_from=r.valid_from,
            valid_to=r.valid_to,
            description=r.description,
            id=r.id,
            **{name: getattr(r, name) for name in RULE_FIELDS},
        )
        for r in rows
    ]


def _first_day(h: HoursItem) -> tuple[int, time]:
    days = [DAYS.index(d[-2:]) for d in h.days if d[-2:] in DAYS]
    return (min(days) if days else 7, h.opens_at or time(0))


PAGE_SIZE = 50  # what the Directory page shows at a time ("Show more" asks for the next)
TIE_WINDOW = 50  # equally ranked services beyond the page still compete on "open now"
RANK_CANDIDATES = 500  # bm25 is computed for at most this many matches of one query


def search_services(
    vault: Vault,
    *,
    query: str = "",
    need: str | None = None,
    open_at: datetime | None = None,
    favourites_only: bool = False,
    region: str | None = None,
    today: date | None = None,
    now: datetime | None = None,
    limit: int = PAGE_SIZE,
    offset: int = 0,
) -> list[ServiceSummary]:
    """Services matching every given filter, best first, one page of them (``offset``,
    ``limit``): the one search the Directory page, the referral and crisis-card pickers
    and ``peerdesk directory search`` share. Rows are light (what the list shows); the
    card reads the rest with ``get_service`` when a row is opened.

    ``query`` is matched word by word as prefixes, ignoring case and accents, against names,
    organisation, descriptions, places, taxonomy terms, needs (with their plain words:
    "groceries" finds the Food need), phone numbers and the mentor's notes. ``need`` is a
    need code (or its term id); a service meets it through its taxonomy terms, so the text
    "food" finds at least what the Food need finds. Order: the mentor's region (and services
    with no region) first; then, with a query, bm25 rank, open now, verified most recently;
    without one, favourites, then by name. ``open_at`` keeps only services open then;
    ``now`` (default: the clock) decides each row's "open now".

    The cost follows the page: region, need, favourites and "may be open at ``open_at``"
    are part of the full-text MATCH (the index's tags, see directory_index.open_tags),
    bm25 is computed in SQL for at most RANK_CANDIDATES matches (the first ones in index
    order when a query matches more: type more to narrow), and the rows are read only for the page and the equally ranked rows after it (up to
    TIE_WINDOW), whose "open now" decides their order."""
    today = today or date.today()
    words = directory_index.match_query(query)
    if query.strip() and words is None:
        return []  # only punctuation: nothing can match
    moment = open_at or now or datetime.now()
    wanted = offset + limit + (TIE_WINDOW if words is not None else 0)
    with vault.session() as s:
        # the settings in this transaction, not in sessions of their own
        setting = settings.read_settings(s, "directory_stale_months", "region")
        months = int(setting["directory_stale_months"])
        if region is not None:
            home = region_code(region)
        else:
            home = region_code(str(setting["region"] or "")) or region_code(
                s.execute(select(MentorProfile.region).limit(1)).scalar()
            )
        directory_index.refresh(s)
        conn = s.connection()
        away_regions = [
            r
            for (r,) in conn.exec_driver_sql("SELECT DISTINCT region FROM dir_service")
            if r and r != home
        ] if home else []  # fmt: skip
        passes = [False, True] if away_regions else [False]
        found: list[tuple[str, int, float]] = []  # (service id, pass, rank)
        for number, away in enumerate(passes):
            need_more = wanted - len(found)
            if need_more <= 0:
                break
            if words is not None:
                expression = directory_index.match(
                    words,
                    away=away_regions,
                    only_away=away,
                    need=need,
                    favourites_only=favourites_only,
                    open_at=open_at,
                )
                rows = conn.execute(
                    text(
                        f"SELECT k.service_id, f.r FROM (SELECT rowid AS key, "
                        f"{directory_index.RANK} AS r FROM dir_fts WHERE dir_fts MATCH :match "
                        "LIMIT :candidates) f "
                        "JOIN dir_fts_key k ON k.key = f.key ORDER BY f.r, f.key LIMIT :n"
                    ),
                    dict(match=expression, candidates=RANK_CANDIDATES, n=need_more),
                ).all()
                found += [(sid, number, round(float(r), 9)) for sid, r in rows]
            else:
                where = []
                if away_regions:
                    where.append(f"s.region {'NOT ' if away else ''}IN ('', :home)")
                if need:
                    where.append("s.id IN (SELECT service_id FROM dir_fts_need WHERE need = :need)")
                if favourites_only:
                    where.append("s.favourite = 1")
                if open_at is not None:
                    # "+s.id": a filter on the rows the listing index walks (by name), the
                    # services that may be open read once from the index's tags
                    where.append(
                        "+s.id IN (SELECT k.service_id FROM dir_fts f JOIN dir_fts_key k "
                        "ON k.key = f.rowid WHERE dir_fts MATCH :open)"
                    )
                rows = conn.execute(
                    text(
                        "SELECT s.id FROM dir_service s"
                        + (" WHERE " + " AND ".join(where) if where else "")
                        + " ORDER BY s.favourite DESC, s.name COLLATE NOCASE, s.id LIMIT :n"
                    ),
                    dict(
                        home=home,
                        need=directory_index.need_code(need) if need else "",
                        open="tags : " + directory_index.open_tag(open_at) if open_at else "",
                        n=need_more,
                    ),
                ).all()
                found += [(sid, number, 0.0) for (sid,) in rows]
        # SQL ordered the rows by (pass, rank); sorting here only moves rows among equally
        # ranked ones, so the page needs only the groups of equal rank that reach into it.
        first = 0
        if open_at is None and words is None:
            first = min(offset, len(found))
            found = found[first : first + limit]
        elif open_at is None:
            groups = {row[1:] for row in found[offset : offset + limit]}
            kept = [i for i, row in enumerate(found) if row[1:] in groups]
            first = kept[0] if kept else len(found)
            found = found[first : kept[-1] + 1] if kept else []
        ids = [sid for sid, _pass, _rank in found]
        services = _list_rows(s, ids)
        details = _list_details(s, ids, moment)
    keyed: list[tuple[tuple[Any, ...], ServiceSummary]] = []
    for position, (sid, number, rank) in enumerate(found):
        row = services.get(sid)
        if row is None:
            continue
        name, org_name, svc_region, favourite, assured, status = row
        assured_date = _as_date(assured)
        open_now = details.open_now.get(sid)
        if open_at is not None and open_now is not True:
            continue  # the SQL kept those that may be open; the rule decides
        summary = ServiceSummary(
            id=sid,
            name=name,
            organization_name=org_name,
            region=svc_region,
            needs=tuple(details.needs.get(sid, ())),
            phones=tuple(details.phones.get(sid, ())),
            favourite=bool(favourite),
            assured_date=assured_date,
            stale=is_stale(assured_date, today=today, months=months),
            open_now=open_now,
            status=status,
            city=details.cities.get(sid, ""),
        )
        if words is None:
            key: tuple[Any, ...] = (position,)
        else:  # equal rank: open now first, then the most recently verified
            verified = -(assured_date.toordinal() if assured_date else 0)
            key = (number, rank, open_now is not True, verified, position)
        keyed.append((key, summary))
    keyed.sort(key=lambda pair: pair[0])
    start = offset - first  # the rows before ``first`` were left unread
    return [summary for _key, summary in keyed[start : start + limit]]


def _list_rows(s: Session, ids: list[str]) -> dict[str, tuple[Any, ...]]:
    out: dict[str, tuple[Any, ...]] = {}
    for sid, *rest in (
        s.connection()
        .exec_driver_sql(
            "SELECT s.id, s.name, o.name, s.region, s.favourite, s.assured_date, s.status "
            "FROM dir_service s JOIN dir_organization o ON o.id = s.organization_id "
            f"WHERE s.id {IN_JSON}",
            (json.dumps(ids),),
        )
        .all()
    ):
        out[sid] = tuple(rest)
    return out


@dataclass
class _ListDetails:
    needs: dict[str, list[str]]
    phones: dict[str, list[str]]
    cities: dict[str, str]
    open_now: dict[str, bool | None]


def _as_date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _as_time(value: Any) -> time | None:
    if value is None or isinstance(value, time):
        return value
    return time.fromisoformat(str(value))


_HOURS_COLUMNS = (
    "byday, opens_at, closes_at, valid_from, valid_to, freq, interval, dtstart, until, "
    "count, wkst, byweekno, bymonthday, byyearday"
)


@lru_cache(maxsize=4096)
def _light_hours(row: tuple[Any, ...]) -> HoursItem:
    """A schedule row as the list needs it (directories repeat a few patterns: cached; the
    item is only read, by is_open)."""
    (byday, opens, closes, valid_from, valid_to, freq, interval, dtstart, until, count, wkst,
     byweekno, bymonthday, byyearday) = row  # fmt: skip
    return HoursItem(
        days=[d for d in (byday or "").split(",") if d],
        opens_at=_as_time(opens),
        closes_at=_as_time(closes),
        valid_from=_as_date(valid_from),
        valid_to=_as_date(valid_to),
        freq=freq or "",
        interval=interval,
        dtstart=_as_date(dtstart),
        until=_as_date(until),
        count=count,
        wkst=wkst or "",
        byweekno=byweekno or "",
        bymonthday=bymonthday or "",
        byyearday=byyearday or "",
    )


def _list_details(s: Session, ids: list[str], moment: datetime) -> _ListDetails:
    """What the list shows beyond the service row, for these services only: need names,
    phone labels, the first city and whether open at ``moment`` (plain tuples, no ORM)."""
    out = _ListDetails({}, {}, {}, {})
    if not ids:
        return out
    conn = s.connection()
    hours: dict[str, list[HoursItem]] = {}
    columns = ", ".join("h." + c.strip() for c in _HOURS_COLUMNS.split(","))
    # one JSON parameter for the ids: the same statements for every page, kept prepared
    args = (json.dumps(ids),)
    for sid, name in conn.exec_driver_sql(
        "SELECT a.service_id, t.name FROM dir_service_attribute a "
        "JOIN dir_taxonomy_term t ON t.id = a.taxonomy_term_id "
        f"WHERE a.service_id {IN_JSON} ORDER BY t.name",
        args,
    ).all():
        out.needs.setdefault(sid, []).append(name)
    for sid, number, kind, description in conn.exec_driver_sql(
        "SELECT service_id, number, type, description FROM dir_phone "
        f"WHERE service_id {IN_JSON} ORDER BY rowid",
        args,
    ).all():
        out.phones.setdefault(sid, []).append(_label(number, kind, description))
    for row in conn.exec_driver_sql(
        f"SELECT h.service_id, {columns} FROM dir_schedule h WHERE h.service_id {IN_JSON}",
        args,
    ).all():
        hours.setdefault(row[0], []).append(_light_hours(tuple(row[1:])))
    for row in conn.exec_driver_sql(
        f"SELECT sal.service_id, {columns} FROM dir_service_at_location sal "
        "JOIN dir_schedule h ON h.location_id = sal.location_id AND h.service_id IS NULL "
        f"WHERE sal.service_id {IN_JSON}",
        args,
    ).all():
        hours.setdefault(row[0], []).append(_light_hours(tuple(row[1:])))
    for sid, city in conn.exec_driver_sql(
        "SELECT sal.service_id, a.city FROM dir_service_at_location sal "
        "JOIN dir_address a ON a.location_id = sal.location_id "
        f"WHERE sal.service_id {IN_JSON} ORDER BY sal.id, a.id",
        args,
    ).all():
        out.cities.setdefault(sid, city)
    out.open_now = {sid: is_open(hours.get(sid, []), moment) for sid in ids}
    return out


def _label(number: str, kind: str, description: str) -> str:
    if kind == "text":
        if number in description:
            return description
        return Message(QT_TRANSLATE_NOOP("core", "Text {number}"), number=number)
    return number


def region_code(text_: str | None) -> str:
    """A region as the directory stores it: the ISO country code ("UK" and "gb" are GB)."""
    code = (text_ or "").strip().upper()
    return REGION_ALIASES.get(code, code)


def country_name(code: str) -> str:
    """ "United Kingdom" for GB; the code itself for a country peerdesk has no name for."""
    return REGIONS.get(region_code(code), code)


def preferred_region(vault: Vault) -> str:
    """The region setting, else the mentor profile's region, as an ISO country code."""
    region = region_code(str(settings.get_setting(vault, "region") or ""))
    return region or region_code(profile.get_profile(vault).region)


def count_services(vault: Vault) -> int:
    with vault.session() as s:
        return s.scalar(select(func.count()).select_from(DirService)) or 0


def get_service(vault: Vault, *, service_id: str) -> ServiceRecord:
    with vault.session() as s:
        svc = s.get(DirService, service_id)
        if svc is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("core", "That service is no longer in the directory.")
            )
        org = s.get(DirOrganization, svc.organization_id)
        codes = list(
            s.scalars(
                select(DirTaxonomyTerm.code)
                .join(
                    DirServiceAttribute, DirServiceAttribute.taxonomy_term_id == DirTaxonomyTerm.id
                )
                .where(
                    DirServiceAttribute.service_id == service_id,
                    DirTaxonomyTerm.id.in_([n.id for n in needs()]),
                )
                .order_by(DirTaxonomyTerm.name)
            )
        )
        phones = list(
            s.scalars(select(DirPhone).where(DirPhone.service_id == service_id).order_by(_ENTERED))
        )
        schedules = list(
            s.scalars(
                select(DirSchedule)
                .where(DirSchedule.service_id == service_id)
                .order_by(DirSchedule.id)
            )
        )
        addresses = []
        for sal in s.scalars(
            select(DirServiceAtLocation).where(DirServiceAtLocation.service_id == service_id)
        ):
            loc = s.get(DirLocation, sal.location_id)
            if loc is None:
                continue
            schedules += list(
                s.scalars(
                    select(DirSchedule).where(
                        DirSchedule.location_id == loc.id, DirSchedule.service_id.is_(None)
                    )
                )
            )
            phones += list(
                s.scalars(
                    select(DirPhone)
                    .where(DirPhone.location_id == loc.id, DirPhone.service_id.is_(None))
                    .order_by(_ENTERED)
                )
            )
            for a in s.scalars(select(DirAddress).where(DirAddress.location_id == loc.id)):
                addresses.append(
                    AddressItem(
                        address_1=a.address_1,
                        address_2=a.address_2,
                        city=a.city,
                        state_province=a.state_province,
                        postal_code=a.postal_code,
                        country=a.country,
                        location_name=loc.name,
                        transportation=loc.transportation,
                        id=loc.id,
                    )
                )
        return ServiceRecord(
            id=svc.id,
            name=svc.name,
            organization_name=org.name if org else "",
            organization_id=svc.organization_id,
            description=svc.description,
            url=svc.url,
            email=svc.email,
            status=svc.status,
            fees_description=svc.fees_description,
            eligibility_description=svc.eligibility_description,
            application_process=svc.application_process,
            region=svc.region,
            needs=[c for c in codes if c],
            phones=[PhoneItem(p.number, p.type, p.description, p.id) for p in phones],
            hours=sorted(_hours(schedules), key=_first_day),
            addresses=addresses,
            assured_date=svc.assured_date,
            favourite=bool(svc.favourite),
            notes=svc.notes,
            source=svc.source,
        )


# --- writing ------------------------------------------------------------------------------------


def validate(record: ServiceRecord) -> None:
    if not record.name.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("core", "Please give the service a name."))
    if not record.organization_name.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "Please say which organisation runs the service.")
        )
    texts = [record.name, record.organization_name, record.description, record.notes]
    if any(len(t or "") > MAX_TEXT for t in texts):
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "One of the texts is too long to save; please shorten it.")
        )
    if record.status not in STATUSES:
        raise ValidationError("A service's status can be: " + ", ".join(STATUSES) + ".")
    if record.email.strip() and "@" not in record.email:
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "An email address needs an @; please check it.")
        )
    known = {n.code for n in needs()}
    if any(code not in known for code in record.needs):
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "One of the needs is not in the directory's list.")
        )
    for phone in record.phones:
        if not phone.number.strip():
            raise ValidationError(
                QT_TRANSLATE_NOOP("core", "Each phone needs a number (or a short code to text).")
            )
        if phone.type not in PHONE_TYPES:
            raise ValidationError("A phone's kind can be: " + ", ".join(PHONE_TYPES) + ".")
    for h in record.hours:
        if not h.days and h.plain_weekly:
            raise ValidationError(
                QT_TRANSLATE_NOOP("core", "Choose at least one day for each line of opening hours.")
            )
        if any(not re.fullmatch(r"([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)", d) for d in h.days):
            raise ValidationError(QT_TRANSLATE_NOOP("core", "Days are Monday to Sunday."))
        if (h.opens_at is None) != (h.closes_at is None):
            raise ValidationError(
                QT_TRANSLATE_NOOP("core", "Opening hours need both an opening and a closing time.")
            )
        if h.opens_at is not None and h.opens_at == h.closes_at:
            raise ValidationError(
                QT_TRANSLATE_NOOP("core", "A service cannot open and close at the same time.")
            )
        if h.valid_from and h.valid_to and h.valid_to < h.valid_from:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "core", "The hours end before they start; please check the dates."
                )
            )
    for a in record.addresses:
        if not a.address_1.strip():
            raise ValidationError(QT_TRANSLATE_NOOP("core", "Each address needs its first line."))
        if a.country and (len(a.country) != 2 or not a.country.isalpha()):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "core", "Use the two-letter country code (US, GB, CA, IE, AU...)."
                )
            )
    if record.region and record.region.upper() not in REGIONS and len(record.region) != 2:
        raise ValidationError(QT_TRANSLATE_NOOP("core", "The region is a two-letter country code."))


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)


def _new_id() -> str:
    return str(uuid.uuid4())


def save_service(vault: Vault, *, record: ServiceRecord, today: date | None = None) -> str:
    """Add or update a service from the form; returns its id. Hours and phones are replaced."""
    validate(record)
    now = _now()
    with vault.session() as s:
        org = None
        if record.organization_id:
            org = s.get(DirOrganization, record.organization_id)
        if org is None:
            org = s.scalars(
                select(DirOrganization).where(
                    DirOrganization.name == record.organization_name.strip()
                )
            ).first()
        if org is None:
            org = DirOrganization(
                id=_new_id(), name=record.organization_name.strip(), description=""
            )
            s.add(org)
        else:
            org.name = record.organization_name.strip()
        svc = s.get(DirService, record.id) if record.id else None
        created = svc is None
        if svc is None:
            svc = DirService(id=record.id or _new_id(), source="Added by you", updated_at=now)
            s.add(svc)
        svc.organization_id = org.id
        svc.name = record.name.strip()
        for name in (
            "description",
            "url",
            "email",
            "status",
            "fees_description",
            "eligibility_description",
            "application_process",
            "notes",
        ):
            setattr(svc, name, (getattr(record, name) or "").strip())
        svc.alternate_name = svc.alternate_name or ""
        svc.region = (record.region or "").strip().upper()
        svc.favourite = record.favourite
        svc.assured_date = record.assured_date
        svc.updated_at = now
        s.flush()
        s.execute(delete(DirPhone).where(DirPhone.service_id == svc.id))
        s.execute(delete(DirSchedule).where(DirSchedule.service_id == svc.id))
        # the form edits the peerdesk needs; an imported directory's own categories stay
        s.execute(
            delete(DirServiceAttribute).where(
                DirServiceAttribute.service_id == svc.id,
                DirServiceAttribute.taxonomy_term_id.in_([n.id for n in needs()]),
            )
        )
        for p in record.phones:
            s.add(
                DirPhone(
                    id=_new_id(),
                    service_id=svc.id,
                    number=p.number.strip(),
                    type=p.type,
                    description=p.description.strip(),
                )
            )
        for h in record.hours:
            s.add(
                DirSchedule(
                    id=_new_id(),
                    service_id=svc.id,
                    byday=",".join(d for d in DAYS if d in h.days)
                    if all(d in DAYS for d in h.days)
                    else ",".join(h.days),
                    opens_at=h.opens_at,
                    closes_at=h.closes_at,
                    valid_from=h.valid_from,
                    valid_to=h.valid_to,
                    description=h.description.strip(),
                    **{name: getattr(h, name) for name in RULE_FIELDS},
                )
            )
        _ensure_needs(s)
        for code in record.needs:
            need = need_by_code(code)
            s.add(DirServiceAttribute(id=_new_id(), service_id=svc.id, taxonomy_term_id=need.id))
        _save_addresses(s, svc.id, org.id, record.addresses)
        s.flush()
        directory_index.refresh(s)
        audit.record(s, kind="created" if created else "edited", entity="directory_service")
        return svc.id


def _save_addresses(s: Session, service_id: str, org_id: str, items: list[AddressItem]) -> None:
    keep = {a.id for a in items if a.id}
    for sal in list(
        s.scalars(select(DirServiceAtLocation).where(DirServiceAtLocation.service_id == service_id))
    ):
        if sal.location_id not in keep:
            s.delete(sal)
    s.flush()
    for a in items:
        loc = s.get(DirLocation, a.id) if a.id else None
        if loc is None:
            loc = DirLocation(
                id=a.id or _new_id(), organization_id=org_id, location_type="physical"
            )
            s.add(loc)
            s.flush()
            s.add(DirServiceAtLocation(id=_new_id(), service_id=service_id, location_id=loc.id))
        loc.name = a.location_name.strip()
        loc.transportation = a.transportation.strip()
        s.execute(delete(DirAddress).where(DirAddress.location_id == loc.id))
        s.add(
            DirAddress(
                id=_new_id(),
                location_id=loc.id,
                address_1=a.address_1.strip(),
                address_2=a.address_2.strip(),
                city=a.city.strip(),
                state_province=a.state_province.strip(),
                postal_code=a.postal_code.strip(),
                country=a.country.strip().upper(),
                address_type="physical",
            )
        )


def _ensure_needs(s: Session) -> None:
    present = set(s.scalars(select(DirTaxonomyTerm.id)))
    for need in needs():
        if need.id not in present:
            s.add(
                DirTaxonomyTerm(
                    id=need.id,
                    code=need.code,
                    name=need.name,
                    description=need.description,
                    taxonomy=NEEDS_TAXONOMY,
                )
            )
    s.flush()


def set_favourite(vault: Vault, *, service_id: str, favourite: bool) -> Changes:
    with vault.session() as s:
        svc = s.get(DirService, service_id)
        if svc is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("core", "That service is no longer in the directory.")
            )
        svc.favourite = favourite
    return changes.DIRECTORY


def mark_verified(vault: Vault, *, service_id: str, today: date | None = None) -> date:
    """ "I checked this today": sets HSDS assured_date."""
    today = today or date.today()
    with vault.session() as s:
        svc = s.get(DirService, service_id)
        if svc is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("core", "That service is no longer in the directory.")
            )
        svc.assured_date = today
        audit.record(s, kind="edited", entity="directory_service", detail={"verified": True})
    return today


def delete_service(vault: Vault, *, service_id: str) -> Changes:
    """Remove a service; refused while referrals point at it (their history would break)."""
    with vault.session() as s:
        svc = s.get(DirService, service_id)
        if svc is None:
            return changes.DIRECTORY
        used = s.scalar(
            select(func.count()).select_from(Referral).where(Referral.service_id == service_id)
        )
        if used:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Referrals were made to this service, so it stays in the directory. "
                    "You can set its status to 'inactive' or 'defunct' instead.",
                )
            )
        s.delete(svc)
        s.flush()
        directory_index.refresh(s)
        audit.record(s, kind="edited", entity="directory_service", detail={"deleted": True})
    return changes.DIRECTORY


# --- seed lines ---------------------------------------------------------------------------------

SEED_FILES = ("seed-us.json", "seed-gb.json", "seed-ca.json", "seed-ie.json", "seed-au.json")


def ensure_seed(vault: Vault) -> int:
    """Load the national crisis and help lines into a directory that has no services yet.

    Called when a vault is created (``session.create_vault``: the wizard and ``peerdesk
    init`` alike) and on unlock for vaults made before that; cheap when the directory
    already has services (one count). Every seed file is read into one plan and written
    in one transaction, each service with its source. Returns how many were added."""
    if count_services(vault):
        return 0
    folder = resources.files("peerdesk.resources").joinpath("directory")
    parsed = hsds.ParsedFile(source="seed")
    sources: dict[str, str] = {}
    for name in SEED_FILES:
        raw = folder.joinpath(name).read_bytes()
        hsds.read_json(name, raw, parsed)
        sources.update(json.loads(raw).get("peerdesk_sources", {}))
    with vault.session() as s:
        _ensure_needs(s)
    plan = directory_import.plan_import(vault, parsed)
    return directory_import.apply_import(vault, plan, source_label="", sources=sources)


def seed_is_due(vault: Vault) -> bool:
    return count_services(vault) == 0


def service_ids_by_name(vault: Vault) -> dict[str, str]:
    """Every service's id by its name (the demo links crisis cards to seeded services)."""
    with vault.session() as s:
        return {name: sid for sid, name in s.execute(select(DirService.id, DirService.name))}
