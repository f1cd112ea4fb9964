"""Planned meetings: one-off or repeating, in local wall-clock time, with a note per meeting.

Times are stored as the wall clock the mentor typed (``starts_at``, naive) plus the IANA
zone it was typed in (``tz``). A weekly meeting at 10:00 is at 10:00 every week, also
across a daylight-saving change: occurrences are expanded on the wall clock, and only
converted to an absolute instant (zoneinfo) to compare with "now", to find overlaps and
for the calendar file. A repeating meeting always has an end (a last date or a count),
never more than a year after its first meeting.
"""

from __future__ import annotations

import calendar
import contextlib
import os
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session

from peerdesk.core.errors import ValidationError
from peerdesk.core.messages import QT_TRANSLATE_NOOP, Message
from peerdesk.core.models import MeetingNote, Mentee, PlannedMeeting, Recurrence, SessionNote
from peerdesk.core.records import IdOnlyRepr
from peerdesk.core.services import audit, changes
from peerdesk.core.services.changes import Changes
from peerdesk.core.services.notes import (
    MODALITIES,
    NoteDefaults,
    NoteDraft,
    defaults_for,
    save_draft,
)
from peerdesk.core.vault import Vault

HORIZON_DAYS = 366  # a repeating meeting ends within a year of its first meeting
FAR_PAST_DAYS = 366  # a date further back than this is most likely a mistyped year
FAR_FUTURE_DAYS = 2 * 366
MISSING_NOTE_DAYS = 14  # how far back "note missing" looks
MAX_PURPOSE = 2000
STEP_DAYS = {Recurrence.WEEKLY: 7, Recurrence.FORTNIGHTLY: 14}
RECURRENCE_LABELS = {
    Recurrence.NONE: QT_TRANSLATE_NOOP("core", "once"),
    Recurrence.WEEKLY: QT_TRANSLATE_NOOP("core", "every week"),
    Recurrence.FORTNIGHTLY: QT_TRANSLATE_NOOP("core", "every two weeks"),
    Recurrence.MONTHLY: QT_TRANSLATE_NOOP("core", "every month"),
}


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)


def local_tz_name() -> str:
    """The system's IANA zone name ("" when it cannot be told: then times float)."""
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    try:
        target = os.path.realpath("/etc/localtime")
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    except OSError:
        pass
    with contextlib.suppress(OSError):
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    for name in candidates:
        if name and zone_info(name) is not None:
            return name
    return ""


def zone_info(name: str) -> ZoneInfo | None:
    """The zone of an IANA name, or None for an empty or unknown one (taken as local time)."""
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def to_instant(wall: datetime, tz: str) -> datetime:
    """A wall-clock time in ``tz`` as an aware UTC instant (floating: taken as local)."""
    zone = zone_info(tz)
    if zone is None:
        return wall.astimezone(timezone.utc)  # naive: the system's local time
    return wall.replace(tzinfo=zone).astimezone(timezone.utc)


def to_wall(instant: datetime, tz: str) -> datetime:
    """An aware instant on the wall clock of ``tz`` (naive)."""
    zone = zone_info(tz)
    local = instant.astimezone(zone) if zone is not None else instant.astimezone()
    return local.replace(tzinfo=None)


def convert(wall: datetime, from_tz: str, to_tz: str) -> datetime:
    if from_tz == to_tz or not from_tz or not to_tz:
        return wall
    return to_wall(to_instant(wall, from_tz), to_tz)


@dataclass(repr=False)
class MeetingRecord(IdOnlyRepr):
    mentee_id: int | None
    starts_at: datetime  # wall clock in ``tz``
    duration_minutes: int = 60
    tz: str = ""  # "" = the system's zone when saved
    modality: str = "in person"
    place: str = ""  # a place or a channel
    purpose: str = ""
    recurrence: Recurrence = Recurrence.NONE
    until: date | None = None
    count: int | None = None
    is_group: bool = False
    from_note_id: int | None = None
    cancelled: bool = False
    id: int | None = None
    # filled in when read back
    mentee_name: str = ""
    full_name: str = ""


