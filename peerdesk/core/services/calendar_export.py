"""Planned meetings as an iCalendar (.ics) file.

A calendar is often synced to a cloud, so by default an event names the mentee by
initials only ("Meeting with M.S."), with no purpose and no place beyond the channel.
Full names, the place and the purpose go in only when the mentor ticks it for that export.
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # icalendar is imported when a calendar is exported, not at start-up
    from icalendar import Calendar

from peerdesk.core.errors import UsageError
from peerdesk.core.messages import QT_TRANSLATE_NOOP
from peerdesk.core.services import audit, meetings
from peerdesk.core.vault import Vault
from peerdesk.core.vault.files import atomic_write, storage_error
from peerdesk.core.vocab import initials

PRODID = "-//peerdesk//planned meetings//EN"


def _summary(occ: meetings.Occurrence, full_names: bool) -> str:
    if occ.is_group and occ.mentee_id is None:
        return "Group session"
    if full_names:
        return f"Meeting with {occ.full_name or occ.mentee_name}"
    name = occ.full_name or occ.mentee_name
    return f"Meeting with {initials(name, spaced=False) if name.strip() else 'someone'}"


def build_calendar(
    vault: Vault,
    *,
    date_from: date,
    date_to: date,
    full_names: bool = False,
    here: str | None = None,
) -> Calendar:
    """Every planned meeting from ``date_from`` to ``date_to`` (inclusive), one event each,
    with its own time zone (so a calendar shows it at the wall-clock time it was planned)."""
    if date_to < date_from:
        raise UsageError(QT_TRANSLATE_NOOP("core", "The end of the period is before its start."))
    from icalendar import Calendar, Event

    here = meetings.local_tz_name() if here is None else here
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    occurrences = meetings.occurrences(
        vault,
        start=datetime.combine(date_from, time()),
        end=datetime.combine(date_to + timedelta(days=1), time()),
        here=here,
    )
    stamp = datetime.now(timezone.utc).replace(microsecond=0)
    for occ in occurrences:
        event = Event()
        uid = hashlib.sha256(f"peerdesk:{occ.id}".encode()).hexdigest()[:32]
        event.add("uid", f"{uid}@peerdesk")
        event.add("dtstamp", stamp)
        event.add("summary", _summary(occ, full_names))
        start = occ.starts_at
        end = occ.ends_at
        zone = meetings.zone_info(here)
        if zone is not None:
            start, end = start.replace(tzinfo=zone), end.replace(tzinfo=zone)
        event.add("dtstart", start)
        event.add("dtend", end)
        if full_names:
            if occ.place:
                event.add("location", occ.place)
            if occ.purpose:
                event.add("description", occ.purpose)
        else:
            event.add("location", occ.modality)
        cal.add_component(event)
    if meetings.zone_info(here) is not None:
        cal.add_missing_timezones()  # VTIMEZONE blocks for the zones used
    return cal


def export_ics(
    vault: Vault,
    *,
    out: Path,
    date_from: date | None = None,
    date_to: date | None = None,
    full_names: bool = False,
    here: str | None = None,
) -> int:
    """Write the .ics file (private permissions); returns how many meetings it holds."""
    date_from = date_from or date.today()
    date_to = date_to or date_from + timedelta(days=meetings.HORIZON_DAYS)
    cal = build_calendar(
        vault, date_from=date_from, date_to=date_to, full_names=full_names, here=here
    )
    count = len(cal.walk("VEVENT"))
    try:
        atomic_write(Path(out), cal.to_ical())
    except OSError as exc:
        raise storage_error(exc) from None
    with vault.session() as s:
        audit.record(
            s, kind="calendar_exported", detail={"meetings": count, "full_names": full_names}
        )
    return count