@dataclass(frozen=True, repr=False)
class Occurrence(IdOnlyRepr):
    """One meeting on one day. ``starts_at`` is on the viewer's wall clock."""

    meeting_id: int
    starts_at: datetime
    ends_at: datetime
    original: datetime  # the start on the meeting's own wall clock: its key
    mentee_id: int | None
    mentee_name: str
    full_name: str
    modality: str
    place: str
    purpose: str
    recurrence: Recurrence
    is_group: bool
    note_id: int | None = None

    @property
    def id(self) -> str:
        return occurrence_key(self.meeting_id, self.original)

    @property
    def repeating(self) -> bool:
        return self.recurrence != Recurrence.NONE


def occurrence_key(meeting_id: int, original: datetime) -> str:
    return f"{meeting_id}@{original:%Y-%m-%dT%H:%M}"


def parse_key(key: str) -> tuple[int, datetime]:
    meeting, _, when = key.partition("@")
    return int(meeting), datetime.strptime(when, "%Y-%m-%dT%H:%M")


# --- recurrence ---------------------------------------------------------------------------


def _add_months(d: datetime, months: int, day: int) -> datetime:
    month0 = d.month - 1 + months
    year, month = d.year + month0 // 12, month0 % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return d.replace(year=year, month=month, day=min(day, last))


def wall_starts(
    starts_at: datetime,
    recurrence: Recurrence,
    *,
    until: date | None = None,
    count: int | None = None,
) -> list[datetime]:
    """Every start on the meeting's wall clock, never more than a year of them. A monthly
    meeting on the 31st falls on the last day of shorter months."""
    recurrence = Recurrence(recurrence)
    if recurrence == Recurrence.NONE:
        return [starts_at]
    horizon = (starts_at + timedelta(days=HORIZON_DAYS)).date()
    last_day = min(until, horizon) if until else horizon
    out: list[datetime] = []
    i = 0
    while True:
        if recurrence == Recurrence.MONTHLY:
            when = _add_months(starts_at, i, starts_at.day)
        else:
            when = starts_at + timedelta(days=STEP_DAYS[recurrence] * i)
        if when.date() > last_day or (count is not None and len(out) >= count):
            return out
        out.append(when)
        i += 1


def _max_count(recurrence: Recurrence) -> int:
    if recurrence == Recurrence.MONTHLY:
        return 12
    return HORIZON_DAYS // STEP_DAYS[recurrence] + 1


# --- validation and saving ------------------------------------------------------------------


def validate(record: MeetingRecord, *, now: datetime | None = None) -> None:
    now = now or datetime.now()
    if record.mentee_id is None and not record.is_group:
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "Choose who the meeting is with (or mark it as a group).")
        )
    if record.modality not in MODALITIES:
        raise ValidationError("How you meet can be: " + ", ".join(MODALITIES) + ".")
    if not 5 <= record.duration_minutes <= 8 * 60:
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "A meeting lasts between 5 minutes and 8 hours.")
        )
    if record.tz and zone_info(record.tz) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "core", "That time zone is not known; please choose one from the list."
            )
        )
    if record.starts_at.date() < (now - timedelta(days=FAR_PAST_DAYS)).date():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "core",
                "That date is more than a year ago; please check the year. To record a meeting "
                "that already happened, write a session note instead.",
            )
        )
    if record.starts_at.date() > (now + timedelta(days=FAR_FUTURE_DAYS)).date():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "core", "That date is more than two years ahead; please check the year."
            )
        )
    if len(record.purpose) > MAX_PURPOSE or len(record.place) > MAX_PURPOSE:
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "Please keep the place and the purpose to a few lines.")
        )
    recurrence = Recurrence(record.recurrence)
    if recurrence == Recurrence.NONE:
        return
    if record.until is None and record.count is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "core",
                "A repeating meeting needs an end: a last date, or a number of meetings "
                "(up to a year ahead). You can always plan more later.",
            )
        )
    if record.until is not None:
        if record.until < record.starts_at.date():
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "core", "The last date is before the first meeting; please check it."
                )
            )
        if record.until > (record.starts_at + timedelta(days=HORIZON_DAYS)).date():
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Repeating meetings can be planned up to a year ahead. Choose an earlier "
                    "last date; you can plan more later.",
                )
            )
    if record.count is not None and not 1 <= record.count <= _max_count(recurrence):
        raise ValidationError(
            f"Meeting {RECURRENCE_LABELS[recurrence]} can repeat up to "
            f"{_max_count(recurrence)} times (a year)."
        )


def _apply(row: PlannedMeeting, record: MeetingRecord) -> None:
    row.mentee_id = record.mentee_id
    row.is_group = record.is_group
    row.starts_at = record.starts_at.replace(second=0, microsecond=0, tzinfo=None)
    row.tz = record.tz
    row.duration_minutes = record.duration_minutes
    row.modality = record.modality
    row.place = record.place.strip()
    row.purpose = record.purpose.strip()
    row.recurrence = Recurrence(record.recurrence)
    row.until = record.until if row.recurrence != Recurrence.NONE else None
    row.count = record.count if row.recurrence != Recurrence.NONE else None
    row.from_note_id = record.from_note_id
    row.cancelled = record.cancelled


def save_meeting(
    vault: Vault,
    *,
    record: MeetingRecord,
    meeting_id: int | None = None,
    now: datetime | None = None,
) -> int:
    """Create or change a planned meeting. Overlaps are allowed (see ``overlaps``)."""
    if not record.tz:
        record.tz = local_tz_name()
    validate(record, now=now)
    with vault.session() as s:
        if record.mentee_id is not None and s.get(Mentee, record.mentee_id) is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("core", "That mentee is no longer in the vault.")
            )
        if meeting_id is None:
            row = PlannedMeeting(created_at=_now(), skipped=[])
        else:
            row = _load(s, meeting_id)
        _apply(row, record)
        row.updated_at = _now()
        s.add(row)
        s.flush()
        audit.record(
            s,
            kind="created" if meeting_id is None else "updated",
            entity="meeting",
            entity_id=row.id,
        )
        return row.id


def _load(s: Session, meeting_id: int) -> PlannedMeeting:
    row = s.get(PlannedMeeting, meeting_id)
    if row is None:
        raise ValidationError(QT_TRANSLATE_NOOP("core", "That meeting is no longer planned."))
    return row


def cancel_meeting(vault: Vault, *, meeting_id: int, cancelled: bool = True) -> Changes:
    with vault.session() as s:
        row = _load(s, meeting_id)
        row.cancelled = cancelled
        row.updated_at = _now()
        audit.record(s, kind="cancelled", entity="meeting", entity_id=meeting_id)
    return changes.MEETINGS


def skip_occurrence(vault: Vault, *, key: str) -> Changes:
    """One meeting of a series did not happen (or needs no note): it drops off Today."""
    meeting_id, original = parse_key(key)
    with vault.session() as s:
        row = _load(s, meeting_id)
        stamp = f"{original:%Y-%m-%dT%H:%M}"
        if stamp not in row.skipped:
            row.skipped = [*row.skipped, stamp]
        row.updated_at = _now()
    return changes.MEETINGS


def _record(row: PlannedMeeting, name: str, full: str) -> MeetingRecord:
    return MeetingRecord(
        mentee_id=row.mentee_id,
        starts_at=row.starts_at,
        duration_minutes=row.duration_minutes,
        tz=row.tz,
        modality=row.modality,
        place=row.place,
        purpose=row.purpose,
        recurrence=Recurrence(row.recurrence),
        until=row.until,
        count=row.count,
        is_group=row.is_group,
        from_note_id=row.from_note_id,
        cancelled=row.cancelled,
        id=row.id,
        mentee_name=name or "",
        full_name=full or "",
    )


def _rows(s: Session, *, mentee_id: int | None = None, include_cancelled: bool = False) -> Any:
    q = select(PlannedMeeting, Mentee.display_name, Mentee.full_name).outerjoin(
        Mentee, Mentee.id == PlannedMeeting.mentee_id
    )
    if not include_cancelled:
        q = q.where(PlannedMeeting.cancelled.is_(False))
    if mentee_id is not None:
        q = q.where(PlannedMeeting.mentee_id == mentee_id)
    q = q.where(Mentee.archived_at.is_(None) | PlannedMeeting.mentee_id.is_(None))
    return s.execute(q.order_by(PlannedMeeting.starts_at, PlannedMeeting.id)).all()


def get_meeting(vault: Vault, *, meeting_id: int) -> MeetingRecord:
    with vault.session() as s:
        row = _load(s, meeting_id)
        mentee = s.get(Mentee, row.mentee_id) if row.mentee_id else None
        return _record(
            row, mentee.display_name if mentee else "", mentee.full_name if mentee else ""
        )


def list_meetings(vault: Vault, *, mentee_id: int | None = None) -> list[MeetingRecord]:
    with vault.session() as s:
        return [_record(*r) for r in _rows(s, mentee_id=mentee_id)]


# --- occurrences ------------------------------------------------------------------------------


def _expand(
    record: MeetingRecord, skipped: list[str], notes_by_start: dict[datetime, int], here: str
) -> list[Occurrence]:
    out = []
    for wall in wall_starts(
        record.starts_at, record.recurrence, until=record.until, count=record.count
    ):
        if f"{wall:%Y-%m-%dT%H:%M}" in skipped:
            continue
        start = convert(wall, record.tz, here)
        end = convert(wall + timedelta(minutes=record.duration_minutes), record.tz, here)
        out.append(
            Occurrence(
                meeting_id=record.id or 0,
                starts_at=start,
                ends_at=end,
                original=wall,
                mentee_id=record.mentee_id,
                mentee_name=record.mentee_name,
                full_name=record.full_name,
                modality=record.modality,
                place=record.place,
                purpose=record.purpose,
                recurrence=Recurrence(record.recurrence),
                is_group=record.is_group,
                note_id=notes_by_start.get(wall),
            )
        )
    return out


def occurrences(
    vault: Vault,
    *,
    start: datetime,
    end: datetime,
    mentee_id: int | None = None,
    here: str | None = None,
) -> list[Occurrence]:
    """Meetings starting in [start, end) on the wall clock of ``here`` (default: this
    computer's zone), soonest first. Cancelled meetings and skipped dates are left out."""
    here = local_tz_name() if here is None else here
    out: list[Occurrence] = []
    with vault.session() as s:
        rows = _rows(s, mentee_id=mentee_id)
        links: dict[int, dict[datetime, int]] = {}
        for link in s.scalars(
            select(MeetingNote).where(MeetingNote.meeting_id.in_([r[0].id for r in rows]))
        ):
            links.setdefault(link.meeting_id, {})[link.occurrence] = link.note_id
        for row, name, full in rows:
            if row.starts_at > end + timedelta(days=2):
                continue
            for occ in _expand(_record(row, name, full), row.skipped, links.get(row.id, {}), here):
                if start <= occ.starts_at < end:
                    out.append(occ)
    out.sort(key=lambda o: (o.starts_at, o.meeting_id))
    return out


def get_occurrence(vault: Vault, *, key: str, here: str | None = None) -> Occurrence:
    meeting_id, original = parse_key(key)
    here = local_tz_name() if here is None else here
    record = get_meeting(vault, meeting_id=meeting_id)
    with vault.session() as s:
        link = s.get(MeetingNote, (meeting_id, original))
        note_id = link.note_id if link else None
    for occ in _expand(record, [], {original: note_id} if note_id else {}, here):
        if occ.original == original:
            return occ
    raise ValidationError(
        QT_TRANSLATE_NOOP("core", "That meeting is no longer planned on that day.")
    )


def overlaps(
    vault: Vault, *, record: MeetingRecord, meeting_id: int | None = None
) -> list[Occurrence]:
    """Other planned meetings that overlap any meeting of ``record``: a warning, never a
    refusal (a group and a one-to-one may share a slot on purpose)."""
    tz = record.tz or local_tz_name()
    draft = MeetingRecord(**{**record.__dict__, "tz": tz, "id": meeting_id or 0})
    mine = _expand(draft, [], {}, "UTC")
    if not mine:
        return []
    others = occurrences(
        vault,
        start=mine[0].starts_at - timedelta(hours=8),
        end=mine[-1].ends_at + timedelta(hours=8),
        here="UTC",
    )
    found: dict[str, Occurrence] = {}
    for other in others:
        if meeting_id is not None and other.meeting_id == meeting_id:
            continue
        for occ in mine:
            if occ.starts_at < other.ends_at and other.starts_at < occ.ends_at:
                found[other.id] = other
                break
    return sorted(found.values(), key=lambda o: o.starts_at)


def missing_notes(
    vault: Vault, *, now: datetime, here: str | None = None, days: int = MISSING_NOTE_DAYS
) -> list[Occurrence]:
    """Meetings that ended in the last ``days`` days with no note written for them."""
    return [
        o
        for o in occurrences(vault, start=now - timedelta(days=days), end=now, here=here)
        if o.ends_at <= now and o.note_id is None
    ]


# --- notes ------------------------------------------------------------------------------------


def note_draft_for(occ: Occurrence, defaults: NoteDefaults) -> NoteDraft:
    """A new note prefilled from a planned meeting: its date, times (an end after midnight
    stays), how, where and who; the template and kind follow the mentee (``defaults``)."""
    modality = occ.modality if occ.modality in MODALITIES else defaults.modality
    return NoteDraft(
        participant_ids=[occ.mentee_id] if occ.mentee_id else [],
        occurred_on=occ.starts_at.date(),
        start_time=occ.starts_at.time(),
        end_time=occ.ends_at.time() if occ.ends_at - occ.starts_at < timedelta(days=1) else None,
        modality=modality,
        setting="group" if occ.is_group else "one-to-one",
        kind="group" if occ.is_group else defaults.kind,
        template="group-session" if occ.is_group else defaults.template,
        location=occ.place,
    )


def link_note(vault: Vault, *, key: str, note_id: int) -> Changes:
    """The note written for one meeting (it stops showing as "note missing")."""
    meeting_id, original = parse_key(key)
    with vault.session() as s:
        _load(s, meeting_id)
        if s.get(SessionNote, note_id) is None:
            raise ValidationError(QT_TRANSLATE_NOOP("core", "That note is no longer in the vault."))
        link = s.get(MeetingNote, (meeting_id, original))
        if link is None:
            existing = s.scalar(select(MeetingNote).where(MeetingNote.note_id == note_id))
            if existing is not None:
                s.delete(existing)
                s.flush()
            s.add(MeetingNote(meeting_id=meeting_id, occurrence=original, note_id=note_id))
        else:
            link.note_id = note_id
    return changes.MEETINGS


def start_note(vault: Vault, *, key: str, here: str | None = None) -> int:
    """The note for a meeting: the one already written, or a new prefilled draft."""
    occ = get_occurrence(vault, key=key, here=here)
    if occ.note_id is not None:
        return occ.note_id
    defaults = defaults_for(vault, mentee_id=occ.mentee_id, now=occ.ends_at)
    note_id = save_draft(vault, draft=note_draft_for(occ, defaults))
    link_note(vault, key=key, note_id=note_id)
    return note_id


def next_meeting_default(after: date, start: time | None, *, weeks: int = 1) -> datetime:
    """Where a "plan next meeting" form starts: same time, a week later."""
    return datetime.combine(after + timedelta(weeks=weeks), start or time(10, 0))


# --- labels -----------------------------------------------------------------------------------


def when_text(occ: Occurrence, *, today: date) -> str:
    """ "Today 10:00–11:00", "Fri 04 Dec 13:00–14:00": a core Message (the GUI shows it in
    the mentor's language and dates)."""
    day = occ.starts_at.date()
    start, end = occ.starts_at, occ.ends_at
    if day == today:
        return Message(
            QT_TRANSLATE_NOOP("core", "Today {start:%H:%M}–{end:%H:%M}"), start=start, end=end
        )
    if day == today + timedelta(days=1):
        return Message(
            QT_TRANSLATE_NOOP("core", "Tomorrow {start:%H:%M}–{end:%H:%M}"), start=start, end=end
        )
    return Message(
        QT_TRANSLATE_NOOP("core", "{day:%a %d %b} {start:%H:%M}–{end:%H:%M}"),
        day=day,
        start=start,
        end=end,
    )
